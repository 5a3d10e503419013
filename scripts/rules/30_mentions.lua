-- rules/30_mentions.lua: who, where and when each sentence mentions, for
-- the meeting rule and for any rule of a user's (s.actors, s.places,
-- s.dates).
--
-- Runs once per article when its sentences exist (the `sentences` phase):
-- people resolved across the article (lib/mentions), with offices looked
-- up at the article's date. Without a full publication date, the year the
-- text fixes by itself stands in: the latest full date it gives, else a
-- summit it names with its host city. The result is a.data.mentions =
-- { doc, published, year, ref_year }.
--
-- s.actors, s.places and s.dates are computed only for the sentences a
-- rule reads them from (sentence_fields), so they cost nothing otherwise.

-- the parley module: the global in parley's own states, required in stock lua5.4
local parley = require "parley"

local gaz = require "lib.gazetteer"
local mentions = require "lib.mentions"
local when = require "lib.when"
local dates = require "lib.dates"

-- Only the first sentences are read: a news story tells its meetings early,
-- and a page of thousands of sentences (a feed dump, a hostile file) must
-- cost no more than a long article. Sentences are at most 4 KiB each.
local MAX_SENTENCES = 400

-- Without a publication date, the latest year the text fixes by itself
-- dates the story: a full date it gives, or a summit it names with its
-- host city (the G20 in Hamburg is July 2017). Any year it names sets
-- ctx.ref_year: a meeting "in 2014" is past if the story names a later
-- year (used for status only, never for a date).
local function year_of_dates(a, ctx)
  local best
  local text = ctx.text
  for i, s in ipairs(a:sentences()) do
    if i > MAX_SENTENCES then break end
    -- a year has four digits: most sentences have none and cost nothing
    local st = text:sub(s.start, s.stop)
    if st:find "%d%d%d%d" then
      for y in st:gmatch "%f[%d](%d%d%d%d)%f[%D]" do
        y = tonumber(y)
        if y >= 1900 and y <= 2100 then ctx.ref_year = math.max(ctx.ref_year or 0, y) end
      end
      for _, f in ipairs(dates.find_all(st)) do
        if f.year and f.day then best = math.max(best or 0, f.year) end
      end
    end
  end
  return best
end

local function year_of_summits(doc, ctx)
  local best
  for _, sent in ipairs(doc.sentences) do
    for _, o in ipairs(sent.occasions) do
      for _, pl in ipairs(sent.places) do
        local ed = gaz.edition(ctx.g, ctx.g.occasions[o.value], nil, ctx.g.places[pl.value].name)
        if ed then best = math.max(best or 0, tonumber(ed.start:sub(1, 4))) end
      end
    end
  end
  return best
end

local function analyse(a)
  local g = gaz.get()
  local published = a.published
  local ctx = { g = g, text = a.text,
    published = published and #published == 10 and published or nil }
  local date = published
  if not ctx.published then
    ctx.year = (published and tonumber(published:sub(1, 4))) or year_of_dates(a, ctx)
    date = ctx.year and tostring(ctx.year) or nil
  end
  local doc = mentions.analyse(a, date, MAX_SENTENCES)
  if not ctx.published and not ctx.year then
    ctx.year = year_of_summits(doc, ctx)
    if ctx.year then doc = mentions.analyse(a, tostring(ctx.year), MAX_SENTENCES) end
  end
  a.data.mentions = { doc = doc, published = ctx.published, year = ctx.year,
    ref_year = ctx.ref_year }
end

local function info_of(s)
  local m = s.article.data.mentions
  return m, m and m.doc.sentences[s.index]
end

-- s.actors: { {name, role, country, start, stop} } of the people named.
local function actors(s)
  local m, sent = info_of(s)
  if not sent then return {} end
  local g = gaz.get()
  local out = {}
  for _, p in ipairs(sent.people) do
    local who = mentions.participant(g, p.entity, m.doc.date)
    who.start, who.stop = p.s, p.e
    out[#out + 1] = who
  end
  return out
end

-- s.places: { {name, country, start, stop} } of the cities and venues named.
local function places(s)
  local _, sent = info_of(s)
  if not sent then return {} end
  local g = gaz.get()
  local out = {}
  for _, pm in ipairs(sent.places) do
    local p = g.places[pm.value]
    out[#out + 1] = { name = p.name, country = p.country, start = pm.s, stop = pm.e }
  end
  return out
end

-- s.dates: { {text, date, precision, start, stop} } of the time expressions,
-- resolved against the publication date (nil date when they cannot be).
local function time_expressions(s)
  local m = s.article.data.mentions
  local out = {}
  local ctx = { published = m and m.published, year = m and m.year }
  for _, e in ipairs(when.find(s.article.text, s.start, s.stop)) do
    local d, p = when.resolve(e, ctx)
    out[#out + 1] = { text = e.text, date = d, precision = p, start = e.start, stop = e.stop }
  end
  return out
end

return {
  name = "mentions",
  description = "people (resolved across the article), places, summits and time expressions",
  sentences = analyse,
  sentence_fields = { actors = actors, places = places, dates = time_expressions },
}
