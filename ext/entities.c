/*
** entities(text [, ref_date [, lang]]): who, which organisation, where, how
** much and when a text mentions, one row per mention in text order.
**
**   SELECT kind, text, start, length, value
**     FROM entities('Präsident Joe Biden traf in Berlin Olaf Scholz.');
**   -- person|Joe Biden|11|9|Joe Biden
**   -- place|Berlin|29|6|Berlin
**   -- person|Olaf Scholz|36|11|Olaf Scholz
**
** Columns: kind (person, org, place, money, percent, date), text (as
** written), start and length (characters, 1-based, as substr() counts),
** value (canonical English name, ISO date, '50000000 USD', '50%'), amount,
** currency, usd (money at ref_date; amount also for percent), language (the
** hint or the detected language), confidence (0..1).  HIDDEN inputs: input,
** ref_date (YYYY-MM-DD or NULL), lang (ISO 639-1 hint or NULL).
**
** Knowledge: the user's table newsext_aliases(alias, kind, canonical) when
** the database has one (re-read whenever the database changed); the curated
** alias table ext/data/aliases.h; countries, territories and regions from
** ICU at run time in 18 display locales; Chinese names from CC-CEDICT
** (ext/data/cedict_names.h); names from CC BY NER training sets
** (ext/data/ner_names.h).  Names nobody listed come
** from rules (titles, given names, capitalisation, organisation and place
** suffixes, Chinese surnames, transliterated and katakana names, datelines);
** a later short mention takes the value of the full name seen earlier.
** Money, percentages and dates come from the parsers of ext/money.c and
** ext/dates.c.  The text is scanned in chunks of about 64 KB, so memory
** stays bounded by the chunk, not by the text.
*/
#include "newsext_int.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <utf8proc.h>

#include "dates.h"
#include "entities_words.h"
#include "ner_model.h"
#include "tokenizer.h"

#include "data/aliases.h"
#include "data/cedict_names.h"
#include "data/ner_names.h"
#include "lang.h"
#include "money.h"

/* Kinds: the first three as in ext/data/aliases.h (NX_KIND_*). */
#define K_PER 1
#define K_ORG 2
#define K_PLACE 3
#define K_MONEY 4
#define K_PERCENT 5
#define K_DATE 6
#define K_NONE 7 /* user alias table: "this is not an entity" */

static const char *const azKind[] = {"",      "person",  "org",  "place",
                                     "money", "percent", "date", "none"};

#define NX_CHUNK 65536   /* bytes scanned at once */
#define NX_MAXKEY 240    /* longest lookup key in bytes */
#define NX_MAXTOKLEX 8   /* longest Latin alias in words */
#define NX_MAXCJKLEX 16  /* longest CJK alias in characters */
#define NX_MAXCOREF 4096 /* short names remembered per text */

/* ==========================================================================
** Characters and folding.
*/
static int isHan(uint32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F) ||
         c == 0x3007;
}
static int isKata(uint32_t c) {
  return (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB) ||
         (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F);
}
static int isHira(uint32_t c) { return c >= 0x3041 && c <= 0x309F; }
static int isSpaceCp(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B ||
         c == 0x0C || c == 0xA0 || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}
static int isDot(uint32_t c) {
  return c == 0x00B7 || c == 0x30FB || c == 0xFF65 || c == 0x2027 ||
         c == 0x2022 || c == 0x2219 || c == 0x22C5;
}
static int isApos(uint32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}
static int isHyphen(uint32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}
/* A letter of a space-separated script (not Han, not kana). */
static int isLetter(uint32_t c) {
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (isHan(c) || isKata(c) || isHira(c))
    return 0;
  utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
  return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME);
}
static int isDigitCp(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}
static int isUpperCp(uint32_t c) {
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
  return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}
static int isLowerCp(uint32_t c) {
  if (c < 0x80)
    return c >= 'a' && c <= 'z';
  return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LL;
}

/* The form under which names are compared: full-width ASCII made ASCII,
** apostrophes, hyphens and middle dots unified, any space one ' ',
** Traditional Chinese made Simplified, and (bLower) lower case. */
static uint32_t foldCp(uint32_t c, int bLower) {
  if (c >= 0xFF01 && c <= 0xFF5E)
    c -= 0xFEE0;
  if (isApos(c) || c == 0x2018)
    return '\'';
  if (isHyphen(c))
    return '-';
  if (isDot(c))
    return 0x00B7;
  if (isSpaceCp(c))
    return ' ';
  if (c >= 0x3400 && isHan(c))
    return newsext_zh_simplify(c);
  if (bLower) {
    if (c < 0x80)
      return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
  }
  return c;
}

/* A key being built one code point at a time, with its FNV-1a hash. */
typedef struct Key {
  unsigned char z[NX_MAXKEY + 8];
  int n;
  uint32_t h;
  int bFull; /* too long: no entry can match */
} Key;

static void keyInit(Key *k) {
  k->n = 0;
  k->h = 2166136261u;
  k->bFull = 0;
}
static void keyAdd(Key *k, uint32_t c) {
  if (c == ' ' && (k->n == 0 || k->z[k->n - 1] == ' '))
    return;
  if (k->n + 4 > NX_MAXKEY) {
    k->bFull = 1;
    return;
  }
  int m = newsext_utf8_encode(c, k->z + k->n);
  for (int i = 0; i < m; i++) {
    k->h ^= k->z[k->n + i];
    k->h *= 16777619u;
  }
  k->n += m;
}
static uint32_t hashBytes(const unsigned char *z, int n) {
  uint32_t h = 2166136261u;
  for (int i = 0; i < n; i++) {
    h ^= z[i];
    h *= 16777619u;
  }
  return h;
}
/* Folds z[0..n) into k (trailing space dropped). */
static void keyFold(Key *k, const char *z, int n, int bLower) {
  keyInit(k);
  int i = 0;
  while (i < n) {
    int len;
    uint32_t c = newsext_utf8_decode((const unsigned char *)z + i, n - i, &len);
    keyAdd(k, foldCp(c, bLower));
    i += len;
  }
  if (k->n > 0 && k->z[k->n - 1] == ' ') {
    k->n--;
    k->h = hashBytes(k->z, k->n);
  }
}

/* ==========================================================================
** Lexicon: folded alias -> canonical name and kind, with the hashes of every
** prefix of every alias so that a scan stops as soon as no alias can match.
*/
typedef struct LexEnt {
  uint32_t iKey, nKey;     /* folded key in the arena */
  uint32_t iExact, nExact; /* exact form (case-sensitive entries) */
  uint32_t iCanon, nCanon; /* canonical value */
  uint32_t h;
  uint8_t eKind, bCase;
} LexEnt;

typedef struct Lexicon {
  char *zArena;
  int64_t nArena, nArenaAlloc;
  LexEnt *aEnt;
  int nEnt, nEntAlloc;
  uint32_t *aSlot; /* entry index + 1, 0 = empty */
  uint32_t mSlot;
  uint32_t *aPre; /* prefix hashes (0 stored as 1), 0 = empty */
  uint32_t mPre;
  int64_t nPreChars;
  int bLowerStart; /* some case-sensitive alias starts lower case (eBay) */
} Lexicon;

static void lexClear(Lexicon *p) {
  sqlite3_free(p->zArena);
  sqlite3_free(p->aEnt);
  sqlite3_free(p->aSlot);
  sqlite3_free(p->aPre);
  memset(p, 0, sizeof(*p));
}

static int lexArena(Lexicon *p, const void *z, int n, uint32_t *piOff) {
  if (p->nArena + n + 1 > p->nArenaAlloc) {
    int64_t a = p->nArenaAlloc ? p->nArenaAlloc * 2 : 65536;
    while (a < p->nArena + n + 1)
      a *= 2;
    if (a > 0x7fffffff)
      return SQLITE_TOOBIG;
    char *zNew = sqlite3_realloc64(p->zArena, (sqlite3_uint64)a);
    if (zNew == 0)
      return SQLITE_NOMEM;
    p->zArena = zNew;
    p->nArenaAlloc = a;
  }
  memcpy(p->zArena + p->nArena, z, (size_t)n);
  p->zArena[p->nArena + n] = 0;
  *piOff = (uint32_t)p->nArena;
  p->nArena += n + 1;
  return SQLITE_OK;
}

/* An alias is matched case-sensitively when it is a short acronym ("US",
** "UK", "AG"), so that common words in lower case never match it. */
static int autoCase(const char *z, int n) {
  int nUp = 0, nLow = 0, nChar = 0;
  for (int i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c >= 'A' && c <= 'Z')
      nUp++;
    if (c >= 'a' && c <= 'z')
      nLow++;
    if ((c & 0xC0) != 0x80)
      nChar++;
    if (c >= 0x80 && (c & 0xC0) != 0x80) {
      int len;
      uint32_t u =
          newsext_utf8_decode((const unsigned char *)z + i, n - i, &len);
      if (isLowerCp(u))
        nLow++;
      if (isUpperCp(u))
        nUp++;
    }
  }
  return nUp > 0 && nLow == 0 && nChar <= 5;
}

static int lexAdd(Lexicon *p, const char *zAlias, int nAlias,
                  const char *zCanon, int nCanon, int eKind, int bCase) {
  Key k;
  if (nAlias < 0)
    nAlias = (int)strlen(zAlias);
  if (nCanon < 0)
    nCanon = (int)strlen(zCanon);
  keyFold(&k, zAlias, nAlias, 1);
  if (k.n == 0 || k.bFull)
    return SQLITE_OK;
  if (p->nEnt >= p->nEntAlloc) {
    int a = p->nEntAlloc ? p->nEntAlloc * 2 : 1024;
    LexEnt *aNew =
        sqlite3_realloc64(p->aEnt, (sqlite3_uint64)a * sizeof(LexEnt));
    if (aNew == 0)
      return SQLITE_NOMEM;
    p->aEnt = aNew;
    p->nEntAlloc = a;
  }
  LexEnt *e = &p->aEnt[p->nEnt];
  memset(e, 0, sizeof(*e));
  int rc = lexArena(p, k.z, k.n, &e->iKey);
  if (rc)
    return rc;
  e->nKey = (uint32_t)k.n;
  e->h = k.h;
  if (bCase < 0)
    bCase = autoCase(zAlias, nAlias);
  e->bCase = (uint8_t)(bCase != 0);
  if (e->bCase) {
    Key x;
    keyFold(&x, zAlias, nAlias, 0);
    rc = lexArena(p, x.z, x.n, &e->iExact);
    if (rc)
      return rc;
    e->nExact = (uint32_t)x.n;
    if (x.z[0] >= 'a' && x.z[0] <= 'z')
      p->bLowerStart = 1;
  }
  rc = lexArena(p, zCanon, nCanon, &e->iCanon);
  if (rc)
    return rc;
  e->nCanon = (uint32_t)nCanon;
  e->eKind = (uint8_t)eKind;
  p->nEnt++;
  p->nPreChars += k.n;
  return SQLITE_OK;
}

/* Adds hash h to an open-addressing set a[0..m] (m + 1 a power of two,
** never full); 0 marks an empty slot, so a hash of 0 is stored as 1. */
static void hashSetAdd(uint32_t *a, uint32_t m, uint32_t h) {
  if (h == 0)
    h = 1;
  uint32_t i = h & m;
  while (a[i]) {
    if (a[i] == h)
      return;
    i = (i + 1) & m;
  }
  a[i] = h;
}

static void preInsert(Lexicon *p, uint32_t h) { hashSetAdd(p->aPre, p->mPre, h); }
static int lexHasPrefix(const Lexicon *p, uint32_t h) {
  if (p->aPre == 0)
    return 0;
  if (h == 0)
    h = 1;
  uint32_t i = h & p->mPre;
  while (p->aPre[i]) {
    if (p->aPre[i] == h)
      return 1;
    i = (i + 1) & p->mPre;
  }
  return 0;
}

/* Builds the hash tables; the first entry of equal key and case wins. */
static int lexFinish(Lexicon *p) {
  uint32_t n = 64;
  while (n < (uint32_t)p->nEnt * 2)
    n *= 2;
  p->aSlot = sqlite3_malloc64((sqlite3_uint64)n * sizeof(uint32_t));
  if (p->aSlot == 0)
    return SQLITE_NOMEM;
  memset(p->aSlot, 0, (size_t)n * sizeof(uint32_t));
  p->mSlot = n - 1;
  uint32_t np = 64;
  while (np < (uint64_t)p->nPreChars * 2 && np < (1u << 30))
    np *= 2;
  p->aPre = sqlite3_malloc64((sqlite3_uint64)np * sizeof(uint32_t));
  if (p->aPre == 0)
    return SQLITE_NOMEM;
  memset(p->aPre, 0, (size_t)np * sizeof(uint32_t));
  p->mPre = np - 1;
  for (int i = 0; i < p->nEnt; i++) {
    LexEnt *e = &p->aEnt[i];
    const char *zKey = p->zArena + e->iKey;
    uint32_t s = e->h & p->mSlot;
    int bDup = 0;
    while (p->aSlot[s]) {
      LexEnt *o = &p->aEnt[p->aSlot[s] - 1];
      if (o->h == e->h && o->nKey == e->nKey && o->bCase == e->bCase &&
          memcmp(p->zArena + o->iKey, zKey, e->nKey) == 0 &&
          (!e->bCase || (o->nExact == e->nExact &&
                         memcmp(p->zArena + o->iExact, p->zArena + e->iExact,
                                e->nExact) == 0))) {
        bDup = 1;
        break;
      }
      s = (s + 1) & p->mSlot;
    }
    if (bDup)
      continue;
    p->aSlot[s] = (uint32_t)i + 1;
    uint32_t h = 2166136261u;
    for (uint32_t j = 0; j < e->nKey; j++) {
      h ^= (unsigned char)zKey[j];
      h *= 16777619u;
      if (j + 1 == e->nKey || (((unsigned char)zKey[j + 1]) & 0xC0) != 0x80) {
        preInsert(p, h);
      }
    }
  }
  return SQLITE_OK;
}

/* The entry for folded key k whose exact form is x: a case-sensitive entry
** needs x to equal its exact form; it is preferred to a folded one. */
static const LexEnt *lexFind(const Lexicon *p, const Key *k, const Key *x) {
  if (p->aSlot == 0)
    return 0;
  const LexEnt *pFold = 0;
  uint32_t s = k->h & p->mSlot;
  while (p->aSlot[s]) {
    const LexEnt *e = &p->aEnt[p->aSlot[s] - 1];
    if (e->h == k->h && e->nKey == (uint32_t)k->n &&
        memcmp(p->zArena + e->iKey, k->z, (size_t)k->n) == 0) {
      if (e->bCase) {
        if (x && e->nExact == (uint32_t)x->n &&
            memcmp(p->zArena + e->iExact, x->z, (size_t)x->n) == 0) {
          return e;
        }
      } else if (pFold == 0) {
        pFold = e;
      }
    }
    s = (s + 1) & p->mSlot;
  }
  return pFold;
}

/* ==========================================================================
** Word classes: one hash table over the lists of entities_words.h.
*/
#define W_TITLE 0x0001
#define W_CONN 0x0002
#define W_STOP 0x0004
#define W_ORG 0x0008
#define W_PLACE 0x0010
#define W_GIVEN 0x0020
#define W_ZSUR 0x0040       /* Chinese surname */
#define W_ZGIVEN 0x0080     /* character of Chinese given names */
#define W_ZTRANS 0x0100     /* character of transliterated names */
#define W_ZSTOP 0x0200      /* cannot start or be inside a Chinese name */
#define W_ZTITLE 0x0400     /* title after (or before) a Chinese name */
#define W_ZVERB 0x0800      /* verb of saying after a name */
#define W_ZORGSUF 0x1000    /* organisation suffix */
#define W_ZORGSUF1 0x2000   /* one-character organisation suffix */
#define W_ZPLACESUF 0x4000  /* place suffix */
#define W_ZNOTPLACE 0x8000  /* common word ending in a place suffix */
#define W_ZNOTORG 0x10000   /* common word starting with a 1-char suffix */
#define W_PREPLOC 0x20000   /* preposition before a place */
#define W_JTITLE 0x40000    /* Japanese honorific/title after a name */
#define W_SAY 0x80000       /* verb of saying after a Latin name */
#define W_ZNOSTART 0x100000 /* cannot start a Chinese name */
#define W_ZFIRST 0x200000   /* first character of a word of the W_Z* lists */
#define W_CONNDE 0x400000   /* joins a German name after a given name */
#define W_NOTACR 0x800000   /* capitals that are no organisation (ISBN, CEO) */
#define W_ZGOV 0x1000000    /* 政府: after a country, not part of a name */
#define W_ZCOMMON                                                              \
  0x2000000 /* common words that contain a name (发展中国家)              \
             */
#define W_ZSURWEAK 0x4000000   /* surname that is also a frequent character */
#define W_ZTRAVEL 0x8000000    /* 访, 来, 驻: before a one-character place */
#define W_ZTRAVELTO 0x10000000 /* 华, 京, 港: places after such a verb */
#define W_GIVEN2                                                               \
  0x20000000 /* given name from the derived list: before a surname */
#define W_ZTRANS2                                                              \
  0x40000000              /* almost only in transliterated names (斯, 娜)    \
                           */
#define W_DIR 0x80000000u /* North, West, Old, New: part of a place name */
/* legal forms (Inc, GmbH, S.A.) share W_ORG and are told apart by isLegal() */

typedef struct WordEnt {
  const char *z;
  uint32_t n;
  uint32_t bits;
} WordEnt;

typedef struct WordSet {
  WordEnt *a;
  uint32_t mask;
} WordSet;

