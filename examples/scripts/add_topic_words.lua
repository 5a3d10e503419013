-- add_topic_words.lua: a topic label of your own, and more words for a
-- label parley already has, without touching the shipped tables.
--
--   parley extract --rules examples/scripts/add_topic_words.lua examples/articles
--
-- On examples/articles/14-user-topics-albanese-prabowo.txt the leaders
-- talk about dengue, tuberculosis and ransomware. The shipped vocabulary
-- (data/topics.lua, the labels of SCHEMA.md) has none of these words, so
-- the main meeting gets neither label; with this script it gets "cyber"
-- (a new label) and "health" (an existing one).
--
-- Words are phrases matched as whole words: a phrase with a capital letter
-- ("COVID") only as written, one without in any letter case; the longest
-- phrase wins where phrases overlap. A topic counts for a meeting when one
-- of its words is in a sentence about that meeting.
--
-- As with every data addition, do it when the script loads (here, at the
-- top level), not in a handler: the lexicon is built on the first article.

local topics = require "data.topics" -- label -> list of phrases

-- Add each phrase to label's list once (a script may load twice in one
-- Lua state: `parley check`, or a `parley run` script reloading rules).
local function add_words(label, phrases)
  local list = topics[label]
  if not list then
    list = {}
    topics[label] = list
  end
  local have = {}
  for _, p in ipairs(list) do have[p] = true end
  for _, p in ipairs(phrases) do
    if not have[p] then
      list[#list + 1] = p
      have[p] = true
    end
  end
end

-- A new label. Records carry it in `topics` like the shipped ones (labels
-- are free strings; tools that only know SCHEMA.md's list ignore it).
add_words("cyber", { "ransomware", "cyberattack", "cyberattacks", "cyber attack",
  "cyber attacks", "hackers", "hacking", "cybercrime", "data breach", "data breaches" })

-- More words for an existing label.
add_words("health", { "dengue", "tuberculosis", "malaria", "mosquito-borne",
  "antimicrobial resistance" })

return { name = "add_topic_words", description = "a 'cyber' topic; disease names for 'health'" }
