/*
** Fuzz target: the date and percentage scanner through its internal API
** (ext/dates.h, newsext_dates_scan), when the build has it.  Input: byte 0
** picks the language hint, byte 1 the reference date; the rest is the text.
** Checks, besides the sanitizers: spans lie inside the text, in text order
** and not overlapping, with a known kind and a NUL-terminated value, and a
** second scan gives the same result.
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsext_int.h"

#if __has_include("dates.h")
#include "dates.h"

static const char *const azLang[] = {0,    "en", "zh", "de", "fr", "es", "ja",
                                     "ru", "it", "pt", "ko", "ar", "xx", ""};
static const char *const azRef[] = {0,           "2024-03-05", "2000-02-29",
                                    "1999-12-31", "0001-01-01", "9999-12-31",
                                    "2023-02-29", "soon",       ""};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2 || size > 1 << 20) return 0;
  const char *zLang = azLang[data[0] % (sizeof(azLang) / sizeof(azLang[0]))];
  const char *zRef = azRef[data[1] % (sizeof(azRef) / sizeof(azRef[0]))];
  const char *z = (const char *)data + 2;
  int n = (int)size - 2;
  NxSpan *a = 0, *b = 0;
  int na = 0, nb = 0;
  if (newsext_dates_scan(z, n, zLang, zRef, &a, &na) != SQLITE_OK) abort();
  for (int i = 0; i < na; i++) {
    const NxSpan *s = &a[i];
    if (s->iStart < 0 || s->iStart >= s->iEnd || s->iEnd > n ||
        (i > 0 && s->iStart < a[i - 1].iEnd) ||
        (s->eKind != NX_SPAN_DATE && s->eKind != NX_SPAN_PERCENT) ||
        memchr(s->zValue, 0, sizeof(s->zValue)) == 0 || isnan(s->rAmount)) {
      fprintf(stderr, "fuzz_dates: bad span %d: [%d, %d) of %d kind %d\n", i,
              s->iStart, s->iEnd, n, s->eKind);
      abort();
    }
  }
  int bSame = newsext_dates_scan(z, n, zLang, zRef, &b, &nb) == SQLITE_OK &&
              na == nb;
  for (int i = 0; bSame && i < na; i++) {
    /* field by field: the struct has padding */
    bSame = a[i].iStart == b[i].iStart && a[i].iEnd == b[i].iEnd &&
            a[i].eKind == b[i].eKind && a[i].rAmount == b[i].rAmount &&
            strcmp(a[i].zValue, b[i].zValue) == 0;
  }
  if (!bSame) {
    fprintf(stderr, "fuzz_dates: a second scan differs\n");
    abort();
  }
  sqlite3_free(a);
  sqlite3_free(b);
  return 0;
}
#else
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  (void)data;
  (void)size;
  return 0;
}
#endif
