-- lib/lines.lua: bounded access to an article's lines with their shapes.
--
-- Rules that score lines share one scan per article, kept in a.data.lines:
-- the text, shape (lib.text) and corpus repetition of every line they may
-- look at. Only the first HEAD and the last TAIL lines are ever read (a
-- news article has a few hundred lines; a 16 MiB file of millions of short
-- lines is not one, and reading all of it would cost memory and the
-- instruction budget for nothing). Lines are fetched in chunks so the Lua
-- tables alive at once stay small.

local text = require "lib.text"

local M = {}

M.HEAD = 2000   -- lines scored from the top
M.TAIL = 500    -- lines scored from the bottom
M.CHUNK = 512   -- lines fetched per a:lines() call

--- get(a) -> scan table { n = a.n_lines, [i] = rec } where rec is the
-- line table of a:lines() (index, text, removed, repeats...) with blank
-- and shape (nil if too long) added, for every scored line i. Cached in
-- a.data, so the second rule pays nothing; a rule that removes a line sets
-- rec.removed itself.
function M.get(a)
  local data = a.data
  if data.lines then return data.lines end
  local n = a.n_lines
  local scan = { n = n }
  local shape = text.shape
  local function read(first, last)
    local i = first
    while i <= last do
      local j = math.min(last, i + M.CHUNK - 1)
      -- the tables a:lines() makes are fresh: they become the records
      for _, rec in ipairs(a:lines(i, j)) do
        local t = rec.text
        if t == "" then
          rec.blank = true
        else
          rec.blank = false
          rec.shape = shape(t)
        end
        scan[rec.index] = rec
      end
      i = j + 1
    end
  end
  if n <= M.HEAD + M.TAIL then
    read(1, n)
  else
    read(1, M.HEAD)
    read(n - M.TAIL + 1, n)
  end
  data.lines = scan
  return scan
end

--- scored(scan, i) -> true when line i was read (see HEAD and TAIL).
function M.scored(scan, i)
  return scan[i] ~= nil
end

--- each(scan) -> iterator over the scored line records in order.
function M.each(scan)
  local n = scan.n
  local i = 0
  return function()
    repeat
      i = i + 1
      if i > n then return nil end
      -- jump the unread middle of a huge article in one step
      if not scan[i] and i > M.HEAD and i <= n - M.TAIL then i = n - M.TAIL + 1 end
    until scan[i]
    return scan[i]
  end
end

return M
