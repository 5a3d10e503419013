-- lib/mentions.lua: who, where and what each sentence of an article
-- mentions, with people resolved to one identity across the article.
--
-- The C lexicon (lib/gazetteer) finds every known phrase; this module
-- decides what they mean in context:
--   * full names and aliases name a person of data/actors;
--   * a surname ("Abe", "Mr. Xi") names the person the story introduced
--     with it, else the one person with that surname who held a leading
--     office at the article's date (never a common word like "May" unless
--     an honorific or title stands before it);
--   * a title before a name ("Chinese Premier Li Keqiang") confirms the
--     office; a title or "counterpart" before an unknown capitalised name
--     ("Deputy Minister for Foreign Affairs Takeo Akiba") introduces a
--     person not in the tables, with that office and the demonym's country;
--   * an office with a country and no name ("the Japanese leader", "China's
--     foreign minister", "his Turkish counterpart") is whoever held it at
--     the article's date.
-- The result per sentence: people (with offsets), triggers, cues, places,
-- countries, occasions, topics, references ("the two leaders").

-- the parley module: the global in parley's own states, required in stock lua5.4
local parley = require "parley"

local gaz = require "lib.gazetteer"
local pdate = parley.date
local K = gaz.K

local M = {}

-- ---- offices by date ----------------------------------------------------------

local holders_index -- country -> role -> list of { id, start, stop }

local function index_holders(g)
  if holders_index then return holders_index end
  holders_index = {}
  for id, p in ipairs(g.people) do
    for _, r in ipairs(p.roles or {}) do
      -- a role may belong to another country than the person's entry
      -- (an EU leader's earlier national office)
      local country = r.country or p.country
      local roles = holders_index[country]
      if not roles then roles = {}; holders_index[country] = roles end
      local list = roles[r[1]]
      if not list then list = {}; roles[r[1]] = list end
      list[#list + 1] = { id = id, start = r[2], stop = r[3] }
    end
  end
  return holders_index
end

-- Is partial date `date` within [start, stop] (stop nil = open)? Partial
-- dates compare by their prefix: "2017" is within a term that touches 2017.
local function within(date, start, stop)
  if not date then return false end
  local n = #date
  if start and start:sub(1, n) > date then return false end
  if stop and stop:sub(1, n) < date then return false end
  -- a term's last day is its successor's first: on that day the successor
  -- holds the office
  if stop and n == 10 and #stop == 10 and stop == date then return false end
  return true
end
M.within = within

--- role_at(person, date) -> the highest-ranked role the person held at
-- date (a partial ISO date), or nil.
function M.role_at(g, p, date)
  local best, best_rank
  for _, r in ipairs(p.roles or {}) do
    if within(date, r[2], r[3]) then
      local rank = g.role_rank[r[1]] or 1
      if not best or rank > best_rank then best, best_rank = r[1], rank end
    end
  end
  return best, best_rank or 0
end

--- holder(country, role, date) -> person id holding role in country at
-- date, when exactly one did; nil otherwise.
function M.holder(g, country, role, date)
  if not (country and role and date) then return nil end
  local by_role = index_holders(g)[country]
  local list = by_role and by_role[role]
  local acting = by_role and by_role["Acting " .. role]
  if acting and not M.holder_in(list, date) then list = acting end
  return M.holder_in(list, date)
end

function M.holder_in(list, date)
  local found
  for _, h in ipairs(list or {}) do
    if within(date, h.start, h.stop) then
      if found and found ~= h.id then return nil end
      found = h.id
    end
  end
  return found
end

-- ---- one article ---------------------------------------------------------------

local function entity_of_id(doc, g, id)
  local key = "t" .. id
  local e = doc.entities[key]
  if not e then
    local p = g.people[id]
    e = { key = key, id = id, name = p.name, country = p.country }
    doc.entities[key] = e
  end
  return e
end

local function introduce(doc, e, shorts)
  for _, s in ipairs(shorts) do doc.introduced[s] = e end
  if e.country then doc.by_country[e.country] = e end
end

local function last_word(name) return name:match "([%w%-']+)$" end

-- The capitalised name (two or three words) right after offset pos, or
-- nil: "Takeo Akiba" after "Deputy Minister for Foreign Affairs".
local function name_after(text, pos)
  local g = gaz.get()
  local rest = text:sub(pos + 1, pos + 80)
  local sp, w1, w2 = rest:match "^( +)(%u[%a%-']+) (%u[%a%-']+)"
  if not w1 or g.stop_caps[w1] or g.stop_caps[w2] then return nil end
  local name = w1 .. " " .. w2
  local w3 = rest:match("^ (%u[%a%-']+)", #sp + #name + 1)
  if w3 and not g.stop_caps[w3] then name = name .. " " .. w3 end
  return name, pos + #sp + #name
end

-- The country a title or office is tied to: a demonym or country named
-- just before it ("Chinese Premier", "Japan's prime minister", "his U.S.
-- counterpart") in the same sentence.
local function country_before(ms, k, text)
  for j = k - 1, math.max(1, k - 3), -1 do
    local m = ms[j]
    if m.kind == K.demonym or m.kind == K.country then
      -- only when nothing but spaces, "'s" and small words lie between
      local gap = text:sub(m.e + 1, ms[k].s - 1)
      if #gap <= 12 and not gap:find "[,;%.]" then return m.value end
    end
  end
  return nil
end

-- Resolve a surname to an entity.
local function resolve_short(doc, g, ids, word, honored)
  local e = doc.introduced[word]
  if e then return e end
  if gaz.common_words[word] and not honored then return nil end
  if not doc.date then
    -- no date to look offices up ("On Tuesday, President Trump met ..."):
    -- a surname only one known office holder bears, after a title or of
    -- a leader's rank
    if #ids ~= 1 then return nil end
    local p, top = g.people[ids[1]], 0
    for _, r in ipairs(p.roles or {}) do top = math.max(top, g.role_rank[r[1]] or 1) end
    if top > 0 and (honored or top >= 7) then return entity_of_id(doc, g, ids[1]) end
    return nil
  end
  local best, best_rank, tie
  for _, id in ipairs(ids) do
    local _, rank = M.role_at(g, g.people[id], doc.date)
    if rank > 0 then
      if not best or rank > best_rank then best, best_rank, tie = id, rank, false
      elseif rank == best_rank then tie = true end
    end
  end
  if best and not tie and (best_rank >= 7 or honored) then return entity_of_id(doc, g, best) end
  return nil
end

-- Lists a sentence has nothing in share this one empty table (most
-- sentences mention few kinds of things; making 16 tables each would be
-- most of the cost). Never add to it: see add_to.
local EMPTY = setmetatable({}, { __newindex = function() error("EMPTY is read-only") end })
M.EMPTY = EMPTY

local function add_to(sent, field, item)
  local list = sent[field]
  if list == EMPTY then
    list = {}
    sent[field] = list
  end
  list[#list + 1] = item
end

local function add_person(sent, e, m, text)
  local after = text:sub(m.e + 1, m.e + 4)
  add_to(sent, "people", { entity = e, s = m.s, e = m.e,
    possessive = after:find "^['\226]" ~= nil and (after:find "^'s" or after:find "^\226\128\153s") ~= nil })
end

-- Group the flat match array {s, e, kind, value, ...} by position: one
-- entry per span with the list of its meanings.
local function group(flat)
  local out = {}
  for i = 1, #flat, 4 do
    local s, e, kind, value = flat[i], flat[i + 1], flat[i + 2], flat[i + 3]
    out[#out + 1] = { s = s, e = e, kind = kind, value = value }
  end
  return out
end

-- Person-bearing matches of one span: all meanings of kind short.
local function span_values(ms, k, kind)
  local ids = {}
  local j = k
  while j > 1 and ms[j - 1].s == ms[k].s do j = j - 1 end
  while ms[j] and ms[j].s == ms[k].s do
    if ms[j].kind == kind then ids[#ids + 1] = ms[j].value end
    j = j + 1
  end
  return ids, j
end

local function office_of(g, role_id, country_id)
  local r = g.roles[math.abs(role_id)]
  if not r then return nil end
  if r.leader then
    local c = country_id and g.countries[country_id]
    return c and c.leader
  end
  return r.role
end

-- "his Turkish counterpart": the holder, in that country, of the office the
-- sentence's first person holds.
local function counterpart(doc, g, sent, m, country_id, text)
  local other = sent.people[1]
  local c = country_id and g.countries[country_id]
  if not (other and other.entity.id and c) then return end
  local role = M.role_at(g, g.people[other.entity.id], doc.date)
  local id = role and M.holder(g, c.name, role, doc.date)
  if id then add_person(sent, entity_of_id(doc, g, id), m, text) end
end

-- "the U.S. and the Russian Presidents", "Japanese and Chinese leaders":
-- each country named before the plural office, joined by "and" or commas.
local function plural_office(doc, g, sent, ms, k, text)
  local stop = ms[k].s
  for j = k - 1, math.max(1, k - 8), -1 do
    local c = ms[j]
    local gap = text:sub(c.e + 1, stop - 1)
    local joined = gap:match "^%s*$" or gap:match "^%s*,%s*$" or gap:match "^%s*,?%s*and%s*$" or
      gap:match "^%s*,?%s*and the%s*$" or gap:match "^'s%s*$" or gap:match "^\226\128\153s%s*$"
    if not joined then break end
    if c.kind == K.demonym or c.kind == K.country then
      local country = g.countries[c.value]
      local role = office_of(g, ms[k].value, c.value)
      local id = role and M.holder(g, country.name, role, doc.date)
      if id then add_person(sent, entity_of_id(doc, g, id), ms[k], text) end
    elseif c.kind ~= K.role then
      break
    end
    stop = c.s
  end
end

-- A title or office mention at ms[k]: a name follows (a title), an unknown
-- name follows (a new person), or nothing does (a reference by office).
local function office(doc, g, sent, ms, k, text)
  local m = ms[k]
  local nxt = ms[k + 1]
  local country_id = country_before(ms, k, text)
  local role = m.kind == K.role and office_of(g, m.value, country_id) or nil
  local gap = nxt and text:sub(m.e + 1, nxt.s - 1) or nil
  if nxt and (nxt.kind == K.person or nxt.kind == K.short) and gap and #gap <= 2 then
    doc.titles[nxt.s] = { role = role, country = country_id and g.countries[country_id].name }
    return
  end
  local name, stop = name_after(text, m.e)
  if name and not (nxt and nxt.s <= stop) then
    local key = "u" .. name
    local e = doc.entities[key]
    if not e then
      e = { key = key, name = name, role = role,
        country = country_id and g.countries[country_id].name }
      doc.entities[key] = e
    end
    introduce(doc, e, { last_word(name), name })
    add_person(sent, e, { s = m.e + 2, e = stop }, text)
    return
  end
  -- "a Japanese prime minister", "any president", "former leaders": nobody
  -- in particular
  local first = ms[k - 1] and ms[k - 1].value == country_id and ms[k - 1].s or m.s
  local before = text:sub(math.max(1, first - 10), first - 1):lower()
  if before:find "%f[%a]an? $" or before:find "any $" or before:find "former $" or
      before:find "every $" or before:find "previous $" or before:find "future $" then
    return
  end
  if m.kind == K.counterpart then
    counterpart(doc, g, sent, m, country_id, text)
    return
  end
  if m.value < 0 then
    plural_office(doc, g, sent, ms, k, text)
    return
  end
  -- "the Japanese leader", "China's foreign minister": whoever held it
  local c = country_id and g.countries[country_id]
  local id = c and role and M.holder(g, c.name, role, doc.date)
  if id then
    add_person(sent, entity_of_id(doc, g, id), m, text)
  elseif c and role then
    -- no date to look the office up: the person the story introduced
    -- with this country, holding the office then as far as the tables say
    local e = doc.by_country[c.name]
    if e then add_person(sent, e, m, text) end
  end
end

local simple_lists = {
  [K.trigger] = "triggers", [K.planned] = "planned", [K.past] = "past", [K.topic] = "topics",
  [K.ref] = "refs", [K.negation] = "negations", [K.sidelines] = "sidelines",
  [K.place] = "places", [K.country] = "countries", [K.occasion] = "occasions",
  [K.not_people] = "not_people", [K.demonym] = "demonyms", [K.time] = "times",
}

local function new_sentence(s)
  local sent = { index = s.index, s = s.start, e = s.stop, paragraph = s.paragraph,
    people = EMPTY, counterparts = EMPTY }
  for _, field in pairs(simple_lists) do sent[field] = EMPTY end
  return sent
end


-- Words before "May" that make it the month.
local month_context = { ["in"] = true, of = true, since = true, last = true, next = true,
  this = true, early = true, late = true, by = true, ["until"] = true, from = true }

-- "the 1985 meeting between Ronald Reagan and Mikhail Gorbachev": two
-- capitalised names joined by "between ... and" are people even when the
-- tables do not know them (the lexicon found nothing there).
local function names_between(doc, g, sent, ms, text)
  local chunk = text:sub(sent.s, sent.e)
  if not chunk:find("between ", 1, true) then return end
  for at, a, b in chunk:gmatch "()between (%u[%a%-']+ %u[%a%-']+) and (%u[%a%-']+ %u[%a%-']+)" do
    local pos = sent.s + at - 1 + 8
    local known = false
    for _, m in ipairs(ms) do
      if m.e >= pos and m.s <= pos + #a + 5 + #b then known = true end
    end
    local ok = not known
    for w in (a .. " " .. b):gmatch "%S+" do ok = ok and not g.stop_caps[w] end
    if ok then
      for k, name in ipairs { a, b } do
        local key = "u" .. name
        local e = doc.entities[key]
        if not e then
          e = { key = key, name = name }
          doc.entities[key] = e
        end
        introduce(doc, e, { last_word(name), name })
        local s0 = k == 1 and pos or pos + #a + 5
        add_person(sent, e, { s = s0, e = s0 + #name - 1 }, text)
      end
    end
  end
end

local function analyse_sentence(doc, g, s, text)
  local sent = new_sentence(s)
  local ms = group(g.lexicon:scan(text, s.start, s.stop))
  local k, shorts_done = 1, nil
  while k <= #ms do
    local m = ms[k]
    if m.kind == K.person then
      local e = entity_of_id(doc, g, m.value)
      local p = g.people[m.value]
      introduce(doc, e, p.short or { last_word(p.name) })
      add_person(sent, e, m, text)
    elseif m.kind == K.short and m.s ~= shorts_done then
      -- a surname several people share: one decision for the span (its
      -- other meanings, "May" the month, are still recorded below)
      shorts_done = m.s
      local ids = span_values(ms, k, K.short)
      local j = k - 1
      while j >= 1 and ms[j].s == m.s do j = j - 1 end
      local prev = ms[j]
      local honored = prev and (prev.kind == K.honorific or prev.kind == K.role) and
        m.s - prev.e <= 2
      local e = resolve_short(doc, g, ids, text:sub(m.s, m.e), honored)
      if e then add_person(sent, e, m, text) end
    elseif m.kind == K.role or m.kind == K.counterpart then
      office(doc, g, sent, ms, k, text)
    end
    local field = simple_lists[m.kind]
    -- "in May 2022" is the month, not the modal verb "may"
    if m.kind == K.planned and text:sub(m.s, m.e) == "May" then
      local prev = text:sub(math.max(1, m.s - 8), m.s - 1):lower():match "(%a+) $"
      if text:find("^ %d", m.e + 1) or (prev and month_context[prev]) then field = nil end
    end
    if field then add_to(sent, field, m) end
    k = k + 1
  end
  names_between(doc, g, sent, ms, text)
  return sent
end

--- analyse(a, date [, max_sentences]) -> doc: { sentences = { per sentence: { index, s, e,
-- paragraph, people = { {entity, s, e, possessive} }, triggers, planned,
-- past, topics, refs, negations, sidelines, places, countries, occasions,
-- demonyms, not_people, counterparts } }, entities, titles }. date is the
-- article's date (partial ISO, or nil) for offices and surnames.
function M.analyse(a, date, max_sentences)
  local g = gaz.get()
  local doc = { date = date, entities = {}, introduced = {}, by_country = {}, titles = {},
    sentences = {} }
  local text = a.text
  for i, s in ipairs(a:sentences()) do
    if max_sentences and i > max_sentences then break end
    doc.sentences[i] = analyse_sentence(doc, g, s, text)
  end
  return doc
end

--- participant(g, entity, date) -> { name, role, country } for a record,
-- the role as held at date.
function M.participant(g, e, date)
  local role, country = e.role, e.country
  if e.id then
    local p = g.people[e.id]
    local r = M.role_at(g, p, date)
    if r then
      role = r
      for _, held in ipairs(p.roles or {}) do
        if held[1] == r and held.country then country = held.country end
      end
    end
  end
  return { name = e.name, role = role, country = country }
end

return M
