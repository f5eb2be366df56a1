#!/bin/sh
# Runs every test of newsext and prints the total last: "N passed, N failed".
# Each part prints its own "<part>: N passed, N failed" line; this script adds
# them up.  Exit status is non-zero when anything failed.
#   SAN=1   the build is instrumented with ASan/UBSan: hosts that are not
#           themselves instrumented (python3, tclsh) get libasan preloaded.
set -u
cd "$(dirname "$0")/.." || exit 2
PYTHON=${PYTHON:-/usr/bin/python3}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

preload=""
if [ "${SAN:-}" = "1" ]; then
  preload="$(${CC:-cc} -print-file-name=libasan.so) $(${CC:-cc} -print-file-name=libubsan.so)"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
fi

# VALGRIND=1: every program runs under valgrind memcheck; any error or leak
# fails its part.  ICU keeps one-time caches until exit: they are reachable,
# not leaks, and need no suppression.
vg=""
if [ "${VALGRIND:-}" = "1" ]; then
  vg="valgrind -q --error-exitcode=99 --leak-check=full
      --show-leak-kinds=definite,indirect,possible
      --errors-for-leak-kinds=definite,indirect,possible --num-callers=40
      --suppressions=tests/reliability/valgrind.supp"
  export INTERRUPT_MS=30000 LIMITS_MAX_RATIO=1000
fi

part() { # part NAME COMMAND...: runs a part, keeps its summary line
  name=$1; shift
  out=$("$@" 2>&1); rc=$?
  printf '%s\n' "$out"
  line=$(printf '%s\n' "$out" | grep -E '^[a-z_]+: [0-9]+ passed, [0-9]+ failed' | tail -n 1)
  if [ -z "$line" ]; then
    echo "$name: 0 passed, 1 failed (no summary line; exit status $rc)"
    echo "$name: 0 passed, 1 failed" >> "$log"
    status=1
    return
  fi
  echo "$line" >> "$log"
  [ $rc -eq 0 ] || status=1
}

part sql $vg build/runner ./newsext tests/sql/*.sql
part globals sh tests/reliability/globals.sh build/obj/*.o

# ext/data/aliases.h must be what tools/gen_aliases.py makes of the TSV files.
part gen_aliases "$PYTHON" tools/gen_aliases.py --check

for t in build/ctest/*; do
  [ -x "$t" ] || continue
  part "$(basename "$t")" $vg "$t"
done

# Fuzz seeds and every past finding, replayed without libFuzzer.
for t in build/replay/*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  part "fuzz_$name" env FUZZ_QUIET=1 $vg "$t" "tests/fuzz/corpus/$name" "tests/fuzz/regress/$name"
done

if [ -x "$PYTHON" ]; then
  if [ -n "$preload" ]; then
    part python env LD_PRELOAD="$preload" ASAN_OPTIONS="detect_leaks=0" "$PYTHON" tests/bindings/test_python.py
  else
    part python "$PYTHON" tests/bindings/test_python.py
  fi
fi
if [ -x "$PYTHON" ] && [ -z "$preload" ]; then
  part sample "$PYTHON" tools/check_sample.py
fi
if [ -x "$PYTHON" ]; then
  if [ -n "$preload" ]; then
    part readme env LD_PRELOAD="$preload" ASAN_OPTIONS="detect_leaks=0" "$PYTHON" tests/bindings/test_readme.py
  else
    part readme "$PYTHON" tests/bindings/test_readme.py
  fi
fi
if command -v tclsh >/dev/null 2>&1; then
  if [ -n "$preload" ]; then
    part tcl env LD_PRELOAD="$preload" ASAN_OPTIONS="detect_leaks=0" tclsh tests/bindings/test_tcl.tcl
  else
    part tcl tclsh tests/bindings/test_tcl.tcl
  fi
fi

# The SQL kit through the sqlite3 shell, as users run it (tests/kit/).
if command -v sqlite3 >/dev/null 2>&1; then
  if [ -n "$preload" ]; then
    part kit env LD_PRELOAD="$preload" ASAN_OPTIONS="detect_leaks=0" sh tests/kit/test_kit.sh
  else
    part kit sh tests/kit/test_kit.sh
  fi
fi

passed=$(awk '{s+=$2} END {print s+0}' "$log")
failed=$(awk '{s+=$4} END {print s+0}' "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ $status -eq 0 ]
