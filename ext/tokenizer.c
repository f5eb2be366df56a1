/*
** `icu`: an FTS5 tokenizer for news in every language.
**
**   CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'icu');
**   CREATE VIRTUAL TABLE th USING fts5(body,
**       tokenize = 'icu locale th remove_diacritics 0 cjk words');
**
** Options (key/value pairs, like unicode61's):
**   locale <tag>            ICU word-break rules of that locale (default root)
**   remove_diacritics 0|1   fold café to cafe (default 1; kana voicing kept)
**   chinese_variants 0|1    fold Traditional Chinese to Simplified (default 1)
**   cjk chars|words         Chinese, Japanese and Korean as one token per
**                           character (default: exact substring search) or
**                           as ICU dictionary words (smaller index)
**
** How text becomes tokens:
**  - Runs of CJK characters (Han, kana, Hangul) are cut into one token per
**    character, so a quoted query of any length matches exactly the rows
**    containing that string.  A separator token (NX_SEPARATOR) stands
**    between two such runs split only by punctuation or space, so that a
**    phrase never matches across them.
**  - Everything else is cut at ICU word boundaries (UAX #29, with ICU's
**    dictionaries for Thai, Lao, Khmer and Burmese), read straight from the
**    UTF-8 text with utext_openUTF8(), so that ICU's offsets are our byte
**    offsets.  Chunks of pure ASCII take a fast path that applies the same
**    UAX #29 rules.  Spaces, punctuation and symbols are not tokens.
**  - Each token is normalised: NFKC with full case folding (utf8proc),
**    diacritics removed, French/Italian elisions (l', d', qu'...) dropped,
**    Traditional Chinese mapped to Simplified through a table built from
**    ICU's transliterator at build time (build/zh_variants.h).
**
** The tokens depend only on the text, the options and the Unicode data of
** ICU and utf8proc; NEWSEXT_TOKENIZER_VERSION changes whenever our own rules
** do.  Invalid UTF-8 is read as U+FFFD one byte at a time.
*/
#include "tokenizer.h"

#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <utf8proc.h>

#include "zh_variants.h"

/* FTS5 stores tokens of at most this many bytes (FTS5_MAX_TOKEN_SIZE). */
#define NX_MAX_TOKEN 32768

#define NX_CJK_CHARS 0
#define NX_CJK_WORDS 1

struct NxTokenizer {
  int bRemoveDiacritics;
  int bChineseVariants;
  int eCjk;
  int bAsciiFast;       /* locale's rules for ASCII are UAX #29's */
  char zLocale[ULOC_FULLNAME_CAPACITY];
  UBreakIterator *pBrk; /* word break iterator of zLocale */
  int bBusy;            /* pBrk in use (re-entrant call): clone instead */
  unsigned char *aOut;  /* token being built (UTF-8) */
  int nOutAlloc;
  utf8proc_int32_t *aCp; /* normalisation buffer (code points) */
  int nCpAlloc;
};

/* State of one newsext_tok_run() call. */
typedef struct NxRun {
  NxTokenizer *p;
  UBreakIterator *pBrk;
  const unsigned char *z; /* whole text */
  int n;
  void *pCtx;
  int (*xToken)(void *, int, const char *, int, int, int);
  int iCjkEnd; /* end of the last CJK token if no token followed it, or -1 */
} NxRun;

/* ------------------------------------------------------------------------
** Character classes.
*/

/* Han ideographs, in every block ICU and utf8proc know. */
static int isHan(uint32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

/*
** Characters that start a one-token-per-character CJK run: Han, kana,
** Hangul, their iteration and prolonged-sound marks, and the CJK
** compatibility blocks whose NFKC forms are such characters (㈱, ㍻).
*/
static int isCjk(uint32_t c) {
  if (c < 0x1100) return 0;
  if (isHan(c)) return 1;
  if (c >= 0x3040 && c <= 0x30FF) return c != 0x30FB && c != 0x30A0;
  if (c >= 0xAC00 && c <= 0xD7A3) return 1; /* Hangul syllables */
  if (c >= 0x3005 && c <= 0x3007) return 1; /* 々 〆 〇 */
  if (c >= 0x3021 && c <= 0x3029) return 1;
  if (c >= 0x3031 && c <= 0x3035) return 1;
  if (c == 0x303B || c == 0x303C) return 1;
  if (c >= 0x1100 && c <= 0x11FF) return 1; /* Hangul jamo */
  if (c >= 0x3131 && c <= 0x318E) return 1;
  if (c >= 0x31F0 && c <= 0x31FF) return 1;
  if (c >= 0x3220 && c <= 0x3247) return 1; /* ㈠ ㈱ ... */
  if (c >= 0x3280 && c <= 0x32B0) return 1; /* ㊀ ... */
  if (c >= 0x32D0 && c <= 0x32FF) return 1; /* circled katakana, ㋿ */
  if (c >= 0x3300 && c <= 0x3357) return 1; /* ㌀ ... ㍗ */
  if (c >= 0x337B && c <= 0x337F) return 1; /* ㍻ ... ㍿ */
  if (c >= 0xA960 && c <= 0xA97F) return 1;
  if (c >= 0xD7B0 && c <= 0xD7FF) return 1;
  if (c >= 0xFF66 && c <= 0xFF9D) return 1; /* half-width katakana */
  if (c >= 0xFFA0 && c <= 0xFFDC) return 1; /* half-width Hangul */
  if (c >= 0x1B000 && c <= 0x1B16F) return 1;
  return 0;
}

/* Default-ignorable characters that normalisation drops (soft hyphen,
** zero-width characters, variation selectors, BOM). */
static int isIgnorable(uint32_t c) {
  return c == 0xAD || c == 0x34F || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0xFE00 && c <= 0xFE0F) ||
         c == 0xFEFF || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x180E;
}

