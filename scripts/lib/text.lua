-- lib/text.lua: the shape of one line of text, for jusText-style scoring.
--
-- shape(s) measures what tells prose from page furniture without knowing
-- the words: length, how many words start with a capital, the density of
-- function words, glued CamelCase tokens (icon names run together),
-- separators between menu items, the final punctuation, quotation marks,
-- reader-directed pronouns. Lines longer than MAX_LINE bytes are not
-- measured (prose or hostile, and either way not boilerplate to score),
-- and word counts come from the first SAMPLE bytes, so the cost of a line
-- is bounded whatever the input.

local lpeg = lpeg or require "lpeg"
local lex = require "lib.lexicon"

local P, R, S, C, Cc, Ct = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cc, lpeg.Ct

local M = {}

-- Lines longer than this are not measured (shape() returns nil).
M.MAX_LINE = 2000
-- Word statistics of a long line come from its first SAMPLE bytes: what
-- matters is decided within a few hundred bytes (menus, labels, headlines
-- are short; a long line is prose or spam either way).
M.SAMPLE = 320

local stop_words = lex.stop_words

-- Closing quotes and brackets that may follow a sentence's final stop.
local closers = { ['"'] = true, ["'"] = true, [")"] = true, ["]"] = true,
  ["\u{201D}"] = true, ["\u{2019}"] = true, ["\u{00BB}"] = true }

local quote_marks = { '"', "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2018}" }

local pronoun_you = { you = true, your = true, yours = true, ["you're"] = true,
  ["you'll"] = true, ["you've"] = true, ["you'd"] = true, yourself = true }
local pronoun_we = { we = true, our = true, us = true, ours = true, ["we're"] = true,
  ["we'll"] = true, ["we've"] = true, ourselves = true }

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
function M.core(tok)
  local w = tok:match "^[^%w\195-\223\227-\244]*(.-)[^%w\128-\255]*$"
  -- trailing UTF-8 punctuation (curly quotes, dashes) starts with E2 or C2
  if w:find "[\194\226][\128-\191]+$" then
    w = w:gsub("\226[\128-\191][\128-\191]$", ""):gsub("\194[\128-\191]$", "")
  end
  return w
end

-- ---- counting patterns, compiled once --------------------------------------
-- Each scans a line inside LPeg and yields one capture per token of its
-- kind; the count is the length of the capture table.

local space = S " \t"
local nonspace = 1 - space
local tok = nonspace ^ 1
local upper, lower, digit = R "AZ", R "az", R "09"
local alpha = upper + lower
-- a letter: ASCII, or a UTF-8 sequence outside the punctuation lead bytes
-- C2 and E2 (Latin-1 signs, dashes, quotes, bullets)
local cont = R "\128\191"
local letter = alpha + R "\195\223" * cont + R "\227\239" * cont * cont +
  R "\240\244" * cont * cont * cont
local punct = nonspace - letter - digit -- one byte of punctuation
local lead = punct ^ 0
local token_end = #space + -P(1)

local function counter(kind)
  return Ct((space ^ 0 * (kind * Cc(true) + tok)) ^ 0)
end
local function has(p) return #((nonspace - p) ^ 0 * p) * tok end

local count_words = counter(has(letter))
local count_caps = counter(lead * upper * tok ^ -1)
local count_lower = counter(lead * lower * tok ^ -1)
local count_allcaps = counter(lead * upper * punct ^ 0 * upper * (upper + punct) ^ 0 * token_end)
local count_camel = counter(has(lower * upper))
local count_mixed = counter(has(alpha * digit ^ 1 * alpha + digit * alpha ^ 1 * digit))
local count_numbers = counter(lead * digit * (digit + S ".,:/-") ^ 0 * punct ^ 0 * token_end)
-- | > >> / < :: » › • · ▸ ► standing alone; the first token is skipped, as
-- a leading bullet marks a list item and separates nothing
local sep_token = (P ">>" + P "::" + S "|></" + P "\194\187" + P "\226\128\186" +
  P "\226\128\162" + P "\194\183" + P "\226\150\184" + P "\226\150\186") * token_end
