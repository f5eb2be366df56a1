/*
** newsext: news analytics for SQLite.  Entry point.
**
**   .load ./newsext                     -- sqlite3 shell
**   SELECT load_extension('./newsext');  -- any binding
**
** sqlite3_newsext_init() registers every capability on one connection, in
** the order of the table below; each capability lives in its own file in
** ext/.  This file also defines:
**
**   newsext_version()  -> 'newsext 0.1.0 (icu tokenizer 1; ICU 72.1;
**                          Unicode 15.0; utf8proc 2.6.0, Unicode 14.0.0)'
*/
#include "newsext_int.h"

#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <utf8proc.h>

SQLITE_EXTENSION_INIT1

static void versionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  UVersionInfo icu, uni;
  char zIcu[U_MAX_VERSION_STRING_LENGTH], zUni[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(icu);
  u_versionToString(icu, zIcu);
  u_getUnicodeVersion(uni);
  u_versionToString(uni, zUni);
  char *z = sqlite3_mprintf(
      "newsext %s (icu tokenizer %d; ICU %s; Unicode %s; utf8proc %s, "
      "Unicode %s)",
      NEWSEXT_VERSION, NEWSEXT_TOKENIZER_VERSION, zIcu, zUni,
      utf8proc_version(), utf8proc_unicode_version());
  if (z == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

int newsext_register_core(sqlite3 *db) {
  return sqlite3_create_function(db, "newsext_version", 0, NEWSEXT_FUNC_FLAGS,
                                 0, versionFunc, 0, 0);
}

/*
** Table-driven registration: one row per capability.  A failure stops the
** load and names the capability, so a half-registered extension is never
** silently in use.
*/
static const struct {
  const char *zName;
  int (*xRegister)(sqlite3 *);
} aCapability[] = {
    {"core", newsext_register_core},
    {"icu tokenizer", newsext_register_tokenizer},
    {"tokens", newsext_register_tokens},
    {"lang", newsext_register_lang},
    {"html_text", newsext_register_html},
    {"money", newsext_register_money},
    {"entities", newsext_register_entities},
    {"ner_tags", newsext_register_ner_model},
};

#ifdef _WIN32
__declspec(dllexport)
#else
__attribute__((visibility("default")))
#endif
int sqlite3_newsext_init(sqlite3 *db, char **pzErrMsg,
                         const sqlite3_api_routines *pApi) {
  SQLITE_EXTENSION_INIT2(pApi);
  /* Loaded a second time on the same connection (SELECT load_extension()
  ** twice): everything is there already, and redefining a function while
  ** that statement runs would fail with "database is locked". */
  sqlite3_stmt *pProbe = 0;
  if (sqlite3_prepare_v2(db, "SELECT newsext_version()", -1, &pProbe, 0) == SQLITE_OK) {
    sqlite3_finalize(pProbe);
    return SQLITE_OK;
  }
  sqlite3_finalize(pProbe);
  for (size_t i = 0; i < sizeof(aCapability) / sizeof(aCapability[0]); i++) {
    int rc = aCapability[i].xRegister(db);
    if (rc != SQLITE_OK) {
      if (pzErrMsg) {
        *pzErrMsg = sqlite3_mprintf("newsext: cannot register %s: %s",
                                    aCapability[i].zName, sqlite3_errstr(rc));
      }
      return rc;
    }
  }
  return SQLITE_OK;
}
