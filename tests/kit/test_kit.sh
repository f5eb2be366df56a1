#!/bin/sh
# The SQL kit end to end, as a user runs it: schema, both loaders on the
# sample corpus (idempotence, updates, bad input, progress, awkward file
# names), the triggers (body, lang, FTS, mentions on insert/update/delete)
# and every report in sql/reports/ in the default, -csv and -json modes.
# Prints "kit: N passed, N failed".  Needs the sqlite3 shell; SQLITE3 and
# NEWSEXT as for the loaders.
set -u
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
SQLITE3=${SQLITE3:-sqlite3}
export SQLITE3
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL kit $*"; }
check() { # check NAME GOT WANT
  if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi
}
contains() { # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then ok; else bad "$1: '$3' not in: $(head -c 600 "$2")"; fi
}
q() { "$SQLITE3" -batch "$db" -cmd ".load $ROOT/newsext" "$@"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/news.db

have=$("$SQLITE3" -batch :memory: -cmd ".load $ROOT/newsext" \
  "SELECT (SELECT count(*) FROM pragma_module_list WHERE name = 'entities') +
          (SELECT count(*) FROM pragma_function_list WHERE name = 'lang')" 2>/dev/null)
if [ "$have" != 2 ]; then
  # The kit's triggers call both: a build without them is broken.
  echo "FAIL kit: entities() or lang() is not registered by $ROOT/newsext"
  echo "kit: 0 passed, 1 failed"
  exit 1
fi

lines=$(grep -c . sample/articles.jsonl)
nfiles=$(find sample/folder -type f | wc -l)

# ---- loading the sample corpus --------------------------------------------
sh sql/load_jsonl.sh "$db" sample/articles.jsonl > "$tmp/out" 2> "$tmp/err"
check "load_jsonl exit status" $? 0
contains "load_jsonl summary" "$tmp/out" "$lines lines, $lines loaded ($lines new, 0 updated, 0 unchanged), 0 skipped"
check "load_jsonl is quiet on stderr for a small file" "$(wc -c < "$tmp/err")" 0
sh sql/load_folder.sh "$db" sample/folder/ > "$tmp/out" 2> "$tmp/err"
check "load_folder exit status" $? 0
contains "load_folder summary" "$tmp/out" "$nfiles files, $nfiles loaded ($nfiles new, 0 updated, 0 unchanged), 0 skipped"
total=$((lines + nfiles))
check "articles loaded" "$(q 'SELECT count(*), count(DISTINCT url) FROM articles')" "$total|$total"

# ---- what the schema fills in ---------------------------------------------
check "every article has a body, lang and date" \
  "$(q "SELECT count(*) FROM articles WHERE body IS NULL OR body = '' OR lang IS NULL OR published IS NULL")" 0
check "html rows got body = html_text(html)" \
  "$(q "SELECT count(*) > 0, sum(body = html_text(html)) = count(*) FROM articles WHERE html IS NOT NULL")" "1|1"
check "html bodies have no markup left" \
  "$(q "SELECT count(*) FROM articles WHERE html IS NOT NULL AND (body LIKE '%<p>%' OR body LIKE '%&amp;%' OR body LIKE '%<script%')")" 0
check "folder: title, url and source from the page" \
  "$(q "SELECT title, source, published, lang FROM articles WHERE url LIKE '%softbank-microsoft-japon-ia'")" \
  "SoftBank et Microsoft misent 1 200 milliards de yens sur l’IA au Japon|La Gazette du Marché|2024-03-14|fr"
check "folder: .md front matter" \
  "$(q "SELECT source, published, lang FROM articles WHERE url LIKE '%wangwentao-bulusaier%'")" "东方时报|2024-03-15|zh"
check "folder: .txt title from the first line, date and lang from the name" \
  "$(q "SELECT title, published, lang, url LIKE 'file:///%/sample/folder/2024-03-22-en-central-banks-week.txt' FROM articles WHERE url LIKE '%central-banks-week.txt'")" \
  "Analysis: the week the world's central banks changed direction|2024-03-22|en|1"
check "full-text index is consistent" \
  "$(q "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1); SELECT 'ok'")" ok
check "full-text search across the corpus" \
  "$(q "SELECT count(*) > 0 FROM articles_fts WHERE articles_fts MATCH '\"阿里云\"'")" 1
check "mentions for (nearly) every article" \
  "$(q "SELECT count(DISTINCT article_id) >= 0.9 * (SELECT count(*) FROM articles) FROM mentions")" 1
check "mention offsets give back the text" \
  "$(q "SELECT count(*) FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
         WHERE substr(CASE m.field WHEN 'title' THEN a.title ELSE a.body END, m.start, m.length) IS NOT m.text")" 0

# ---- idempotence and updates ------------------------------------------------
before=$(q "SELECT count(*), (SELECT count(*) FROM mentions), (SELECT max(id) FROM articles) FROM articles")
sh sql/load_jsonl.sh "$db" sample/articles.jsonl > "$tmp/out" 2>&1
check "reload jsonl exit status" $? 0
contains "reload jsonl changes nothing" "$tmp/out" "$lines loaded (0 new, 0 updated, $lines unchanged)"
sh sql/load_folder.sh "$db" sample/folder > "$tmp/out" 2>&1
contains "reload folder changes nothing" "$tmp/out" "$nfiles loaded (0 new, 0 updated, $nfiles unchanged)"
check "reload: same articles, mentions and ids" \
  "$(q "SELECT count(*), (SELECT count(*) FROM mentions), (SELECT max(id) FROM articles) FROM articles")" "$before"

head -n 1 sample/articles.jsonl | sed 's/"body": "/"body": "Zyxwvut update. /' > "$tmp/changed.jsonl"
url=$(head -n 1 sample/articles.jsonl | sed 's/^{"url": "\([^"]*\)".*/\1/')
sh sql/load_jsonl.sh "$db" "$tmp/changed.jsonl" > "$tmp/out" 2>&1
contains "changed line is an update" "$tmp/out" "1 loaded (0 new, 1 updated, 0 unchanged)"
check "update reaches the index" \
  "$(q "SELECT a.url FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid WHERE articles_fts MATCH 'zyxwvut'")" "$url"
check "update keeps the index consistent" \
  "$(q "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1); SELECT count(*) FROM articles")" "$total"