/* Characters that never belong to a name (function words), and those that
** cannot start one. */
static const char *const azZhStop[] = {
    "的", "了", "是", "在", "和", "与", "及", "或", "等", "对", "把", "被",
    "将", "这", "那", "们", "他", "她", "它", "我", "你", "也", "就", "都",
    "而", "又", "从", "到", "说", "称", "吗", "呢", "吧", "啊", "着", "过",
    "之", "其", "该", "并", "但", "还", "再", "很", "最", "已", "曾", "却",
    "被", "让", "给", "向", "于", "以", "因", "所", "如", "若", "则", "即",
    "虽", "且", "不", "没", "要", "能", "可", "应", "得", "据", "今", "昨",
    "年", "月", "日", "时", "每", "各", "此", "些", "某", "个", "当", "位",
    "名", "次", "后", "前", "地",
};
static const char *const azZhNoStart[] = {
    "为", "有", "会", "上", "下", "里", "去", "做", "作", "用", "一", "二",
    "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿",
    "两", "几", "多", "中", "内", "外", "间", "请", "经", "来", "由", "同",
    "跟", "比", "较", "好", "大", "小", "新", "老", "第", "使", "更", "无",
    "分", "全", "本", "级", "期", "国", "省", "市", "县", "区", "加", "完",
    "讯", "电", "家", "雪", "座", "高", "人", "众", "合",
};
static const char *const azZhTitle[] = {
    "总统", "主席",     "总理",   "部长",       "教授",   "参议员", "首相",
    "先生", "女士",     "议员",   "委员",       "书记",   "主任",   "院长",
    "局长", "市长",     "省长",   "大使",       "发言人", "博士",   "同志",
    "小姐", "夫人",     "将军",   "总裁",       "董事长", "经理",   "总书记",
    "外长", "国务卿",   "领导人", "副总统",     "副总理", "副主席", "记者",
    "国王", "女王",     "王子",   "总督",       "州长",   "检察官", "法官",
    "主教", "教练",     "队长",   "首席执行官", "创始人", "秘书长", "总干事",
    "司令", "部长助理", "大统领", "外相",       "社长",   "知事",   "外交部长",
    "财长", "防长",
};
static const char *const azZhVerb[] = {
    "说",   "表示", "指出", "认为", "强调", "称",   "介绍", "告诉", "透露",
    "宣布", "回答", "会见", "访问", "会晤", "出席", "主持", "致电", "签署",
    "发表", "说道", "率领", "担任", "同志", "等人", "一行",
};
static const char *const azZhOrgSuf[] = {
    "公司",     "集团",       "银行",         "大学",   "委员会", "办公室",
    "协会",     "学院",       "医院",         "中心",   "研究所", "研究院",
    "政府",     "法院",       "检察院",       "电视台", "日报",   "晚报",
    "通讯社",   "基金会",     "联合会",       "俱乐部", "中学",   "小学",
    "集团公司", "有限公司",   "股份有限公司", "大使馆", "领事馆", "理事会",
    "议会",     "联盟",       "出版社",       "报社",   "新闻社", "商会",
    "学会",     "工会",       "总局",         "总署",   "事务所", "电视台",
    "广播电台", "株式会社",   "新闻",         "庁",     "党",     "军",
    "队",       "女队",       "男队",         "代表队", "球队",   "农科院",
    "科学院",   "社科院",     "美术馆",       "博物馆", "图书馆", "体育馆",
    "联合体",   "中央委员会", "常委会",
};
static const char *const azZhOrgSuf1[] = {
    "部", "局", "会", "院", "所", "厅", "署",
    "社", "报", "厂", "校", "委", "网",
};
static const char *const azZhPlaceSuf[] = {
    "省", "市",     "县",         "州", "区", "镇", "乡", "村", "岛",
    "县", "自治区", "特别行政区", "湾", "河", "湖", "山", "县", "町",
};
static const char *const azZhNotPlace[] = {
    "城市", "超市", "股市", "上市", "门市", "都市", "全市", "本市",   "该市",
    "各市", "全省", "本省", "各省", "该省", "全县", "本县", "各县",   "地区",
    "社区", "城区", "山区", "市区", "郊区", "景区", "园区", "小区",   "灾区",
    "辖区", "片区", "街区", "禁区", "专区", "牧区", "矿区", "欧元区", "各州",
    "全州", "本州", "该州", "外省", "外市", "农村", "乡村", "山村",   "城乡",
    "下乡", "老乡", "家乡", "故乡", "城镇", "乡镇", "小镇", "坐镇",   "重镇",
    "海岛", "岛屿", "河山", "江山", "高山", "登山", "上山", "下山",   "火山",
    "首都", "成都", "大都", "全都", "也都", "政府", "首府", "开市",   "收市",
    "夜市", "黑市", "车市", "楼市", "债市", "汇市", "新区", "特区",   "战区",
    "港湾", "海湾", "河湖", "江河", "黄河", "运河", "银河", "山区",   "冰川",
    "北区", "南区", "东区", "西区", "美股", "市场", "期市",
};
static const char *const azZhNotOrg[] = {
    "全部",     "内部",   "外部",       "局部",         "部分",   "干部",
    "部门",     "会议",   "局面",       "所以",         "所有",   "所谓",
    "处理",     "处于",   "报告",       "报道",         "社会",   "队伍",
    "团队",     "会上",   "会谈",       "会见",         "院士",   "处长",
    "局长",     "部长",   "委员",       "网络",         "网站",   "网上",
    "网民",     "厂家",   "校园",       "报价",         "报名",   "所在",
    "会员",     "会长",   "部署",       "部队",         "团体",   "会计",
    "社交",     "局势",   "报酬",       "处罚",         "所得",   "院长",
    "厅长",     "署长",   "社长",       "校长",         "厂长",   "团长",
    "委托",     "学院",   "学校",       "学会",         "机会",   "协会",
    "大会",     "晚会",   "全会",       "省会",         "都会",   "国会",
    "议会",     "工会",   "总会",       "法院",         "医院",   "剧院",
    "影院",     "研究所", "派出所",     "厕所",         "场所",   "住所",
    "诊所",     "处处",   "总部",       "本部",         "东部",   "西部",
    "南部",     "北部",   "中部",       "全局",         "大局",   "当局",
    "结局",     "布局",   "开局",       "格局",         "出局",   "入局",
    "赛季",     "报社",   "党员",       "全党",         "出版社", "旅行社",
    "旅游局",   "组委会", "联防队",     "委员会",       "办公室", "公安局",
    "派出所",   "居委会", "村委会",     "董事会",       "理事会", "工作组",
    "代表团",   "党委",   "政府",       "公司",         "集团",   "银行",
    "大学",     "中学",   "小学",       "医院",         "研究所", "研究院",
    "中心",     "协会",   "学会",       "俱乐部",       "基金会", "电视台",
    "保险公司", "球队",   "支球队",     "执政党",       "反对党", "在野党",
    "司法部",   "事务所", "律师事务所", "会计师事务所",
};
static const char *const azPrepLoc[] = {
    "in",  "nach",  "near",  "from",   "à",       "en",
    "aus", "to",    "at",    "across", "outside", "inside",
    "via", "desde", "hacia", "nahe",   "bei",
};
static const char *const azJTitle[] = {
    "氏",   "さん",   "首相", "大统领", "外相", "社长", "知事", "议员",
    "长官", "容疑者", "被告", "选手",   "监督", "教授", "会长", "代表",
};
static const char *const azSay[] = {
    "said",      "says",    "told",   "added",     "sagte",  "sagt",
    "erklärte",  "betonte", "meinte", "a déclaré", "dit",    "declaró",
    "dijo",      "afirmó",  "wrote",  "announced", "argued", "stated",
    "explained", "warned",  "asked",
};

static const char *const azZhGov[] = {"政府", "人民政府", "方面", "当局"};
static const char *const azZhCommon[] = {
    "发展中国家", "其中国",   "中国家", "美元",   "日元",   "欧元",   "英镑",
    "法郎",       "德国马克", "美金",   "日本人", "中国人", "美国人", "华人",
    "东方",       "西方",     "南方",   "北方",   "中方",   "美方",   "日方",
    "英方",       "法方",     "俄方",   "德方",
};
static const char *const azLegal[] = {
    "inc", "corp", "ltd", "plc", "gmbh",    "ag",           "se",
    "s.a", "sa",   "nv",  "n.v", "bv",      "b.v",          "llc",
    "llp", "co",   "kg",  "spa", "s.p.a",   "ab",           "asa",
    "oyj", "pte",  "pty", "srl", "sarl",    "s.a.s",        "kgaa",
    "s.l", "sl",   "lp",  "l.p", "limited", "incorporated",
};
static const char *const azDir[] = {
    "north",   "south", "east", "west",   "northern", "southern", "eastern",
    "western", "old",   "new",  "upper",  "lower",    "greater",  "central",
    "nord",    "süd",   "ost",  "nieder", "ober",     "alt",      "neu",
    "groß",    "klein", "bad",  "port",   "fort",     "mount",
};
static const char *const azConnDe[] = {"von", "van", "de", "der",
                                       "zu",  "di",  "da", "del"};
static const char *const azNotAcronym[] = {
    "isbn", "ceo",   "cfo",  "pdf",  "usb", "gps",  "dna",   "tv",  "aids",
    "hiv",  "covid", "faq",  "url",  "cd",  "dvd",  "pc",    "it",  "ai",
    "ki",   "usd",   "eur",  "gmt",  "utc", "ok",   "ps",    "pr",  "sms",
    "wm",   "em",    "gmbh", "ag",   "co",  "vs",   "ii",    "iii", "iv",
    "nr",   "mio",   "mrd",  "bzw",  "usw", "etc",  "ca",    "kg",  "km",
    "mhz",  "ghz",   "mb",   "gb",   "kb",  "min",  "std",   "uhr", "dr",
    "prof", "jr",    "sr",   "st",   "am",  "pm",   "ad",    "bc",  "no",
    "a",    "i",     "ich",  "er",   "sie", "es",   "wir",   "ihr", "der",
    "die",  "das",   "und",  "in",   "im",  "an",   "auf",   "zu",  "the",
    "and",  "of",    "to",   "for",  "on",  "by",   "at",    "le",  "la",
    "les",  "et",    "de",   "du",   "des", "un",   "une",   "el",  "los",
    "y",    "en",    "ceos", "gdp",  "bip", "ipo",  "ev",    "lng", "suv",
    "id",   "vip",   "rss",  "html", "www", "http", "https", "mp3", "ios",
    "os",   "app",   "apps",
};

static int wsAdd(WordSet *p, const char *z, uint32_t n, uint32_t bits) {
  uint32_t h = hashBytes((const unsigned char *)z, (int)n);
  uint32_t i = h & p->mask;
  while (p->a[i].z) {
    if (p->a[i].n == n && memcmp(p->a[i].z, z, n) == 0) {
      p->a[i].bits |= bits;
      return SQLITE_OK;
    }
    i = (i + 1) & p->mask;
  }
  p->a[i].z = z;
  p->a[i].n = n;
  p->a[i].bits = bits;
  return SQLITE_OK;
}
static uint32_t wsGet(const WordSet *p, const void *z, int n) {
  if (p->a == 0 || n <= 0)
    return 0;
  uint32_t h = hashBytes((const unsigned char *)z, n);
  uint32_t i = h & p->mask;
  while (p->a[i].z) {
    if (p->a[i].n == (uint32_t)n && memcmp(p->a[i].z, z, (size_t)n) == 0) {
      return p->a[i].bits;
    }
    i = (i + 1) & p->mask;
  }
  return 0;
}

#define NELEM(a) ((int)(sizeof(a) / sizeof(a[0])))

static void wsList(WordSet *p, const char *const *az, int n, uint32_t bits) {
  for (int i = 0; i < n; i++) {
    uint32_t nz = (uint32_t)strlen(az[i]);
    wsAdd(p, az[i], nz, bits);
    if ((unsigned char)az[i][0] >= 0x80) {
      /* the first character, so that zhWordAt() stops early */
      int len;
      newsext_utf8_decode((const unsigned char *)az[i], nz, &len);
      wsAdd(p, az[i], (uint32_t)len, W_ZFIRST);
    }
  }
}
/* One entry per character of a string of characters. */
static void wsChars(WordSet *p, const char *z, uint32_t bits) {
  int n = (int)strlen(z);
  for (int i = 0; i < n;) {
    int len;
    newsext_utf8_decode((const unsigned char *)z + i, n - i, &len);
    wsAdd(p, z + i, (uint32_t)len, bits);
    i += len;
  }
}

static int wsBuild(WordSet *p) {
  p->mask = 32767;
  p->a = sqlite3_malloc64((sqlite3_uint64)(p->mask + 1) * sizeof(WordEnt));
  if (p->a == 0)
    return SQLITE_NOMEM;
  memset(p->a, 0, (size_t)(p->mask + 1) * sizeof(WordEnt));
  wsList(p, azNxTitle, NELEM(azNxTitle), W_TITLE);
  wsList(p, azNxConnector, NELEM(azNxConnector), W_CONN);
  wsList(p, azNxStop, NELEM(azNxStop), W_STOP);
  wsList(p, azNxOrgWord, NELEM(azNxOrgWord), W_ORG);
  wsList(p, azNxPlaceWord, NELEM(azNxPlaceWord), W_PLACE);
  wsList(p, azNxGiven, NELEM(azNxGiven), W_GIVEN);
  for (int i = 0; i < NX_NER_GIVEN_COUNT; i++) {
    /* a title or function word seen before names is no given name */
    uint32_t n = (uint32_t)strlen(azNxNerGiven[i]);
    if (wsGet(p, azNxNerGiven[i], (int)n) &
        (W_TITLE | W_STOP | W_ORG | W_PLACE | W_CONN))
      continue;
    wsAdd(p, azNxNerGiven[i], n, W_GIVEN2);
  }
  wsList(p, azNxZhSurname2, NELEM(azNxZhSurname2), W_ZSUR);
  wsChars(p, zNxZhSurname, W_ZSUR);
  wsChars(p, zNxZhSurnameWeak, W_ZSURWEAK);
  wsChars(p, "访来驻抵赴", W_ZTRAVEL);
  wsChars(p, "华京港沪", W_ZTRAVELTO);
  wsChars(p, zNxZhGiven, W_ZGIVEN);
  wsChars(p, zNxZhTranslit, W_ZTRANS);
  wsChars(p, "斯尔娜琳娅索兹茨蒂莎姆默瓦耶伊妮丝黛薇芙诺奥蒙亨钦", W_ZTRANS2);
  wsList(p, azZhStop, NELEM(azZhStop), W_ZSTOP);
  wsList(p, azZhNoStart, NELEM(azZhNoStart), W_ZNOSTART);
  wsList(p, azZhTitle, NELEM(azZhTitle), W_ZTITLE);
  wsList(p, azZhVerb, NELEM(azZhVerb), W_ZVERB);
  wsList(p, azZhOrgSuf, NELEM(azZhOrgSuf), W_ZORGSUF);
  wsList(p, azZhOrgSuf1, NELEM(azZhOrgSuf1), W_ZORGSUF1);
  wsList(p, azZhPlaceSuf, NELEM(azZhPlaceSuf), W_ZPLACESUF);
  wsList(p, azZhNotPlace, NELEM(azZhNotPlace), W_ZNOTPLACE);
  wsList(p, azZhNotOrg, NELEM(azZhNotOrg), W_ZNOTORG);
  wsList(p, azPrepLoc, NELEM(azPrepLoc), W_PREPLOC);
  wsList(p, azJTitle, NELEM(azJTitle), W_JTITLE);
  wsList(p, azSay, NELEM(azSay), W_SAY);
  wsList(p, azConnDe, NELEM(azConnDe), W_CONNDE);
  wsList(p, azDir, NELEM(azDir), W_DIR);
  wsList(p, azLegal, NELEM(azLegal), W_ORG);
  wsList(p, azZhGov, NELEM(azZhGov), W_ZGOV);
  wsList(p, azZhCommon, NELEM(azZhCommon), W_ZCOMMON);
  wsList(p, azNotAcronym, NELEM(azNotAcronym), W_NOTACR);
  return SQLITE_OK;
}

/* ==========================================================================
** Knowledge of a connection: built on first use, immutable afterwards
** (except the user's table, re-read when the database changed).
*/
typedef struct EntAux {
  int bBuilt;
  Lexicon lex; /* ICU names, aliases.h, our short forms */
  WordSet ws;
  Lexicon user;            /* newsext_aliases, empty when there is none */
  int bUserChecked;        /* user table read at least once */
  sqlite3_int64 iSigTotal; /* sqlite3_total_changes() at the last check */
  int iSigVersion;         /* SQLITE_FCNTL_DATA_VERSION at the last check */
  uint32_t hUser;          /* hash of the table's content */
} EntAux;

static void auxFree(void *p) {
  EntAux *pAux = (EntAux *)p;
  if (pAux == 0)
    return;
  lexClear(&pAux->lex);
  lexClear(&pAux->user);
  sqlite3_free(pAux->ws.a);
  sqlite3_free(pAux);
}

/* Short forms and spellings that CLDR does not list, by region code. */
static const struct {
  const char *zCode;
  const char *zAlias;
} aExtraCountry[] = {
    {"US", "US"},
    {"US", "U.S."},
    {"US", "USA"},
    {"US", "U.S.A."},
    {"US", "America"},
    {"US", "EE. UU."},
    {"US", "EE.UU."},
    {"US", "EEUU"},
    {"US", "États-Unis"},
    {"US", "Etats-Unis"},
    {"US", "Vereinigten Staaten"},
    {"US", "美國"},
    {"US", "米国"},
    {"US", "アメリカ"},
    {"US", "Amerika"},
    {"GB", "UK"},
    {"GB", "U.K."},
    {"GB", "Britain"},
    {"GB", "Great Britain"},
    {"GB", "Großbritannien"},
    {"GB", "Grande-Bretagne"},
    {"GB", "Gran Bretaña"},
    {"GB", "英國"},
    {"GB", "イギリス"},
    {"GB", "英国"},
    {"GB", "England"},
    {"AE", "UAE"},
    {"AE", "Emirates"},
    {"CN", "PRC"},
    {"CN", "中华人民共和国"},
    {"CN", "Volksrepublik China"},
    {"KR", "Korea"},
    {"KR", "South Korea"},
    {"KR", "南韩"},
    {"KP", "北韩"},
    {"KP", "DPRK"},
    {"RU", "Russian Federation"},
    {"RU", "俄"},
    {"CZ", "Czech Republic"},
    {"CI", "Ivory Coast"},
    {"MM", "Burma"},
    {"NL", "Holland"},
    {"TR", "Türkiye"},
    {"TR", "Turkey"},
    {"TR", "Türkei"},
    {"VA", "Vatican"},
    {"PS", "Palestine"},
    {"PS", "巴勒斯坦"},
    {"CD", "DRC"},
    {"CD", "DR Congo"},
    {"DE", "BRD"},
    {"DE", "Bundesrepublik"},
    {"SA", "Saudi-Arabien"},
    {"CH", "Schweiz"},
    {"TW", "臺灣"},
    {"IR", "Persia"},
    {"HK", "香港"},
    {"MO", "澳门"},
};

