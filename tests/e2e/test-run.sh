#!/bin/bash
# test-run.sh: parley run SCRIPT ARGS: arguments in arg and ..., exit 0,
# or exit 1 with file:line when the script raises; rule handlers it runs
# through parley.extract keep their budget although the script has none.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

cat >args.lua <<'LUA'
print(select("#", ...), ...)
print(arg[0], arg[1], arg[2], #arg)
print(type(parley), type(lpeg), type(re), require("parley") == parley)
LUA
run run args.lua one "two words"
assert_rc 0
assert_file out.txt "2	one	two words
args.lua	one	two words	2
table	table	table	true"
assert_empty err.txt

printf 'local x = 1\nerror("bad thing")\n' >raise.lua
run run raise.lua
assert_rc 1
assert_file err.txt "parley: raise.lua:2: bad thing (script)"

printf 'print(1\n' >syntax.lua
run run syntax.lua
assert_rc 1
assert_file err.txt "parley: syntax.lua:2: ')' expected (to close '(' at line 1) near <eof>"

run run absent.lua
assert_rc 1
assert_file err.txt "parley: absent.lua: no such file (it may have been deleted)"

# a script extracts articles: records, failures as nil, message, code
article a.txt
: >empty.txt
cat >extract.lua <<'LUA'
for _, path in ipairs(arg) do
  local a, msg, code = parley.extract(path)
  if a then print(a.path, #a.id, #a:sentences() > 0) else print(msg, code) end
end
LUA
run run extract.lua a.txt empty.txt
assert_rc 0
assert_file out.txt "a.txt	16	true
empty.txt: empty file (0 bytes); skipped	empty"

# handlers run from a script keep a budget (the script has none); limits
# can be changed from the script with parley.set_limits
printf 'return { name = "spin", article = function(a)\n  while true do end\nend }\n' >spin.lua
cat >budget.lua <<'LUA'
local old = parley.set_limits { instructions = 1000000 }
print(old.instructions, old.memory)
print(parley.extract(parley.from_string("Some text.\n", "x.txt")))
local n = 0
for i = 1, 3000000 do n = n + 1 end -- the script itself is not stopped
print("still running", n)
LUA
run run --rules spin.lua budget.lua
assert_rc 0
assert_file out.txt "200000000	536870912
nil	x.txt: spin.lua:2: instruction budget exceeded (1000000 instructions; raise it with --budget) (rule 'spin', article handler)	script error
still running	3000000"
assert_empty err.txt

# the same with the default budget of handlers
printf 'print(parley.extract(parley.from_string("Some text.\\n", "y.txt")))\n' >default.lua
run run --rules spin.lua default.lua
assert_rc 0
assert_file out.txt "nil	y.txt: spin.lua:2: instruction budget exceeded (200000000 instructions; raise it with --budget) (rule 'spin', article handler)	script error"

# --budget bounds the script itself
printf 'local n = 0\nwhile true do n = n + 1 end\n' >loop.lua
run run --budget 1M loop.lua
assert_rc 1
assert_file err.txt "parley: loop.lua:2: instruction budget exceeded (1000000 instructions; raise it with --budget) (script)"

# the memory cap of the state: a hog handler fails, the script goes on
printf 'return { name = "hog", article = function(a)\n  local t = {}\n  while true do t[#t + 1] = string.rep("x", 100000) .. #t end\nend }\n' >hog.lua
cat >memory.lua <<'LUA'
parley.set_limits { memory = 32 * 1024 * 1024 }
print(parley.extract(parley.from_string("Some text.\n", "m.txt")))
local t = {}
for i = 1, 100 do t[i] = string.rep("y", 10000) .. i end
print("still running", #t)
LUA
run run --rules hog.lua memory.lua
assert_rc 0
assert_file out.txt "nil	m.txt: memory limit exceeded (32 MiB; raise it with --mem-limit) (rule 'hog', article handler)	script error
still running	100"

# many arguments: they all reach the script as '...' (the Lua stack grows
# to hold them; it once overflowed past 200)
printf 'local n = select("#", ...)\nprint(n, arg[n], (select(n, ...)))\n' >count.lua
# shellcheck disable=SC2046
run run count.lua $(seq 1 3000)
assert_rc 0
assert_file out.txt "3000	3000	3000"