# ---- bad input --------------------------------------------------------------
sh sql/load_jsonl.sh "$db" sample/bad/articles-bad.jsonl > "$tmp/out" 2> "$tmp/err"
check "bad jsonl exit status" $? 2
contains "bad jsonl: line 2 reported" "$tmp/err" "sample/bad/articles-bad.jsonl:2: invalid JSON, skipped"
contains "bad jsonl: line 3 reported" "$tmp/err" "sample/bad/articles-bad.jsonl:3: no \"body\" or \"html\", skipped"
contains "bad jsonl: the rest loads" "$tmp/out" "4 lines, 2 loaded (2 new, 0 updated, 0 unchanged), 2 skipped"
sh sql/load_folder.sh "$db" sample/bad > "$tmp/out" 2> "$tmp/err"
check "bad folder exit status" $? 2
contains "bad folder: file reported" "$tmp/err" "sample/bad/unterminated.md: front matter not closed"
printf '%s\n' '{"url": "u:1", "body": "x", "date": "soon"}' '[1, 2]' '{"url": "u:2", "body": "x", "lang": "english!"}' \
  '' '{"url": "u:3", "html": "<p>Only HTML, no body &amp; no lang.</p>", "date": "2024-03-09T23:30:00+09:00"}' > "$tmp/more.jsonl"
