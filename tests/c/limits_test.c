/*
** Limits and odd arguments, for every SQL call of
** tests/reliability/calls.txt:
**   - NULL, integer, real, BLOB, empty, NUL bytes, invalid UTF-8: the call
**     completes (a MATCH template may reject its query text with an error);
**   - a single 1 MB token, and a 1 MB mixed-language document (20 MB: tests/bench/bench_limits.py): the call
**     completes, and SQLite's peak memory stays within a bound linear in the
**     input (LIMITS_MAX_RATIO times the input, default 40);
**   - SQLITE_LIMIT_LENGTH lowered to 64 KB: every call on a 60 KB input
**     completes or fails with SQLITE_TOOBIG, never anything else;
**   - wrong argument counts (the function of each template with none and
**     with too many arguments): an error with a message, or a result.
** Prints "limits: N passed, N failed".
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calls.h"
#include "newsext.h"

static int nPass, nFail;

static void report(int ok, const char *zWhat, const char *zSql, const char *zMsg) {
  if (ok) {
    nPass++;
  } else {
    nFail++;
    printf("FAIL limits %s: %s: %s\n", zWhat, zSql, zMsg ? zMsg : "");
  }
}

static int allowsError(const char *zSql) { return strstr(zSql, " MATCH ") != 0; }

static char *repeat(const char *zUnit, size_t nTotal, size_t *pn) {
  size_t nUnit = strlen(zUnit), n = 0;
  char *z = malloc(nTotal + 1);
  while (n + nUnit <= nTotal) {
    memcpy(z + n, zUnit, nUnit);
    n += nUnit;
  }
  z[n] = 0;
  *pn = n;
  return z;
}

static const char zMixed[] =
    "Der Bundestag billigte am Dienstag 3,5 Mrd. € für Brücken in Zürich. "
    "L’économie a progressé de 1,2 %, qu'il dit. 新华社北京电 国务院常务会议召开，"
    "臺灣經濟部表示营收增长8%。トヨタ自動車は5日、純利益が4兆9449億円。"
    "삼성전자는 영업이익이 6조원. ธนาคารแห่งประเทศไทย ร้อยละ 2.50 "
    "<p>Apple's revenue was <b>US$94.8 billion</b> &amp; rose 5%</p>\n";

typedef struct Input {
  const char *zName;
  int eType;
  const char *z;
  int n;
} Input;

static sqlite3 *openDb(const NxCalls *pCalls) {
  sqlite3 *db = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      nx_calls_setup(pCalls, db) != SQLITE_OK) {
    printf("limits: cannot open: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  return db;
}

/* The function name a template calls with ?1, or 0: "name(?1" */
static int funcName(const char *zSql, char *zOut, int nOut) {
  const char *p = strstr(zSql, "(?1");
  if (p == 0) return 0;
  const char *s = p;
  while (s > zSql && (s[-1] == '_' || (s[-1] >= 'a' && s[-1] <= 'z'))) s--;
  if (s == p || p - s >= nOut) return 0;
  memcpy(zOut, s, (size_t)(p - s));
  zOut[p - s] = 0;
  return 1;
}

