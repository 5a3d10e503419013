#!/bin/bash
# test-corpus.sh: a generated corpus with hostile files mixed in (the
# generator's --bad): the run completes, every readable file has exactly one
# record, every unreadable one exactly one message, and the status is 1.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

gen=$SHARED/bench/gen_corpus.py
[ -f "$gen" ] || fail "$gen is missing"
python3 "$gen" --out corpus --count 150 --seed 11 --bad --size-mix >/dev/null
mv corpus/MANIFEST.tsv manifest.tsv

rc=0
timeout 50 "$PARLEY" extract --ndjson corpus >out.txt 2>err.txt || rc=$?
[ $rc -ne 124 ] || fail "the run did not complete"
assert_rc 1

python3 - <<'PY'
import csv, json, sys
unreadable = {"empty": "empty file (0 bytes); skipped",
              "binary": "not text: ",
              "utf16": "not text: UTF-16 text (byte order mark "}
rows = list(csv.DictReader(open("manifest.tsv", encoding="utf-8"), delimiter="\t"))
recs = [r for r in map(json.loads, open("out.txt", encoding="utf-8")) if r["type"] == "article"]
errs = open("err.txt", encoding="utf-8").read().splitlines()
paths = [r["path"] for r in recs]
problems = []
kinds = {r["kind"] for r in rows}
for k in ("empty", "binary", "utf16", "invalid_utf8", "crlf", "bom", "junk_only", "huge_line"):
    if k not in kinds:
        problems.append(f"the generator wrote no {k} file")
bad = 0
for r in rows:
    path = "corpus/" + r["file"]
    msgs = [e for e in errs if e.startswith(f"parley: {path}: ")]
    if r["kind"] in unreadable:
        bad += 1
        want = f"parley: {path}: " + unreadable[r["kind"]]
        if len(msgs) != 1 or not msgs[0].startswith(want):
            problems.append(f"{path} ({r['kind']}): messages {msgs}, expected one starting {want!r}")
        if path in paths:
            problems.append(f"{path} ({r['kind']}) has a record")
    else:
        if paths.count(path) != 1:
            problems.append(f"{path} ({r['kind']}): {paths.count(path)} records")
        if msgs:
            problems.append(f"{path} ({r['kind']}): unexpected messages {msgs}")
        if r["kind"] == "invalid_utf8":
            rec = next(x for x in recs if x["path"] == path)
            if not any(w.startswith("invalid UTF-8 replaced (") for w in rec["warnings"]):
                problems.append(f"{path}: no invalid UTF-8 warning in {rec['warnings']}")
last = f"parley: {bad} of {len(rows)} inputs failed; the others were processed"
if errs[-1] != last:
    problems.append(f"last line of stderr: {errs[-1]!r}, expected {last!r}")
if len(errs) != bad + 1:
    problems.append(f"{len(errs)} lines on stderr, expected {bad + 1}")
if len(recs) != len(rows) - bad:
    problems.append(f"{len(recs)} records for {len(rows) - bad} readable files")
for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
