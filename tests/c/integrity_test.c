/*
** Index integrity and determinism of the `icu` tokenizer.
**
** 1. 10,000 random inserts, updates and deletes (INTEGRITY_OPS=N for more:
**    `make integrity-big`) of mixed-language text, invalid UTF-8 included,
**    applied alike to an icu FTS5 table in normal mode, one in
**    external-content mode (kept in step by triggers, as SQLite's
**    documentation shows) and one with other options; then integrity-check
**    passes on all of them, and queries for every word give the same rows
**    from the normal and the external-content table.
** 2. Determinism: the same texts tokenized in two connections, in opposite
**    orders, give identical tokens and offsets.
** Prints "integrity: N passed, N failed".
*/
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsext.h"

static int nPass, nFail;

static void check(const char *zName, int ok, const char *zMsg) {
  if (ok) {
    nPass++;
  } else {
    nFail++;
    printf("FAIL integrity %s: %s\n", zName, zMsg ? zMsg : "");
  }
}

/* Words of several languages and scripts, written for this test. */
static const char *const azWord[] = {
    "Bundestag", "Haushalt", "Zürich", "Łódź", "Straße", "STRASSE", "café",
    "cafe\xcc\x81", "l’économie", "qu'il", "dell'economia", "U.S.", "can't",
    "1,234.5", "central", "bank", "rates", "Trump-Administration",
    "新华社", "北京", "国务院", "臺灣", "經濟", "阿里巴巴", "トヨタ",
    "自動車", "ｿﾌﾄﾊﾞﾝｸ", "㍻", "삼성전자", "영업이익", "ธนาคาร",
    "อัตราดอกเบี้ย", "Центральный", "банк", "ميزانية", "दिल्ली", "ﬁnance",
    "ＩＢＭ", "soft\xc2\xadhyphen", "🙂", "e\xcc\x81\xcc\x82", "\xff\xfe",
    "\xc3\x28", "\xe2\x82", "\xed\xa0\x80", "\xf0\x90\x80", ",", ".", "「",
    "」", "—", "%", "$5bn", "€3,5",
};
#define N_WORD (int)(sizeof(azWord) / sizeof(azWord[0]))

static uint64_t rngState = 0x9E3779B97F4A7C15ULL;
static uint32_t rnd(uint32_t n) {
  /* xorshift64*: the same sequence on every machine */
  rngState ^= rngState >> 12;
  rngState ^= rngState << 25;
  rngState ^= rngState >> 27;
  return (uint32_t)((rngState * 2685821657736338717ULL) >> 33) % n;
}

/* A random text of 1..40 words with random separators. */
static void randomText(char *z, size_t nMax) {
  static const char *const azSep[] = {" ", " ", " ", "，", "。", ", ", "\n", ""};
  size_t n = 0;
  int nw = 1 + (int)rnd(40);
  z[0] = 0;
  for (int i = 0; i < nw; i++) {
    const char *w = azWord[rnd(N_WORD)];
    const char *s = azSep[rnd(sizeof(azSep) / sizeof(azSep[0]))];
    size_t lw = strlen(w), ls = strlen(s);
    if (n + lw + ls + 1 >= nMax) break;
    memcpy(z + n, w, lw);
    n += lw;
    memcpy(z + n, s, ls);
    n += ls;
  }
  z[n] = 0;
}

static int exec(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  int rc = sqlite3_exec(db, zSql, 0, 0, &zErr);
  if (rc != SQLITE_OK) {
    printf("integrity: %s: %s\n", zSql, zErr ? zErr : "?");
  }
  sqlite3_free(zErr);
  return rc;
}

