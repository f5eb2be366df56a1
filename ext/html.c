/*
** html_text(html): the readable text of an HTML fragment or page, as a
** browser shows it, for indexing and reading.
**
**   SELECT html_text('<p>Caf&eacute; <b>open</b><p>Tom &amp; Jerry');
**   -- Café open
**   --
**   -- Tom & Jerry
**   SELECT html_text('AT&amp;T  said');   -- 'AT&T  said' (plain text)
**
** Rules (README.md, "html_text()", says the same for users):
** - Tags and comments are dropped.  The contents of script, style, noscript,
**   template, title, iframe, noembed and noframes are dropped; everything a
**   head may hold is one of those or empty (meta, link, base), so the head
**   shows nothing.  As in a browser, text inside <head> ends the head and is
**   shown.
** - All HTML5 named character references (ext/data/html_entities.h, 2231
**   names, the 106 legacy ones also without ';') and numeric ones are
**   decoded with the HTML5 rules: 0, surrogates and values above U+10FFFF
**   give U+FFFD, &#128;..&#159; are read as Windows-1252.
** - Block elements (p, div, li, h1-h6, tr, br, ...) become line breaks; p and
**   h1-h6 are followed by an empty line; table cells are separated by a space.
**   Runs of ASCII white space become one space, lines are trimmed, never more
**   than one empty line in a row.  Inside pre and textarea line breaks stay.
** - Markup is read as the HTML5 tokenizer reads it: a '<' that does not start
**   a tag is text, quoted attribute values may hold '>', an unclosed comment
**   or a tag cut off by the end of the input hides the rest, an unclosed
**   script hides the rest.
** - Input without any markup is plain text: only references are decoded and
**   the white space is left as it is.
** - NULL gives NULL; numbers and BLOBs are read as text; invalid UTF-8 is
**   copied through unchanged.
**
** One pass over the input: a byte-class table finds the next '<', '&' or
** white space, and runs of text in between are copied with memcpy.
*/
#include <string.h>

#include "newsext_int.h"

#include "data/html_entities.h"

/* ---- output ----------------------------------------------------------- */

typedef struct HtmlOut {
  unsigned char *z;
  int64_t n, nAlloc;
  int bHtml;     /* markup seen: white space is collapsed */
  int bSpace;    /* white space pending before the next text */
  int nBreak;    /* line breaks required by block boundaries (0..2) */
  int nBr;       /* forced line breaks (<br>, newlines in pre) */
  int nPre;      /* open pre/listing elements */
  int nTemplate; /* open template elements: their contents are hidden */
  int rc;        /* SQLITE_NOMEM after a failed allocation */
} HtmlOut;

static int outGrow(HtmlOut *p, int64_t nMore) {
  if (p->rc) return 0;
  if (p->n + nMore <= p->nAlloc) return 1;
  int64_t nNew = p->nAlloc * 2 + nMore + 64;
  unsigned char *z = sqlite3_realloc64(p->z, (sqlite3_uint64)nNew);
  if (z == 0) {
    p->rc = SQLITE_NOMEM;
    return 0;
  }
  p->z = z;
  p->nAlloc = nNew;
  return 1;
}

/* Writes the line breaks or the space that are due before more text. */
static void outFlush(HtmlOut *p) {
  int nl = p->nBreak > p->nBr ? p->nBreak : p->nBr;
  if (nl > 2) nl = 2;
  if (p->n > 0 && outGrow(p, 2)) {
    if (nl > 0) {
      p->z[p->n++] = '\n';
      if (nl > 1) p->z[p->n++] = '\n';
    } else if (p->bSpace) {
      p->z[p->n++] = ' ';
    }
  }
  p->nBreak = p->nBr = p->bSpace = 0;
}

/* Text that is not white space. */
static void outText(HtmlOut *p, const unsigned char *z, int64_t n) {
  if (p->nTemplate > 0 || n <= 0) return;
  if (p->bHtml && (p->bSpace | p->nBreak | p->nBr)) outFlush(p);
  if (!outGrow(p, n)) return;
  memcpy(p->z + p->n, z, (size_t)n);
  p->n += n;
}

/* One white-space byte c of the text. */
static void outSpace(HtmlOut *p, unsigned char c) {
  if (p->nTemplate > 0) return;
  if (!p->bHtml) {
    if (outGrow(p, 1)) p->z[p->n++] = c;
  } else if (p->nPre > 0 && (c == '\n' || c == '\r')) {
    p->nBr++;
    p->bSpace = 0;
  } else {
    p->bSpace = 1;
  }
}

