-- add_trigger.lua: a phrase that signals a meeting, added without touching
-- the shipped word lists.
--
--   parley extract --rules examples/scripts/add_trigger.lua examples/articles
--
-- "X conferred with Y" reports a meeting, but "conferred" is not among the
-- shipped meeting words (data/meeting_words.lua), so parley finds nothing in
-- examples/articles/15-user-trigger-tajani-lamola.txt. With this script it
-- finds the ministers' meeting in Rome on Thursday, 16 January 2025.
--
-- As with every data addition, do it when the script loads (here, at the
-- top level), not in a handler: the lexicon is built on the first article.

local words = require "data.meeting_words"

-- A trigger group: `kind` tells what the words mean (see data/meeting_words.lua:
-- meet, talks, summit, visit, receive, phone, video; "told" and "joint" are
-- weak kinds that need the two people on either side). Phrases match in any
-- letter case, as whole words; the longest phrase wins, so "conferred with"
-- is one trigger, not "conferred" plus "with". A past-tense verb ("-ed")
-- reports a meeting: it is not taken for a plan even next to "will".
local group = { kind = "meet", "conferred with", "confers with", "conferring with",
  "confer with" }

-- Add the group once (a script may load twice in one Lua state: `parley
-- check`, or a `parley run` script reloading rules).
local present = false
for _, g in ipairs(words.triggers) do
  if g[1] == group[1] then present = true end
end
if not present then table.insert(words.triggers, group) end

return { name = "add_trigger", description = "'conferred with' reports a meeting" }
