#!/bin/sh
# Runs each libFuzzer target for N seconds, one after the other, on one core
# (the machine is shared): tests/fuzz/run.sh SECONDS TARGET...
# The working corpus is build/fuzz/corpus/<target> (seeded from
# tests/fuzz/corpus/<target>, which stays as committed); findings go to
# build/fuzz/findings/; logs to build/fuzz/logs/.  Prints one line per
# target (seconds, executions, corpus, findings) and appends it to
# build/fuzz/runs.txt.  Exit status is non-zero when anything was found.
set -u
cd "$(dirname "$0")/../.." || exit 2
secs=$1; shift
status=0
mkdir -p build/fuzz/logs build/fuzz/findings
for t in "$@"; do
  bin=build/fuzz/$t
  [ -x "$bin" ] || { echo "fuzz $t: not built"; status=1; continue; }
  if FUZZ_QUIET=1 "$bin" -runs=0 2>&1 | grep -q 'no call matching'; then
    echo "fuzz $t: skipped (its functions are not in this build)"
    continue
  fi
  work=build/fuzz/corpus/$t
  mkdir -p "$work" "tests/fuzz/corpus/$t"
  log=build/fuzz/logs/$t.log
  dict=""
  # SQL-level targets run whole statements: shorter inputs, more of them
  case $t in sql|entities|html|lang) maxlen=8192 ;; *) maxlen=65536 ;; esac
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
  before=$(ls build/fuzz/findings | grep -c "^$t-" )
  FUZZ_QUIET=1 "$bin" $dict -max_total_time="$secs" -timeout=20 -rss_limit_mb=2560 \
    -max_len=$maxlen -print_final_stats=1 \
    -artifact_prefix="build/fuzz/findings/$t-" "$work" "tests/fuzz/corpus/$t" \
    > "$log" 2>&1
  rc=$?
  after=$(ls build/fuzz/findings | grep -c "^$t-" )
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  corp=$(ls "$work" | wc -l)
  line="$(date -u +%Y-%m-%dT%H:%MZ) fuzz $t: ${secs}s, ${execs:-?} executions, corpus $corp, findings $((after - before)) (exit $rc)"
  echo "$line"
  echo "$line" >> build/fuzz/runs.txt
  if [ $rc -ne 0 ] || [ "$after" -ne "$before" ]; then
    status=1
    grep -E 'ERROR|SUMMARY|fuzz_' "$log" | head -n 5
  fi
done
exit $status