/* Characters that belong to the cluster of the character before them. */
static int isNonStarter(uint32_t c) {
  if (c < 0x300) return 0;
  /* kana, Han and Hangul: only these few marks are non-starters */
  /* conjoining vowel and final jamo compose with the syllable before them
  ** (decomposed Hangul, as text from macOS often is) */
  if ((c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF)) return 1;
  if (c >= 0x3040 && c <= 0xD7AF) return c == 0x3099 || c == 0x309A;
  if (c >= 0x3000 && c < 0x3040) return c >= 0x302A && c <= 0x302F;
  if (c == 0xFF9E || c == 0xFF9F) return 1; /* half-width (semi-)voiced mark */
  if (isIgnorable(c)) return 1;
  return utf8proc_get_property((utf8proc_int32_t)c)->combining_class != 0;
}

/*
** Diacritics that remove_diacritics strips after decomposition: the generic
** combining blocks only.  Script-specific marks (Thai, Devanagari, Arabic
** vowels) and the kana voicing marks U+3099/U+309A are letters' parts and
** are never stripped: ガラス must not match カラス.
*/
static int isDiacritic(uint32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F);
}

/* Latin letters with a stroke or similar that have no decomposition but
** that readers treat as the base letter (unicode61 folds them too). */
static uint32_t foldStroke(uint32_t c) {
  switch (c) {
    case 0x0142: return 'l'; /* ł */
    case 0x00F8: return 'o'; /* ø */
    case 0x0111: return 'd'; /* đ */
    case 0x0127: return 'h'; /* ħ */
    case 0x0131: return 'i'; /* ı */
    case 0x0167: return 't'; /* ŧ */
    case 0x0180: return 'b'; /* ƀ */
    case 0x01B6: return 'z'; /* ƶ */
    case 0x0140: return 'l'; /* ŀ */
    default: return c;
  }
}

static uint32_t zhSimplify(uint32_t c) {
  if (c >= ZH_BMP_FIRST && c <= ZH_BMP_LAST) {
    uint32_t t = aZhBmp[c - ZH_BMP_FIRST];
    return t ? t : c;
  }
  int lo = 0, hi = ZH_VARIANT_COUNT - 1;
  if (c < aZhVariant[0][0] || c > aZhVariant[ZH_VARIANT_COUNT - 1][0]) return c;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (aZhVariant[mid][0] == c) return aZhVariant[mid][1];
    if (aZhVariant[mid][0] < c) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return c;
}

uint32_t newsext_zh_simplify(uint32_t c) { return zhSimplify(c); }

static int isAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

/* ------------------------------------------------------------------------
** Buffers.
*/
static int growOut(NxTokenizer *p, int64_t n) {
  if (n <= p->nOutAlloc) return SQLITE_OK;
  int64_t a = p->nOutAlloc ? p->nOutAlloc : 128;
  while (a < n) a *= 2;
  unsigned char *z = sqlite3_realloc64(p->aOut, (sqlite3_uint64)a);
  if (z == 0) return SQLITE_NOMEM;
  p->aOut = z;
  p->nOutAlloc = (int)a;
  return SQLITE_OK;
}

static int growCp(NxTokenizer *p, int64_t n) {
  if (n <= p->nCpAlloc) return SQLITE_OK;
  int64_t a = p->nCpAlloc ? p->nCpAlloc : 64;
  while (a < n) a *= 2;
  utf8proc_int32_t *z =
      sqlite3_realloc64(p->aCp, (sqlite3_uint64)a * sizeof(utf8proc_int32_t));
  if (z == 0) return SQLITE_NOMEM;
  p->aCp = z;
  p->nCpAlloc = (int)a;
  return SQLITE_OK;
}

/* ------------------------------------------------------------------------
** Normalisation.
*/

