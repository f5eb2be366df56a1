/*
** newsext internal API: the statistical named-entity tagger (ext/ner_model.c).
**
** An averaged structured perceptron over BIO tags, trained by
** tools/ner_train.py; weights in ext/data/ner_zh.h (CC BY-SA 4.0).  Chinese
** only for now: other languages give no spans.
*/
#ifndef NEWSEXT_NER_MODEL_H
#define NEWSEXT_NER_MODEL_H

typedef struct NxNerSpan {
  int iStart, iEnd; /* byte offsets into the input, iEnd exclusive */
  int eKind;        /* 1 person, 2 org, 3 place (NX_KIND_* of aliases.h) */
  float rScore;     /* confidence in (0, 1) */
} NxNerSpan;

#define NX_NER_PERSON 1
#define NX_NER_ORG 2
#define NX_NER_PLACE 3

/*
** Tags z[0..n) (UTF-8, invalid bytes tolerated) for language zLang ("zh",
** "zh-Hant", ...; others return 0 spans).  On SQLITE_OK *paOut is an array
** of *pnOut spans in text order, sqlite3_malloc'd (NULL when there are
** none); the caller frees it with sqlite3_free().  Returns SQLITE_OK or
** SQLITE_NOMEM.  Thread-safe: no global mutable state.
*/
int newsext_ner_tag(const char *z, int n, const char *zLang, NxNerSpan **paOut,
                    int *pnOut);

#endif /* NEWSEXT_NER_MODEL_H */
