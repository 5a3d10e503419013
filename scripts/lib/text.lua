-- lib/text.lua: the shape of one line of text, for jusText-style scoring,
-- and the small text tests the boilerplate and metadata rules share.
--
-- shape(s) measures what tells prose from page furniture without knowing
-- the words: length, how many words start with a capital, the density of
-- function words, glued CamelCase tokens (icon names run together),
-- separators between menu items, the final punctuation, quotation marks,
-- reader-directed pronouns. The measuring is parley.shape, in C
-- (core/shape.c): it is called for every line of every article and was
-- most of the rules' time when written in Lua. Lines longer than 2000
-- bytes are not measured (prose or hostile, and either way not
-- boilerplate to score), and word counts come from the first 320 bytes, so
-- the cost of a line is bounded whatever the input.

local lpeg = lpeg or require "lpeg"
local parley = parley or require "parley"
local lex = require "lib.lexicon"

local P, R, S, C, Ct = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Ct

local M = {}

local stop_words = lex.stop_words

-- Closing quotes and brackets that may follow a sentence's final stop.
local closers = { ['"'] = true, ["'"] = true, [")"] = true, ["]"] = true,
  ["\u{201D}"] = true, ["\u{2019}"] = true, ["\u{00BB}"] = true }

local quote_marks = { '"', "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2018}" }

--- last_char(s) -> the last character of s that is not a closing quote,
-- bracket or space ("." for 'said “yes.”'); "" if there is none.
function M.last_char(s)
  local i = #s
  while i > 0 do
    local c = s:sub(i, i)
    if c == " " or closers[c] then
      i = i - 1
    elseif s:byte(i) >= 0x80 then
      -- step back over one UTF-8 character and test it as a whole
      local j = i
      while j > 1 and s:byte(j) >= 0x80 and s:byte(j) < 0xC0 do j = j - 1 end
      local ch = s:sub(j, i)
      if closers[ch] then i = j - 1 else return ch end
    else
      return c
    end
  end
  return ""
end

--- ends_sentence(s) -> true when s ends like a sentence (. ! ? …), maybe
-- inside closing quotes or brackets.
function M.ends_sentence(s)
  local c = M.last_char(s)
  return c == "." or c == "!" or c == "?" or c == "\u{2026}"
end

--- has_quote(s) -> true when s holds a quotation mark (straight double,
-- curly, guillemets, or a single quote opening a word). Apostrophes inside
-- words ("don't", "Japan’s") do not count.
function M.has_quote(s)
  for _, q in ipairs(quote_marks) do
    if s:find(q, 1, true) then return true end
  end
  return s:find "^'" ~= nil or s:find(" '", 1, true) ~= nil
end

--- core(token) -> the token without leading and trailing punctuation;
-- inner apostrophes, hyphens and dots stay ("U.S", "Japan’s", "Ant-Man").
local function core(tok)
  local w = tok:match "^[^%w\195-\223\227-\244]*(.-)[^%w\128-\255]*$"
  -- trailing UTF-8 punctuation (curly quotes, dashes) starts with E2 or C2
  if w:find "[\194\226][\128-\191]+$" then
    w = w:gsub("\226[\128-\191][\128-\191]$", ""):gsub("\194[\128-\191]$", "")
  end
  return w
end

--- memo(fn [, max]) -> fn remembering its result for each string argument:
-- the rules call the same word functions on the same tokens line after
-- line. The memory is forgotten whenever it holds max (10000) entries.
function M.memo(fn, max)
  max = max or 10000
  local seen, n = {}, 0
  return function(s)
    local v = seen[s]
    if v == nil then
      v = fn(s)
      if n >= max then seen, n = {}, 0 end
      seen[s] = v
      n = n + 1
    end
    return v
  end
end

M.core = M.memo(core)

-- ---- pitch words --------------------------------------------------------

local alpha, digit = R("AZ", "az"), R "09"

-- Pitch words (lib.lexicon junk_words) in a lower-cased line. A word is a
-- run of letters, digits, apostrophes and hyphens ("sign-up" stays whole);
-- the pattern tries the pitch words at the start of each word as a trie
-- (one LPeg choice per letter, so a word that is none of them costs a few
-- byte tests and no Lua string) and captures a word only when the whole
-- of it is one. The words are those of lib.lexicon when this module loads.
local word_byte = alpha + digit + S "'-"
local rsquo = P "\226\128\153"
local word_ch = word_byte + rsquo
local word_end = -word_ch
-- runs of word characters and of others, as charset spans where possible
local skip_word = (word_byte ^ 1 + rsquo) ^ 1
local skip_other = ((1 - word_byte - P "\226") ^ 1 + (P "\226" - rsquo)) ^ 1

