/*
** newsext linked statically into a C program: registered for every
** connection with sqlite3_auto_extension() through include/newsext.h, the
** way an application that ships without loadable extensions uses it.
** Prints "static: N passed, N failed".
*/
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "newsext.h"

static int nPass, nFail;

static void check(const char *zName, int ok) {
  if (ok) {
    nPass++;
  } else {
    nFail++;
    printf("FAIL static %s\n", zName);
  }
}

/* The first column of the first row of zSql, or "" (static buffer). */
static const char *one(sqlite3 *db, const char *zSql) {
  static char buf[1024];
  sqlite3_stmt *p = 0;
  buf[0] = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &p, 0) == SQLITE_OK &&
      sqlite3_step(p) == SQLITE_ROW && sqlite3_column_text(p, 0)) {
    snprintf(buf, sizeof buf, "%s", (const char *)sqlite3_column_text(p, 0));
  }
  sqlite3_finalize(p);
  return buf;
}

int main(void) {
  sqlite3_auto_extension((void (*)(void))sqlite3_newsext_init);
  sqlite3 *db = 0;
  check("open", sqlite3_open(":memory:", &db) == SQLITE_OK);
  check("version", strncmp(one(db, "SELECT newsext_version()"),
                           "newsext " NEWSEXT_VERSION, 8 + strlen(NEWSEXT_VERSION)) == 0);
  check("create fts5",
        sqlite3_exec(db,
                     "CREATE VIRTUAL TABLE d USING fts5(b, tokenize='icu');"
                     "INSERT INTO d VALUES('Der Bundestag stimmt über den Haushalt ab');"
                     "INSERT INTO d VALUES('新华社北京电 国务院常务会议召开');",
                     0, 0, 0) == SQLITE_OK);
  check("german", strcmp(one(db, "SELECT rowid FROM d WHERE d MATCH 'uber'"), "1") == 0);
  check("chinese", strcmp(one(db, "SELECT rowid FROM d WHERE d MATCH '\"常务\"'"), "2") == 0);
  check("close", sqlite3_close(db) == SQLITE_OK);
  sqlite3_reset_auto_extension();
  printf("static: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
