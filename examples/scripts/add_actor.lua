-- add_actor.lua: teach parley a person and an office it does not know,
-- without touching the shipped tables.
--
--   parley extract --rules examples/scripts/add_actor.lua examples/articles
--
-- Kurt Campbell was the U.S. Deputy Secretary of State from 12 February
-- 2024 to 20 January 2025; parley's tables hold heads of state and
-- government and foreign ministers, not their deputies. Without this
-- script, on examples/articles/13-user-actor-campbell-manila.txt:
--   * "Deputy Secretary of State Kurt Campbell" is read as the title
--     "Secretary of State" (the longest office parley knows in it) before an
--     unknown name, so Campbell comes out with the wrong role, in the
--     story's meeting and in the one it recalls ("Campbell and Manalo last
--     met in Washington in April").
-- With it, Campbell has his real role in both.
--
-- Data must be added when the script loads (here, at the top level), not
-- in a handler: parley builds one lexicon of every name, office and word on
-- the first article it reads after the rules load. In a `parley run`
-- script, load it with parley.load_rules{"add_actor.lua"}: each load
-- starts from the shipped tables, so loading again adds nothing twice.

local actors = require "data.actors" -- the list every data/actors/*.lua adds to
local roles = require "data.roles" -- office names and the phrases that say them

-- Add an entry unless one with that key is there already: a script may
-- load twice in one Lua state (`parley check` runs it, then loads it as
-- rules; a `parley run` script may reload rules), and a person listed twice
-- would appear twice among a meeting's participants.
local function add_once(list, key, value, entry)
  for _, e in ipairs(list) do
    if e[key] == value then return end
  end
  table.insert(list, entry)
end

-- The office. `role` is the canonical name records carry; `phrases` are the
-- ways news writes it (matched in any letter case, the longest phrase
-- winning, so "Deputy Secretary of State" now beats "Secretary of State");
-- `rank` orders offices when a bare surname could mean several people
-- (heads of government are 10, foreign ministers 7, deputies 4).
add_once(roles, "role", "Deputy Secretary of State", {
  role = "Deputy Secretary of State", rank = 4,
  phrases = { "Deputy Secretary of State" },
})

-- The person, in the format of data/actors/*.lua: canonical name, country,
-- the short forms that name him once introduced, other spellings, and each
-- office with its first and last day (nil = still in office). The role is
-- looked up at the meeting's date, so a story from 2023 gets no role.
add_once(actors, "name", "Kurt Campbell", {
  name = "Kurt Campbell", country = "United States",
  short = { "Campbell" }, aliases = { "Kurt M. Campbell" },
  roles = { { "Deputy Secretary of State", "2024-02-12", "2025-01-20" } },
})

-- A rules file returns its handlers; this one needs none.
return { name = "add_actor", description = "Kurt Campbell and the office of Deputy Secretary of State" }
