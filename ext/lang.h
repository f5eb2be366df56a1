/*
** newsext internal API: language detection (lang() in ext/lang.c).
*/
#ifndef NEWSEXT_LANG_H
#define NEWSEXT_LANG_H

/*
** The ISO 639-1 code of the main language of z[0..n) ("en", "zh", "ja",
** ...), a static constant string, or NULL when the text has no letters.
** n < 0 reads up to the first NUL.  Deterministic, thread-safe, allocates
** nothing; invalid UTF-8 is read as U+FFFD.  Reads at most the first
** NEWSEXT_LANG_MAX_BYTES bytes.
*/
const char *newsext_lang_detect(const char *z, int n);

#define NEWSEXT_LANG_MAX_BYTES (256 * 1024)

#endif /* NEWSEXT_LANG_H */