/* English canonical names shorter than CLDR's. */
static const struct {
  const char *zCode;
  const char *zName;
} aCanonCountry[] = {
    {"HK", "Hong Kong"},  {"MO", "Macau"},
    {"PS", "Palestine"},  {"MM", "Myanmar"},
    {"CD", "DR Congo"},   {"CG", "Republic of the Congo"},
    {"TR", "Turkey"},     {"CZ", "Czech Republic"},
    {"FM", "Micronesia"}, {"VA", "Vatican City"},
};

/* Regions (UN M.49 codes and the like) that news names. */
static const struct {
  const char *zCode;
  int eKind;
} aRegion[] = {
    {"002", K_PLACE}, {"005", K_PLACE}, {"009", K_PLACE}, {"011", K_PLACE},
    {"014", K_PLACE}, {"015", K_PLACE}, {"017", K_PLACE}, {"018", K_PLACE},
    {"019", K_PLACE}, {"021", K_PLACE}, {"029", K_PLACE}, {"030", K_PLACE},
    {"034", K_PLACE}, {"035", K_PLACE}, {"039", K_PLACE}, {"053", K_PLACE},
    {"054", K_PLACE}, {"061", K_PLACE}, {"142", K_PLACE}, {"143", K_PLACE},
    {"145", K_PLACE}, {"150", K_PLACE}, {"151", K_PLACE}, {"154", K_PLACE},
    {"155", K_PLACE}, {"202", K_PLACE}, {"419", K_PLACE}, {"EU", K_ORG},
    {"UN", K_ORG},    {"EZ", K_PLACE},
};

static const char *const azDisplayLocale[] = {
    "en", "zh", "zh_Hant", "de", "fr", "es", "ja", "it", "pt",
    "ru", "nl", "ko",      "ar", "pl", "tr", "sv", "el", "uk",
};

/* Region zCode's display name in zLocale as UTF-8 into zOut; its length or
** 0 when ICU has none (it then echoes the code). */
static int icuRegionName(const char *zCode, const char *zLocale, char *zOut,
                         int nOut) {
  char zLoc[16];
  UChar aBuf[200];
  UErrorCode st = U_ZERO_ERROR;
  snprintf(zLoc, sizeof(zLoc), "und_%s", zCode);
  int32_t n = uloc_getDisplayCountry(zLoc, zLocale, aBuf, 200, &st);
  if (U_FAILURE(st) || st == U_USING_DEFAULT_WARNING || n <= 0)
    return 0;
  int32_t nOut8 = 0;
  st = U_ZERO_ERROR;
  u_strToUTF8(zOut, nOut - 1, &nOut8, aBuf, n, &st);
  if (U_FAILURE(st) || nOut8 <= 0 || nOut8 >= nOut)
    return 0;
  zOut[nOut8] = 0;
  if (strcmp(zOut, zCode) == 0)
    return 0;
  return nOut8;
}

/* Adds a display name and the forms derived from it: the parts around a
** parenthesis ("Myanmar (Burma)"), and the German weak adjective ending
** ("Vereinigte Staaten" -> "Vereinigten Staaten"). */
static int addPlaceName(Lexicon *p, const char *zName, int nName,
                        const char *zCanon, int eKind, const char *zLocale) {
  int rc = lexAdd(p, zName, nName, zCanon, -1, eKind, -1);
  if (rc)
    return rc;
  const char *zParen = memchr(zName, '(', (size_t)nName);
  if (zParen && zParen > zName + 1) {
    int nHead = (int)(zParen - zName);
    while (nHead > 0 && zName[nHead - 1] == ' ')
      nHead--;
    rc = lexAdd(p, zName, nHead, zCanon, -1, eKind, -1);
    const char *zEnd = memchr(zParen, ')', (size_t)(zName + nName - zParen));
    if (rc == SQLITE_OK && zEnd && zEnd > zParen + 1) {
      rc = lexAdd(p, zParen + 1, (int)(zEnd - zParen - 1), zCanon, -1, eKind,
                  -1);
    }
    if (rc)
      return rc;
  }
  if (strcmp(zLocale, "de") == 0 && memchr(zName, ' ', (size_t)nName)) {
    char z[256];
    int n = 0;
    for (int i = 0; i < nName && n < 250; i++) {
      z[n++] = zName[i];
      if (zName[i] == 'e' && i + 1 < nName && zName[i + 1] == ' ')
        z[n++] = 'n';
    }
    if (n != nName)
      rc = lexAdd(p, z, n, zCanon, -1, eKind, -1);
  }
  return rc;
}

static int buildIcu(Lexicon *p) {
  const char *const *azCode = uloc_getISOCountries();
  char zCanon[256], zName[256];
  int rc = SQLITE_OK;
  for (int i = 0; azCode && azCode[i] && rc == SQLITE_OK; i++) {
    const char *zCode = azCode[i];
    int nCanon = icuRegionName(zCode, "en", zCanon, sizeof(zCanon));
    if (nCanon == 0)
      continue;
    for (int j = 0; j < NELEM(aCanonCountry); j++) {
      if (strcmp(aCanonCountry[j].zCode, zCode) == 0) {
        nCanon = (int)strlen(aCanonCountry[j].zName);
        memcpy(zCanon, aCanonCountry[j].zName, (size_t)nCanon + 1);
      }
    }
    for (int j = 0; j < NELEM(aExtraCountry) && rc == SQLITE_OK; j++) {
      if (strcmp(aExtraCountry[j].zCode, zCode) == 0) {
        rc =
            lexAdd(p, aExtraCountry[j].zAlias, -1, zCanon, nCanon, K_PLACE, -1);
      }
    }
    rc = rc ? rc : lexAdd(p, zCanon, nCanon, zCanon, nCanon, K_PLACE, -1);
    for (int j = 0; j < NELEM(azDisplayLocale) && rc == SQLITE_OK; j++) {
      int n = icuRegionName(zCode, azDisplayLocale[j], zName, sizeof(zName));
      if (n > 0) {
        rc = addPlaceName(p, zName, n, zCanon, K_PLACE, azDisplayLocale[j]);
      }
    }
  }
  for (int i = 0; i < NELEM(aRegion) && rc == SQLITE_OK; i++) {
    int nCanon = icuRegionName(aRegion[i].zCode, "en", zCanon, sizeof(zCanon));
    if (nCanon == 0)
      continue;
    for (int j = 0; j < NELEM(azDisplayLocale) && rc == SQLITE_OK; j++) {
      int n = icuRegionName(aRegion[i].zCode, azDisplayLocale[j], zName,
                            sizeof(zName));
      if (n > 0) {
        rc = addPlaceName(p, zName, n, zCanon, aRegion[i].eKind,
                          azDisplayLocale[j]);
      }
    }
  }
  return rc;
}

/* Short forms of the international organisations among the regions. */
static const struct {
  const char *zAlias, *zCanon;
  int eKind;
} aExtraOrg[] = {
    {"EU", "European Union", K_ORG},
    {"E.U.", "European Union", K_ORG},
    {"UE", "European Union", K_ORG},
    {"欧盟", "European Union", K_ORG},
    {"EU-Kommission", "European Commission", K_ORG},
    {"UN", "United Nations", K_ORG},
    {"U.N.", "United Nations", K_ORG},
    {"ONU", "United Nations", K_ORG},
    {"UNO", "United Nations", K_ORG},
    {"联合国", "United Nations", K_ORG},
    {"Vereinte Nationen", "United Nations", K_ORG},
    {"Vereinten Nationen", "United Nations", K_ORG},
    {"Nations unies", "United Nations", K_ORG},
    {"Naciones Unidas", "United Nations", K_ORG},
    {"国連", "United Nations", K_ORG},
};

/* One-character abbreviations of Chinese news (accepted only in context,
** see cjkAt()), and a few regions. */
static const struct {
  const char *zAlias, *zCanon;
} aZhAbbrev[] = {
    {"华", "China"},
    {"京", "Beijing"},
    {"港", "Hong Kong"},
    {"沪", "Shanghai"},
    {"津", "Tianjin"},
    {"渝", "Chongqing"},
    {"粤", "Guangdong"},
    {"中华", "China"},
    /* regions of Chinese news that CLDR and CC-CEDICT do not give as places */
    {"地球", "Earth"},
    {"东北", "Northeast China"},
    {"华北", "North China"},
    {"华南", "South China"},
    {"华东", "East China"},
    {"华中", "Central China"},
    {"西北", "Northwest China"},
    {"西南", "Southwest China"},
    {"江南", "Jiangnan"},
    {"亚太", "Asia-Pacific"},
    {"拉美", "Latin America"},
    {"中东", "Middle East"},
};

/* Chinese bodies named by a common noun that news treats as names (the
** value is the mention). */
static const char *const azZhOrgNoun[] = {
    "市委", "县委", "省委", "区委", "国会",
    "海军", "陆军", "空军", "内阁", "最高法院",
};

static int auxBuild(EntAux *pAux) {
  Lexicon *p = &pAux->lex;
  int rc = SQLITE_OK;
  for (int i = 0; i < NX_ALIAS_COUNT && rc == SQLITE_OK; i++) {
    const NxAliasRow *r = &aNxAlias[i];
    rc = lexAdd(
        p, r->zAlias, -1, r->zCanonical, -1, r->eKind,
        r->bCaseSensitive ? 1 : autoCase(r->zAlias, (int)strlen(r->zAlias)));
  }
  for (int i = 0; i < NELEM(aExtraOrg) && rc == SQLITE_OK; i++) {
    rc = lexAdd(p, aExtraOrg[i].zAlias, -1, aExtraOrg[i].zCanon, -1,
                aExtraOrg[i].eKind, -1);
  }
  if (rc == SQLITE_OK)
    rc = buildIcu(p);
  for (int i = 0; i < NELEM(azZhOrgNoun) && rc == SQLITE_OK; i++) {
    rc = lexAdd(p, azZhOrgNoun[i], -1, "", 0, K_ORG, 0);
  }
  for (int i = 0; i < NELEM(aZhAbbrev) && rc == SQLITE_OK; i++) {
    rc =
        lexAdd(p, aZhAbbrev[i].zAlias, -1, aZhAbbrev[i].zCanon, -1, K_PLACE, 0);
  }
  for (int i = 0; i < NX_CEDICT_NAME_COUNT && rc == SQLITE_OK; i++) {
    rc = lexAdd(p, aNxCedictName[i].zZh, -1, aNxCedictName[i].zEn, -1,
                aNxCedictName[i].eKind, 0);
  }
  /* names seen in NER training sets: the value is the mention itself */
  for (int i = 0; i < NX_NER_NAME_COUNT && rc == SQLITE_OK; i++) {
    rc = lexAdd(p, aNxNerName[i].zName, -1, "", 0, aNxNerName[i].eKind, 0);
  }
  if (rc == SQLITE_OK)
    rc = lexFinish(p);
  if (rc == SQLITE_OK)
    rc = wsBuild(&pAux->ws);
  if (rc != SQLITE_OK) {
    lexClear(p);
    sqlite3_free(pAux->ws.a);
    pAux->ws.a = 0;
    return rc;
  }
  pAux->bBuilt = 1;
  return SQLITE_OK;
}

static int kindFromName(const char *z) {
  static const struct {
    const char *z;
    int e;
  } a[] = {{"person", K_PER},  {"per", K_PER},          {"people", K_PER},
           {"org", K_ORG},     {"organization", K_ORG}, {"organisation", K_ORG},
           {"place", K_PLACE}, {"loc", K_PLACE},        {"location", K_PLACE},
           {"gpe", K_PLACE},   {"none", K_NONE},        {"ignore", K_NONE}};
  if (z == 0)
    return 0;
  for (int i = 0; i < NELEM(a); i++) {
    if (sqlite3_stricmp(a[i].z, z) == 0)
      return a[i].e;
  }
  return 0;
}

/*
** Re-reads newsext_aliases when the database may have changed since the
** last call (another connection committed: SQLITE_FCNTL_DATA_VERSION; this
** connection wrote: sqlite3_total_changes()).  The table is rebuilt only
** when its content hash differs.  *pzErr gets a message on a bad row.
*/
static int auxUserRefresh(EntAux *pAux, sqlite3 *db, char **pzErr) {
  unsigned int iVersion = 0;
  sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &iVersion);
  sqlite3_int64 nTotal = sqlite3_total_changes(db);
  if (pAux->bUserChecked && (int)iVersion == pAux->iSigVersion &&
      nTotal == pAux->iSigTotal) {
    return SQLITE_OK;
  }
  pAux->bUserChecked = 1;
  pAux->iSigVersion = (int)iVersion;
  pAux->iSigTotal = nTotal;

  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(
      db, "SELECT alias, kind, canonical FROM newsext_aliases", -1, &pStmt, 0);
  if (rc != SQLITE_OK) {
    /* no such table (or no such column): no user aliases */
    sqlite3_finalize(pStmt);
    if (rc == SQLITE_NOMEM)
      return rc;
    if (pAux->user.nEnt || pAux->user.aSlot)
      lexClear(&pAux->user);
    pAux->hUser = 0;
    return SQLITE_OK;
  }
  /* First pass: the content hash. */
  uint32_t h = 2166136261u;
  int nRow = 0;
  while ((rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
    for (int i = 0; i < 3; i++) {
      const unsigned char *z = sqlite3_column_text(pStmt, i);
      int n = sqlite3_column_bytes(pStmt, i);
      for (int j = 0; j < n; j++) {
        h ^= z[j];
        h *= 16777619u;
      }
      h ^= 0xFF;
      h *= 16777619u;
    }
    nRow++;
  }
  if (rc != SQLITE_DONE) {
    sqlite3_finalize(pStmt);
    return rc;
  }
  if (nRow > 0 && h == pAux->hUser && pAux->user.aSlot) {
    sqlite3_finalize(pStmt);
    return SQLITE_OK;
  }
  lexClear(&pAux->user);
  pAux->hUser = 0;
  sqlite3_reset(pStmt);
  rc = SQLITE_OK;
  int iRow = 0;
  while (rc == SQLITE_OK && sqlite3_step(pStmt) == SQLITE_ROW) {
    iRow++;
    const char *zAlias = (const char *)sqlite3_column_text(pStmt, 0);
    int nAlias = sqlite3_column_bytes(pStmt, 0);
    const char *zKind = (const char *)sqlite3_column_text(pStmt, 1);
    const char *zCanon = (const char *)sqlite3_column_text(pStmt, 2);
    int nCanon = sqlite3_column_bytes(pStmt, 2);
    if (zAlias == 0 || nAlias == 0)
      continue;
    int eKind = kindFromName(zKind);
    if (eKind == 0) {
      *pzErr = sqlite3_mprintf(
          "entities(): newsext_aliases row %d: unknown kind '%s' (expected "
          "person, org, place or none)",
          iRow, zKind ? zKind : "NULL");
      rc = SQLITE_ERROR;
      break;
    }
    if (zCanon == 0 || nCanon == 0) {
      zCanon = zAlias;
      nCanon = nAlias;
    }
    rc = lexAdd(&pAux->user, zAlias, nAlias, zCanon, nCanon, eKind, -1);
  }
  sqlite3_finalize(pStmt);
  if (rc == SQLITE_OK && pAux->user.nEnt > 0)
    rc = lexFinish(&pAux->user);
  if (rc != SQLITE_OK) {
    lexClear(&pAux->user);
    pAux->bUserChecked = 0;
    return rc;
  }
  pAux->hUser = h;
  return SQLITE_OK;
}

/* ==========================================================================
** The cursor: one text, scanned chunk by chunk.
*/
typedef struct Tok {
  int c0, c1; /* code points [c0, c1) of the chunk */
  uint32_t f;
  uint32_t bits; /* word classes (tokBits), once T_BITS is set */
  int iLex;      /* lexBest() from this token, once T_LEX is set */
  const void *pLexE, *pLexL;
} Tok;
#define T_LEX 0x40000000u
#define T_BITS 0x80000000u
#define T_WORD 0x1     /* letters or digits of a space-separated script */
#define T_CAP 0x2      /* starts with an upper-case letter */
#define T_UPPER 0x4    /* two or more letters, all upper case */
#define T_LOWER 0x8    /* starts with a lower-case letter */
#define T_DIGIT 0x10   /* starts with a digit */
#define T_HAN 0x20     /* one Han character */
#define T_KATA 0x40    /* a run of katakana (with ・ and ー) */
#define T_HIRA 0x80    /* one hiragana character */
#define T_PUNCT 0x100  /* one other character */
#define T_SP 0x200     /* whitespace before */
#define T_NL 0x400     /* line break before, or first of the text */
#define T_SENT 0x800   /* first word of a sentence */
#define T_BLOCK 0x1000 /* inside a money, percent or date mention */

typedef struct Span {
  int iStart, iEnd; /* bytes of the text */
  int eKind;
  int iVal, nVal; /* value in zVal */
  double rAmount, rUsd;
  uint8_t bAmount, bUsd;
  char zCur[4];
  float rConf;
  int64_t iChar, nChar; /* 1-based start and length in characters */
} Span;

typedef struct CorefEnt {
  uint32_t h, iKey, nKey, iCanon, nCanon;
  int eKind;
} CorefEnt;

