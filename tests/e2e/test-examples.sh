#!/bin/bash
# test-examples.sh: examples/articles (at least 8 articles written for the
# project) all go through cleanly, as NDJSON and as the summary make demo
# prints.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

ex=$REPO/examples/articles
n=$(find "$ex" -type f ! -name '.*' ! -name 'README*' | wc -l)
[ "$n" -ge 8 ] || fail "examples/articles has $n articles; the issue asks for at least 8"
ln -s "$ex" examples

run extract --ndjson examples
assert_rc 0
assert_empty err.txt
assert_eq "$n" "$(json out.txt 'len(recs)')" "one record per example"
assert_eq "$n" "$(json out.txt 'len({r["id"] for r in recs})')" "distinct ids"

run extract examples
assert_rc 0
assert_empty err.txt
assert_eq "$n" "$(grep -c '^  id ' out.txt)" "one summary per example"
