#!/bin/sh
# valgrind.sh: run parley under valgrind on the seeds, the examples and
# hostile inputs (and through the paths where scripts fail), and fail if
# valgrind reports any error or a definite or indirect leak. Run from the
# top of the checkout (make test-valgrind does).
set -eu

cd "$(dirname "$0")/../.."
REPO=$(pwd)
SHARED=$(cd .. && pwd)/shared
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed" >&2; exit 1; }
[ -x ./parley ] || { echo "valgrind.sh: ./parley is missing (run make)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/parley-valgrind.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

passed=0 failed=0
# vg NAME EXPECTED-STATUS ARGS...: run parley under valgrind. valgrind
# exits 99 on an error or a counted leak; anything else but the expected
# status is a failure too.
vg() {
  name=$1 want=$2
  shift 2
  rc=0
  valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
    --log-file="$tmp/$name.vg" "$REPO/parley" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" ||
    rc=$?
  if [ "$rc" -eq "$want" ] && [ ! -s "$tmp/$name.vg" ]; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name (exit status $rc, expected $want)"
    sed 's/^/    /' "$tmp/$name.vg" "$tmp/$name.err" | head -n 60
  fi
}

# hostile inputs, made here (see tests/e2e for their exact messages)
h=$tmp/hostile
mkdir -p "$h/sub"
printf 'Talks in Oslo\n\nThe two ministers met on Tuesday. "It went well," one said.\n' >"$h/good.txt"
: >"$h/empty.txt"
printf ' \n\t\n' >"$h/blank.txt"
head -c 3000 /dev/urandom >"$h/random.bin"
printf 'abc\000\000\000def\n' >"$h/nuls.bin"
printf '\377\376T\000a\000l\000k\000s\000\n\000' >"$h/utf16.txt"
printf 'Caf\351 talks \377 ended.\n' >"$h/latin1.txt"
printf 'Talks in Oslo\r\n\r\nThey met.\r\n' >"$h/crlf.txt"
printf '\357\273\277Talks in Oslo\n\nThey met.\n' >"$h/bom.txt"
ln -s loop2 "$h/loop1"
ln -s loop1 "$h/loop2"
ln -s nowhere "$h/dangling"
ln -s .. "$h/sub/up"
mkfifo "$h/fifo"
head -c 300000 /dev/zero | tr '\0' 'x' >"$h/toolong.txt"

for d in "$SHARED/seeds" examples/articles; do
  if [ -d "$d" ] && [ -n "$(ls "$d")" ]; then
    vg "extract-$(basename "$d")" 0 extract --ndjson "$d"
  else
    echo "skip $d (missing or empty)"
  fi
done
vg extract-hostile 1 extract --ndjson --max-size 200k "$h" "$h/missing.txt"
vg summary-hostile 1 extract --show-removed "$h"
printf '%s\n' "$h/good.txt" "$h/gone.txt" '{"path": "doc", "text": "A text."}' '{bad' >"$tmp/stdin.txt"
vg extract-stdin 1 extract --ndjson - <"$tmp/stdin.txt"

# scripts that fail: a raise, the budget (also inside pcall), the memory cap,
# a syntax error, a script error in run and check
r=$tmp/rules
mkdir -p "$r"
printf 'return { name = "boom", sentence = function(s, a) error("kaboom") end }\n' >"$r/boom.lua"
printf 'return { name = "spin", article = function(a)\n  while true do pcall(function() while true do end end) end\nend }\n' >"$r/spin.lua"
printf 'return { name = "hog", article = function(a)\n  local t = {}\n  while true do t[#t + 1] = string.rep("x", 100000) .. #t end\nend }\n' >"$r/hog.lua"
printf 'return { name = "syn", article = function(a) if then end end }\n' >"$r/syntax.lua"
printf 'local a = parley.from_string("One. Two.\\n", "x")\nprint(#a:sentences(), parley.extract(a))\nerror("done")\n' >"$r/script.lua"
vg rules-raise 1 extract --ndjson --rules "$r/boom.lua" "$h/good.txt" "$h/crlf.txt"
vg rules-budget 1 extract --ndjson --budget 2M --rules "$r/spin.lua" "$h/good.txt"
vg rules-memory 1 extract --ndjson --mem-limit 16M --rules "$r/hog.lua" "$h/good.txt"
vg rules-syntax 2 extract --ndjson --rules "$r/syntax.lua" "$h/good.txt"
vg run-error 1 run --budget 50M "$r/script.lua"
vg check-scripts 1 check --budget 2M "$r/boom.lua" "$r/spin.lua" "$r/syntax.lua"

# parley.so inside stock lua5.4: the Lua specs under valgrind
if [ -f parley.so ] && [ -x /usr/bin/busted ]; then
  rc=0
  env -u LUA_PATH -u LUA_PATH_5_4 -u LUA_CPATH -u LUA_CPATH_5_4 -u PARLEY_SCRIPTS \
    valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 --log-file="$tmp/specs.vg" \
    lua5.4 /usr/bin/busted --cpath='./?.so' --lpath='tests/lua/?.lua' --output=TAP tests/lua \
    >"$tmp/specs.out" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ] && [ ! -s "$tmp/specs.vg" ]; then
    passed=$((passed + 1))
    echo "ok   lua-specs (parley.so)"
  else
    failed=$((failed + 1))
    echo "FAIL lua-specs (parley.so) (exit status $rc)"
    grep -v '^ok ' "$tmp/specs.out" | sed 's/^/    /' | head -n 30
    sed 's/^/    /' "$tmp/specs.vg" | head -n 60
  fi
else
  echo "skip lua-specs (parley.so or busted missing)"
fi

echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
