#!/bin/sh
# run.sh: run each end-to-end test of the parley CLI (tests/e2e/test-*.sh,
# or the ones named as arguments) in a fresh temporary folder with a
# timeout, and end with "e2e: N passed, N failed". A test passes when it
# exits 0; its output is shown only when it fails.
set -eu

REPO=$(cd "$(dirname "$0")/../.." && pwd)
PARLEY="$REPO/parley"
SHARED=$(cd "$REPO/.." && pwd)/shared
TIMEOUT=${E2E_TIMEOUT:-60}
export REPO PARLEY SHARED

[ -x "$PARLEY" ] || { echo "e2e: $PARLEY is missing (run make)" >&2; exit 1; }
[ -d "$SHARED" ] || { echo "e2e: $SHARED is missing (the shared material)" >&2; exit 1; }

if [ $# -eq 0 ]; then set -- "$REPO"/tests/e2e/test-*.sh; fi
passed=0 failed=0 failures=""
for t in "$@"; do
  t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
  name=$(basename "$t" .sh)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/parley-e2e.XXXXXX")
  start=$(date +%s)
  rc=0
  (cd "$dir" && timeout -k 5 "$TIMEOUT" bash "$t") >"$dir.log" 2>&1 || rc=$?
  secs=$(($(date +%s) - start))
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
    echo "ok   $name (${secs}s)"
  else
    failed=$((failed + 1))
    failures="$failures $name"
    [ $rc -eq 124 ] && echo "timed out after ${TIMEOUT}s" >>"$dir.log"
    echo "FAIL $name (${secs}s, exit status $rc)"
    sed 's/^/    /' "$dir.log"
  fi
  # a test may leave files only another user could remove: make them ours
  chmod -R u+rwx "$dir" 2>/dev/null || true
  rm -rf "$dir" "$dir.log"
done
[ $failed -eq 0 ] || echo "failed:$failures"
echo "e2e: $passed passed, $failed failed"
[ $failed -eq 0 ]
