#!/bin/bash
# test-progress.sh: a run of more than a second shows a progress line on a
# terminal (rewritten in place with \r), and none when stderr is a pipe or
# file, or with -q.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir in
for i in $(seq -w 1 30); do article "in/$i.txt"; done
# about 50 ms per article: the run lasts about 1.5 s
cat >slow.lua <<'LUA'
return { name = "slow", article = function(a)
  local t = os.clock()
  while os.clock() - t < 0.05 do end
end }
LUA
slow=(extract --ndjson --budget 0 --rules slow.lua in)

start=$(date +%s%N)
run "${slow[@]}"
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
assert_rc 0
[ "$elapsed_ms" -gt 1200 ] || fail "the run took ${elapsed_ms} ms, too short to test progress"
assert_empty err.txt
assert_eq 30 "$(wc -l <out.txt)" "records"

# on a terminal (script(1) gives the run a pty) a progress line appears
command -v script >/dev/null || fail "script (util-linux) is needed"
cmd="$PARLEY ${slow[*]} >/dev/null"
rc=0
script -qec "$cmd" /dev/null >tty.txt </dev/null || rc=$?
assert_rc 0
grep -q $'\r\e\\[K\\[[0-9]*/30\\] [0-9]* articles/s  in/' tty.txt ||
  { cat -A tty.txt | head -c 2000 >&2; fail "no progress line on the terminal"; }
# and it is cleared at the end: the last thing written erases the line
assert_eq $'\r\e[K' "$(tail -c 4 tty.txt)" "the progress line is cleared"

# -q: no progress line even on a terminal
script -qec "$cmd -q" /dev/null >tty-quiet.txt </dev/null
assert_no_match tty-quiet.txt $'\r'
