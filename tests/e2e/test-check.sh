#!/bin/bash
# test-check.sh: parley check reports on scripts: ok (exit 0), or each
# problem with file:line (exit 1); reports go to stdout.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

cat >good.lua <<'LUA'
local count = 0
return { name = "good", article = function(a) count = count + #a:lines() end,
         sentence = function(s, a) a.data.last = s.text end }
LUA
printf 'return function(db) end\n' >report.lua
printf 'return { name = "syn",\n  article = function(a)\n    if then end\n  end }\n' >syntax.lua
printf 'return { name = "typo", articel = function(a) end }\n' >typo.lua
printf 'return { name = "boom", article = function(a)\n  error("kaboom")\nend }\n' >boom.lua
printf 'helper = 1\nreturn { name = "leaky", article = function(a) end }\n' >leaky.lua
printf 'return 42\n' >number.lua
printf 'return { name = "spin", article = function(a)\n  while true do end\nend }\n' >spin.lua
article art.txt

run check good.lua report.lua
assert_rc 0
assert_file out.txt "good.lua: ok: rules load and run on the sample article
report.lua: ok: a report script (returns a function)"
assert_empty err.txt

run check --on art.txt good.lua
assert_rc 0
assert_file out.txt "good.lua: ok: rules load and run on art.txt"

run check syntax.lua
assert_rc 1
assert_file out.txt "syntax.lua: error: syntax.lua:3: unexpected symbol near 'then'"

run check typo.lua
assert_rc 1
assert_file out.txt "typo.lua: error: typo.lua: unknown key 'articel' in rule table (known keys: name, description, article, sentences, sentence, meetings, meeting, sentence_fields, abbreviations, starters) (loading rules)"

run check boom.lua
assert_rc 1
assert_file out.txt "boom.lua: error: (sample article): boom.lua:2: kaboom (rule 'boom', article handler)"

run check leaky.lua
assert_rc 1
assert_file out.txt "leaky.lua: warning: assigns the global 'helper' (did you mean local?)
leaky.lua: ok: rules load and run on the sample article"

run check number.lua
assert_rc 1
assert_file out.txt "number.lua: error: returns a number; a rules script returns a table of handlers, a report script a function"

run check --budget 5M spin.lua
assert_rc 1
assert_file out.txt "spin.lua: error: (sample article): spin.lua:2: instruction budget exceeded (5000000 instructions; raise it with --budget) (rule 'spin', article handler)"

run check absent.lua
assert_rc 1
assert_file out.txt "absent.lua: error: no such file (it may have been deleted)"

# several scripts: each reported, the status says whether any had a problem
run check good.lua boom.lua report.lua
assert_rc 1
assert_eq 3 "$(wc -l <out.txt)" "one line per script"
assert_has_line out.txt "report.lua: ok: a report script (returns a function)"