/* A block boundary that needs nl line breaks (1, or 2 for p and h1-h6). */
static void outBlock(HtmlOut *p, int nl) {
  if (p->nTemplate > 0) return;
  if (nl > p->nBreak) p->nBreak = nl;
  p->bSpace = 0;
}

/*
** The first markup turns plain text into HTML: what was copied verbatim so
** far is only text and references, so collapsing its white space now gives
** what reading it as HTML from the start would have given.
*/
static void outStartHtml(HtmlOut *p) {
  int64_t j = 0;
  int bSpace = 0;
  p->bHtml = 1;
  for (int64_t i = 0; i < p->n; i++) {
    unsigned char c = p->z[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      bSpace = 1;
    } else {
      if (bSpace && j > 0) p->z[j++] = ' ';
      bSpace = 0;
      p->z[j++] = c;
    }
  }
  p->n = j;
  p->bSpace = bSpace;
}

/* ---- character references --------------------------------------------- */

/* HTML5: &#128;..&#159; name the Windows-1252 characters; 0 = unchanged. */
static const uint16_t aCp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

static int isAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int hexValue(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/* The entity named exactly z[0..n) (';' included if any), or NULL. */
static const HtmlEntity *entityFind(const unsigned char *z, int n) {
  int lo = 0, hi = HTML_ENTITY_COUNT - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    const HtmlEntity *e = &aHtmlEntity[mid];
    int m = n < e->nName ? n : e->nName;
    int c = memcmp(e->zName, z, (size_t)m);
    if (c == 0) c = e->nName - n;
    if (c == 0) return e;
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return 0;
}

/*
** Decodes the character reference at z[i] == '&'.  On success writes its
** characters (UTF-8, at most 6 bytes) to zOut, sets *pnOut and returns the
** index after it; otherwise returns i with *pnOut = 0 (the '&' is text).
*/
static int64_t decodeRef(const unsigned char *z, int64_t n, int64_t i,
                         unsigned char *zOut, int *pnOut) {
  int64_t j = i + 1;
  *pnOut = 0;
  if (j < n && z[j] == '#') {
    int bHex = 0;
    uint32_t v = 0;
    int64_t k;
    j++;
    if (j < n && (z[j] | 0x20) == 'x') {
      bHex = 1;
      j++;
    }
    for (k = j; k < n; k++) {
      int d = bHex ? hexValue(z[k]) : (z[k] >= '0' && z[k] <= '9' ? z[k] - '0' : -1);
      if (d < 0) break;
      v = v * (bHex ? 16 : 10) + (uint32_t)d;
      if (v > 0x10FFFF) v = 0x110000; /* stays out of range, no overflow */
    }
    if (k == j) return i; /* "&#" or "&#x" without digits: text */
    if (k < n && z[k] == ';') k++;
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
      v = 0xFFFD;
    } else if (v >= 0x80 && v <= 0x9F && aCp1252[v - 0x80]) {
      v = aCp1252[v - 0x80];
    }
    *pnOut = newsext_utf8_encode(v, zOut);
    return k;
  }
  /* Named: the longest name of the table that the text starts with.  A
  ** name with ';' must be the whole alphanumeric run; shorter matches can
  ** only be legacy names, which are at most HTML_ENTITY_MAX_LEGACY long. */
  int64_t k = j;
  while (k < n && k - j < HTML_ENTITY_MAX_NAME && isAlnum(z[k])) k++;
  int nRun = (int)(k - j);
  if (nRun == 0) return i;
  const HtmlEntity *e = 0;
  if (k < n && z[k] == ';') e = entityFind(z + j, nRun + 1);
  if (e == 0) {
    int m = nRun < HTML_ENTITY_MAX_LEGACY ? nRun : HTML_ENTITY_MAX_LEGACY;
    for (; m >= 2 && e == 0; m--) e = entityFind(z + j, m);
  }
  if (e == 0) return i;
  memcpy(zOut, e->zText, e->nText);
  *pnOut = e->nText;
  return j + e->nName;
}

/* ---- elements ---------------------------------------------------------- */

#define EL_DROP 0x01     /* raw text, contents hidden (script, style, ...) */
#define EL_RAW 0x02      /* raw text shown as written (xmp) */
#define EL_RCDATA 0x04   /* text with references, shown (textarea) */
#define EL_PRE 0x08      /* line breaks inside are kept */
#define EL_TEMPLATE 0x10 /* contents hidden, parsed as markup */
#define EL_PLAIN 0x20    /* the rest of the input is text (plaintext) */
#define EL_BR 0x40       /* a forced line break */
#define EL_CELL 0x80     /* table cell: a space between cells */

