/*
** The statistical named-entity tagger: persons, organisations and places in
** Chinese text, for entities() to use where its rules find nothing.
**
**   newsext_ner_tag(z, n, "zh", &aSpan, &nSpan)   (ext/ner_model.h)
**
** and, for debugging and measuring, one SQL function:
**
**   SELECT ner_tags('俄罗斯总统普京抵达北京。');
**   -- [{"kind":"place","start":1,"length":3,"text":"俄罗斯","score":0.910},
**   --  {"kind":"person","start":6,"length":2,"text":"普京","score":0.775},
**   --  {"kind":"place","start":10,"length":2,"text":"北京","score":0.934}]
**
** ner_tags(text [, lang]) gives a JSON array of the model's spans, start
** 1-based and length in characters as substr() counts them; lang defaults
** to 'zh'; NULL text gives NULL.
**
** The model is an averaged structured perceptron over BIO tags with
** first-order Viterbi, one position per character, trained by
** tools/ner_train.py.  Featurisation here must be exactly the trainer's:
** the same normalisation (full-width -> ASCII, A-Z -> a-z, digits -> '0',
** Traditional -> Simplified through build/zh_variants.h), the same
** templates and the same feature hash (see the trainer's docstring).
** Long texts are tagged in sentence-sized pieces (split after 。！？；, new
** lines, or every NER_MAXPIECE characters), so memory is bounded whatever
** the input length.
*/
#include <math.h>
#include <string.h>

#include "ner_model.h"
#include "newsext_int.h"
#include "tokenizer.h" /* newsext_zh_simplify(): the tokenizer's T->S table */
#include "data/ner_zh.h"

#define NER_MAXPIECE 480 /* characters per piece */
/* Handicap of the O tag, in weight units times the quantisation scale: two
** units gained about 0.003 F1 on People's Daily dev and MSRA test. */
#define NER_O_BIAS ((int32_t)(2.0f * NER_ZH_SCALE))
#define NT NER_ZH_NTAG

/* Character class bits: the trainer's C_* constants. */
#define C_DIGIT 1
#define C_LATIN 4
#define C_PUNCT 8
#define C_SENT 256

#define NER_BOS 1
#define NER_EOS 2

/* Tags: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC. */
static const unsigned char aTagKind[NT] = {0, NX_NER_PERSON, NX_NER_PERSON,
                                           NX_NER_ORG,    NX_NER_ORG,
                                           NX_NER_PLACE,  NX_NER_PLACE};
static const unsigned char aTagIsI[NT] = {0, 0, 1, 0, 1, 0, 1};

static uint32_t nerNorm(uint32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) {
    c -= 0xFEE0;
  } else if (c == 0x3000) {
    c = 0x20;
  }
  if (c >= 'A' && c <= 'Z') {
    c += 32;
  } else if (c >= '0' && c <= '9') {
    c = '0';
  }
  return newsext_zh_simplify(c);
}

static unsigned nerClass(uint32_t c) {
  if (c <= 2) return C_SENT;
  if (c < 0x80) {
    if (c == '0') return C_DIGIT;
    if (c >= 'a' && c <= 'z') return C_LATIN;
    return C_PUNCT;
  }
  if (c >= 0xC0 && c <= 0x24F) return C_LATIN;
  if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
      (c >= 0xFF00 && c <= 0xFFEF) || c == 0xB7) {
    return C_PUNCT;
  }
  int lo = 0, hi = NER_ZH_NCLASS - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (aNerZhClass[mid][0] == c) return aNerZhClass[mid][1];
    if (aNerZhClass[mid][0] < c) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return 0;
}

/* The feature hash (tools/ner_train.py fnv()). */
#define H_INIT 0xcbf29ce484222325ULL
#define H_STEP(h, v) (((h) ^ (uint64_t)(v)) * 0x100000001b3ULL)
static inline uint64_t hFinal(uint64_t h) {
  h ^= h >> 32;
  return h ? h : 1;
}

static inline void addFeature(uint64_t h, int32_t *e) {
  h = hFinal(h);
  uint32_t j = (uint32_t)(h >> 7) & NER_ZH_MASK;
  for (;;) {
    const NerZhSlot *s = &aNerZh[j];
    if (s->k == h) {
      for (int t = 0; t < NT; t++) e[t] += s->w[t];
      return;
    }
    if (s->k == 0) return;
    j = (j + 1) & NER_ZH_MASK;
  }
}