sh sql/load_jsonl.sh "$db" "$tmp/more.jsonl" > "$tmp/out" 2> "$tmp/err"
contains "bad date reported" "$tmp/err" "more.jsonl:1: bad \"date\" 'soon' (expected YYYY-MM-DD), skipped"
contains "not an object reported" "$tmp/err" "more.jsonl:2: not a JSON object, skipped"
contains "bad lang reported" "$tmp/err" "more.jsonl:3: bad \"lang\" 'english!'"
contains "blank lines are ignored, the good line loads" "$tmp/out" "4 lines, 1 loaded (1 new, 0 updated, 0 unchanged), 3 skipped"
check "html-only line: body, lang, local date" \
  "$(q "SELECT body, lang IS NOT NULL, published FROM articles WHERE url = 'u:3'")" "Only HTML, no body & no lang.|1|2024-03-09"
sh sql/load_jsonl.sh "$db" "$tmp/no such file.jsonl" > "$tmp/out" 2> "$tmp/err"
check "missing file exit status" $? 2
contains "missing file reported" "$tmp/err" "no such file.jsonl: cannot read the file, skipped"

# ---- awkward names, progress -------------------------------------------------
mkdir -p "$tmp/dir with space/it's"
sed 's/"url": "/"url": "copy:/' sample/articles.jsonl > "$tmp/dir with space/it's/a \"b\".jsonl"
db2=$tmp/two.db
sh sql/load_jsonl.sh "$db2" "$tmp/dir with space/it's/a \"b\".jsonl" > "$tmp/out" 2>&1
check "file name with spaces and quotes" $? 0
cp -r sample/folder "$tmp/dir with space/it's/fold"
sh sql/load_folder.sh "$db2" "$tmp/dir with space/it's/fold" > "$tmp/out" 2>&1
check "folder name with spaces and quotes" "$?|$("$SQLITE3" "$db2" 'SELECT count(*) FROM articles')" "0|$total"
i=0
while [ $i -lt 24 ]; do sed "s/\"url\": \"/\"url\": \"big$i:/" sample/articles.jsonl; i=$((i + 1)); done > "$tmp/big.jsonl"
KIT_BATCH=400 sh sql/load_jsonl.sh "$tmp/big.db" "$tmp/big.jsonl" > "$tmp/out" 2> "$tmp/err"
n=$((lines * 24))
contains "large load shows progress" "$tmp/err" "400 of $n, 400 loaded, 0 skipped,"
contains "progress shows a rate" "$tmp/err" "articles/s"
contains "large load summary" "$tmp/out" "$n lines, $n loaded ($n new"

# ---- triggers on direct writes ---------------------------------------------------
q "INSERT INTO articles(url, published, title, html) VALUES
     ('t:1', '2024-03-20', 'Direct', '<p>The Federal Reserve cut rates, Jerome Powell said in Washington.</p>')"
check "direct insert: body and lang filled" \
  "$(q "SELECT body, lang FROM articles WHERE url = 't:1'")" "The Federal Reserve cut rates, Jerome Powell said in Washington.|en"
check "direct insert: indexed and mentions" \
  "$(q "SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'powell' AND rowid = a.id),
               (SELECT count(*) > 0 FROM mentions WHERE article_id = a.id) FROM articles AS a WHERE url = 't:1'")" "1|1"
q "UPDATE articles SET body = NULL, html = '<p>Christine Lagarde spoke in Qwertzuiop.</p>' WHERE url = 't:1'"
check "update to html only: body refilled, index follows" \
  "$(q "SELECT a.body, (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'qwertzuiop' AND rowid = a.id),
               (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'powell' AND rowid = a.id) FROM articles AS a WHERE url = 't:1'")" \
  "Christine Lagarde spoke in Qwertzuiop.|1|0"
check "update: mentions follow the new text" \
  "$(q "SELECT count(*) FROM mentions AS m JOIN articles AS a ON a.id = m.article_id WHERE a.url = 't:1' AND m.field = 'body' AND instr(a.body, m.text) = 0")" 0
