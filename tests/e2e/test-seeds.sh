#!/bin/bash
# test-seeds.sh: the metadata the issue requires on ../shared/seeds, exactly:
# published (and null where the text has no date), the titles of 002 and 003
# (read from the gold file, so no third-party text lives in the repo), the
# sources of 001 and 002, and no junk line left in the kept text.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

seeds=$SHARED/seeds
gold=$SHARED/eval/gold/seeds.json
[ -d "$seeds" ] || fail "$seeds is missing"
[ -f "$gold" ] || fail "$gold is missing"
ln -s "$seeds" seeds

run extract --ndjson seeds
assert_rc 0
assert_empty err.txt
assert_eq 5 "$(json out.txt 'len(recs)')" "records"

field() { # SEED FIELD
  json out.txt "by_path[next(p for p in by_path if p.startswith('seeds/$1_'))]['$2']"
}
assert_eq 2017-05-16 "$(field 000 published)" "published of 000"
assert_eq 2023-11-17 "$(field 001 published)" "published of 001"
assert_eq 2017-11-12 "$(field 002 published)" "published of 002"
assert_eq null "$(field 003 published)" "published of 003"
assert_eq null "$(field 004 published)" "published of 004"
assert_eq null "$(field 003 published_from)" "published_from of 003"
assert_eq Reuters "$(field 001 source)" "source of 001"
assert_eq "Kyodo News" "$(field 002 source)" "source of 002"
for s in 002 003; do
  want=$(python3 -c 'import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
print(next(a["title"] for a in g["articles"] if a["file"].startswith(sys.argv[2] + "_")))' "$gold" "$s")
  assert_eq "$want" "$(field $s title)" "title of $s"
done

# no junk line left: the kinds of line the issue names, in any seed
cat >junk.lua <<'LUA'
local junk = { "^print PRINT$", "^ArrowArtboardCreated with Sketch", "^Sponsored Content$",
               "^About Sponsored Content", "^[A-Z]+ > [%a &]+$", "^Trending ",
               "^By subscribing, you can help" }
local left = 0
for _, path in ipairs(arg) do
  local a = assert(parley.extract(path))
  for _, line in ipairs(a:lines()) do
    local text = line.text:gsub("^[%s*-]*", ""):gsub("^\u{2022}%s*", "")
    for _, p in ipairs(junk) do
      if not line.removed and text:find(p) then
        print(("%s:%d: junk line kept: %s"):format(path, line.index, line.text:sub(1, 60)))
        left = left + 1
      end
    end
  end
end
print(left .. " junk lines kept")
LUA
run run junk.lua seeds/*.txt
assert_rc 0
assert_file out.txt "0 junk lines kept"