typedef struct EntCursor {
  sqlite3_vtab_cursor base;
  EntAux *pAux;
  sqlite3 *db;
  char *zText; /* copy of the input */
  int nText;
  int iNext; /* first byte of the next chunk */
  int bDone; /* every chunk scanned */
  char zLang[8];
  char zRef[11];
  int bRef, iYear, iMonth;
  char *zRefArg, *zLangArg; /* the arguments, read back by HIDDEN columns */
  /* rows of the current chunk */
  Span *aSpan;
  int nSpan, nSpanAlloc, iSpan;
  char *zVal;
  int nVal, nValAlloc;
  sqlite3_int64 iRowid;
  /* scan buffers */
  uint32_t *aCp;
  int *aOff; /* byte offset (in the text) of each code point, and the end */
  int nCp, nCpAlloc;
  Tok *aTok;
  int nTok, nTokAlloc;
  uint32_t *aLow; /* hashes of lower-case words of the chunk */
  uint32_t mLow;
  /* character counting, rows come in text order */
  int iLastByte;
  int64_t iLastChar;
  /* one story, one identity */
  CorefEnt *aCoref;
  uint32_t mCoref;
  int nCoref;
  char *zCoref;
  int nCorefArena, nCorefAlloc;
} EntCursor;

static int growBuf(void **pp, int *pnAlloc, int64_t nNeed, int szElem) {
  if (nNeed <= *pnAlloc)
    return SQLITE_OK;
  int64_t a = *pnAlloc ? *pnAlloc : 64;
  while (a < nNeed)
    a *= 2;
  if (a * szElem > 0x7fffffff)
    return SQLITE_TOOBIG;
  void *pNew = sqlite3_realloc64(*pp, (sqlite3_uint64)(a * szElem));
  if (pNew == 0)
    return SQLITE_NOMEM;
  *pp = pNew;
  *pnAlloc = (int)a;
  return SQLITE_OK;
}

/* ---- coreference table -------------------------------------------------- */
static int corefAdd(EntCursor *p, const Key *k, const char *zCanon, int nCanon,
                    int eKind) {
  if (k->n == 0 || p->nCoref >= NX_MAXCOREF)
    return SQLITE_OK;
  if (p->aCoref == 0) {
    p->mCoref = 2 * NX_MAXCOREF - 1;
    p->aCoref =
        sqlite3_malloc64((sqlite3_uint64)(p->mCoref + 1) * sizeof(CorefEnt));
    if (p->aCoref == 0)
      return SQLITE_NOMEM;
    memset(p->aCoref, 0, (size_t)(p->mCoref + 1) * sizeof(CorefEnt));
  }
  uint32_t i = k->h & p->mCoref;
  while (p->aCoref[i].nKey) {
    CorefEnt *e = &p->aCoref[i];
    if (e->h == k->h && e->nKey == (uint32_t)k->n &&
        memcmp(p->zCoref + e->iKey, k->z, (size_t)k->n) == 0) {
      return SQLITE_OK; /* first full name wins */
    }
    i = (i + 1) & p->mCoref;
  }
  int rc = growBuf((void **)&p->zCoref, &p->nCorefAlloc,
                   (int64_t)p->nCorefArena + k->n + nCanon, 1);
  if (rc)
    return rc;
  CorefEnt *e = &p->aCoref[i];
  e->h = k->h;
  e->iKey = (uint32_t)p->nCorefArena;
  e->nKey = (uint32_t)k->n;
  memcpy(p->zCoref + p->nCorefArena, k->z, (size_t)k->n);
  p->nCorefArena += k->n;
  e->iCanon = (uint32_t)p->nCorefArena;
  e->nCanon = (uint32_t)nCanon;
  memcpy(p->zCoref + p->nCorefArena, zCanon, (size_t)nCanon);
  p->nCorefArena += nCanon;
  e->eKind = eKind;
  p->nCoref++;
  return SQLITE_OK;
}
static const CorefEnt *corefFind(const EntCursor *p, const Key *k) {
  if (p->aCoref == 0 || k->n == 0)
    return 0;
  uint32_t i = k->h & p->mCoref;
  while (p->aCoref[i].nKey) {
    const CorefEnt *e = &p->aCoref[i];
    if (e->h == k->h && e->nKey == (uint32_t)k->n &&
        memcmp(p->zCoref + e->iKey, k->z, (size_t)k->n) == 0) {
      return e;
    }
    i = (i + 1) & p->mCoref;
  }
  return 0;
}

/* ---- spans -------------------------------------------------------------- */
static int addVal(EntCursor *p, const char *z, int n, int *piVal) {
  int rc =
      growBuf((void **)&p->zVal, &p->nValAlloc, (int64_t)p->nVal + n + 1, 1);
  if (rc)
    return rc;
  memcpy(p->zVal + p->nVal, z, (size_t)n);
  *piVal = p->nVal;
  p->nVal += n;
  return SQLITE_OK;
}

static Span *newSpan(EntCursor *p, int iStart, int iEnd, int eKind,
                     float rConf) {
  if (growBuf((void **)&p->aSpan, &p->nSpanAlloc, p->nSpan + 1, sizeof(Span))) {
    return 0;
  }
  Span *s = &p->aSpan[p->nSpan++];
  memset(s, 0, sizeof(*s));
  s->iStart = iStart;
  s->iEnd = iEnd;
  s->eKind = eKind;
  s->rConf = rConf;
  return s;
}

/* ---- tokens of a chunk --------------------------------------------------- */
static int isSentEnd(uint32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F || c == 0x2026 || c == ';' || c == 0xFF1B;
}

static const char *tokZ(const EntCursor *p, int t) {
  return p->zText + p->aOff[p->aTok[t].c0];
}
static int tokN(const EntCursor *p, int t) {
  return p->aOff[p->aTok[t].c1] - p->aOff[p->aTok[t].c0];
}
static void tokKey(const EntCursor *p, int t, Key *k) {
  keyInit(k);
  for (int c = p->aTok[t].c0; c < p->aTok[t].c1; c++)
    keyAdd(k, foldCp(p->aCp[c], 1));
}
/* Word classes of token t (folded; a trailing dot dropped; for a hyphenated
** word, also those of its last part: "US-Präsident" is a title). */
static uint32_t tokBitsCompute(const EntCursor *p, int t);
static uint32_t tokBits(const EntCursor *p, int t) {
  Tok *T = (Tok *)&p->aTok[t]; /* the cache is not part of the token's value */
  if (!(T->f & T_BITS)) {
    T->bits = tokBitsCompute(p, t);
    T->f |= T_BITS;
  }
  return T->bits;
}
static uint32_t tokBitsCompute(const EntCursor *p, int t) {
  const Tok *T = &p->aTok[t];
  if (!(T->f & (T_WORD | T_HAN | T_KATA | T_HIRA)))
    return 0;
  Key k;
  tokKey(p, t, &k);
  if (k.bFull)
    return 0;
  int n = k.n;
  if (n > 1 && k.z[n - 1] == '.')
    n--;
  uint32_t b = wsGet(&p->pAux->ws, k.z, n);
  if (T->f & T_WORD) {
    for (int i = n - 1; i > 0; i--) {
      if (k.z[i] == '-') {
        b |= wsGet(&p->pAux->ws, k.z + i + 1, n - i - 1) & (W_TITLE | W_ORG);
        break;
      }
    }
  }
  return b;
}

static void lowAdd(EntCursor *p, uint32_t h) { hashSetAdd(p->aLow, p->mLow, h); }
/* Does the chunk have token t's word in lower case somewhere? */
static int lowHas(const EntCursor *p, int t) {
  Key k;
  tokKey(p, t, &k);
  uint32_t h = k.h ? k.h : 1;
  uint32_t i = h & p->mLow;
  while (p->aLow[i]) {
    if (p->aLow[i] == h)
      return 1;
    i = (i + 1) & p->mLow;
  }
  return 0;
}

static int tokenize(EntCursor *p, int bLineStart) {
  const uint32_t *a = p->aCp;
  int n = p->nCp;
  int bSp = 0, bNl = bLineStart, bSent = 1;
  p->nTok = 0;
  int i = 0;
  while (i < n) {
    uint32_t c = a[i];
    if (isSpaceCp(c)) {
      bSp = 1;
      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
        bNl = 1;
        bSent = 1;
      }
      i++;
      continue;
    }
    int rc =
        growBuf((void **)&p->aTok, &p->nTokAlloc, p->nTok + 1, sizeof(Tok));
    if (rc)
      return rc;
    Tok *t = &p->aTok[p->nTok++];
    t->c0 = i;
    uint32_t f = 0;
    int j = i + 1;
    if (isDigitCp(c)) {
      f = T_WORD | T_DIGIT;
      while (j < n && (isDigitCp(a[j]) || isLetter(a[j]) ||
                       ((a[j] == '.' || a[j] == ',') && j + 1 < n &&
                        isDigitCp(a[j + 1])))) {
        j++;
      }
    } else if (isLetter(c)) {
      f = T_WORD;
      int seg = i;
      j = i;
      int bDot = 0;
      for (;;) {
        while (j < n && (isLetter(a[j]) || isDigitCp(a[j])))
          j++;
        if (j + 1 < n && isHyphen(a[j]) &&
            (isLetter(a[j + 1]) || isDigitCp(a[j + 1]))) {
          j++;
          seg = j;
          continue;
        }
        if (j + 1 < n && isApos(a[j]) && isLetter(a[j + 1])) {
          if ((a[j + 1] | 0x20) == 's' && (j + 2 >= n || !isLetter(a[j + 2])))
            break;
          if (j - i <= 2 && isLowerCp(a[i])) {
            j++; /* elision: d' l' qu' stand alone */
            break;
          }
          j++;
          seg = j;
          continue;
        }
        if (j + 1 < n && a[j] == '.' && j - seg == 1 && isLetter(a[j + 1]) &&
            (j + 2 >= n || !isLetter(a[j + 2]))) {
          j++; /* U.S. */
          seg = j;
          bDot = 1;
          continue;
        }
        if (bDot && j < n && a[j] == '.' && j - seg == 1)
          j++;
        break;
      }
      int nUp = 0, nLow = 0;
      for (int k = i; k < j; k++) {
        if (isUpperCp(a[k]))
          nUp++;
        else if (isLowerCp(a[k]))
          nLow++;
      }
      if (isUpperCp(c))
        f |= T_CAP;
      else if (isLowerCp(c))
        f |= T_LOWER;
      if (nUp >= 2 && nLow == 0)
        f |= T_UPPER;
    } else if (isHan(c)) {
      f = T_HAN;
    } else if (isKata(c)) {
      f = T_KATA;
      while (j < n &&
             (isKata(a[j]) || (isDot(a[j]) && j + 1 < n && isKata(a[j + 1]))))
        j++;
    } else if (isHira(c)) {
      f = T_HIRA;
    } else {
      f = T_PUNCT;
    }
    t->c1 = j;
    if (bSp)
      f |= T_SP;
    if (bNl)
      f |= T_NL;
    if (f & (T_WORD | T_HAN | T_KATA | T_HIRA)) {
      if (bSent)
        f |= T_SENT;
      bSent = 0;
    } else if (isSentEnd(c)) {
      /* "Mr." "J." do not end a sentence */
      int bAbbr = 0;
      if (c == '.' && p->nTok >= 2) {
        const Tok *pPrev = &p->aTok[p->nTok - 2];
        if ((pPrev->f & T_WORD) && (pPrev->c1 == i) &&
            (pPrev->c1 - pPrev->c0 == 1 ||
             (tokBits(p, p->nTok - 2) & W_TITLE))) {
          bAbbr = 1;
        }
      }
      if (!bAbbr)
        bSent = 1;
    }
    t->f = f;
    bSp = 0;
    bNl = 0;
    i = j;
  }
  /* the lower-case words of the chunk */
  uint32_t m = 64;
  while (m < (uint32_t)p->nTok * 2)
    m *= 2;
  sqlite3_free(p->aLow);
  p->aLow = sqlite3_malloc64((sqlite3_uint64)m * sizeof(uint32_t));
  if (p->aLow == 0)
    return SQLITE_NOMEM;
  memset(p->aLow, 0, (size_t)m * sizeof(uint32_t));
  p->mLow = m - 1;
  for (int t = 0; t < p->nTok; t++) {
    if ((p->aTok[t].f & (T_WORD | T_LOWER)) == (T_WORD | T_LOWER)) {
      Key k;
      tokKey(p, t, &k);
      lowAdd(p, k.h);
    }
  }
  return SQLITE_OK;
}

/* ---- lexicon matches ----------------------------------------------------- */

/* Longest alias of pLex starting at token i: its end token, or -1. */
static int lexMatch(const EntCursor *p, const Lexicon *pLex, int i,
                    const LexEnt **ppE) {
  if (pLex->aSlot == 0)
    return -1;
  const Tok *T0 = &p->aTok[i];
  if (T0->f & T_BLOCK)
    return -1;
  if ((T0->f & T_LOWER) && !pLex->bLowerStart)
    return -1;
  Key k, x;
  keyInit(&k);
  keyInit(&x);
  int best = -1;
  for (int t = i; t < p->nTok && t < i + 24; t++) {
    const Tok *T = &p->aTok[t];
    if (T->f & T_BLOCK)
      break;
    if (t > i) {
      if (T->f & T_NL)
        break;
      if (T->f & T_SP) {
        keyAdd(&k, ' ');
        keyAdd(&x, ' ');
        if (!lexHasPrefix(pLex, k.h))
          break;
      }
    }
    int bPre = 1;
    for (int c = T->c0; c < T->c1; c++) {
      keyAdd(&k, foldCp(p->aCp[c], 1));
      keyAdd(&x, foldCp(p->aCp[c], 0));
      if (k.bFull || !lexHasPrefix(pLex, k.h)) {
        bPre = 0;
        break;
      }
    }
    if (!bPre)
      break;
    const LexEnt *e = lexFind(pLex, &k, &x);
    if (e == 0)
      continue;
    /* a Latin alias matched without case must start upper case in the text
    ** (so that "turkey" is no country), and must not end inside a word */
    if ((T0->f & T_WORD) && !e->bCase &&
        !(T0->f & (T_CAP | T_UPPER | T_DIGIT))) {
      continue;
    }
    if ((T->f & T_WORD) && t + 1 < p->nTok &&
        !(p->aTok[t + 1].f & (T_SP | T_NL)) && (p->aTok[t + 1].f & T_WORD)) {
      continue;
    }
    best = t + 1;
    *ppE = e;
  }
  return best;
}

/* The longer of the user's and the built-in matches (the user's on a tie). */
static int lexBestCompute(const EntCursor *p, int i, const LexEnt **ppE,
                          const Lexicon **ppLex);
static int lexBest(const EntCursor *p, int i, const LexEnt **ppE,
                   const Lexicon **ppLex) {
  Tok *T = (Tok *)&p->aTok[i]; /* a cache, not part of the token's value */
  if (!(T->f & T_LEX)) {
    const LexEnt *e = 0;
    const Lexicon *l = 0;
    T->iLex = lexBestCompute(p, i, &e, &l);
    T->pLexE = e;
    T->pLexL = l;
    T->f |= T_LEX;
  }
  *ppE = (const LexEnt *)T->pLexE;
  *ppLex = (const Lexicon *)T->pLexL;
  return T->iLex;
}
static int lexBestCompute(const EntCursor *p, int i, const LexEnt **ppE,
                          const Lexicon **ppLex) {
  const LexEnt *eU = 0, *eB = 0;
  int jU = lexMatch(p, &p->pAux->user, i, &eU);
  int jB = lexMatch(p, &p->pAux->lex, i, &eB);
  if (jU < 0 && jB < 0)
    return -1;
  if (jU >= jB) {
    *ppE = eU;
    *ppLex = &p->pAux->user;
    return jU;
  }
  *ppE = eB;
  *ppLex = &p->pAux->lex;
  return jB;
}

/* ---- emitting ------------------------------------------------------------ */
/* The mention normalised: spaces collapsed; bTitle: "BERLIN" -> "Berlin". */
static int normValue(EntCursor *p, int t0, int t1, int bTitle, int *piVal,
                     int *pnVal) {
  char z[512];
  int n = 0;
  for (int t = t0; t < t1 && n < 500; t++) {
    if (t > t0 && (p->aTok[t].f & (T_SP | T_NL)))
      z[n++] = ' ';
    int bFirst = 1;
    for (int c = p->aTok[t].c0; c < p->aTok[t].c1 && n < 500; c++) {
      uint32_t u = p->aCp[c];
      if (bTitle && !bFirst)
        u = (uint32_t)utf8proc_tolower((utf8proc_int32_t)u);
      if (isSpaceCp(u))
        u = ' ';
      bFirst = !isLetter(u);
      n += newsext_utf8_encode(u, (unsigned char *)z + n);
    }
  }
  return addVal(p, z, n, piVal) ? SQLITE_NOMEM : (*pnVal = n, SQLITE_OK);
}

static int emitTok(EntCursor *p, int t0, int t1, int eKind, const char *zVal,
                   int nVal, float rConf) {
  int iS = p->aOff[p->aTok[t0].c0];
  int iE = p->aOff[p->aTok[t1 - 1].c1];
  int iVal = 0;
  if (zVal == 0 || nVal == 0) {
    if (normValue(p, t0, t1, 0, &iVal, &nVal))
      return SQLITE_NOMEM;
  } else if (addVal(p, zVal, nVal, &iVal)) {
    return SQLITE_NOMEM;
  }
  Span *s = newSpan(p, iS, iE, eKind, rConf);
  if (s == 0)
    return SQLITE_NOMEM;
  s->iVal = iVal;
  s->nVal = nVal;
  return SQLITE_OK;
}

