#!/usr/bin/env python3
"""Generates ext/data/ner_names.h: names of people, organisations and places
seen in openly licensed NER training sets, for entities() to recognise names
that no alias lists.

    /usr/bin/python3 tools/gen_ner_names.py ../shared/data/ner-train > ext/data/ner_names.h

Sources (all CC BY 4.0; see ../shared/data/ner-train/INDEX.md):
  MultiCoNER v1 en/de train (Malmasi et al. 2022, Amazon; lower-cased text),
  HIPE-2022 NewsEye de/fr and SoNAR de (historical newspapers),
  Broad Twitter Corpus en (Derczynski et al. 2016).
A name is kept when it was tagged with one type in at least 80% of its
occurrences, and, for a single word, when the word is tagged as a name more
often than it appears untagged in the same data (so "sonne" or "party"
stay out; HIPE's partly annotated pages are not counted for that),
and single words have four letters or more.  Only the names and their type are kept, never a sentence.
entities() matches a name only where the text capitalises it, and gives
the mention itself as the value (no canonical form).
"""
import collections
import pathlib
import re
import sys

TYPE = {'PER': 1, 'PERS': 1, 'pers': 1, 'CORP': 2, 'GRP': 2, 'ORG': 2, 'org': 2,
        'LOC': 3, 'loc': 3}


def spans_iob(rows):
    """rows: list of (token, tag) per sentence -> (name, type) and untagged words."""
    names, plain, cur, typ = [], [], [], None
    for tok, tag in rows + [('', 'O')]:
        p, _, x = tag.partition('-')
        if cur and (p != 'I' or x != typ):
            names.append((' '.join(cur), typ))
            cur, typ = [], None
        if p == 'B' or (p == 'I' and not cur):
            cur, typ = [tok], x
        elif p == 'I':
            cur.append(tok)
        elif tok:
            plain.append(tok)
    return names, plain


def read_conll(path, tok_col, tag_col, sep=None, skip=('#',)):
    sent = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith(skip) and not sent:
            continue
        if not line.strip() or line.startswith(skip):
            if sent:
                yield sent
            sent = []
            continue
        cols = line.split(sep)
        if len(cols) > max(tok_col, tag_col):
            sent.append((cols[tok_col], cols[tag_col]))
    if sent:
        yield sent


# German and French words that the sets tag inside longer names but that are
# ordinary words on their own (our own list).
COMMON = {'gott', 'herr', 'herrin', 'burg', 'nord', 'süd', 'ost', 'west', 'mitte',
          'stadt', 'land', 'reich', 'kirche', 'schule', 'kaiser', 'könig', 'dorf',
          'markt', 'platz', 'straße', 'bahnhof', 'rathaus', 'haus', 'berg', 'wald',
          'bund', 'staat', 'freistil', 'nord', 'sud', 'est', 'ouest', 'ville', 'rue',
          'saint', 'sainte', 'église', 'mairie', 'république', 'empire', 'roi',
          'kanton', 'heer', 'realschule', 'gymnasium', 'graf', 'grafen', 'earl', 'art',
          'song', 'herzog', 'fürst', 'prinz', 'bischof', 'papst', 'regierung'}


def adjective(name, seen):
    """Place adjectives: berliner (berlin + er), schweizer, deutschen."""
    if re.search(r'(isch|ische|ischen|ischer|isches|sche|schen)$', name):
        return True
    for suf in ('er', 'ern', 'ers'):
        if name.endswith(suf) and name[:-len(suf)] in seen:
            return True
    return False


def main():
    root = pathlib.Path(sys.argv[1])
    files = []
    for lang, p in (('en', 'multiconer_v1/EN-English/en_train.conll'),
                    ('de', 'multiconer_v1/DE-German/de_train.conll')):
        files.append((root / p, 0, 3, None))
    for p in sorted((root / 'hipe2022_newseye_sonar_ccby').glob('*.tsv')):
        files.append((p, 0, 1, '\t'))
    for p in sorted((root / 'btc_broad_twitter_corpus').glob('*.conll')):
        files.append((p, 0, 1, None))
    seen = collections.defaultdict(collections.Counter)
    plain = collections.Counter()
    for path, tc, gc, sep in files:
        if not path.exists():
            continue
        # HIPE's historical pages are partly annotated: their untagged words
        # say nothing about a name being a common word
        partial = 'hipe' in str(path)
        for sent in read_conll(path, tc, gc, sep):
            if sent and sent[0][0] == 'TOKEN':
                continue
            names, words = spans_iob(sent)
            for name, typ in names:
                k = TYPE.get(typ)
                if k:
                    seen[name.lower()][k] += 1
                else:
                    seen[name.lower()][0] += 1
            if not partial:
                for w in words:
                    plain[w.lower()] += 1
    rows = []
    for name, c in seen.items():
        kind, n = c.most_common(1)[0]
        total = sum(c.values())
        if kind == 0 or n < 0.8 * total:
            continue
        if len(name) < 3 or not any(ch.isalpha() for ch in name):
            continue
        if '\t' in name or '"' in name or '\\' in name:
            continue
        if ' ' not in name and (plain[name] >= total or len(name) < 4):
            continue
        if ' ' not in name and (name in COMMON or adjective(name, seen)):
            continue
        rows.append((name, kind))
    rows.sort(key=lambda r: r[0].encode('utf-8'))
    # given names: first words of at least three different person names,
    # never a name of another kind on their own
    first = collections.Counter()
    for name, kind in rows:
        w = name.split(' ')
        if kind == 1 and len(w) in (2, 3) and w[0].isalpha() and len(w[0]) >= 3:
            first[w[0]] += 1
    given = sorted((w for w, c in first.items()
                    if c >= 3 and w not in COMMON and
                    all(k in (0, 1) for k in seen.get(w, {}).keys())),
                   key=lambda x: x.encode('utf-8'))
    out = sys.stdout
    out.write('/* Generated by tools/gen_ner_names.py; do not edit.\n'
              '** Names (folded to lower case) and their kind (1 person, 2 organisation,\n'
              '** 3 place) from openly licensed NER training sets, all CC BY 4.0:\n'
              '**   MultiCoNER v1 (Malmasi et al. 2022, Amazon), en and de train;\n'
              '**   HIPE-2022 NewsEye (de, fr) and SoNAR (de) sub-corpora;\n'
              '**   Broad Twitter Corpus (Derczynski et al. 2016).\n'
              '** Only names and types are taken, no text. */\n')
    out.write('#ifndef NEWSEXT_NER_NAMES_H\n#define NEWSEXT_NER_NAMES_H\n')
    out.write('static const struct {\n  const char *zName;\n  unsigned char eKind;\n} aNxNerName[] = {\n')
    for name, kind in rows:
        out.write('  {"%s", %d},\n' % (name, kind))
    out.write('};\n#define NX_NER_NAME_COUNT ((int)(sizeof(aNxNerName) / sizeof(aNxNerName[0])))\n')
    out.write('/* Given names: first words of three or more person names above. */\n')
    out.write('static const char *const azNxNerGiven[] = {\n')
    for w in given:
        out.write('  "%s",\n' % w)
    out.write('};\n#define NX_NER_GIVEN_COUNT ((int)(sizeof(azNxNerGiven) / sizeof(azNxNerGiven[0])))\n#endif\n')


if __name__ == '__main__':
    main()
