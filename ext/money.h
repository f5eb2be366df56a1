/*
** newsext money parser: internal C API (ext/money.c, ext/fx.c).
**
** The SQL functions money_usd(), money_amount(), money_currency() and the
** fx_rates table are built on these two calls; entities() calls
** newsext_money_scan() for its money rows.
*/
#ifndef NEWSEXT_MONEY_H
#define NEWSEXT_MONEY_H

typedef struct NxMoney {
  int iStart, iEnd;  /* byte offsets of the whole expression, [iStart, iEnd) */
  double rAmount;    /* amount in its currency, scale words applied (for a
                     ** range: the value the scalars return, the low bound) */
  double rLow, rHigh; /* range bounds; both == rAmount when not a range */
  char zCurrency[4];  /* ISO 4217, NUL-terminated */
} NxMoney;

/*
** Every money expression in z[0..n), in text order.  zLang: ISO 639-1 hint
** or NULL (then guessed from the text's script, e.g. Han -> zh for ¥).
** iYear: the article's year or 0 (for "francs" before 2002 etc.).
** *paOut is sqlite3_malloc'd (the caller sqlite3_free's it; NULL when
** *pnOut is 0); returns SQLITE_OK or SQLITE_NOMEM.
*/
int newsext_money_scan(const char *z, int n, const char *zLang, int iYear,
                       NxMoney **paOut, int *pnOut);

/*
** US dollars per unit of zCurrency for that period: iMonth 1..12, or 0 = the
** year; iYear 0 = newest.  Nearest period when outside the table; legacy
** euro currencies through their fixed euro rate after 1999.  Returns a
** negative value when the currency is unknown.
*/
double newsext_fx_usd_per_unit(const char *zCurrency, int iYear, int iMonth);

#endif /* NEWSEXT_MONEY_H */
