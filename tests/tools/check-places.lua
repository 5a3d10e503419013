-- check-places.lua: check the gazetteer data tables (scripts/data/
-- countries.lua, places.lua with places/*.lua, summits.lua) for internal
-- consistency. Run from anywhere with stock Lua:
--   lua5.4 tests/tools/check-places.lua [SCRIPTS_DIR]
-- Prints one line per problem and a summary; exit status 1 if any problem.
-- Never changes a file.

local here = (arg and arg[0] or ""):match "^(.*)/[^/]*$" or "."
local scripts = arg[1] or (here .. "/../../scripts")
package.path = scripts .. "/?.lua;" .. package.path

-- The data files list their folders with parley.script_names; outside
-- parley, list the folder on disk.
if not parley then
  parley = {}
  function parley.script_names(prefix)
    local names = {}
    local p = io.popen('ls "' .. scripts .. "/" .. prefix .. '" 2>/dev/null')
    for f in p:lines() do
      if f:match "%.lua$" and not f:match "^%." then names[#names + 1] = prefix .. f end
    end
    p:close()
    table.sort(names)
    return names
  end
end

local problems = 0
local function problem(fmt, ...)
  problems = problems + 1
  print(string.format(fmt, ...))
end

local countries = require "data.countries"
local places = require "data.places"
local summits = require "data.summits"

local TODAY = "2026-11-23"

local function nonempty_string(v) return type(v) == "string" and v ~= "" end
local function nonempty_list(v)
  if type(v) ~= "table" or #v == 0 then return false end
  for _, s in ipairs(v) do if not nonempty_string(s) then return false end end
  return true
end

-- Countries ---------------------------------------------------------------

local country = {}         -- name -> entry
local country_phrase = {}  -- name or alias -> owning country
local demonym_of = {}      -- demonym -> owning country
for i, c in ipairs(countries) do
  local where = "countries[" .. i .. "]"
  if not nonempty_string(c.name) then
    problem("%s: no name", where)
  else
    where = "country " .. c.name
    if country[c.name] then problem("%s: listed twice", where) end
    country[c.name] = c
    if not nonempty_list(c.demonyms) then problem("%s: no demonyms", where) end
    if not nonempty_string(c.capital) then problem("%s: no capital", where) end
    if not nonempty_string(c.leader) then problem("%s: no leader", where) end
    if not nonempty_string(c.head_of_state) then problem("%s: no head_of_state", where) end
    if c.aliases ~= nil and not nonempty_list(c.aliases) then problem("%s: bad aliases", where) end
    for _, phrase in ipairs({ c.name, table.unpack(c.aliases or {}) }) do
      local other = country_phrase[phrase]
      if other and other ~= c.name then
        problem("%s: %q also names %s", where, phrase, other)
      end
      country_phrase[phrase] = c.name
    end
    for _, d in ipairs(c.demonyms or {}) do
      if demonym_of[d] and demonym_of[d] ~= c.name then
        problem("%s: demonym %q also belongs to %s", where, d, demonym_of[d])
      end
      demonym_of[d] = c.name
    end
    for _, d in ipairs(c.demonyms or {}) do
      if d == "Korean" then problem("%s: \"Korean\" is ambiguous", where) end
    end
  end
end
for _, c in ipairs(countries) do
  if c.part_of and not country[c.part_of] then
    problem("country %s: part_of %q is not a country", c.name, c.part_of)
  end
end

-- Places ------------------------------------------------------------------

local KINDS = { city = true, island = true, region = true, venue = true }
local place_in = {}   -- country -> name or alias -> place entry
local place_named = {} -- name -> list of countries
for i, p in ipairs(places) do
  local where = "places[" .. i .. "]"
  if not nonempty_string(p.name) then
    problem("%s: no name", where)
  elseif not nonempty_string(p.country) then
    problem("place %s: no country", p.name)
  elseif not country[p.country] then
    problem("place %s: country %q is not in countries.lua", p.name, p.country)
  else
    where = "place " .. p.name .. " (" .. p.country .. ")"
    if p.kind ~= nil and not KINDS[p.kind] then problem("%s: unknown kind %q", where, p.kind) end
    if p.aliases ~= nil and not nonempty_list(p.aliases) then problem("%s: bad aliases", where) end
    local names = place_in[p.country] or {}
    place_in[p.country] = names
    for _, phrase in ipairs({ p.name, table.unpack(p.aliases or {}) }) do
      local other = names[phrase]
      if other then
        problem("%s: %q already names %s in %s", where, phrase, other.name, p.country)
      else
        names[phrase] = p
      end
    end
    local list = place_named[p.name] or {}
    place_named[p.name] = list
    list[#list + 1] = p.country
  end
end
for _, p in ipairs(places) do
  if p.within and p.country and place_in[p.country] then
    local w = place_in[p.country][p.within]
    if not w or w.name ~= p.within then
      problem("place %s (%s): within %q is not a place of %s", p.name, p.country, p.within, p.country)
    end
  end
end
-- The capital is a place of the country (of any country for an entity
-- such as the EU, whose seat lies in a member state).
for _, c in ipairs(countries) do
  local found
  if c.kind == "entity" then
    found = place_named[c.capital] ~= nil
  else
    local cap = place_in[c.name] and place_in[c.name][c.capital]
    found = cap and cap.name == c.capital
  end
  if c.capital and not found then
    problem("country %s: capital %q is not a place of %s", c.name, c.capital, c.name)
  end
end

-- Summits -----------------------------------------------------------------

local occasion = {}
local occasion_phrase = {}
for i, o in ipairs(summits.occasions or {}) do
  if not nonempty_string(o.name) then
    problem("occasions[%d]: no name", i)
  else
    if occasion[o.name] then problem("occasion %s: listed twice", o.name) end
    occasion[o.name] = o
    if o.aliases ~= nil and not nonempty_list(o.aliases) then
      problem("occasion %s: bad aliases", o.name)
    end
    for _, phrase in ipairs({ o.name, table.unpack(o.aliases or {}) }) do
      local other = occasion_phrase[phrase]
      if other and other ~= o.name then
        problem("occasion %s: %q also names %s", o.name, phrase, other)
      end
      occasion_phrase[phrase] = o.name
    end
  end
end

for _, o in ipairs(summits.occasions or {}) do
  if o.family ~= nil and not occasion[o.family] then
    problem("occasion %s: family %q is not an occasion", tostring(o.name), tostring(o.family))
  end
end

local DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
local function leap(y) return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) end

-- A valid ISO date "YYYY-MM-DD" or partial "YYYY-MM": returns the first and
-- the last day it can mean, else nil.
local function date_range(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match "^(%d%d%d%d)%-(%d%d)%-(%d%d)$"
  if not y then y, m = s:match "^(%d%d%d%d)%-(%d%d)$" end
  if not y then return nil end
  y, m = tonumber(y), tonumber(m)
  if m < 1 or m > 12 then return nil end
  local last = DAYS[m] + ((m == 2 and leap(y)) and 1 or 0)
  if d then
    d = tonumber(d)
    if d < 1 or d > last then return nil end
    return s, s
  end
  return string.format("%04d-%02d-01", y, m), string.format("%04d-%02d-%02d", y, m, last)
end

local per_occasion = {}
for i, e in ipairs(summits.editions or {}) do
  local where = string.format("editions[%d] (%s %s)", i, tostring(e.occasion), tostring(e.start))
  if not occasion[e.occasion] then problem("%s: occasion is not in occasions", where) end
  per_occasion[e.occasion] = (per_occasion[e.occasion] or 0) + 1
  if not country[e.country] then problem("%s: country %q is not in countries.lua", where, tostring(e.country)) end
  if e.virtual then
    if e.city ~= nil and not (place_in[e.country] and place_in[e.country][e.city]) then
      problem("%s: city %q is not a place of %s", where, e.city, tostring(e.country))
    end
  elseif not nonempty_string(e.city) then
    problem("%s: no city (and not virtual)", where)
  else
    local p = place_in[e.country] and place_in[e.country][e.city]
    if not p then
      local elsewhere = place_named[e.city] and table.concat(place_named[e.city], ", ")
      problem("%s: city %q is not a place of %s%s", where, e.city, tostring(e.country),
        elsewhere and (" (it is in " .. elsewhere .. ")") or "")
    elseif p.name ~= e.city then
      problem("%s: city %q is an alias; use %q", where, e.city, p.name)
    end
  end
  local s1, s2 = date_range(e.start)
  local t1, t2 = date_range(e.stop)
  if not s1 then problem("%s: start %q is not an ISO date", where, tostring(e.start)) end
  if not t1 then problem("%s: stop %q is not an ISO date", where, tostring(e.stop)) end
  if s1 and t1 then
    if s1 > t2 then problem("%s: start %s is after stop %s", where, e.start, e.stop) end
    if e.start:sub(1, 4) < "2005" then problem("%s: before 2005", where) end
    if s1 > TODAY then problem("%s: starts after %s", where, TODAY) end
  end
end

-- Summary -----------------------------------------------------------------

-- A phrase naming places in two countries is allowed (the lexicon reports
-- both), but listed, as the rules cannot tell them apart.
local phrase_countries = {}
for name, by in pairs(place_in) do
  for phrase in pairs(by) do
    local list = phrase_countries[phrase] or {}
    phrase_countries[phrase] = list
    list[#list + 1] = name
  end
end
local shared = {}
for phrase, list in pairs(phrase_countries) do
  if #list > 1 then
    table.sort(list)
    shared[#shared + 1] = phrase .. " (" .. table.concat(list, ", ") .. ")"
  end
end
table.sort(shared)
if #shared > 0 then print("note: place names in more than one country: " .. table.concat(shared, "; ")) end
local names = {}
for name in pairs(per_occasion) do names[#names + 1] = name end
table.sort(names)
local counts = {}
for _, name in ipairs(names) do counts[#counts + 1] = name .. " " .. per_occasion[name] end
print(string.format("countries %d, places %d, occasions %d, editions %d",
  #countries, #places, #(summits.occasions or {}), #(summits.editions or {})))
print("editions: " .. table.concat(counts, ", "))
if problems > 0 then
  print(string.format("check-places: %d problem%s", problems, problems == 1 and "" or "s"))
  os.exit(1)
end
print "check-places: OK"
