/*
** Build-time generator of the currency-name table of the money parser.
**
** ICU (CLDR) knows every currency's display name and plural forms in every
** locale; the parser must not call ICU per text, so the names of the
** locales we read are written once, folded (newsext_money_fold in
** ext/money.h), into a sorted C table that the parser binary-searches.
** Names that two currencies share in our locales are left out (the parser's
** own table resolves such words, e.g. "dollar", by its ambiguity rules).
** Output: a C header on standard output.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include "money.h"

static const struct {
  const char *zLoc;
  unsigned mask;
} aLoc[] = {
    {"en", 1},   {"de", 2},    {"fr", 4},    {"es", 8},        {"it", 16},
    {"pt", 32},  {"ru", 64},   {"zh", 128},  {"zh_Hant", 128}, {"ja", 256},
    {"nl", 512}, {"sv", 1024}, {"da", 1024}, {"nb", 1024},
};
static const char *azPlural[] = {"zero", "one", "two", "few", "many", "other"};

typedef struct Name {
  char z[160];
  char iso[4];
  unsigned mask;
  int bConflict;
} Name;
static Name *aName;
static int nName, nAlloc;

static int isCjk(unsigned c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

/* Folds and UTF-8-encodes a name; spaces next to CJK characters go, as the
** parser drops them in the text.  Returns 0 for names the parser cannot use. */
static int foldName(const UChar *u, int32_t n, char *zOut, int nOut) {
  unsigned acp[160];
  int ncp = 0;
  for (int32_t i = 0; i < n && ncp < 159;) {
    UChar32 c;
    U16_NEXT(u, i, n, c);
    if (c == '(' || c == ')' || c == '/')
      return 0;
    unsigned f = newsext_money_fold((unsigned)c);
    if (f == 0)
      continue;
    if (f == ' ' && (ncp == 0 || acp[ncp - 1] == ' '))
      continue;
    acp[ncp++] = f;
  }
  while (ncp > 0 && acp[ncp - 1] == ' ')
    ncp--;
  int o = 0;
  for (int i = 0; i < ncp; i++) {
    unsigned c = acp[i];
    if (c == ' ' &&
        ((i > 0 && isCjk(acp[i - 1])) || (i + 1 < ncp && isCjk(acp[i + 1]))))
      continue;
    if (o + 4 >= nOut)
      return 0;
    if (c < 0x80) {
      zOut[o++] = (char)c;
    } else if (c < 0x800) {
      zOut[o++] = (char)(0xC0 | (c >> 6));
      zOut[o++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      zOut[o++] = (char)(0xE0 | (c >> 12));
      zOut[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
      zOut[o++] = (char)(0x80 | (c & 0x3F));
    } else {
      zOut[o++] = (char)(0xF0 | (c >> 18));
      zOut[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
      zOut[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
      zOut[o++] = (char)(0x80 | (c & 0x3F));
    }
  }
  zOut[o] = 0;
  return o >= 2;
}

/* Names that are also common words of our languages ("256K DRAM", "0.53
** Sum", "som" is Portuguese for sound, "bat", "kip", "tala", "dobra"):
** left out; such currencies are read by their codes and longer names. */
static const char *const azStop[] = {
    "bat", "bats", "bir", "cedi", "dobra", "dobras", "dram", "drams", "kip",
    "kips", "lek", "leks", "leona", "leonas", "loti", "pula", "pulas", "som",
    "soms", "sum", "sums", "tala", "talas",
};

static void addName(const char *z, const char *iso, unsigned mask) {
  for (size_t i = 0; i < sizeof(azStop) / sizeof(azStop[0]); i++) {
    if (strcmp(z, azStop[i]) == 0) return;
  }
  for (int i = 0; i < nName; i++) {
    if (strcmp(aName[i].z, z) == 0) {
      if (strcmp(aName[i].iso, iso) != 0)
        aName[i].bConflict = 1;
      aName[i].mask |= mask;
      return;
    }
  }
  if (nName == nAlloc) {
    nAlloc = nAlloc ? nAlloc * 2 : 1024;
    aName = realloc(aName, (size_t)nAlloc * sizeof(Name));
    if (!aName)
      exit(1);
  }
  Name *p = &aName[nName++];
  snprintf(p->z, sizeof(p->z), "%s", z);
  memcpy(p->iso, iso, 4);
  p->mask = mask;
  p->bConflict = 0;
}

static int cmpName(const void *a, const void *b) {
  const Name *x = a, *y = b;
  size_t nx = strlen(x->z), ny = strlen(y->z);
  int c = memcmp(x->z, y->z, nx < ny ? nx : ny);
  return c ? c : (nx < ny ? -1 : nx > ny);
}

int main(void) {
  UErrorCode st = U_ZERO_ERROR;
  UEnumeration *e = ucurr_openISOCurrencies(UCURR_ALL, &st);
  if (U_FAILURE(st)) {
    fprintf(stderr, "gen_money_names: ucurr_openISOCurrencies(): %s\n",
            u_errorName(st));
    return 1;
  }
  const char *zIso;
  int32_t len;
  static char aCode[1024][4];
  int nCode = 0;
  while ((zIso = uenum_next(e, &len, &st)) != 0 && U_SUCCESS(st)) {
    if (len != 3)
      continue;
    if (nCode < 1024 &&
        (zIso[0] != 'X' || !strcmp(zIso, "XAF") || !strcmp(zIso, "XOF") ||
         !strcmp(zIso, "XPF") || !strcmp(zIso, "XCD"))) {
      /* codes: the current ones only (BAD, BAN, BEL are historic codes
      ** and English words); the parser adds those it has a rate for */
      UChar uc[4];
      u_charsToUChars(zIso, uc, 4);
      UErrorCode s3 = U_ZERO_ERROR;
      UDate now = 1767225600000.0; /* 2026-01-01: deterministic output */
      if (ucurr_isAvailable(uc, now, now, &s3) && U_SUCCESS(s3))
        memcpy(aCode[nCode++], zIso, 4);
    }
    /* precious metals, funds and test codes are not money in the news */
    if (zIso[0] == 'X' && strcmp(zIso, "XAF") && strcmp(zIso, "XOF") &&
        strcmp(zIso, "XPF") && strcmp(zIso, "XCD"))
      continue;
    UChar uIso[4];
    u_charsToUChars(zIso, uIso, 4);
    for (size_t l = 0; l < sizeof(aLoc) / sizeof(aLoc[0]); l++) {
      for (int k = -1; k < (int)(sizeof(azPlural) / sizeof(azPlural[0])); k++) {
        UErrorCode s2 = U_ZERO_ERROR;
        UBool isChoice = 0;
        int32_t n = 0;
        const UChar *u =
            k < 0 ? ucurr_getName(uIso, aLoc[l].zLoc, UCURR_LONG_NAME,
                                  &isChoice, &n, &s2)
                  : ucurr_getPluralName(uIso, aLoc[l].zLoc, &isChoice,
                                        azPlural[k], &n, &s2);
        if (U_FAILURE(s2) || u == 0 || n <= 0)
          continue;
        char z[160];
        if (!foldName(u, n, z, sizeof z))
          continue;
        char zLow[4] = {(char)(zIso[0] | 32), (char)(zIso[1] | 32),
                        (char)(zIso[2] | 32), 0};
        if (strcmp(z, zLow) == 0)
          continue; /* ICU fell back to the code */
        addName(z, zIso, aLoc[l].mask);
      }
    }
  }
  uenum_close(e);
  qsort(aName, (size_t)nName, sizeof(Name), cmpName);
  UVersionInfo v;
  char zVer[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(v);
  u_versionToString(v, zVer);
  printf("/* Generated by tools/gen_money_names.c from the currency names of "
         "ICU %s\n"
         "** (CLDR), folded as newsext_money_fold() does.  Do not edit. */\n",
         zVer);
  printf("static const MoneyName aMoneyIcu[] = {\n");
  int nOut = 0, nDrop = 0;
  for (int i = 0; i < nName; i++) {
    if (aName[i].bConflict) {
      nDrop++;
      continue;
    }
    printf("  {\"");
    for (const unsigned char *p = (const unsigned char *)aName[i].z; *p; p++) {
      if (*p == '"' || *p == '\\')
        printf("\\%c", *p);
      else
        putchar(*p);
    }
    printf("\", %d, \"%s\", 0x%X},\n", (int)strlen(aName[i].z), aName[i].iso,
           aName[i].mask);
    nOut++;
  }
  printf("};\n");
  /* a filter on the first two bytes of every name (MONEY_PAIR_HASH in
  ** ext/money.h): most words of a text are rejected without a search */
  {
    unsigned aPair[128] = {0};
    for (int i = 0; i < nName; i++) {
      if (aName[i].bConflict)
        continue;
      unsigned h = MONEY_PAIR_HASH((unsigned char)aName[i].z[0],
                                   (unsigned char)aName[i].z[1]);
      aPair[h >> 5] |= 1u << (h & 31);
    }
    printf("static const unsigned aMoneyIcuPair[128] = {");
    for (int i = 0; i < 128; i++)
      printf("%s0x%08X,", i % 6 ? " " : "\n  ", aPair[i]);
    printf("\n};\n");
  }
  /* where each first byte starts, so that a search begins in its block */
  printf("static const unsigned short aMoneyIcuFirst[257] = {");
  {
    int k = 0, iOut = 0;
    int aStart[257];
    for (int b = 0; b <= 256; b++) {
      while (k < nName && (aName[k].bConflict ||
                           (b < 256 && (unsigned char)aName[k].z[0] < b))) {
        if (!aName[k].bConflict)
          iOut++;
        k++;
      }
      aStart[b] = iOut;
    }
    aStart[256] = nOut;
    for (int b = 0; b <= 256; b++)
      printf("%s%d,", b % 16 ? " " : "\n  ", aStart[b]);
  }
  printf("\n};\n");
  qsort(aCode, (size_t)nCode, 4, (int (*)(const void *, const void *))strcmp);
  printf("/* ISO 4217 codes in use on 2026-01-01, as ICU knows them. */\n");
  printf("static const char aMoneyIso[][4] = {");
  for (int i = 0; i < nCode; i++)
    printf("%s\"%s\",", i % 12 ? " " : "\n  ", aCode[i]);
  printf("\n};\n");
  fprintf(stderr,
          "gen_money_names: %d names, %d shared by two currencies left out\n",
          nOut, nDrop);
  return 0;
}
