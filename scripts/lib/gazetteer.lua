-- lib/gazetteer.lua: every name and word the meeting rules look for, in
-- one C lexicon (parley.lexicon) built once per Lua state from the data
-- tables: people and their aliases, offices, countries and demonyms,
-- places, summits, meeting words, topics. A scan of a sentence returns all
-- of them at once, in a few hash probes per word, whatever the size of the
-- tables (DESIGN.md: no per-name pattern is ever run).
--
-- Proper nouns (phrases with a capital letter: "Abe", "Belt and Road",
-- "AI") match as written; common words ("met", "trade") in any case.

-- the parley module: the global in parley's own states, required in stock lua5.4
local parley = require "parley"

local M = {}

-- Kinds of lexicon entries; values index the lists below.
local K = {
  person = 1, short = 2, role = 3, country = 4, demonym = 5, place = 6, occasion = 7,
  trigger = 8, planned = 9, past = 10, topic = 11, ref = 12, counterpart = 13,
  honorific = 14, negation = 15, sidelines = 16, not_people = 17, time = 18,
}
M.K = K

-- Words that are also people's surnames but mostly something else in news:
-- a short form equal to one of these names a person only when the story
-- introduced them or an honorific stands before it.
local common_words = {}
for w in ([[January February March April May June July August September October November
  December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Long Young Brown White
  Black Green King Rice Bush Little Major Sun Hope Rich Park Moon Song May Grant Case Law
  Price Rose Ford Hill Wood Stone Fox Cook Baker Church Strong Sharp Swift Wise Love English
  Key Don Son Hun Will Bill Ban Lai Prince Mark Gene Paul]]):gmatch "%S+" do
  common_words[w] = true
end
M.common_words = common_words

local function has_upper(s) return s:find "%u" ~= nil end

-- Add phrase for (kind, value): exact when it holds a capital, else folded.
local function add(lx, phrase, kind, value)
  lx:add(phrase, kind, value, not has_upper(phrase))
end

local function load_people(lx, g)
  local actors = require "data.actors"
  for id, p in ipairs(actors) do
    g.people[id] = p
    g.person_by_name[p.name] = id
    add(lx, p.name, K.person, id)
    for _, alias in ipairs(p.aliases or {}) do add(lx, alias, K.person, id) end
    for _, s in ipairs(p.short or {}) do add(lx, s, K.short, id) end
  end
end

local function load_roles(lx, g)
  for id, r in ipairs(require "data.roles") do
    g.roles[id] = r
    if r.role then g.role_rank[r.role] = r.rank or 1 end
    for _, phrase in ipairs(r.phrases) do
      lx:add(phrase, K.role, id, true)
      -- "the U.S. and Russian Presidents": a plural names several holders
      local plural = phrase:find "[sS]$" and nil or (phrase:gsub("y$", "ie") .. "s")
      if plural and not phrase:find "%." then lx:add(plural, K.role, -id, true) end
    end
  end
end

-- Capitalised words that never begin or continue a person's name after a
-- title: "the President Sunday", "Minister Who". Sentence starters from the
-- segmenter's data, weekdays, months, and titles themselves.
local function stop_capitals(g)
  local set = {}
  for w in pairs(common_words) do set[w] = true end
  local ab = require "data.abbreviations"
  for _, w in ipairs(ab.starters or {}) do set[w] = true end
  for w in ([[The A An And Or But In On At Of For With By To From As After Before During
    Since Until Said Says Told His Her Their Its This That These Those Who Which What When
    Where While Also Has Had Have Was Were Is Are Will Would Could Should May Might Must
    Japan China Russia Korea India Beijing Tokyo Moscow Washington]]):gmatch "%S+" do
    set[w] = true
  end
  for _, r in ipairs(g.roles) do
    for _, phrase in ipairs(r.phrases) do
      for w in phrase:gmatch "%u[%a%-']*" do set[w] = true end
    end
  end
  return set
end

local function load_countries(lx, g)
  for id, c in ipairs(require "data.countries") do
    g.countries[id] = c
    g.country_by_name[c.name] = id
    add(lx, c.name, K.country, id)
    for _, alias in ipairs(c.aliases or {}) do add(lx, alias, K.country, id) end
    for _, d in ipairs(c.demonyms or {}) do add(lx, d, K.demonym, id) end
  end
end

local function load_places(lx, g)
  for id, p in ipairs(require "data.places") do
    g.places[id] = p
    g.place_by_name[p.name] = g.place_by_name[p.name] or p
    if not p.ambiguous then
      add(lx, p.name, K.place, id)
      for _, alias in ipairs(p.aliases or {}) do add(lx, alias, K.place, id) end
    end
  end
end