static unsigned dictLookup(uint64_t h) {
  h = hFinal(h);
  uint32_t j = (uint32_t)(h >> 7) & NER_ZH_DMASK;
  while (aNerZhDictKey[j]) {
    if (aNerZhDictKey[j] == h) return aNerZhDictType[j];
    j = (j + 1) & NER_ZH_DMASK;
  }
  return 0;
}

/* Work arrays for one piece, allocated once per call. */
typedef struct NerWork {
  uint32_t aCp[NER_MAXPIECE + 6];  /* normalised, 3 sentinels each side */
  unsigned aCls[NER_MAXPIECE + 6]; /* class masks, same indexing */
  unsigned aDict[NER_MAXPIECE];    /* dictionary codes, bit type*3+pos */
  int aOff[NER_MAXPIECE + 1];      /* byte offset of each character */
  int32_t aEm[NER_MAXPIECE][NT];   /* emission scores */
  unsigned char aBp[NER_MAXPIECE][NT];
  unsigned char aTag[NER_MAXPIECE];
} NerWork;

typedef struct NerOut {
  NxNerSpan *a;
  int n, nAlloc;
} NerOut;

static int pushSpan(NerOut *o, int iStart, int iEnd, int eKind, float r) {
  if (o->n == o->nAlloc) {
    int nNew = o->nAlloc ? o->nAlloc * 2 : 16;
    NxNerSpan *a = sqlite3_realloc64(o->a, sizeof(NxNerSpan) * (sqlite3_uint64)nNew);
    if (a == 0) return SQLITE_NOMEM;
    o->a = a;
    o->nAlloc = nNew;
  }
  o->a[o->n].iStart = iStart;
  o->a[o->n].iEnd = iEnd;
  o->a[o->n].eKind = eKind;
  o->a[o->n].rScore = r;
  o->n++;
  return SQLITE_OK;
}

static void dictFeatures(NerWork *w, int n) {
  const uint32_t *c = w->aCp + 3;
  memset(w->aDict, 0, sizeof(unsigned) * (size_t)n);
  for (int s = 0; s + 1 < n; s++) {
    /* Words never contain punctuation or digits: stop there. */
    if (w->aCls[s + 3] & (C_PUNCT | C_DIGIT | C_SENT)) continue;
    uint64_t h = H_STEP(H_INIT, 0);
    h = H_STEP(h, c[s]);
    for (int L = 2; L <= NER_ZH_MAXDICT && s + L <= n; L++) {
      if (w->aCls[s + L - 1 + 3] & (C_PUNCT | C_DIGIT)) break;
      h = H_STEP(h, c[s + L - 1]);
      unsigned m = dictLookup(h);
      if (m == 0) continue;
      for (int t = 0; t < 4; t++) {
        if (!(m & (1u << t))) continue;
        w->aDict[s] |= 1u << (t * 3 + 0);
        for (int k = s + 1; k < s + L - 1; k++) w->aDict[k] |= 1u << (t * 3 + 1);
        w->aDict[s + L - 1] |= 1u << (t * 3 + 2);
      }
    }
  }
}

