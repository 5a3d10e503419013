#!/bin/bash
# test-exit-status.sh: 0 when every input went through; 1 when some failed,
# with the others still printed; messages as "parley: PATH: message".
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir in
article in/a.txt GENEVA
article in/b.txt TOKYO
article in/c.txt OSLO

run extract --ndjson in
assert_rc 0
assert_empty err.txt
assert_eq '["in/a.txt", "in/b.txt", "in/c.txt"]' "$(json out.txt '[r["path"] for r in recs]')" \
  "records of a good run"
assert_eq '["article"]' "$(json out.txt 'sorted({r["type"] for r in recs})')" "record types"
assert_eq 3 "$(json out.txt 'len({r["id"] for r in recs})')" "distinct ids"
assert_eq true "$(json out.txt 'all(len(r["id"]) == 16 for r in recs)')" "ids of 16 hex digits"

: >in/b.txt
run extract --ndjson in in/missing.txt
assert_rc 1
assert_eq '["in/a.txt", "in/c.txt"]' "$(json out.txt '[r["path"] for r in recs]')" \
  "the good articles still have records"
assert_file err.txt "parley: in/missing.txt: no such file or directory
parley: in/b.txt: empty file (0 bytes); skipped
parley: 2 of 4 inputs failed; the others were processed"

# the readable summary, exactly, with no rules at all (--scripts of an
# empty folder) so no metadata policy shows in it
mkdir -p none/rules
printf '%s\n' "Talks in Oslo" "" "The two ministers met on Tuesday. They spoke for an hour." \
  "\"It went well,\" one of them said." >plain.txt
run extract --ndjson --scripts none plain.txt
id=$(json out.txt 'recs[0]["id"]')
run extract --scripts none plain.txt
assert_rc 0
assert_file out.txt "plain.txt
  title      -
  source     -
  published  -
  dateline   -
  text       3 paragraphs, 4 sentences, 1 quotation
  lead       Talks in Oslo
  meetings   none found
  removed    nothing
  id         $id"
assert_empty err.txt

# every input failing is still exit status 1 (something was wrong with the inputs)
run extract --ndjson in/b.txt
assert_rc 1
assert_empty out.txt
assert_file err.txt "parley: in/b.txt: empty file (0 bytes); skipped
parley: 1 of 1 input failed"
run extract --ndjson in/b.txt in/missing.txt
assert_rc 1
assert_eq "parley: 2 of 2 inputs failed" "$(tail -n 1 err.txt)" "last line when all failed"
