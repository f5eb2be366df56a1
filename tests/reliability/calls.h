/*
** The SQL calls of tests/reliability/calls.txt, shared by the SQL-level fuzz
** targets, the allocation-failure, thread and limits tests (header-only:
** each test is one program).
**
**   NxCalls c;
**   nx_calls_load(&c, 0);                 // NX_CALLS_PATH or $NEWSEXT_CALLS
**   nx_calls_setup(&c, db);               // @setup lines
**   nx_calls_probe(&c, db, stdout);       // marks the absent ones, with a note
**   nx_call_run(db, c.a[i].zSql, NX_TEXT, z, n, &digest, &nRow);
**   nx_calls_check(&c, db, &zErr);        // @check lines
**
** A template that cannot be prepared because its function, table or module
** does not exist in this build is skipped: the same file covers every
** function once its branch is merged.
*/
#ifndef NX_CALLS_H
#define NX_CALLS_H

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NX_CALLS_PATH
#define NX_CALLS_PATH "tests/reliability/calls.txt"
#endif

/* How ?1 is bound. */
#define NX_TEXT 0
#define NX_BLOB 1
#define NX_INT 2
#define NX_REAL 3
#define NX_NULL 4
#define NX_NTYPE 5

typedef struct NxCall {
  char *zSql;
  int nParam; /* parameters of the statement (0 or 1) */
  int bAvail; /* can be prepared in this build */
} NxCall;

typedef struct NxCalls {
  NxCall *a;
  int n;
  char **azSetup;
  int nSetup;
  char **azCheck;
  int nCheck;
} NxCalls;

static inline char *nx_strdup(const char *z, size_t n) {
  char *r = malloc(n + 1);
  if (r == 0) {
    fprintf(stderr, "calls.h: out of memory\n");
    exit(2);
  }
  memcpy(r, z, n);
  r[n] = 0;
  return r;
}

static inline void nx_push(char ***paz, int *pn, char *z) {
  char **a = realloc(*paz, sizeof(char *) * (size_t)(*pn + 1));
  if (a == 0) exit(2);
  a[(*pn)++] = z;
  *paz = a;
}

/* Reads the templates; exits with a message if the file is missing. */
static inline void nx_calls_load(NxCalls *p, const char *zPath) {
  memset(p, 0, sizeof(*p));
  if (zPath == 0) zPath = getenv("NEWSEXT_CALLS");
  if (zPath == 0) zPath = NX_CALLS_PATH;
  FILE *f = fopen(zPath, "rb");
  if (f == 0) {
    fprintf(stderr, "calls.h: cannot open %s\n", zPath);
    exit(2);
  }
  char line[4096];
  while (fgets(line, sizeof line, f)) {
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
                     line[n - 1] == ' '))
      n--;
    line[n] = 0;
    if (n == 0 || line[0] == '#') continue;
    if (strncmp(line, "@setup ", 7) == 0) {
      nx_push(&p->azSetup, &p->nSetup, nx_strdup(line + 7, n - 7));
    } else if (strncmp(line, "@check ", 7) == 0) {
      nx_push(&p->azCheck, &p->nCheck, nx_strdup(line + 7, n - 7));
    } else {
      NxCall *a = realloc(p->a, sizeof(NxCall) * (size_t)(p->n + 1));
      if (a == 0) exit(2);
      p->a = a;
      a[p->n].zSql = nx_strdup(line, n);
      a[p->n].nParam = 0;
      a[p->n].bAvail = 0;
      p->n++;
    }
  }
  fclose(f);
}

static inline void nx_calls_free(NxCalls *p) {
  for (int i = 0; i < p->n; i++) free(p->a[i].zSql);
  for (int i = 0; i < p->nSetup; i++) free(p->azSetup[i]);
  for (int i = 0; i < p->nCheck; i++) free(p->azCheck[i]);
  free(p->a);
  free(p->azSetup);
  free(p->azCheck);
  memset(p, 0, sizeof(*p));
}

/* 1 if zErr says that something the template names does not exist. */
static inline int nx_is_absent(const char *zErr) {
  return zErr && (strstr(zErr, "no such function") ||
                  strstr(zErr, "no such table") ||
                  strstr(zErr, "no such module"));
}