/* Remembers a person's (or organisation's) full name under its short forms:
** the last word ("Biden"), the last part of a dotted name ("拜登"). */
static int corefLearn(EntCursor *p, int t0, int t1, const char *zVal, int nVal,
                      int eKind) {
  Key k;
  int nWord = 0;
  for (int t = t0; t < t1; t++)
    nWord += (p->aTok[t].f & T_WORD) != 0;
  if (nWord >= 2 && (p->aTok[t1 - 1].f & T_WORD)) {
    tokKey(p, t1 - 1, &k);
    if (corefAdd(p, &k, zVal, nVal, eKind))
      return SQLITE_NOMEM;
  }
  /* dotted names: the part after the last dot */
  int iDot = -1;
  for (int c = p->aTok[t0].c0; c < p->aTok[t1 - 1].c1; c++) {
    if (isDot(p->aCp[c]))
      iDot = c;
  }
  if (iDot >= 0 && iDot + 2 <= p->aTok[t1 - 1].c1) {
    keyInit(&k);
    for (int c = iDot + 1; c < p->aTok[t1 - 1].c1; c++)
      keyAdd(&k, foldCp(p->aCp[c], 1));
    if (corefAdd(p, &k, zVal, nVal, eKind))
      return SQLITE_NOMEM;
  }
  /* the full mention itself */
  keyInit(&k);
  for (int t = t0; t < t1; t++) {
    if (t > t0 && (p->aTok[t].f & T_SP))
      keyAdd(&k, ' ');
    for (int c = p->aTok[t].c0; c < p->aTok[t].c1; c++)
      keyAdd(&k, foldCp(p->aCp[c], 1));
  }
  if (corefAdd(p, &k, zVal, nVal, eKind))
    return SQLITE_NOMEM;
  return SQLITE_OK;
}

static int emitEnt(EntCursor *p, int t0, int t1, int eKind, const char *zVal,
                   int nVal, float rConf) {
  if (eKind == K_NONE)
    return SQLITE_OK;
  int rc = emitTok(p, t0, t1, eKind, zVal, nVal, rConf);
  if (rc == SQLITE_OK && (eKind == K_PER)) {
    Span *s = &p->aSpan[p->nSpan - 1];
    /* copy: zVal may move while the coref arena grows (it does not share it) */
    rc = corefLearn(p, t0, t1, p->zVal + s->iVal, s->nVal, eKind);
  }
  return rc;
}

/* ---- rules for space-separated scripts ----------------------------------- */
static int isCapTok(const Tok *t) {
  return (t->f & T_WORD) && (t->f & (T_CAP | T_UPPER)) && !(t->f & T_BLOCK);
}
static int isPunctTok(const EntCursor *p, int t, uint32_t c) {
  return t >= 0 && t < p->nTok && (p->aTok[t].f & T_PUNCT) &&
         p->aCp[p->aTok[t].c0] == c;
}

/* A legal form after a company name: Inc, GmbH, S.A., plc (any case). */
static int isLegal(const EntCursor *p, int t) {
  if (t < 0 || t >= p->nTok || !(p->aTok[t].f & T_WORD))
    return 0;
  Key k;
  tokKey(p, t, &k);
  int n = k.n;
  if (n > 1 && k.z[n - 1] == '.')
    n--;
  for (int i = 0; i < NELEM(azLegal); i++) {
    if ((int)strlen(azLegal[i]) == n && memcmp(azLegal[i], k.z, (size_t)n) == 0)
      return 1;
  }
  return 0;
}

/* Legal forms written with a dot: Inc., Corp., Ltd., Co. */
static int legalDot(const EntCursor *p, int t) {
  Key k;
  tokKey(p, t, &k);
  return (k.n == 3 &&
          (memcmp(k.z, "inc", 3) == 0 || memcmp(k.z, "ltd", 3) == 0)) ||
         (k.n == 4 && memcmp(k.z, "corp", 4) == 0) ||
         (k.n == 2 && memcmp(k.z, "co", 2) == 0);
}

/* The end of a company name with its legal form: "Acme Inc." takes the dot
** of Inc (as news tokenisers do), "Nortel plc" the lower-case form. */
static int legalEnd(const EntCursor *p, int r) {
  while (r < p->nTok && !(p->aTok[r].f & T_NL) && isLegal(p, r)) {
    r++;
    if (legalDot(p, r - 1) && isPunctTok(p, r, '.') && !(p->aTok[r].f & T_SP))
      r++;
  }
  return r;
}

/* A coordinating conjunction ("Torvex y Parmenta", "Kelbrand und Ostrava"):
** it links two names and never joins them into one, even when the same
** word is a name connector elsewhere (Spanish "y" in "Ramón y Cajal").
** Names that really contain one ("Procter & Gamble") are in the alias table,
** which is matched before capitalised runs. */
static int isConjTok(const EntCursor *p, int t) {
  static const char *const az[] = {"y",   "e",  "i",  "u",    "o",
                                   "and", "or", "et", "ou",   "ed",
                                   "und", "oder"};
  Key k;
  tokKey(p, t, &k);
  for (int j = 0; j < NELEM(az); j++) {
    int n = (int)strlen(az[j]);
    if (k.n == n && memcmp(k.z, az[j], (size_t)n) == 0)
      return 1;
  }
  return 0;
}

/* End of the run of capitalised words from token i (connectors inside,
** "Mr." and initials with their dot; never across a conjunction). */
static int capRunEnd(const EntCursor *p, int i) {
  int last = i + 1, t = i + 1;
  /* German capitalises every noun: "Laufe der Zeit" is no name, and only
  ** "von", "van", "de" after a given name join one ("Ursula von der Leyen") */
  int bDe = strcmp(p->zLang, "de") == 0;
  while (t < p->nTok && t < i + 12) {
    const Tok *T = &p->aTok[t];
    if (T->f & T_NL)
      break;
    if (isCapTok(T)) {
      last = ++t;
      if (isLegal(p, t - 1))
        break; /* a legal form ends a company name */
      continue;
    }
    /* the dot of "Mr." or of an initial, directly after the word */
    if (isPunctTok(p, t, '.') && !(T->f & T_SP) && t + 1 < p->nTok &&
        isCapTok(&p->aTok[t + 1]) && !(p->aTok[t + 1].f & T_NL)) {
      const Tok *P = &p->aTok[t - 1];
      if ((P->f & T_WORD) && ((P->c1 - P->c0 == 1 && (P->f & T_CAP)) ||
                              (tokBits(p, t - 1) & (W_TITLE | W_PLACE)))) {
        t++;
        continue;
      }
    }
    if ((T->f & T_LOWER) && (tokBits(p, t) & W_CONN) && !isConjTok(p, t) &&
        t + 1 < p->nTok &&
        isCapTok(&p->aTok[t + 1]) && !(p->aTok[t + 1].f & T_NL) &&
        (!bDe ||
         ((tokBits(p, t - 1) & (W_GIVEN | W_GIVEN2)) &&
          (tokBits(p, t) & W_CONNDE)) ||
         ((tokBits(p, t - 1) & W_CONNDE) && (p->aTok[t - 1].f & T_LOWER)))) {
      t++;
      continue;
    }
    if (isPunctTok(p, t, '&') && t + 1 < p->nTok && isCapTok(&p->aTok[t + 1])) {
      t++;
      continue;
    }
    break;
  }
  return last;
}

static int nWords(const EntCursor *p, int t0, int t1) {
  int n = 0;
  for (int t = t0; t < t1; t++)
    n += isCapTok(&p->aTok[t]);
  return n;
}

static int endsWith(const char *z, int n, const char *zSuf) {
  int m = (int)strlen(zSuf);
  return n > m + 2 && memcmp(z + n - m, zSuf, (size_t)m) == 0;
}

/* German common nouns by their ending (not names). */
static int isGermanNoun(const EntCursor *p, int t) {
  static const char *const az[] = {
      "ung",   "heit",  "keit",   "schaft", "tion",     "tät",
      "ismus", "nis",   "tum",    "ment",   "chen",     "lein",
      "ei",    "ik",    "ur",     "enz",    "anz",      "ling",
      "ität",  "ungen", "heiten", "keiten", "schaften", "tionen",
      "ssen",  "rung",  "ern",    "ten",    "gen",      "sten"};
  const char *z = tokZ(p, t);
  int n = tokN(p, t);
  for (int i = 0; i < NELEM(az); i++) {
    if (endsWith(z, n, az[i]))
      return 1;
  }
  return 0;
}
static int isGermanPlace(const EntCursor *p, int t) {
  static const char *const az[] = {
      "burg",  "berg",    "dorf",  "stadt", "hausen", "heim",    "ingen",
      "feld",  "furt",    "bach",  "hagen", "brück",  "brücken", "rode",
      "walde", "kirchen", "hofen", "stedt", "leben",  "roda",    "münster",
      "stein", "au",      "ow",    "itz"};
  const char *z = tokZ(p, t);
  int n = tokN(p, t);
  for (int i = 0; i < NELEM(az); i++) {
    if (endsWith(z, n, az[i]))
      return 1;
  }
  return 0;
}
static int isNationality(const EntCursor *p, int t) {
  static const char *const az[] = {"ese",    "ish", "ian",  "ean",   "can",
                                   "ans",    "ic",  "isch", "ische", "ischen",
                                   "ischer", "ais", "aise", "ois",   "oise",
                                   "ano",    "ana", "ense", "ese",   "i"};
  const char *z = tokZ(p, t);
  int n = tokN(p, t);
  if (p->aTok[t].f & T_UPPER)
    return 0;
  for (int i = 0; i < NELEM(az); i++) {
    if (endsWith(z, n, az[i]))
      return 1;
  }
  return 0;
}

/* Value of a person run: the user's or built-in alias when one covers it
** exactly, else an earlier full name, else the mention. */
static int emitPerson(EntCursor *p, int t0, int t1, float rConf) {
  const LexEnt *e = 0;
  const Lexicon *pl = 0;
  int j = lexBest(p, t0, &e, &pl);
  if (j == t1 && e->eKind == K_PER) {
    return emitEnt(p, t0, t1, K_PER, pl->zArena + e->iCanon, (int)e->nCanon,
                   0.9f);
  }
  if (t1 - t0 == 1) {
    Key k;
    tokKey(p, t0, &k);
    const CorefEnt *c = corefFind(p, &k);
    if (c == 0 && k.n > 2 && k.z[k.n - 1] == 's') {
      k.n--;
      k.h = hashBytes(k.z, k.n);
      c = corefFind(p, &k);
    }
    if (c && c->eKind == K_PER) {
      return emitTok(p, t0, t1, K_PER, p->zCoref + c->iCanon, (int)c->nCanon,
                     rConf);
    }
  }
  return emitEnt(p, t0, t1, K_PER, 0, 0, rConf);
}

/* Organisation or place value, with the German weak adjective ending
** undone after an article ("der Deutschen Bank" -> "Deutsche Bank"). */
static int emitNamed(EntCursor *p, int t0, int t1, int eKind, float rConf) {
  if (eKind == K_ORG) {
    if (legalDot(p, t1 - 1) && isPunctTok(p, t1, '.') &&
        !(p->aTok[t1].f & T_SP))
      t1++;
    t1 = legalEnd(p, t1);
  }
  if (strcmp(p->zLang, "de") == 0 && t1 - t0 >= 2 && t0 > 0 &&
      (p->aTok[t0 - 1].f & T_LOWER)) {
    Key a;
    tokKey(p, t0 - 1, &a);
    const char *z = tokZ(p, t0);
    int n = tokN(p, t0);
    if (a.n == 3 &&
        (memcmp(a.z, "der", 3) == 0 || memcmp(a.z, "den", 3) == 0 ||
         memcmp(a.z, "dem", 3) == 0 || memcmp(a.z, "des", 3) == 0) &&
        n > 4 && memcmp(z + n - 2, "en", 2) == 0) {
      int iVal, nVal;
      if (normValue(p, t0, t1, 0, &iVal, &nVal))
        return SQLITE_NOMEM;
      char zBuf[512];
      int m = nVal < 500 ? nVal : 500;
      memcpy(zBuf, p->zVal + iVal, (size_t)m);
      /* drop the 'n' of the first word */
      memmove(zBuf + n - 1, zBuf + n, (size_t)(m - n));
      p->nVal = iVal; /* give back the scratch value */
      /* der Deutschen Bank -> Deutsche Bank, which may be listed */
      Key kk, kx;
      keyFold(&kk, zBuf, m - 1, 1);
      keyFold(&kx, zBuf, m - 1, 0);
      const LexEnt *e = lexFind(&p->pAux->user, &kk, &kx);
      const Lexicon *pl = &p->pAux->user;
      if (e == 0) {
        e = lexFind(&p->pAux->lex, &kk, &kx);
        pl = &p->pAux->lex;
      }
      if (e && e->nCanon > 0 && e->eKind == eKind) {
        return emitEnt(p, t0, t1, eKind, pl->zArena + e->iCanon, (int)e->nCanon,
                       0.8f);
      }
      return emitEnt(p, t0, t1, eKind, zBuf, m - 1, rConf);
    }
  }
  return emitEnt(p, t0, t1, eKind, 0, 0, rConf);
}

/* Classifies the capitalised run [a, r) that has no title in it. */
static int classifyRun(EntCursor *p, int a, int r) {
  int bDe = strcmp(p->zLang, "de") == 0;
  while (a < r && !isCapTok(&p->aTok[a]))
    a++;
  while (r > a && !isCapTok(&p->aTok[r - 1]))
    r--;
  if (a >= r)
    return SQLITE_OK;
  int n = nWords(p, a, r);
  uint32_t bFirst = tokBits(p, a), bLast = tokBits(p, r - 1);
  int bOrg = 0;
  for (int t = a; t < r; t++) {
    if (isCapTok(&p->aTok[t]) && (tokBits(p, t) & W_ORG))
      bOrg = 1;
  }
  if (bOrg && n == 1 && !(p->aTok[a].f & T_UPPER) && (bFirst & W_ORG)) {
    return SQLITE_OK; /* "Polizei", "Team", "Bank" alone */
  }
  if (bOrg)
    return emitNamed(p, a, r, K_ORG, 0.7f);
  if ((bFirst & W_PLACE) || (bLast & W_PLACE)) {
    if (n >= 2)
      return emitNamed(p, a, r, K_PLACE, 0.7f);
  }
  const Tok *A = &p->aTok[a];
  if (n == 1) {
    Key k;
    tokKey(p, a, &k);
    const CorefEnt *c = corefFind(p, &k);
    if (c == 0 && k.n > 3 && k.z[k.n - 1] == 's') {
      k.n--;
      k.h = hashBytes(k.z, k.n);
      c = corefFind(p, &k);
    }
    if (c) {
      return emitTok(p, a, r, c->eKind, p->zCoref + c->iCanon, (int)c->nCanon,
                     0.7f);
    }
    int nLen = tokN(p, a);
    if ((A->f & T_UPPER) && nLen >= 2 && nLen <= 6 && !(bFirst & W_NOTACR)) {
      return emitEnt(p, a, r, K_ORG, 0, 0, 0.5f);
    }
    if ((bFirst & W_GIVEN) && !(A->f & T_SENT))
      return emitPerson(p, a, r, 0.5f);
    if (r < p->nTok && (tokBits(p, r) & W_SAY))
      return emitPerson(p, a, r, 0.6f);
    if (a > 0 && (p->aTok[a - 1].f & T_LOWER) && (tokBits(p, a - 1) & W_SAY)) {
      return emitPerson(p, a, r, 0.6f); /* sagte Röttgen */
    }
    if (bFirst & (W_STOP | W_TITLE))
      return SQLITE_OK;
    int bPrep = a > 0 && (p->aTok[a - 1].f & T_LOWER) &&
                (tokBits(p, a - 1) & W_PREPLOC);
    if (bDe) {
      if (isGermanNoun(p, a))
        return SQLITE_OK;
      int bArticle =
          a > 0 && (p->aTok[a - 1].f & T_LOWER) && (tokBits(p, a - 1) & W_STOP);
      if (isGermanPlace(p, a) && (bPrep || (!(A->f & T_SENT) && !bArticle))) {
        return emitEnt(p, a, r, K_PLACE, 0, 0, 0.5f);
      }
      return SQLITE_OK;
    }
    if ((A->f & T_SENT) && lowHas(p, a))
      return SQLITE_OK;
    if (isNationality(p, a))
      return SQLITE_OK;
    if (bPrep)
      return emitEnt(p, a, r, K_PLACE, 0, 0, 0.4f);
    if (A->f & T_SENT)
      return SQLITE_OK;
    return SQLITE_OK;
  }
  /* two words or more; all in capitals is a headline or a label
  ** ("TALKING POINT", "LIRE AUSSI"), not a name */
  int bAllUpper = 1;
  for (int t = a; t < r; t++) {
    if (isCapTok(&p->aTok[t]) && !(p->aTok[t].f & T_UPPER))
      bAllUpper = 0;
  }
  if (bAllUpper)
    return SQLITE_OK;
  if ((A->f & T_SENT) && ((bFirst & W_STOP) || lowHas(p, a))) {
    return classifyRun(p, a + 1, r);
  }
  /* "Berlin Olaf Scholz": a given name inside the run starts a person */
  if (!(bFirst & (W_GIVEN | W_GIVEN2))) {
    for (int t = a + 1; t < r; t++) {
      if (isCapTok(&p->aTok[t]) && isCapTok(&p->aTok[t - 1]) &&
          (tokBits(p, t) & (W_GIVEN | W_GIVEN2)) && t + 1 < r) {
        int rc = classifyRun(p, a, t);
        return rc ? rc : classifyRun(p, t, r);
      }
    }
  }
  /* "Merkels Politik": a German common noun after a name */
  if (bDe && isGermanNoun(p, r - 1))
    return classifyRun(p, a, r - 1);
  if (bDe && (A->f & T_SENT) && !(bFirst & (W_GIVEN | W_GIVEN2))) {
    /* "Neue Regeln": an adjective and a noun at the start of a sentence */
    if (isGermanNoun(p, r - 1))
      return SQLITE_OK;
  }
  if (bFirst & (W_GIVEN | W_GIVEN2))
    return emitPerson(p, a, r, 0.7f);
  if (isNationality(p, a) && n == 2) {
    return classifyRun(p, a + 1, r);
  }
  for (int t = a; t < r; t++) {
    if (p->aTok[t].f & T_UPPER)
      return emitNamed(p, a, r, K_ORG, 0.5f);
  }
  /* German: capitalised words without any evidence are mostly nouns */
  if (bDe)
    return SQLITE_OK;
  if (n <= 3)
    return emitPerson(p, a, r, 0.5f);
  return emitNamed(p, a, r, K_ORG, 0.4f);
}