/*
** Normalises z[0..n) into p->aCp: NFKC, full case folding, diacritics
** removed (if set), ignorables dropped, Traditional Chinese simplified (if
** set).  Stops once the result is longer than any token can be.  Sets *pnCp
** to the number of code points; returns an SQLite code.
*/
static int normalise(NxTokenizer *p, const unsigned char *z, int n,
                     int *pnCp) {
  const utf8proc_option_t opt =
      UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD;
  int nCp = 0;
  int i = 0;
  int rc;
  int bCompose = 0; /* a mark or a jamo is present: composition needed */
  *pnCp = 0;
  if ((rc = growCp(p, 64)) != SQLITE_OK) return rc;
  while (i < n && nCp <= NX_MAX_TOKEN) {
    int len;
    uint32_t c = newsext_utf8_decode(z + i, n - i, &len);
    i += len;
    if (isIgnorable(c)) continue;
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c += 32;
      p->aCp[nCp++] = (utf8proc_int32_t)c;
    } else {
      utf8proc_int32_t aDec[32];
      int last = 0;
      utf8proc_ssize_t nDec = utf8proc_decompose_char(
          (utf8proc_int32_t)c, aDec, 32, opt, &last);
      if (nDec < 0 || nDec > 32) {
        aDec[0] = 0xFFFD;
        nDec = 1;
      }
      if ((rc = growCp(p, nCp + nDec + 1)) != SQLITE_OK) return rc;
      for (int k = 0; k < nDec; k++) {
        uint32_t d = (uint32_t)aDec[k];
        if (p->bRemoveDiacritics) {
          if (isDiacritic(d)) continue;
          d = foldStroke(d);
        }
        /* Canonical order of combining marks, for composition below. */
        const utf8proc_property_t *pr = utf8proc_get_property((utf8proc_int32_t)d);
        int ccc = pr->combining_class;
        int j = nCp;
        /* a second character that may compose with the first: marks
        ** (some Indic vowel signs have ccc 0) and conjoining jamo */
        if ((pr->category >= UTF8PROC_CATEGORY_MN &&
             pr->category <= UTF8PROC_CATEGORY_ME) ||
            (d >= 0x1100 && d <= 0x11FF)) {
          bCompose = 1;
        }
        if (ccc) {
          while (j > 0) {
            int prev = utf8proc_get_property(p->aCp[j - 1])->combining_class;
            if (prev <= ccc) break;
            p->aCp[j] = p->aCp[j - 1];
            j--;
          }
        }
        p->aCp[j] = (utf8proc_int32_t)d;
        nCp++;
      }
    }
    if (nCp + 2 > p->nCpAlloc && (rc = growCp(p, nCp + 2)) != SQLITE_OK) {
      return rc;
    }
  }
  if (nCp > 1 && bCompose) {
    utf8proc_ssize_t r = utf8proc_normalize_utf32(p->aCp, nCp, UTF8PROC_COMPOSE);
    if (r >= 0) nCp = (int)r;
  }
  if (p->bChineseVariants) {
    for (int k = 0; k < nCp; k++) {
      if (isHan((uint32_t)p->aCp[k])) {
        p->aCp[k] = (utf8proc_int32_t)zhSimplify((uint32_t)p->aCp[k]);
      }
    }
  }
  *pnCp = nCp;
  return SQLITE_OK;
}

/* Encodes aCp[iFirst..iLast) as UTF-8 into p->aOut, cut to NX_MAX_TOKEN at
** a character boundary; returns the byte length or a negative SQLite code. */
static int encodeCp(NxTokenizer *p, int iFirst, int iLast) {
  int rc = growOut(p, (int64_t)(iLast - iFirst) * 4 + 4);
  if (rc != SQLITE_OK) return -rc;
  int nOut = 0;
  for (int k = iFirst; k < iLast; k++) {
    unsigned char buf[4];
    int m = newsext_utf8_encode((uint32_t)p->aCp[k], buf);
    if (nOut + m > NX_MAX_TOKEN) break;
    memcpy(p->aOut + nOut, buf, (size_t)m);
    nOut += m;
  }
  return nOut;
}

/* ------------------------------------------------------------------------
** Emitting tokens.
*/
static int emit(NxRun *r, const unsigned char *zTok, int nTok, int iStart,
                int iEnd) {
  if (nTok <= 0) return SQLITE_OK;
  r->iCjkEnd = -1;
  return r->xToken(r->pCtx, 0, (const char *)zTok, nTok, iStart, iEnd);
}

/*
** French and Italian elisions: l'économie, d’après, qu'il, dell'economia.
** Returns the number of bytes of z[0..n) to skip (prefix and apostrophe),
** or 0.  Only when a letter follows, so "l'" alone stays as it is.
*/
static int elisionLength(const unsigned char *z, int n) {
  static const char *const azPrefix[] = {
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu",
      "jusqu", "quoiqu", "un", "dell", "all", "dall", "nell", "sull", "coll",
      "quell", "quest", "nessun", "buon", "sant"};
  int k = 0;
  while (k < n && k < 7 && ((z[k] | 0x20) >= 'a' && (z[k] | 0x20) <= 'z')) k++;
  if (k == 0 || k >= n) return 0;
  int nApos;
  if (z[k] == '\'') {
    nApos = 1;
  } else if (k + 2 < n && z[k] == 0xE2 && z[k + 1] == 0x80 && z[k + 2] == 0x99) {
    nApos = 3; /* U+2019 */
  } else {
    return 0;
  }
  if (k + nApos >= n) return 0;
  for (size_t i = 0; i < sizeof(azPrefix) / sizeof(azPrefix[0]); i++) {
    if ((int)strlen(azPrefix[i]) == k && sqlite3_strnicmp(azPrefix[i], (const char *)z, k) == 0) {
      int len;
      uint32_t c = newsext_utf8_decode(z + k + nApos, n - k - nApos, &len);
      utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)c);
      if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) {
        return k + nApos;
      }
      return 0;
    }
  }
  return 0;
}