/* Runs the @setup lines; returns an SQLite code (the first failure). */
static inline int nx_calls_setup(const NxCalls *p, sqlite3 *db) {
  for (int i = 0; i < p->nSetup; i++) {
    int rc = sqlite3_exec(db, p->azSetup[i], 0, 0, 0);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

/*
** Marks each template available or not on db (after nx_calls_setup);
** prints a note for each skipped one to pNote (if not NULL).  Returns the
** number available.
*/
static inline int nx_calls_probe(NxCalls *p, sqlite3 *db, FILE *pNote) {
  int nAvail = 0;
  for (int i = 0; i < p->n; i++) {
    sqlite3_stmt *pStmt = 0;
    int rc = sqlite3_prepare_v2(db, p->a[i].zSql, -1, &pStmt, 0);
    p->a[i].bAvail = rc == SQLITE_OK;
    if (rc == SQLITE_OK) {
      p->a[i].nParam = sqlite3_bind_parameter_count(pStmt);
      nAvail++;
    } else if (pNote) {
      fprintf(pNote, "note: skipped (%s): %s\n",
              nx_is_absent(sqlite3_errmsg(db)) ? "not in this build"
                                               : sqlite3_errmsg(db),
              p->a[i].zSql);
    }
    sqlite3_finalize(pStmt);
  }
  return nAvail;
}

/* Keeps only the templates that contain zFilter (all if NULL or ""). */
static inline void nx_calls_filter(NxCalls *p, const char *zFilter) {
  if (zFilter == 0 || zFilter[0] == 0) return;
  int j = 0;
  for (int i = 0; i < p->n; i++) {
    if (strstr(p->a[i].zSql, zFilter)) {
      p->a[j++] = p->a[i];
    } else {
      free(p->a[i].zSql);
    }
  }
  p->n = j;
}

/* FNV-1a, to compare results without keeping them. */
static inline uint64_t nx_hash(uint64_t h, const void *p, size_t n) {
  const unsigned char *z = p;
  if (h == 0) h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= z[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/*
** Binds ?1 (if the statement has it) as eType from z[0..n), steps to the
** end, reads every column of every row (so that lazy work is done) and
** folds them into *pDigest (if not NULL).  Returns the final SQLite code:
** SQLITE_OK when the statement ran to completion.
*/
static inline int nx_call_run(sqlite3 *db, const char *zSql, int eType, const void *z,
                       int n, uint64_t *pDigest, int *pnRow) {
  sqlite3_stmt *pStmt = 0;
  uint64_t h = 0;
  int nRow = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if (rc != SQLITE_OK) return rc;
  if (sqlite3_bind_parameter_count(pStmt) >= 1) {
    switch (eType) {
      case NX_TEXT:
        rc = sqlite3_bind_text(pStmt, 1, z, n, SQLITE_STATIC);
        break;
      case NX_BLOB:
        rc = sqlite3_bind_blob(pStmt, 1, z, n, SQLITE_STATIC);
        break;
      case NX_INT: {
        int64_t v = 0;
        memcpy(&v, z, n < 8 ? (size_t)n : 8);
        rc = sqlite3_bind_int64(pStmt, 1, v);
        break;
      }
      case NX_REAL: {
        double v = 0;
        memcpy(&v, z, n < 8 ? (size_t)n : 8);
        rc = sqlite3_bind_double(pStmt, 1, v);
        break;
      }
      default:
        rc = sqlite3_bind_null(pStmt, 1);
    }
  }
  while (rc == SQLITE_OK && (rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
    int nCol = sqlite3_column_count(pStmt);
    nRow++;
    rc = SQLITE_OK;
    for (int i = 0; i < nCol && rc == SQLITE_OK; i++) {
      int t = sqlite3_column_type(pStmt, i);
      h = nx_hash(h, &t, sizeof t);
      if (t == SQLITE_NULL) continue;
      const unsigned char *v = sqlite3_column_text(pStmt, i);
      int nv = sqlite3_column_bytes(pStmt, i);
      if (v == 0) {
        rc = SQLITE_NOMEM; /* text conversion failed */
      } else {
        h = nx_hash(h, v, (size_t)nv);
      }
    }
  }
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  int rc2 = sqlite3_finalize(pStmt);
  if (rc == SQLITE_OK) rc = rc2;
  if (pDigest) *pDigest = h;
  if (pnRow) *pnRow = nRow;
  return rc;
}

/* Runs the @check lines; returns the first failure, with its message. */
static inline int nx_calls_check(const NxCalls *p, sqlite3 *db, char **pzErr) {
  for (int i = 0; i < p->nCheck; i++) {
    int rc = sqlite3_exec(db, p->azCheck[i], 0, 0, pzErr);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

#endif /* NX_CALLS_H */
