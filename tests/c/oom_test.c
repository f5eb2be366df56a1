/*
** Allocation failure: every SQL call of tests/reliability/calls.txt, FTS5
** indexing with the `icu` tokenizer and loading the extension itself, with
** the Nth allocation failing, for N = 1, 2, ... until a run makes no more
** allocations than N.  SQLite's allocator fails (sqlite3_config(
** SQLITE_CONFIG_MALLOC)), which every allocation of newsext goes through.
** With OOM_ICU=1, ICU's own heap fails too (u_setMemoryFunctions): ICU 72's
** dictionary break engine (Thai, Khmer, `cjk words`) then crashes inside ICU
** (CjkBreakEngine::divideUpDictionaryRange uses a UText it failed to
** build), so that mode is not part of `make test`.  After each run:
**   - the call must have ended in SQLITE_OK or SQLITE_NOMEM (no other error,
**     no crash: ASan runs this under `make test SAN=1`);
**   - with failures switched off, every @check line (FTS5 integrity-check)
**     must pass: a failed write never corrupts an index;
**   - after the connection closes, every SQLite allocation is freed.
** An OK run whose result differs from the run without failure (a failure
** turned into a silent wrong answer) is a failure too.
** Prints "oom: N passed, N failed"; OOM_VERBOSE=1 prints every run.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uclean.h>

#include "calls.h"
#include "newsext.h"

static int nPass, nFail;
static int nTransient; /* integrity-check failures that a second check clears */
static int bVerbose;
static int bIcuFail; /* OOM_ICU=1: ICU's allocations fail too */

/* ---- the failing allocator ------------------------------------------ */
static sqlite3_mem_methods orig;
static long nCountdown; /* fail when it reaches 0; < 0: never */
static int nInjected;   /* failures injected since the last arm() */
static long nLive;      /* SQLite allocations not yet freed */

static int shouldFail(void) {
  if (nCountdown < 0) return 0;
  if (nCountdown == 0) return 0; /* one failure per run, then succeed */
  if (--nCountdown == 0) {
    nInjected++;
    return 1;
  }
  return 0;
}

static void *xMalloc(int n) {
  if (shouldFail()) return 0;
  void *p = orig.xMalloc(n);
  if (p) nLive++;
  return p;
}
static void xFree(void *p) {
  if (p) nLive--;
  orig.xFree(p);
}
static void *xRealloc(void *p, int n) {
  if (shouldFail()) return 0;
  return orig.xRealloc(p, n);
}
static int xSize(void *p) { return orig.xSize(p); }
static int xRoundup(int n) { return orig.xRoundup(n); }
static int xInit(void *p) { return orig.xInit(p); }
static void xShutdown(void *p) { orig.xShutdown(p); }

/* ICU's heap: the same countdown, plain malloc underneath.  ICU keeps
** one-time caches, so its allocations are not counted as leaks here (ASan
** and valgrind see them). */
static void *U_CALLCONV icuAlloc(const void *ctx, size_t n) {
  (void)ctx;
  return bIcuFail && shouldFail() ? 0 : malloc(n);
}
static void *U_CALLCONV icuRealloc(const void *ctx, void *p, size_t n) {
  (void)ctx;
  return bIcuFail && shouldFail() ? 0 : realloc(p, n);
}
static void U_CALLCONV icuFree(const void *ctx, void *p) {
  (void)ctx;
  free(p);
}

static void arm(long n) {
  nCountdown = n;
  nInjected = 0;
}
static void disarm(void) { nCountdown = -1; }

/* ---- checks ------------------------------------------------------------ */
static void fail(const char *zWhat, long n, const char *zMsg) {
  nFail++;
  printf("FAIL oom %s (allocation %ld): %s\n", zWhat, n, zMsg);
}

static int rcOk(int rc) {
  return rc == SQLITE_OK || (rc & 0xff) == SQLITE_NOMEM;
}

static sqlite3 *openDb(const NxCalls *pCalls) {
  sqlite3 *db = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      nx_calls_setup(pCalls, db) != SQLITE_OK) {
    printf("oom: cannot open a connection: %s\n", db ? sqlite3_errmsg(db) : "");
    exit(1);
  }
  return db;
}

