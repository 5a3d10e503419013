-- rules/10_boilerplate.lua: remove the lines a scraper kept that are not
-- the article (menus, breadcrumbs, icon names, buttons, bylines and time
-- stamps, credits, subscription pitches, "related" lists, site footers).
--
-- jusText's idea carried over to plain-text lines. Each line is one of:
--   junk - a shape no article sentence has: CamelCase icon names glued
--          together; items between separators (| > »); only menu words
--          ("print PRINT", "Share this article", "Tags: ..."); a call to
--          action ("Read more:"); a date/time stamp; a byline or a credit;
--          a bare link or URL slug; a long run of capitalised words with
--          no punctuation (keyword spam); pitch vocabulary with "you"/"us"
--          said to the reader (outside quotes); a copy of an earlier line;
--          a template repeated with other numbers; a short non-sentence
--          seen in 3+ articles of this run (line.repeats).
--   weak - no proof alone: a 1-3 word label, a bulleted short item, a
--          headline-shaped line, an outlet talking about itself, some pitch
--          words.
--   body - prose: 8+ words, dense in function words, ends a sentence.
-- Context decides the weak lines (jusText's neighbour pass): above the
-- first body line they are section labels and kickers (a headline there is
-- the title and stays); below the last body line they go when that footer
-- holds real page furniture (or they are a bulleted tag list); in between,
-- a weak line goes only with junk on both sides, or as the headline right
-- after a "Read more:" link intro. A line that is neither junk nor weak is
-- never removed, so a cut-off last sentence or a crosshead stays.
-- Why each signal: page chrome is short, capitalised, repeated and thin in
-- function words; prose is not. Words are weighed through lib/lexicon.lua
-- (site-chrome vocabulary, never the phrases of particular pages).
--
-- The verdicts are left in a.data.boilerplate (verdict[i] = kind for each
-- removed line, first_body, last_body, linked) for the metadata rule, which
-- still reads removed lines: a byline is junk in the text but names the
-- outlet. Only the lines lib/lines.lua reads are judged (bounded work).

local text = require "lib.text"
local dates = require "lib.dates"
local lex = require "lib.lexicon"
local outlets = require "lib.outlets"
local lines = require "lib.lines"

local ui_words, junk_words, cta_leads = lex.ui_words, lex.junk_words, lex.cta_leads
local credit_words, credit_leads = lex.credit_words, lex.credit_leads

-- Kinds of junk that prove a page footer exists (a copied line does not).
local furniture = {
  ["no words"] = true, ["icon names"] = true, menu = true, breadcrumb = true,
  ["page furniture"] = true, ["call to action"] = true, ["notice or pitch"] = true,
  ["keyword spam"] = true, ["link or slug"] = true, ["photo credit"] = true,
  ["credit line"] = true, ["repeated template"] = true, ["date line"] = true,
  ["repeated across articles"] = true, ["bullet list"] = true,
}

-- Junk that introduces links to other stories.
local link_intros = { ["call to action"] = true, ["page furniture"] = true }

-- A token as lower_words gives it: no punctuation around, lower case,
-- straight apostrophes.
local lower_core = text.memo(function(tok)
  return (text.core(tok):lower():gsub("\226\128\153", "'"))
end)

local function lower_words(s, max)
  local out = {}
  for w in s:gmatch "%S+" do
    w = lower_core(w)
    if w ~= "" then out[#out + 1] = w end
    if #out >= max then break end
  end
  return out
end

-- Every function-word-free word is a menu word ("Share this article").
local function only_ui(ws, sh)
  if sh.words == 0 or sh.words > 6 or sh.sentence then return false end
  local content = 0
  for _, w in ipairs(ws) do
    if w:find "%a" and not lex.stop_words[w] then
      if not ui_words[w] then return false end
      content = content + 1
    end
  end
  return content > 0
end

-- "print PRINT": the same word twice in different case is a button label.
local function doubled(s)
  local x, y = s:match "^(%a+) (%a+)$"
  return x ~= nil and x ~= y and x:lower() == y:lower()
end

local function cta(ws, sh)
  if sh.words > 25 or #ws == 0 then return false end
  return cta_leads[(ws[1] or "") .. "_" .. (ws[2] or "")] ~= nil
end

-- Pitch vocabulary, and who the line talks to.
local function pitch_score(s, sh)
  if sh.pitch then return sh.pitch end -- asked by both verdicts: count once
  local score, seen = 0, {}
  for _, w in ipairs(text.junk_words(s)) do
    if not seen[w] then score = score + junk_words[w]; seen[w] = true end
  end
  if s:find "\194\169" then score = score + 2 end -- ©
  if not sh.quote then
    if sh.you > 0 then score = score + 1 end
    if sh.we > 0 then score = score + 1 end
    if sh.excl > 0 then score = score + 1 end
  end
  sh.pitch = score
  return score
end

local function is_link(s, sh)
  if sh.tokens == 1 and (s:find "^https?://" or s:find "^www%." or
      s:find "^[%w%-]+%.[%w%-%.]*%a%a/?[%w%-%./]*$") then
    return true
  end
  -- an URL slug or an ID: no capital letter at all, several tokens that
  -- mix letters and digits ("2023 04 02t075529z 1 lynxmpej3102e ...")
  return sh.caps == 0 and sh.mixed >= 2
end

local function credit(s, ws, sh)
  if #ws == 0 then return nil end
  local first = ws[1]:gsub("s$", "")
  if credit_words[first] and sh.words <= 8 and s:find "^%S+ ?:" then return "photo credit" end
  if credit_leads[ws[1]] and sh.words <= 30 then
    for k = 2, math.min(#ws, 4) do
      if ws[k] == "by" then return "credit line" end
    end
  end
  return nil
end

-- "By Jane Doe", "By Jane Doe and John Roe in Tokyo", "JANE DOE, Nikkei staff
-- writer | Japan": names in capitals with few small words between.
local role_words = { staff = true, writer = true, writers = true, reporter = true,
  reporters = true, correspondent = true, correspondents = true, editor = true,
  contributor = true, columnist = true, bureau = true, chief = true }
local function byline(s, ws, sh)
  -- both verdicts below need 10 words at most
  if sh.words > 10 or sh.breaks > 0 then return false end
  local roles, small, names = 0, 0, 0
  for _, w in ipairs(ws) do
    if role_words[w] then roles = roles + 1
    elseif lex.stop_words[w] then small = small + 1
    end
  end
  for tok in s:gmatch "%S+" do
    local w = text.core(tok)
    if w:find "^%u" then names = names + 1 end
  end
  if ws[1] == "by" and sh.words <= 10 and s:find "^[Bb][Yy] %u" then
    -- every word after "By" is a name or a small word
    return names + small >= sh.words - 1 and sh.lower <= small + 1
  end
  return roles > 0 and sh.words <= 10 and not sh.sentence
end

local bullets = { ["\226\128\162"] = true, ["\194\183"] = true, ["\226\128\147"] = true,
  ["\226\128\148"] = true, ["-"] = true, ["*"] = true, ["\226\150\170"] = true }
local function bulleted(s)
  local c = s:byte(1) -- every bullet starts with E2, C2, "-" or "*"
  if c ~= 0xE2 and c ~= 0xC2 and c ~= 45 and c ~= 42 then return false end
  local b = s:match "^(\226\128[\146-\162]) " or s:match "^([%-%*]) " or
    s:match "^(\194\183) " or s:match "^(\226\150\170) "
  return b ~= nil and bullets[b] ~= nil
end

-- A date or time stamp: a full date (or "6 minutes ago") and at most three
-- other words ("Updated", a place, an author's name).
local function date_line(s, sh)
  if sh.words > 10 or sh.bytes > 160 then return false end
  -- every full date has a four-digit year: without one, no need to look
  if not s:find "%d%d%d%d" then return false end
  local residue, full = dates.residue_words(s)
  return full > 0 and residue <= 3
end

-- The junk verdict of one line, or nil.
local function junk_kind(s, sh, rec, corpus)
  if not sh then return nil end
  if sh.words == 0 then
    if sh.numbers == 0 or sh.seps > 0 then return "no words" end
    return nil
  end
  if sh.camel >= 3 and sh.camel * 10 >= sh.words * 3 then return "icon names" end
  if date_line(s, sh) then return "date line" end
  -- the first words in lower case, read once for the tests below (all of
  -- a short line's for byline and only_ui; credit and cta need 4)
  local ws = lower_words(s, sh.words <= 10 and 14 or 4)
  local c = credit(s, ws, sh)
  if c then return c end
  if byline(s, ws, sh) then return "byline" end
  if sh.seps >= 2 and sh.words <= (sh.seps + 1) * 4 and not sh.sentence then return "menu" end
  if sh.seps >= 1 and sh.words <= 10 and not sh.sentence then return "breadcrumb" end
  if doubled(s) or only_ui(ws, sh) then return "page furniture" end
  -- "Tags: ...; ...", "Topics: ...": a furniture word introducing a list
  local lead = s:match "^(%a+) ?:"
  if lead and ui_words[lead:lower()] and not credit_words[lead:lower()] and
      not sh.sentence and sh.words <= 30 then
    return "page furniture"
  end
  if cta(ws, sh) then return "call to action" end
  if is_link(s, sh) then return "link or slug" end
  local p = sh.bytes <= 600 and pitch_score(s, sh) or 0
  if p >= 3 or (p >= 2 and (sh.words < 15 or not text.is_prose(sh))) then
    return "notice or pitch"
  end
  -- titles and tags run together: longer than any headline, no comma, no
  -- full stop, mostly capitals, thin in function words or shouting
  if sh.words >= 20 and sh.commas == 0 and not s:find "%. " and not sh.sentence and
      sh.cap_ratio >= 0.6 and (sh.stop_ratio < 0.2 or sh.camel > 0 or sh.allcaps >= 2) then
    return "keyword spam"
  end
  -- a sentence shared with other articles is syndicated text, not chrome
  if corpus and rec.repeats >= 2 and not sh.sentence and sh.words <= 12 then
    return "repeated across articles"
  end
  return nil
end

local attribution = { said = true, says = true, reported = true, reports = true,
  told = true, according = true, quoted = true, cited = true }

-- The weak verdict of one line, or nil. A headline shape is tested before
-- the outlet and pitch words, so a title above the story ("Reuters
-- journalist freed", "Leaders back free trade") is never taken for chrome.
local function weak_kind(s, sh)
  if not sh or sh.words == 0 then return nil end
  if bulleted(s) and sh.words <= 6 then return "bullet list" end
  local opens_quote = s:find "^[\"'\226]" and text.has_quote(s:sub(1, 4))
  if sh.words <= 3 and (not sh.sentence or sh.last == ":") and not opens_quote then
    return "label"
  end
  if text.is_headline(sh, s) then return "headline" end
  if sh.bytes < 200 then
    local first = outlets.starts_with(s) and outlets.find(s:sub(1, 60))
    if first and first.start <= 5 then
      local told = false
      for _, w in ipairs(lower_words(s, 40)) do
        if attribution[w] then told = true; break end
      end
      if not told then return "outlet about itself" end
    end
  end
  local p = sh.bytes <= 600 and pitch_score(s, sh) or 0
  if p >= 2 then return "pitch words" end
  if sh.words <= 12 and not sh.quote and (sh.we > 0 or sh.you > 0) then return "pitch words" end
  return nil
end

local function judge(rec, corpus)
  local s, sh = rec.text, rec.shape
  -- the scraper's "date YYYY-MM-DD" prefix: judge what is glued after it
  local y, _, _, rest = text.split_date_prefix(s)
  if y then
    rec.prefixed = true
    if rest == "" then return "junk", "date prefix" end
    s, sh = rest, text.shape(rest)
  end
  local j = junk_kind(s, sh, rec, corpus)
  if j then return "junk", j end
  local w = weak_kind(s, sh)
  if w then return "weak", w end
  if text.is_prose(sh) then return "body" end
  return "other"
end

-- Give every item of a run of bulleted lines (blank lines between are
-- fine) the word count of the run's longest item, so a list is judged
-- whole: tags ("• Trade", "• Summit") go, a list of points stays.
local function mark_lists(ordered)
  local k = 1
  while k <= #ordered do
    if ordered[k].kind == "bullet list" then
      local j, longest = k, 0
      while ordered[j] and (ordered[j].blank or ordered[j].kind == "bullet list") do
        if not ordered[j].blank then longest = math.max(longest, ordered[j].shape.words) end
        j = j + 1
      end
      for m = k, j - 1 do ordered[m].list_words = longest end
      k = j
    else
      k = k + 1
    end
  end
end

-- Pass 1: a class (junk, weak, body, other) and a kind for every line;
-- copies of an earlier line and lines of one repeated template are junk.
local function classify(scan, corpus)
  local ordered, seen, masks = {}, {}, {}
  for rec in lines.each(scan) do
    ordered[#ordered + 1] = rec
    if not rec.blank and not rec.removed then
      rec.class, rec.kind = judge(rec, corpus)
      local sh = rec.shape
      if sh and sh.words >= 2 then
        local first = seen[rec.text]
        if first then
          rec.class, rec.kind, rec.copy_of = "junk", "duplicate", first
        else
          seen[rec.text] = rec.index
        end
        if not sh.plain and rec.text:find "%d" and not text.is_prose(sh) then
          rec.mask = text.digit_mask(rec.text)
          masks[rec.mask] = (masks[rec.mask] or 0) + 1
        end
      end
    end
  end
  for _, rec in ipairs(ordered) do
    if rec.mask and masks[rec.mask] >= 3 and rec.class ~= "junk" then
      rec.class, rec.kind = "junk", "repeated template"
    end
  end
  mark_lists(ordered)
  return ordered
end

-- Pass 2: the story runs from the first body line to the last; is there
-- real page furniture below it?
local function zones(ordered)
  local first, last
  for k, rec in ipairs(ordered) do
    if rec.class == "body" then
      first = first or k
      last = k
    end
  end
  first, last = first or #ordered + 1, last or #ordered
  local furnished = false
  for k = last + 1, #ordered do
    local rec = ordered[k]
    if rec.class == "junk" and furniture[rec.kind] then furnished = true end
  end
  return first, last, furnished
end

-- The nearest non-blank, non-weak line before (step -1) or after (+1) k.
local function neighbour(ordered, k, step)
  k = k + step
  while ordered[k] and (ordered[k].blank or ordered[k].class == "weak") do k = k + step end
  return ordered[k]
end

-- Pass 3: why line k goes, or nil when it stays.
local function decide(ordered, k, first, last, furnished)
  local rec = ordered[k]
  if rec.class == "junk" then
    return rec.copy_of and ("duplicate of line " .. rec.copy_of) or rec.kind
  end
  if rec.class ~= "weak" then return nil end
  if k < first then
    -- above the story a headline is the title or a deck: it stays
    if rec.kind == "headline" then return nil end
    return rec.kind == "label" and "section label" or rec.kind
  end
  if k > last then
    -- a list of one-to-three word items after the story is a tag list
    if furnished or (rec.kind == "bullet list" and rec.list_words <= 3) then
      return "page footer: " .. rec.kind
    end
    return nil
  end
  local before, after = neighbour(ordered, k, -1), neighbour(ordered, k, 1)
  if before and after and before.class == "junk" and after.class == "junk" then
    return rec.kind .. " between junk lines"
  end
  if rec.kind == "headline" and before and link_intros[before.kind] then
    -- "Read more:" or "RELATED COVERAGE" and then a story's title: a link
    return "linked headline", true
  end
  return nil
end

local function run(a)
  local scan = lines.get(a)
  local ordered = classify(scan, a.corpus_size >= 4)
  local first, last, furnished = zones(ordered)
  local verdict, linked = {}, {}
  for k, rec in ipairs(ordered) do
    local why, is_link = decide(ordered, k, first, last, furnished)
    if why then
      a:remove_line(rec.index, why)
      rec.removed = true
      verdict[rec.index] = rec.kind
      if is_link then linked[#linked + 1] = rec.index end
    end
  end
  a.data.boilerplate = {
    verdict = verdict, -- line index -> kind, for every removed line
    first_body = ordered[first] and ordered[first].index or nil,
    last_body = ordered[last] and ordered[last].index or nil,
    -- titles of other stories linked from this one: the text below each
    -- may be that other story (later rules may weigh it less)
    linked = linked,
  }
end

return {
  name = "boilerplate",
  description = "remove menus, labels, bylines, stamps, credits, pitches and footers by line shape",
  article = run,
}
