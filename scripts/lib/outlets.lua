-- lib/outlets.lua: find names of news outlets (data/outlets.lua) in text.
--
-- The alias list is indexed by its first word (lower case), so a look-up
-- costs one table access per word of the text plus a short comparison for
-- the few aliases starting with that word: no alternation over hundreds of
-- names. The index is built on first use, so entries a user's rules add to
-- data.outlets before that still count. Only the first MAX_BYTES bytes of a
-- string are searched.

local data = require "data.outlets"

local M = {}

M.MAX_BYTES = 1000

local index -- first word (lower case) -> array of aliases, longest first

-- A word as the pattern below finds it -> the word itself, its lower case
-- and the bytes cut from its start. Curly quotes or dashes glued to a word
-- are not part of it; a trailing possessive or dot is dropped ("Nikkei's",
-- "Kyodo."). Remembered per word: the same words come back on every line.
local clean_cache, clean_count = {}, 0
local function clean(raw)
  local c = clean_cache[raw]
  if c then return c end
  local w, cut = raw, 0
  if w:match "^\226\128[\128-\191]" then w = w:sub(4); cut = 3 end
  w = w:gsub("\226\128[\128-\191]$", "")
  w = w:gsub("[%.'%-]+$", "")
  w = w:gsub("'s$", ""):gsub("\226\128\153s$", "")
  c = { w = w, lw = w:lower(), cut = cut }
  if clean_count >= 10000 then clean_cache, clean_count = {}, 0 end
  clean_cache[raw] = c
  clean_count = clean_count + 1
  return c
end

-- Words of a name: letters, digits, inner dots, ampersands, apostrophes,
-- hyphens (see clean).
local function words(s)
  local out = {}
  for pos, raw in s:gmatch "()([%w\128-\255&][%w\128-\255&%.'%-]*)" do
    local c = clean(raw)
    local w = c.w
    if w ~= "" then
      local start = pos + c.cut
      out[#out + 1] = { w = w, lw = c.lw, s = start, e = start + #w - 1 }
    end
  end
  return out
end

local function build()
  index = {}
  for _, entry in ipairs(data) do
    local name = entry[1]
    for k = 1, #entry do
      local ws = words(entry[k])
      if #ws > 1 and ws[1].lw == "the" then table.remove(ws, 1) end
      if #ws > 0 then
        local alias = { name = name, n = #ws, generic = entry.generic or false, w = {}, exact = {} }
        for j, t in ipairs(ws) do
          alias.w[j] = t.lw
          -- short all-capital aliases must match in capitals ("AP", "NHK")
          if #t.w <= 4 and not t.w:find "%l" and t.w:find "%u" then alias.exact[j] = t.w end
        end
        local list = index[ws[1].lw]
        if not list then list = {}; index[ws[1].lw] = list end
        list[#list + 1] = alias
      end
    end
  end
  for _, list in pairs(index) do
    table.sort(list, function(x, y) return x.n > y.n end)
  end
end

--- reset() forgets the index, so changes to data.outlets made after the
-- first look-up take effect.
function M.reset() index = nil end

-- A generic name ("Wire", "Sun", "The National") counts only when written
-- as a name: capitalised, and not the tail of a longer capitalised run
-- ("Example Wire", "Posted Sun").
local function generic_ok(ws, i, n, s)
  for j = i, i + n - 1 do
    if not ws[j].w:find "^[%u%d]" then return false end
  end
  local prev = ws[i - 1]
  if prev and prev.lw ~= "the" and prev.w:find "^%u" and
      not s:sub(prev.e + 1, ws[i].s - 1):find "[^ ]" then
    return false
  end
  return true
end

local function match_at(ws, i, allow_generic, s)
  local list = index[ws[i].lw]
  if not list then return nil end
  for _, alias in ipairs(list) do
    if (allow_generic or not alias.generic) and i + alias.n - 1 <= #ws and
        (not alias.generic or generic_ok(ws, i, alias.n, s)) then
      local ok = true
      for j = 1, alias.n do
        local t = ws[i + j - 1]
        if t.lw ~= alias.w[j] or (alias.exact[j] and t.w ~= alias.exact[j]) then
          ok = false
          break
        end
      end
      if ok then return alias end
    end
  end
  return nil
end

--- find_all(s [, allow_generic]) -> array of { name, start, stop, generic }
-- for every outlet named in s, longest alias first, in text order. Names
-- marked generic in the data are skipped unless allow_generic is true.
function M.find_all(s, allow_generic)
  if not index then build() end
  if #s > M.MAX_BYTES then s = s:sub(1, M.MAX_BYTES) end
  local ws = words(s)
  local out, i = {}, 1
  while i <= #ws do
    local alias = match_at(ws, i, allow_generic, s)
    local from = i
    if not alias and ws[i].lw == "the" and i < #ws then
      alias = match_at(ws, i + 1, allow_generic, s)
      if alias then from = i; i = i + 1 end
    end
    if alias then
      out[#out + 1] = { name = alias.name, start = ws[from].s, stop = ws[i + alias.n - 1].e,
        generic = alias.generic }
      i = i + alias.n
    else
      i = i + 1
    end
  end
  return out
end

--- find(s [, allow_generic]) -> the first outlet named in s, or nil.
function M.find(s, allow_generic)
  local all = M.find_all(s, allow_generic)
  return all[1]
end

-- The first word of a line as an index key (remembered per word).
local key_cache, key_count = {}, 0
local function first_key(w)
  local k = key_cache[w]
  if k then return k end
  k = w:lower():gsub("[%.'%-]+$", ""):gsub("'s$", ""):gsub("\226\128\153s?$", "")
  if key_count >= 10000 then key_cache, key_count = {}, 0 end
  key_cache[w] = k
  key_count = key_count + 1
  return k
end

--- starts_with(s) -> true when the first word of s (or the one after a
-- leading "The") begins some outlet name: a cheap test to run before
-- find() on many lines.
function M.starts_with(s)
  if not index then build() end
  local w1, w2 = s:match "^[^%w\128-\255]*([%w\128-\255&][%w\128-\255&%.'%-]*)%s*([%w\128-\255&]*)"
  if not w1 then return false end
  w1 = first_key(w1)
  if index[w1] then return true end
  return w1 == "the" and w2 ~= nil and index[w2:lower()] ~= nil
end

--- lookup(s) -> canonical name when the whole of s (trimmed, an optional
-- leading "The") is one known outlet name; nil otherwise.
function M.lookup(s)
  if #s > 120 then return nil end
  local all = M.find_all(s, true)
  if #all ~= 1 then return nil end
  local before = s:sub(1, all[1].start - 1)
  local after = s:sub(all[1].stop + 1)
  if before:find "%w" or after:find "[%w\128-\255]" then return nil end
  return all[1].name
end

return M
