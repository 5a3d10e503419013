-- lib/dateline.lua: the dateline that opens a news story.
--
--   "BEIJING -- Chinese President ..."             city
--   "TOKYO, Nov 17 (Reuters) - ..."                city, partial date, agency
--   "BANGKOK, Nov 4, 2019, Kyodo. ..."              city, date, agency
--   "JAKARTA, Indonesia—Japanese ..."               city, region
--   "Chengdu, China, Dec. 25 (Jiji Press)--..."     city in plain case: only
--                                                   with a date or an agency
--   "MOSCOW (UrduPoint News / Sputnik - 24th December, 2019) The ..."
-- parse(s) reads that opening and returns its parts; it never looks beyond
-- the first 240 bytes, and it requires running text after the dateline so
-- a kicker in capitals ("NEUTRAL TERRITORY") is not a city.

local lpeg = lpeg or require "lpeg"
local dates = require "lib.dates"
local P, R, S, C, Cp = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp

local M = {}

-- Opening words in capitals that are wire labels, not places.
M.not_places = {}
for w in ([[UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS WATCH PHOTOS PHOTO VIDEO LIVE
  OPINION EDITORIAL FACTBOX EXPLAINER CORRECTION CORRECTED URGENT FLASH ALERT NEWS FILE
  REFILE INTERVIEW COMMENTARY FEATURE SPONSORED ADVERTISEMENT NOTE EDITOR EDITORS
  PM US UK EU UN]]):gmatch "%S+" do M.not_places[w] = true end
-- (PM, US, UK, EU, UN open sentences far more often than datelines.)

local upper = R "AZ"
local lower = R "az"
local latin_cap = P "\195" * R "\128\158"          -- À..Þ
local latin_small = P "\195" * R "\159\191"        -- ß..ÿ
local cap = upper + latin_cap
local caps_word = cap * (cap + S ".'-") ^ 1
local caps_city = caps_word * (S " /" * caps_word) ^ 0
local title_word = cap * (lower + latin_small + S "'-") ^ 1
local title_city = title_word * (P " " * title_word) ^ -2
local region_word = title_word + caps_word
-- a region is never a month name (", Nov 4" is a date)
local region = P ", " * lpeg.Cmt(C(region_word), function(_, i, w)
  return not dates.month_number(w) and i
end) * (P " " * region_word) ^ -2 * P "." ^ -1 -- "Md.", "Calif."

local sp = P " " ^ 0
local dash = P "--" + P "\226\128\148" + P "\226\128\147" + P "-" + P ">>" + P ":" + P "|"
local sep = sp * dash * sp

local city_caps_pat = C(caps_city) * Cp()
local city_title_pat = C(title_city) * Cp()
local region_pat = region * Cp()
local sep_pat = sep * Cp()
local paren_pat = sp * P "(" * C((1 - S "()") ^ 1) * P ")" * Cp()
-- ", Kyodo." after a date: an agency name closing the dateline
local agency_word_pat = P ", " * C(cap * (1 - S ".,()") ^ -40) * P "." * Cp()

local function prose_after(s, pos)
  local n = 0
  for _ in s:sub(pos, pos + 120):gmatch "%S+" do n = n + 1 end
  return n >= 5 and s:sub(pos, pos + 40):find "^%s*[\"'\226%u%d]" ~= nil
end

--- parse(s) -> table or nil. Fields: city (as written), date (a found-date
-- table of lib.dates, maybe partial, or nil), agency (the text in the
-- dateline's parentheses or after its date, or nil), stop (offset where
-- the story text starts).
function M.parse(s)
  if #s > 240 then s = s:sub(1, 240) end
  local city, pos = city_caps_pat:match(s)
  local plain = false
  if not city then
    city, pos = city_title_pat:match(s)
    plain = true
    if not city then return nil end
  end
  if M.not_places[city] or M.not_places[city:match "^%S+"] then return nil end
  local out = { city = city }
  local strong = false
  -- a date right after ", " or a dash (tried before a region, so ", Nov"
  -- is never taken for a region)
  local function try_date()
    local q = pos + #s:match("^,? ?", pos)
    local after_sep = sep_pat:match(s, pos)
    for k, start in ipairs { q, after_sep or q } do
      -- a date opening the window starts with a digit or a capital (a
      -- month); the same window is not searched twice
      local c = s:byte(start)
      local found = c and (k == 1 or start ~= q) and
        ((c >= 48 and c <= 57) or (c >= 65 and c <= 90)) and
        dates.find_all(s:sub(start, start + 40), 60)[1]
      if found and found.start == 1 then
        out.date = found
        pos = start + found.stop
        strong = true
        return
      end
    end
  end
  try_date()
  if not out.date then
    for _ = 1, 2 do -- "Chengdu, Sichuan, China"
      local p = region_pat:match(s, pos)
      if not p then break end
      pos = p
    end
    try_date()
  end
  local agency, p2 = paren_pat:match(s, pos)
  if agency then
    out.agency, pos, strong = agency, p2, true
  elseif out.date then
    agency, p2 = agency_word_pat:match(s, pos)
    if agency then out.agency, pos = agency, p2 end
  end
  local p = sep_pat:match(s, pos)
  if p then
    pos = p
    strong = strong or not plain
  elseif s:sub(pos, pos) == "." and out.agency then
    pos = pos + 1
  elseif not (out.agency and s:sub(pos, pos) == " ") then
    return nil
  end
  if plain and not (out.date or out.agency) then return nil end
  if not strong or not prose_after(s, pos) then return nil end
  out.stop = pos
  return out
end

return M
