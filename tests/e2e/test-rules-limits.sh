#!/bin/bash
# test-rules-limits.sh: a handler that loops (even inside its own pcall),
# recurses without end or allocates without end fails that article with a
# clear message, and the next article goes through with a fresh budget.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir in
article in/a-bad.txt
article in/b.txt TOKYO

# check_limit RULE-FILE EXPECTED-MESSAGE [OPTIONS...]
check_limit() {
  local rules=$1 msg=$2
  shift 2
  rc=0
  timeout 30 "$PARLEY" extract --ndjson "$@" --rules "$rules" in >out.txt 2>err.txt || rc=$?
  [ $rc -ne 124 ] || fail "$rules: parley did not stop"
  assert_rc 1
  assert_file err.txt "parley: in/a-bad.txt: $msg
parley: 1 of 2 inputs failed; the others were processed"
  assert_eq '["in/b.txt"]' "$(json out.txt '[r["path"] for r in recs]')" "records after $rules"
}

bad='a.path:find("bad", 1, true)'
printf 'return { name = "spin", article = function(a)\n  while %s do end\nend }\n' "$bad" >spin.lua
# the default budget (200M instructions, well under a second)
check_limit spin.lua "spin.lua:2: instruction budget exceeded (200000000 instructions; raise it with --budget) (rule 'spin', article handler)"
check_limit spin.lua "spin.lua:2: instruction budget exceeded (5000000 instructions; raise it with --budget) (rule 'spin', article handler)" --budget 5M

printf 'return { name = "wrapped", article = function(a)\n  while %s do pcall(function() while true do end end) end\nend }\n' "$bad" >wrapped.lua
check_limit wrapped.lua "wrapped.lua:2: instruction budget exceeded (5000000 instructions; raise it with --budget) (rule 'wrapped', article handler)" --budget 5M

# error() inside the loop's own handler does not help either
printf 'return { name = "stubborn", article = function(a)\n  while %s do xpcall(function() while true do end end, function() while true do end end) end\nend }\n' "$bad" >stubborn.lua
check_limit stubborn.lua "stubborn.lua:2: instruction budget exceeded (5000000 instructions; raise it with --budget) (rule 'stubborn', article handler)" --budget 5M

printf 'local function down(n) return down(n + 1) + 1 end\nreturn { name = "deep", article = function(a)\n  if %s then down(1) end\nend }\n' "$bad" >deep.lua
check_limit deep.lua "deep.lua:1: stack overflow (rule 'deep', article handler)"

printf 'return { name = "hog", article = function(a)\n  local t = {}\n  while %s do t[#t + 1] = string.rep("x", 100000) .. #t end\nend }\n' "$bad" >hog.lua
# (no file:line: the allocation that crosses the cap may fail before the
# hook runs, and Lua gives memory errors no position)
check_limit hog.lua "memory limit exceeded (64 MiB; raise it with --mem-limit) (rule 'hog', article handler)" --mem-limit 64M

printf 'local keep = {}\nreturn { name = "hogpc", article = function(a)\n  while %s do pcall(function() while true do keep[#keep + 1] = string.rep("y", 100000) .. #keep end end) end\n  keep = {}\nend }\n' "$bad" >hogpc.lua
check_limit hogpc.lua "memory limit exceeded (64 MiB; raise it with --mem-limit) (rule 'hogpc', article handler)" --mem-limit 64M

# one allocation larger than the cap fails at once (Lua gives it no line)
printf 'return { name = "huge", article = function(a)\n  if %s then return string.rep("z", 100 * 1024 * 1024) end\nend }\n' "$bad" >huge.lua
check_limit huge.lua "memory limit exceeded (64 MiB; raise it with --mem-limit) (rule 'huge', article handler)" --mem-limit 64M

# a loop while the rules load stops the run before any article
printf 'while true do end\nreturn {}\n' >loadspin.lua
run extract --ndjson --budget 5M --rules loadspin.lua in
assert_rc 2
assert_file err.txt "parley: cannot load the rules: loadspin.lua:1: instruction budget exceeded (5000000 instructions; raise it with --budget) (loading rules)"
assert_empty out.txt