local function load_summits(lx, g)
  local s = require "data.summits"
  for id, o in ipairs(s.occasions) do
    g.occasions[id] = o
    g.occasion_by_name[o.name] = id
    add(lx, o.name, K.occasion, id)
    for _, alias in ipairs(o.aliases or {}) do add(lx, alias, K.occasion, id) end
  end
  for _, e in ipairs(s.editions) do
    local list = g.editions[e.occasion]
    if not list then list = {}; g.editions[e.occasion] = list end
    list[#list + 1] = e
  end
end

local irregular_past = { met = true, held = true, spoke = true, sat = true, shook = true,
  told = true, took = true, saw = true, met_with = true }

local function load_words(lx, g)
  local w = require "data.meeting_words"
  for _, group in ipairs(w.triggers) do
    for _, phrase in ipairs(group) do
      local last = phrase:match "(%a+)$" or ""
      g.triggers[#g.triggers + 1] = { phrase = phrase, kind = group.kind,
        weak = group.strength == "weak",
        -- a verb in the past tense ("met", "held talks") reports, it does
        -- not plan: planned cues near it belong to something else
        past = irregular_past[last] == true or (last:find "ed$" ~= nil and #last > 4) }
      lx:add(phrase, K.trigger, #g.triggers, true)
    end
  end
  -- "last met", "had held": a past cue that is also a meeting word (the
  -- longest phrase wins a scan, so it must carry both meanings)
  for _, phrase in ipairs(w.past) do
    if phrase:find " met$" or phrase:find " held$" or phrase:find " talked$" or
        phrase:find " spoke$" or phrase:find " spoken$" then
      g.triggers[#g.triggers + 1] = { phrase = phrase, kind = "meet", weak = false, past = true }
      lx:add(phrase, K.trigger, #g.triggers, true)
    end
  end
  local simple = { planned = K.planned, past = K.past, pair_refs = K.ref,
    counterpart = K.counterpart, negations = K.negation, sidelines = K.sidelines,
    not_people = K.not_people }
  for field, kind in pairs(simple) do
    for i, phrase in ipairs(w[field]) do lx:add(phrase, kind, i, true) end
  end
  for i, phrase in ipairs(w.honorifics) do lx:add(phrase, K.honorific, i, false) end
end

-- Words without which a sentence holds no time expression (lib/when): a
-- sentence with none of them, and no digit, is never searched for dates.
local time_words = [[today tonight yesterday tomorrow ago last next this coming previous
  past week weeks month months year years weekend spring summer autumn fall winter early
  late mid earlier later prior preceding]]
local time_names = [[Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April May June July August September October November December Jan Feb
  Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec]]

local function load_time_words(lx)
  for w in time_words:gmatch "%S+" do lx:add(w, K.time, 0, true) end
  for w in time_names:gmatch "%S+" do lx:add(w, K.time, 0, false) end
end

local function load_topics(lx, g)
  local labels = {}
  for label in pairs(require "data.topics") do labels[#labels + 1] = label end
  table.sort(labels) -- ids must not depend on table order
  for id, label in ipairs(labels) do
    g.topics[id] = label
    for _, phrase in ipairs(require("data.topics")[label]) do add(lx, phrase, K.topic, id) end
  end
end

--- edition(g, occasion, year, city) -> the edition of the occasion (a
-- data/summits.lua entry) held in that year (a string "2017", or nil) and
-- city (or nil), when exactly one fits; cancelled editions never do.
function M.edition(g, o, year, city)
  local list = g.editions[o.name]
  if not list or not (year or city) then return nil end
  local found
  for _, ed in ipairs(list) do
    if not ed.cancelled and (not year or ed.start:sub(1, 4) == year) and
        (not city or ed.city == city) then
      if found then return nil end -- two editions fit: say nothing
      found = ed
    end
  end
  return found
end

local built

--- get() -> the gazetteer of this state, built on first use: { lexicon,
-- people, person_by_name, roles, countries, country_by_name, places, place_by_name,
-- occasions, occasion_by_name, editions (by occasion name), triggers,
-- topics }.
function M.get()
  if built then return built end
  local lx = parley.lexicon()
  local g = { lexicon = lx, people = {}, person_by_name = {}, roles = {}, role_rank = {},
    countries = {},
    country_by_name = {}, places = {}, place_by_name = {}, occasions = {}, occasion_by_name = {}, editions = {},
    triggers = {}, topics = {} }
  load_people(lx, g)
  load_roles(lx, g)
  load_countries(lx, g)
  load_places(lx, g)
  load_summits(lx, g)
  load_words(lx, g)
  load_topics(lx, g)
  load_time_words(lx)
  g.stop_caps = stop_capitals(g)
  built = g
  return g
end

return M
