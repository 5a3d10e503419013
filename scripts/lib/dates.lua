-- lib/dates.lua: calendar dates written in English news text.
--
-- Finds and parses the date forms scraped articles use ("November 12, 2017",
-- "Nov. 4, 2019", "2017-05-16", "24th December, 2019", "Tue 24th December
-- 2019", "11.09.2023", "Dec 07, 202305:59" with the time glued to the year,
-- "November.15,2024"), and offers small calendar helpers (validity,
-- weekdays, day arithmetic) that later rules use to resolve "on Tuesday".
-- Never guesses a missing year: a date without one comes back with
-- year = nil and precision "day" or "month", and the caller decides.
--
-- Patterns are compiled once when the module loads. Month and weekday
-- names are captured as a word and looked up in a table (no alternation of
-- literal names), so the cost per word does not grow with the name list.
--
-- A found date is a table:
--   { year = 2017 | nil, month = 11 | nil, day = 12 | nil,
--     precision = "day" | "month" | "year",
--     start = 1-based byte offset, stop = offset of its last byte,
--     text = the matched words }

local lpeg = lpeg or require "lpeg"
local P, R, S, C, Cc, Cg, Ct, Cmt, Cp = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cc, lpeg.Cg,
  lpeg.Ct, lpeg.Cmt, lpeg.Cp

local M = {}

-- Years accepted as real dates; numbers outside are not years.
M.MIN_YEAR, M.MAX_YEAR = 1900, 2100

local month_names = {
  january = 1, jan = 1, february = 2, feb = 2, march = 3, mar = 3, april = 4, apr = 4,
  may = 5, june = 6, jun = 6, july = 7, jul = 7, august = 8, aug = 8, september = 9,
  sept = 9, sep = 9, october = 10, oct = 10, november = 11, nov = 11, december = 12,
  dec = 12,
}

-- ISO weekday numbers: Monday = 1 ... Sunday = 7.
local weekday_names = {
  monday = 1, mon = 1, tuesday = 2, tue = 2, tues = 2, wednesday = 3, wed = 3,
  thursday = 4, thu = 4, thur = 4, thurs = 4, friday = 5, fri = 5, saturday = 6,
  sat = 6, sunday = 7, sun = 7,
}

local mdays = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

--- month_number(name) -> 1..12 or nil. Accepts full and short English names,
-- any case, with or without a final dot ("Sept.", "NOV", "december").
function M.month_number(name)
  if type(name) ~= "string" or #name > 12 then return nil end
  return month_names[name:lower():gsub("%.$", "")]
end

--- weekday_number(name) -> 1 (Monday) .. 7 (Sunday) or nil.
function M.weekday_number(name)
  if type(name) ~= "string" or #name > 12 then return nil end
  return weekday_names[name:lower():gsub("%.$", "")]
end

--- is_leap(year) -> boolean (proleptic Gregorian).
function M.is_leap(y)
  return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)
end

--- days_in_month(year, month) -> 28..31.
function M.days_in_month(y, m)
  if m == 2 and M.is_leap(y) then return 29 end
  return mdays[m]
end

--- valid(year, month, day) -> boolean. month and day may be nil (a
-- partial date); a given day must exist in that month (29 February only
-- in leap years; without a year, 29 February is allowed).
function M.valid(y, m, d)
  if y and (y < M.MIN_YEAR or y > M.MAX_YEAR) then return false end
  if m == nil then return d == nil end
  if m < 1 or m > 12 then return false end
  if d == nil then return true end
  local max = y and M.days_in_month(y, m) or (m == 2 and 29 or mdays[m])
  return d >= 1 and d <= max
end

--- iso(year [, month [, day]]) -> "YYYY", "YYYY-MM" or "YYYY-MM-DD", or nil
-- when the parts do not make a valid date or the year is missing.
function M.iso(y, m, d)
  if not y or not M.valid(y, m, d) then return nil end
  if not m then return string.format("%04d", y) end
  if not d then return string.format("%04d-%02d", y, m) end
  return string.format("%04d-%02d-%02d", y, m, d)
end

--- iso_of(found) -> the ISO string of a found-date table (nil without year).
function M.iso_of(t)
  return t and M.iso(t.year, t.month, t.day)
end

-- Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
-- days_from_civil), so weekday and day arithmetic need no os.time (which
-- depends on the time zone and on the platform's time_t range).
local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return y, m, d
end

--- day_number(year, month, day) -> days since 1970-01-01 (negative before).
M.day_number = days_from_civil

--- weekday(year, month, day) -> 1 (Monday) .. 7 (Sunday).
function M.weekday(y, m, d)
  return (days_from_civil(y, m, d) + 3) % 7 + 1
end

--- add_days(year, month, day, n) -> year, month, day of the date n days
-- later (n may be negative).
function M.add_days(y, m, d, n)
  return civil_from_days(days_from_civil(y, m, d) + n)
end

--- days_between(a, b) -> whole days from date table a to date table b
-- (each { year, month, day } complete); positive when b is later.
function M.days_between(a, b)
  return days_from_civil(b.year, b.month, b.day) - days_from_civil(a.year, a.month, a.day)
end

-- ---- patterns ------------------------------------------------------------

local digit = R "09"
local alpha = R("az", "AZ")
local sp = P " " ^ 0
local sp1 = P " " ^ 1

local function to_int(s) return tonumber(s) end

-- A month name as a whole capitalised word, looked up in the table; "Nov."
-- keeps its dot. Lower-case "may", "mar", "dec" are ordinary words.
local month = Cmt(C(R "AZ" * alpha ^ 2 * -alpha) * P "." ^ -1, function(_, i, w)
  local n = month_names[w:lower()]
  if n then return i, n end
  return false
end)

local weekday = Cmt(C(alpha ^ 3 * -alpha) * P "." ^ -1, function(_, i, w)
  if weekday_names[w:lower()] then return i end
  return false
end)

local day = C(digit * digit ^ -1) / to_int * -digit * (P "st" + P "nd" + P "rd" + P "th") ^ -1 *
  -alpha
-- A year followed by a glued clock time ("202305:59") still ends at four digits.
local glued_time = digit * digit * P ":" * digit * digit
local year = C(digit * digit * digit * digit) / to_int * (#glued_time + -digit)

-- "November 12, 2017", "Nov. 4 2019", "November.15,2024", "Dec 07, 202305:59"
local month_day_year = (Cg(month, "month") * (sp1 + P "." + sp) * Cg(day, "day") *
  ((P "," * sp) + sp1) * Cg(year, "year"))
-- "24th December, 2019", "12 November 2017", "1 Sept. 2019"
local day_month_year = (Cg(day, "day") * sp1 * (P "of" * sp1) ^ -1 * Cg(month, "month") *
  ((P "," * sp) + sp1) * Cg(year, "year"))
-- "2017-05-16", "2017/05/16", "2017.05.16" (the separator must repeat)
local function iso_with(sep)
  return Cg(year, "year") * sep * Cg(C(digit * digit) / to_int, "month") * sep *
    Cg(C(digit * digit) / to_int, "day") * -digit
end
local iso = iso_with(P "-") + iso_with(P "/") + iso_with(P ".")
-- "11.09.2023": day first, as in most of the world outside the US; the
-- slash form is ambiguous and left alone.
local dmy_dots = Cg(C(digit * digit ^ -1) / to_int, "day") * P "." *
  Cg(C(digit * digit ^ -1) / to_int, "month") * P "." * Cg(year, "year")
-- Partial forms, tried after the full ones.
local month_day = Cg(month, "month") * (sp1 + P ".") * Cg(day, "day") * -(sp * P "," * sp * digit)
local day_month = Cg(day, "day") * sp1 * (P "of" * sp1) ^ -1 * Cg(month, "month")
local month_year = Cg(month, "month") * (P "," * sp + sp1) * Cg(year, "year")

local date_forms = Ct(Cg(Cp(), "start") * (
  iso * Cg(Cc "day", "precision") +
  month_day_year * Cg(Cc "day", "precision") +
  day_month_year * Cg(Cc "day", "precision") +
  dmy_dots * Cg(Cc "day", "precision") +
  month_year * Cg(Cc "month", "precision") +
  month_day * Cg(Cc "day", "precision") +
  day_month * Cg(Cc "day", "precision")
) * Cg(Cp(), "stop"))

-- Scan word by word: a date may start only where a word starts, so "Sun"
-- inside "Sunday" or "5" inside "2015" never begins a match.
local word_char = R("az", "AZ", "09") + R "\128\255"
local skip = word_char ^ 1 + (1 - word_char)
local scan = Ct((date_forms + skip) ^ 0)

-- Finalise a raw match: validity check, 1-based inclusive offsets, text.
local function finish(s, t)
  if not M.valid(t.year, t.month, t.day) then return nil end
  t.stop = t.stop - 1
  t.text = s:sub(t.start, t.stop)
  return t
end

--- find_all(s [, max_bytes]) -> array of found dates, in text order.
-- Only the first max_bytes (default 4000) bytes are searched: callers pass
-- lines or short windows, and hostile input must stay cheap.
function M.find_all(s, max_bytes)
  max_bytes = max_bytes or 4000
  if #s > max_bytes then s = s:sub(1, max_bytes) end
  local out = {}
  for _, t in ipairs(scan:match(s) or {}) do
    local f = finish(s, t)
    if f then out[#out + 1] = f end
  end
  return out
end

--- first_full(s [, max_bytes]) -> the first date in s that has a year,
-- month and day, or nil.
function M.first_full(s, max_bytes)
  for _, t in ipairs(M.find_all(s, max_bytes)) do
    if t.year and t.month and t.day then return t end
  end
  return nil
end

--- parse(s) -> year, month, day, precision when the whole of s (trimmed,
-- an optional leading weekday allowed) is one date; nil otherwise.
local whole = sp * (weekday * P "," ^ -1 * sp1) ^ -1 * date_forms * sp * P(-1)
function M.parse(s)
  if type(s) ~= "string" or #s > 100 then return nil end
  local t = whole:match(s)
  if not t or not M.valid(t.year, t.month, t.day) then return nil end
  return t.year, t.month, t.day, t.precision
end

-- ---- clock times and date-line residue -------------------------------------

-- Words that sit next to dates in bylines and time stamps and carry no
-- other meaning: what is left of a line once dates, times and these are
-- gone tells a date line ("Updated 02:40 am IST") from a sentence.
local stamp_words = {}
for w in ([[updated update published posted last modified created first on at am pm
  a.m. p.m. gmt utc et est edt pst pdt cet cest bst ist jst kst hkt sgt aest aedt msk
  ago min mins minute minutes hour hours hr hrs day days second seconds just now
  today yesterday date time read]]):gmatch "%S+" do stamp_words[w] = true end
for w in pairs(weekday_names) do stamp_words[w] = true end

local clock = digit * digit ^ -1 * S ":." * digit * digit * (P ":" * digit * digit) ^ -1 *
  (sp * (S "aApP" * P "." ^ -1 * S "mM" * P "." ^ -1)) ^ -1 * -digit
local clock_ampm = digit * digit ^ -1 * sp * S "aApP" * P "." ^ -1 * S "mM" * P "." ^ -1 * -alpha
local clock_scan = lpeg.Cs(((clock + clock_ampm) / " " + word_char ^ 1 + 1) ^ 0)

--- residue_words(s) -> number of words left in s once its dates, clock
-- times and time-stamp words ("Updated", "GMT", "ago", weekdays) are
-- removed, and the number of complete dates (year, month and day) found.
-- A line with a complete date and a residue of 0..3 words is a date line.
function M.residue_words(s)
  if #s > 400 then return math.huge, 0 end
  local found = M.find_all(s, 400)
  local full = 0
  -- cut the dates out, last first so offsets stay valid
  for k = #found, 1, -1 do
    local f = found[k]
    if f.year and f.day then full = full + 1 end
    s = s:sub(1, f.start - 1) .. " " .. s:sub(f.stop + 1)
  end
  s = clock_scan:match(s)
  local n = 0
  -- a word starts with a letter (ASCII or a UTF-8 lead byte outside the
  -- punctuation blocks E2 and C2), so bullets and dashes are not words
  for w in s:gmatch "[%a\195-\223\227-\244][%w%.\128-\255'%-]*" do
    local lw = w:lower():gsub("[%.,;:]+$", "")
    if not stamp_words[lw] and not stamp_words[lw .. "."] then n = n + 1 end
  end
  return n, full
end

return M