/* One word (ICU segment or ASCII word) at byte offsets [iStart, iEnd). */
static int emitWord(NxRun *r, int iStart, int iEnd) {
  NxTokenizer *p = r->p;
  const unsigned char *z = r->z + iStart;
  int n = iEnd - iStart;
  int skip = elisionLength(z, n);
  z += skip;
  n -= skip;
  iStart += skip;

  int bAscii = 1;
  for (int i = 0; i < n; i++) {
    if (z[i] >= 0x80) {
      bAscii = 0;
      break;
    }
  }
  if (bAscii) {
    /* ICU marks a few lone symbols as words ("@" after "•"): a token needs
    ** a letter or a digit. */
    int bAlnum = 0;
    for (int i = 0; i < n && !bAlnum; i++) bAlnum = isAsciiAlnum(z[i]);
    if (!bAlnum) return SQLITE_OK;
    int nTok = n > NX_MAX_TOKEN ? NX_MAX_TOKEN : n;
    int rc = growOut(p, nTok);
    if (rc != SQLITE_OK) return rc;
    for (int i = 0; i < nTok; i++) {
      unsigned char c = z[i];
      p->aOut[i] = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
    }
    return emit(r, p->aOut, nTok, iStart, iEnd);
  }
  int nCp, rc = normalise(p, z, n, &nCp);
  if (rc != SQLITE_OK) return rc;
  int bAlnum = 0;
  for (int k = 0; k < nCp && !bAlnum; k++) {
    utf8proc_category_t cat = utf8proc_category(p->aCp[k]);
    bAlnum = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
             (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
             (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
  }
  if (!bAlnum) return SQLITE_OK;
  int nOut = encodeCp(p, 0, nCp);
  if (nOut < 0) return -nOut;
  return emit(r, p->aOut, nOut, iStart, iEnd);
}

/*
** A run of CJK characters [iStart, iEnd): one token per character after
** normalisation (so that ｿﾌﾄﾊﾞﾝｸ gives ソ フ ト バ ン ク and ㍻ gives 平 成),
** each with the source span of the cluster it came from.  If the previous
** token was CJK too, with only punctuation or space between, a separator
** token goes first.
*/
static int emitCjkRun(NxRun *r, int iStart, int iEnd, int *piRunEnd) {
  NxTokenizer *p = r->p;
  const unsigned char *z = r->z;
  int iSep = r->iCjkEnd; /* start of the gap before this run, or -1 */
  int i = iStart;
  int rc;
  *piRunEnd = iEnd;
  while (i < iEnd) {
    int len;
    uint32_t c = newsext_utf8_decode(z + i, iEnd - i, &len);
    if (c < 0x1100 || !isCjk(c)) {
      *piRunEnd = i; /* the run ends here */
      break;
    }
    int j = i + len;
    int bEmitted = 0;
    /* the cluster: this character and the marks that follow it */
    while (j < iEnd) {
      int l2;
      uint32_t d = newsext_utf8_decode(z + j, iEnd - j, &l2);
      if (!isNonStarter(d)) break;
      j += l2;
    }
    int bHan = c >= 0x4E00 && c <= 0x9FFF;
    int bKana = (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA);
    int bHangul = c >= 0xAC00 && c <= 0xD7A3;
    if (j == i + len && (bHan || bKana || bHangul)) {
      /* Fast path: a common character alone, already in normal form. */
      unsigned char buf[4];
      uint32_t t = (bHan && p->bChineseVariants) ? zhSimplify(c) : c;
      int m = newsext_utf8_encode(t, buf);
      if (iSep >= 0) {
        rc = emit(r, (const unsigned char *)NX_SEPARATOR, NX_SEPARATOR_LEN,
                  iSep, i);
        if (rc != SQLITE_OK) return rc;
        iSep = -1;
      }
      rc = emit(r, buf, m, i, j);
      if (rc != SQLITE_OK) return rc;
      bEmitted = 1;
    } else {
      int nCp;
      rc = normalise(p, z + i, j - i, &nCp);
      if (rc != SQLITE_OK) return rc;
      for (int k = 0; k < nCp; k++) {
        utf8proc_category_t cat = utf8proc_category(p->aCp[k]);
        if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_NO) continue;
        if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) continue;
        /* a letter keeps the marks that did not compose with it */
        int k2 = k + 1;
        while (k2 < nCp) {
          utf8proc_category_t c2 = utf8proc_category(p->aCp[k2]);
          if (c2 < UTF8PROC_CATEGORY_MN || c2 > UTF8PROC_CATEGORY_ME) break;
          k2++;
        }
        if (iSep >= 0) {
          rc = emit(r, (const unsigned char *)NX_SEPARATOR, NX_SEPARATOR_LEN,
                    iSep, i);
          if (rc != SQLITE_OK) return rc;
          iSep = -1;
        }
        int nOut = encodeCp(p, k, k2);
        if (nOut < 0) return -nOut;
        rc = emit(r, p->aOut, nOut, i, j);
        if (rc != SQLITE_OK) return rc;
        bEmitted = 1;
        k = k2 - 1;
      }
    }
    if (bEmitted) r->iCjkEnd = j;
    i = j;
  }
  return SQLITE_OK;
}

/*
** The fast path: UAX #29 word boundaries for the characters news in Latin
** script is mostly made of (ASCII, Latin-1, Latin Extended-A/B, combining
** diacritics, quotes, dashes and other common punctuation), with the same
** results as ICU's root rules, which tests/c/tokenizer_test.c checks
** against ICU on random text.  A chunk with any other character goes to ICU.
*/
#define WB_OTHER 0
#define WB_LETTER 1    /* ALetter */
#define WB_DIGIT 2     /* Numeric */
#define WB_MIDNUMLET 3 /* MidNumLet and Single_Quote: . ' ‘ ’ */
#define WB_MIDLETTER 4 /* MidLetter (ICU's root rules leave ':' out) */
#define WB_MIDNUM 5    /* MidNum: , ; */
#define WB_EXTNUMLET 6 /* ExtendNumLet: _ */
#define WB_EXTEND 7    /* Extend, Format, ZWJ: belong to the unit before */
#define WB_SPACE 8     /* white space: ends a chunk */
#define WB_UNKNOWN 9   /* not handled here: the chunk goes to ICU */

