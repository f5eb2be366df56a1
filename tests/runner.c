/*
** newsext SQL test runner.
**
**   build/runner ./newsext file.sql ...
**
** Each file runs on a fresh in-memory database with the extension loaded
** through sqlite3_load_extension(), as a user loads it.  A file is plain SQL
** (it runs in the sqlite3 shell too) with directives in comments:
**
**   -- @test <name>        starts a test; the SQL up to the expectations is run
**   -- > a|b               one expected row (columns joined by '|', NULL as NULL)
**   -- @empty              the test expects no rows
**   -- ! <text>            the SQL must fail with an error containing <text>
**   -- @match <text>       every row must contain <text> (for version strings)
**
** SQL outside a test is set-up: it must run without error.  A test without
** any expectation asserts that its SQL runs without error.  The runner
** prints each failure with what was expected and what came out, then
** "sql: N passed, N failed".
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Buf {
  char *z;
  size_t n, a;
} Buf;

static void bufAppend(Buf *b, const char *z, size_t n) {
  if (b->n + n + 1 > b->a) {
    size_t a = (b->a ? b->a * 2 : 256);
    while (a < b->n + n + 1) a *= 2;
    b->z = realloc(b->z, a);
    if (b->z == 0) {
      fprintf(stderr, "runner: out of memory\n");
      exit(2);
    }
    b->a = a;
  }
  memcpy(b->z + b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}

typedef struct Block {
  int line;       /* line of the block's first SQL or @test line */
  char *zName;    /* test name, or NULL for set-up */
  Buf sql;        /* SQL to run */
  Buf expect;     /* expected rows, each ending in '\n' */
  int nExpect;    /* number of expected rows */
  int bEmpty;     /* @empty seen */
  char *zError;   /* expected error text, or NULL */
  char *zMatch;   /* @match text, or NULL */
} Block;

static int nPass = 0, nFail = 0;

