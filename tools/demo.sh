#!/bin/sh
# make demo: builds demo.db from the sample corpus (sample/) with the kit's
# schema and loaders, then prints three reports.  Run from `make demo`, which
# installs the dependencies and builds ./newsext.so first.
# DEMO_DB: where to build the database (default demo.db; the tests use a
# temporary one).
set -e
cd "$(dirname "$0")/.."
db=${DEMO_DB:-demo.db}
rm -f "$db"
echo "== Loading the sample corpus into demo.db (sql/schema.sql, sql/load_jsonl.sh, sql/load_folder.sh)"
sh sql/load_jsonl.sh "$db" sample/articles.jsonl
sh sql/load_folder.sh "$db" sample/folder

show() { # show TITLE COMMAND-AS-SHOWN REPORT [sqlite3 options]
  echo
  echo "== $1"
  echo "   \$ $2"
  report=$3
  shift 3
  sqlite3 -bail "$db" -cmd '.load ./newsext' -cmd '.mode box --wrap 44 --wordwrap on' "$@" \
    < "sql/reports/$report"
}
show "Who and what the news of March 2024 is about, across six languages" \
  "sqlite3 -box demo.db -cmd \".parameter set @limit 4\" < sql/reports/top_entities.sql" \
  top_entities.sql -cmd ".parameter set @limit 4"
show "One search, every language: 'Joe Biden' also finds 拜登 and バイデン大統領" \
  "sqlite3 -box demo.db -cmd '.load ./newsext' -cmd \".parameter set @q 'Joe Biden'\" < sql/reports/search.sql" \
  search.sql -cmd ".parameter set @q 'Joe Biden'" -cmd ".parameter set @limit 8"
show "Money in US dollars, whatever the currency and the language, with the names written next to it" \
  "sqlite3 -box demo.db -cmd \".parameter set @currencies 'EUR,JPY,CNY'\" -cmd \".parameter set @min_usd 1e9\" < sql/reports/money.sql" \
  money.sql -cmd ".parameter set @currencies 'EUR,JPY,CNY'" -cmd ".parameter set @min_usd 1e9" -cmd ".parameter set @limit 10"
echo
echo "More reports: sql/reports/*.sql (README.md, \"The kit\"); for example"
echo "  sqlite3 -box demo.db -cmd \".parameter set @entity 'Joe Biden'\" < sql/reports/entity_coverage.sql"
