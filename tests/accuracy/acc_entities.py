"""entities(): strict span-and-type F1 for PER/LOC/ORG on the gold sets in
../shared/data/ner (called by tests/accuracy/accuracy.py as run(a); also runs
alone: /usr/bin/python3 tests/accuracy/acc_entities.py [--shared DIR]).

Each gold sentence (or document) is rebuilt as text: tokens of
space-separated languages joined by spaces with the usual detokenisation
(no space before , . ; : ) and 's), Chinese characters concatenated; a
WikiGold document is one text, its sentences on lines of their own.  A
prediction counts when its character span and type equal a gold entity's.
GUM marks every mention (also "asylum seekers", "he"): its gold set here
keeps only proper-name mentions (all words capitalised but for of/the/and/de,
no pronouns); its flat format loses nested mentions, so a name inside a
longer mention ("the coast of Aceh, Indonesia") is not in the gold set.  The gold texts are read at run time and never stored.
"""
import json
import os
import pathlib
import sys
import time

KIND = {'person': 'PER', 'place': 'LOC', 'org': 'ORG'}
NOSPACE_BEFORE = {',', '.', ';', ':', ')', ']', '!', '?', "'s", "'", '%', "n't", '”', '»'}
NOSPACE_AFTER = {'(', '[', '“', '„', '«'}


def build(tokens, cjk):
    """Joins tokens; returns text and the (start, end) character span of each."""
    parts, spans, pos = [], [], 0
    for i, t in enumerate(tokens):
        if t == '\n' or (i > 0 and tokens[i - 1] == '\n'):
            pass
        elif i > 0 and not cjk and t not in NOSPACE_BEFORE and tokens[i - 1] not in NOSPACE_AFTER:
            parts.append(' ')
            pos += 1
        spans.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t)
    return ''.join(parts), spans


def bio_spans(tags, iob1=False):
    """(first, last+1, type) of entity tags 'B-X'/'I-X' (IOB2; IOB1 when an
    I- may start an entity)."""
    out, start, typ = [], None, None
    for i, t in enumerate(tags + ['O']):
        p, _, x = t.partition('-')
        begins = p == 'B' or (p == 'I' and (typ != x or start is None))
        if start is not None and (p == 'O' or begins or x != typ):
            out.append((start, i, typ))
            start, typ = None, None
        if p in ('B', 'I') and start is None:
            start, typ = i, x
    return out


