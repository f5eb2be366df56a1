/*
** tokens(text [, options]): what the `icu` tokenizer makes of a text, one row
** per token, like Elasticsearch's _analyze.
**
**   SELECT token, start, length, position
**     FROM tokens('Die Trump-Administration, l’économie');
**   -- die|1|3|0   trump|5|5|1   administration|11|14|2   economie|29|8|3
**
**   SELECT token FROM tokens('臺灣', 'chinese_variants 0');  -- 臺, 灣
**
** start (1-based) and length count characters as substr() does, so
** substr(text, start, length) is the token's source text; position is the
** token's FTS5 position.  options are the tokenizer's, as in
** tokenize = 'icu ...' (a leading "icu" is allowed).  NULL text gives no
** rows; a bad option is an error that names it.
*/
#include <string.h>

#include "tokenizer.h"

typedef struct TokRow {
  int iOff;   /* token text at aText[iOff] */
  int nTok;   /* its length in bytes */
  int iStart; /* 1-based character offset in the input */
  int nChar;  /* length in characters */
} TokRow;

typedef struct TokCursor {
  sqlite3_vtab_cursor base;
  TokRow *aRow;
  int nRow, nRowAlloc;
  char *aText; /* token texts, one after the other */
  int nText, nTextAlloc;
  int iRow;
  /* character counting: byte offset and character count of the last token */
  const unsigned char *zIn;
  int iLastByte;
  int64_t iLastChar;
} TokCursor;

#define TOK_COL_TOKEN 0
#define TOK_COL_START 1
#define TOK_COL_LENGTH 2
#define TOK_COL_POSITION 3
#define TOK_COL_TEXT 4
#define TOK_COL_OPTIONS 5

