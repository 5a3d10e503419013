#!/bin/sh
# run-units.sh: run each C unit test binary (built with ASan+UBSan) and
# add up their "N passed, N failed" lines.
set -u
passed=0 failed=0 broken=0
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for t in "$@"; do
  out=$("$t" 2>&1)
  rc=$?
  line=$(printf '%s\n' "$out" | tail -n 1)
  p=$(printf '%s' "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
  f=$(printf '%s' "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
  if [ -z "$p" ] || [ $rc -ne 0 ] && [ "${f:-0}" -eq 0 ]; then
    printf '%s\n' "$out"
    echo "$(basename "$t"): exited with status $rc"
    broken=$((broken + 1))
    continue
  fi
  [ "$f" -gt 0 ] && printf '%s\n' "$out"
  echo "$(basename "$t"): $line"
  passed=$((passed + p)) failed=$((failed + f))
done
echo "C unit tests: $passed passed, $failed failed"
[ $failed -eq 0 ] && [ $broken -eq 0 ]
