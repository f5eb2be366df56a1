/*
** newsext internal API: dates and percentages found in running text.
**
** Used by entities() (ext/entities.c) for its `date` and `percent` rows.
** Implemented in ext/dates.c; the rules are documented in README.md,
** section "Dates and percentages".
*/
#ifndef NEWSEXT_DATES_H
#define NEWSEXT_DATES_H

#define NX_SPAN_DATE 1
#define NX_SPAN_PERCENT 2

typedef struct NxSpan {
  int iStart, iEnd; /* byte offsets in the text, [iStart, iEnd) */
  int eKind;        /* NX_SPAN_DATE or NX_SPAN_PERCENT */
  char zValue[24];  /* date: ISO 8601 at the precision written: "2022-01-18",
                    ** "2020-08", "2015"; percent: "" */
  double rAmount;   /* percent: the number (50 for "50%", "50 Prozent",
                    ** "百分之五十"); date: 0 */
} NxSpan;

/*
** All dates and percentages in z[0..n), in text order, not overlapping.
** zLang: ISO 639-1 hint or NULL (NULL: the rules of every language apply).
** zRefDate: the article's date "YYYY-MM-DD" or NULL; relative and partial
** dates ("1月18日", "25. April", "last month", "上个月", "Tuesday",
** "yesterday", "gestern", "hier", "ayer", "昨日") are resolved against it
** (without it: partial dates keep the precision they can, relative ones
** are skipped).  An invalid zRefDate is treated as NULL; callers that want
** an error check it first with newsext_dates_valid_ref().
** *paOut is sqlite3_malloc'd (NULL when *pnOut is 0); the caller frees it
** with sqlite3_free().  Returns SQLITE_OK or SQLITE_NOMEM.  Thread-safe:
** no global mutable state.
*/
int newsext_dates_scan(const char *z, int n, const char *zLang,
                       const char *zRefDate, NxSpan **paOut, int *pnOut);

/* 1 if z is a valid calendar date "YYYY-MM-DD" (years 1..9999), else 0. */
int newsext_dates_valid_ref(const char *z);

#endif /* NEWSEXT_DATES_H */
