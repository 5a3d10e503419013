#!/bin/bash
# test-examples-score.sh: parley scored on its own example articles against
# the machine-readable answer key examples/gold.json, with the scorer of
# ../shared/eval. The figures asserted are those parley reaches today: any
# change in what it extracts from the examples shows here, better or
# worse, and the new figures go into this file in the same review. The
# full score table is printed in the test log.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

gold=$REPO/examples/gold.json
ln -s "$REPO/examples" examples

# the answer key covers every example article, and nothing else
files_in_gold=$(python3 -c 'import json, sys
print("\n".join(sorted(a["file"] for a in json.load(open(sys.argv[1]))["articles"])))' "$gold")
assert_eq "$(cd examples/articles && LC_ALL=C ls -- *.txt)" "$files_in_gold" "articles in examples/gold.json"

run extract --ndjson examples/articles
assert_rc 0
assert_empty err.txt
python3 "$SHARED/eval/score.py" --gold "$gold" out.txt >score.txt
echo "--- score.py --gold examples/gold.json"
cat score.txt

assert_has_line score.txt "meetings strict  P 0.94 R 0.80 F1 0.87"
assert_has_line score.txt "meetings lenient P 0.97 R 0.83 F1 0.89"
assert_has_line score.txt "date contradictions 2"
assert_has_line score.txt "article found    24/24  (1.00)"
assert_has_line score.txt "published        22/22  (1.00)"
assert_has_line score.txt "status           58/61  (0.95)"
assert_has_line score.txt "date exact       48/51  (0.94)"
assert_has_line score.txt "main flagged     22/22  (1.00)"
assert_has_line score.txt "place            45/51  (0.88)"
assert_has_line score.txt "country          48/54  (0.89)"
assert_has_line score.txt "occasion         16/24  (0.67)"
assert_has_line score.txt "duration         12/13  (0.92)"