typedef struct HtmlElement {
  const char *zName;
  unsigned char nBreak; /* line breaks at its start and end tags */
  unsigned char flags;
} HtmlElement;

/* Sorted by name for bsearch; elements not listed are inline. */
static const HtmlElement aElement[] = {
    {"address", 1, 0},   {"article", 1, 0},     {"aside", 1, 0},
    {"blockquote", 1, 0}, {"body", 1, 0},       {"br", 0, EL_BR},
    {"caption", 1, 0},   {"center", 1, 0},      {"dd", 1, 0},
    {"details", 1, 0},   {"dialog", 1, 0},      {"dir", 1, 0},
    {"div", 1, 0},       {"dl", 1, 0},          {"dt", 1, 0},
    {"fieldset", 1, 0},  {"figcaption", 1, 0},  {"figure", 1, 0},
    {"footer", 1, 0},    {"form", 1, 0},        {"frameset", 1, 0},
    {"h1", 2, 0},        {"h2", 2, 0},          {"h3", 2, 0},
    {"h4", 2, 0},        {"h5", 2, 0},          {"h6", 2, 0},
    {"head", 1, 0},      {"header", 1, 0},      {"hgroup", 1, 0},
    {"hr", 1, 0},        {"html", 1, 0},        {"iframe", 0, EL_DROP},
    {"legend", 1, 0},    {"li", 1, 0},          {"listing", 1, EL_PRE},
    {"main", 1, 0},      {"menu", 1, 0},        {"nav", 1, 0},
    {"noembed", 0, EL_DROP}, {"noframes", 0, EL_DROP},
    {"noscript", 0, EL_DROP}, {"ol", 1, 0},     {"optgroup", 1, 0},
    {"option", 1, 0},    {"p", 2, 0},           {"plaintext", 1, EL_PLAIN},
    {"pre", 1, EL_PRE},  {"script", 0, EL_DROP}, {"section", 1, 0},
    {"style", 0, EL_DROP}, {"summary", 1, 0},   {"table", 1, 0},
    {"tbody", 1, 0},     {"td", 0, EL_CELL},    {"template", 0, EL_TEMPLATE},
    {"textarea", 1, EL_RCDATA}, {"tfoot", 1, 0}, {"th", 0, EL_CELL},
    {"thead", 1, 0},     {"title", 0, EL_DROP}, {"tr", 1, 0},
    {"ul", 1, 0},        {"xmp", 1, EL_RAW},
};

static const HtmlElement *elementFind(const char *z, int n) {
  int lo = 0, hi = (int)(sizeof(aElement) / sizeof(aElement[0])) - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int c = strncmp(aElement[mid].zName, z, (size_t)n);
    /* equal up to a NUL in z (a tag name may contain one): no element */
    if (c == 0 && strlen(aElement[mid].zName) != (size_t)n) c = 1;
    if (c == 0) return &aElement[mid];
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return 0;
}

/* ---- the tokenizer ------------------------------------------------------ */

/* Byte classes: 1 = white space, 2 = '<', 3 = '&', 0 = other text. */
static const unsigned char aClass[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
    ['<'] = 2,  ['&'] = 3,
};