static int tokConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr) {
  (void)pAux;
  (void)argc;
  (void)argv;
  (void)pzErr;
  int rc = sqlite3_declare_vtab(
      db,
      "CREATE TABLE x(token TEXT, start INTEGER, length INTEGER, "
      "position INTEGER, text HIDDEN, options HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  sqlite3_vtab *p = sqlite3_malloc(sizeof(*p));
  if (p == 0) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = p;
  return SQLITE_OK;
}

static int tokDisconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int tokOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  (void)pVtab;
  TokCursor *pCur = sqlite3_malloc(sizeof(*pCur));
  if (pCur == 0) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static void tokReset(TokCursor *pCur) {
  sqlite3_free(pCur->aRow);
  sqlite3_free(pCur->aText);
  pCur->aRow = 0;
  pCur->aText = 0;
  pCur->nRow = pCur->nRowAlloc = 0;
  pCur->nText = pCur->nTextAlloc = 0;
  pCur->iRow = 0;
  pCur->iLastByte = 0;
  pCur->iLastChar = 0;
}

static int tokClose(sqlite3_vtab_cursor *cur) {
  TokCursor *pCur = (TokCursor *)cur;
  tokReset(pCur);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Character offset of byte iByte: counted on from the previous token, as
** tokens come in order of their start (quadratic recounting avoided). */
static int64_t charOffset(TokCursor *pCur, int iByte) {
  if (iByte < pCur->iLastByte) {
    pCur->iLastByte = 0;
    pCur->iLastChar = 0;
  }
  pCur->iLastChar += newsext_utf8_chars(pCur->zIn + pCur->iLastByte,
                                        iByte - pCur->iLastByte);
  pCur->iLastByte = iByte;
  return pCur->iLastChar;
}

static int tokCollect(void *pCtx, int tflags, const char *pToken, int nToken,
                      int iStart, int iEnd) {
  (void)tflags;
  TokCursor *pCur = (TokCursor *)pCtx;
  if (pCur->nRow >= pCur->nRowAlloc) {
    int n = pCur->nRowAlloc ? pCur->nRowAlloc * 2 : 64;
    TokRow *a = sqlite3_realloc64(pCur->aRow, (sqlite3_uint64)n * sizeof(TokRow));
    if (a == 0) return SQLITE_NOMEM;
    pCur->aRow = a;
    pCur->nRowAlloc = n;
  }
  if ((int64_t)pCur->nText + nToken > pCur->nTextAlloc) {
    int64_t n = pCur->nTextAlloc ? pCur->nTextAlloc : 1024;
    while (n < (int64_t)pCur->nText + nToken) n *= 2;
    if (n > 0x7fffffff) return SQLITE_TOOBIG;
    char *a = sqlite3_realloc64(pCur->aText, (sqlite3_uint64)n);
    if (a == 0) return SQLITE_NOMEM;
    pCur->aText = a;
    pCur->nTextAlloc = (int)n;
  }
  TokRow *pRow = &pCur->aRow[pCur->nRow++];
  memcpy(pCur->aText + pCur->nText, pToken, (size_t)nToken);
  pRow->iOff = pCur->nText;
  pRow->nTok = nToken;
  pCur->nText += nToken;
  pRow->iStart = (int)charOffset(pCur, iStart) + 1;
  pRow->nChar = (int)newsext_utf8_chars(pCur->zIn + iStart, iEnd - iStart);
  return SQLITE_OK;
}

/* Splits an options string into words, as FTS5 does with tokenize=.  The
** words are written into zBuf (a copy of the string). */
static int splitOptions(char *zBuf, const char **azArg, int nMax) {
  int n = 0;
  char *z = zBuf;
  while (*z) {
    while (*z == ' ' || *z == '\t' || *z == '\n' || *z == '\r' || *z == ',') z++;
    if (!*z) break;
    char q = (*z == '\'' || *z == '"') ? *z++ : 0;
    if (n >= nMax) return -1;
    azArg[n++] = z;
    while (*z && (q ? *z != q : !(*z == ' ' || *z == '\t' || *z == '\n' || *z == '\r' || *z == ','))) z++;
    if (*z) *z++ = 0;
  }
  return n;
}

static int tokFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  (void)idxStr;
  TokCursor *pCur = (TokCursor *)cur;
  sqlite3_vtab *pVtab = cur->pVtab;
  tokReset(pCur);
  if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) return SQLITE_OK;

  const char *azArg[32];
  int nArg = 0;
  char *zOpt = 0;
  if ((idxNum & 2) && argc >= 2 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    zOpt = sqlite3_mprintf("%s", (const char *)sqlite3_value_text(argv[1]));
    if (zOpt == 0) return SQLITE_NOMEM;
    nArg = splitOptions(zOpt, azArg, 32);
    if (nArg < 0) {
      sqlite3_free(zOpt);
      pVtab->zErrMsg = sqlite3_mprintf("tokens(): too many options");
      return SQLITE_ERROR;
    }
  }
  const char **az = azArg;
  if (nArg > 0 && strcmp(az[0], "icu") == 0) {
    az++;
    nArg--;
  }
  NxTokenizer *pTok = 0;
  char *zErr = 0;
  int rc = newsext_tok_create(az, nArg, &pTok, &zErr);
  sqlite3_free(zOpt);
  if (rc != SQLITE_OK) {
    sqlite3_free(pVtab->zErrMsg);
    pVtab->zErrMsg = zErr ? sqlite3_mprintf("tokens(): %s", zErr) : 0;
    sqlite3_free(zErr);
    return rc;
  }

  /* The text is tokenized here, in full: the rows keep copies of the
  ** tokens, never pointers into argv[]. */
  const char *zText = (const char *)sqlite3_value_text(argv[0]);
  int nText = sqlite3_value_bytes(argv[0]);
  if (zText == 0) {
    /* an empty BLOB has no text; anything else failed to convert (OOM) */
    newsext_tok_delete(pTok);
    return nText == 0 ? SQLITE_OK : SQLITE_NOMEM;
  }
  pCur->zIn = (const unsigned char *)zText;
  rc = newsext_tok_run(pTok, pCur, FTS5_TOKENIZE_DOCUMENT, zText, nText,
                       tokCollect);
  pCur->zIn = 0;
  newsext_tok_delete(pTok);
  if (rc != SQLITE_OK) {
    if (rc != SQLITE_NOMEM) {
      sqlite3_free(pVtab->zErrMsg);
      pVtab->zErrMsg = sqlite3_mprintf("tokens(): %s", sqlite3_errstr(rc));
    }
    tokReset(pCur);
    return rc;
  }
  return SQLITE_OK;
}

