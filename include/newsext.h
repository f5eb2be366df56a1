/*
** newsext: news analytics for SQLite.
**
** Public header, for programs that link newsext statically instead of
** loading newsext.so at run time:
**
**     #include "newsext.h"
**     sqlite3_auto_extension((void (*)(void))sqlite3_newsext_init);
**
** after which every connection opened in the process has newsext's
** functions, tokenizer and table-valued functions.
*/
#ifndef NEWSEXT_H
#define NEWSEXT_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NEWSEXT_VERSION "0.1.0"

/* Registers everything newsext provides on one connection. */
int sqlite3_newsext_init(sqlite3 *db, char **pzErrMsg,
                         const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif /* NEWSEXT_H */