/* Runs all statements of zSql; rows go to pOut; returns the error or NULL. */
static char *runSql(sqlite3 *db, const char *zSql, Buf *pOut) {
  const char *zTail = zSql;
  while (zTail && *zTail) {
    sqlite3_stmt *pStmt = 0;
    int rc = sqlite3_prepare_v2(db, zTail, -1, &pStmt, &zTail);
    if (rc != SQLITE_OK) return strdup(sqlite3_errmsg(db));
    if (pStmt == 0) continue; /* comment or white space */
    while ((rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
      int n = sqlite3_column_count(pStmt);
      for (int i = 0; i < n; i++) {
        if (i) bufAppend(pOut, "|", 1);
        if (sqlite3_column_type(pStmt, i) == SQLITE_NULL) {
          bufAppend(pOut, "NULL", 4);
        } else if (sqlite3_column_type(pStmt, i) == SQLITE_BLOB) {
          const unsigned char *p = sqlite3_column_blob(pStmt, i);
          int nb = sqlite3_column_bytes(pStmt, i);
          bufAppend(pOut, "X'", 2);
          for (int j = 0; j < nb; j++) {
            char h[3];
            snprintf(h, sizeof h, "%02X", p[j]);
            bufAppend(pOut, h, 2);
          }
          bufAppend(pOut, "'", 1);
        } else {
          const char *z = (const char *)sqlite3_column_text(pStmt, i);
          bufAppend(pOut, z, (size_t)sqlite3_column_bytes(pStmt, i));
        }
      }
      bufAppend(pOut, "\n", 1);
    }
    if (rc != SQLITE_DONE) {
      char *zErr = strdup(sqlite3_errmsg(db));
      sqlite3_finalize(pStmt);
      return zErr;
    }
    sqlite3_finalize(pStmt);
  }
  return 0;
}

static int allBlank(const char *z) {
  for (; *z; z++) {
    if (*z != ' ' && *z != '\n' && *z != '\t' && *z != '\r') return 0;
  }
  return 1;
}

static void runBlock(sqlite3 *db, const char *zFile, Block *p) {
  if (p->zName == 0 && allBlank(p->sql.z ? p->sql.z : "")) return;
  Buf out = {0};
  char *zErr = runSql(db, p->sql.z ? p->sql.z : "", &out);
  const char *zWhy = 0;
  if (p->zError) {
    if (zErr == 0) {
      zWhy = "expected an error, the SQL succeeded";
    } else if (strstr(zErr, p->zError) == 0) {
      zWhy = "wrong error message";
    }
  } else if (zErr) {
    zWhy = "unexpected error";
  } else if (p->bEmpty && out.n > 0) {
    zWhy = "expected no rows";
  } else if (p->nExpect > 0 && strcmp(out.z ? out.z : "", p->expect.z) != 0) {
    zWhy = "wrong output";
  } else if (p->zMatch) {
    if (out.n == 0 || strstr(out.z, p->zMatch) == 0) zWhy = "no match";
  }
  if (p->zName || zWhy) {
    if (zWhy) {
      nFail++;
      printf("FAIL %s:%d %s: %s\n", zFile, p->line,
             p->zName ? p->zName : "(set-up)", zWhy);
      printf("  sql:      %s\n", p->sql.z ? p->sql.z : "");
      if (p->zError) printf("  expected error containing: %s\n", p->zError);
      if (p->nExpect) printf("  expected:\n%s", p->expect.z);
      if (p->zMatch) printf("  expected to contain: %s\n", p->zMatch);
      if (zErr) printf("  got error: %s\n", zErr);
      printf("  got:\n%s", out.z ? out.z : "");
    } else {
      nPass++;
    }
  }
  free(zErr);
  free(out.z);
}

static void blockClear(Block *p) {
  free(p->zName);
  free(p->zError);
  free(p->zMatch);
  free(p->sql.z);
  free(p->expect.z);
  memset(p, 0, sizeof(*p));
}

static char *trimDup(const char *z) {
  while (*z == ' ' || *z == '\t') z++;
  size_t n = strlen(z);
  while (n > 0 && (z[n - 1] == '\n' || z[n - 1] == '\r' || z[n - 1] == ' '))
    n--;
  char *r = malloc(n + 1);
  memcpy(r, z, n);
  r[n] = 0;
  return r;
}

static int runFile(const char *zExt, const char *zFile) {
  FILE *f = fopen(zFile, "rb");
  if (f == 0) {
    printf("FAIL %s: cannot open\n", zFile);
    nFail++;
    return 1;
  }
  sqlite3 *db = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    printf("FAIL %s: cannot open a database\n", zFile);
    nFail++;
    fclose(f);
    return 1;
  }
  /* the C API and the SQL load_extension() both, as the shell allows */
  sqlite3_enable_load_extension(db, 1);
  char *zLoadErr = 0;
  if (sqlite3_load_extension(db, zExt, 0, &zLoadErr) != SQLITE_OK) {
    printf("FAIL %s: cannot load %s: %s\n", zFile, zExt,
           zLoadErr ? zLoadErr : "?");
    sqlite3_free(zLoadErr);
    nFail++;
    sqlite3_close(db);
    fclose(f);
    return 1;
  }

  Block blk;
  memset(&blk, 0, sizeof blk);
  char *zLine = 0;
  size_t nAlloc = 0;
  ssize_t nLine;
  int lineNo = 0;
  int inExpect = 0; /* an expectation has been seen for the current block */
  while ((nLine = getline(&zLine, &nAlloc, f)) >= 0) {
    lineNo++;
    if (strncmp(zLine, "-- @test", 8) == 0) {
      runBlock(db, zFile, &blk);
      blockClear(&blk);
      blk.zName = trimDup(zLine + 8);
      blk.line = lineNo;
      inExpect = 0;
    } else if (strncmp(zLine, "-- >", 4) == 0) {
      const char *z = zLine + 4;
      if (*z == ' ') z++;
      /* keep leading spaces of the row: only the one after '>' is syntax */
      size_t n = strlen(z);
      while (n > 0 && (z[n - 1] == '\n' || z[n - 1] == '\r')) n--;
      bufAppend(&blk.expect, z, n);
      bufAppend(&blk.expect, "\n", 1);
      blk.nExpect++;
      inExpect = 1;
    } else if (strncmp(zLine, "-- !", 4) == 0) {
      free(blk.zError);
      blk.zError = trimDup(zLine + 4);
      inExpect = 1;
    } else if (strncmp(zLine, "-- @empty", 9) == 0) {
      blk.bEmpty = 1;
      inExpect = 1;
    } else if (strncmp(zLine, "-- @match", 9) == 0) {
      free(blk.zMatch);
      blk.zMatch = trimDup(zLine + 9);
      inExpect = 1;
    } else {
      if (inExpect && !allBlank(zLine) && strncmp(zLine, "--", 2) != 0) {
        /* SQL after a test's expectations is set-up for what follows. */
        runBlock(db, zFile, &blk);
        blockClear(&blk);
        inExpect = 0;
      }
      if (blk.sql.n == 0 && blk.zName == 0) blk.line = lineNo;
      bufAppend(&blk.sql, zLine, (size_t)nLine);
    }
  }
  runBlock(db, zFile, &blk);
  blockClear(&blk);
  free(zLine);
  fclose(f);
  if (sqlite3_close(db) != SQLITE_OK) {
    printf("FAIL %s: sqlite3_close() failed: statements left open\n", zFile);
    nFail++;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s EXTENSION FILE.sql...\n", argv[0]);
    return 2;
  }
  for (int i = 2; i < argc; i++) runFile(argv[1], argv[i]);
  printf("sql: %d passed, %d failed\n", nPass, nFail);
  fflush(stdout); /* before LeakSanitizer's exit, which does not flush */
  return nFail ? 1 : 0;
}
