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
  int iStart, iEnd;   /* byte offsets of the whole expression, [iStart, iEnd) */
  double rAmount;     /* amount in its currency, scale words applied (for a
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

/* Registers the fx_rates table (ext/fx.c); called by newsext_register_money
** in ext/money.c, so that the capability has one entry in newsext.c. */
struct sqlite3;
int newsext_register_fx(struct sqlite3 *db);

/*
** Folding of currency names and scale words, shared by the parser and by its
** build-time name generator (tools/gen_money_names.c), so that both sides
** compare the same bytes: lower case for Latin, Greek, Cyrillic and
** full-width letters, typographic apostrophes to ', hyphens and every space
** to ' ', full-width digits to ASCII.  Returns 0 for characters dropped
** altogether (the katakana middle dot, so that スイス・フラン = スイスフラン).
*/
static inline unsigned int newsext_money_fold(unsigned int c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z')
      return c + 32;
    if (c == '\t' || c == '\n' || c == '\r' || c == '-')
      return ' ';
    return c;
  }
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
    return c + 0x20;
  if (c >= 0x100 && c <= 0x17F) {
    if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && !(c & 1))
      return c + 1;
    if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && (c & 1))
      return c + 1;
    return c;
  }
  if (c >= 0x391 && c <= 0x3A9)
    return c + 0x20;
  if (c >= 0x410 && c <= 0x42F)
    return c + 0x20;
  if (c >= 0x400 && c <= 0x40F)
    return c + 0x50;
  if (c >= 0xFF21 && c <= 0xFF3A)
    return c - 0xFF21 + 'a';
  if (c >= 0xFF41 && c <= 0xFF5A)
    return c - 0xFF41 + 'a';
  if (c >= 0xFF10 && c <= 0xFF19)
    return c - 0xFF10 + '0';
  switch (c) {
  case 0xA0:
  case 0x2002:
  case 0x2003:
  case 0x2009:
  case 0x200A:
  case 0x202F:
  case 0x3000:
  case 0x2010:
  case 0x2011:
    return ' ';
  case 0x2018:
  case 0x2019:
  case 0x2BC:
    return '\'';
  case 0x30FB:
  case 0xB7:
  case 0xFF65:
    return 0;
  case 0xFF04:
    return '$';
  case 0xFF0E:
    return '.';
  }
  return c;
}

/* Hash of the first two folded bytes of a name, 0..4095: the tables of
** money.c and of the name generator keep a bit per hash value. */
#define MONEY_PAIR_HASH(b0, b1)                                                \
  ((((unsigned)(b0) << 4) ^ (unsigned)(b1)) & 0xFFFu)

#endif /* NEWSEXT_MONEY_H */
