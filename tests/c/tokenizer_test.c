/*
** Tests of the icu tokenizer that SQL cannot reach:
**  - the fast path (UAX #29 for Latin script and common punctuation,
**    without ICU) gives exactly ICU's words on random text over its
**    alphabet, with the same offsets;
**  - invariants on random bytes: offsets inside the input and in order,
**    tokens at most 32768 bytes, the same tokens twice.
** Prints "tokenizer: N passed, N failed".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"

static int nPass, nFail;

typedef struct Toks {
  char buf[65536];
  int n;
  int bad; /* an invariant failed */
  int nText, lastStart;
} Toks;

static int collect(void *ctx, int flags, const char *z, int n, int s, int e) {
  (void)flags;
  Toks *t = ctx;
  if (s < 0 || e > t->nText || s > e || n <= 0 || n > 32768 || s < t->lastStart) t->bad = 1;
  t->lastStart = s;
  t->n += snprintf(t->buf + t->n, sizeof(t->buf) - (size_t)t->n, "%.*s@%d-%d ", n > 64 ? 64 : n, z, s, e);
  if (t->n >= (int)sizeof(t->buf)) t->n = (int)sizeof(t->buf) - 1;
  return SQLITE_OK;
}

static void run(NxTokenizer *p, const char *z, int n, Toks *t) {
  memset(t, 0, sizeof(*t));
  t->nText = n;
  if (newsext_tok_run(p, t, FTS5_TOKENIZE_DOCUMENT, z, n, collect) != SQLITE_OK) t->bad = 1;
}

/* A callback that tokenizes another text with the same tokenizer from
** inside xToken, as an auxiliary function may. */
typedef struct Reenter {
  NxTokenizer *p;
  Toks outer, inner;
  const char *zInner;
} Reenter;

static int reenter(void *ctx, int flags, const char *z, int n, int s, int e) {
  Reenter *r = ctx;
  Toks inner;
  memset(&inner, 0, sizeof inner);
  inner.nText = (int)strlen(r->zInner);
  if (newsext_tok_run(r->p, &inner, 0, r->zInner, inner.nText, collect) != SQLITE_OK) return SQLITE_ERROR;
  if (r->inner.n == 0) r->inner = inner;
  else if (strcmp(r->inner.buf, inner.buf) != 0) r->inner.bad = 1;
  return collect(&r->outer, flags, z, n, s, e);
}

static unsigned rnd(unsigned *s) {
  *s = *s * 1103515245u + 12345u;
  return (*s >> 8) & 0xFFFFFF;
}

static int isLetterPiece(const char *z) {
  unsigned char c = (unsigned char)z[0];
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : (c == 0xC3 || c == 0xC5 || c == 0xC7);
}

int main(void) {
  static const char *const aPiece[] = {
      "a", "b", "Z", "x", "é", "ß", "Ł", "ø", "ñ", "Ü", "ǅ", "ª", "µ", "0", "7", "9",
      ".", "'", ",", ";", ":", "_", "-", "!", "?", "(", ")", "\"", "/", "@", "#", "%",
      " ", " ", "\n", "\t", "\xC2\xA0", "\xE2\x80\xAF", "\xC2\xAD", "\xCC\x81", "\xCC\x88",
      "’", "‘", "“", "”", "„", "«", "»", "—", "–", "…", "€", "·", "‧", "․", "™",
      "、", "。", "「", "」", "　", "，", "．", "：", "；", "＇", "＿", "Ａ", "ｚ", "１", "！", "（"};
  const int nPiece = (int)(sizeof(aPiece) / sizeof(aPiece[0]));
  NxTokenizer *pFast = 0, *pIcu = 0;
  if (newsext_tok_create(0, 0, &pFast, 0) != SQLITE_OK ||
      newsext_tok_create(0, 0, &pIcu, 0) != SQLITE_OK) {
    printf("tokenizer: 0 passed, 1 failed (create)\n");
    return 1;
  }
  newsext_tok_set_fastpath(pIcu, 0);
  static Toks a, b;
  unsigned seed = 20261123;
  char text[512];
  int nDiff = 0;
  for (int iter = 0; iter < 30000; iter++) {
    int n = 0, len = 1 + (int)(rnd(&seed) % 24);
    const char *prev = " ";
    for (int k = 0; k < len; k++) {
      const char *pc = aPiece[rnd(&seed) % (unsigned)nPiece];
      /* combining marks only after a letter, as in real text: after a space
      ** or an underscore (and soft hyphens likewise) ICU's answers are quirks of its rule tables (a
      ** status 0 for "é" + U+202F + U+0301), not UAX #29 */
      if (((unsigned char)pc[0] == 0xCC || strcmp(pc, "\xC2\xAD") == 0) && !isLetterPiece(prev)) pc = "a";
      prev = pc;
      size_t m = strlen(pc);
      memcpy(text + n, pc, m);
      n += (int)m;
    }
    run(pFast, text, n, &a);
    run(pIcu, text, n, &b);
    if (a.bad || b.bad || strcmp(a.buf, b.buf) != 0) {
      if (nDiff++ < 10) {
        printf("FAIL fast path != ICU on [%.*s]\n  fast: %s\n  icu:  %s\n", n, text, a.buf, b.buf);
      }
    }
  }
  if (nDiff) nFail++; else nPass++;

  /* random bytes: invariants and determinism */
  int nBad = 0;
  for (int iter = 0; iter < 20000; iter++) {
    int n = 1 + (int)(rnd(&seed) % 200);
    for (int k = 0; k < n; k++) {
      unsigned r = rnd(&seed);
      /* mostly UTF-8 lead/continuation bytes and ASCII, to reach all paths */
      text[k] = (char)((r & 3) == 0 ? (0x80 | (r >> 3 & 0x3F)) : (r & 3) == 1 ? (0xE0 | (r >> 3 & 0x0F)) : (r >> 3 & 0xFF));
    }
    run(pFast, text, n, &a);
    run(pFast, text, n, &b);
    if (a.bad || strcmp(a.buf, b.buf) != 0) nBad++;
  }
  if (nBad) {
    nFail++;
    printf("FAIL invariants on random bytes: %d texts\n", nBad);
  } else {
    nPass++;
  }

  /* re-entrant use: same results as separate calls */
  {
    static Reenter re;
    const char *zOuter = "Ｔｈｅ Zentralbank 臺灣經濟，l’économie ｿﾌﾄﾊﾞﾝｸ ประเทศไทย";
    memset(&re, 0, sizeof re);
    re.p = pFast;
    re.zInner = "Café Straße 阿里，云 ＩＢＭ ガラス";
    re.outer.nText = (int)strlen(zOuter);
    int rc = newsext_tok_run(pFast, &re, 0, zOuter, re.outer.nText, reenter);
    run(pFast, zOuter, (int)strlen(zOuter), &a);
    run(pFast, re.zInner, (int)strlen(re.zInner), &b);
    if (rc == SQLITE_OK && !re.inner.bad && strcmp(re.outer.buf, a.buf) == 0 &&
        strcmp(re.inner.buf, b.buf) == 0) {
      nPass++;
    } else {
      nFail++;
      printf("FAIL re-entrant tokenization\n  outer: %s\n  alone: %s\n  inner: %s\n  alone: %s\n",
             re.outer.buf, a.buf, re.inner.buf, b.buf);
    }
  }

  newsext_tok_delete(pFast);
  newsext_tok_delete(pIcu);
  printf("tokenizer: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