static int isSpace(unsigned char c) { return aClass[c] == 1; }
static int isAlpha(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/*
** Skips the attributes of a tag whose name ends at z[i]: returns the index
** of the '>' that closes the tag, or n if the input ends first.  Quoted
** values may hold '>'; quotes elsewhere are part of a name (HTML5 8.2.4).
*/
static int64_t skipAttributes(const unsigned char *z, int64_t n, int64_t i) {
  for (;;) {
    while (i < n && (isSpace(z[i]) || z[i] == '/')) i++;
    if (i >= n || z[i] == '>') return i;
    i++; /* the first character of a name may be anything, '=' too */
    while (i < n && !isSpace(z[i]) && z[i] != '/' && z[i] != '>' && z[i] != '=') i++;
    while (i < n && isSpace(z[i])) i++;
    if (i >= n || z[i] != '=') continue;
    i++;
    while (i < n && isSpace(z[i])) i++;
    if (i >= n) return n;
    if (z[i] == '"' || z[i] == '\'') {
      const unsigned char *q = memchr(z + i + 1, z[i], (size_t)(n - i - 1));
      if (q == 0) return n;
      i = (q - z) + 1;
    } else {
      while (i < n && !isSpace(z[i]) && z[i] != '>') i++;
    }
  }
}

/* Index of the end tag "</zName" (any case, then space, '/' or '>') at or
** after i, or n. */
static int64_t findEndTag(const unsigned char *z, int64_t n, int64_t i,
                          const char *zName, int nName) {
  while (i < n) {
    const unsigned char *q = memchr(z + i, '<', (size_t)(n - i));
    if (q == 0) return n;
    i = q - z;
    if (i + 2 + nName < n && z[i + 1] == '/' &&
        sqlite3_strnicmp((const char *)z + i + 2, zName, nName) == 0) {
      unsigned char c = z[i + 2 + nName];
      if (isSpace(c) || c == '/' || c == '>') return i;
    }
    i++;
  }
  return n;
}

static void emitRange(HtmlOut *p, const unsigned char *z, int64_t a, int64_t b,
                      int bRefs);

/* Index after the '>' at or after i, or n. */
static int64_t skipTo(const unsigned char *z, int64_t n, int64_t i, unsigned char c) {
  const unsigned char *q = i < n ? memchr(z + i, c, (size_t)(n - i)) : 0;
  return q ? (q - z) + 1 : n;
}

/* End of the comment that starts with "<!--" at z[i]. */
static int64_t skipComment(const unsigned char *z, int64_t n, int64_t i) {
  int64_t j = i + 4;
  if (j < n && z[j] == '>') return j + 1; /* <!--> */
  if (j + 1 < n && z[j] == '-' && z[j + 1] == '>') return j + 2; /* <!---> */
  while (j < n) {
    const unsigned char *q = memchr(z + j, '-', (size_t)(n - j));
    if (q == 0) return n;
    j = q - z;
    if (j + 2 < n && z[j + 1] == '-' && z[j + 2] == '>') return j + 3;
    if (j + 3 < n && z[j + 1] == '-' && z[j + 2] == '!' && z[j + 3] == '>') return j + 4;
    j++;
  }
  return n;
}

/*
** Handles the markup at z[i] == '<'.  Returns the index after it, or i when
** the '<' is text.
*/
static int64_t doMarkup(HtmlOut *p, const unsigned char *z, int64_t n, int64_t i) {
  if (i + 1 >= n) return i;
  unsigned char c = z[i + 1];
  int bEnd = 0;
  int64_t j;
  if (c == '!') {
    if (!p->bHtml) outStartHtml(p);
    if (i + 3 < n && z[i + 2] == '-' && z[i + 3] == '-') return skipComment(z, n, i);
    return skipTo(z, n, i + 2, '>'); /* doctype, CDATA: a bogus comment */
  }
  if (c == '?') {
    if (!p->bHtml) outStartHtml(p);
    return skipTo(z, n, i + 2, '>');
  }
  if (c == '/') {
    if (i + 2 >= n) return i; /* "</" at the end is text */
    if (!p->bHtml) outStartHtml(p);
    if (z[i + 2] == '>') return i + 3;
    if (!isAlpha(z[i + 2])) return skipTo(z, n, i + 2, '>');
    bEnd = 1;
    j = i + 2;
  } else if (isAlpha(c)) {
    if (!p->bHtml) outStartHtml(p);
    j = i + 1;
  } else {
    return i;
  }

  /* Tag name, lower-cased into a small buffer; longer names are inline. */
  char zName[12];
  int nName = 0;
  int64_t k = j;
  while (k < n && !isSpace(z[k]) && z[k] != '/' && z[k] != '>') {
    if (nName < (int)sizeof(zName)) {
      unsigned char ch = z[k];
      zName[nName] = (char)(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch);
    }
    nName++;
    k++;
  }
  int64_t gt = skipAttributes(z, n, k);
  if (gt >= n) return n; /* a tag cut off by the end shows nothing */
  int64_t next = gt + 1;
  const HtmlElement *el = nName <= (int)sizeof(zName) ? elementFind(zName, nName) : 0;
  if (el == 0) return next;

  if (el->flags & EL_TEMPLATE) {
    if (bEnd) {
      if (p->nTemplate > 0) p->nTemplate--;
    } else {
      p->nTemplate++;
    }
    return next;
  }
  if (el->flags & EL_BR) {
    if (p->nTemplate == 0) {
      p->nBr++;
      p->bSpace = 0;
    }
    return next;
  }
  if (el->flags & EL_CELL) {
    if (p->nTemplate == 0) p->bSpace = 1;
    return next;
  }
  if (el->nBreak) outBlock(p, el->nBreak);
  if (bEnd) {
    if ((el->flags & EL_PRE) && p->nPre > 0) p->nPre--;
    return next;
  }
  if (el->flags & EL_PRE) p->nPre++;
  if (el->flags & EL_PLAIN) {
    p->nPre++;
    emitRange(p, z, next, n, 0);
    return n;
  }
  if (el->flags & (EL_DROP | EL_RAW | EL_RCDATA)) {
    int64_t e = findEndTag(z, n, next, el->zName, nName);
    if (!(el->flags & EL_DROP)) {
      p->nPre++;
      emitRange(p, z, next, e, (el->flags & EL_RCDATA) != 0);
      p->nPre--;
      outBlock(p, el->nBreak);
    }
    if (e >= n) return n;
    gt = skipAttributes(z, n, e + 2 + nName);
    return gt >= n ? n : gt + 1;
  }
  return next;
}

/* Text from z[a..b): white space, references (if bRefs) and other text. */
static void emitRange(HtmlOut *p, const unsigned char *z, int64_t a, int64_t b,
                      int bRefs) {
  int64_t i = a;
  while (i < b) {
    int64_t j = i;
    while (j < b && (aClass[z[j]] == 0 || (aClass[z[j]] == 2) || (!bRefs && aClass[z[j]] == 3))) j++;
    outText(p, z + i, j - i);
    if (j >= b) break;
    if (aClass[z[j]] == 1) {
      outSpace(p, z[j]);
      if (z[j] == '\r' && j + 1 < b && z[j + 1] == '\n') j++;
      i = j + 1;
    } else {
      unsigned char zRef[8];
      int nRef;
      int64_t k = decodeRef(z, b, j, zRef, &nRef);
      if (nRef == 0) {
        outText(p, z + j, 1);
        i = j + 1;
      } else {
        if (nRef == 1 && aClass[zRef[0]] == 1) {
          outSpace(p, zRef[0]);
        } else {
          outText(p, zRef, nRef);
        }
        i = k;
      }
    }
  }
}

/* The whole conversion; returns SQLITE_OK or SQLITE_NOMEM. */
static int htmlToText(const unsigned char *z, int64_t n, HtmlOut *p) {
  int64_t i = 0;
  while (i < n) {
    int64_t j = i;
    /* A run of text, with the single spaces between its words: they are
    ** output as they are in either mode, so copying them with the words
    ** saves a call per word. */
    while (j < n) {
      if (aClass[z[j]] == 0) {
        j++;
      } else if (z[j] == ' ' && j > i && j + 1 < n && aClass[z[j + 1]] == 0) {
        j += 2;
      } else {
        break;
      }
    }
    outText(p, z + i, j - i);
    if (j >= n) break;
    switch (aClass[z[j]]) {
      case 1:
        outSpace(p, z[j]);
        if (z[j] == '\r' && p->bHtml && j + 1 < n && z[j + 1] == '\n') j++;
        i = j + 1;
        break;
      case 2: {
        int64_t k = doMarkup(p, z, n, j);
        if (k == j) {
          outText(p, z + j, 1);
          k = j + 1;
        }
        i = k;
        break;
      }
      default: {
        unsigned char zRef[8];
        int nRef;
        int64_t k = decodeRef(z, n, j, zRef, &nRef);
        if (nRef == 0) {
          outText(p, z + j, 1);
          i = j + 1;
        } else {
          if (p->bHtml && nRef == 1 && aClass[zRef[0]] == 1) {
            outSpace(p, zRef[0]);
          } else {
            outText(p, zRef, nRef);
          }
          i = k;
        }
        break;
      }
    }
    if (p->rc) return p->rc;
  }
  return p->rc;
}

static void htmlTextFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  const unsigned char *z = sqlite3_value_text(argv[0]);
  int64_t n = sqlite3_value_bytes(argv[0]);
  if (z == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  HtmlOut out;
  memset(&out, 0, sizeof out);
  if (!outGrow(&out, n + 16)) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (htmlToText(z, n, &out) != SQLITE_OK) {
    sqlite3_free(out.z);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text64(ctx, (const char *)out.z, (sqlite3_uint64)out.n, sqlite3_free,
                        SQLITE_UTF8);
}

int newsext_register_html(sqlite3 *db) {
  return sqlite3_create_function(db, "html_text", 1, NEWSEXT_FUNC_FLAGS, 0,
                                 htmlTextFunc, 0, 0);
}