/* A dateline: "BERLIN (dpa) -", "PARIS, 5 mars (Reuters) -". */
static int datelineAt(EntCursor *p, int i, int *pNext) {
  int j = i;
  while (j < p->nTok && (p->aTok[j].f & T_UPPER) && !(p->aTok[j].f & T_BLOCK) &&
         (j == i || !(p->aTok[j].f & T_NL)) && j < i + 4) {
    j++;
  }
  if (j == i || j >= p->nTok)
    return 0;
  if (!(isPunctTok(p, j, '(') || isPunctTok(p, j, ',') ||
        isPunctTok(p, j, '-') || isPunctTok(p, j, 0x2013) ||
        isPunctTok(p, j, 0x2014))) {
    return 0;
  }
  const LexEnt *e = 0;
  const Lexicon *pl = 0;
  int m = lexBest(p, i, &e, &pl);
  int rc;
  /* an unlisted word in capitals is a place only before "(agency)" */
  if (m != j && !isPunctTok(p, j, '('))
    return 0;
  if (m == j && e->eKind == K_PER)
    return 0;
  if (m == j && e->eKind != K_NONE && e->nCanon > 0) {
    rc = emitEnt(p, i, j, e->eKind, pl->zArena + e->iCanon, (int)e->nCanon,
                 0.9f);
  } else {
    int iVal, nVal;
    if (normValue(p, i, j, 1, &iVal, &nVal))
      return SQLITE_NOMEM;
    char z[512];
    memcpy(z, p->zVal + iVal, (size_t)nVal);
    p->nVal = iVal;
    rc = emitEnt(p, i, j, m == j ? e->eKind : K_PLACE, z, nVal, 0.7f);
  }
  if (rc)
    return rc;
  *pNext = j;
  if (isPunctTok(p, j, '(')) {
    int k = j + 1;
    while (k < p->nTok && k < j + 5 && (p->aTok[k].f & T_WORD))
      k++;
    if (k > j + 1 && isPunctTok(p, k, ')')) {
      m = lexBest(p, j + 1, &e, &pl);
      if (m == k && e->eKind != K_NONE) {
        rc = emitEnt(p, j + 1, k, e->eKind, pl->zArena + e->iCanon,
                     (int)e->nCanon, 0.9f);
      } else {
        rc = emitEnt(p, j + 1, k, K_ORG, 0, 0, 0.7f);
      }
      *pNext = k + 1;
    }
  }
  return rc ? rc : 1;
}

/* Token i starts a word of a space-separated script; returns the token to
** go on from (or a negative SQLite code). */
static int latinAt(EntCursor *p, int i) {
  const Tok *T = &p->aTok[i];
  int rc;
  if ((T->f & T_NL) && (T->f & T_UPPER)) {
    int iNext = i + 1;
    rc = datelineAt(p, i, &iNext);
    if (rc < 0 || rc > 1)
      return -rc;
    if (rc == 1)
      return iNext;
  }
  const LexEnt *e = 0;
  const Lexicon *pl = 0;
  int j = lexBest(p, i, &e, &pl);
  if (j < 0 && strcmp(p->zLang, "de") == 0 && (T->f & T_CAP) &&
      (i + 1 >= p->nTok || !isCapTok(&p->aTok[i + 1]))) {
    /* German genitive of a listed name: Israels, Bremens, Griechenlandes */
    Key k;
    tokKey(p, i, &k);
    for (int nCut = 1; nCut <= 2 && j < 0; nCut++) {
      if (k.n < 5 || k.z[k.n - 1] != 's' || (nCut == 2 && k.z[k.n - 2] != 'e'))
        break;
      Key s2 = k;
      s2.n -= nCut;
      s2.h = hashBytes(s2.z, s2.n);
      const LexEnt *e2 = lexFind(&p->pAux->user, &s2, 0);
      pl = &p->pAux->user;
      if (e2 == 0) {
        e2 = lexFind(&p->pAux->lex, &s2, 0);
        pl = &p->pAux->lex;
      }
      if (e2 && e2->eKind != K_PER) {
        int rc2 = emitEnt(p, i, i + 1, e2->eKind, pl->zArena + e2->iCanon,
                          (int)e2->nCanon, 0.8f);
        return rc2 ? -rc2 : i + 1;
      }
    }
  }
  if (!isCapTok(T)) {
    if (j > i) {
      rc = emitEnt(p, i, j, e->eKind, pl->zArena + e->iCanon, (int)e->nCanon,
                   0.9f);
      return rc ? -rc : j;
    }
    return i + 1;
  }
  int r = capRunEnd(p, i);
  if (j > i) {
    /* "China Daily", "Deutsche Bank AG": a listed name inside a longer one */
    int bOrg = 0;
    for (int t = j; t < r; t++) {
      if (isCapTok(&p->aTok[t]) && (tokBits(p, t) & W_ORG))
        bOrg = 1;
    }
    if (r > j && bOrg && e->eKind != K_PER) {
      rc = emitNamed(p, i, r, K_ORG, 0.7f);
      return rc ? -rc : r;
    }
    if (e->eKind == K_ORG && legalEnd(p, j) > j) {
      /* Telefónica S.A., Siemens AG: the listed company with its legal form */
      int jl = legalEnd(p, j);
      rc = emitEnt(p, i, jl, K_ORG, pl->zArena + e->iCanon, (int)e->nCanon,
                   0.9f);
      return rc ? -rc : jl;
    }
    if (r > j && e->eKind == K_PER) {
      /* a listed person's name with more words: take the whole run */
    } else if (e->nCanon == 0 && (e->eKind == K_ORG || e->eKind == K_PLACE)) {
      /* a name from the lists, without a canonical form: normalised */
      rc = emitNamed(p, i, j, e->eKind, 0.8f);
      return rc ? -rc : j;
    } else {
      rc = emitEnt(p, i, j, e->eKind, pl->zArena + e->iCanon, (int)e->nCanon,
                   pl == &p->pAux->user ? 1.0f : 0.9f);
      return rc ? -rc : j;
    }
  }
  /* a title before the run, in lower case: "president Joe Biden" */
  int bTitleBefore =
      i > 0 && (p->aTok[i - 1].f & T_WORD) && (tokBits(p, i - 1) & W_TITLE);
  /* titles inside the run split it: before | title | person */
  int a = i;
  while (a < r && (tokBits(p, a) & W_STOP) && !(tokBits(p, a) & W_TITLE))
    a++;
  if (a > i)
    return a; /* "Les États-Unis": go on from the name */
  for (int k = a; k < r; k++) {
    if (!isCapTok(&p->aTok[k]) || !(tokBits(p, k) & W_TITLE))
      continue;
    int m = k;
    while (m < r && (!isCapTok(&p->aTok[m]) || (tokBits(p, m) & W_TITLE)))
      m++;
    /* "Prime Minister": a word between titles is part of the title */
    if (m < r && k > a) {
      rc = classifyRun(p, a, k);
      if (rc)
        return -rc;
    }
    if (m < r) {
      /* a listed place or organisation after the title is not a person */
      const LexEnt *e2 = 0;
      const Lexicon *pl2 = 0;
      int j2 = lexBest(p, m, &e2, &pl2);
      if (j2 > m && e2->eKind != K_PER) {
        rc = emitEnt(p, m, j2, e2->eKind, pl2->zArena + e2->iCanon,
                     (int)e2->nCanon, 0.9f);
        return rc ? -rc : j2;
      }
      rc = emitPerson(p, m, r, 0.8f);
      return rc ? -rc : r;
    }
    return r;
  }
  if (bTitleBefore && a < r) {
    rc = emitPerson(p, a, r, 0.8f);
    return rc ? -rc : r;
  }
  /* a listed name later in the run, not joined by "of", "de": cut there */
  for (int k = a + 1; k < r; k++) {
    if (!isCapTok(&p->aTok[k]) || !isCapTok(&p->aTok[k - 1]))
      continue;
    const LexEnt *e2 = 0;
    const Lexicon *pl2 = 0;
    int j2 = lexBest(p, k, &e2, &pl2);
    if (j2 > k && e2->eKind == K_PLACE && k == a + 1 && j2 == r &&
        (tokBits(p, a) & W_DIR)) {
      /* North Melbourne, West Jersey, Old Goa: one place */
      rc = emitNamed(p, a, r, K_PLACE, 0.7f);
      return rc ? -rc : r;
    }
    if (j2 > k && e2->eKind != K_PER) {
      int bOrg = 0;
      for (int t = a; t < r; t++) {
        if (tokBits(p, t) & W_ORG)
          bOrg = 1;
      }
      if (!bOrg) {
        r = k;
        break;
      }
    }
  }
  rc = classifyRun(p, a, r);
  return rc ? -rc : r;
}

/* ---- rules for Chinese and Japanese -------------------------------------- */

/* Length in tokens of the longest word of class mask starting at token k
** (single-character tokens only), or 0. */
static int zhWordAt(const EntCursor *p, int k, uint32_t mask, int nMax) {
  unsigned char z[64];
  if (k >= p->nTok || k < 0)
    return 0;
  if (!(p->aTok[k].f & T_KATA) && !(tokBits(p, k) & W_ZFIRST))
    return 0;
  int n = 0, best = 0;
  for (int t = k; t < p->nTok && t < k + nMax; t++) {
    const Tok *T = &p->aTok[t];
    if (!(T->f & (T_HAN | T_HIRA | T_KATA)) || (T->c1 - T->c0) != 1)
      break;
    if (n + 4 > (int)sizeof(z))
      break;
    n += newsext_utf8_encode(foldCp(p->aCp[T->c0], 1), z + n);
    if (wsGet(&p->pAux->ws, z, n) & mask)
      best = t - k + 1;
  }
  return best;
}
/* Same for a word that ends just before token k. */
static int zhWordBefore(const EntCursor *p, int k, uint32_t mask, int nMax) {
  for (int len = nMax; len >= 1; len--) {
    if (k - len < 0)
      continue;
    if (zhWordAt(p, k - len, mask, len) == len)
      return len;
  }
  return 0;
}
static uint32_t zhBits(const EntCursor *p, int t) {
  if (t < 0 || t >= p->nTok || !(p->aTok[t].f & (T_HAN | T_HIRA)))
    return 0;
  return tokBits(p, t);
}
static int isNameChar(const EntCursor *p, int t) {
  return t < p->nTok && (p->aTok[t].f & T_HAN) && !(p->aTok[t].f & T_BLOCK) &&
         !(zhBits(p, t) & W_ZSTOP);
}

/* Context that marks a person: a title or a verb of saying after, a title
** before, or a list comma. */
static int zhPersonAfter(const EntCursor *p, int k) {
  if (k >= p->nTok)
    return 0;
  if (isPunctTok(p, k, 0x3001))
    return 1; /* 、 */
  return zhWordAt(p, k, W_ZTITLE | W_ZVERB | W_JTITLE, 6) > 0;
}
static int zhPersonBefore(const EntCursor *p, int i) {
  if (i > 0 && isPunctTok(p, i - 1, 0x3001))
    return 1;
  return zhWordBefore(p, i, W_ZTITLE, 6) > 0;
}

/* Surname + given name: end token or 0. */
static int zhPerson(const EntCursor *p, int i) {
  int s = 0, bWeak = 0;
  if (zhWordAt(p, i, W_ZSUR, 2) == 2) {
    s = 2;
  } else if (zhBits(p, i) & W_ZSUR) {
    s = 1;
  } else if (zhBits(p, i) & W_ZSURWEAK) {
    s = 1;
    bWeak = 1;
  } else {
    return 0;
  }
  /* 江主席, 李总理: the surname alone before a title */
  if (s == 1 && !bWeak && zhWordAt(p, i + 1, W_ZTITLE, 6) >= 2)
    return i + 1;
  int g1 = isNameChar(p, i + s) && !(zhBits(p, i + s) & W_ZNOSTART) &&
           !zhWordAt(p, i + s, W_ZTITLE, 6);
  int g2 =
      g1 && isNameChar(p, i + s + 1) && !zhWordAt(p, i + s + 1, W_ZTITLE, 6);
  int bBefore = zhPersonBefore(p, i);
  if (g2) {
    int nGiven = ((zhBits(p, i + s) & W_ZGIVEN) != 0) +
                 ((zhBits(p, i + s + 1) & W_ZGIVEN) != 0);
    if (bWeak ? (zhWordAt(p, i + s + 2, W_ZTITLE, 6) > 0 ||
                 zhWordBefore(p, i, W_ZTITLE, 6) > 0)
              : (zhPersonAfter(p, i + s + 2) || bBefore || nGiven == 2)) {
      return i + s + 2;
    }
  }
  if (g1 && !bWeak && (zhPersonAfter(p, i + s + 1) || (bBefore && !g2)))
    return i + s + 1;
  return 0;
}

/* A transliterated foreign name: end token or 0. */
static int zhTranslit(const EntCursor *p, int i, int *pbDot) {
  int j = i, bDot = 0;
  while (j < p->nTok) {
    const Tok *T = &p->aTok[j];
    if ((T->f & T_HAN) && !(T->f & T_BLOCK) && (zhBits(p, j) & W_ZTRANS)) {
      j++;
    } else if (j > i && (T->f & T_PUNCT) && isDot(p->aCp[T->c0]) &&
               j + 1 < p->nTok && (zhBits(p, j + 1) & W_ZTRANS)) {
      bDot = 1;
      j++;
    } else {
      break;
    }
  }
  *pbDot = bDot;
  if (j - i >= 3 && bDot)
    return j;
  /* three or more, with a character that writes almost only foreign names */
  if (j - i >= 3 && j - i <= 6) {
    int nStrong = 0;
    for (int t = i; t < j; t++)
      nStrong += (zhBits(p, t) & W_ZTRANS2) != 0;
    if (nStrong >= 1)
      return j;
  }
  if (j - i >= 2 && (zhPersonAfter(p, j) || zhPersonBefore(p, i)))
    return j;
  return 0;
}

/* An unlisted organisation or place by its suffix ("XX公司", "XX省"): end
** token and kind, or 0. */
static int zhSuffix(const EntCursor *p, int i, int *peKind) {
  if (!isNameChar(p, i) || (zhBits(p, i) & W_ZNOSTART))
    return 0;
  for (int L = 1; L <= 8 && i + L < p->nTok; L++) {
    int k = i + L;
    int nOrg = zhWordAt(p, k, W_ZORGSUF, 6);
    if (nOrg > 0 && zhWordAt(p, k, W_ZGOV, 4)) {
      /* 印度 + 政府: a listed country's government is the country */
      const LexEnt *e = 0;
      const Lexicon *pl = 0;
      if (lexBest(p, i, &e, &pl) == k && e->eKind == K_PLACE)
        return 0;
    }
    if (nOrg > 0 && L >= 2 && zhWordAt(p, k, W_ZNOTORG, 3) <= nOrg &&
        zhWordAt(p, i, W_ZNOTORG, 6) != k + nOrg - i) {
      int e = k + nOrg;
      int nMore = zhWordAt(p, e, W_ZORGSUF, 6);
      if (nMore)
        e += nMore;
      *peKind = K_ORG;
      return e;
    }
    if (L >= 2 && zhWordAt(p, k, W_ZORGSUF1, 1) == 1 &&
        zhWordAt(p, k, W_ZNOTORG, 3) == 0 &&
        zhWordBefore(p, k + 1, W_ZNOTORG, 3) == 0 &&
        zhWordAt(p, i, W_ZNOTORG, 6) != k + 1 - i) {
      *peKind = K_ORG;
      return k + 1;
    }
    int nPl = zhWordAt(p, k, W_ZPLACESUF, 5);
    if (nPl > 0 && L <= 3 && zhWordBefore(p, k + nPl, W_ZNOTPLACE, 3) == 0 &&
        zhWordAt(p, k, W_ZNOTPLACE, 3) == 0) {
      int e = k + nPl;
      int nOrg2 = zhWordAt(p, e, W_ZORGSUF, 6);
      if (nOrg2) {
        *peKind = K_ORG;
        return e + nOrg2;
      }
      *peKind = K_PLACE;
      return e;
    }
    if (!isNameChar(p, k))
      return 0;
    /* a listed name inside: the mention starts there (完善|中国共产党) */
    const LexEnt *e = 0;
    const Lexicon *pl = 0;
    if (lexBest(p, k, &e, &pl) > k + 1)
      return 0;
  }
  return 0;
}

static int isZhNumeral(uint32_t c) {
  static const uint32_t a[] = {0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E09,
                               0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                               0x4E5D, 0x5341, 0x767E};
  for (int i = 0; i < NELEM(a); i++) {
    if (a[i] == c)
      return 1;
  }
  return 0;
}

/* The built-in or user entry whose key is exactly tokens [i, k) (Han). */
static const LexEnt *lexExact(const EntCursor *p, int i, int k,
                              const Lexicon **ppLex) {
  Key key;
  keyInit(&key);
  for (int t = i; t < k; t++) {
    if (!(p->aTok[t].f & T_HAN))
      return 0;
    keyAdd(&key, foldCp(p->aCp[p->aTok[t].c0], 1));
  }
  const LexEnt *e = lexFind(&p->pAux->user, &key, 0);
  *ppLex = &p->pAux->user;
  if (e == 0) {
    e = lexFind(&p->pAux->lex, &key, 0);
    *ppLex = &p->pAux->lex;
  }
  return e;
}