q "DELETE FROM articles WHERE url = 't:1'"
check "delete: mentions and index rows go" \
  "$(q "SELECT (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)),
               (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'qwertzuiop OR zyxwvut') ;
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")" "0|1"

out=$(q "INSERT INTO articles(url, lang, body) VALUES ('t:2', 'english', 'x')" 2>&1)
case $out in *"CHECK constraint failed"*) ok ;; *) bad "bad lang is refused: $out" ;; esac
q "INSERT INTO articles(url, title, html, body) VALUES ('t:3', 'Both', '<p>from html</p>', 'given body')"
check "a given body is kept even with html" "$(q "SELECT body FROM articles WHERE url = 't:3'")" "given body"
q "PRAGMA recursive_triggers = 1; INSERT INTO articles(url, html) VALUES ('t:4', '<p>With recursive triggers on, the bank said that the rates would stay where they are.</p>');
   UPDATE articles SET body = NULL WHERE url = 't:4'"
check "recursive_triggers on: the fill runs once, index consistent" \
  "$(q "SELECT body, lang FROM articles WHERE url = 't:4';
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")" "With recursive triggers on, the bank said that the rates would stay where they are.|en"
q "DELETE FROM articles WHERE url IN ('t:3', 't:4')"

# ---- reports -------------------------------------------------------------------------
for r in sql/reports/*.sql; do
  name=$(basename "$r" .sql)
  out=$(q < "$r" 2>&1)
  rows=$(printf '%s\n' "$out" | wc -l)
  if [ "$rows" -ge 2 ] && ! printf '%s' "$out" | grep -q "Error"; then ok; else bad "report $name: $(printf '%s' "$out" | head -c 300)"; fi
  out=$(q -csv < "$r" 2>&1)
  rows=$(printf '%s\n' "$out" | wc -l)
  if [ "$rows" -ge 2 ] && ! printf '%s' "$out" | grep -q "Error"; then ok; else bad "report $name -csv: $(printf '%s' "$out" | head -c 300)"; fi
  q -json < "$r" > "$tmp/json" 2>&1
  valid=$("$SQLITE3" :memory: "SELECT json_valid(readfile('$tmp/json')) AND json_array_length(readfile('$tmp/json')) > 0")
  check "report $name -json is one non-empty JSON array" "$valid" 1
done
"$SQLITE3" -batch "$tmp/empty.db" -cmd ".load $ROOT/newsext" < sql/schema.sql
for r in sql/reports/*.sql; do
  out=$("$SQLITE3" -batch "$tmp/empty.db" -cmd ".load $ROOT/newsext" < "$r" 2>&1)
  check "report $(basename "$r") on an empty database" "$out|$?" "|0"
done
q -json -cmd ".parameter set @q 'Joe Biden'" < sql/reports/search.sql > "$tmp/json" 2>&1
check "search: one name finds articles in Chinese, Japanese and Latin-script languages (Joe Biden)" \
  "$("$SQLITE3" :memory: "SELECT count(DISTINCT json_extract(value, '\$.lang')) >= 4,
        sum(json_extract(value, '\$.lang') = 'zh') > 0, sum(json_extract(value, '\$.lang') = 'ja') > 0
        FROM json_each(readfile('$tmp/json'))")" "1|1|1"

# ---- make demo -----------------------------------------------------------------
DEMO_DB=$tmp/demo.db sh tools/demo.sh > "$tmp/demo" 2>&1
check "demo runs" $? 0
check "demo prints three reports" "$(grep -c '^== ' "$tmp/demo")" 4
contains "demo: top entities across languages" "$tmp/demo" "de en es fr ja zh"
contains "demo: the search finds Chinese" "$tmp/demo" "拜"
contains "demo: amounts in other currencies in USD" "$tmp/demo" "JPY"

echo "kit: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