/* The extension registers everything, or the open fails with NOMEM. */
static void testOpen(void) {
  long nBase = nLive;
  for (long n = 1;; n++) {
    sqlite3 *db = 0;
    arm(n);
    int rc = sqlite3_open(":memory:", &db);
    disarm();
    int bInjected = nInjected;
    if (!rcOk(rc)) {
      fail("open", n, sqlite3_errmsg(db));
    } else if (rc == SQLITE_OK) {
      /* everything must be there */
      char *zErr = 0;
      if (sqlite3_exec(db,
                       "SELECT newsext_version();"
                       "SELECT count(*) FROM tokens('a');"
                       "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='icu');",
                       0, 0, &zErr) != SQLITE_OK) {
        fail("open: registered only in part", n, zErr ? zErr : "?");
      } else {
        nPass++;
      }
      sqlite3_free(zErr);
    } else {
      nPass++;
    }
    sqlite3_close(db);
    if (nLive != nBase) {
      fail("open: leak", n, "SQLite allocations not freed");
      nBase = nLive;
    }
    if (!bInjected) break;
  }
}

/*
** The @check lines.  SQLite 3.40's FTS5 can report "database disk image is
** malformed" from the first integrity-check after a write failed for lack
** of memory, with the unicode61 tokenizer as well as with icu, and the next
** check passes (stale in-memory state of FTS5, nothing on disk): a check
** fails only when it fails twice in a row.
*/
static int checkTables(const NxCalls *pCalls, sqlite3 *db, char **pzErr) {
  if (nx_calls_check(pCalls, db, pzErr) == SQLITE_OK) return SQLITE_OK;
  sqlite3_free(*pzErr);
  *pzErr = 0;
  int rc = nx_calls_check(pCalls, db, pzErr);
  if (rc == SQLITE_OK) nTransient++;
  return rc;
}

/* One template with one input, for every N. */
static void testCall(const NxCalls *pCalls, const char *zSql, int eType,
                     const char *zIn, int nIn) {
  long nBase = nLive;
  sqlite3 *db = openDb(pCalls);
  uint64_t hWant = 0;
  int bWrite = sqlite3_strnicmp(zSql, "SELECT", 6) != 0;
  int bTables = strstr(zSql, "rel_") != 0;
  int rc = nx_call_run(db, zSql, eType, zIn, nIn, &hWant, 0);
  if (rc != SQLITE_OK) {
    /* an input that is no valid FTS5 query, say: nothing to test */
    if (bVerbose) printf("oom: note: %s: %s\n", zSql, sqlite3_errmsg(db));
    sqlite3_close(db);
    return;
  }
  long n;
  for (n = 1;; n++) {
    uint64_t h = 0;
    arm(n);
    rc = nx_call_run(db, zSql, eType, zIn, nIn, &h, 0);
    disarm();
    int bInjected = nInjected;
    char *zErr = 0;
    if (bVerbose) printf("oom %ld rc=%d injected=%d %s\n", n, rc, bInjected, zSql);
    if (!rcOk(rc)) {
      fail(zSql, n, sqlite3_errmsg(db));
    } else if (checkTables(pCalls, db, &zErr) != SQLITE_OK) {
      fail(zSql, n, zErr ? zErr : "integrity-check failed");
    } else if (rc == SQLITE_OK && !bWrite && !bTables && h != hWant) {
      fail(zSql, n, "a failure gave a different result instead of an error");
    } else {
      nPass++;
    }
    sqlite3_free(zErr);
    if (!bInjected) break;
  }
  sqlite3_close(db);
  if (nLive != nBase) fail(zSql, n, "SQLite allocations not freed");
}

