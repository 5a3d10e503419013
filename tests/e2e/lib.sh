# lib.sh: what the end-to-end tests share; sourced by each test-*.sh, which
# tests/e2e/run.sh starts in a fresh temporary folder with REPO (the
# checkout), PARLEY (the binary) and SHARED (../shared) set. Assertions
# print both sides and exit 1 at the first failure.
# shellcheck shell=bash

: "${REPO:?run through tests/e2e/run.sh}" "${PARLEY:?}" "${SHARED:?}"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# run ARGS...: run parley; stdout in out.txt, stderr in err.txt, status in $rc.
run() {
  rc=0
  "$PARLEY" "$@" >out.txt 2>err.txt || rc=$?
}

# run_in INPUT ARGS...: the same with INPUT (a file) on standard input.
run_in() {
  local input=$1
  shift
  rc=0
  "$PARLEY" "$@" <"$input" >out.txt 2>err.txt || rc=$?
}

assert_eq() { # expected actual what
  [ "$1" = "$2" ] || fail "$3: expected [$1], got [$2]"
}

assert_rc() { # expected status
  [ "$rc" -eq "$1" ] || {
    echo "--- stdout" >&2; head -c 3000 out.txt >&2
    echo "--- stderr" >&2; head -c 3000 err.txt >&2
    fail "exit status: expected $1, got $rc"
  }
}

# assert_file FILE EXPECTED: the whole file is exactly EXPECTED (plus the
# final newline that $(...) drops).
assert_file() {
  local got
  got=$(cat "$1")
  [ "$got" = "$2" ] || {
    echo "--- expected $1" >&2; printf '%s\n' "$2" >&2
    echo "--- got" >&2; printf '%s\n' "$got" >&2
    echo "--- diff" >&2; diff <(printf '%s\n' "$2") <(printf '%s\n' "$got") >&2 || true
    fail "$1 differs"
  }
}

assert_empty() { # FILE
  [ ! -s "$1" ] || { head -c 3000 "$1" >&2; fail "$1 should be empty"; }
}

assert_has_line() { # FILE LINE: the file has LINE as one whole line
  grep -qxF -- "$2" "$1" || { echo "--- $1" >&2; head -c 3000 "$1" >&2; fail "no line [$2] in $1"; }
}

assert_no_match() { # FILE STRING: no line of FILE contains STRING
  if grep -qF -- "$2" "$1"; then
    grep -nF -- "$2" "$1" | head -5 >&2
    fail "$1 contains [$2]"
  fi
}

# json FILE EXPR: evaluate a Python expression over the NDJSON records of
# FILE (recs: the article records; meetings: the meeting records; by_path
# maps each path to its article record) and print the result, so tests can
# compare exact values.
json() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
allrecs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
recs = [r for r in allrecs if r.get("type") == "article"]
meetings = [r for r in allrecs if r.get("type") == "meeting"]
by_path = {r["path"]: r for r in recs}
v = eval(sys.argv[2])
print(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
EOF
}

# wait_for SECONDS COMMAND...: poll until COMMAND succeeds or time runs out.
wait_for() {
  local deadline=$(($(date +%s) + $1))
  shift
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "timed out waiting for: $*"
    sleep 0.05
  done
}

# an article written for these tests (no third-party text)
article() { # FILE [CITY]
  printf '%s\n' "Ministers agree to meet again" "" \
    "${2:-GENEVA}, March 3 - Foreign Minister Ana Ruiz met her counterpart Mr. Lee on Tuesday." \
    "\"We agreed to talk again,\" Ruiz said after the talks." >"$1"
}
