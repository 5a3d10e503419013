#!/bin/bash
# test-user-scripts.sh: each user script of examples/scripts/ loads with
# `parley check`, and makes exactly the difference it promises on the
# example article written for it (run with and without the script): a
# person and an office (add_actor), topic words (add_topic_words), a meeting
# word (add_trigger), handlers that amend the shipped rules' results
# (postprocess); list_meetings prints one line per meeting under parley run.
# Only the difference is asserted, so better shipped rules do not break it.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

ln -s "$REPO/examples" examples
scripts=examples/scripts
arts=examples/articles

# extract ARTICLE OUT [SCRIPT]: NDJSON of ARTICLE into OUT, with SCRIPT as
# an extra rules file when given; nothing on stderr.
extract() {
  if [ $# -eq 3 ]; then run extract --ndjson --rules "$3" "$1"; else run extract --ndjson "$1"; fi
  assert_rc 0
  assert_empty err.txt
  mv out.txt "$2"
}

# project FILE: one line per meeting (status, date, place, country,
# participants with their roles), sorted.
project() {
  json "$1" '"\n".join(sorted(" | ".join([m["status"], str(m["date"]), str(m["place"]),
    str(m["country"]), ", ".join(p["name"] + " (" + str(p["role"]) + ")" for p in m["participants"])])
    for m in meetings))' | sed '/^$/d'
}

# changes WITHOUT WITH: the meetings only one of the two files has, "-" for
# those lost with the script, "+" for those gained.
changes() {
  diff <(project "$1") <(project "$2") | sed -n 's/^< /- /p; s/^> /+ /p' || true
}

# topics_of FILE: the main meeting's topics.
topics_of() { json "$1" '[t for m in meetings if m["main"] for t in m["topics"]]'; }

# ---- every rules script loads and runs -----------------------------------------
for s in add_actor add_topic_words add_trigger postprocess; do
  run check "$scripts/$s.lua"
  assert_rc 0
  assert_eq "$scripts/$s.lua: ok: rules load and run on the sample article" "$(cat out.txt)" "check $s"
done

# ---- add_actor: Kurt Campbell and the office of Deputy Secretary of State --------
a=$arts/13-user-actor-campbell-manila.txt
extract "$a" without.ndjson
extract "$a" with.ndjson "$scripts/add_actor.lua"
assert_eq "- held | 2024-06-11 | Manila | Philippines | Kurt Campbell (Secretary of State), Enrique Manalo (Foreign Minister)
- past | 2024-04 | Washington | United States | Kurt Campbell (Secretary of State), Enrique Manalo (Foreign Minister)
+ held | 2024-06-11 | Manila | Philippines | Kurt Campbell (Deputy Secretary of State), Enrique Manalo (Foreign Minister)
+ past | 2024-04 | Washington | United States | Kurt Campbell (Deputy Secretary of State), Enrique Manalo (Foreign Minister)" \
  "$(changes without.ndjson with.ndjson)" "add_actor: meetings"
# loading the script twice in one state adds nobody twice
cat >twice.lua <<'EOF'
parley.load_rules { arg[1], arg[1] }
local a = assert(parley.extract(arg[2]))
local n = 0
for _, p in ipairs(require "data.actors") do
  if p.name == "Kurt Campbell" then n = n + 1 end
