#!/bin/bash
# test-repeats.sh: rules see how many other articles of the run share a
# line (line.repeats) and the size of the run (a.corpus_size), so boilerplate
# can be judged by repetition; a single article sees 0 and 0. (Line 1 is
# shared by all three articles, line 5 differs in each.)
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir in
for c in OSLO ROME LIMA; do
  article body.txt "$c"
  { printf 'Follow us for more news\n\n'; cat body.txt; } >"in/$c.txt"
done
assert_eq "Follow us for more news" "$(head -n 1 in/OSLO.txt)" "first line"
assert_eq "OSLO, March 3 - Foreign Minister Ana Ruiz met her counterpart Mr. Lee on Tuesday." \
  "$(sed -n 5p in/OSLO.txt)" "line 5"
cat >repeats.lua <<'LUA'
local out = assert(io.open("repeats.txt", "a"))
return { name = "count", article = function(a)
  local first = a:lines(1, 1)[1]
  out:write(a.path, " ", a.corpus_size, " ", first.repeats, " ", a:lines(5, 5)[1].repeats, "\n")
  out:flush()
end }
LUA
run extract --ndjson --rules repeats.lua in
assert_rc 0
assert_file repeats.txt "in/LIMA.txt 3 2 0
in/OSLO.txt 3 2 0
in/ROME.txt 3 2 0"
rm repeats.txt
run extract --ndjson --rules repeats.lua in/OSLO.txt
assert_rc 0
assert_file repeats.txt "in/OSLO.txt 0 0 0"