-- [words] -> pattern matching exactly one of them (all non-empty suffixes
-- of the words of one trie node), then the end of the word.
local function trie(words)
  local children, order, ends = {}, {}, false
  for _, w in ipairs(words) do
    if w == "" then
      ends = true
    else
      local c = w:sub(1, 1)
      if not children[c] then children[c] = {}; order[#order + 1] = c end
      local list = children[c]
      list[#list + 1] = w:sub(2)
    end
  end
  table.sort(order)
  local p = ends and word_end or nil
  -- longer words first: "subscriber" is tried before "subscribe" ends
  for k = #order, 1, -1 do
    local c = order[k]
    p = p and P(c) * trie(children[c]) + p or P(c) * trie(children[c])
  end
  return p
end

local junk_list = {}
local whole_word = word_ch ^ 1 * -1
for w in pairs(lex.junk_words) do
  -- a key that is not one word can never be found as one
  if type(w) == "string" and whole_word:match(w) then junk_list[#junk_list + 1] = w end
end
local junk = #junk_list > 0 and C(trie(junk_list)) or P(false)
local find_junk = Ct((junk + skip_word + skip_other) ^ 0)

--- junk_words(s) -> array of the pitch or notice words of lib.lexicon's
-- junk_words that s contains (lower case, with repeats).
function M.junk_words(s)
  return find_junk:match(s:lower())
end

-- ---- shape -----------------------------------------------------------------

--- shape(s) -> table of features of the line s, or nil when s is longer
-- than 2000 bytes. Fields (exact definitions in core/shape.h):
--   bytes, tokens, words (tokens holding a letter), caps (words starting
--   with an ASCII capital), lower, allcaps (two capitals or more, no small
--   letter), stops (function words), camel (a lower-to-upper change inside
--   a word, "FacebookIcon"), mixed (letters and digits interleaved,
--   "lynx3102e"), numbers, seps (stand-alone separators | > » /), commas,
--   excl ("!"), you / we (reader- and site-directed pronouns), quote,
--   breaks ("said. The" sentence breaks inside), last (last meaningful
--   character), sentence (ends like one), stop_ratio, cap_ratio (share of
--   capitalised non-function words), plain (running text: allcaps, camel,
--   mixed, numbers and seps were not counted and are 0), sampled.
-- The table is new at each call; callers may add their own fields to it.
-- Function words are lib.lexicon's stop_words as they are at the first
-- call: C keeps its own copy of the set, and words added to the lexicon
-- later count only after reset().
local words -- the copy of stop_words handed to parley.shape, made on first use
local measure = parley.shape

function M.shape(s)
  if not words then
    words = {}
    for w, v in pairs(stop_words) do words[w] = v end
  end
  return measure(s, words)
end

--- reset() makes changes to lib.lexicon's stop_words made after the first
-- shape() call take effect (as lib.outlets' reset does for outlets).
function M.reset() words = nil end

--- is_prose(sh) -> true when the shape is that of running text: enough
-- words, a healthy share of function words, and a sentence ending or the
-- length of a paragraph (jusText's "good" class, tuned for lines). A line
-- too long to measure (sh == nil) counts as prose.
function M.is_prose(sh)
  if not sh then return true end
  if sh.words < 8 or sh.stop_ratio < 0.18 then return false end
  return sh.sentence or sh.bytes >= 150 or (sh.words >= 12 and sh.stop_ratio >= 0.3)
end

--- is_headline(sh, s [, loose]) -> true for a line shaped like a headline:
-- 4 to 30 words, starts with a capital, no sentence ending (a final "?" or
-- "!" is fine), one sentence at most, not shouting in capitals, no menu
-- separators or glued icon names. loose drops the capital-first test (for
-- a line whose position already says "title", right above a date line).
function M.is_headline(sh, s, loose)
  if not sh or sh.words < 4 or sh.words > 30 or sh.bytes > 300 then return false end
  if sh.last == "." or sh.last == ":" or sh.last == "," or sh.last == ";" then return false end
  if sh.breaks > 0 or sh.allcaps >= sh.words - 1 then return false end
  if sh.mixed > 1 or sh.camel > 2 or sh.seps > 0 then return false end
  if loose then return true end
  local first = s:match "^[\"'\226\128\156\152%(%[]*(.)"
  return first ~= nil and (first:find "[%u%d]" ~= nil or first:byte() >= 0xC3)
end

--- digit_mask(s) -> s with every run of digits replaced by "#", so lines
-- of one template ("VOL. 18, No. 07 ...") compare equal.
function M.digit_mask(s)
  return (s:gsub("%d+", "#"))
end

--- split_date_prefix(s) -> year, month, day, rest when s starts with the
-- scraper prefix "date YYYY-MM-DD" (leading space already trimmed), rest
-- being the text glued after it ("" if none); nil otherwise.
function M.split_date_prefix(s)
  if s:byte(1) ~= 100 then return nil end -- "d": most lines, at once
  local y, m, d, rest = s:match "^date (%d%d%d%d)%-(%d%d)%-(%d%d)%f[^%d] ?(.*)$"
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(d), rest
end

return M