static void randomOps(sqlite3 *db, int nOps) {
  sqlite3_stmt *pIns = 0, *pUpd = 0, *pDel = 0;
  sqlite3_prepare_v2(db,
                     "INSERT INTO doc(id, body) VALUES (?1, ?2);"
                     , -1, &pIns, 0);
  sqlite3_prepare_v2(db, "UPDATE doc SET body = ?2 WHERE id = ?1", -1, &pUpd, 0);
  sqlite3_prepare_v2(db, "DELETE FROM doc WHERE id = ?1", -1, &pDel, 0);
  char zText[2048];
  int nErr = 0;
  exec(db, "BEGIN");
  for (int i = 0; i < nOps; i++) {
    int op = (int)rnd(10);
    int id = 1 + (int)rnd(1500);
    sqlite3_stmt *p = op < 5 ? pIns : op < 8 ? pUpd : pDel;
    randomText(zText, sizeof zText);
    sqlite3_bind_int(p, 1, id);
    if (p != pDel) sqlite3_bind_text(p, 2, zText, -1, SQLITE_STATIC);
    int rc = sqlite3_step(p);
    /* inserting an id that exists is a constraint error: fine */
    if (rc != SQLITE_DONE && rc != SQLITE_CONSTRAINT) {
      if (nErr++ < 5) printf("integrity: op %d: %s\n", i, sqlite3_errmsg(db));
    }
    sqlite3_reset(p);
    if (i % 2000 == 1999) {
      exec(db, "COMMIT");
      exec(db, "BEGIN");
    }
  }
  exec(db, "COMMIT");
  check("random operations", nErr == 0, "errors");
  sqlite3_finalize(pIns);
  sqlite3_finalize(pUpd);
  sqlite3_finalize(pDel);
}

static void testIndex(int nOps) {
  sqlite3 *db = 0;
  sqlite3_open(":memory:", &db);
  int rc = exec(db,
      "CREATE TABLE doc(id INTEGER PRIMARY KEY, body TEXT);"
      "CREATE VIRTUAL TABLE fn USING fts5(body, tokenize = 'icu');"
      "CREATE VIRTUAL TABLE fx USING fts5(body, content = 'doc', "
      "  content_rowid = 'id', tokenize = 'icu');"
      "CREATE VIRTUAL TABLE fw USING fts5(body, tokenize = 'icu cjk words "
      "  remove_diacritics 0 chinese_variants 0 locale th');"
      "CREATE TRIGGER doc_ai AFTER INSERT ON doc BEGIN"
      "  INSERT INTO fn(rowid, body) VALUES (new.id, new.body);"
      "  INSERT INTO fx(rowid, body) VALUES (new.id, new.body);"
      "  INSERT INTO fw(rowid, body) VALUES (new.id, new.body); END;"
      "CREATE TRIGGER doc_ad AFTER DELETE ON doc BEGIN"
      "  DELETE FROM fn WHERE rowid = old.id;"
      "  INSERT INTO fx(fx, rowid, body) VALUES ('delete', old.id, old.body);"
      "  DELETE FROM fw WHERE rowid = old.id; END;"
      "CREATE TRIGGER doc_au AFTER UPDATE ON doc BEGIN"
      "  UPDATE fn SET body = new.body WHERE rowid = old.id;"
      "  INSERT INTO fx(fx, rowid, body) VALUES ('delete', old.id, old.body);"
      "  INSERT INTO fx(rowid, body) VALUES (new.id, new.body);"
      "  UPDATE fw SET body = new.body WHERE rowid = old.id; END;");
  check("schema", rc == SQLITE_OK, sqlite3_errmsg(db));
  randomOps(db, nOps);
  static const char *const azCheck[] = {
      "INSERT INTO fn(fn) VALUES ('integrity-check')",
      "INSERT INTO fx(fx) VALUES ('integrity-check')",
      "INSERT INTO fw(fw) VALUES ('integrity-check')",
      "INSERT INTO fn(fn) VALUES ('optimize')",
      "INSERT INTO fn(fn) VALUES ('integrity-check')",
      "INSERT INTO fx(fx) VALUES ('rebuild')",
      "INSERT INTO fx(fx) VALUES ('integrity-check')",
  };
  for (size_t i = 0; i < sizeof(azCheck) / sizeof(azCheck[0]); i++) {
    char *zErr = 0;
    rc = sqlite3_exec(db, azCheck[i], 0, 0, &zErr);
    check(azCheck[i], rc == SQLITE_OK, zErr);
    sqlite3_free(zErr);
  }
  /* the same rows from the normal and the external-content table, for
  ** every word (as a quoted phrase) */
  sqlite3_stmt *p = 0;
  sqlite3_prepare_v2(
      db,
      "SELECT (SELECT group_concat(rowid) FROM (SELECT rowid FROM fn WHERE fn "
      "MATCH ?1 ORDER BY rowid)) IS (SELECT group_concat(rowid) FROM (SELECT "
      "rowid FROM fx WHERE fx MATCH ?1 ORDER BY rowid)), (SELECT count(*) "
      "FROM fn WHERE fn MATCH ?1)",
      -1, &p, 0);
  int nSame = 0, nHits = 0, nWords = 0;
  for (int i = 0; i < N_WORD; i++) {
    char zQ[256];
    sqlite3_snprintf(sizeof zQ, zQ, "\"%w\"", azWord[i]);
    sqlite3_bind_text(p, 1, zQ, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(p) == SQLITE_ROW) {
      nWords++;
      nSame += sqlite3_column_int(p, 0);
      nHits += sqlite3_column_int(p, 1) > 0;
    }
    sqlite3_reset(p);
  }
  sqlite3_finalize(p);
  char zMsg[128];
  snprintf(zMsg, sizeof zMsg, "%d of %d words give the same rows", nSame, nWords);
  check("normal = external content", nWords > 0 && nSame == nWords, zMsg);
  check("queries find rows", nHits > N_WORD / 2, "too few words found");
  sqlite3_close(db);
}

