#!/bin/bash
# test-stdin.sh: `parley extract -` reads paths (one per line; a path that
# does not exist is reported and the rest go on) or JSON documents.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir -p in/sub
article in/a.txt
article in/sub/b.txt TOKYO
printf '%s\n' in/a.txt "" in/gone.txt in/sub >paths.txt
run_in paths.txt extract --ndjson -
assert_rc 1
assert_file err.txt "parley: in/gone.txt: no such file or directory
parley: 1 of 3 inputs failed; the others were processed"
assert_eq '["in/a.txt", "in/sub/b.txt"]' "$(json out.txt '[r["path"] for r in recs]')" "records"

# paths from stdin and the command line together, CRLF line ends tolerated
printf 'in/sub/b.txt\r\n' >crlf-paths.txt
run_in crlf-paths.txt extract --ndjson in/a.txt -
assert_rc 0
assert_eq '["in/a.txt", "in/sub/b.txt"]' "$(json out.txt '[r["path"] for r in recs]')" "records"
assert_empty err.txt

# JSON documents, for a streaming map step
cat >docs.ndjson <<'JSON'
{"path": "doc1.txt", "text": "The ministers met on Tuesday.\nThey agreed to talk again.\n"}
{"text": "A document without a path.\n"}
{"path": "no-text.txt"}
{"path": "empty.txt", "text": ""}
{not json
JSON
run_in docs.ndjson extract --ndjson -
assert_rc 1
assert_file err.txt "parley: stdin line 3: a JSON document needs a string \"text\" (and a \"path\")
parley: stdin line 5: string or '}' expected near 'not'
parley: empty.txt: empty file (0 bytes); skipped
parley: 3 of 5 inputs failed; the others were processed"
assert_eq '["doc1.txt", "stdin:2"]' "$(json out.txt '[r["path"] for r in recs]')" "records"
# a document has the id of the same text in a file
printf 'The ministers met on Tuesday.\nThey agreed to talk again.\n' >doc1.txt
"$PARLEY" extract --ndjson doc1.txt >file.ndjson
assert_eq "$(json file.ndjson 'recs[0]["id"]')" "$(json out.txt 'recs[0]["id"]')" "id of doc1"