/* Token i is a Han or kana character; returns the token to go on from. */
static int cjkAt(EntCursor *p, int i) {
  const LexEnt *e = 0;
  const Lexicon *pl = 0;
  int rc;
  int j = lexBest(p, i, &e, &pl);
  /* one character (中, 美, 法) is a place only beside another one (中美) or
  ** before 方 (中方) */
  if (j == i + 1 && (p->aTok[i].f & T_HAN)) {
    const LexEnt *e2 = 0;
    const Lexicon *pl2 = 0;
    int bPrev = p->nSpan > 0 &&
                p->aSpan[p->nSpan - 1].iEnd == p->aOff[p->aTok[i].c0] &&
                p->aSpan[p->nSpan - 1].eKind == K_PLACE && i > 0 &&
                p->aSpan[p->nSpan - 1].iStart == p->aOff[p->aTok[i - 1].c0];
    int bNext =
        i + 1 < p->nTok && (p->aTok[i + 1].f & T_HAN) &&
        ((lexBest(p, i + 1, &e2, &pl2) == i + 2 && e2->eKind == K_PLACE) ||
         p->aCp[p->aTok[i + 1].c0] == 0x65B9);
    /* 访华, 来京, 赴港, 驻华: a verb of travel or stay before it */
    int bVerb = i > 0 && (p->aTok[i - 1].f & T_HAN) &&
                (zhBits(p, i - 1) & W_ZTRAVEL) && (zhBits(p, i) & W_ZTRAVELTO);
    if ((!bPrev && !bNext && !bVerb) || (e && e->eKind != K_PLACE))
      j = -1;
  }
  /* 发展中国家: a name inside a common word */
  for (int k = 0; k <= 2 && j > i; k++) {
    if (i - k < 0)
      break;
    int n = zhWordAt(p, i - k, W_ZCOMMON, 6);
    if (n > k && n - k != j - i) {
      j = -1;
      break;
    }
  }
  /* 日产 + 100吨 ("daily output"): a two-character organisation before a number
   */
  if (j == i + 2 && e && e->eKind == K_ORG && j < p->nTok &&
      ((p->aTok[j].f & (T_DIGIT | T_BLOCK)) ||
       ((p->aTok[j].f & T_HAN) && isZhNumeral(p->aCp[p->aTok[j].c0])))) {
    j = -1;
  }
  /* 外交部 + 长: the organisation is part of a title (外交部长) */
  if (j > i + 1 && e && e->eKind == K_ORG &&
      zhWordAt(p, j - 1, W_ZTITLE, 4) > 1)
    j = -1;
  int eSuf = 0;
  int jSuf = zhSuffix(p, i, &eSuf);
  if (jSuf > i && jSuf > j && !(j > i && e->eKind == K_PER)) {
    rc = emitEnt(p, i, jSuf, eSuf, 0, 0, 0.6f);
    return rc ? -rc : jSuf;
  }
  if (j > i + 2 && e->eKind == K_ORG) {
    /* 中国政府 listed as an organisation: news names the country */
    for (int k = i + 2; k < j; k++) {
      const Lexicon *pl7 = 0;
      const LexEnt *e7 = 0;
      if (zhWordAt(p, k, W_ZGOV, 4) == j - k &&
          (e7 = lexExact(p, i, k, &pl7)) != 0 && e7->eKind == K_PLACE) {
        e = e7;
        pl = pl7;
        j = k;
        break;
      }
    }
  }
  if (j > i && e->eKind == K_PLACE && j - i >= 4) {
    /* 亚太地区 -> 亚太; 中华人民共和国香港特别行政区 -> two places */
    const Lexicon *pl5 = 0;
    const LexEnt *e5 = 0;
    if (p->aCp[p->aTok[j - 2].c0] == 0x5730 &&
        p->aCp[p->aTok[j - 1].c0] == 0x533A &&
        (e5 = lexExact(p, i, j - 2, &pl5)) != 0 && e5->eKind == K_PLACE) {
      e = e5;
      pl = pl5;
      j -= 2;
    } else {
      for (int k = i + 3; k <= j - 3; k++) {
        const Lexicon *pl6 = 0;
        const LexEnt *e6 = lexExact(p, k, j, &pl6);
        if (e6 && e6->eKind == K_PLACE && (e5 = lexExact(p, i, k, &pl5)) != 0 &&
            e5->eKind == K_PLACE) {
          e = e5;
          pl = pl5;
          j = k;
          break;
        }
      }
    }
  }
  if (j > i) {
    int eKind = e->eKind;
    const char *zVal = pl->zArena + e->iCanon;
    int nVal = (int)e->nCanon;
    int jEnd = j;
    if (eKind == K_PLACE || eKind == K_ORG) {
      /* 北京 + 市, 北京 + 大学, 北京市 + 政府 */
      int nPl = zhWordAt(p, j, W_ZPLACESUF, 5);
      if (nPl && eKind == K_PLACE && zhWordAt(p, j, W_ZNOTPLACE, 3) == 0 &&
          zhWordAt(p, j, W_ZORGSUF, 6) <= nPl) {
        jEnd = j + nPl;
      }
      /* a listed place, a few more characters and an organisation suffix:
      ** 中国 + 电影 + 出版社, 中国 + 女队; but 中国政府 is China's government
      */
      for (int L = 0; L <= 6 && jEnd + L < p->nTok; L++) {
        int k = jEnd + L;
        int nOrg = zhWordAt(p, k, W_ZORGSUF, 6);
        if (nOrg && zhWordAt(p, k, W_ZNOTORG, 3) <= nOrg &&
            !(L == 0 && eKind == K_PLACE && zhWordAt(p, k, W_ZGOV, 4))) {
          /* 华为 + 公司: the listed organisation keeps its name */
          int bSame = L == 0 && eKind == K_ORG;
          rc = emitEnt(p, i, k + nOrg, K_ORG, bSame ? zVal : 0,
                       bSame ? nVal : 0, 0.7f);
          return rc ? -rc : k + nOrg;
        }
        if (L >= 1 && zhWordAt(p, k, W_ZORGSUF1, 1) == 1 &&
            zhWordAt(p, k, W_ZNOTORG, 3) == 0 &&
            zhWordBefore(p, k + 1, W_ZNOTORG, 3) == 0) {
          rc = emitEnt(p, i, k + 1, K_ORG, 0, 0, 0.6f);
          return rc ? -rc : k + 1;
        }
        if (!isNameChar(p, k))
          break;
        const LexEnt *e4 = 0;
        const Lexicon *pl4 = 0;
        if (L > 0 && lexBest(p, k, &e4, &pl4) > k + 1 && e4->eKind == K_PLACE)
          break;
      }
    }
    /* 第九届 + 全国人民代表大会: the ordinal belongs to the organisation */
    int iFrom = i;
    if (eKind == K_ORG && i >= 3 && (p->aTok[i - 1].f & T_HAN) &&
        (p->aCp[p->aTok[i - 1].c0] == 0x5C4A /* 届 */ ||
         p->aCp[p->aTok[i - 1].c0] == 0x6B21 /* 次 */)) {
      int k = i - 2;
      while (k >= 0 && k > i - 8 &&
             ((p->aTok[k].f & T_DIGIT) ||
              ((p->aTok[k].f & T_HAN) && isZhNumeral(p->aCp[p->aTok[k].c0])))) {
        k--;
      }
      if (k >= 0 && k < i - 2 && (p->aTok[k].f & T_HAN) &&
          p->aCp[p->aTok[k].c0] == 0x7B2C /* 第 */) {
        iFrom = k;
      }
    }
    rc = emitEnt(p, iFrom, jEnd, eKind, zVal, nVal,
                 pl == &p->pAux->user ? 1.0f : 0.9f);
    if (rc)
      return -rc;
    /* 新华社北京3月5日电: the place of a Chinese dateline */
    if (eKind == K_ORG && jEnd - i >= 2 && (zhBits(p, jEnd - 1) & 0) == 0 &&
        p->aCp[p->aTok[jEnd - 1].c0] == 0x793E /* 社 */) {
      int k = jEnd;
      while (k < p->nTok && k < jEnd + 6 && (p->aTok[k].f & T_HAN) &&
             !(p->aTok[k].f & T_BLOCK)) {
        k++;
      }
      if (k > jEnd && k < p->nTok &&
          ((p->aTok[k].f & (T_DIGIT | T_BLOCK)) || isPunctTok(p, k, 0x3000))) {
        const LexEnt *e3 = 0;
        const Lexicon *pl3 = 0;
        int j3 = lexBest(p, jEnd, &e3, &pl3);
        if (j3 == k) {
          rc = emitEnt(p, jEnd, k, e3->eKind, pl3->zArena + e3->iCanon,
                       (int)e3->nCanon, 0.9f);
        } else {
          rc = emitEnt(p, jEnd, k, K_PLACE, 0, 0, 0.7f);
        }
        return rc ? -rc : k;
      }
    }
    return jEnd;
  }
  /* an earlier full name: 拜登 after 约瑟夫·拜登 */
  if (p->nCoref > 0) {
    for (int len = 4; len >= 2; len--) {
      if (i + len > p->nTok)
        continue;
      Key k;
      keyInit(&k);
      int ok = 1;
      for (int t = i; t < i + len; t++) {
        if (!(p->aTok[t].f & T_HAN))
          ok = 0;
        else
          keyAdd(&k, foldCp(p->aCp[p->aTok[t].c0], 1));
      }
      if (!ok)
        continue;
      const CorefEnt *c = corefFind(p, &k);
      if (c) {
        rc = emitTok(p, i, i + len, c->eKind, p->zCoref + c->iCanon,
                     (int)c->nCanon, 0.7f);
        return rc ? -rc : i + len;
      }
    }
  }
  int bDot = 0;
  int jTr = zhTranslit(p, i, &bDot);
  int jPer = zhPerson(p, i);
  if (jTr > i && jTr >= jPer) {
    rc = emitEnt(p, i, jTr, K_PER, 0, 0, bDot ? 0.7f : 0.5f);
    return rc ? -rc : jTr;
  }
  if (jPer > i) {
    rc = emitEnt(p, i, jPer, K_PER, 0, 0, 0.5f);
    return rc ? -rc : jPer;
  }
  /* Japanese: 2-4 kanji before 氏, さん, 首相 */
  if (strcmp(p->zLang, "ja") == 0 && (p->aTok[i].f & T_HAN)) {
    for (int L = 2; L <= 4 && i + L < p->nTok; L++) {
      if (!(p->aTok[i + L - 1].f & T_HAN))
        break;
      if (zhWordAt(p, i + L, W_JTITLE, 3)) {
        rc = emitEnt(p, i, i + L, K_PER, 0, 0, 0.6f);
        return rc ? -rc : i + L;
      }
    }
  }
  return i + 1;
}

/* A katakana word: listed, or a name by its ・ or the title after it. */
static int kataAt(EntCursor *p, int i) {
  const LexEnt *e = 0;
  const Lexicon *pl = 0;
  int rc;
  int j = lexBest(p, i, &e, &pl);
  if (j > i) {
    rc = emitEnt(p, i, j, e->eKind, pl->zArena + e->iCanon, (int)e->nCanon,
                 0.9f);
    return rc ? -rc : j;
  }
  const Tok *T = &p->aTok[i];
  int bDot = 0;
  for (int c = T->c0; c < T->c1; c++)
    bDot |= isDot(p->aCp[c]);
  if (bDot || zhWordAt(p, i + 1, W_JTITLE, 3)) {
    rc = emitEnt(p, i, i + 1, K_PER, 0, 0, bDot ? 0.7f : 0.6f);
    return rc ? -rc : i + 1;
  }
  return i + 1;
}

static int scanTokens(EntCursor *p) {
  int i = 0;
  while (i < p->nTok) {
    const Tok *T = &p->aTok[i];
    int j;
    if (T->f & T_BLOCK) {
      j = i + 1;
    } else if (T->f & T_WORD) {
      j = latinAt(p, i);
    } else if (T->f & (T_HAN | T_HIRA)) {
      j = cjkAt(p, i);
    } else if (T->f & T_KATA) {
      j = kataAt(p, i);
    } else {
      j = i + 1;
    }
    if (j < 0)
      return -j;
    i = j > i ? j : i + 1;
  }
  return SQLITE_OK;
}

/* ---- a chunk ------------------------------------------------------------- */
static int spanCmp(const void *a, const void *b) {
  const Span *x = (const Span *)a, *y = (const Span *)b;
  if (x->iStart != y->iStart)
    return x->iStart < y->iStart ? -1 : 1;
  if (x->iEnd != y->iEnd)
    return x->iEnd > y->iEnd ? -1 : 1;
  return 0;
}

/* "50000000" for 5e7, "2.5" for 2.5. */
static int fmtNumber(double r, char *z, int n) {
  int m;
  if (fabs(r) < 1e15 && r == floor(r)) {
    m = snprintf(z, (size_t)n, "%.0f", r);
  } else {
    m = snprintf(z, (size_t)n, "%.6f", r);
    while (m > 1 && z[m - 1] == '0')
      z[--m] = 0;
    if (m > 1 && z[m - 1] == '.')
      z[--m] = 0;
  }
  return m;
}

/* Marks the tokens that overlap [iS, iE) as taken by a number mention. */
static void blockTokens(EntCursor *p, int iS, int iE) {
  for (int t = 0; t < p->nTok; t++) {
    int a = p->aOff[p->aTok[t].c0], b = p->aOff[p->aTok[t].c1];
    if (a < iE && b > iS)
      p->aTok[t].f |= T_BLOCK;
  }
}

static int numberSpans(EntCursor *p, int iBeg, int iEnd) {
  const char *z = p->zText + iBeg;
  int n = iEnd - iBeg;
  int rc = SQLITE_OK;
  int nFirst = p->nSpan;
  NxMoney *aM = 0;
  int nM = 0;
  rc = newsext_money_scan(z, n, p->zLang[0] ? p->zLang : 0,
                          p->bRef ? p->iYear : 0, &aM, &nM);
  for (int i = 0; rc == SQLITE_OK && i < nM; i++) {
    char zV[64];
    int m = fmtNumber(aM[i].rAmount, zV, 40);
    m += snprintf(zV + m, sizeof(zV) - (size_t)m, " %s", aM[i].zCurrency);
    Span *s = newSpan(p, iBeg + aM[i].iStart, iBeg + aM[i].iEnd, K_MONEY, 0.9f);
    if (s == 0 || addVal(p, zV, m, &s->iVal)) {
      rc = SQLITE_NOMEM;
      break;
    }
    s->nVal = m;
    s->rAmount = aM[i].rAmount;
    s->bAmount = 1;
    memcpy(s->zCur, aM[i].zCurrency, 4);
    double fx = newsext_fx_usd_per_unit(aM[i].zCurrency, p->bRef ? p->iYear : 0,
                                        p->bRef ? p->iMonth : 0);
    if (fx >= 0) {
      s->rUsd = aM[i].rAmount * fx;
      s->bUsd = 1;
    }
  }
  sqlite3_free(aM);
  if (rc)
    return rc;
  int nMoney = p->nSpan;
  NxSpan *aD = 0;
  int nD = 0;
  rc = newsext_dates_scan(z, n, p->zLang[0] ? p->zLang : 0,
                          p->bRef ? p->zRef : 0, &aD, &nD);
  for (int i = 0; rc == SQLITE_OK && i < nD; i++) {
    int iS = iBeg + aD[i].iStart, iE = iBeg + aD[i].iEnd;
    int bOver = 0;
    for (int k = nFirst; k < nMoney; k++) {
      if (p->aSpan[k].iStart < iE && p->aSpan[k].iEnd > iS)
        bOver = 1;
    }
    if (bOver || iE <= iS)
      continue;
    char zV[64];
    int m;
    int eKind = aD[i].eKind == NX_SPAN_PERCENT ? K_PERCENT : K_DATE;
    if (eKind == K_PERCENT) {
      m = fmtNumber(aD[i].rAmount, zV, 40);
      zV[m++] = '%';
    } else {
      m = (int)strnlen(aD[i].zValue, sizeof(aD[i].zValue));
      memcpy(zV, aD[i].zValue, (size_t)m);
    }
    Span *s = newSpan(p, iS, iE, eKind, 0.9f);
    if (s == 0 || addVal(p, zV, m, &s->iVal)) {
      rc = SQLITE_NOMEM;
      break;
    }
    s->nVal = m;
    if (eKind == K_PERCENT) {
      s->rAmount = aD[i].rAmount;
      s->bAmount = 1;
    }
  }
  sqlite3_free(aD);
  if (rc)
    return rc;
  for (int k = nFirst; k < p->nSpan; k++) {
    blockTokens(p, p->aSpan[k].iStart, p->aSpan[k].iEnd);
  }
  return SQLITE_OK;
}

/* Scans the next chunk of the text into aSpan. */
/* ---- the statistical tagger (ext/ner_model.c) --------------------------- */
/* Chinese: the rules' guesses (confidence below NX_NER_DROPGUESS: names
** from a surname or transliteration characters, organisations and places
** from a suffix) are dropped unless they extend a name of the statistical
** tagger by a suffix (北京市 + 政府); the tagger's persons, organisations
** and places then fill the gaps: wherever a rule's mention overlaps one of
** the tagger's, the rule's span, type and value win (the lexicons and alias
** tables link names).  Measured with make accuracy ONLY=entities on MSRA
** test and People's Daily dev: rules alone 0.661 and 0.658 F1; with the
** tagger 0.694 and 0.711; the tagger keeping every guess 0.668 and 0.677;
** dropping the guesses without the tagger 0.643 and 0.634. */
#define NX_NER_DROPGUESS 0.65f

/* Token whose first (bEnd: last) character starts (ends) at byte iByte. */
static int tokAtByte(const EntCursor *p, int iByte, int bEnd) {
  int lo = 0, hi = p->nTok - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    const Tok *T = &p->aTok[mid];
    int b = bEnd ? p->aOff[T->c1] : p->aOff[T->c0];
    if (b == iByte) return mid;
    if (b < iByte) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return -1;
}

static int spanStartCmp(const void *a, const void *b) {
  const Span *x = (const Span *)a, *y = (const Span *)b;
  return x->iStart < y->iStart ? -1 : x->iStart > y->iStart;
}