int main(void) {
  sqlite3_auto_extension((void (*)(void))sqlite3_newsext_init);
  NxCalls calls;
  nx_calls_load(&calls, 0);
  sqlite3 *db = openDb(&calls);
  nx_calls_probe(&calls, db, stdout);
  double rMaxRatio =
      getenv("LIMITS_MAX_RATIO") ? atof(getenv("LIMITS_MAX_RATIO")) : 40.0;

  size_t nTok, nBig, nCjk;
  char *zTok = repeat("a", 1 << 20, &nTok);      /* one 1 MB token */
  char *zCjk = repeat("字", 1 << 20, &nCjk);      /* 1 MB of one CJK run */
  char *zBig = repeat(zMixed, 1 << 20, &nBig);    /* 1 MB document */
  static const char zNul[] = "before\0after \0 \xe5\xad\x97\0";
  static const char zBad[] = "\xff\xfe\xc3\x28\xe2\x82 \xed\xa0\x80\xf4\x90\x80\x80\xc0\xaf";
  const Input aIn[] = {
      {"NULL", NX_NULL, "", 0},
      {"integer", NX_INT, "\x39\x30\0\0\0\0\0\0", 8},
      {"real", NX_REAL, "\x00\x00\x00\x00\x00\x00\xf0\x3f", 8},
      {"BLOB", NX_BLOB, zMixed, (int)sizeof(zMixed) - 1},
      {"empty", NX_TEXT, "", 0},
      {"NUL bytes", NX_TEXT, zNul, (int)sizeof(zNul) - 1},
      {"NUL bytes BLOB", NX_BLOB, zNul, (int)sizeof(zNul) - 1},
      {"invalid UTF-8", NX_TEXT, zBad, (int)sizeof(zBad) - 1},
      {"1 MB token", NX_TEXT, zTok, (int)nTok},
      {"1 MB CJK run", NX_TEXT, zCjk, (int)nCjk},
      {"1 MB document", NX_TEXT, zBig, (int)nBig},
  };
  for (int i = 0; i < calls.n; i++) {
    if (!calls.a[i].bAvail) continue;
    const char *zSql = calls.a[i].zSql;
    for (size_t k = 0; k < sizeof(aIn) / sizeof(aIn[0]); k++) {
      /* A 1 MB FTS5 query is a phrase of 300,000 tokens, which FTS5 itself
      ** builds in quadratic time (it grows the phrase a few terms at a
      ** time): its cost, not newsext's, and no query anyone writes. */
      if (allowsError(zSql) && aIn[k].n > 65536) continue;
      sqlite3_int64 nBefore = sqlite3_memory_used();
      sqlite3_memory_highwater(1);
      int rc = nx_call_run(db, zSql, aIn[k].eType, aIn[k].z, aIn[k].n, 0, 0);
      sqlite3_int64 nPeak = sqlite3_memory_highwater(1) - nBefore;
      int ok = rc == SQLITE_OK || (allowsError(zSql) && rc == SQLITE_ERROR);
      report(ok, aIn[k].zName, zSql, sqlite3_errmsg(db));
      if (aIn[k].n >= (1 << 19)) {
        char zMsg[128];
        double r = (double)nPeak / aIn[k].n;
        snprintf(zMsg, sizeof zMsg, "peak %.1f MB for %.1f MB in (%.1fx)",
                 nPeak / 1048576.0, aIn[k].n / 1048576.0, r);
        if (getenv("LIMITS_VERBOSE")) printf("limits: %s: %s: %s\n", aIn[k].zName, zSql, zMsg);
        report(r <= rMaxRatio, "memory", zSql, zMsg);
      }
    }
    /* the tables would only grow: start again after each template */
    sqlite3_close(db);
    db = openDb(&calls);
  }

  /* SQLITE_LIMIT_LENGTH: results longer than the limit are SQLITE_TOOBIG */
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 65536);
  size_t nNear;
  char *zNear = repeat(zMixed, 60000, &nNear);
  for (int i = 0; i < calls.n; i++) {
    if (!calls.a[i].bAvail) continue;
    const char *zSql = calls.a[i].zSql;
    int rc = nx_call_run(db, zSql, NX_TEXT, zNear, (int)nNear, 0, 0);
    report(rc == SQLITE_OK || rc == SQLITE_TOOBIG ||
               (allowsError(zSql) && rc == SQLITE_ERROR),
           "60 KB under a 64 KB length limit", zSql, sqlite3_errmsg(db));
    rc = nx_call_run(db, zSql, NX_TEXT, zBig, 70000, 0, 0);
    report(rc == SQLITE_TOOBIG || calls.a[i].nParam == 0,
           "70 KB over a 64 KB length limit", zSql, sqlite3_errmsg(db));
  }
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1000000000);

  /* wrong argument counts */
  for (int i = 0; i < calls.n; i++) {
    char zName[64], zSql[256];
    if (!calls.a[i].bAvail || !funcName(calls.a[i].zSql, zName, sizeof zName)) {
      continue;
    }
    int bTable = strstr(calls.a[i].zSql, "FROM ") &&
                 strstr(calls.a[i].zSql, zName) > strstr(calls.a[i].zSql, "FROM ");
    static const char *const azArgs[] = {"", "?1, ?1, ?1, ?1, ?1, ?1, ?1, ?1"};
    for (int k = 0; k < 2; k++) {
      snprintf(zSql, sizeof zSql, bTable ? "SELECT * FROM %s(%s)" : "SELECT %s(%s)",
               zName, azArgs[k]);
      int rc = nx_call_run(db, zSql, NX_TEXT, "x", 1, 0, 0);
      const char *zErr = sqlite3_errmsg(db);
      report(rc == SQLITE_OK || (rc == SQLITE_ERROR && zErr && zErr[0]),
             "wrong argument count", zSql, zErr);
    }
  }
  sqlite3_close(db);
  free(zTok);
  free(zCjk);
  free(zBig);
  free(zNear);
  nx_calls_free(&calls);
  printf("limits: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
