/*
** Fuzz target: the `icu` tokenizer through its internal API (ext/tokenizer.h),
** in document, query, prefix-query and auxiliary mode, under every option
** set.  Input: byte 0 picks the option set, byte 1 the mode; the rest is
** the text.  Checks, besides the sanitizers:
**   - every token lies inside the input: 0 <= start <= end <= n;
**   - 0 < token length <= 32768 (FTS5_MAX_TOKEN_SIZE) and valid UTF-8;
**   - starts never go backwards (FTS5 positions follow the text);
**   - determinism: a second run, on a second tokenizer with the same options,
**     in another mode, gives the same tokens and offsets;
**   - a re-entrant run from inside xToken (what auxiliary functions do)
**     gives the same tokens as a top-level run.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"

#ifndef FTS5_TOKENIZE_QUERY
#define FTS5_TOKENIZE_QUERY 0x0001
#define FTS5_TOKENIZE_PREFIX 0x0002
#define FTS5_TOKENIZE_DOCUMENT 0x0004
#define FTS5_TOKENIZE_AUX 0x0008
#endif

static const char *const azLocale[] = {"root", "th", "ja", "en_US_POSIX", "de",
                                       "zh", "km", "fr"};
#define N_LOCALE (int)(sizeof(azLocale) / sizeof(azLocale[0]))
#define N_OPTSET (N_LOCALE * 8)

static const int aMode[] = {FTS5_TOKENIZE_DOCUMENT, FTS5_TOKENIZE_QUERY,
                            FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX,
                            FTS5_TOKENIZE_AUX};

/* Two tokenizers per option set, built on first use (the fuzzer is one
** thread; these live until exit, as a fuzz target's fixtures do, and are
** freed then). */
static NxTokenizer *apTok[N_OPTSET][2];

static void freeAll(void) {
  for (int i = 0; i < N_OPTSET; i++) {
    newsext_tok_delete(apTok[i][0]);
    newsext_tok_delete(apTok[i][1]);
    apTok[i][0] = apTok[i][1] = 0;
  }
}

static NxTokenizer *getTok(int iSet, int k) {
  static int bAtExit = 0;
  if (!bAtExit) {
    atexit(freeAll); /* so that valgrind and LeakSanitizer see no leak */
    bAtExit = 1;
  }
  if (apTok[iSet][k] == 0) {
    int iLoc = iSet / 8, b = iSet % 8;
    const char *az[8] = {"locale",           azLocale[iLoc],
                         "remove_diacritics", (b & 1) ? "0" : "1",
                         "chinese_variants",  (b & 2) ? "0" : "1",
                         "cjk",               (b & 4) ? "words" : "chars"};
    char *zErr = 0;
    if (newsext_tok_create(az, 8, &apTok[iSet][k], &zErr) != SQLITE_OK) {
      fprintf(stderr, "fuzz_tokenizer: cannot create tokenizer: %s\n",
              zErr ? zErr : "?");
      abort();
    }
  }
  return apTok[iSet][k];
}

typedef struct Tok {
  int iStart, iEnd, n;
  uint64_t h;
  char zHead[24]; /* the token's first bytes, for messages */
} Tok;

typedef struct Sink Sink;
struct Sink {
  int n;     /* input length */
  Tok *a;
  int nTok, nAlloc;
  NxTokenizer *pReenter; /* if set: run again from inside the first xToken */
  struct Sink *pInner;    /* ... collecting into this sink */
  const char *zText;
  int bReentered;
};

static uint64_t hashBytes(const char *z, int n) {
  uint64_t h = 1469598103934665603ULL;
  for (int i = 0; i < n; i++) {
    h ^= (unsigned char)z[i];
    h *= 1099511628211ULL;
  }
  return h;
}

static int validUtf8(const unsigned char *z, int n) {
  for (int i = 0; i < n;) {
    int len;
    uint32_t c = newsext_utf8_decode(z + i, n - i, &len);
    if (c == 0xFFFD && !(len == 3 && z[i] == 0xEF)) return 0;
    i += len;
  }
  return 1;
}

static int collect(void *pCtx, int tflags, const char *zTok, int nTok,
                   int iStart, int iEnd);