static int nerSpans(EntCursor *p, int iBeg, int iEnd) {
  NxNerSpan *a = 0;
  int n = 0;
  int rc = newsext_ner_tag(p->zText + iBeg, iEnd - iBeg, "zh", &a, &n);
  if (rc != SQLITE_OK) return rc;
  int nOld = p->nSpan;
  for (int k = 0; k < nOld; k++) {
    Span *r = &p->aSpan[k];
    if (r->eKind < K_PER || r->eKind > K_PLACE || r->rConf >= NX_NER_DROPGUESS) continue;
    /* a guess that extends one of the tagger's names by a suffix stays
    ** (北京市 + 政府) */
    int lo = 0, hi = n - 1, bKeep = 0;
    while (lo <= hi) {
      int mid = (lo + hi) / 2;
      int iS = a[mid].iStart + iBeg;
      if (iS == r->iStart) {
        bKeep = a[mid].iEnd + iBeg < r->iEnd;
        break;
      }
      if (iS < r->iStart) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (!bKeep) r->iEnd = r->iStart; /* dropped when sorted */
  }
  if (nOld > 1) qsort(p->aSpan, (size_t)nOld, sizeof(Span), spanStartCmp);
  int lo = 0;
  for (int i = 0; i < n && rc == SQLITE_OK; i++) {
    int iS = a[i].iStart + iBeg, iE = a[i].iEnd + iBeg;
    /* rule spans are short: one that starts 256 bytes earlier has ended */
    while (lo < nOld && p->aSpan[lo].iStart < iS - 256) lo++;
    int bOverlap = 0;
    for (int k = lo; k < nOld && p->aSpan[k].iStart < iE && !bOverlap; k++) {
      const Span *r = &p->aSpan[k];
      bOverlap = r->iEnd > iS && r->iEnd > r->iStart;
    }
    if (bOverlap) continue;
    int t0 = tokAtByte(p, iS, 0), t1 = tokAtByte(p, iE, 1);
    if (t0 < 0 || t1 < t0) continue; /* not on token boundaries */
    rc = emitEnt(p, t0, t1 + 1, a[i].eKind, 0, 0, a[i].rScore);
  }
  sqlite3_free(a);
  return rc;
}

static int scanChunk(EntCursor *p) {
  p->nSpan = 0;
  p->iSpan = 0;
  p->nVal = 0;
  int iBeg = p->iNext;
  int iEnd = p->nText;
  if (iEnd - iBeg > NX_CHUNK) {
    /* cut after a line break, else after a space, else between characters */
    int iCut = -1;
    for (int i = iBeg + NX_CHUNK; i < iBeg + NX_CHUNK + 8192 && i < iEnd; i++) {
      if (p->zText[i] == '\n') {
        iCut = i + 1;
        break;
      }
    }
    if (iCut < 0) {
      for (int i = iBeg + NX_CHUNK; i > iBeg + NX_CHUNK / 2; i--) {
        if (p->zText[i] == ' ') {
          iCut = i + 1;
          break;
        }
      }
    }
    if (iCut < 0) {
      iCut = iBeg + NX_CHUNK;
      while (iCut > iBeg + 1 &&
             (((unsigned char)p->zText[iCut]) & 0xC0) == 0x80)
        iCut--;
    }
    iEnd = iCut;
  }
  p->iNext = iEnd;
  if (iEnd >= p->nText)
    p->bDone = 1;

  int rc = growBuf((void **)&p->aCp, &p->nCpAlloc, (int64_t)(iEnd - iBeg) + 1,
                   sizeof(uint32_t));
  if (rc == SQLITE_OK) {
    int nOffAlloc = 0;
    int *aOff = p->aOff;
    /* aOff has the same capacity as aCp */
    void *pNew =
        sqlite3_realloc64(aOff, (sqlite3_uint64)p->nCpAlloc * sizeof(int));
    if (pNew == 0)
      rc = SQLITE_NOMEM;
    else
      p->aOff = pNew;
    (void)nOffAlloc;
  }
  if (rc)
    return rc;
  const unsigned char *z = (const unsigned char *)p->zText;
  int n = 0;
  for (int i = iBeg; i < iEnd;) {
    int len;
    p->aCp[n] = newsext_utf8_decode(z + i, iEnd - i, &len);
    p->aOff[n++] = i;
    i += len;
  }
  p->aOff[n] = iEnd;
  p->nCp = n;
  int bLineStart = iBeg == 0 || z[iBeg - 1] == '\n';
  rc = tokenize(p, bLineStart);
  if (rc == SQLITE_OK)
    rc = numberSpans(p, iBeg, iEnd);
  if (rc == SQLITE_OK)
    rc = scanTokens(p);
  if (rc == SQLITE_OK && strcmp(p->zLang, "zh") == 0)
    rc = nerSpans(p, iBeg, iEnd);
  if (rc)
    return rc;

  /* text order; a mention inside an earlier one is dropped */
  if (p->nSpan > 1)
    qsort(p->aSpan, (size_t)p->nSpan, sizeof(Span), spanCmp);
  int nKeep = 0, iLast = -1;
  for (int i = 0; i < p->nSpan; i++) {
    Span *s = &p->aSpan[i];
    if (s->iStart < iLast || s->iEnd <= s->iStart)
      continue;
    iLast = s->iEnd;
    if (s->iStart < p->iLastByte) {
      p->iLastByte = 0;
      p->iLastChar = 0;
    }
    p->iLastChar +=
        newsext_utf8_chars(z + p->iLastByte, s->iStart - p->iLastByte);
    p->iLastByte = s->iStart;
    s->iChar = p->iLastChar + 1;
    s->nChar = newsext_utf8_chars(z + s->iStart, s->iEnd - s->iStart);
    p->aSpan[nKeep++] = *s;
  }
  p->nSpan = nKeep;
  return SQLITE_OK;
}

/* Scans chunks until one has rows or the text is done.  Between chunks a
** pending sqlite3_interrupt() ends the scan where SQLite lets a virtual
** table see it (3.41+); otherwise each call does at most the chunks up to
** the next row. */
static int nextRows(EntCursor *p) {
  while (p->iSpan >= p->nSpan && !p->bDone) {
#if SQLITE_VERSION_NUMBER >= 3041000
    if (p->db && sqlite3_is_interrupted(p->db))
      return SQLITE_INTERRUPT;
#endif
    int rc = scanChunk(p);
    if (rc)
      return rc;
  }
  return SQLITE_OK;
}

/* ---- language ------------------------------------------------------------ */

/* ==========================================================================
** The table-valued function.
*/
#define ENT_COL_KIND 0
#define ENT_COL_TEXT 1
#define ENT_COL_START 2
#define ENT_COL_LENGTH 3
#define ENT_COL_VALUE 4
#define ENT_COL_AMOUNT 5
#define ENT_COL_CURRENCY 6
#define ENT_COL_USD 7
#define ENT_COL_LANGUAGE 8
#define ENT_COL_CONFIDENCE 9
#define ENT_COL_INPUT 10
#define ENT_COL_REF_DATE 11
#define ENT_COL_LANG 12

typedef struct EntVtab {
  sqlite3_vtab base;
  sqlite3 *db;
  EntAux *pAux;
} EntVtab;

static int entConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  int rc = sqlite3_declare_vtab(
      db, "CREATE TABLE x(kind TEXT, text TEXT, start INTEGER, length INTEGER, "
          "value TEXT, amount REAL, currency TEXT, usd REAL, language TEXT, "
          "confidence REAL, input HIDDEN, ref_date HIDDEN, lang HIDDEN)");
  if (rc != SQLITE_OK)
    return rc;
  EntVtab *p = sqlite3_malloc(sizeof(*p));
  if (p == 0)
    return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->pAux = (EntAux *)pAux;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &p->base;
  return SQLITE_OK;
}

static int entDisconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int entOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  EntCursor *pCur = sqlite3_malloc(sizeof(*pCur));
  if (pCur == 0)
    return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->pAux = ((EntVtab *)pVtab)->pAux;
  pCur->db = ((EntVtab *)pVtab)->db;
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static void entReset(EntCursor *p) {
  sqlite3_free(p->zText);
  sqlite3_free(p->zRefArg);
  sqlite3_free(p->zLangArg);
  sqlite3_free(p->aSpan);
  sqlite3_free(p->zVal);
  sqlite3_free(p->aCp);
  sqlite3_free(p->aOff);
  sqlite3_free(p->aTok);
  sqlite3_free(p->aLow);
  sqlite3_free(p->aCoref);
  sqlite3_free(p->zCoref);
  EntAux *pAux = p->pAux;
  sqlite3 *db = p->db;
  sqlite3_vtab_cursor base = p->base;
  memset(p, 0, sizeof(*p));
  p->pAux = pAux;
  p->db = db;
  p->base = base;
}

static int entClose(sqlite3_vtab_cursor *cur) {
  EntCursor *p = (EntCursor *)cur;
  entReset(p);
  sqlite3_free(p);
  return SQLITE_OK;
}

static int setError(sqlite3_vtab *pVtab, char *zMsg) {
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = zMsg;
  return zMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* ISO 639-1 hint: two letters, optionally followed by -Region or _Script. */
static int parseLang(const char *z, char *zOut) {
  if (z == 0)
    return 0;
  int n = (int)strlen(z);
  if (n < 2)
    return 0;
  for (int i = 0; i < 2; i++) {
    char c = z[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      return 0;
    zOut[i] = (char)(c | 0x20);
  }
  zOut[2] = 0;
  if (n == 2)
    return 1;
  if (z[2] != '-' && z[2] != '_')
    return 0;
  if (n > 16)
    return 0;
  for (int i = 3; i < n; i++) {
    char c = z[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '-' || c == '_')) {
      return 0;
    }
  }
  return n > 3;
}

static int entFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  (void)idxStr;
  EntCursor *p = (EntCursor *)cur;
  EntVtab *pTab = (EntVtab *)cur->pVtab;
  entReset(p);
  p->bDone = 1;
  int iArg = 0;
  sqlite3_value *pText = 0, *pRef = 0, *pLang = 0;
  if (idxNum & 1)
    pText = argv[iArg++];
  if ((idxNum & 2) && iArg < argc)
    pRef = argv[iArg++];
  if ((idxNum & 4) && iArg < argc)
    pLang = argv[iArg++];

  if (pRef && sqlite3_value_type(pRef) != SQLITE_NULL) {
    const char *z = (const char *)sqlite3_value_text(pRef);
    if (z == 0)
      return SQLITE_NOMEM;
    if (!newsext_dates_valid_ref(z)) {
      return setError(
          &pTab->base,
          sqlite3_mprintf(
              "entities(): invalid ref_date '%s' (expected YYYY-MM-DD)", z));
    }
    memcpy(p->zRef, z, 10);
    p->zRef[10] = 0;
    p->bRef = 1;
    p->iYear = atoi(p->zRef);
    p->iMonth = atoi(p->zRef + 5);
    p->zRefArg = sqlite3_mprintf("%s", p->zRef);
    if (p->zRefArg == 0)
      return SQLITE_NOMEM;
  }
  if (pLang && sqlite3_value_type(pLang) != SQLITE_NULL) {
    const char *z = (const char *)sqlite3_value_text(pLang);
    if (z == 0)
      return SQLITE_NOMEM;
    if (!parseLang(z, p->zLang)) {
      return setError(&pTab->base,
                      sqlite3_mprintf("entities(): invalid lang '%s' (expected "
                                      "an ISO 639-1 code such as "
                                      "'en')",
                                      z));
    }
    p->zLangArg = sqlite3_mprintf("%s", z);
    if (p->zLangArg == 0)
      return SQLITE_NOMEM;
  }
  if (pText == 0 || sqlite3_value_type(pText) == SQLITE_NULL)
    return SQLITE_OK;

  EntAux *pAux = p->pAux;
  int rc;
  if (!pAux->bBuilt) {
    rc = auxBuild(pAux);
    if (rc)
      return rc;
  }
  char *zErr = 0;
  rc = auxUserRefresh(pAux, pTab->db, &zErr);
  if (rc) {
    if (zErr)
      return setError(&pTab->base, zErr);
    return rc;
  }

  /* The text is copied: argv[] values do not outlive xFilter. */
  const char *zText = (const char *)sqlite3_value_text(pText);
  int nText = sqlite3_value_bytes(pText);
  if (zText == 0)
    return nText == 0 ? SQLITE_OK : SQLITE_NOMEM;
  p->zText = sqlite3_malloc64((sqlite3_uint64)nText + 1);
  if (p->zText == 0)
    return SQLITE_NOMEM;
  memcpy(p->zText, zText, (size_t)nText);
  p->zText[nText] = 0;
  p->nText = nText;
  p->bDone = nText == 0;
  if (p->zLang[0] == 0 && nText > 0) {
    const char *zL =
        newsext_lang_detect(p->zText, nText < 65536 ? nText : 65536);
    if (zL) {
      strncpy(p->zLang, zL, sizeof(p->zLang) - 1);
    }
  }
  rc = nextRows(p);
  if (rc == SQLITE_NOMEM || rc == SQLITE_TOOBIG)
    return rc;
  if (rc)
    return setError(&pTab->base,
                    sqlite3_mprintf("entities(): %s", sqlite3_errstr(rc)));
  return SQLITE_OK;
}

static int entNext(sqlite3_vtab_cursor *cur) {
  EntCursor *p = (EntCursor *)cur;
  p->iSpan++;
  p->iRowid++;
  return nextRows(p);
}

static int entEof(sqlite3_vtab_cursor *cur) {
  EntCursor *p = (EntCursor *)cur;
  return p->iSpan >= p->nSpan && p->bDone;
}

static int entColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  EntCursor *p = (EntCursor *)cur;
  if (i >= ENT_COL_INPUT) {
    if (i == ENT_COL_REF_DATE && p->zRefArg) {
      sqlite3_result_text(ctx, p->zRefArg, -1, SQLITE_TRANSIENT);
    } else if (i == ENT_COL_LANG && p->zLangArg) {
      sqlite3_result_text(ctx, p->zLangArg, -1, SQLITE_TRANSIENT);
    }
    return SQLITE_OK;
  }
  if (p->iSpan >= p->nSpan)
    return SQLITE_OK;
  const Span *s = &p->aSpan[p->iSpan];
  switch (i) {
  case ENT_COL_KIND:
    sqlite3_result_text(ctx, azKind[s->eKind], -1, SQLITE_STATIC);
    break;
  case ENT_COL_TEXT:
    sqlite3_result_text(ctx, p->zText + s->iStart, s->iEnd - s->iStart,
                        SQLITE_TRANSIENT);
    break;
  case ENT_COL_START:
    sqlite3_result_int64(ctx, s->iChar);
    break;
  case ENT_COL_LENGTH:
    sqlite3_result_int64(ctx, s->nChar);
    break;
  case ENT_COL_VALUE:
    sqlite3_result_text(ctx, p->zVal + s->iVal, s->nVal, SQLITE_TRANSIENT);
    break;
  case ENT_COL_AMOUNT:
    if (s->bAmount)
      sqlite3_result_double(ctx, s->rAmount);
    break;
  case ENT_COL_CURRENCY:
    if (s->eKind == K_MONEY)
      sqlite3_result_text(ctx, s->zCur, -1, SQLITE_TRANSIENT);
    break;
  case ENT_COL_USD:
    if (s->bUsd)
      sqlite3_result_double(ctx, s->rUsd);
    break;
  case ENT_COL_LANGUAGE:
    if (p->zLang[0])
      sqlite3_result_text(ctx, p->zLang, -1, SQLITE_TRANSIENT);
    break;
  case ENT_COL_CONFIDENCE:
    sqlite3_result_double(ctx, (double)(int)(s->rConf * 100 + 0.5) / 100.0);
    break;
  default:
    break;
  }
  return SQLITE_OK;
}

static int entRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((EntCursor *)cur)->iRowid + 1;
  return SQLITE_OK;
}

/*
** input must be given with '=' (SQLITE_CONSTRAINT otherwise, so that the
** planner tries another plan); ref_date and lang are optional.  idxNum: bit
** 1 input, bit 2 ref_date, bit 4 lang.
*/
static int entBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  int aIdx[3] = {-1, -1, -1}, bUnusable = 0;
  for (int i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    if (c->iColumn < ENT_COL_INPUT)
      continue;
    if (c->op != SQLITE_INDEX_CONSTRAINT_EQ)
      continue;
    if (!c->usable) {
      bUnusable = 1;
      continue;
    }
    aIdx[c->iColumn - ENT_COL_INPUT] = i;
  }
  if (aIdx[0] < 0) {
    if (bUnusable)
      return SQLITE_CONSTRAINT;
    return setError(pVtab,
                    sqlite3_mprintf("entities(): missing text argument"));
  }
  int nArg = 0;
  pInfo->idxNum = 0;
  for (int k = 0; k < 3; k++) {
    if (aIdx[k] < 0)
      continue;
    pInfo->aConstraintUsage[aIdx[k]].argvIndex = ++nArg;
    pInfo->aConstraintUsage[aIdx[k]].omit = 1;
    pInfo->idxNum |= 1 << k;
  }
  if (bUnusable && nArg < 3) {
    /* a later argument that is not usable yet: wait for it */
    return SQLITE_CONSTRAINT;
  }
  pInfo->estimatedCost = 1000;
  pInfo->estimatedRows = 50;
  return SQLITE_OK;
}

/* Eponymous-only: no xCreate, so entities exists in every schema as is. */
static const sqlite3_module entitiesModule = {
    .xConnect = entConnect,
    .xBestIndex = entBestIndex,
    .xDisconnect = entDisconnect,
    .xOpen = entOpen,
    .xClose = entClose,
    .xFilter = entFilter,
    .xNext = entNext,
    .xEof = entEof,
    .xColumn = entColumn,
    .xRowid = entRowid,
};

int newsext_register_entities(sqlite3 *db) {
  EntAux *pAux = sqlite3_malloc(sizeof(*pAux));
  if (pAux == 0)
    return SQLITE_NOMEM;
  memset(pAux, 0, sizeof(*pAux));
  return sqlite3_create_module_v2(db, "entities", &entitiesModule, pAux,
                                  auxFree);
}
