/*
** newsext_money_scan() and newsext_fx_usd_per_unit(), the C API that
** entities() uses: exact spans of every expression, range bounds, language
** and year hints, rate lookups, random and invalid input (spans always
** inside the text, amounts finite), and allocation failure (SQLITE_NOMEM,
** nothing leaked).  Prints "money: N passed, N failed".
*/
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "money.h"

static int nPass, nFail;

static void check(const char *zName, int ok) {
  if (ok) {
    nPass++;
  } else {
    nFail++;
    printf("FAIL money %s\n", zName);
  }
}

/* Scans z; returns the count; *pa must be sqlite3_free'd. */
static int scan(const char *z, const char *zLang, int iYear, NxMoney **pa) {
  int n = -1;
  int rc = newsext_money_scan(z, (int)strlen(z), zLang, iYear, pa, &n);
  if (rc != SQLITE_OK)
    return -1;
  return n;
}

static int spanIs(const char *z, const NxMoney *m, const char *zWant) {
  size_t n = strlen(zWant);
  return (size_t)(m->iEnd - m->iStart) == n &&
         memcmp(z + m->iStart, zWant, n) == 0;
}

/* ---- allocation failure ---- */
static int nAllocLeft = -1; /* -1: never fail */
static sqlite3_mem_methods defaultMem;
static void *failMalloc(int n) {
  if (nAllocLeft == 0)
    return 0;
  if (nAllocLeft > 0)
    nAllocLeft--;
  return defaultMem.xMalloc(n);
}
static void *failRealloc(void *p, int n) {
  if (nAllocLeft == 0)
    return 0;
  if (nAllocLeft > 0)
    nAllocLeft--;
  return defaultMem.xRealloc(p, n);
}