def read_columns(path, tok_col, tag_col, sep=None, comment=None):
    """Sentences as (tokens, tags), blank line between sentences."""
    sents, toks, tags = [], [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if comment and line.startswith(comment):
                continue
            if not line.strip():
                if toks:
                    sents.append((toks, tags))
                toks, tags = [], []
                continue
            cols = line.split(sep)
            if len(cols) <= max(tok_col, tag_col):
                continue
            if cols[tok_col] == '-DOCSTART-':
                if toks:
                    sents.append((toks, tags))
                toks, tags = [], []
                sents.append(None)  # document boundary
                continue
            toks.append(cols[tok_col])
            tags.append(cols[tag_col])
    if toks:
        sents.append((toks, tags))
    return sents


def documents(sents):
    """WikiGold: the sentences of one document as one text (a later short
    mention can take the value of the full name seen earlier), sentences
    separated by a line break."""
    docs, toks, tags = [], [], []
    for s in sents + [None]:
        if s is None:
            if toks:
                docs.append((toks, tags))
            toks, tags = [], []
            continue
        toks = toks + ['\n'] + s[0] if toks else list(s[0])
        tags = tags + ['O'] + s[1] if tags else list(s[1])
    return docs


def sentences(sents):
    return [s for s in sents if s is not None]


def windows(sents, n=80):
    """Europeana has no sentence breaks: cut after a '.' every ~n tokens."""
    out = []
    for toks, tags in sents:
        a = 0
        for i, t in enumerate(toks):
            if (t == '.' and i - a >= n) or i - a >= 4 * n:
                out.append((toks[a:i + 1], tags[a:i + 1]))
                a = i + 1
        if a < len(toks):
            out.append((toks[a:], tags[a:]))
    return out


def gum_docs(folder):
    docs = []
    for p in sorted(folder.glob('*.tsv')):
        toks, tags = [], []
        with open(p, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line.strip():
                    continue
                cols = line.split('\t')
                toks.append(cols[0])
                tags.append(cols[1] if len(cols) > 1 else 'O')
        docs.append((toks, tags))
    return docs


GUM_TYPE = {'person': 'PER', 'place': 'LOC', 'organization': 'ORG'}
CONNECT = {'of', 'the', 'and', 'de', '&', 'for', 'on', 'von', 'der'}
PRONOUNS = {'i', 'he', 'she', 'we', 'they', 'it', 'you', 'people', 'this', 'that', 'these',
            'those', 'who', 'his', 'her', 'their', 'our', 'my', 'me', 'him', 'them', 'us'}


def gum_gold(toks, tags):
    """Runs of one GUM type that look like proper names."""
    out, i = [], 0
    while i < len(toks):
        typ = GUM_TYPE.get(tags[i])
        if not typ:
            i += 1
            continue
        j = i
        while j < len(toks) and tags[j] == tags[i]:
            j += 1
        words = [t for t in toks[i:j] if t[:1].isalpha()]
        if len(words) == 1 and words[0].lower() in PRONOUNS:
            words = []
        if words and all(w[:1].isupper() or w.lower() in CONNECT for w in words) \
                and words[0][:1].isupper():
            out.append((i, j, typ))
        i = j
    return out


def evaluate(con, docs, lang, cjk, gold_fn, errors=None):
    tp = fp = fn = 0
    for toks, tags in docs:
        text, spans = build(toks, cjk)
        gold = set()
        for a, b, typ in gold_fn(toks, tags):
            if typ in ('PER', 'LOC', 'ORG'):
                gold.add((spans[a][0], spans[b - 1][1], typ))
        pred = set()
        for kind, start, length in con.execute(
                'SELECT kind, start, length FROM entities(?, NULL, ?)', (text, lang)):
            if kind in KIND:
                pred.add((start - 1, start - 1 + length, KIND[kind]))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if errors is not None:
            for s in pred - gold:
                same = [g for g in gold if g[0] == s[0] and g[1] == s[1]]
                over = [g for g in gold if g[0] < s[1] and s[0] < g[1]]
                cls = 'wrong type' if same else ('wrong span' if over else 'spurious')
                errors[cls] = errors.get(cls, 0) + 1
            for g in gold - pred:
                over = [s for s in pred if g[0] < s[1] and s[0] < g[1]]
                if not over:
                    errors['missed ' + g[2]] = errors.get('missed ' + g[2], 0) + 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def sets(shared):
    ner = shared / 'ner'
    iob2 = lambda toks, tags: bio_spans(tags)
    iob1 = lambda toks, tags: bio_spans(tags, iob1=True)
    out = []
    g = ner / 'germeval2014' / 'NER-de-dev.tsv'
    if g.exists():
        out.append(('GermEval 2014 dev', 'de', False, sentences(read_columns(g, 1, 2, '\t', '#')), iob2, 0.55))
    m = ner / 'msra' / 'msra_test_bio.txt'
    if m.exists():
        out.append(('MSRA test', 'zh', True, sentences(read_columns(m, 0, 1, '\t')), iob2, 0.65))
    d = ner / 'peoples_daily' / 'example.dev'
    if d.exists():
        out.append(("People's Daily dev", 'zh', True, sentences(read_columns(d, 0, 1, ' ')), iob2, 0.65))
    w = ner / 'wikigold' / 'wikigold.conll.txt'
    if w.exists():
        out.append(('WikiGold', 'en', False, documents(read_columns(w, 0, 1, ' ')), iob1, 0.60))
    gum = ner / 'gum_news'
    if gum.exists():
        out.append(('GUM news (proper names)', 'en', False, gum_docs(gum), gum_gold, 0.60))
    eu = ner / 'europeana_newspapers'
    for name, lang in (('enp_FR.bnf.bio', 'fr'), ('enp_DE.lft.bio', 'de'),
                       ('enp_DE.onb.bio', 'de'), ('enp_DE.sbb.bio', 'de')):
        p = eu / name
        if p.exists():
            out.append(('Europeana ' + name[4:-4], lang, False,
                        windows(sentences(read_columns(p, 0, 1, ' '))), iob1, None))
    return out


def run(a):
    if a.shared is None:
        print('entities accuracy: ../shared/data is missing, skipped')
        return
    con = a.connect()
    rows, errs = [], []
    only = os.environ.get('ACC_SET')
    for name, lang, cjk, docs, gold_fn, target in sets(a.shared):
        if only and only.lower() not in name.lower():
            continue
        t0 = time.time()
        errors = {}
        p, r, f, n = evaluate(con, docs, lang, cjk, gold_fn, errors)
        mark = '' if target is None else (' ok' if f >= target else ' below')
        rows.append([name, lang, str(n), '%.3f' % p, '%.3f' % r, '%.3f' % f,
                     '-' if target is None else '>= %.2f%s' % (target, mark),
                     '%.1f s' % (time.time() - t0)])
        top = sorted(errors.items(), key=lambda kv: -kv[1])[:5]
        errs.append([name, ', '.join('%s %d' % kv for kv in top)])
    a.table('entities(): strict span-and-type F1, PER/LOC/ORG',
            ['set', 'lang', 'gold', 'precision', 'recall', 'F1', 'target', 'time'], rows)
    a.table('entities(): main error classes', ['set', 'errors (count)'], errs)


if __name__ == '__main__':
    import sqlite3

    class A:
        def __init__(self, shared):
            self.shared = shared

        def connect(self):
            con = sqlite3.connect(':memory:')
            con.enable_load_extension(True)
            con.load_extension(str(pathlib.Path(__file__).resolve().parents[2] / 'newsext'))
            return con

        def table(self, title, headers, rows):
            print('\n### ' + title + '\n')
            print('| ' + ' | '.join(headers) + ' |')
            print('|' + '---|' * len(headers))
            for r in rows:
                print('| ' + ' | '.join(r) + ' |')

    shared = pathlib.Path(__file__).resolve().parents[2] / '..' / 'shared' / 'data'
    if '--shared' in sys.argv:
        shared = pathlib.Path(sys.argv[sys.argv.index('--shared') + 1])
    run(A(shared.resolve() if shared.exists() else None))
