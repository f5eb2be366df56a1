/*
** Tests of the statistical tagger's C API (ext/ner_model.c):
**  - exact spans on sentences we wrote, with clear persons, organisations
**    and places, in Simplified and Traditional Chinese;
**  - languages other than Chinese give no spans; empty text, invalid UTF-8
**    and long texts work, spans stay inside the input, in order, on
**    character boundaries;
**  - every allocation failing in turn gives SQLITE_NOMEM and no leak.
** Prints "ner_model: N passed, N failed".
*/
#define SQLITE_CORE 1 /* call the linked SQLite directly */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner_model.h"
#include "newsext_int.h"

static int nPass, nFail;

static void check(int bOk, const char *zWhat, const char *zGot) {
  if (bOk) {
    nPass++;
  } else {
    nFail++;
    printf("FAIL %s\n  got: %s\n", zWhat, zGot ? zGot : "");
  }
}

static const char *const azKind[] = {"?", "person", "org", "place"};

/* Spans as "kind text|kind text|...". */
static int render(const char *z, const char *zLang, char *zOut, int nOut) {
  NxNerSpan *a;
  int n;
  int rc = newsext_ner_tag(z, (int)strlen(z), zLang, &a, &n);
  zOut[0] = 0;
  if (rc != SQLITE_OK) return rc;
  int k = 0;
  for (int i = 0; i < n; i++) {
    k += snprintf(zOut + k, (size_t)(nOut - k), "%s%s %.*s", i ? "|" : "",
                  azKind[a[i].eKind], a[i].iEnd - a[i].iStart, z + a[i].iStart);
    if (k >= nOut) break;
  }
  sqlite3_free(a);
  return SQLITE_OK;
}

static void expect(const char *z, const char *zLang, const char *zWant) {
  char buf[4096];
  int rc = render(z, zLang, buf, sizeof(buf));
  char what[1200];
  snprintf(what, sizeof(what), "%s -> %s", z, zWant);
  check(rc == SQLITE_OK && strcmp(buf, zWant) == 0, what, buf);
}

/* Invariants: spans inside [0, n), ordered, non-overlapping, starting and
** ending on character boundaries, kinds 1..3, scores in (0, 1]. */
static int spansOk(const char *z, int n, NxNerSpan *a, int nSpan) {
  int last = 0;
  for (int i = 0; i < nSpan; i++) {
    if (a[i].iStart < last || a[i].iEnd <= a[i].iStart || a[i].iEnd > n) return 0;
    if (a[i].eKind < 1 || a[i].eKind > 3) return 0;
    if (!(a[i].rScore > 0.0f && a[i].rScore <= 1.0f)) return 0;
    if ((z[a[i].iStart] & 0xC0) == 0x80) return 0;
    if (a[i].iEnd < n && (z[a[i].iEnd] & 0xC0) == 0x80) return 0;
    last = a[i].iEnd;
  }
  return 1;
}

/* Allocation failure injection. */
static int nFailAt = -1, nAllocs = 0;
static sqlite3_mem_methods defMem;
static void *failMalloc(int n) {
  if (nFailAt >= 0 && nAllocs++ == nFailAt) return 0;
  return defMem.xMalloc(n);
}
static void *failRealloc(void *p, int n) {
  if (nFailAt >= 0 && nAllocs++ == nFailAt) return 0;
  return defMem.xRealloc(p, n);
}

