/*
** newsext internal header: what every capability file shares.
**
** Each ext/<capability>.c includes this header, defines one
** newsext_register_<capability>() function and lists it in the table in
** ext/newsext.c.  Nothing here is part of the public API.
*/
#ifndef NEWSEXT_INT_H
#define NEWSEXT_INT_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3ext.h>
/*
** Every file of the extension uses the routine table that the loader hands
** to sqlite3_newsext_init(); the pointer itself is defined in newsext.c.
** Built with -DSQLITE_CORE (static linking, libnewsext.a) the macros of
** sqlite3ext.h are inactive and calls go straight to the linked SQLite.
*/
SQLITE_EXTENSION_INIT3

#include "newsext.h"

/* Version of the token stream of the `icu` tokenizer.  Bump it whenever a
** change alters the tokens of any text, so that users know to 'rebuild'. */
#define NEWSEXT_TOKENIZER_VERSION 1

/* Default flags of scalar functions (as sqlite-vec does). */
#define NEWSEXT_FUNC_FLAGS \
  (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/* SQLITE_INNOCUOUS and SQLITE_DIRECTONLY need 3.31; keep older headers
** compiling (the flags are then simply not set). */
#ifndef SQLITE_INNOCUOUS
#define SQLITE_INNOCUOUS 0
#endif
#ifndef SQLITE_DIRECTONLY
#define SQLITE_DIRECTONLY 0
#endif

/* One registration function per capability; each returns an SQLite code. */
int newsext_register_core(sqlite3 *db);
int newsext_register_tokenizer(sqlite3 *db);
int newsext_register_tokens(sqlite3 *db);
int newsext_register_lang(sqlite3 *db);
int newsext_register_html(sqlite3 *db);
int newsext_register_money(sqlite3 *db);
int newsext_register_entities(sqlite3 *db);
int newsext_register_ner_model(sqlite3 *db);

/*
** Character offsets as SQLite's substr() and length() count them: a
** character starts at every byte that is not a UTF-8 continuation byte
** (10xxxxxx).  This is also how invalid UTF-8 is counted, so that
** substr(x, start, length) gives back the mentioned text for any input.
*/
static inline int64_t newsext_utf8_chars(const unsigned char *z, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n; i++) c += ((z[i] & 0xC0) != 0x80);
  return c;
}

/*
** Decodes one code point from z[0..n), n >= 1.  Invalid or truncated
** sequences, overlongs, surrogates and values above U+10FFFF decode as
** U+FFFD and consume one byte, so a scan never reads outside the input and
** always advances.  *pLen receives the number of bytes consumed.
*/
static inline uint32_t newsext_utf8_decode(const unsigned char *z, int64_t n,
                                           int *pLen) {
  uint32_t c = z[0];
  if (c < 0x80) {
    *pLen = 1;
    return c;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    if (n >= 2 && (z[1] & 0xC0) == 0x80) {
      *pLen = 2;
      return ((c & 0x1F) << 6) | (z[1] & 0x3F);
    }
  } else if (c >= 0xE0 && c <= 0xEF) {
    if (n >= 3 && (z[1] & 0xC0) == 0x80 && (z[2] & 0xC0) == 0x80) {
      uint32_t r = ((c & 0x0F) << 12) | ((uint32_t)(z[1] & 0x3F) << 6) |
                   (z[2] & 0x3F);
      if (r >= 0x800 && (r < 0xD800 || r > 0xDFFF)) {
        *pLen = 3;
        return r;
      }
    }
  } else if (c >= 0xF0 && c <= 0xF4) {
    if (n >= 4 && (z[1] & 0xC0) == 0x80 && (z[2] & 0xC0) == 0x80 &&
        (z[3] & 0xC0) == 0x80) {
      uint32_t r = ((c & 0x07) << 18) | ((uint32_t)(z[1] & 0x3F) << 12) |
                   ((uint32_t)(z[2] & 0x3F) << 6) | (z[3] & 0x3F);
      if (r >= 0x10000 && r <= 0x10FFFF) {
        *pLen = 4;
        return r;
      }
    }
  }
  *pLen = 1;
  return 0xFFFD;
}

/* Encodes c (<= U+10FFFF) at z, which must have room for 4 bytes. */
static inline int newsext_utf8_encode(uint32_t c, unsigned char *z) {
  if (c < 0x80) {
    z[0] = (unsigned char)c;
    return 1;
  }
  if (c < 0x800) {
    z[0] = (unsigned char)(0xC0 | (c >> 6));
    z[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    z[0] = (unsigned char)(0xE0 | (c >> 12));
    z[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    z[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  z[0] = (unsigned char)(0xF0 | (c >> 18));
  z[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
  z[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
  z[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}

#endif /* NEWSEXT_INT_H */
