-- lib/duration.lua: how long a meeting lasted, from the words that say it:
-- "17 minutes", "a roughly 40-minute summit", "hour-long talks", "for about
-- an hour", "one hour and 50 minutes", "more than two hours", "nearly
-- three-hour", "half an hour", "90-minute". Hedges (about, roughly, nearly,
-- more than, no more than) are read past: the number said is the answer.
-- Only phrases that name a length of time count; "two-day visit" is the
-- length of a trip, not of the meeting, and is left alone.

local M = {}

local numbers = { a = 1, an = 1, one = 1, two = 2, three = 3, four = 4, five = 5, six = 6,
  seven = 7, eight = 8, nine = 9, ten = 10, eleven = 11, twelve = 12, fifteen = 15,
  twenty = 20, thirty = 30, forty = 40, fifty = 50, sixty = 60, ninety = 90 }

local function number(w)
  if not w then return nil end
  return tonumber(w) or numbers[w:lower()]
end

-- Each pattern captures (amount, unit) with the amount as digits or a word,
-- on a lower-cased sentence; minutes or hours. Longer forms come first.
local forms = {
  -- "one hour and 50 minutes", "an hour and a half"
  { "(%w+)[ %-]hours? and (%w+) minutes?", function(h, m) return number(h) and number(m) and number(h) * 60 + number(m) end },
  { "(%w+)[ %-]hours? and a half", function(h) return number(h) and number(h) * 60 + 30 end },
  { "half an hour", function() return 30 end },
  { "half%-hour", function() return 30 end },
  { "(%w+)[ %-]minutes?%f[^%w]", function(n) return number(n) end },
  { "(%w+)[ %-]mins?%f[^%w]", function(n) return number(n) end },
  { "(%w+)[ %-]hours?%f[^%w]", function(n) return number(n) and number(n) * 60 end },
  { "hour%-long", function() return 60 end },
  { "an hour%f[^%w]", function() return 60 end },
}

--- find(s) -> minutes (a number), or nil when s names no length of time.
-- The first length in the sentence wins.
function M.find(s)
  if #s > 4000 then s = s:sub(1, 4000) end
  local l = s:lower()
  local best, at = nil, math.huge
  for _, f in ipairs(forms) do
    local i, j, a, b = l:find(f[1])
    -- "cut short by two hours", "an hour later", "two hours before": a
    -- shift in time, not a length
    local before, after = l:sub(math.max(1, i and i - 4 or 1), (i or 1) - 1), l:sub((j or 0) + 1, (j or 0) + 10)
    if i and (before:find "by $" or after:find "^ later" or after:find "^ earlier" or
        after:find "^ late" or after:find "^ before" or after:find "^ after" or
        after:find "^ ahead" or after:find "^ ago" or after:find "^ behind") then
      i = nil
    end
    if i and i < at then
      local v = f[2](a, b)
      -- "two-day", "three weeks" never reach here; a number of minutes or
      -- hours beyond a day is a different length (a flight, a siege)
      if v and v > 0 and v <= 24 * 60 then best, at = v, i end
    end
  end
  return best
end

return M