static int tokNext(sqlite3_vtab_cursor *cur) {
  ((TokCursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int tokEof(sqlite3_vtab_cursor *cur) {
  TokCursor *pCur = (TokCursor *)cur;
  return pCur->iRow >= pCur->nRow;
}

static int tokColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  TokCursor *pCur = (TokCursor *)cur;
  TokRow *pRow = &pCur->aRow[pCur->iRow];
  switch (i) {
    case TOK_COL_TOKEN:
      sqlite3_result_text(ctx, pCur->aText + pRow->iOff, pRow->nTok,
                          SQLITE_TRANSIENT);
      break;
    case TOK_COL_START:
      sqlite3_result_int(ctx, pRow->iStart);
      break;
    case TOK_COL_LENGTH:
      sqlite3_result_int(ctx, pRow->nChar);
      break;
    case TOK_COL_POSITION:
      sqlite3_result_int(ctx, pCur->iRow);
      break;
    default:
      break; /* HIDDEN input columns read back as NULL */
  }
  return SQLITE_OK;
}

static int tokRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((TokCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

/*
** text must be given with '=' (SQLITE_CONSTRAINT otherwise, so that the
** planner tries another plan, and an error if none has it); options is
** optional.  idxNum: bit 1 text, bit 2 options.
*/
static int tokBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  int iText = -1, iOpt = -1, bTextUnusable = 0;
  for (int i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    if (c->iColumn != TOK_COL_TEXT && c->iColumn != TOK_COL_OPTIONS) continue;
    if (c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) {
      if (c->iColumn == TOK_COL_TEXT) bTextUnusable = 1;
      continue;
    }
    if (c->iColumn == TOK_COL_TEXT) iText = i;
    if (c->iColumn == TOK_COL_OPTIONS) iOpt = i;
  }
  if (iText < 0) {
    if (bTextUnusable) return SQLITE_CONSTRAINT;
    sqlite3_free(pVtab->zErrMsg);
    pVtab->zErrMsg = sqlite3_mprintf("tokens(): missing text argument");
    return SQLITE_ERROR;
  }
  pInfo->aConstraintUsage[iText].argvIndex = 1;
  pInfo->aConstraintUsage[iText].omit = 1;
  pInfo->idxNum = 1;
  if (iOpt >= 0) {
    pInfo->aConstraintUsage[iOpt].argvIndex = 2;
    pInfo->aConstraintUsage[iOpt].omit = 1;
    pInfo->idxNum |= 2;
  }
  pInfo->estimatedCost = 1000;
  pInfo->estimatedRows = 100;
  return SQLITE_OK;
}

/* Eponymous-only: no xCreate, so tokens exists in every schema as is. */
static const sqlite3_module tokensModule = {
    .xConnect = tokConnect,
    .xBestIndex = tokBestIndex,
    .xDisconnect = tokDisconnect,
    .xOpen = tokOpen,
    .xClose = tokClose,
    .xFilter = tokFilter,
    .xNext = tokNext,
    .xEof = tokEof,
    .xColumn = tokColumn,
    .xRowid = tokRowid,
};

int newsext_register_tokens(sqlite3 *db) {
  return sqlite3_create_module(db, "tokens", &tokensModule, 0);
}
