/*
** newsext: dates and percentages in running text (internal API, see
** dates.h).  Work in progress: this first version finds nothing.
*/
#include "newsext_int.h"

#include <string.h>

#include "dates.h"

int newsext_dates_valid_ref(const char *z) {
  static const int aDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (z == 0 || strlen(z) != 10 || z[4] != '-' || z[7] != '-') return 0;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) continue;
    if (z[i] < '0' || z[i] > '9') return 0;
  }
  int y = (z[0] - '0') * 1000 + (z[1] - '0') * 100 + (z[2] - '0') * 10 + (z[3] - '0');
  int m = (z[5] - '0') * 10 + (z[6] - '0');
  int d = (z[8] - '0') * 10 + (z[9] - '0');
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > aDays[m - 1]) return 0;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 0;
  return 1;
}

int newsext_dates_scan(const char *z, int n, const char *zLang,
                       const char *zRefDate, NxSpan **paOut, int *pnOut) {
  (void)z;
  (void)n;
  (void)zLang;
  (void)zRefDate;
  *paOut = 0;
  *pnOut = 0;
  return SQLITE_OK;
}
