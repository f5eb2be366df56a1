#!/bin/sh
# Loads JSON Lines files of articles into a news database (created if needed).
#
#   sh sql/load_jsonl.sh news.db articles.jsonl [more.jsonl ...]
#
# One JSON object per line: {"url": ..., "source": ..., "lang": "de",
# "date": "2024-03-05", "title": ..., "body": ... or "html": ...}.  url and
# body or html are required; a url already in the database is updated
# (loading a file twice changes nothing).  A bad line is reported on stderr
# as file:line and skipped; the rest loads.  Progress (rows, rate) goes to
# stderr, one summary line per file to stdout.
# Exit status: 0 all loaded, 2 some lines skipped, 1 failure.
# Needs only sh, awk and the sqlite3 shell; see sql/loader/kit.sh for the
# environment variables (SQLITE3, NEWSEXT, KIT_BATCH).
KIT_NAME=load_jsonl
. "$(cd "$(dirname "$0")" && pwd)/loader/kit.sh"

[ $# -ge 2 ] || kit_die "usage: sh sql/load_jsonl.sh news.db file.jsonl [file.jsonl ...]"
db=$1
shift
kit_check
status=0
for f in "$@"; do
  if [ ! -f "$f" ] || [ ! -r "$f" ]; then
    echo "$KIT_NAME: $f: cannot read the file, skipped" >&2
    status=2
    continue
  fi
  lines=$(awk 'END { print NR }' "$f")
  export KIT_FILE="$f" KIT_AWK="$KIT_DIR/loader/jsonl_lines.awk"
  {
    kit_head "$f"
    # The shell runs the |command with sh; the paths come from the
    # environment, so no quoting of file names is needed.
    printf '.mode ascii\n.separator "\\037" "\\n"\n'
    printf '.import --schema temp "|awk -f \\"$KIT_AWK\\" \\"$KIT_FILE\\"" kit_lines\n'
    printf '.mode list\n.separator "\\t" "\\n"\n'
    cat "$KIT_DIR/loader/jsonl.sql"
    kit_batches "$lines"
  } | kit_run "$db"
  case $? in
    1) status=1 ;;
    2) [ $status -eq 0 ] && status=2 ;;
  esac
done
exit $status
