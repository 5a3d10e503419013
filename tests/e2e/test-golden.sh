#!/bin/bash
# test-golden.sh: what parley extracts from examples/articles (metadata,
# warnings, removed lines, sentence counts) matches the reviewed golden
# files in tests/golden/ exactly. `make golden` rewrites them.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

cd "$REPO"
rc=0
"$PARLEY" extract --ndjson examples/articles >"$OLDPWD/out.txt" 2>"$OLDPWD/err.txt" || rc=$?
cd "$OLDPWD"
assert_rc 0
assert_empty err.txt
assert_file out.txt "$(cat "$REPO/tests/golden/examples.ndjson")"

cd "$REPO"
rc=0
"$PARLEY" extract --show-removed examples/articles >"$OLDPWD/out.txt" 2>"$OLDPWD/err.txt" || rc=$?
cd "$OLDPWD"
assert_rc 0
assert_file out.txt "$(cat "$REPO/tests/golden/examples.summary")"
