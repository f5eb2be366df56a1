#!/bin/sh
# No global mutable state in the extension: lists every writable data
# symbol (.data, .bss, thread-local) of the given object files; the only one
# allowed is sqlite3_api, the routine table that SQLITE_EXTENSION_INIT1
# defines (set once per load to the same value).  Read-only tables
# (static const, .rodata and .data.rel.ro) are fine.
# Prints "globals: N passed, N failed".
pass=0
fail=0
for f in "$@"; do
  bad=$(objdump -t "$f" | grep -E ' O \.(data|bss|tdata|tbss)' |
    grep -v -E ' O \.data\.rel\.ro' |
    awk '{print $NF}' |
    grep -v -E '^sqlite3_api$|^\.L|asan|ubsan|sancov|tsan')
  if [ -n "$bad" ]; then
    for s in $bad; do echo "FAIL globals $(basename "$f"): writable global '$s'"; done
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done
echo "globals: $pass passed, $fail failed"
[ $fail -eq 0 ]
