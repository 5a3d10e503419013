#!/bin/bash
# test-meetings-ndjson.sh: meeting records in `parley extract --ndjson`. A
# --rules file adds a meeting: the article record comes first, then its
# meeting record with exactly the fields of SCHEMA.md in their order, and
# evidence offsets (0-based, half-open) that cut the sentences out of the
# normalised text. A meeting that breaks SCHEMA.md fails its article only.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

# Only the segmenter of the shipped scripts, so no shipped rule adds
# meetings of its own: the records below are exactly what meet.lua made.
mkdir -p scripts/rules scripts/data in
cp "$REPO/scripts/rules/00_segmenter.lua" scripts/rules/
cp "$REPO/scripts/data/abbreviations.lua" scripts/data/

# A byte order mark, CRLF line ends and doubled spaces: normalising moves
# every offset, so offsets into the raw file would be wrong.
printf '\357\273\277Talks in Z\303\274rich\r\n\r\nForeign Minister Ana Ruiz  met Mr. Lee in Z\303\274rich on Tuesday.  They agreed to talk again.\r\n\r\n"We agreed to talk again," Ruiz said.\r\n' >in/a.txt
printf 'Nothing happened today.\n' >in/b.txt

cat >meet.lua <<'LUA'
return {
  name = "one_meeting",
  article = function(a)
    if not a.text:find("met", 1, true) then return end
    a.data.m = a:add_meeting {
      participants = { { name = "Ana Ruiz", role = "Foreign Minister", country = "Spain" } },
      status = "held", date = "2017-03-07", date_precision = "day", date_text = "on Tuesday",
      place = "Zürich", country = "Switzerland", format = "in_person", duration_min = 90.5,
      main = true,
    }
  end,
  sentence = function(s, a)
    local m = a.data.m
    if not m then return end
    if s.text:find("met Mr. Lee", 1, true) then m:add_participant("Lee"):add_evidence(s) end
    if s.text:find("They agreed", 1, true) then m:add_evidence(s.index) end
    if s.text:find("Ruiz said", 1, true) then
      m:add_quote("Ana Ruiz", "We agreed to talk again"):add_topic("visits_exchanges", s)
    end
  end,
}
LUA

run extract --ndjson --scripts scripts --rules meet.lua in
assert_rc 0
assert_empty err.txt
assert_eq '["article", "meeting", "article"]' "$(json out.txt '[r["type"] for r in allrecs]')" "record types"
assert_eq '["in/a.txt", "in/a.txt", "in/b.txt"]' \
  "$(json out.txt '[r.get("path") or r.get("article") for r in allrecs]')" "records in article order"

id=$(json out.txt 'allrecs[0]["id"]')
[ ${#id} -eq 16 ] || fail "article id [$id]"
want='{"type":"meeting","id":"'$id'-1","article":"in/a.txt","participants":[{"name":"Ana Ruiz","role":"Foreign Minister","country":"Spain"},{"name":"Lee","role":null,"country":null}],"status":"held","date":"2017-03-07","date_precision":"day","date_text":"on Tuesday","place":"Zürich","country":"Switzerland","occasion":null,"format":"in_person","duration_min":90.5,"topics":["visits_exchanges"],"quotes":[{"speaker":"Ana Ruiz","text":"We agreed to talk again"}],"main":true,"evidence":[{"sentence":1,"start":18,"end":78},{"sentence":2,"start":79,"end":105},{"sentence":3,"start":107,"end":144}]}'
assert_eq "$want" "$(sed -n 2p out.txt)" "the meeting record"

assert_eq '["type", "id", "article", "participants", "status", "date", "date_precision", "date_text", "place", "country", "occasion", "format", "duration_min", "topics", "quotes", "main", "evidence"]' \
  "$(json out.txt 'list(meetings[0].keys())')" "meeting fields in SCHEMA.md order"

# The evidence cuts the sentences out of the normalised text (UTF-8 bytes,
# [start, end)); the raw file, with its BOM and CRLF, would give others.
norm=$(printf 'Talks in Z\303\274rich\n\nForeign Minister Ana Ruiz met Mr. Lee in Z\303\274rich on Tuesday. They agreed to talk again.\n\n"We agreed to talk again," Ruiz said.\n' | base64 -w0)
assert_eq '["Foreign Minister Ana Ruiz met Mr. Lee in Zürich on Tuesday.", "They agreed to talk again.", "\"We agreed to talk again,\" Ruiz said."]' \
  "$(json out.txt '[__import__("base64").b64decode("'"$norm"'")[e["start"]:e["end"]].decode() for e in meetings[0]["evidence"]]')" \
  "evidence slices of the normalised text"

# A meeting against SCHEMA.md fails its article only, naming the meeting;
# the article's valid meeting 1 is not written either.
cat >bad.lua <<'LUA'
return { name = "bad", article = function(a)
  a:add_meeting { participants = { { name = "Lee" } }, status = "held" }
  if a.path:find("b.txt", 1, true) then
    a:add_meeting { participants = { { name = "Lee" } }, status = "finished" }
  end
end }
LUA
run extract --ndjson --scripts scripts --rules bad.lua in
assert_rc 1
assert_file err.txt "parley: in/b.txt: meeting 2: status must be held, planned or past, not 'finished' (checking meetings)
parley: 1 of 2 inputs failed; the others were processed"
assert_eq '[["article", "in/a.txt"], ["meeting", "in/a.txt"]]' \
  "$(json out.txt '[[r["type"], r.get("path") or r.get("article")] for r in allrecs]')" "only a.txt"