int main(void) {
  static sqlite3_mem_methods m;
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &defMem);
  m = defMem;
  m.xMalloc = failMalloc;
  m.xRealloc = failRealloc;
  sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
  sqlite3_initialize();

  /* Exact spans. */
  expect("习近平在北京会见了美国总统拜登。", "zh",
         "person 习近平|place 北京|place 美国|person 拜登");
  expect("国务院总理李强在上海考察。", "zh", "org 国务院|person 李强|place 上海");
  expect("中国人民银行宣布下调存款准备金率。", "zh", "org 中国人民银行");
  expect("阿里巴巴集团的总部位于杭州市。", "zh", "org 阿里巴巴集团|place 杭州市");
  expect("台灣的鴻海集團在高雄市設廠。", "zh-Hant", "place 台灣|org 鴻海集團|place 高雄市");
  expect("國務院總理李強在廣州考察。", "zh_TW", "org 國務院|person 李強|place 廣州");
  expect("北京大学校长王小明访问了德国。", "zh",
         "org 北京大学|person 王小明|place 德国");
  expect("联合国秘书长古特雷斯在日内瓦发表讲话。", "zh",
         "org 联合国|person 古特雷斯|place 日内瓦");
  expect("苹果公司首席执行官库克访问上海。", "zh", "org 苹果公司|person 库克|place 上海");
  expect("２０２３年５月，习近平访问了法国。", "zh", "person 习近平|place 法国");
  expect("俄罗斯总统普京抵达北京。", "zh", "place 俄罗斯|person 普京|place 北京");
  expect("微软公司总裁史密斯在纽约表示，", "zh", "org 微软公司|person 史密斯|place 纽约");

  /* Other languages, empty text. */
  expect("Joe Biden met Xi Jinping in Beijing.", "en", "");
  expect("习近平在北京会见了美国总统拜登。", "de", "");
  expect("习近平在北京会见了美国总统拜登。", 0, "");
  expect("", "zh", "");

  /* Invalid UTF-8, NUL bytes and control characters. */
  {
    const char z[] = "\xff\xfe习近平\x80\xe4\xb8在北京\x00\x01。";
    int n = (int)sizeof(z) - 1;
    NxNerSpan *a;
    int nSpan;
    int rc = newsext_ner_tag(z, n, "zh", &a, &nSpan);
    check(rc == SQLITE_OK && spansOk(z, n, a, nSpan), "invalid UTF-8", "bad spans");
    sqlite3_free(a);
  }

  /* A long text (about 2 MB, no sentence end for long stretches) gives the
  ** spans of its repeated sentence and valid offsets. */
  {
    const char *zS = "习近平在北京会见了美国总统拜登，";
    int nS = (int)strlen(zS);
    int nRep = 40000;
    char *z = malloc((size_t)nS * (size_t)nRep + 1);
    for (int i = 0; i < nRep; i++) memcpy(z + (size_t)i * (size_t)nS, zS, (size_t)nS);
    int n = nS * nRep;
    z[n] = 0;
    NxNerSpan *a;
    int nSpan;
    int rc = newsext_ner_tag(z, n, "zh", &a, &nSpan);
    char got[64];
    snprintf(got, sizeof(got), "rc=%d spans=%d", rc, nSpan);
    check(rc == SQLITE_OK && spansOk(z, n, a, nSpan) && nSpan >= nRep * 3,
          "long text", got);
    sqlite3_free(a);
    free(z);
  }

  /* Every allocation failing in turn. */
  {
    const char *z = "习近平在北京会见了美国总统拜登。国务院总理李强在上海考察。";
    int bOk = 1;
    for (int k = 0; k < 50; k++) {
      NxNerSpan *a = 0;
      int nSpan = 0;
      nAllocs = 0;
      nFailAt = k;
      int rc = newsext_ner_tag(z, (int)strlen(z), "zh", &a, &nSpan);
      nFailAt = -1;
      if (rc == SQLITE_NOMEM) {
        if (a != 0 || nSpan != 0) bOk = 0;
      } else if (rc == SQLITE_OK) {
        sqlite3_free(a);
        if (nAllocs <= k) break; /* no allocation left to fail */
      } else {
        bOk = 0;
      }
    }
    check(bOk, "allocation failures give SQLITE_NOMEM", "wrong result");
    check(sqlite3_memory_used() == 0, "no memory left allocated", "leak");
  }

  printf("ner_model: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