/* Classes of the ASCII characters: letters 1, digits 2, . ' 3, , ; 5,
** _ 6, space tab LF CR 8, VT FF 9 (Newline class), the rest 0 ('@' too). */
static const unsigned char aAsciiClass[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 9, 9, 8, 0, 0, /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
    8, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 5, 0, 3, 0, /* 0x20 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 5, 0, 0, 0, 0, /* 0x30 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 6, /* 0x50 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 0x70 */
};

static int wbClass(uint32_t c) {
  if (c < 0x80) return aAsciiClass[c];
  if (c < 0x250) {
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return WB_LETTER;
    if (c == 0xAD) return WB_EXTEND; /* soft hyphen (Format) */
    if (c == 0xB7) return WB_MIDLETTER;
    if (c == 0x85) return WB_UNKNOWN; /* Newline class */
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return WB_OTHER;
    return WB_LETTER;
  }
  if (c >= 0x300 && c <= 0x36F) return WB_EXTEND;
  switch (c) {
    case 0x2018: case 0x2019: case 0x2024: return WB_MIDNUMLET;
    case 0x2027: return WB_MIDLETTER;
    case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return WB_EXTEND;
    /* U+202F, the narrow no-break space of French typography, is
    ** ExtendNumLet in UAX #29 and would glue "dit :" into one token; we
    ** treat it as the space it is meant to be (tokenizeIcu does too).  ICU
    ** 72 makes '@' a letter in some contexts ("7@", "@za"): we always cut
    ** there, so that "@Reuters" is found by reuters. */
    case 0x202F: return WB_SPACE;
    case 0x20AC: case 0x2122: case 0x2116: return WB_OTHER; /* € ™ № */
    default: break;
  }
  if ((c >= 0x2010 && c <= 0x2017) || (c >= 0x201A && c <= 0x2023) ||
      c == 0x2025 || c == 0x2026 || (c >= 0x2030 && c <= 0x203E)) {
    return WB_OTHER;
  }
  /* CJK punctuation and full-width forms, between runs of CJK text */
  if (c == 0x3000) return WB_SPACE;
  if ((c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020)) {
    return WB_OTHER;
  }
  if (c >= 0xFF01 && c <= 0xFF5E) {
    if (c >= 0xFF10 && c <= 0xFF19) return WB_DIGIT;
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) {
      return WB_LETTER;
    }
    if (c == 0xFF07 || c == 0xFF0E) return WB_MIDNUMLET;
    if (c == 0xFF0C || c == 0xFF1B) return WB_MIDNUM;
    if (c == 0xFF3F) return WB_UNKNOWN; /* ＿: left to ICU */
    return WB_OTHER;
  }
  return WB_UNKNOWN;
}

static int isWordClass(int cls) {
  return cls == WB_LETTER || cls == WB_DIGIT || cls == WB_EXTNUMLET;
}

/* The unit at z[i]: one character and the Extend/Format characters after
** it.  Returns its class; *piEnd is where it ends. */
static int nextUnit(const unsigned char *z, int i, int iEnd, int *piEnd) {
  int len, cls;
  if (z[i] < 0x80) {
    cls = aAsciiClass[z[i]];
    if (i + 1 >= iEnd || z[i + 1] < 0x80) {
      *piEnd = i + 1;
      return cls;
    }
    len = 1;
  } else {
    cls = wbClass(newsext_utf8_decode(z + i, iEnd - i, &len));
    if (cls == WB_EXTEND) cls = WB_OTHER; /* a mark with no base */
  }
  i += len;
  while (i < iEnd && z[i] >= 0x80) {
    uint32_t c = newsext_utf8_decode(z + i, iEnd - i, &len);
    if (wbClass(c) != WB_EXTEND) break;
    i += len;
  }
  *piEnd = i;
  return cls;
}

/*
** A chunk [iStart, iEnd) whose characters all have a class other than
** WB_UNKNOWN: letters and digits make words (WB5, WB8-10, WB13a-b); a
** MidLetter or MidNumLet between two letters (WB6-7) and a MidNum or
** MidNumLet between two digits (WB11-12) keep the word going.
*/
static int tokenizeFast(NxRun *r, int iStart, int iEnd) {
  const unsigned char *z = r->z;
  int i = iStart;
  while (i < iEnd) {
    int e, cls = nextUnit(z, i, iEnd, &e);
    if (!isWordClass(cls)) {
      i = e;
      continue;
    }
    int s = i, prev = cls, bAlnum = (cls != WB_EXTNUMLET), j = e;
    while (j < iEnd) {
      int e2, c2 = nextUnit(z, j, iEnd, &e2);
      if (isWordClass(c2)) {
        bAlnum |= (c2 != WB_EXTNUMLET);
        prev = c2;
        j = e2;
        continue;
      }
      if ((c2 == WB_MIDNUMLET || c2 == WB_MIDLETTER || c2 == WB_MIDNUM) &&
          e2 < iEnd) {
        int e3, c3 = nextUnit(z, e2, iEnd, &e3);
        if ((prev == WB_LETTER && c3 == WB_LETTER && c2 != WB_MIDNUM) ||
            (prev == WB_DIGIT && c3 == WB_DIGIT && c2 != WB_MIDLETTER)) {
          prev = c3;
          j = e3;
          continue;
        }
      }
      break;
    }
    if (bAlnum) {
      int rc = emitWord(r, s, j);
      if (rc != SQLITE_OK) return rc;
    }
    i = j;
  }
  return SQLITE_OK;
}