/* Creating, filling and dropping icu tables, tokenizer options included. */
static void testCreate(const NxCalls *pCalls) {
  static const char *zSql =
      "CREATE VIRTUAL TABLE t1 USING fts5(a, b, tokenize = 'icu locale th "
      "cjk words remove_diacritics 0 chinese_variants 0');"
      "INSERT INTO t1 VALUES ('Ölpreis steigt', 'ราคาน้ำมันสูงขึ้น 原油價格上漲');"
      "INSERT INTO t1(t1) VALUES ('optimize');"
      "SELECT count(*) FROM t1 WHERE t1 MATCH 'olpreis OR 原油';"
      "DROP TABLE t1;";
  long nBase = nLive;
  sqlite3 *db = openDb(pCalls);
  for (long n = 1;; n++) {
    arm(n);
    int rc = sqlite3_exec(db, zSql, 0, 0, 0);
    disarm();
    int bInjected = nInjected;
    if (!rcOk(rc)) {
      fail("create", n, sqlite3_errmsg(db));
    } else {
      nPass++;
    }
    /* whatever is left must be consistent, then go */
    char *zErr = 0;
    if (sqlite3_exec(db,
                     "SELECT 1 FROM sqlite_schema WHERE name = 't1' AND "
                     "(SELECT 1 FROM t1 LIMIT 0) IS NULL;",
                     0, 0, 0) == SQLITE_OK &&
        sqlite3_exec(db, "INSERT INTO t1(t1) VALUES ('integrity-check')", 0, 0,
                     0) != SQLITE_OK &&
        sqlite3_exec(db, "INSERT INTO t1(t1) VALUES ('integrity-check')", 0, 0,
                     &zErr) != SQLITE_OK) {
      fail("create: integrity-check", n, zErr ? zErr : "?");
    }
    sqlite3_free(zErr);
    sqlite3_exec(db, "DROP TABLE IF EXISTS t1", 0, 0, 0);
    if (!bInjected) break;
  }
  sqlite3_close(db);
  if (nLive != nBase) fail("create", 0, "SQLite allocations not freed");
}

static const char *const azInput[] = {
    "Der Bundestag billigte am Dienstag 3,5 Mrd. € für Brücken in Zürich; "
    "l’économie, qu'il dit. 新华社北京电 臺灣經濟 トヨタ自動車 삼성전자 "
    "ราคาน้ำมัน <b>US$1.2bn</b> &amp; 5 March 2024, 50%",
    "\xff\xfe bad \xc3\x28 utf8 \xe2\x82 caf\xc3\xa9 \xe4\xb8\xad",
};

int main(void) {
  bVerbose = getenv("OOM_VERBOSE") != 0;
  if (getenv("OOM_ICU")) bIcuFail = atoi(getenv("OOM_ICU"));
  UErrorCode st = U_ZERO_ERROR;
  u_setMemoryFunctions(0, icuAlloc, icuRealloc, icuFree, &st);
  if (U_FAILURE(st)) printf("oom: note: ICU allocator not replaced (%s)\n", u_errorName(st));
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &orig);
  static sqlite3_mem_methods m;
  m = orig;
  m.xMalloc = xMalloc;
  m.xFree = xFree;
  m.xRealloc = xRealloc;
  m.xSize = xSize;
  m.xRoundup = xRoundup;
  m.xInit = xInit;
  m.xShutdown = xShutdown;
  disarm();
  if (sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK) {
    printf("oom: sqlite3_config() failed\n");
    return 1;
  }
  /* lookaside would hide small allocations from the failing allocator */
  sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
  sqlite3_initialize();
  sqlite3_auto_extension((void (*)(void))sqlite3_newsext_init);

  NxCalls calls;
  nx_calls_load(&calls, 0);
  sqlite3 *db = openDb(&calls);
  nx_calls_probe(&calls, db, stdout);
  /* warm up: ICU's one-time data loading happens here, without failures */
  for (int i = 0; i < calls.n; i++) {
    if (!calls.a[i].bAvail) continue;
    for (size_t k = 0; k < sizeof(azInput) / sizeof(azInput[0]); k++) {
      nx_call_run(db, calls.a[i].zSql, NX_TEXT, azInput[k], -1, 0, 0);
    }
  }
  sqlite3_close(db);

  testOpen();
  if (!getenv("OOM_NOCREATE")) testCreate(&calls);
  for (int i = 0; i < calls.n; i++) {
    if (!calls.a[i].bAvail) continue;
    for (size_t k = 0; k < sizeof(azInput) / sizeof(azInput[0]); k++) {
      testCall(&calls, calls.a[i].zSql, NX_TEXT, azInput[k],
               (int)strlen(azInput[k]));
    }
    testCall(&calls, calls.a[i].zSql, NX_BLOB, azInput[0],
             (int)strlen(azInput[0]));
  }
  nx_calls_free(&calls);
  if (nTransient) {
    printf("oom: note: %d transient FTS5 integrity-check reports after a "
           "failed write (SQLite's own; the second check passed)\n",
           nTransient);
  }
  printf("oom: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
