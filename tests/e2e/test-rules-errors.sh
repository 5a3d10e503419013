#!/bin/bash
# test-rules-errors.sh: broken rule scripts given with --rules. A script
# that does not load stops the run before any article (exit 2, file:line);
# a handler that raises fails that article only, with file:line, rule and
# handler, and the others go through (exit 1).
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir in
article in/a.txt
article in/b-bad.txt TOKYO
article in/c.txt OSLO

printf 'return { name = "syn",\n  article = function(a)\n    if then end\n  end }\n' >syntax.lua
run extract --ndjson --rules syntax.lua in
assert_rc 2
assert_file err.txt "parley: cannot load the rules: syntax.lua:3: unexpected symbol near 'then' (loading rules)"
assert_empty out.txt

printf 'return { name = "typo", articel = function(a) end }\n' >typo.lua
run extract --ndjson --rules typo.lua in
assert_rc 2
assert_file err.txt "parley: cannot load the rules: typo.lua: unknown key 'articel' in rule table (known keys: name, description, article, sentences, sentence, meetings, meeting, sentence_fields, abbreviations, starters) (loading rules)"
assert_empty out.txt

run extract --ndjson --rules absent.lua in
assert_rc 2
assert_file err.txt "parley: cannot load the rules: absent.lua: no such file (it may have been deleted) (loading rules)"

printf 'local t = nil\nreturn { name = t.name }\n' >loaderr.lua
run extract --ndjson --rules loaderr.lua in
assert_rc 2
assert_file err.txt "parley: cannot load the rules: loaderr.lua:2: attempt to index a nil value (local 't') (loading rules)"

cat >boom.lua <<'LUA'
return { name = "boom", article = function(a)
  if a.path:find("bad", 1, true) then error("kaboom") end
end }
LUA
run extract --ndjson --rules boom.lua in
assert_rc 1
assert_file err.txt "parley: in/b-bad.txt: boom.lua:2: kaboom (rule 'boom', article handler)
parley: 1 of 3 inputs failed; the others were processed"
assert_eq '["in/a.txt", "in/c.txt"]' "$(json out.txt '[r["path"] for r in recs]')" "records"

cat >sentence.lua <<'LUA'
return { name = "nil_index", sentence = function(s, a)
  if a.path:find("bad", 1, true) then return s.article.data.missing.field end
end }
LUA
run extract --ndjson --rules sentence.lua in
assert_rc 1
assert_file err.txt "parley: in/b-bad.txt: sentence.lua:2: attempt to index a nil value (field 'missing') (rule 'nil_index', sentence handler)
parley: 1 of 3 inputs failed; the others were processed"
assert_eq '["in/a.txt", "in/c.txt"]' "$(json out.txt '[r["path"] for r in recs]')" "records"

# --traceback adds the Lua stack after the message
run extract --ndjson --traceback --rules boom.lua in/b-bad.txt
assert_rc 1
assert_eq "parley: in/b-bad.txt: boom.lua:2: kaboom (rule 'boom', article handler)" \
  "$(head -n 1 err.txt)" "first line with --traceback"
assert_has_line err.txt "stack traceback:"
grep -q "boom.lua:2: in function" err.txt || fail "no boom.lua:2 frame in the traceback"

# misuse of the API inside a rule is an error of that article
cat >misuse.lua <<'LUA'
return { name = "misuse", article = function(a)
  if a.path:find("bad", 1, true) then a.published = "yesterday" end
end }
LUA
run extract --ndjson --rules misuse.lua in
assert_rc 1
assert_has_line err.txt "parley: in/b-bad.txt: misuse.lua:2: published must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not 'yesterday' (rule 'misuse', article handler)"
assert_eq 2 "$(json out.txt 'len(recs)')" "records"
