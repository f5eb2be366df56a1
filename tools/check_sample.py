#!/usr/bin/python3
"""Check the demo corpus in sample/: JSON parses, required fields, unique urls,
dates, lengths (120-350 words; 200-500 characters for zh/ja), per-language and
per-format counts, folder files well formed, bad/ inputs really bad.
Run: /usr/bin/python3 tools/check_sample.py  (exit status 1 on any problem)."""
import collections, html.parser, json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / 'sample'
LANGS = {'en', 'zh', 'de', 'fr', 'es', 'ja'}
REQUIRED = ('url', 'source', 'lang', 'date', 'title')
problems = []


def bad(msg):
    problems.append(msg)


class Text(html.parser.HTMLParser):
    SKIP = {'script', 'style', 'head', 'noscript', 'template'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip, self.title = [], 0, ''
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag == 'title':
            self.in_title = True
        if tag in ('p', 'br', 'li', 'h1', 'h2', 'h3', 'div', 'tr'):
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag == 'title':
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def html_text(h):
    p = Text()
    p.feed(h)
    p.close()
    return ''.join(p.parts), p.title.strip()


def length_ok(where, lang, text):
    if lang in ('zh', 'ja'):
        n = len(re.sub(r'\s', '', text))
        if not 200 <= n <= 500:
            bad(f'{where}: {n} characters (want 200-500)')
        return n
    n = len(text.split())
    if not 120 <= n <= 350:
        bad(f'{where}: {n} words (want 120-350)')
    return n


def check_record(where, r, urls, counts, fmt=None):
    for k in REQUIRED:
        if not isinstance(r.get(k), str) or not r[k].strip():
            bad(f'{where}: missing or empty {k}')
            return
    if ('body' in r) == ('html' in r):
        bad(f'{where}: needs exactly one of body/html')
        return
    if r['lang'] not in LANGS:
        bad(f'{where}: lang {r["lang"]!r}')
    if not re.fullmatch(r'2024-03-(0[4-9]|1\d|2[0-2])', r['date']):
        bad(f'{where}: date {r["date"]} outside 2024-03-04..2024-03-22')
    if r['url'] in urls:
        bad(f'{where}: duplicate url {r["url"]} (first at {urls[r["url"]]})')
    urls[r['url']] = where
    text = r['body'] if 'body' in r else html_text(r['html'])[0]
    length_ok(where, r['lang'], text)
    counts[(r['lang'], fmt or ('jsonl html' if 'html' in r else 'jsonl body'))] += 1


def front_matter(text):
    if not text.startswith('---\n'):
        return None, text
    end = text.find('\n---\n', 4)
    if end < 0:
        return None, text
    meta = {}
    for line in text[4:end].splitlines():
        k, _, v = line.partition(':')
        meta[k.strip()] = v.strip().strip('"')
    return meta, text[end + 5:]


def norm(t):
    return t.replace('\u00a0', ' ').replace('\u202f', ' ')


def check_facts(texts):
    """Every form listed in README.md's facts block occurs in some article."""
    readme = (ROOT / 'README.md').read_text(encoding='utf-8')
    m = re.search(r'```tsv facts\n(.*?)```', readme, re.S)
    if not m:
        bad('README.md: no ```tsv facts block')
        return 0
    rows = [l.split('\t') for l in m.group(1).strip('\n').splitlines()]
    head, rows = rows[0], rows[1:]
    if head != ['story', 'kind', 'canonical', 'value', 'forms']:
        bad(f'README.md facts header {head}')
    for row in rows:
        if len(row) != 5:
            bad(f'README.md facts row has {len(row)} columns: {row}')
            continue
        for form in row[4].split('|'):
            langs = sorted({lang for lang, t in texts if norm(form) in t})
            if not langs:
                bad(f'README.md fact {row[2]!r}: form {form!r} occurs in no article')
    return len(rows)


def main():
    texts = []
    urls, counts = {}, collections.Counter()
    html_features = collections.Counter()
    lines = (ROOT / 'articles.jsonl').read_text(encoding='utf-8').splitlines()
    for i, line in enumerate(lines, 1):
        where = f'articles.jsonl:{i}'
        try:
            r = json.loads(line)
        except ValueError as e:
            bad(f'{where}: {e}')
            continue
        check_record(where, r, urls, counts)
        if isinstance(r.get('lang'), str):
            texts.append((r['lang'], norm(r.get('title', '') + '\n' + (r['body'] if 'body' in r else html_text(r.get('html', ''))[0]))))
        h = r.get('html', '')
        for feat, pat in (('<p>', r'<p[ >]'), ('<h1>', r'<h1'), ('<a>', r'<a '), ('<br>', r'<br'),
                          ('&amp;', r'&amp;'), ('named entity', r'&[a-zA-Z]+;'),
                          ('numeric entity', r'&#\d+;|&#x[0-9a-fA-F]+;'), ('&nbsp;', r'&nbsp;'),
                          ('<script>/<style>', r'<script|<style'), ('comment', r'<!--'), ('<ul>', r'<ul')):
            if re.search(pat, h):
                html_features[feat] += 1
    fcounts = collections.Counter()
    for f in sorted((ROOT / 'folder').iterdir()):
        where = f'folder/{f.name}'
        text = f.read_text(encoding='utf-8')
        if f.suffix == '.md':
            meta, body = front_matter(text)
            if meta is None:
                bad(f'{where}: no front matter')
                continue
            r = dict(meta, body=body)
            check_record(where, r, urls, counts, 'folder md')
            texts.append((r.get('lang', '?'), norm(r.get('title', '') + '\n' + body)))
        elif f.suffix == '.html':
            body, title = html_text(text)
            if not title:
                bad(f'{where}: no <title>')
            lang = re.search(r'<html[^>]*lang="([a-z]+)', text)
            length_ok(where, lang.group(1) if lang else 'en', body)
            counts[(lang.group(1) if lang else '?', 'folder html')] += 1
            texts.append((lang.group(1) if lang else '?', norm(title + '\n' + body)))
        elif f.suffix == '.txt':
            title, _, body = text.partition('\n')
            lang = re.search(r'-(en|zh|de|fr|es|ja)[.-]', f.name)
            length_ok(where, lang.group(1) if lang else 'en', body)
            counts[(lang.group(1) if lang else '?', 'folder txt')] += 1
            texts.append((lang.group(1) if lang else '?', norm(text)))
        else:
            bad(f'{where}: unexpected file type')
            continue
        fcounts[f.suffix] += 1
    # bad/ must stay bad: at least one malformed line and one line missing fields
    badl = (ROOT / 'bad' / 'articles-bad.jsonl').read_text(encoding='utf-8').splitlines()
    kinds = collections.Counter()
    for line in badl:
        try:
            r = json.loads(line)
            kinds['ok' if all(k in r for k in REQUIRED) and ('body' in r or 'html' in r) else 'missing'] += 1
        except ValueError:
            kinds['malformed'] += 1
    if not (kinds['ok'] >= 2 and kinds['malformed'] >= 1 and kinds['missing'] >= 1):
        bad(f'bad/articles-bad.jsonl: {dict(kinds)}')
    if front_matter((ROOT / 'bad' / 'unterminated.md').read_text(encoding='utf-8'))[0] is not None:
        bad('bad/unterminated.md: front matter is terminated')

    print('facts checked:', check_facts(texts))
    langs = collections.Counter()
    for (lang, fmt), n in sorted(counts.items()):
        langs[lang] += n
        print(f'{lang:3} {fmt:12} {n:3}')
    print('per language:', dict(sorted(langs.items())), 'total', sum(langs.values()))
    print('jsonl:', len(lines), 'folder:', dict(fcounts))
    print('html features (articles):', dict(html_features))
    for lang in LANGS:
        if langs[lang] < 7:
            print(f'note: only {langs[lang]} {lang} articles')
    for p in problems:
        print('PROBLEM', p)
    print(f'sample: {0 if problems else 1} passed, {len(problems)} failed')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
