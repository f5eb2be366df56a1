/*
** newsext linked statically into a C program: registered for every
** connection with sqlite3_auto_extension() through include/newsext.h, the
** way an application that ships without loadable extensions uses it.
** Prints "static: N passed, N failed".
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
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

/* The whole file, NUL-terminated (malloc), or NULL. */
static char *readFile(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  if (f == 0) return 0;
  char *z = 0;
  if (fseek(f, 0, SEEK_END) == 0) {
    long n = ftell(f);
    if (n >= 0 && fseek(f, 0, SEEK_SET) == 0 && (z = malloc((size_t)n + 1)) != 0) {
      if (fread(z, 1, (size_t)n, f) != (size_t)n) {
        free(z);
        z = 0;
      } else {
        z[n] = 0;
      }
    }
  }
  fclose(f);
  return z;
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
  check("html_text", strcmp(one(db, "SELECT html_text('<p>Caf&eacute; <b>ouvert</b>"
                                    "<script>x()</script><p>&#x4E2D;&#25991;')"),
                           "Caf\xc3\xa9 ouvert\n\n\xe4\xb8\xad\xe6\x96\x87") == 0);
  check("html_text NULL", strcmp(one(db, "SELECT quote(html_text(NULL))"), "NULL") == 0);

  /* The kit's schema, read from sql/schema.sql as an application would ship it. */
  char *zSchema = readFile("sql/schema.sql");
  check("read sql/schema.sql", zSchema != 0);
  check("kit schema", zSchema && sqlite3_exec(db, zSchema, 0, 0, 0) == SQLITE_OK);
  free(zSchema);
  if (atoi(one(db, "SELECT (SELECT count(*) FROM pragma_module_list WHERE name = 'entities') + "
                   "(SELECT count(*) FROM pragma_function_list WHERE name = 'lang')")) == 2) {
    check("kit insert",
          sqlite3_exec(db,
                       "INSERT INTO articles(url, published, html) VALUES ('c:1', '2024-03-19', "
                       "'<p>La Banque du Japon met fin aux taux n&eacute;gatifs, a dit Kazuo Ueda.</p>')",
                       0, 0, 0) == SQLITE_OK);
    check("kit body", strcmp(one(db, "SELECT body FROM articles WHERE url = 'c:1'"),
                             "La Banque du Japon met fin aux taux n\xc3\xa9gatifs, a dit Kazuo Ueda.") == 0);
    check("kit lang", strcmp(one(db, "SELECT lang FROM articles WHERE url = 'c:1'"), "fr") == 0);
    check("kit fts", strcmp(one(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'negatifs'"),
                            "1") == 0);
    check("kit mentions", strcmp(one(db, "SELECT count(*) > 0 FROM mentions"), "1") == 0);
  } else {
    printf("static: kit checks skipped: entities() or lang() is not built in\n");
  }
  check("close", sqlite3_close(db) == SQLITE_OK);
  sqlite3_reset_auto_extension();
  printf("static: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