/* A piece of an ICU word after a cut at '@' or U+202F: without the
** punctuation and marks left at its edges ("ñ.@" gives "ñ"). */
static int emitPart(NxRun *r, int a, int b) {
  const unsigned char *z = r->z;
  while (a < b) {
    int len, cls;
    cls = z[a] < 0x80 ? wbClass(z[a]) : wbClass(newsext_utf8_decode(z + a, b - a, &len));
    if (z[a] < 0x80) len = 1;
    if (cls != WB_MIDNUMLET && cls != WB_MIDLETTER && cls != WB_MIDNUM && cls != WB_EXTEND) break;
    a += len;
  }
  while (b > a) {
    int k = b - 1;
    while (k > a && (z[k] & 0xC0) == 0x80) k--;
    int len, cls = z[k] < 0x80 ? wbClass(z[k]) : wbClass(newsext_utf8_decode(z + k, b - k, &len));
    if (cls != WB_MIDNUMLET && cls != WB_MIDLETTER && cls != WB_MIDNUM) break;
    b = k;
  }
  return b > a ? emitWord(r, a, b) : SQLITE_OK;
}

/* Text [iStart, iEnd) through ICU's word break iterator; the words are
** split further at U+202F and '@' (see wbClass). */
static int tokenizeIcu(NxRun *r, int iStart, int iEnd) {
  UErrorCode st = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, (const char *)r->z + iStart, iEnd - iStart, &st);
  if (U_FAILURE(st)) return st == U_MEMORY_ALLOCATION_ERROR ? SQLITE_NOMEM : SQLITE_ERROR;
  ubrk_setUText(r->pBrk, &ut, &st);
  if (U_FAILURE(st)) {
    utext_close(&ut);
    return st == U_MEMORY_ALLOCATION_ERROR ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  int rc = SQLITE_OK;
  int32_t s = ubrk_first(r->pBrk), e;
  while ((e = ubrk_next(r->pBrk)) != UBRK_DONE) {
    if (ubrk_getRuleStatus(r->pBrk) >= UBRK_WORD_NONE_LIMIT) {
      /* split at U+202F and '@', which ICU may join words with (see
      ** wbClass): "dit :" is "dit", "@Reuters" is "reuters" */
      int a = iStart + s, b = iStart + e, k = a;
      while (k < b) {
        int w = r->z[k] == '@' ? 1
                : (r->z[k] == 0xE2 && k + 2 < b && r->z[k + 1] == 0x80 && r->z[k + 2] == 0xAF) ? 3
                : 0;
        if (w) {
          if (k > a && (rc = emitPart(r, a, k)) != SQLITE_OK) break;
          a = k + w;
          k = a;
        } else {
          k++;
        }
      }
      if (rc == SQLITE_OK && b > a) rc = emitPart(r, a, b);
      if (rc != SQLITE_OK) break;
    }
    s = e;
  }
  /* Detach the iterator from the text before the UText goes away. */
  static const UChar aEmpty[1] = {0};
  UErrorCode st2 = U_ZERO_ERROR;
  ubrk_setText(r->pBrk, aEmpty, 0, &st2);
  utext_close(&ut);
  return rc;
}

/*
** Non-CJK text [iStart, iEnd): cut at white space into chunks (UAX #29
** never joins across it); chunks the fast path knows every character of
** take it, consecutive other chunks go to ICU together.
*/
static int tokenizeOther(NxRun *r, int iStart, int iEnd) {
  const unsigned char *z = r->z;
  int rc = SQLITE_OK;
  if (!r->p->bAsciiFast) return tokenizeIcu(r, iStart, iEnd);
  int iIcu = -1; /* start of pending text for ICU, or -1 */
  int iWs = iStart; /* start of the white space before the chunk */
  int i = iStart;
  while (i < iEnd && rc == SQLITE_OK) {
    int s = i, bFast = 1, len = 1;
    if (z[i] >= 0x80 && wbClass(newsext_utf8_decode(z + i, iEnd - i, &len)) == WB_EXTEND) {
      /* a mark after white space belongs to it (WB4): ICU, from the space */
      bFast = 0;
      s = iWs;
    }
    /* the chunk: up to white space */
    while (i < iEnd) {
      int cls;
      if (z[i] < 0x80) {
        cls = aAsciiClass[z[i]];
        len = 1;
      } else {
        cls = wbClass(newsext_utf8_decode(z + i, iEnd - i, &len));
      }
      if (cls == WB_SPACE) break;
      if (cls == WB_UNKNOWN) bFast = 0;
      i += len;
    }
    int e = i;
    iWs = i;
    /* the white space after it */
    while (i < iEnd) {
      if (z[i] < 0x80) {
        if (wbClass(z[i]) != WB_SPACE) break;
        i++;
      } else {
        if (wbClass(newsext_utf8_decode(z + i, iEnd - i, &len)) != WB_SPACE) break;
        i += len;
      }
    }
    if (bFast) {
      if (iIcu >= 0) {
        rc = tokenizeIcu(r, iIcu, s);
        iIcu = -1;
        if (rc != SQLITE_OK) break;
      }
      rc = tokenizeFast(r, s, e);
    } else if (iIcu < 0) {
      iIcu = s;
    }
  }
  if (rc == SQLITE_OK && iIcu >= 0) rc = tokenizeIcu(r, iIcu, iEnd);
  return rc;
}