local count_seps = space ^ 0 * tok * Ct((space ^ 1 * (sep_token * Cc(true) + tok)) ^ 0)

local function n(p, s) return #p:match(s) end

-- Pitch words (lib.lexicon junk_words) in a lower-cased line: each capture
-- is the word itself, so the caller can weigh each distinct word once.
-- Hyphenated words stay whole ("sign-up").
local word_ch = alpha + digit + P "'" + P "\226\128\153" + P "-"
local junk_keys = {}
for w in pairs(lex.junk_words) do junk_keys[w] = w end
local find_junk = Ct((C(word_ch ^ 1) / junk_keys + (1 - word_ch) ^ 1) ^ 0)

--- junk_words(s) -> array of the pitch or notice words of lib.lexicon's
-- junk_words that s contains (lower case, with repeats).
function M.junk_words(s)
  return find_junk:match(s:lower())
end

-- ---- shape -----------------------------------------------------------------

--- shape(s) -> table of features of the line s, or nil when s is longer
-- than MAX_LINE. Fields:
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
function M.shape(s)
  if #s > M.MAX_LINE then return nil end
  local full, sampled = s, false
  if #s > M.SAMPLE then
    -- cut at a space so the last sampled word is whole
    local cut = s:find(" ", M.SAMPLE, true) or #s
    if cut < #s then s = s:sub(1, cut - 1); sampled = true end
  end
  local tokens = 0
  for _ in s:gmatch "%S+" do tokens = tokens + 1 end
  local words, caps = n(count_words, s), n(count_caps, s)
  -- function words through a Lua loop and a table look-up (faster here than
  -- an LPeg capture per word); pronouns are function words and are counted
  -- in the same loop, as written: "US", the country, is not "us"
  local stops, you, we = 0, 0, 0
  for at, w in s:lower():gmatch "()([%a'\226\128\153%-]+)" do
    if stop_words[w] then
      stops = stops + 1
      if pronoun_you[w] then
        you = you + 1
      elseif pronoun_we[w] and (w ~= "us" or s:sub(at, at + 1) ~= "US") then
        we = we + 1
      end
    end
  end
  local last = M.last_char(full)
  local sentence = last == "." or last == "!" or last == "?" or last == "\u{2026}"
  local lower_n, allcaps, camel, mixed, numbers, seps = words - caps, 0, 0, 0, 0, 0
  local plain = words >= 12 and stops >= 0.3 * words and sentence
  if not plain then
    -- running text skips these: the counts that find menus, icon names,
    -- slugs and spam cannot fire on it, and they are half the cost
    lower_n, allcaps = n(count_lower, s), n(count_allcaps, s)
    camel, mixed = n(count_camel, s), n(count_mixed, s)
    numbers, seps = n(count_numbers, s), #(count_seps:match(s) or {})
  end
  local _, commas = s:gsub(",", "")
  local _, excl = s:gsub("!", "")
  -- a stop after two lower-case letters or digits, then a capital: "said.
  -- The" counts, "Mr. Abe" and "U.S. President" do not (anchored on the
  -- rare stop, then the two characters before it are checked)
  local breaks = 0
  for at in s:gmatch "()[%.!?][\"'\226\128\157]* +[%u\"\226%(]" do
    if at > 2 and s:find("^[%l%d][%l%d]", at - 2) then breaks = breaks + 1 end
  end
  -- "there is no comma" must hold for the whole line
  if sampled and commas == 0 and full:find(",", 1, true) then commas = 1 end
  local content = words - stops
  return {
    bytes = #full, sampled = sampled, tokens = tokens, words = words, caps = caps,
    lower = lower_n, allcaps = allcaps, stops = stops, camel = camel, mixed = mixed,
    numbers = numbers, seps = seps, commas = commas, excl = excl, you = you, we = we,
    breaks = breaks, quote = M.has_quote(full), last = last, sentence = sentence,
    plain = plain, stop_ratio = words > 0 and stops / words or 0,
    cap_ratio = content > 0 and caps / content or 0,
  }
end

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
  local y, m, d, rest = s:match "^date (%d%d%d%d)%-(%d%d)%-(%d%d)%f[^%d] ?(.*)$"
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(d), rest
end

return M
