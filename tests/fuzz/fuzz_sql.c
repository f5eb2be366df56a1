/*
** Fuzz target: newsext's SQL calls through the extension, as a user makes
** them: every template of tests/reliability/calls.txt (or, built with
** -DFUZZ_FILTER='"entities("', the templates that contain that string: the
** entities, html_text and lang targets are this file).  Input: byte 0 picks
** the template, byte 1 how ?1 is bound (text, BLOB, integer, real, NULL);
** the rest is the value.  Checks, besides the sanitizers:
**   - any outcome but a crash is allowed (errors are fine, a bad FTS5 query
**     is an error), except SQLITE_INTERNAL, SQLITE_CORRUPT and SQLITE_MISUSE;
**   - read-only calls are deterministic: a second run gives the same rows;
**   - after a write, every FTS5 index passes integrity-check (@check lines).
** newsext is linked statically and registered with sqlite3_auto_extension().
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calls.h"
#include "newsext.h"

#ifndef FUZZ_FILTER
#define FUZZ_FILTER ""
#endif

static NxCalls calls;
static int *aiAvail; /* indexes of the available templates */
static int nAvail;
static sqlite3 *db;
static int nSinceOpen;

static void openDb(void) {
  if (db) sqlite3_close(db);
  db = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      nx_calls_setup(&calls, db) != SQLITE_OK) {
    fprintf(stderr, "fuzz_sql: cannot open or set up: %s\n",
            db ? sqlite3_errmsg(db) : "?");
    abort();
  }
  /* Keep one call to a few seconds at most even for 1 MB inputs. */
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 4 << 20);
  nSinceOpen = 0;
}

static void closeDb(void) {
  if (db) sqlite3_close(db);
  db = 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  sqlite3_auto_extension((void (*)(void))sqlite3_newsext_init);
  nx_calls_load(&calls, 0);
  nx_calls_filter(&calls, FUZZ_FILTER);
  openDb();
  FILE *pNote = getenv("FUZZ_QUIET") ? 0 : stderr;
  nx_calls_probe(&calls, db, pNote);
  aiAvail = malloc(sizeof(int) * (size_t)(calls.n + 1));
  for (int i = 0; i < calls.n; i++) {
    if (calls.a[i].bAvail) aiAvail[nAvail++] = i;
  }
  if (nAvail == 0 && pNote) {
    fprintf(pNote, "fuzz_sql: no call matching '%s' in this build: skipped\n",
            FUZZ_FILTER);
  }
  atexit(closeDb);
  return 0;
}

static int isWrite(const char *zSql) {
  return sqlite3_strnicmp(zSql, "SELECT", 6) != 0;
}

static int usesTables(const char *zSql) { return strstr(zSql, "rel_") != 0; }

static void checkRc(int rc, const char *zSql) {
  int e = rc & 0xff;
  if (e == SQLITE_INTERNAL || e == SQLITE_CORRUPT || e == SQLITE_MISUSE) {
    fprintf(stderr, "fuzz_sql: %s (%s) from: %s\n", sqlite3_errstr(rc),
            sqlite3_errmsg(db), zSql);
    abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (nAvail == 0 || size < 2) return 0;
  if (++nSinceOpen > 200) openDb(); /* keep the FTS5 tables small */
  const NxCall *pCall = &calls.a[aiAvail[data[0] % nAvail]];
  int eType = data[1] % NX_NTYPE;
  const char *z = (const char *)data + 2;
  int n = (int)size - 2;

  uint64_t h1 = 0, h2 = 0;
  int nRow1 = 0, nRow2 = 0;
  int rc1 = nx_call_run(db, pCall->zSql, eType, z, n, &h1, &nRow1);
  checkRc(rc1, pCall->zSql);
  if (isWrite(pCall->zSql)) {
    char *zErr = 0;
    if (nx_calls_check(&calls, db, &zErr) != SQLITE_OK) {
      fprintf(stderr, "fuzz_sql: check failed after %s: %s\n", pCall->zSql,
              zErr ? zErr : "?");
      abort();
    }
  } else if (!usesTables(pCall->zSql)) {
    int rc2 = nx_call_run(db, pCall->zSql, eType, z, n, &h2, &nRow2);
    if (rc1 != rc2 || h1 != h2 || nRow1 != nRow2) {
      fprintf(stderr,
              "fuzz_sql: not deterministic: %s: rc %d then %d, %d rows then "
              "%d\n",
              pCall->zSql, rc1, rc2, nRow1, nRow2);
      abort();
    }
  }
  return 0;
}