int newsext_tok_run(NxTokenizer *p, void *pCtx, int flags, const char *pText,
                    int nText,
                    int (*xToken)(void *, int, const char *, int, int, int)) {
  (void)flags; /* documents, queries and aux calls get the same tokens */
  NxRun r;
  int rc = SQLITE_OK;
  if (pText == 0 || nText <= 0) return SQLITE_OK;
  memset(&r, 0, sizeof r);
  r.p = p;
  r.z = (const unsigned char *)pText;
  r.n = nText;
  r.pCtx = pCtx;
  r.xToken = xToken;
  r.iCjkEnd = -1;
  if (p->bBusy) {
    /* Called again from inside an xToken callback of a call under way (an
    ** auxiliary function may do that): that call still uses the iterator
    ** and the buffers, so this one runs on a private copy. */
    NxTokenizer tmp = *p;
    UErrorCode st = U_ZERO_ERROR;
    tmp.aOut = 0;
    tmp.nOutAlloc = 0;
    tmp.aCp = 0;
    tmp.nCpAlloc = 0;
    tmp.bBusy = 0;
    tmp.pBrk = ubrk_clone(p->pBrk, &st);
    if (U_FAILURE(st)) return SQLITE_NOMEM;
    rc = newsext_tok_run(&tmp, pCtx, flags, pText, nText, xToken);
    ubrk_close(tmp.pBrk);
    sqlite3_free(tmp.aOut);
    sqlite3_free(tmp.aCp);
    return rc;
  }
  r.pBrk = p->pBrk;
  p->bBusy = 1;

  const unsigned char *z = r.z;
  if (p->eCjk == NX_CJK_WORDS) {
    rc = tokenizeOther(&r, 0, nText);
  } else {
    int i = 0;
    while (i < nText && rc == SQLITE_OK) {
      /* find the next CJK character */
      int j = i;
      while (j < nText) {
        if (z[j] >= 0xE1) {
          int len;
          uint32_t c = newsext_utf8_decode(z + j, nText - j, &len);
          if (isCjk(c)) break;
          j += len;
        } else {
          j++;
        }
      }
      if (j > i) {
        rc = tokenizeOther(&r, i, j);
        if (rc != SQLITE_OK || j >= nText) break;
      }
      /* the CJK run, with the marks that attach to its characters */
      rc = emitCjkRun(&r, j, nText, &i);
    }
  }

  p->bBusy = 0;
  return rc;
}

/* ------------------------------------------------------------------------
** Construction.
*/
static int setError(char **pzErr, const char *zFmt, const char *zArg) {
  if (pzErr) *pzErr = sqlite3_mprintf(zFmt, zArg);
  return SQLITE_ERROR;
}

static int parseBool(const char *zKey, const char *zVal, int *pOut,
                     char **pzErr) {
  if (zVal[0] && zVal[1] == 0 && (zVal[0] == '0' || zVal[0] == '1')) {
    *pOut = zVal[0] - '0';
    return SQLITE_OK;
  }
  if (pzErr) {
    *pzErr = sqlite3_mprintf("bad value '%s' for option '%s' (expected 0 or 1)",
                             zVal, zKey);
  }
  return SQLITE_ERROR;
}

/* Locales whose word rules for ASCII are plain UAX #29. */
static int asciiFastLocale(const char *zLocale) {
  return strstr(zLocale, "POSIX") == 0 && strstr(zLocale, "posix") == 0 &&
         strchr(zLocale, '@') == 0;
}

static int checkLocale(const char *zLoc, char **pzErr) {
  char zLang[ULOC_LANG_CAPACITY];
  UErrorCode st = U_ZERO_ERROR;
  if (strlen(zLoc) >= ULOC_FULLNAME_CAPACITY) {
    return setError(pzErr, "bad value '%s' for option 'locale' (too long)", zLoc);
  }
  for (const char *z = zLoc; *z; z++) {
    if (!isAsciiAlnum((unsigned char)*z) && !strchr("_-@=;", *z)) {
      return setError(pzErr, "bad value '%s' for option 'locale'", zLoc);
    }
  }
  if (strcmp(zLoc, "root") == 0 || zLoc[0] == 0) return SQLITE_OK;
  uloc_getLanguage(zLoc, zLang, sizeof zLang, &st);
  if (U_FAILURE(st) || zLang[0] == 0) {
    return setError(pzErr, "bad value '%s' for option 'locale' (no language)", zLoc);
  }
  for (const char *const *az = uloc_getISOLanguages(); *az; az++) {
    if (strcmp(*az, zLang) == 0) return SQLITE_OK;
  }
  return setError(pzErr, "bad value '%s' for option 'locale' (unknown language)", zLoc);
}

