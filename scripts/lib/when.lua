-- lib/when.lua: time expressions in a sentence and their dates.
--
-- find(text, i, j) lists the expressions in text[i..j]: full and partial
-- calendar dates (through lib/dates), weekdays ("on Tuesday", "last
-- Monday", "Tuesday (June 12)"), days relative to publication ("yesterday",
-- "today"), weeks, months and years relative to it ("last week", "in
-- July", "last November", "early last year", "next spring", "by the end of
-- this year", "a year ago"), bare years ("in 2014") and ranges ("Nov.
-- 15-17", "July 7 to 8").
--
-- resolve(expr, ctx) turns one into a partial ISO date and its precision,
-- against ctx.published (a full date, or nil) and ctx.future (the
-- sentence speaks of what will happen): "met on Tuesday" is the latest
-- Tuesday on or before publication, "will meet on Tuesday" the next one.
-- Without a publication date only what the text fixes by itself resolves
-- (a date with its year, a bare year; a month or day with ctx.year, a year
-- established from other facts). Nothing is ever guessed: an expression
-- that cannot be placed resolves to nil. Calendar arithmetic is C
-- (parley.date).

-- the parley module: the global in parley's own states, required in stock lua5.4
local parley = require "parley"

local dates = require "lib.dates"
local pdate = parley.date

local M = {}

local weekdays = { monday = 1, tuesday = 2, wednesday = 3, thursday = 4, friday = 5,
  saturday = 6, sunday = 7 }
local months = { january = 1, february = 2, march = 3, april = 4, may = 5, june = 6, july = 7,
  august = 8, september = 9, october = 10, november = 11, december = 12, jan = 1, feb = 2,
  mar = 3, apr = 4, jun = 6, jul = 7, aug = 8, sep = 9, sept = 9, oct = 10, nov = 11,
  dec = 12 }
local seasons = { spring = 3, summer = 6, autumn = 9, fall = 9, winter = 12 }
local shifts = { last = -1, previous = -1, past = -1, this = 0, current = 0, next = 1,
  coming = 1, following = 1 }
local units = { day = "day", days = "day", week = "week", weeks = "week", month = "month",
  months = "month", year = "year", years = "year", weekend = "week" }
local numbers = { a = 1, an = 1, one = 1, two = 2, three = 3, four = 4, five = 5, six = 6,
  seven = 7, eight = 8, nine = 9, ten = 10, several = nil, few = nil }
local day_words = { today = 0, tonight = 0, yesterday = -1, tomorrow = 1 }

-- ---- finding ---------------------------------------------------------------

-- Words of text[i..j] with their byte offsets: { {w = lower, s, e, cap}, ... }
local function words(text, i, j)
  local out = {}
  local s = text:sub(i, j)
  for at, w, stop in s:gmatch "()([%w']+)()" do
    out[#out + 1] = { w = w:lower(), s = i + at - 1, e = i + stop - 2,
      cap = w:byte(1) >= 65 and w:byte(1) <= 90 }
  end
  return out
end

local function inside(found, pos)
  for _, f in ipairs(found) do
    if pos >= f.start and pos <= f.stop then return f end
  end
  return nil
end

-- A range "Nov. 15-17" / "July 7 to 8" / "from Nov. 4 to 7" continuing a
-- found day date f: the second day, and the end offset.
local function range_end(text, f)
  local rest = text:sub(f.stop + 1, f.stop + 12)
  for _, pat in ipairs { "^%s*%-%s*()(%d%d?)()%f[^%d]", "^%s*\226\128\147%s*()(%d%d?)()%f[^%d]",
                         "^%s+to%s+()(%d%d?)()%f[^%d]" } do
    local _, d2, e = rest:match(pat)
    if d2 then return tonumber(d2), f.stop + e - 1 end
  end
  return nil
end

local function add(out, expr, s, e, text)
  expr.start, expr.stop, expr.text = s, e, text:sub(s, e)
  out[#out + 1] = expr
end

-- Calendar dates written out (lib/dates), with ranges.
local function absolute(text, i, j, out)
  local found = dates.find_all(text:sub(i, j), j - i + 1)
  for _, f in ipairs(found) do
    f.start, f.stop = f.start + i - 1, f.stop + i - 1
    local d2, e = nil, f.stop
    if f.day then d2, e = range_end(text, f) end
    if d2 and d2 > f.day then
      add(out, { type = "range", y = f.year, m = f.month, d = f.day, d2 = d2 }, f.start, e, text)
    else
      add(out, { type = "abs", y = f.year, m = f.month, d = f.day }, f.start, f.stop, text)
    end
  end
  return found
end

local function prev_word(ws, k, n) return ws[k - (n or 1)] and ws[k - (n or 1)].w end
local function next_word(ws, k, n) return ws[k + (n or 1)] and ws[k + (n or 1)].w end

-- "last year", "this week", "next month", "early last year", "by the end of
-- this year", "later this year"
local function relative_unit(ws, k, text, out)
  local w = ws[k]
  local shift = shifts[w.w]
  local unit = next_word(ws, k) and units[next_word(ws, k)]
  if shift == nil or not unit or unit == "day" then return false end
  local s, part = w.s, nil
  local before = prev_word(ws, k)
  if before == "early" or before == "earlier" or before == "late" or before == "later" or
      before == "mid" then
    part, s = before, ws[k - 1].s
  elseif before == "of" and prev_word(ws, k, 2) == "end" then
    part, s = "end", ws[k - 2].s
  end
  add(out, { type = "rel", unit = unit, n = shift, part = part }, s, ws[k + 1].e, text)
  return true
end

-- "a year ago", "two weeks ago", "three days earlier"
local function ago(ws, k, text, out)
  local w = ws[k]
  if w.w ~= "ago" then return false end
  local unit = prev_word(ws, k) and units[prev_word(ws, k)]
  local nw = prev_word(ws, k, 2)
  local n = nw and (numbers[nw] or tonumber(nw))
  if not unit or not n then return false end
  add(out, { type = "ago", unit = unit, n = n }, ws[k - 2].s, w.e, text)
  return true
end

local function weekday(ws, k, text, out, found)
  local w = ws[k]
  local wd = weekdays[w.w]
  if not wd or not w.cap then return false end
  local mod = shifts[prev_word(ws, k) or ""]
  local s = mod and ws[k - 1].s or w.s
  -- "Tuesday (June 12)": the date that follows fixes the day
  local nxt = ws[k + 1]
  local f = nxt and inside(found, nxt.s)
  add(out, { type = "weekday", wd = wd, mod = mod, date = f and f.day and f or nil }, s, w.e, text)
  return true
end

local function bare_month(ws, k, text, out)
  local w = ws[k]
  local m = months[w.w]
  if not m or not w.cap or #w.w < 3 then return false end
  if w.w == "may" and not (prev_word(ws, k) == "in" or prev_word(ws, k) == "since" or
      shifts[prev_word(ws, k) or ""] ~= nil) then
    return false -- the verb "may"
  end
  local mod = shifts[prev_word(ws, k) or ""]
  local s, e = mod and ws[k - 1].s or w.s, w.e
  -- "November last year", "July this year"
  local yshift = nil
  if shifts[next_word(ws, k) or ""] ~= nil and next_word(ws, k, 2) == "year" then
    yshift, e = shifts[next_word(ws, k)], ws[k + 2].e
  end
  local part = prev_word(ws, k)
  if part ~= "early" and part ~= "late" and part ~= "mid" then part = nil end
  add(out, { type = "month", m = m, mod = mod, yshift = yshift, part = part }, s, e, text)
  return true
end

local function season(ws, k, text, out)
  local w = ws[k]
  local first = seasons[w.w]
  if not first then return false end
  local mod = shifts[prev_word(ws, k) or ""]
  local y = tonumber(next_word(ws, k) or "")
  if w.w == "fall" and not mod and not y then return false end -- the verb "fall"
  if not mod and not y and prev_word(ws, k) ~= "in" and prev_word(ws, k) ~= "the" then
    return false
  end
  local s = mod and ws[k - 1].s or w.s
  add(out, { type = "season", first = first, mod = mod, y = y and y >= 1900 and y <= 2100 and y or nil },
      s, y and ws[k + 1].e or w.e, text)
  return true
end

local function year(ws, k, text, out)
  local w = ws[k]
  local y = #w.w == 4 and tonumber(w.w)
  if not y or y < 1900 or y > 2100 then return false end
  add(out, { type = "year", y = y }, w.s, w.e, text)
  return true
end

local function day_word(ws, k, text, out)
  local off = day_words[ws[k].w]
  if not off then return false end
  add(out, { type = "day", n = off }, ws[k].s, ws[k].e, text)
  return true
end

--- find(text [, i [, j]]) -> array of expressions, in text order. Each has
-- start, stop (1-based, inclusive), text and type: "abs" (y?, m, d?),
-- "range" (y?, m, d, d2), "weekday" (wd 1..7, mod -1/0/1, date), "day"
-- (n days from publication), "rel" (unit, n, part), "ago" (unit, n),
-- "month" (m, mod, yshift, part), "season" (first month, mod, y), "year" (y).
function M.find(text, i, j)
  i, j = i or 1, j or #text
  if j - i > 4000 then j = i + 4000 end
  local out = {}
  local found = absolute(text, i, j, out)
  local ws = words(text, i, j)
  local covered = 0 -- end of the last expression: its words are not read twice
  for k = 1, #ws do
    if ws[k].s > covered and not inside(found, ws[k].s) then
      local n = #out
      local _ = relative_unit(ws, k, text, out) or ago(ws, k, text, out) or
        weekday(ws, k, text, out, found) or bare_month(ws, k, text, out) or
        season(ws, k, text, out) or year(ws, k, text, out) or day_word(ws, k, text, out)
      if #out > n then covered = out[#out].stop end
    end
  end
  table.sort(out, function(a, b) return a.start < b.start end)
  -- a weekday that names its date keeps the pair once
  local kept = {}
  for _, e in ipairs(out) do
    local last = kept[#kept]
    if not (last and last.type == "weekday" and last.date and e.type == "abs" and
        e.start == last.date.start) then
      kept[#kept + 1] = e
    end
  end
  return kept
end

-- ---- resolving -------------------------------------------------------------

local function ymd(iso)
  local y, m, d = pdate.parse(iso)
  return y, m, d
end

local function full(y, m, d) return pdate.iso(y, m, d) end

-- The year of month m: this year's, or the previous (past) / next (future)
-- when that month has not come yet / has gone by.
local function year_of_month(m, py, pm, future, mod)
  if mod == -1 then return m < pm and py or py - 1 end
  if mod == 1 then return m > pm and py or py + 1 end
  if mod == 0 then return py end
  if future then return m >= pm and py or py + 1 end
  return m <= pm and py or py - 1
end

local resolvers = {}

function resolvers.abs(e, ctx)
  local y = e.y or ctx.year
  if not y and ctx.published then
    local py, pm = ymd(ctx.published)
    y = year_of_month(e.m, py, pm, ctx.future)
  end
  if not y then return nil end
  if e.d then return full(y, e.m, e.d), "day" end
  return full(y, e.m), "month"
end

function resolvers.range(e, ctx)
  local date = resolvers.abs({ y = e.y, m = e.m }, ctx)
  return date, date and "month"
end

function resolvers.weekday(e, ctx)
  if e.date then
    -- "Tuesday (June 12)": the year is the one whose June 12 is a Tuesday,
    -- near publication or the year the text established
    local y = e.date.year or ctx.year
    if not y and ctx.published then
      local py, pm = ymd(ctx.published)
      y = year_of_month(e.date.month, py, pm, ctx.future)
    end
    if y then
      local iso = full(y, e.date.month, e.date.day)
      if iso and pdate.weekday(iso) == e.wd then return iso, "day" end
    end
    return nil
  end
  if not ctx.published then return nil end
  if e.mod == -1 then return pdate.weekday_before(ctx.published, e.wd, true), "day" end
  if e.mod == 1 then return pdate.weekday_after(ctx.published, e.wd, true), "day" end
  if ctx.future then return pdate.weekday_after(ctx.published, e.wd), "day" end
  return pdate.weekday_before(ctx.published, e.wd), "day"
end

function resolvers.day(e, ctx)
  if not ctx.published then return nil end
  return pdate.add(ctx.published, e.n), "day"
end

function resolvers.rel(e, ctx)
  if not ctx.published then
    if e.unit == "year" and ctx.year then return full(ctx.year + e.n), "year" end
    return nil
  end
  local py, pm = ymd(ctx.published)
  if e.unit == "year" then return full(py + e.n), "year" end
  if e.unit == "month" then
    return pdate.add_months(full(py, pm), e.n), "month"
  end
  -- a week: the month it falls in, when the whole week does
  local a = pdate.add(ctx.published, 7 * e.n - (e.n == 0 and 0 or 3))
  local ay, am = ymd(a)
  return full(ay, am), "month"
end

function resolvers.ago(e, ctx)
  if not ctx.published then return nil end
  local py, pm = ymd(ctx.published)
  if e.unit == "year" then return full(py - e.n, pm), "month" end
  if e.unit == "month" then return pdate.add_months(full(py, pm), -e.n), "month" end
  local days = e.unit == "week" and 7 * e.n or e.n
  local a = pdate.add(ctx.published, -days)
  if e.unit == "day" then return a, "day" end
  local ay, am = ymd(a)
  return full(ay, am), "month"
end

function resolvers.month(e, ctx)
  local y
  if ctx.published then
    local py, pm = ymd(ctx.published)
    if e.yshift then y = py + e.yshift else y = year_of_month(e.m, py, pm, ctx.future, e.mod) end
  elseif ctx.year and not e.mod then
    y = ctx.year + (e.yshift or 0)
  end
  if not y then return nil end
  return full(y, e.m), "month"
end

function resolvers.season(e, ctx)
  local y = e.y
  if not y and ctx.published then
    local py, pm = ymd(ctx.published)
    if e.mod then y = py + e.mod
    elseif ctx.future then y = e.first >= pm and py or py + 1
    else y = e.first <= pm and py or py - 1 end
    -- "next spring" said in December is the spring of next year, not this
    if e.mod == 1 and e.first > pm then y = py end
  end
  if not y then return nil end
  return full(y), "season"
end

function resolvers.year(e)
  return full(e.y), "year"
end

--- resolve(expr, ctx) -> date, precision ("day", "month", "season",
-- "year") or nil. ctx: { published = "YYYY-MM-DD" or nil, year = a year
-- the text establishes (used only without published), future = boolean }.
function M.resolve(e, ctx)
  local f = resolvers[e.type]
  if not f then return nil end
  local ok, date, precision = pcall(f, e, ctx)
  if not ok or not date then return nil end
  return date, precision
end

return M
