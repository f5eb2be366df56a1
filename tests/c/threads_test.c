/*
** Threads: 8 threads, each with its own connection, all at once, index
** `icu` FTS5 tables and make every SQL call of tests/reliability/calls.txt.
** Every read-only call must give, in every thread, the result it gives
** alone (digest of its rows); every index must pass integrity-check at the
** end.  Built with -fsanitize=thread by `make tsan`, where ThreadSanitizer
** reports any data race (newsext keeps no global mutable state: ICU objects
** belong to a tokenizer or a cursor).  Prints "threads: N passed, N failed".
*/
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calls.h"
#include "newsext.h"

#define N_THREAD 8

static const char *const azInput[] = {
    "Der Bundestag billigte am Dienstag 3,5 Mrd. € für Brücken in Zürich.",
    "L’économie française a progressé de 1,2 % au premier trimestre, qu'il dit.",
    "新华社北京电 国务院常务会议召开，臺灣經濟部表示营收增长8%。",
    "トヨタ自動車は5日、純利益が4兆9449億円になったと発表した。ｿﾌﾄﾊﾞﾝｸ",
    "삼성전자는 1분기 영업이익이 6조6천억원으로 집계됐다고 밝혔다.",
    "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.50",
    ("<p>Apple's revenue was <b>US$94.8 billion</b> &amp; rose 5% on 5 March "
     "2024</p>"),
    "Центральный банк России повысил ключевую ставку до 16% годовых.",
    "\xff\xfe bad \xc3\x28 utf8 \xe2\x82 caf\xc3\xa9 \xe4\xb8\xad",
};
#define N_INPUT (int)(sizeof(azInput) / sizeof(azInput[0]))
#define N_ROUND 3

static NxCalls calls;
static uint64_t (*aWant)[N_INPUT]; /* digest of each read-only call alone */

static int readOnly(const char *zSql) {
  return sqlite3_strnicmp(zSql, "SELECT", 6) == 0 && !strstr(zSql, "rel_");
}

typedef struct Worker {
  int iThread;
  int nPass, nFail;
} Worker;

static void *work(void *pArg) {
  Worker *w = pArg;
  sqlite3 *db = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      nx_calls_setup(&calls, db) != SQLITE_OK) {
    printf("FAIL threads %d: cannot open: %s\n", w->iThread, sqlite3_errmsg(db));
    w->nFail++;
    sqlite3_close(db);
    return 0;
  }
  for (int r = 0; r < N_ROUND; r++) {
    for (int i = 0; i < calls.n; i++) {
      /* each thread starts at another call, so that different calls run
      ** at the same moment */
      int iCall = (i + w->iThread * 3) % calls.n;
      if (!calls.a[iCall].bAvail) continue;
      const char *zSql = calls.a[iCall].zSql;
      for (int k = 0; k < N_INPUT; k++) {
        uint64_t h = 0;
        int rc = nx_call_run(db, zSql, NX_TEXT, azInput[k], -1, &h, 0);
        if (readOnly(zSql) && (rc != SQLITE_OK || h != aWant[iCall][k])) {
          printf("FAIL threads %d: %s on input %d: rc %d, %s\n", w->iThread,
                 zSql, k, rc, rc ? sqlite3_errmsg(db) : "other rows");
          w->nFail++;
        } else {
          w->nPass++;
        }
      }
    }
  }
  char *zErr = 0;
  if (nx_calls_check(&calls, db, &zErr) != SQLITE_OK) {
    printf("FAIL threads %d: integrity-check: %s\n", w->iThread, zErr);
    w->nFail++;
  } else {
    w->nPass++;
  }
  sqlite3_free(zErr);
  sqlite3_close(db);
  return 0;
}

int main(void) {
  if (!sqlite3_threadsafe()) {
    printf("threads: note: SQLite is built without threads\n");
    printf("threads: 0 passed, 0 failed\n");
    return 0;
  }
  sqlite3_auto_extension((void (*)(void))sqlite3_newsext_init);
  nx_calls_load(&calls, 0);
  sqlite3 *db = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      nx_calls_setup(&calls, db) != SQLITE_OK) {
    printf("threads: cannot open: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  nx_calls_probe(&calls, db, stdout);
  aWant = calloc((size_t)calls.n, sizeof(*aWant));
  for (int i = 0; i < calls.n; i++) {
    if (!calls.a[i].bAvail || !readOnly(calls.a[i].zSql)) continue;
    for (int k = 0; k < N_INPUT; k++) {
      nx_call_run(db, calls.a[i].zSql, NX_TEXT, azInput[k], -1, &aWant[i][k], 0);
    }
  }
  sqlite3_close(db);

  pthread_t aTid[N_THREAD];
  Worker aW[N_THREAD];
  for (int t = 0; t < N_THREAD; t++) {
    memset(&aW[t], 0, sizeof aW[t]);
    aW[t].iThread = t;
    if (pthread_create(&aTid[t], 0, work, &aW[t]) != 0) {
      printf("threads: pthread_create failed\n");
      return 1;
    }
  }
  int nPass = 0, nFail = 0;
  for (int t = 0; t < N_THREAD; t++) {
    pthread_join(aTid[t], 0);
    nPass += aW[t].nPass;
    nFail += aW[t].nFail;
  }
  free(aWant);
  nx_calls_free(&calls);
  printf("threads: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
