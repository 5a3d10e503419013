-- rules/40_meetings.lua: every meeting an article reports, plans or
-- recalls, as one record each, with the sentences that support it.
--
-- 1. Mentions (rules/30_mentions.lua, a.data.mentions): people resolved
--    across the article, meeting words, status cues, places, summits,
--    topics, per sentence.
-- 2. Candidates: a sentence with a meeting word and two people linked to
--    it ("X met Y", "talks between X and Y", "X told Y ...", "X and Y
--    agreed ..."; "the two leaders" and "his counterpart" count as people).
-- 3. Continuations: a following sentence about "the talks" or "the
--    meeting" with no new people adds its date, place, summit, length.
-- 4. Attributes: status from cues and the resolved date (planned, past,
--    held); the date from the nearest time expression (lib/when, against
--    the publication date, tense-aware), else the summit's dates; place
--    from the sentence, the summit or the dateline; format; duration;
--    topics and quotes from the sentences about the meeting.
-- 5. One record per meeting: candidates with the same people, status and
--    compatible dates merge. The first held meeting is the main one.
-- Every value comes from the text or the tables; what is not there stays
-- nil (a wrong date is worse than none).

-- the parley module: the global in parley's own states, required in stock lua5.4
local parley = require "parley"

local gaz = require "lib.gazetteer"
local mentions = require "lib.mentions"
local when = require "lib.when"
local duration = require "lib.duration"
local pdate = parley.date
local K = gaz.K

-- How far (bytes) a status cue or time expression may sit from the
-- meeting word and still describe it.
local NEAR = 80

-- ---- helpers -------------------------------------------------------------------

local function distance(a_s, a_e, b_s, b_e)
  if a_e < b_s then return b_s - a_e end
  if b_e < a_s then return a_s - b_e end
  return 0
end

local function nearest(list, s, e, max)
  local best, best_d
  for _, m in ipairs(list) do
    local d = distance(m.s or m.start, m.e or m.stop, s, e)
    if d <= (max or math.huge) and (not best or d < best_d) then best, best_d = m, d end
  end
  return best, best_d
end

local function set_of(people)
  local keys = {}
  for _, p in ipairs(people) do keys[#keys + 1] = p.key end
  table.sort(keys)
  return table.concat(keys, "|")
end

-- Is byte pos inside a quotation? quotes.outer holds the outermost ones
-- (they never overlap) in text order: a binary search finds the last that
-- starts at or before pos.
local function inside_quote(quotes, pos)
  local outer = quotes.outer
  local lo, hi = 1, #outer
  while lo <= hi do
    local mid = (lo + hi) // 2
    if outer[mid].start <= pos then lo = mid + 1 else hi = mid - 1 end
  end
  local q = outer[hi]
  return q ~= nil and pos <= q.stop
end

local function quotations(a)
  local all = a:quotes()
  local outer = {}
  for _, q in ipairs(all) do
    if q.depth == 0 then outer[#outer + 1] = q end
  end
  all.outer = outer
  return all
end

-- ---- participants ---------------------------------------------------------------

local speech = { said = true, says = true, told = true, added = true, stressed = true,
  noted = true, urged = true, according = true }

-- Is the person at p only a possessor ("Xi's planned trip") or a source
-- ("according to Abe")? Then they are not in the meeting this sentence
-- reports, unless a meeting word follows the possessive ("Xi's talks with").
local function bystander(text, p, sent, g)
  local before = text:sub(math.max(1, p.s - 40), p.s - 1)
  if before:find "according to%s*$" or before:find "on behalf of%s*$" then return true end
  -- "a letter from Prime Minister Shinzo Abe": the sender is not there
  local sent_thing = before:match "(%a+) from [%u%a%.' ]-$"
  if sent_thing and (sent_thing == "letter" or sent_thing == "message" or
      sent_thing == "note" or sent_thing == "greetings" or sent_thing == "gift" or
      sent_thing == "congratulations" or sent_thing == "envoy") then
    return true
  end
  if p.possessive then
    for _, t in ipairs(sent.triggers) do
      local kind = g.triggers[t.value].kind
      if t.s > p.e and t.s - p.e <= 25 and (kind ~= "joint" and kind ~= "told") then
        return false
      end
    end
    return true
  end
  return false
end

-- The people a sentence names, once each (at their first mention), and
-- every mention of them (for grouping by meeting word).
local function people_of(text, sent, quotes, g)
  local out, all, seen = {}, {}, {}
  for _, p in ipairs(sent.people) do
    if not bystander(text, p, sent, g) and not inside_quote(quotes, p.s) then
      local item = { entity = p.entity, key = p.entity.key, s = p.s, e = p.e,
        possessive = p.possessive }
      all[#all + 1] = item
      if not seen[p.entity.key] then
        seen[p.entity.key] = true
        out[#out + 1] = item
      end
    end
  end
  return out, all
end

-- A group's people once each, at their mention nearest the meeting word
-- ("Abe traveled ..., while Xi paid a visit ... and held talks with Abe").
local function once_each(group, t)
  local best = {}
  for _, p in ipairs(group) do
    local b = best[p.key]
    if not b or distance(p.s, p.e, t.s, t.e) < distance(b.s, b.e, t.s, t.e) then best[p.key] = p end
  end
  local out = {}
  for _, p in ipairs(group) do
    if best[p.key] == p then out[#out + 1] = p end
  end
  return out
end

-- Weak triggers link two people only in their own shapes: "X told Y",
-- "X and Y agreed". Returns the linked people or nil.
local function weak_link(text, people, t, kind)
  if kind == "told" then
    local before, after
    for _, p in ipairs(people) do
      if p.e < t.s then before = p end
      if not after and p.s > t.e and p.s - t.e <= 45 then after = p end
    end
    if before and after then return { before, after } end
    return nil
  end
  -- "X and Y agreed": two or more people before the verb, joined by "and"
  local group = {}
  for _, p in ipairs(people) do
    if p.e < t.s and t.s - p.e <= 60 then group[#group + 1] = p end
  end
  if #group < 2 then return nil end
  local between = text:sub(group[1].e + 1, group[#group].s - 1)
  if not (between:find " and " or between:find ", ") then return nil end
  return group
end

-- ---- candidates -------------------------------------------------------------------

local function trigger_kinds(sent, g)
  if sent.strong then return sent.strong, sent.weak end -- found once per sentence
  local strong, weak = {}, {}
  for _, t in ipairs(sent.triggers) do
    local tr = g.triggers[t.value]
    local item = { s = t.s, e = t.e, kind = tr.kind, past = tr.past }
    if tr.weak then weak[#weak + 1] = item else strong[#strong + 1] = item end
  end
  sent.strong, sent.weak = strong, weak
  return strong, weak
end

local function format_of(triggers)
  for _, t in ipairs(triggers) do
    if t.kind == "phone" then return "phone" end
    if t.kind == "video" then return "video" end
  end
  return nil
end

-- "did not meet", "neither he nor Li has visited", "have yet to hold talks":
-- the meeting word is denied.
local function negated(text, t)
  local before = text:sub(math.max(1, t.s - 40), t.s - 1):lower()
  return before:find "%f[%a]not%s+[%a]*%s*$" ~= nil or before:find "%f[%a]never%s+[%a]*%s*$" ~= nil or
    before:find "%f[%a]neither%f[%A]" ~= nil or before:find "%f[%a]yet to%s*[%a]*%s*$" ~= nil or
    before:find "n't%s+[%a]*%s*$" ~= nil
end

-- Assign each person to the meeting word nearest to them (a possessive to
-- the word it owns: "Xi's visit"), so a sentence that tells of two meetings
-- ("Abe heads to Washington to meet Trump, who plans a summit with Kim")
-- gives two.
local function group_by_trigger(strong, people)
  local groups = {}
  for _, p in ipairs(people) do
    local best, best_d
    for i, t in ipairs(strong) do
      local d = distance(p.s, p.e, t.s, t.e)
      if p.possessive and t.s > p.e and t.s - p.e <= 30 then d = -1 end
      if not best or d < best_d then best, best_d = i, d end
    end
    local g = groups[best]
    if not g then g = {}; groups[best] = g end
    g[#g + 1] = p
  end
  return groups
end

local function valid_meeting(text, people, t)
  if negated(text, t) then return false end
  -- "X and Y visited Japan": a visit is a meeting only with a host, named
  -- on the other side of the word from the visitor
  if t.kind == "visit" then
    local after
    for _, p in ipairs(people) do
      if not after and p.s > t.e then after = p end
    end
    if people[1].s < t.s and not after and #people >= 2 then
      -- "Lula invited Xi to visit Brazil": the host invites the visitor
      local host, guest = people[#people - 1], people[#people]
      local between = text:sub(host.e + 1, guest.s - 1)
      return t.s - guest.e <= 4 and between:find "^%s*invit" ~= nil
    end
    if not (people[1].s < t.s and after) then return false end
    -- "visited Brasilia in January, weeks after Lula ..." names the host in
    -- the same clause; "to visit China again and invited Xi" names him as
    -- the object of another verb, "to visit China since Turnbull" the
    -- visitor before
    local gap = text:sub(t.e + 1, after.s - 1)
    if gap:find "%f[%a]and%s+%l" or gap:find "[;:]" or gap:find "%f[%a]since%f[%A]" then
      return false
    end
  end
  return true
end

local function new_candidate(people, t, sent, strong)
  return { people = people, anchor = t, sentences = { sent }, format = format_of(strong) }
end

-- Candidate meetings of one sentence (a list, often empty).
local function candidates_of(ctx, sent)
  local g, text = ctx.g, ctx.text
  local strong, weak = trigger_kinds(sent, g)
  -- a meeting word inside a quotation is the speaker's, not the story's
  local kept = {}
  for _, t in ipairs(strong) do
    if not inside_quote(ctx.quotes, t.s) then kept[#kept + 1] = t end
  end
  strong = kept
  if #strong == 0 and #weak == 0 then return {} end
  local people, mentioned = people_of(text, sent, ctx.quotes, g)
  if #people < 2 then return {} end
  local out = {}
  if #strong > 0 then
    local groups = group_by_trigger(strong, mentioned)
    for i, t in ipairs(strong) do
      local grp = groups[i] and once_each(groups[i], t)
      if grp and #grp >= 2 and valid_meeting(text, grp, t) then
        out[#out + 1] = new_candidate(grp, t, sent, strong)
      end
    end
  end
  if #out == 0 then
    for _, t in ipairs(weak) do
      local linked = weak_link(text, people, t, t.kind)
      if linked and not negated(text, t) then
        out[#out + 1] = new_candidate(linked, t, sent, strong)
        break
      end
    end
  end
  -- two people, each next to a different meeting word: one meeting
  if #out == 0 and #strong > 0 and #people == 2 then
    -- ("Prabowo visited Canberra ... and held talks with Albanese": the
    -- talks, since the visit names no host)
    local valid = {}
    for _, t in ipairs(strong) do
      if valid_meeting(text, people, t) then valid[#valid + 1] = t end
    end
    local t = nearest(valid, people[1].s, people[2].e)
    if t then out[1] = new_candidate(once_each(mentioned, t), t, sent, strong) end
  end
  return out
end

-- ---- attributes ----------------------------------------------------------------

local quotes_now -- the article's quotations, while one article is processed
local ctx_text -- and its text

-- A status cue that governs the meeting word: just before it ("will
-- meet", "a possible July meeting", "plans for a summit") or just after
-- ("talks planned for next month"), outside any quotation.
local function cue_near(list, anchor, stop)
  stop = math.max(anchor.e, stop or 0)
  for _, c in ipairs(list) do
    if c.e >= anchor.s - 40 and c.s <= stop + 25 and not inside_quote(quotes_now, c.s) then
      return c
    end
  end
  return nil
end

-- Cues that may follow the people they plan for: "the summit between X,
-- Y and Z will be held on Tuesday", "talks ... scheduled for next week".
local after_cues = { ["will be held"] = true, ["to be held"] = true, ["is due"] = true,
  ["are due"] = true, scheduled = true, expected = true, planned = true, ["set to"] = true,
  slated = true, upcoming = true, ["will take place"] = true, ["could take place"] = true,
  ["would take place"] = true, ["to take place"] = true, ["may take place"] = true }

local function planned_cue(m, sent)
  if m.anchor.past then return nil end -- "met", "held talks" report
  local c = cue_near(sent.planned, m.anchor)
  if c then return c end
  local stop = m.people[#m.people].e
  if m.anchor.s > stop then return nil end
  for _, cue in ipairs(sent.planned) do
    if cue.s > stop and cue.s <= stop + 25 and after_cues[ctx_text:sub(cue.s, cue.e):lower()] and
        not inside_quote(quotes_now, cue.s) then
      -- nobody else named in between ("Li, focuses on Xi's planned trip")
      local clear = true
      for _, p in ipairs(sent.people) do
        if p.s > stop and p.s < cue.s then clear = false end
      end
      if clear then return cue end
    end
  end
  return nil
end

local function status_of(m, sent, date, ctx)
  if cue_near(sent.past, m.anchor) then return "past" end
  if planned_cue(m, sent) then return "planned" end
  local pub = ctx.published
  if date and pub then
    if date:sub(1, #pub) > pub:sub(1, #date) then return "planned" end
    local py, pm = pdate.parse(pub)
    local dy, dm = pdate.parse(date)
    if dy < py - 0 and not (dy == py - 1 and pm == 1 and dm == 12) then return "past" end
    if dy == py and dm and dm < pm and #date == 7 then return "past" end
    if dy == py and dm and dm < pm - 1 then return "past" end
    if #date == 10 and #pub == 10 and pdate.days(pub) - pdate.days(date) > 21 then
      return "past"
    end
  elseif date and (ctx.year or ctx.ref_year) and
      tonumber(date:sub(1, 4)) < (ctx.year or ctx.ref_year) then
    return "past"
  end
  return "held"
end

-- The time expression that dates the meeting: the nearest to its words.
-- The time expressions of a sentence, found once per article.
local none = {}

local function expressions(ctx, sent)
  local cache = ctx.exprs
  local e = cache[sent.index]
  if not e then
    -- most sentences have no time word and no digit: skip the search
    local text = ctx.text
    if #sent.times == 0 and not text:sub(sent.s, sent.e):find "%d" then
      e = none
    else
      e = when.find(text, sent.s, sent.e)
    end
    cache[sent.index] = e
  end
  return e
end

-- Parts of a sentence that belong to another meeting than the one it
-- reports ("... after their previous meeting in New York last September"):
-- ctx.claimed[sentence index] = { {s, e}, ... }. A meeting found there
-- takes its date and place only inside its own span, the others only
-- outside every claimed one.
local function usable(m, sent, ctx, pos)
  if m.span and sent == m.sentences[1] then return pos >= m.span[1] and pos <= m.span[2] end
  -- a meeting told after the claimed words ("since 2016, when Xi met
  -- Turnbull") may use them
  local anchor = m.sentences and sent == m.sentences[1] and m.anchor and m.anchor.s or 0
  for _, sp in ipairs(ctx.claimed[sent.index] or {}) do
    if pos >= sp[1] and pos <= sp[2] and anchor < sp[1] then return false end
  end
  return true
end

local function usable_list(list, m, sent, ctx)
  local out = {}
  for _, x in ipairs(list) do
    if usable(m, sent, ctx, x.s or x.start) then out[#out + 1] = x end
  end
  return out
end

local function date_of(m, sent, ctx, future)
  local exprs = usable_list(expressions(ctx, sent), m, sent, ctx)
  local s = math.min(m.anchor.s, m.people[1].s)
  local e = math.max(m.anchor.e, m.people[#m.people].e)
  local best = nearest(exprs, s, e, NEAR * 2)
  if not best then return nil end
  local date, precision = when.resolve(best, { published = ctx.published, year = ctx.year,
    future = future })
  if not date then return nil end
  return date, precision, best.text, best
end

-- Occasion kinds without a calendar (data/summits.lua `kinds`), as one
-- lexicon built on first use; value = the kind's index.
local kinds_lexicon, kinds_list

local function kind_of(m, ctx)
  if not kinds_lexicon then
    kinds_list = require("data.summits").kinds or {}
    kinds_lexicon = parley.lexicon()
    for i, k in ipairs(kinds_list) do
      for _, phrase in ipairs(k.phrases) do kinds_lexicon:add(phrase, 1, i, true) end
    end
  end
  -- a call is on no occasion ("they discussed Xi's state visit")
  if m.format == "phone" or m.format == "video" then return nil end
  -- the meeting's own sentence (and the one after its headline): later
  -- ones often tell what was discussed
  -- ("preparations for a state visit by Xi next spring")
  local own = { m.sentences[1] }
  if m.sentences[1] == ctx.headline then own[2] = m.sentences[2] end
  local best
  for _, sent in ipairs(own) do
    local hits = kinds_lexicon:scan(ctx.text, sent.s, sent.e)
    for i = 1, #hits, 4 do
      if usable(m, sent, ctx, hits[i]) and (not best or hits[i + 3] < best) then best = hits[i + 3] end
    end
  end
  if best then return { name = kinds_list[best].name, kind = true } end
  -- "Scholz visited Brasilia": the meeting was a visit
  if m.anchor.kind == "visit" then return { name = "visit", kind = true } end
  return nil
end

-- The named occasion the meeting was part of ("on the sidelines of the
-- G20"), else the kind of occasion it was ("a state visit").
local function occasion_of(m, ctx)
  for _, sent in ipairs(m.sentences) do
    local list = usable_list(sent.occasions, m, sent, ctx)
    if #list > 0 then return ctx.g.occasions[list[1].value] end
  end
  return nil
end

-- The edition of occasion o the meeting was at: by the date's year (or
-- the story's), else by the city.
local function edition_of(o, date, place, ctx)
  local year = date and date:sub(1, 4) or (ctx.published and ctx.published:sub(1, 4)) or
    (ctx.year and tostring(ctx.year))
  return gaz.edition(ctx.g, o, year, place)
end

-- "in Beijing", "the coastal city of Danang", "Beijing's Great Hall": a
-- place named where the meeting sentences say where.
-- First words of office titles: "Singapore's Foreign Minister" names an
-- office, not where a meeting was (as "Beijing's Great Hall" does).
local title_words

local function title_follows(g, text, pos)
  if not title_words then
    title_words = {}
    for _, r in ipairs(g.roles) do
      for _, phrase in ipairs(r.phrases) do title_words[phrase:match "^%a+" or ""] = true end
    end
  end
  local w = text:match("^%S-s (%a+)", pos)
  return w ~= nil and title_words[w] == true
end

local function place_search(m, ctx)
  local text = ctx.text
  for _, sent in ipairs(m.sentences) do
    local best, best_d
    for _, pm in ipairs(usable_list(sent.places, m, sent, ctx)) do
      local before = text:sub(math.max(1, pm.s - 12), pm.s - 1)
      local after = text:sub(pm.e + 1, pm.e + 10)
      -- "in Beijing", "at Camp David", "the city of Danang", "Beijing's Great
      -- Hall", "the Helsinki summit"
      local located = before:find "%f[%a][Ii]n the $" or before:find "%f[%a][Ii]n $" or
        (before:find "%f[%a][Tt]he $" and (after:find "^ summit" or after:find "^ talks" or
          after:find "^ meeting" or after:find "^ residence" or after:find "^ estate" or
          after:find "^ palace" or after:find "^ hotel" or after:find "^ resort" or
          after:find "^ conference" or after:find "^ forum")) or
        before:find "%f[%a][Aa]t $" or before:find "%f[%a]of $" or before:find "%f[%a][Nn]ear $" or
        ((after:find "^'s %u" or after:find "^\226\128\153s %u") and
          not title_follows(ctx.g, text, pm.e + 1)) or before:find "%f[%a][Tt]o $" or
        before:find "%f[%a][Vv]isit $" or before:find "%f[%a][Vv]isited $"
      -- later sentences about the meeting mention other travel ("a visit to
      -- Tokyo next spring"): there only "in", "at", "the city of" locate it
      if located and sent ~= m.sentences[1] and (before:find "%f[%a][Tt]o $" or
          before:find "%f[%a][Vv]isit $" or before:find "%f[%a][Vv]isited $") then
        located = false
      end
      if located then
        local d = distance(pm.s, pm.e, m.anchor.s, m.anchor.e)
        if sent ~= m.sentences[1] or d <= NEAR or
            distance(pm.s, pm.e, m.people[1].s, m.people[#m.people].e) <= NEAR then
          if not best or d < best_d then best, best_d = pm, d end
        end
      end
    end
    if best then return ctx.g.places[best.value] end
  end
  if m.lead and #m.lead.places > 0 then
    local pl = m.lead.places[1]
    if ctx.text:sub(math.max(1, pl.s - 3), pl.s - 1):find "[Ii]n $" then
      return ctx.g.places[pl.value]
    end
  end
  return nil
end

local function place_of(m, ctx)
  if m.place_found == nil then m.place_found = place_search(m, ctx) or false end
  return m.place_found or nil
end

-- Nouns whose "in <country>" is a subject, not where anyone met: "the war
-- in Ukraine", "the situation in Syria".
local subject_nouns = { war = true, conflict = true, crisis = true, situation = true,
  peace = true, invasion = true, fighting = true, violence = true, elections = true,
  election = true, investment = true, investments = true, operations = true,
  presence = true, troops = true, interests = true, stability = true, developments = true,
  ceasefire = true, aggression = true, offensive = true, unrest = true, protests = true,
  humanitarian = true, people = true, refugees = true, coup = true }

local function country_named(m, ctx)
  local text = ctx.text
  for _, sent in ipairs(m.sentences) do
    for _, c in ipairs(sent.countries) do
      local before = text:sub(math.max(1, c.s - 20), c.s - 1)
      local noun = before:match "(%a+)%s+in%s+$"
      if before:find "%f[%a]in $" and not (noun and subject_nouns[noun:lower()]) and
          usable(m, sent, ctx, c.s) then
        return ctx.g.countries[c.value].name
      end
    end
  end
  return nil
end

local function duration_of(m, ctx)
  for _, sent in ipairs(m.sentences) do
    local s = ctx.text:sub(sent.s, sent.e)
    -- lengths are said in minutes or hours: skip the rest cheaply
    if s:find("minute", 1, true) or s:find("hour", 1, true) or s:find("min", 1, true) then
      local d = duration.find(s)
      if d then return d end
    end
  end
  return nil
end

-- ---- building records ----------------------------------------------------------

local function same_people(a, b) return set_of(a.people) == set_of(b.people) end

local function compatible(a, b)
  if a.status ~= b.status then return false end
  if a.date and b.date then return pdate.compatible(a.date, b.date) end
  return true
end

-- Expressions that look back from the story's day: "last month", "two
-- years ago", "last Monday", "in November last year".
local function looks_back(e)
  if not e then return false end
  return (e.type == "rel" and e.n < 0) or e.type == "ago" or
    ((e.type == "month" or e.type == "weekday" or e.type == "season") and e.mod == -1) or
    (e.type == "month" and e.yshift == -1)
end

local function fill(m, ctx)
  local first = m.sentences[1]
  local future = not m.past and planned_cue(m, first) ~= nil
  local expr
  m.date, m.precision, m.date_text, expr = date_of(m, first, ctx, future)
  m.status = m.past and "past" or status_of(m, first, m.date, ctx)
  if m.status == "held" and looks_back(expr) then m.status = "past" end
  if m.status == "planned" and not future then
    m.date, m.precision, m.date_text = date_of(m, first, ctx, true)
  end
end

local function merge_into(target, m)
  for _, s in ipairs(m.sentences) do target.sentences[#target.sentences + 1] = s end
  target.date = target.date or m.date
  target.precision = target.precision or m.precision
  target.date_text = target.date_text or m.date_text
  target.format = target.format or m.format
end

-- Words by which a sentence refers back to a meeting already described.
local back_refs = { "the meeting", "the talks", "the summit", "their meeting", "their talks",
  "the latest meeting", "the call", "the conversation", "the encounter", "the dialogue",
  "their summit", "the discussion", "the discussions", "that meeting", "this meeting" }

local function refers_back(text, sent)
  local l = text:sub(sent.s, math.min(sent.e, sent.s + 600)):lower()
  for _, w in ipairs(back_refs) do
    if l:find(w, 1, true) then return true end
  end
  return false
end

-- The meeting a sentence continues, if any: no new people (only people of
-- that meeting, or "the two leaders"), and a meeting word or a reference
-- back. The meeting just before may continue into the next paragraph; an
-- earlier one only through an explicit reference ("the latest meeting").
local function continued(sent, meetings, ctx)
  local strong = trigger_kinds(sent, ctx.g)
  local explicit = refers_back(ctx.text, sent)
  if #strong == 0 and #sent.refs == 0 and not explicit then return nil end
  local latest = #meetings
  -- an earlier meeting recalled in passing does not go on: "the two
  -- leaders' meeting" after it is the story's own
  while latest > 0 and meetings[latest].status == "past" and not explicit do latest = latest - 1 end
  for k = latest, 1, -1 do
    local m = meetings[k]
    local keys = {}
    for _, p in ipairs(m.people) do keys[p.key] = true end
    local ok = true
    for _, p in ipairs(sent.people) do ok = ok and keys[p.entity.key] == true end
    local near = sent.paragraph - m.sentences[#m.sentences].paragraph <= 1
    if ok and (near and k == latest or explicit) then return m end
    if k == latest and not explicit then return nil end
  end
  return nil
end

-- Day-level expressions only: a continuation sentence's bare years and
-- months are background ("since 2014", "this year marks ...").
local specific = { weekday = true, day = true, range = true }

local function specific_date(sent, ctx, future)
  for _, e in ipairs(expressions(ctx, sent)) do
    if (specific[e.type] or (e.type == "abs" and e.d)) and usable({}, sent, ctx, e.start) then
      local d, p = when.resolve(e, { published = ctx.published, year = ctx.year, future = future })
      if d then return d, p, e.text end
    end
  end
  return nil
end

local function attach(sent, m, ctx)
  m.sentences[#m.sentences + 1] = sent
  if not m.date then
    local d, p, t = specific_date(sent, ctx, m.status == "planned")
    if d then m.date, m.precision, m.date_text = d, p, t end
  end
  -- the format is the meeting's own sentence's: a later "phone call"
  -- mentioned in passing does not make a meeting in person a call
end

-- ---- topics and quotes ----------------------------------------------------------

-- Which meeting each sentence is about: its own, or the latest one whose
-- people it names (or none, for background).
local function assign(ctx, meetings)
  local owner = {}
  for _, m in ipairs(meetings) do
    for _, s in ipairs(m.sentences) do owner[s.index] = owner[s.index] or m end
  end
  local current, last_paragraph = meetings[1], -1
  for _, sent in ipairs(ctx.doc.sentences) do
    if owner[sent.index] then
      current = owner[sent.index]
    elseif current and #sent.people > 0 then
      local keys = {}
      for _, p in ipairs(current.people) do keys[p.key] = true end
      local all = true
      for _, p in ipairs(sent.people) do all = all and keys[p.entity.key] end
      if all then owner[sent.index] = current end
    elseif current and #sent.people == 0 and current.status ~= "past" and
        sent.paragraph - last_paragraph <= 1 then
      -- a sentence naming nobody, right after the meeting's own ("The
      -- ban on seafood ..."), still speaks of it; an earlier meeting
      -- recalled in passing keeps only its own sentences
      owner[sent.index] = current
    end
    if owner[sent.index] then last_paragraph = sent.paragraph end
  end
  return owner
end

local function topics_of(ctx, meetings, owner)
  for _, sent in ipairs(ctx.doc.sentences) do
    local m = owner[sent.index]
    if m and #sent.negations == 0 then
      for _, t in ipairs(sent.topics) do
        local label = ctx.g.topics[t.value]
        m.topic_hits[label] = (m.topic_hits[label] or 0) + 1
        m.topic_sentence[label] = m.topic_sentence[label] or sent.index
      end
    end
  end
end

local speech_verbs = { "said", "says", "told", "added", "stressed", "noted", "urged",
  "reiterated", "remarked", "insisted", "asked", "responded", "replied", "declared" }

-- The speaker of a quote: the participant named outside the quotation in
-- its sentence, nearest to a speech verb; "he said" goes to the last
-- speaker of the paragraph.
local function speaker_of(q, sent, m, ctx)
  local text = ctx.text
  local keys = {}
  for _, p in ipairs(m.people) do keys[p.key] = p.entity end
  local best, best_d
  for _, p in ipairs(sent.people) do
    if keys[p.entity.key] and (p.s < q.start - 1 or p.s > q.stop + 1) then
      local d = math.min(math.abs(p.s - q.stop), math.abs(q.start - p.e))
      if not best or d < best_d then best, best_d = p.entity, d end
    end
  end
  if best then
    ctx.last_speaker = best
    return best
  end
  local outside = text:sub(q.stop + 1, math.min(sent.e, q.stop + 20)):lower()
  if outside:find "^[%p\226\128\157]*%s*he said" or outside:find "^[%p\226\128\157]*%s*she said" or
      outside:find "^[%p\226\128\157]*%s*he added" or outside:find "^[%p\226\128\157]*%s*she added" then
    return ctx.last_speaker
  end
  return nil
end

local function quotes_of(ctx, meetings, owner)
  for _, q in ipairs(ctx.quotes) do
    local sent = ctx.doc.sentences[q.sentence]
    local m = sent and owner[sent.index]
    if m and q.depth == 0 and #q.text >= 10 then
      local who = speaker_of(q, sent, m, ctx)
      if who then
        local text = q.text
        if #text > 4000 then text = text:sub(1, 4000) end
        m.quotes[#m.quotes + 1] = { speaker = who.name, text = text }
      end
    end
  end
end

-- ---- the rule --------------------------------------------------------------------

-- A headline announces the story's meeting in headline tense ("Modi makes
-- surprise stop in Lahore to meet Sharif"): the story's account of the
-- same people says what became of it.
local function headline_of(o, m)
  return o.headline and not o.date and m.status ~= "past" and o.status ~= "past" and
    not m.headline
end

local function build(a, ctx, candidates)
  local meetings = {}
  for _, m in ipairs(candidates) do
    local merged = false
    for _, o in ipairs(meetings) do
      if same_people(o, m) and headline_of(o, m) then
        o.status, o.headline = m.status, nil
        o.date, o.precision, o.date_text = m.date, m.precision, m.date_text
        merge_into(o, m)
        merged = true
        break
      elseif same_people(o, m) and compatible(o, m) then
        merge_into(o, m)
        merged = true
        break
      end
    end
    if not merged then meetings[#meetings + 1] = m end
  end
  return meetings
end

local by_upper -- upper-cased place name -> place, for datelines ("BEIJING")

local function place_by_upper(g)
  if not by_upper then
    by_upper = {}
    for _, p in ipairs(g.places) do
      if not p.ambiguous then by_upper[p.name:upper()] = by_upper[p.name:upper()] or p end
    end
  end
  return by_upper
end

local summit_words = { "the summit", "the sidelines", "the gathering", "the forum",
  "the conference", "the meetings" }

local function names_summit(m, ctx)
  for _, sent in ipairs(m.sentences) do
    local l = ctx.text:sub(sent.s, sent.e):lower()
    for _, w in ipairs(summit_words) do
      if l:find(w, 1, true) then return true end
    end
  end
  return false
end

-- The date an edition gives: its day when it lasted one day, its month when
-- it stayed within one, else its year (a G20 from Nov. 30 to Dec. 1).
local function edition_date(ed)
  if ed.start == ed.stop and #ed.start == 10 then return ed.start, "day" end
  if ed.start:sub(1, 7) == ed.stop:sub(1, 7) then return ed.start:sub(1, 7), "month" end
  return ed.start:sub(1, 4), "year"
end

-- Where the meeting was: a place the sentences name, the summit's city, or
-- the dateline for the story's own meeting. Calls have no place.
local function where(a, ctx, m, o, ed, is_main)
  if m.format == "phone" or m.format == "video" then return nil end
  local place = place_of(m, ctx)
  if not place and ed and not ed.virtual then
    place = { name = ed.city, country = ed.country }
  end
  if not place and is_main and m.status == "held" and a.dateline then
    place = place_by_upper(ctx.g)[a.dateline:upper()]
  end
  return place
end

local broad_topics = { security = 2, history = 2, visits_exchanges = 2 }

local function finish(a, ctx, m, is_main)
  local g = ctx.g
  local o = occasion_of(m, ctx)
  local from_main = m.inherit
  local inherited_place
  if from_main and not o and from_main.occasion and not place_of(m, ctx) then
    o = from_main.occasion
    if names_summit(m, ctx) then inherited_place = from_main.place end
  end
  local place_named = m.format ~= "phone" and m.format ~= "video" and
    (place_of(m, ctx) or inherited_place)
  local ed = o and not o.kind and edition_of(o, m.date, place_named and place_named.name, ctx)
  local place = place_named or where(a, ctx, m, o, ed, is_main)
  o = o or kind_of(m, ctx)
  -- "a summit in Alaska" under an "ANCHORAGE, Alaska" dateline: the city
  if place and place.kind == "region" and is_main and a.dateline then
    local city = place_by_upper(g)[a.dateline:upper()]
    if city and city.within == place.name then place = city end
  end
  -- a record's place is a city: "the Oval Office" is in Washington
  if place and place.kind == "venue" and place.within then
    place = g.place_by_name[place.within] or place
  end
  if ed and m.date and #m.date == 4 and ed.start:sub(1, 4) == m.date then
    m.date, m.precision = edition_date(ed)
  end
  if not m.date and ed then m.date, m.precision = edition_date(ed) end
  -- more meetings of the main one's trip or summit, told without a place
  -- or day of their own ("Putin also met Erdogan separately"): its place
  -- and day
  local in_person = m.format ~= "phone" and m.format ~= "video"
  if from_main and in_person and m.status == "held" then
    place = place or from_main.place
    if not m.date and from_main.date and from_main.precision == "day" then
      m.date, m.precision = from_main.date, "day"
    end
  end
  if not m.date and m.status == "held" and ctx.published then
    m.date, m.precision = ctx.published:sub(1, 7), "month"
  end
  local participants = {}
  for _, p in ipairs(m.people) do
    participants[#participants + 1] = mentions.participant(g, p.entity, m.date or ctx.published)
  end
  -- evidence: the meeting's sentences, then the first sentence behind each
  -- topic (so every topic is traceable too)
  local evidence, seen = {}, {}
  for _, s in ipairs(m.sentences) do
    if not seen[s.index] then evidence[#evidence + 1] = s.index; seen[s.index] = true end
  end
  local topics = {}
  for label, n in pairs(m.topic_hits) do
    -- broad words ("security", "trade", "visit") turn up in any story about
    -- diplomacy: their labels need two mentions
    if n >= (broad_topics[label] or 1) then topics[#topics + 1] = label end
  end
  table.sort(topics)
  for _, label in ipairs(topics) do
    local i = m.topic_sentence[label]
    if i and not seen[i] then evidence[#evidence + 1] = i; seen[i] = true end
  end
  table.sort(topics)
  m.occasion, m.place = o, place
  -- the country: the place's, the summit's, "in China", or (for meetings
  -- of the same trip or summit) the story's main meeting's
  local country = place and place.country or (ed and ed.country) or country_named(m, ctx)
  if not country and from_main and m.format ~= "phone" and m.format ~= "video" then
    country = from_main.country
  end
  m.country = country
  m.record = {
    participants = participants, status = m.status, date = m.date,
    date_precision = m.date and m.precision or nil, date_text = m.date_text,
    place = place and place.name or nil, country = country,
    occasion = o and o.name or nil, format = m.format or "in_person",
    duration_min = duration_of(m, ctx), topics = topics, quotes = m.quotes, main = is_main,
    evidence = evidence,
  }
end

-- A meeting found without a date may take a specific day from the
-- sentence before it when that sentence speaks of the same event: it names
-- one of the people, or has a meeting word with nobody named ("Senior
-- diplomats ... held talks in Tokyo Tuesday").
local function date_from_before(m, ctx, candidates)
  if m.date and m.status ~= "held" then return end
  local first = m.sentences[1]
  local prev = ctx.doc.sentences[first.index - 1]
  if not prev or first.paragraph - prev.paragraph > 1 then return end
  -- a sentence that tells of a meeting of another kind ("The two last met
  -- in Jakarta" before "X is due to meet Y") is not this one's lead
  local before = candidates[#candidates]
  if before and before.sentences[1] == prev and before.status ~= m.status then return end
  local keys = {}
  for _, p in ipairs(m.people) do keys[p.key] = true end
  -- it must speak of a meeting ("told", "held talks"), and of these people
  -- or of nobody by name
  if #trigger_kinds(prev, ctx.g) == 0 and #select(2, trigger_kinds(prev, ctx.g)) == 0 then
    return
  end
  local related = #prev.people == 0
  for _, p in ipairs(prev.people) do related = related or keys[p.entity.key] == true end
  if not related then return end
  if not m.date then
    local d, p, t = specific_date(prev, ctx, m.status == "planned")
    if d then m.date, m.precision, m.date_text = d, p, t end
  end
  m.lead = prev
end

local function clause_end(text, from, stop)
  local e = text:find("[,;%.:]", from)
  if not e or e > stop then return stop end
  return e - 1
end

-- "their previous meeting in New York last September", "their first
-- meeting since last November in Beijing": a meeting word that looks back
-- names an earlier meeting of the same people; its clause is its own.
local prior_words = { "previous", "last", "prior", "earlier", "preceding" }

-- Does meeting word t look back at an earlier meeting of the same people?
-- "their previous meeting", "the last summit", or "their first meeting
-- since last November": "since" with a time right after it, and the people
-- referred to ("their", "the two").
local function looks_back_at(text, t)
  local before = text:sub(math.max(1, t.s - 30), t.s - 1):lower()
  local own = text:sub(t.s, t.e):lower() -- a status cue read as a meeting word: "last met"
  for _, w in ipairs(prior_words) do
    if own:find("^" .. w .. " ") then return true end
    if before:find("%f[%a]" .. w .. " [%a%-]*%s*$") or before:find("%f[%a]" .. w .. " $") then
      return true
    end
  end
  local after = text:sub(t.e + 1, t.e + 40):lower()
  if not after:find "^ since " then return false end
  local when_word = after:match "^ since (%a+)"
  local timely = when_word == "last" or when_word == "their" or after:find "^ since %d" or
    (when_word and (when_word:find "^jan" or when_word:find "^feb" or when_word:find "^mar" or
      when_word:find "^apr" or when_word:find "^may" or when_word:find "^jun" or
      when_word:find "^jul" or when_word:find "^aug" or when_word:find "^sep" or
      when_word:find "^oct" or when_word:find "^nov" or when_word:find "^dec"))
  local theirs = before:find "their [%a%- ]*$" or before:find "the two [%a%- ]*$" or
    before:find "both [%a%- ]*$"
  return timely and theirs ~= nil
end

-- "... since the offset of a trade dispute in July": a since-clause dates
-- something else, never the meeting (its expressions are claimed).
local function since_clauses(ctx, sent)
  local text = ctx.text
  local l = text:sub(sent.s, sent.e)
  if not l:find("ince ", 1, true) then return end
  l = l:lower()
  for at in l:gmatch "() since " do
    local s0 = sent.s + at
    local claimed = ctx.claimed[sent.index] or {}
    claimed[#claimed + 1] = { s0, clause_end(text, s0 + 6, sent.e) }
    ctx.claimed[sent.index] = claimed
  end
end

local function recalled(ctx, sent, found, current)
  local text, out = ctx.text, {}
  local strong = trigger_kinds(sent, ctx.g)
  if #strong == 0 then return out end
  local function inside_claimed(pos)
    for _, span in ipairs(ctx.claimed[sent.index] or {}) do
      if pos >= span[1] and pos <= span[2] then return true end
    end
    return false
  end
  for _, t in ipairs(strong) do
    -- "last met in person in Sochi": "in person" is part of the same recall
    if not inside_quote(ctx.quotes, t.s) and not inside_claimed(t.s) and looks_back_at(text, t) then
      local own
      for _, m in ipairs(found) do if m.anchor.s == t.s then own = m end end
      local people = own and own.people or (found[1] and found[1].people) or
        (current and current.people)
      if people then
        -- a recall told by the sentence's own verb ("Abe and Xi last met in
        -- Lima, Peru, in November ...") runs on to the next meeting word of
        -- the sentence, past its commas; one in passing ("their first
        -- meeting since last November in Beijing") ends with its clause
        local stop = clause_end(text, t.e + 1, sent.e)
        if own then
          stop = sent.e
          for _, m in ipairs(found) do
            if m.anchor.s > t.e and m.anchor.s - 1 < stop then stop = m.anchor.s - 1 end
          end
        end
        local span = { t.s, stop }
        local claimed = ctx.claimed[sent.index] or {}
        claimed[#claimed + 1] = span
        ctx.claimed[sent.index] = claimed
        if own then
          own.span, own.past = span, true
        else
          out[#out + 1] = { people = people, anchor = t, sentences = { sent }, span = span,
            past = true }
        end
      end
    end
  end
  return out
end

-- "met twice: during the G20 summit in Hamburg in July 2017 and on the
-- sidelines of APEC in Danang in November 2017": one meeting per summit or
-- place that has its own dated phrase.
local function enumerated(ctx, sent, m)
  if m.span or #sent.occasions + #sent.places < 2 then return nil end
  local exprs = expressions(ctx, sent)
  local groups, order = {}, {}
  local function take(x)
    if not usable(m, sent, ctx, x.s) then return end
    for _, e in ipairs(exprs) do
      if e.start > x.e and e.start - x.e <= 45 and (e.y or e.type == "year") then
        local gr = groups[e.start]
        if not gr then
          gr = { s = x.s, e = e.stop }
          groups[e.start] = gr
          order[#order + 1] = e.start
        end
        gr.s = math.min(gr.s, x.s)
        return
      end
    end
  end
  for _, x in ipairs(sent.occasions) do take(x) end
  for _, x in ipairs(sent.places) do take(x) end
  if #order < 2 then return nil end
  table.sort(order)
  local out = {}
  for _, k in ipairs(order) do
    local gr = groups[k]
    out[#out + 1] = { people = m.people, anchor = m.anchor, sentences = { sent },
      span = { gr.s, gr.e }, format = m.format }
  end
  return out
end

local function find_candidates(ctx)
  local candidates = {}
  ctx.claimed = {}
  for _, sent in ipairs(ctx.doc.sentences) do
    local found = candidates_of(ctx, sent)
    local back = #found == 0 and continued(sent, candidates, ctx)
    local current = back or candidates[#candidates]
    local all = recalled(ctx, sent, found, current)
    since_clauses(ctx, sent)
    for _, m in ipairs(found) do
      local parts = enumerated(ctx, sent, m)
      for _, part in ipairs(parts or { m }) do all[#all + 1] = part end
    end
    table.sort(all, function(x, y) return x.anchor.s < y.anchor.s end)
    for _, m in ipairs(all) do
      m.topic_hits, m.topic_sentence, m.quotes = {}, {}, {}
      m.headline = sent == ctx.headline or nil
      fill(m, ctx)
      date_from_before(m, ctx, candidates)
      candidates[#candidates + 1] = m
    end
    if back then attach(sent, back, ctx) end
  end
  return candidates
end

-- Meetings held during the main one's trip or summit and saying nothing of
-- where ("Mr. Kishida also met Mr. Biden at the summit") share its
-- occasion and country; its city too when they name the summit.
local function inherit(m, main, ctx)
  if m == main or main.status ~= "held" then return end
  -- "X is due to meet Y on the sidelines of the gathering": later in the
  -- same summit
  if m.status ~= "held" and not (m.status == "planned" and not m.date and names_summit(m, ctx)) then
    return
  end
  if main.format == "phone" or main.format == "video" then return end
  if m.date and main.date and not pdate.compatible(m.date:sub(1, 7), main.date:sub(1, 7)) then
    return
  end
  m.inherit = main
end

-- A meeting told as news with no day of its own ("Putin met Erdogan in
-- Sochi", a photo caption) that names the people and place of a meeting
-- the story dates in the past ("Last Monday, Putin and Erdogan met in
-- Sochi") is that meeting.
local function recalled_again(ctx, meetings)
  local out = {}
  for _, m in ipairs(meetings) do
    local same
    if m.status == "held" and not m.date and place_of(m, ctx) then
      for _, o in ipairs(meetings) do
        if o.status == "past" and same_people(o, m) and place_of(o, ctx) == place_of(m, ctx) then
          same = o
          break
        end
      end
    end
    if same then merge_into(same, m) else out[#out + 1] = m end
  end
  return out
end

local function run(a)
  local info = a.data.mentions
  if not info then return end -- the mentions rule was removed
  local ctx = { g = gaz.get(), doc = info.doc, text = a.text, published = info.published,
    year = info.year, ref_year = info.ref_year, quotes = quotations(a), exprs = {} }
  quotes_now, ctx_text = ctx.quotes, ctx.text
  local first = info.doc.sentences[1]
  if first and a.title and a.text:sub(first.s, first.e):find(a.title, 1, true) then
    ctx.headline = first
  end
  local meetings = recalled_again(ctx, build(a, ctx, find_candidates(ctx)))
  local owner = assign(ctx, meetings)
  topics_of(ctx, meetings, owner)
  quotes_of(ctx, meetings, owner)
  local main
  for _, m in ipairs(meetings) do
    if m.status == "held" then main = m; break end
  end
  main = main or meetings[1]
  -- the main meeting first: the others may share its summit and country;
  -- records keep the order of the text
  if main then finish(a, ctx, main, true) end
  for _, m in ipairs(meetings) do
    if m ~= main then
      if main then inherit(m, main, ctx) end
      finish(a, ctx, m, false)
    end
  end
  for _, m in ipairs(meetings) do a:add_meeting(m.record) end
end

return {
  name = "meetings",
  description = "meetings reported, planned or recalled, with participants, date, place, "
    .. "occasion, format, duration, status, topics and quotes",
  meetings = run,
}
