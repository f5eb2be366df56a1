/*
** Internal C API of the `icu` tokenizer (ext/tokenizer.c), shared by the
** FTS5 tokenizer itself, the tokens() table-valued function and any
** capability that needs the same words (entities, lang).
*/
#ifndef NEWSEXT_TOKENIZER_H
#define NEWSEXT_TOKENIZER_H

#include "newsext_int.h"

typedef struct NxTokenizer NxTokenizer;

/*
** The separator token: emitted between two runs of CJK characters that are
** split only by punctuation or space, so that a phrase query never matches
** across them.  No text ever produces it as a word (U+241E is a symbol, and
** symbols are never tokens), so it matches only another separator.
*/
#define NX_SEPARATOR "\xE2\x90\x9E"
#define NX_SEPARATOR_LEN 3

/*
** Creates a tokenizer from FTS5-style arguments ("remove_diacritics", "0",
** "locale", "th", ...).  On error returns an SQLite code and, if pzErr is not
** NULL, a message from sqlite3_malloc() that names the option; the caller
** frees it with sqlite3_free().
*/
int newsext_tok_create(const char **azArg, int nArg, NxTokenizer **ppTok,
                       char **pzErr);
void newsext_tok_delete(NxTokenizer *pTok);

/*
** Tokenizes pText[0..nText) exactly as the FTS5 tokenizer does, calling
** xToken(pCtx, 0, zToken, nToken, iStart, iEnd) for each token (byte offsets
** into pText).  flags are FTS5_TOKENIZE_* and do not change the tokens.
** Returns SQLITE_OK, the first non-OK code of xToken, or an error code.
*/
int newsext_tok_run(NxTokenizer *pTok, void *pCtx, int flags,
                    const char *pText, int nText,
                    int (*xToken)(void *, int, const char *, int, int, int));

/* Simplified form of one Han character (Traditional -> Simplified through
** build/zh_variants.h); any other code point comes back unchanged.  Shared
** so that entities() folds Chinese exactly as the tokenizer does. */
uint32_t newsext_zh_simplify(uint32_t c);
/* For tests only: 0 sends all non-CJK text through ICU, so that the fast
** path can be compared with ICU (tests/c/tokenizer_test.c). */
void newsext_tok_set_fastpath(NxTokenizer *pTok, int bOn);

#endif /* NEWSEXT_TOKENIZER_H */
