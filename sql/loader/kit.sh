# Shared by the loaders (sql/load_jsonl.sh, sql/load_folder.sh): sourced, not run.
# KIT_DIR is sql/ (the directory of the loader that sources this file).
#
# A load is one sqlite3 process fed a generated script: the schema, a
# staging step that reads and checks every input into temp.kit_stage, then
# batches of KIT_BATCH rows, each one transaction (sql/loader/batch.sql), then
# a summary (sql/loader/end.sql).  The SQL prints lines that start with a tab-
# separated tag: "1" goes to stdout, "2" (progress, bad input) to stderr, "3"
# carries the number of skipped inputs for the exit status.
#
# Environment: SQLITE3 (default sqlite3), NEWSEXT (the extension, default
# the repository's ./newsext), KIT_BATCH (rows per transaction, default 500).

KIT_DIR=$(cd "$(dirname "$0")" && pwd)
SQLITE3=${SQLITE3:-sqlite3}
NEWSEXT=${NEWSEXT:-$KIT_DIR/../newsext}
KIT_BATCH=${KIT_BATCH:-500}

kit_die() { echo "$KIT_NAME: $*" >&2; exit 1; }

# Quoting for an SQL string literal and for a "double-quoted" dot-command
# argument of the sqlite3 shell.
kit_sqlq() { printf "%s" "$1" | sed "s/'/''/g"; }
kit_dotq() { printf "%s" "$1" | sed 's/[\\"]/\\&/g'; }

kit_check() { # kit_check DB: the tools are there and the extension loads
  command -v "$SQLITE3" >/dev/null 2>&1 || kit_die "cannot find $SQLITE3 (apt-get install sqlite3)"
  [ -e "$NEWSEXT.so" ] || [ -e "$NEWSEXT" ] ||
    kit_die "cannot find the newsext extension at $NEWSEXT (run make, or set NEWSEXT)"
}

kit_head() { # the start of every generated script
  # .timeout: a cron load waits up to a minute for a report or another load
  # that holds the database, instead of failing at once.
  printf '.bail off\n.timeout 60000\n.mode list\n.headers off\n.separator "\\t"\n'
  printf '.load "%s"\n' "$(kit_dotq "$NEWSEXT")"
  cat "$KIT_DIR/schema.sql"
  cat "$KIT_DIR/loader/begin.sql"
  printf "INSERT INTO temp.kit_info(what, name, batch, before) VALUES ('%s', '%s', %d, (SELECT count(*) FROM main.articles));\n" \
    "$KIT_NAME" "$(kit_sqlq "$1")" "$KIT_BATCH"
}

kit_batches() { # kit_batches TOTAL: one loader/batch.sql per KIT_BATCH rows
  lo=1
  while [ "$lo" -le "$1" ]; do
    printf '.parameter set @lo %d\n.parameter set @hi %d\n' "$lo" $((lo + KIT_BATCH - 1))
    cat "$KIT_DIR/loader/batch.sql"
    lo=$((lo + KIT_BATCH))
  done
  cat "$KIT_DIR/loader/end.sql"
}

kit_run() { # kit_run DB: runs stdin in sqlite3, sorts its output; status 0/1/2
  st=$(mktemp) || exit 1
  { "$SQLITE3" -batch "$1"; echo $? > "$st"; } | {
    skipped=0
    while IFS= read -r line; do
      case $line in
        "2	"*) printf '%s\n' "${line#2	}" >&2 ;;
        "1	"*) printf '%s\n' "${line#1	}" ;;
        "3	"*) skipped=${line#3	} ;;
        *) printf '%s\n' "$line" ;;
      esac
    done
    [ "$skipped" = 0 ]
  }
  ok=$?
  rc=$(cat "$st"); rm -f "$st"
  [ "$rc" = 0 ] || return 1
  [ "$ok" = 0 ] || return 2
  return 0
}
