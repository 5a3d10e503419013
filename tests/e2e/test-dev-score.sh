#!/bin/bash
# test-dev-score.sh: on the 30 real articles of ../shared/dev the metadata
# scores, as ../shared/eval/score.py prints them, reach what the issue asks:
# published >= 0.95, title >= 0.85, source >= 0.85; and every article
# goes through.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

dev=$SHARED/dev/articles
[ -d "$dev" ] || fail "$dev is missing"
run extract --ndjson "$dev"
assert_rc 0
assert_empty err.txt
assert_eq 30 "$(json out.txt 'len(recs)')" "records"
python3 "$SHARED/eval/score.py" --gold "$SHARED/eval/gold/dev.json" --json out.txt >score.json
python3 - <<'PY'
import json, sys
s = json.load(open("score.json"))
low = [f"{k} {s[k]['rate']} < {need}" for k, need in
       (("published", 0.95), ("title", 0.85), ("source", 0.85), ("article_found", 1.0))
       if s[k]["rate"] is None or s[k]["rate"] < need]
print("\n".join(low), file=sys.stderr)
sys.exit(1 if low else 0)
PY