static int runOnce(NxTokenizer *p, int flags, const char *z, int n, Sink *s) {
  s->n = n;
  s->nTok = 0;
  s->zText = z;
  return newsext_tok_run(p, s, flags, z, n, collect);
}

static void sameTokens(const Sink *a, const Sink *b, const char *zWhat) {
  if (a->nTok != b->nTok) {
    fprintf(stderr, "fuzz_tokenizer: %s: %d tokens, then %d\n", zWhat,
            a->nTok, b->nTok);
    abort();
  }
  for (int i = 0; i < a->nTok; i++) {
    const Tok *x = &a->a[i], *y = &b->a[i];
    if (x->iStart != y->iStart || x->iEnd != y->iEnd || x->n != y->n ||
        x->h != y->h) {
      fprintf(stderr,
              "fuzz_tokenizer: %s: token %d differs: [%d, %d) '%s' (%d "
              "bytes), then [%d, %d) '%s' (%d bytes)\n",
              zWhat, i, a->a[i].iStart, a->a[i].iEnd, a->a[i].zHead,
              a->a[i].n, b->a[i].iStart, b->a[i].iEnd, b->a[i].zHead,
              b->a[i].n);
      abort();
    }
  }
}

static int collect(void *pCtx, int tflags, const char *zTok, int nTok,
                   int iStart, int iEnd) {
  Sink *s = pCtx;
  if (tflags != 0 || nTok <= 0 || nTok > 32768 || iStart < 0 ||
      iStart > iEnd || iEnd > s->n) {
    fprintf(stderr,
            "fuzz_tokenizer: bad token: flags %d length %d [%d, %d) of %d\n",
            tflags, nTok, iStart, iEnd, s->n);
    abort();
  }
  if (!validUtf8((const unsigned char *)zTok, nTok)) {
    fprintf(stderr, "fuzz_tokenizer: token is not valid UTF-8\n");
    abort();
  }
  if (s->nTok > 0 && iStart < s->a[s->nTok - 1].iStart) {
    fprintf(stderr, "fuzz_tokenizer: start %d before previous start %d\n",
            iStart, s->a[s->nTok - 1].iStart);
    abort();
  }
  if (s->nTok == s->nAlloc) {
    s->nAlloc = s->nAlloc ? s->nAlloc * 2 : 64;
    s->a = realloc(s->a, sizeof(Tok) * (size_t)s->nAlloc);
    if (s->a == 0) abort();
  }
  Tok *t = &s->a[s->nTok++];
  t->iStart = iStart;
  t->iEnd = iEnd;
  t->n = nTok;
  t->h = hashBytes(zTok, nTok);
  memset(t->zHead, 0, sizeof t->zHead);
  memcpy(t->zHead, zTok, nTok < 23 ? (size_t)nTok : 23);
  if (s->pReenter && !s->bReentered) {
    /* Auxiliary functions tokenize again while a run is under way. */
    s->bReentered = 1;
    int rc = runOnce(s->pReenter, FTS5_TOKENIZE_AUX, s->zText, s->n, s->pInner);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2 || size > 1 << 20) return 0;
  int iSet = data[0] % N_OPTSET;
  int mode = aMode[data[1] % 4];
  int mode2 = aMode[(data[1] / 4) % 4];
  const char *z = (const char *)data + 2;
  int n = (int)size - 2;

  Sink a, b, c;
  memset(&a, 0, sizeof a);
  memset(&b, 0, sizeof b);
  memset(&c, 0, sizeof c);
  if (runOnce(getTok(iSet, 0), mode, z, n, &a) != SQLITE_OK) abort();
  if (runOnce(getTok(iSet, 1), mode2, z, n, &b) != SQLITE_OK) abort();
  sameTokens(&a, &b, "second tokenizer");

  /* again on the first tokenizer, re-entering it from the first token */
  b.pReenter = getTok(iSet, 0);
  b.pInner = &c;
  if (runOnce(getTok(iSet, 0), mode, z, n, &b) != SQLITE_OK) abort();
  sameTokens(&a, &b, "outer run of a re-entrant pair");
  if (a.nTok > 0) sameTokens(&a, &c, "inner run of a re-entrant pair");
  free(a.a);
  free(b.a);
  free(c.a);
  return 0;
}