int newsext_tok_create(const char **azArg, int nArg, NxTokenizer **ppTok,
                       char **pzErr) {
  NxTokenizer *p;
  int rc = SQLITE_OK;
  *ppTok = 0;
  if (pzErr) *pzErr = 0;
  p = sqlite3_malloc64(sizeof(*p));
  if (p == 0) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->bRemoveDiacritics = 1;
  p->bChineseVariants = 1;
  p->eCjk = NX_CJK_CHARS;
  strcpy(p->zLocale, "root");

  for (int i = 0; i < nArg && rc == SQLITE_OK; i += 2) {
    const char *zKey = azArg[i];
    const char *zVal = i + 1 < nArg ? azArg[i + 1] : 0;
    if (zVal == 0) {
      if (strcmp(zKey, "locale") && strcmp(zKey, "remove_diacritics") &&
          strcmp(zKey, "chinese_variants") && strcmp(zKey, "cjk")) {
        rc = setError(pzErr, "unknown option '%s'", zKey);
      } else {
        rc = setError(pzErr, "option '%s' needs a value", zKey);
      }
    } else if (strcmp(zKey, "remove_diacritics") == 0) {
      rc = parseBool(zKey, zVal, &p->bRemoveDiacritics, pzErr);
    } else if (strcmp(zKey, "chinese_variants") == 0) {
      rc = parseBool(zKey, zVal, &p->bChineseVariants, pzErr);
    } else if (strcmp(zKey, "cjk") == 0) {
      if (strcmp(zVal, "chars") == 0) {
        p->eCjk = NX_CJK_CHARS;
      } else if (strcmp(zVal, "words") == 0) {
        p->eCjk = NX_CJK_WORDS;
      } else {
        if (pzErr) {
          *pzErr = sqlite3_mprintf(
              "bad value '%s' for option 'cjk' (expected chars or words)", zVal);
        }
        rc = SQLITE_ERROR;
      }
    } else if (strcmp(zKey, "locale") == 0) {
      rc = checkLocale(zVal, pzErr);
      if (rc == SQLITE_OK) strcpy(p->zLocale, zVal[0] ? zVal : "root");
    } else {
      rc = setError(pzErr, "unknown option '%s'", zKey);
    }
  }
  if (rc == SQLITE_OK) {
    UErrorCode st = U_ZERO_ERROR;
    p->bAsciiFast = asciiFastLocale(p->zLocale);
    p->pBrk = ubrk_open(UBRK_WORD, p->zLocale, 0, 0, &st);
    if (U_FAILURE(st)) {
      if (pzErr) *pzErr = sqlite3_mprintf("ICU error in ubrk_open(): %s", u_errorName(st));
      rc = st == U_MEMORY_ALLOCATION_ERROR ? SQLITE_NOMEM : SQLITE_ERROR;
      p->pBrk = 0;
    }
  }
  if (rc != SQLITE_OK) {
    newsext_tok_delete(p);
    return rc;
  }
  *ppTok = p;
  return SQLITE_OK;
}

void newsext_tok_set_fastpath(NxTokenizer *p, int bOn) {
  p->bAsciiFast = bOn && asciiFastLocale(p->zLocale);
}

void newsext_tok_delete(NxTokenizer *p) {
  if (p == 0) return;
  if (p->pBrk) ubrk_close(p->pBrk);
  sqlite3_free(p->aOut);
  sqlite3_free(p->aCp);
  sqlite3_free(p);
}

/* ------------------------------------------------------------------------
** FTS5 glue.
*/
static int fts5IcuCreate(void *pUnused, const char **azArg, int nArg,
                         Fts5Tokenizer **ppOut) {
  (void)pUnused;
  NxTokenizer *p = 0;
  char *zErr = 0;
  int rc = newsext_tok_create(azArg, nArg, &p, &zErr);
  if (rc != SQLITE_OK) {
    /* FTS5 reports only "error in tokenizer constructor"; the log and
    ** tokens('', '<options>') say which option is wrong. */
    sqlite3_log(rc, "icu tokenizer: %s", zErr ? zErr : sqlite3_errstr(rc));
    sqlite3_free(zErr);
    return rc;
  }
  *ppOut = (Fts5Tokenizer *)p;
  return SQLITE_OK;
}

static void fts5IcuDelete(Fts5Tokenizer *pTok) {
  newsext_tok_delete((NxTokenizer *)pTok);
}

static int fts5IcuTokenize(Fts5Tokenizer *pTok, void *pCtx, int flags,
                           const char *pText, int nText,
                           int (*xToken)(void *, int, const char *, int, int,
                                         int)) {
  return newsext_tok_run((NxTokenizer *)pTok, pCtx, flags, pText, nText,
                         xToken);
}

static fts5_api *fts5Api(sqlite3 *db) {
  fts5_api *pRet = 0;
  sqlite3_stmt *pStmt = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0) == SQLITE_OK) {
    sqlite3_bind_pointer(pStmt, 1, (void *)&pRet, "fts5_api_ptr", 0);
    sqlite3_step(pStmt);
  }
  sqlite3_finalize(pStmt);
  return pRet;
}

int newsext_register_tokenizer(sqlite3 *db) {
  /* FTS5 copies the struct: it need not outlive this call. */
  fts5_tokenizer tok = {fts5IcuCreate, fts5IcuDelete, fts5IcuTokenize};
  fts5_api *pApi = fts5Api(db);
  /* A SQLite built without FTS5: tokens() still works, the FTS5 tokenizer
  ** cannot exist. */
  if (pApi == 0 || pApi->iVersion < 2) return SQLITE_OK;
  return pApi->xCreateTokenizer(pApi, "icu", 0, &tok, 0);
}