/* Tokens of a text as one string: token, start, length per row. */
static char *tokensOf(sqlite3_stmt *p, const char *zText) {
  sqlite3_bind_text(p, 1, zText, -1, SQLITE_STATIC);
  char *z = 0;
  if (sqlite3_step(p) == SQLITE_ROW && sqlite3_column_text(p, 0)) {
    z = sqlite3_mprintf("%s", sqlite3_column_text(p, 0));
  }
  sqlite3_reset(p);
  return z ? z : sqlite3_mprintf("");
}

static void testDeterminism(void) {
  enum { N = 300 };
  static const char *const azOpt[] = {"", "cjk words", "locale th",
                                      "remove_diacritics 0 chinese_variants 0"};
  char **azText = calloc(N, sizeof(char *));
  for (int i = 0; i < N; i++) {
    char z[2048];
    randomText(z, sizeof z);
    azText[i] = sqlite3_mprintf("%s", z);
  }
  sqlite3 *db1 = 0, *db2 = 0;
  sqlite3_open(":memory:", &db1);
  sqlite3_open(":memory:", &db2);
  int nDiff = 0;
  for (size_t o = 0; o < sizeof(azOpt) / sizeof(azOpt[0]); o++) {
    char *zSql = sqlite3_mprintf(
        "SELECT group_concat(token || ':' || start || ':' || length, ' ') "
        "FROM tokens(?1, %Q)",
        azOpt[o]);
    sqlite3_stmt *p1 = 0, *p2 = 0;
    sqlite3_prepare_v2(db1, zSql, -1, &p1, 0);
    sqlite3_prepare_v2(db2, zSql, -1, &p2, 0);
    sqlite3_free(zSql);
    char **az1 = calloc(N, sizeof(char *));
    for (int i = 0; i < N; i++) az1[i] = tokensOf(p1, azText[i]);
    for (int i = N - 1; i >= 0; i--) {
      char *z2 = tokensOf(p2, azText[i]);
      if (strcmp(az1[i], z2) != 0) nDiff++;
      sqlite3_free(z2);
    }
    for (int i = 0; i < N; i++) sqlite3_free(az1[i]);
    free(az1);
    sqlite3_finalize(p1);
    sqlite3_finalize(p2);
  }
  char zMsg[64];
  snprintf(zMsg, sizeof zMsg, "%d texts tokenized differently", nDiff);
  check("determinism across connections and orders", nDiff == 0, zMsg);
  sqlite3_close(db1);
  sqlite3_close(db2);
  for (int i = 0; i < N; i++) sqlite3_free(azText[i]);
  free(azText);
}

int main(void) {
  sqlite3_auto_extension((void (*)(void))sqlite3_newsext_init);
  int nOps = getenv("INTEGRITY_OPS") ? atoi(getenv("INTEGRITY_OPS")) : 10000;
  testIndex(nOps);
  testDeterminism();
  sqlite3_reset_auto_extension();
  printf("integrity: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