/* Tags one piece of n characters (w->aCp/aOff filled) of the text z[0..nText)
** and appends its spans; iEndByte is the byte offset just past the piece. */
static int tagPiece(NerWork *w, const unsigned char *z, int nText, int n,
                    int iEndByte, NerOut *o) {
  if (n == 0) return SQLITE_OK;
  uint32_t *c = w->aCp;
  unsigned *k = w->aCls;
  c[0] = c[1] = c[2] = NER_BOS;
  c[n + 3] = c[n + 4] = c[n + 5] = NER_EOS;
  for (int i = 0; i < n + 6; i++) k[i] = nerClass(c[i]);
  dictFeatures(w, n);
  w->aOff[n] = iEndByte;

  const uint64_t hBias = H_STEP(H_INIT, 13);
  for (int i = 0; i < n; i++) {
    int j = i + 3;
    int32_t *e = w->aEm[i];
    memset(e, 0, sizeof(int32_t) * NT);
    uint64_t u[5];
    for (int d = 0; d < 5; d++) u[d] = H_STEP(H_INIT, 1 + d);
    addFeature(H_STEP(u[0], c[j - 2]), e);
    addFeature(H_STEP(u[1], c[j - 1]), e);
    addFeature(H_STEP(u[2], c[j]), e);
    addFeature(H_STEP(u[3], c[j + 1]), e);
    addFeature(H_STEP(u[4], c[j + 2]), e);
    addFeature(H_STEP(H_STEP(H_STEP(H_INIT, 6), c[j - 2]), c[j - 1]), e);
    addFeature(H_STEP(H_STEP(H_STEP(H_INIT, 7), c[j - 1]), c[j]), e);
    addFeature(H_STEP(H_STEP(H_STEP(H_INIT, 8), c[j]), c[j + 1]), e);
    addFeature(H_STEP(H_STEP(H_STEP(H_INIT, 9), c[j + 1]), c[j + 2]), e);
    addFeature(H_STEP(H_STEP(H_STEP(H_STEP(H_INIT, 10), c[j - 1]), c[j]), c[j + 1]), e);
    addFeature(H_STEP(H_STEP(H_STEP(H_STEP(H_INIT, 11), k[j - 1]), k[j]), k[j + 1]), e);
    addFeature(hBias, e);
    addFeature(H_STEP(H_STEP(H_STEP(H_STEP(H_INIT, 14), c[j - 2]), c[j - 1]), c[j]), e);
    addFeature(H_STEP(H_STEP(H_STEP(H_STEP(H_INIT, 15), c[j]), c[j + 1]), c[j + 2]), e);
    {
      uint64_t h = H_STEP(H_INIT, 16);
      for (int d = -2; d <= 2; d++) h = H_STEP(h, k[j + d]);
      addFeature(h, e);
    }
#if NER_ZH_WIDE
    addFeature(H_STEP(H_STEP(H_STEP(H_INIT, 17), c[j + 2]), c[j + 3]), e);
    addFeature(H_STEP(H_STEP(H_STEP(H_INIT, 18), c[j - 3]), c[j - 2]), e);
#endif
    for (unsigned b = w->aDict[i], t = 0; b; b >>= 1, t++) {
      if (b & 1) {
        addFeature(H_STEP(H_STEP(H_STEP(H_INIT, 12), t / 3 + 1), t % 3 + 1), e);
      }
    }
  }

  /* Recall is the weaker side of the model (sentences of news have more
  ** names than the training sets): a constant handicap of the O tag. */
  for (int i = 0; i < n; i++) w->aEm[i][0] -= NER_O_BIAS;

  /* Viterbi; I-X only after B-X or I-X.  Ties go to the lowest tag, as in
  ** the trainer. */
  int32_t score[NT], next[NT];
  const int32_t NEG = -0x3fffffff;
  for (int t = 0; t < NT; t++) score[t] = aTagIsI[t] ? NEG : w->aEm[0][t];
  for (int i = 1; i < n; i++) {
    for (int cur = 0; cur < NT; cur++) {
      int32_t best = NEG;
      int arg = 0;
      int bFirst = 1;
      for (int p = 0; p < NT; p++) {
        if (aTagIsI[cur] && !(p == cur || p == cur - 1)) continue;
        int32_t v = score[p] + aNerZhTrans[p][cur];
        if (bFirst || v > best) {
          best = v;
          arg = p;
          bFirst = 0;
        }
      }
      next[cur] = best + w->aEm[i][cur];
      w->aBp[i][cur] = (unsigned char)arg;
    }
    memcpy(score, next, sizeof(score));
  }
  int t = 0;
  for (int x = 1; x < NT; x++) {
    if (score[x] > score[t]) t = x;
  }
  for (int i = n - 1; i >= 0; i--) {
    w->aTag[i] = (unsigned char)t;
    if (i > 0) t = w->aBp[i][t];
  }

  /* Spans, with a confidence from the mean emission margin over O. */
  for (int i = 0; i < n;) {
    int tg = w->aTag[i];
    if (tg == 0) {
      i++;
      continue;
    }
    int s = i;
    int64_t m = w->aEm[i][tg] - w->aEm[i][0];
    for (i++; i < n && w->aTag[i] == tg + (aTagIsI[tg] ? 0 : 1); i++) {
      m += w->aEm[i][w->aTag[i]] - w->aEm[i][0];
    }
    /* Mean margin per character in weight units, squashed: on People's
    ** Daily dev, spans with a margin near 5 were right 40% of the time,
    ** near 20 60%, above 40 75%. */
    double x = ((double)m / ((double)(i - s) * NER_ZH_SCALE) - 12.0) / 25.0;
    float r = (float)(1.0 / (1.0 + exp(-x)));
    /* Stray continuation bytes count with the character before them (as in
    ** substr()): a span neither starts nor ends inside one. */
    int iStart = w->aOff[s], iEnd = w->aOff[i];
    while (iStart < iEnd && (z[iStart] & 0xC0) == 0x80) iStart++;
    while (iEnd < nText && (z[iEnd] & 0xC0) == 0x80) iEnd++;
    if (iStart >= iEnd) continue;
    int rc = pushSpan(o, iStart, iEnd, aTagKind[tg], r);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

static int isZh(const char *zLang) {
  if (zLang == 0) return 0;
  if ((zLang[0] | 0x20) != 'z' || (zLang[1] | 0x20) != 'h') return 0;
  return zLang[2] == 0 || zLang[2] == '-' || zLang[2] == '_';
}

int newsext_ner_tag(const char *z, int n, const char *zLang, NxNerSpan **paOut,
                    int *pnOut) {
  *paOut = 0;
  *pnOut = 0;
  if (z == 0 || n <= 0 || !isZh(zLang)) return SQLITE_OK;
  NerWork *w = sqlite3_malloc64(sizeof(NerWork));
  if (w == 0) return SQLITE_NOMEM;
  NerOut o = {0, 0, 0};
  const unsigned char *u = (const unsigned char *)z;
  int rc = SQLITE_OK;
  int nc = 0;
  int i = 0;
  while (i < n && rc == SQLITE_OK) {
    int len;
    uint32_t cp = newsext_utf8_decode(u + i, n - i, &len);
    uint32_t c = nerNorm(cp);
    w->aOff[nc] = i;
    w->aCp[nc + 3] = c;
    nc++;
    i += len;
    int bEnd = (c == 0x3002 || c == '!' || c == '?' || c == ';' || c == '\n' ||
                c == '\r' || nc == NER_MAXPIECE);
    if (bEnd) {
      rc = tagPiece(w, u, n, nc, i, &o);
      nc = 0;
    }
  }
  if (rc == SQLITE_OK) rc = tagPiece(w, u, n, nc, n, &o);
  sqlite3_free(w);
  if (rc != SQLITE_OK) {
    sqlite3_free(o.a);
    return rc;
  }
  *paOut = o.a;
  *pnOut = o.n;
  return SQLITE_OK;
}

/* ------------------------------------------------------------------------
** ner_tags(text [, lang]): the spans as JSON, for debugging and measuring.
*/
static void jsonString(sqlite3_str *s, const char *z, int n) {
  sqlite3_str_appendchar(s, 1, '"');
  for (int i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c == '"' || c == '\\') {
      sqlite3_str_appendchar(s, 1, '\\');
      sqlite3_str_appendchar(s, 1, (char)c);
    } else if (c < 0x20) {
      sqlite3_str_appendf(s, "\\u%04x", c);
    } else {
      sqlite3_str_appendchar(s, 1, (char)c);
    }
  }
  sqlite3_str_appendchar(s, 1, '"');
}

static void nerTagsFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if (z == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  const char *zLang = "zh";
  if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    zLang = (const char *)sqlite3_value_text(argv[1]);
    if (zLang == 0) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
  }
  NxNerSpan *a;
  int nSpan;
  if (newsext_ner_tag(z, n, zLang, &a, &nSpan) != SQLITE_OK) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  static const char *const azKind[] = {"", "person", "org", "place"};
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendchar(s, 1, '[');
  int64_t iChar = 1, iByte = 0;
  for (int k = 0; k < nSpan; k++) {
    iChar += newsext_utf8_chars((const unsigned char *)z + iByte, a[k].iStart - iByte);
    iByte = a[k].iStart;
    int64_t nChar =
        newsext_utf8_chars((const unsigned char *)z + a[k].iStart, a[k].iEnd - a[k].iStart);
    sqlite3_str_appendf(s, "%s{\"kind\":\"%s\",\"start\":%lld,\"length\":%lld,\"text\":",
                        k ? "," : "", azKind[a[k].eKind], (long long)iChar,
                        (long long)nChar);
    jsonString(s, z + a[k].iStart, a[k].iEnd - a[k].iStart);
    sqlite3_str_appendf(s, ",\"score\":%.3f}", (double)a[k].rScore);
  }
  sqlite3_str_appendchar(s, 1, ']');
  sqlite3_free(a);
  int nOut = sqlite3_str_length(s);
  char *zOut = sqlite3_str_finish(s);
  if (zOut == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, zOut, nOut, sqlite3_free);
}

int newsext_register_ner_model(sqlite3 *db) {
  int rc = sqlite3_create_function(db, "ner_tags", 1, NEWSEXT_FUNC_FLAGS, 0,
                                   nerTagsFunc, 0, 0);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "ner_tags", 2, NEWSEXT_FUNC_FLAGS, 0,
                                 nerTagsFunc, 0, 0);
  }
  return rc;
}