int main(void) {
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &defaultMem);
  sqlite3_mem_methods m = defaultMem;
  m.xMalloc = failMalloc;
  m.xRealloc = failRealloc;
  sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 1);
  sqlite3_initialize();

  NxMoney *a = 0;
  const char *z =
      "Apple paid $3.2 billion, then €500 million; 400万客户 and 5%.";
  int n = scan(z, 0, 0, &a);
  check("two expressions", n == 2);
  if (n == 2) {
    check("first span", spanIs(z, &a[0], "$3.2 billion"));
    check("first amount",
          a[0].rAmount == 3.2e9 && strcmp(a[0].zCurrency, "USD") == 0);
    check("second span", spanIs(z, &a[1], "€500 million"));
    check("second amount",
          a[1].rAmount == 5e8 && strcmp(a[1].zCurrency, "EUR") == 0);
    check("not a range",
          a[0].rLow == a[0].rAmount && a[0].rHigh == a[0].rAmount);
  }
  sqlite3_free(a);

  z = "a $5-10 million round and 5至10亿美元";
  n = scan(z, 0, 0, &a);
  check("ranges", n == 2);
  if (n == 2) {
    check("range span", spanIs(z, &a[0], "$5-10 million"));
    check("range bounds",
          a[0].rLow == 5e6 && a[0].rHigh == 1e7 && a[0].rAmount == 5e6);
    check("zh range span", spanIs(z, &a[1], "5至10亿美元"));
    check("zh range bounds", a[1].rLow == 5e8 && a[1].rHigh == 1e9);
  }
  sqlite3_free(a);

  z = "收入超11606亿元 国家医保局";
  n = scan(z, 0, 0, &a);
  check("span ends at the currency, not after the space",
        n == 1 && spanIs(z, &a[0], "11606亿元"));
  sqlite3_free(a);
  z = "スイス・フラン: 1.0092スイス・フランです";
  n = scan(z, 0, 0, &a);
  check("span over a dropped middle dot",
        n == 1 && spanIs(z, &a[0], "1.0092スイス・フラン"));
  sqlite3_free(a);

  n = scan("100 kr", "nb", 0, &a);
  check("kr hint nb", n == 1 && strcmp(a[0].zCurrency, "NOK") == 0);
  sqlite3_free(a);
  n = scan("100 kr", "da", 0, &a);
  check("kr hint da", n == 1 && strcmp(a[0].zCurrency, "DKK") == 0);
  sqlite3_free(a);
  n = scan("100 kroner", 0, 0, &a);
  check("kroner without hint", n == 1 && strcmp(a[0].zCurrency, "DKK") == 0);
  sqlite3_free(a);

  n = scan("¥100", "zh", 0, &a);
  check("yen hint zh", n == 1 && strcmp(a[0].zCurrency, "CNY") == 0);
  sqlite3_free(a);
  n = scan("¥100", "ja", 0, &a);
  check("yen hint ja", n == 1 && strcmp(a[0].zCurrency, "JPY") == 0);
  sqlite3_free(a);
  n = scan("¥100", 0, 0, &a);
  check("yen no hint", n == 1 && strcmp(a[0].zCurrency, "JPY") == 0);
  sqlite3_free(a);
  n = scan("1.234 $", "de", 0, &a);
  check("German hint", n == 1 && a[0].rAmount == 1234);
  sqlite3_free(a);
  n = scan("$1.234 million", "en", 0, &a);
  check("English hint", n == 1 && a[0].rAmount == 1234000);
  sqlite3_free(a);
  n = scan("100 francs", 0, 1995, &a);
  check("francs 1995", n == 1 && strcmp(a[0].zCurrency, "FRF") == 0);
  sqlite3_free(a);
  n = scan("100 francs", 0, 2010, &a);
  check("francs 2010", n == 1 && strcmp(a[0].zCurrency, "CHF") == 0);
  sqlite3_free(a);

  a = (NxMoney *)1;
  n = -1;
  check("empty text", newsext_money_scan("", 0, 0, 0, &a, &n) == SQLITE_OK &&
                          n == 0 && a == 0);
  a = (NxMoney *)1;
  check("NULL text", newsext_money_scan(0, 5, 0, 0, &a, &n) == SQLITE_OK &&
                         n == 0 && a == 0);
  n = scan("no money here, 2024, +1 555 0100, 5%", 0, 0, &a);
  check("no money", n == 0);
  sqlite3_free(a);

  /* many expressions in one long text: linear, all found, in order */
  {
    size_t cap = 200000;
    char *zBig = malloc(cap);
    size_t o = 0;
    int k = 0;
    while (o + 64 < cap) {
      o += (size_t)snprintf(zBig + o, cap - o,
                            "Item %d costs $%d.50 and some words. ", k, k + 1);
      k++;
    }
    n = -1;
    int rc = newsext_money_scan(zBig, (int)o, 0, 0, &a, &n);
    int bOrder = rc == SQLITE_OK && n == k;
    for (int i = 0; bOrder && i < n; i++) {
      bOrder = a[i].iStart < a[i].iEnd &&
               (i == 0 || a[i - 1].iEnd <= a[i].iStart) &&
               a[i].rAmount == i + 1.5;
    }
    check("long text: every amount, in order", bOrder);
    sqlite3_free(a);

    /* allocation failure: NOMEM, nothing leaked */
    sqlite3_int64 before = sqlite3_memory_used();
    int bNomem = 1;
    for (int fail = 0; fail < 8; fail++) {
      nAllocLeft = fail;
      a = 0;
      rc = newsext_money_scan(zBig, (int)o, 0, 0, &a, &n);
      nAllocLeft = -1;
      if (rc != SQLITE_NOMEM || a != 0 || n != 0)
        bNomem = 0;
    }
    check("allocation failure gives SQLITE_NOMEM", bNomem);
    check("allocation failure leaks nothing", sqlite3_memory_used() == before);
    free(zBig);
  }

  /* random and invalid input: spans inside the text, finite amounts */
  {
    static const char *azPiece[] = {
        "$",       "€",       "¥",        "US$",   "5",  "12,345.6", "1.234,5",
        " ",       "million", "Mio.",     "亿",    "万", "美元",     "元",
        "円",      "三",      "千",       "-",     "至", "dollars",  "euros",
        "and",     "\xFF",    "\xE4\xB8", "cents", "de", "d'",       "zwei",
        "Billion", "Euro",    "kr",       "0"};
    unsigned seed = 12345;
    int bOk = 1;
    char buf[512];
    for (int it = 0; it < 20000 && bOk; it++) {
      size_t o = 0;
      int nPiece = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 24;
      for (int k = 0; k < nPiece; k++) {
        seed = seed * 1103515245u + 12345u;
        const char *zp =
            azPiece[(seed >> 16) % (sizeof(azPiece) / sizeof(azPiece[0]))];
        size_t l = strlen(zp);
        if (o + l >= sizeof(buf))
          break;
        memcpy(buf + o, zp, l);
        o += l;
      }
      /* cut anywhere, even inside a character */
      seed = seed * 1103515245u + 12345u;
      int nText = o ? (int)((seed >> 16) % (o + 1)) : 0;
      n = -1;
      if (newsext_money_scan(buf, nText, it % 2 ? "de" : 0, 0, &a, &n) !=
          SQLITE_OK)
        bOk = 0;
      for (int i = 0; bOk && i < n; i++) {
        bOk = a[i].iStart >= 0 && a[i].iStart < a[i].iEnd &&
              a[i].iEnd <= nText && isfinite(a[i].rAmount) &&
              a[i].rAmount <= 1e17 && a[i].rLow <= a[i].rHigh &&
              strlen(a[i].zCurrency) == 3 &&
              (i == 0 || a[i - 1].iEnd <= a[i].iStart);
        if (!bOk)
          printf("  bad result for '%.*s'\n", nText, buf);
      }
      sqlite3_free(a);
    }
    check("random input", bOk);
  }

  /* rates */
  check("unknown currency", newsext_fx_usd_per_unit("XYZ", 2020, 1) < 0);
  check("malformed code", newsext_fx_usd_per_unit("EURO", 2020, 1) < 0 &&
                              newsext_fx_usd_per_unit(0, 0, 0) < 0);
  check("USD is 1", newsext_fx_usd_per_unit("usd", 1990, 5) == 1.0);
  double eur = newsext_fx_usd_per_unit("EUR", 2010, 5);
  check("EUR 2010-05", eur > 1.1 && eur < 1.4);
  check("DEM through the euro",
        fabs(newsext_fx_usd_per_unit("DEM", 2010, 5) - eur / 1.95583) < 1e-12);
  double dem90 = newsext_fx_usd_per_unit("DEM", 1990, 6);
  check("DEM before the euro", dem90 > 0.5 && dem90 < 0.7);
  check("GBP direction", newsext_fx_usd_per_unit("GBP", 2024, 5) > 1.1);
  check("JPY direction", newsext_fx_usd_per_unit("JPY", 2024, 5) < 0.01);
  check("nearest period", newsext_fx_usd_per_unit("EUR", 2199, 1) ==
                              newsext_fx_usd_per_unit("EUR", 0, 0));
  check("IMF annual", newsext_fx_usd_per_unit("XOF", 2020, 3) ==
                          newsext_fx_usd_per_unit("XOF", 2020, 0));

  printf("money: %d passed, %d failed\n", nPass, nFail);
  return nFail != 0;
}
