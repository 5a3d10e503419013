#!/bin/bash
# test-help.sh: --help of parley and of every command, and --version.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

run --version
assert_rc 0
assert_file out.txt "parley 0.1.0"
assert_empty err.txt

for h in --help -h help; do
  run "$h"
  assert_rc 0
  assert_eq "usage: parley COMMAND [options] [ARGS...]" "$(head -n 1 out.txt)" "parley $h"
  for cmd in extract run check; do
    grep -q "^  $cmd " out.txt || fail "parley $h does not list $cmd"
  done
  assert_empty err.txt
done

check_help() { # COMMAND FIRST-LINE
  for h in --help -h; do
    run "$1" "$h"
    assert_rc 0
    assert_eq "$2" "$(head -n 1 out.txt)" "parley $1 $h"
    for opt in --scripts --rules --max-size --budget --mem-limit --traceback --quiet --help; do
      grep -q -- "$opt" out.txt || fail "parley $1 --help does not mention $opt"
    done
    grep -q "^exit status: 0 " out.txt || fail "parley $1 --help does not give the exit status"
    assert_empty err.txt
  done
}
check_help extract "usage: parley extract [options] PATH..."
check_help run "usage: parley run [options] SCRIPT.lua [ARGS...]"
check_help check "usage: parley check [options] SCRIPT.lua..."
grep -q -- "--ndjson" <("$PARLEY" extract --help) || fail "extract --help lacks --ndjson"
grep -q -- "--on FILE" <("$PARLEY" check --help) || fail "check --help lacks --on"

# --help wins wherever it is, and reads no input
run extract --ndjson --help /nonexistent
assert_rc 0
assert_eq "usage: parley extract [options] PATH..." "$(head -n 1 out.txt)" "extract ... --help"
assert_empty err.txt
