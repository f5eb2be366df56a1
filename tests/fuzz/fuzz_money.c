/*
** Fuzz target: the money parser through its internal API (ext/money.h,
** newsext_money_scan), when the build has it.  Input: byte 0 picks the
** language hint, byte 1 the year; the rest is the text.  Checks, besides the
** sanitizers: each expression lies inside the text (0 <= start < end <= n),
** expressions come in text order, the currency is three capital letters,
** amounts are not NaN, low <= high, and a second scan gives the same result.
** Without ext/money.h the target does nothing (and make fuzz skips it).
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsext_int.h"

#if __has_include("money.h")
#include "money.h"

static const char *const azLang[] = {0,    "en", "zh", "de", "fr", "es", "ja",
                                     "ru", "it", "pt", "ko", "ar", "xx", ""};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2 || size > 1 << 20) return 0;
  const char *zLang = azLang[data[0] % (sizeof(azLang) / sizeof(azLang[0]))];
  int iYear = data[1] < 200 ? 1900 + data[1] : (data[1] == 255 ? 0 : -data[1]);
  const char *z = (const char *)data + 2;
  int n = (int)size - 2;
  NxMoney *a = 0, *b = 0;
  int na = 0, nb = 0;
  int rc = newsext_money_scan(z, n, zLang, iYear, &a, &na);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "fuzz_money: scan failed with %d\n", rc);
    abort();
  }
  for (int i = 0; i < na; i++) {
    const NxMoney *m = &a[i];
    if (m->iStart < 0 || m->iStart >= m->iEnd || m->iEnd > n ||
        (i > 0 && m->iStart < a[i - 1].iStart) || isnan(m->rAmount) ||
        isnan(m->rLow) || isnan(m->rHigh) || m->rLow > m->rHigh ||
        strlen(m->zCurrency) != 3) {
      fprintf(stderr, "fuzz_money: bad expression %d: [%d, %d) of %d, '%s'\n",
              i, m->iStart, m->iEnd, n, m->zCurrency);
      abort();
    }
    for (int k = 0; k < 3; k++) {
      if (m->zCurrency[k] < 'A' || m->zCurrency[k] > 'Z') abort();
    }
  }
  rc = newsext_money_scan(z, n, zLang, iYear, &b, &nb);
  int bSame = rc == SQLITE_OK && na == nb;
  for (int i = 0; bSame && i < na; i++) {
    /* field by field: the struct has padding */
    bSame = a[i].iStart == b[i].iStart && a[i].iEnd == b[i].iEnd &&
            a[i].rAmount == b[i].rAmount && a[i].rLow == b[i].rLow &&
            a[i].rHigh == b[i].rHigh &&
            strcmp(a[i].zCurrency, b[i].zCurrency) == 0;
  }
  if (!bSame) {
    fprintf(stderr, "fuzz_money: a second scan differs\n");
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
