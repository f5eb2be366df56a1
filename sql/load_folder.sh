#!/bin/sh
# Loads a folder of articles (.html/.htm, .md/.markdown with front matter,
# .txt), recursively, into a news database (created if needed).
#
#   sh sql/load_folder.sh news.db folder [folder ...]
#
# What is read from each kind of file is described in sql/loader/folder.sql
# and README.md.  A file already loaded (same url: the canonical link or
# front-matter url, else file://<absolute path>) is updated; loading twice
# changes nothing.  A bad file is reported on stderr with its path and
# skipped; the rest loads.  Progress goes to stderr, a summary to stdout.
# Exit status: 0 all loaded, 2 some files skipped, 1 failure.
KIT_NAME=load_folder
. "$(cd "$(dirname "$0")" && pwd)/loader/kit.sh"

[ $# -ge 2 ] || kit_die "usage: sh sql/load_folder.sh news.db folder [folder ...]"
db=$1
shift
kit_check
status=0
for d in "$@"; do
  if [ ! -d "$d" ] || [ ! -r "$d" ]; then
    echo "$KIT_NAME: $d: not a readable folder, skipped" >&2
    status=2
    continue
  fi
  d=${d%/}
  [ -n "$d" ] || d=/
  abs=$(cd "$d" && pwd)
  files=$(find "$d" -type f | wc -l)
  {
    kit_head "$d"
    printf "UPDATE temp.kit_info SET abs = '%s';\n" "$(kit_sqlq "$abs")"
    cat "$KIT_DIR/loader/folder.sql"
    kit_batches "$files"
  } | kit_run "$db"
  case $? in
    1) status=1 ;;
    2) [ $status -eq 0 ] && status=2 ;;
  esac
done
exit $status