end
print(n, #a:meetings()[1].participants)
EOF
run run twice.lua "$scripts/add_actor.lua" "$a"
assert_rc 0
assert_eq "1	2" "$(cat out.txt)" "add_actor loaded twice"
# rules loaded after the first article take effect, and loading them again
# (or loading without them) starts from the shipped data
cat >reload.lua <<'EOF'
local function role(path)
  return assert(parley.extract(path)):meetings()[1].participants[1].role
end
local function campbells()
  local n = 0
  for _, p in ipairs(require "data.actors") do
    if p.name == "Kurt Campbell" then n = n + 1 end
  end
  return n
end
print(role(arg[2]), campbells())
parley.load_rules { arg[1] }
print(role(arg[2]), campbells())
parley.load_rules { arg[1] }
print(role(arg[2]), campbells())
parley.load_rules {}
print(role(arg[2]), campbells())
EOF
run run reload.lua "$scripts/add_actor.lua" "$a"
assert_rc 0
assert_eq "Secretary of State	0
Deputy Secretary of State	1
Deputy Secretary of State	1
Secretary of State	0" "$(cat out.txt)" "add_actor loaded after an article, again, then not"

# ---- add_topic_words: a "cyber" label, disease names for "health" -----------------
a=$arts/14-user-topics-albanese-prabowo.txt
extract "$a" without.ndjson
extract "$a" with.ndjson "$scripts/add_topic_words.lua"
assert_eq "" "$(changes without.ndjson with.ndjson)" "add_topic_words: same meetings"
assert_eq '["cyber", "health"]' \
  "$(json with.ndjson "sorted(set($(topics_of with.ndjson)) - set($(topics_of without.ndjson)))")" \
  "add_topic_words: topics gained"
assert_eq '[]' \
  "$(json with.ndjson "sorted(set($(topics_of without.ndjson)) - set($(topics_of with.ndjson)))")" \
  "add_topic_words: topics lost"

# ---- add_trigger: "conferred with" --------------------------------------------------
a=$arts/15-user-trigger-tajani-lamola.txt
extract "$a" without.ndjson
extract "$a" with.ndjson "$scripts/add_trigger.lua"
assert_eq "+ held | 2025-01-16 | Rome | Italy | Antonio Tajani (Foreign Minister), Ronald Lamola (Foreign Minister)" \
  "$(changes without.ndjson with.ndjson)" "add_trigger: meetings"

# ---- postprocess: editor's notes, hearsay meetings, a migration topic -------------
a=$arts/16-user-postprocess-merz-macron.txt
extract "$a" without.ndjson
extract "$a" with.ndjson "$scripts/postprocess.lua"
# the editor's note denies the Barrot-Merz meeting; the Meloni one is hearsay
assert_eq "- held | 2025-05-07 | Paris | France | Jean-Noel Barrot (Foreign Minister), Friedrich Merz (Chancellor)
- planned | 2025-05 | Rome | Italy | Friedrich Merz (Chancellor), Giorgia Meloni (Prime Minister)" \
  "$(changes without.ndjson with.ndjson)" "postprocess: meetings"
assert_eq '["migration"]' \
  "$(json with.ndjson "sorted(set($(topics_of with.ndjson)) - set($(topics_of without.ndjson)))")" \
  "postprocess: topics gained"
assert_eq '[]' "$(json with.ndjson 'recs[0]["warnings"]')" "postprocess: no warning"
run extract --show-removed --rules "$scripts/postprocess.lua" "$a"
assert_rc 0
assert_has_line out.txt "    line 17   [postprocess: editor's note] Editor's note: An earlier version of this article said French Foreign ..."
# an article with no meeting gets a warning (text written for this test)
printf '%s\n' "Markets close higher" "" "May 7, 2025" "" \
  "Shares rose on Wednesday as investors weighed new figures on prices." >quiet.txt
extract quiet.txt quiet.ndjson "$scripts/postprocess.lua"
assert_eq '["no meeting found"]' "$(json quiet.ndjson 'recs[0]["warnings"]')" "postprocess: warning"

# ---- list_meetings: one line per meeting under parley run ---------------------------
run run "$scripts/list_meetings.lua" "$arts/15-user-trigger-tajani-lamola.txt"
assert_rc 0
assert_empty out.txt
run run --rules "$scripts/add_trigger.lua" "$scripts/list_meetings.lua" \
  "$arts/15-user-trigger-tajani-lamola.txt"
assert_rc 0
assert_empty err.txt
assert_file out.txt "$(printf '%s\t' "$arts/15-user-trigger-tajani-lamola.txt" "*" held 2025-01-16 \
  in_person "Rome (Italy)")Antonio Tajani (Foreign Minister, Italy); Ronald Lamola (Foreign Minister, South Africa)"
# as many lines as parley extract gives meetings, in the same order
run run "$scripts/list_meetings.lua" "$arts"/*.txt
assert_rc 0
cut -f1,3,4 out.txt >listed.txt
run extract --ndjson "$arts"/*.txt
assert_rc 0
assert_file listed.txt "$(json out.txt '"\n".join(m["article"] + "\t" + m["status"] + "\t" + (m["date"] or "-") for m in meetings)')"
# a missing file is reported, the others go on, the exit status is 1
run run "$scripts/list_meetings.lua" nowhere.txt "$arts/15-user-trigger-tajani-lamola.txt"
assert_rc 1
assert_eq "list_meetings: nowhere.txt: no such file (it may have been deleted)" "$(cat err.txt)" "missing file"
