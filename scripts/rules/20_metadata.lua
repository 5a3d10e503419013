-- rules/20_metadata.lua: title, source, publication date and dateline,
-- read from the layout of the text. It runs after rules/10_boilerplate.lua
-- and also reads the lines that rule removed: a byline is junk in the text
-- but it names the outlet and the date.
--
-- Text is read from the top HEAD lines and the last TAIL lines only; in
-- between, only the boilerplate rule's verdicts are consulted (to find the
-- end of a story that other stories follow). Signals, strongest first:
-- published
--   header  the scraper's "date YYYY-MM-DD" prefix on the first line;
--   byline  a date line (a full date and at most three other words:
--           "• November 12, 2017", "Updated 02:40 am IST | Beijing") above
--           the story or among its first two paragraphs; "Published" beats
--           a bare date, which beats "Updated";
--   text    a full date inside the dateline ("BANGKOK, Nov 4, 2019, ...").
--   A date anywhere else (the body, a photo caption, a footer) is an event
--   or an archive date and is never taken: a wrong date is worse than none.
-- title    above the first body paragraph, a headline-shaped line (4-30
--           words, capitalised, no final full stop, one sentence at most);
--           the one right on top of the date/byline block wins, else the
--           first one (labels and kickers were removed before).
-- source   an outlet of data/outlets.lua, or a name shaped like one ("...
--           News", "... Press"), found in, in this order: the dateline's
--           agency ("(Reuters) -", ", Kyodo."); the byline block ("• ,
--           Kyodo News ,", "Nikkei staff writer"); a copyright line; the
--           sign-off ending the story ("... – Reuters"); an agency credit in
--           parentheses closing a line ("(Kyodo)"); the site's "More from
--           X"; and last the site's own footer ("X, now known as Y, ...").
--           An outlet next to "photo", "credit", "picture" took a picture,
--           and one cited in the story ("according to X") is never taken.
-- dateline the city opening one of the first paragraphs (lib/dateline.lua).

local text = require "lib.text"
local dates = require "lib.dates"
local outlets = require "lib.outlets"
local dateline = require "lib.dateline"
local lines = require "lib.lines"
local lex = require "lib.lexicon"

local HEAD = 40      -- lines read from the top
local TAIL = 15      -- lines read from the bottom
local MAX_TITLE = 300

-- Verdicts of the boilerplate rule that make a line part of the byline
-- block, between the title and the story.
local byline_kinds = { ["date line"] = true, byline = true, ["bullet list"] = true,
  breadcrumb = true }
-- Verdicts of lines that may name the outlet (a breadcrumb's "NATIONAL >
-- Politics" is a section, not "The National").
local byline_source_kinds = { ["date line"] = true, byline = true, ["bullet list"] = true }
-- Verdicts that never hide a title (copies and corpus repeats do not).
local title_ok_kinds = { duplicate = true, ["repeated across articles"] = true }
-- Verdicts of lines that close a story when other content follows below.
local story_enders = { ["call to action"] = true, ["page furniture"] = true,
  ["credit line"] = true }

-- Last words of outlet names that are not in the list ("UrduPoint News").
local news_heads = {}
for w in ([[news press times post agency daily herald journal tribune gazette network tv
  radio media wire telegraph chronicle observer express star standard mail today online
  service broadcasting monitor review report dispatch bulletin]]):gmatch "%S+" do
  news_heads[w] = true
end

-- ---- helpers -------------------------------------------------------------

-- A name not in the outlet list but shaped like one: one to five
-- capitalised words ending in a news word. Returns it trimmed, or nil.
local function outlet_like(s)
  s = s:gsub("^%s+", ""):gsub("[%s%.,;:]+$", "")
  if #s == 0 or #s > 60 then return nil end
  local n, last = 0, nil
  for w in s:gmatch "%S+" do
    n = n + 1
    local lw = w:lower()
    if not w:find "^[%u%d]" and lw ~= "of" and lw ~= "the" then return nil end
    last = lw
  end
  if n == 0 or n > 5 or not news_heads[last] then return nil end
  return s
end

local function has_credit_word(s)
  for w in s:gmatch "%a+" do
    local lw = w:lower()
    if lex.credit_words[lw] or lex.credit_words[lw:gsub("s$", "")] then return true end
  end
  return false
end

-- Text of a line without the scraper's date prefix.
local function body_of(rec)
  local y, _, _, rest = text.split_date_prefix(rec.text)
  if y then return rest end
  return rec.text
end

-- The lines this rule reads, and where the story starts and ends.
local function gather(a)
  local scan = lines.get(a)
  local bp = a.data.boilerplate or {}
  local head, tail = {}, {}
  for i = 1, math.min(scan.n, HEAD) do
    local rec = scan[i]
    if rec and not rec.blank then head[#head + 1] = rec end
  end
  for i = math.max(scan.n - TAIL + 1, HEAD + 1), scan.n do
    local rec = scan[i]
    if rec and not rec.blank then tail[#tail + 1] = rec end
  end
  -- without the boilerplate rule, the story starts at the first prose line
  local first_body = bp.first_body
  if not first_body then
    for _, rec in ipairs(head) do
      if text.is_prose(rec.shape) then first_body = rec.index; break end
    end
  end
  return { scan = scan, head = head, tail = tail, verdict = bp.verdict or {},
    first_body = first_body or math.huge, last_body = bp.last_body or math.huge }
end

-- ---- dateline and published ----------------------------------------------

local function find_dateline(g)
  local seen = 0
  for _, rec in ipairs(g.head) do
    if rec.index >= g.first_body and not rec.removed then
      local d = dateline.parse(body_of(rec))
      if d then return d end
      -- a teaser or a caption may come first; the dateline opens the story
      seen = seen + 1
      if seen >= 6 then break end
    end
  end
  return nil
end

-- Is rec a date line? The boilerplate verdict says so; without that rule,
-- the same test on the line itself.
local function is_date_line(g, rec, s)
  local kind = g.verdict[rec.index]
  if kind then return kind == "date line" end
  if not rec.shape or rec.shape.words > 10 then return false end
  -- every full date has a four-digit year: without one, no need to look
  if not s:find "%d%d%d%d" then return false end
  local residue, full = dates.residue_words(s)
  return full > 0 and residue <= 3
end

local function find_published(g, dl)
  local first = g.head[1]
  if first and first.index == 1 then
    local y, m, d = text.split_date_prefix(first.text)
    local iso = y and dates.iso(y, m, d)
    if iso then return iso, "header" end
  end
  local best, best_rank, body_seen = nil, -1, 0
  for _, rec in ipairs(g.head) do
    if rec.index >= g.first_body and not rec.removed then body_seen = body_seen + 1 end
    if body_seen >= 3 then break end
    local s = body_of(rec)
    if is_date_line(g, rec, s) then
      local iso = dates.iso_of(dates.first_full(s, 200))
      if iso then
        local l = s:lower()
        local rank = (l:find "publish" or l:find "posted") and 2 or (l:find "updat" and 0 or 1)
        if rank > best_rank then best, best_rank = iso, rank end
      end
    end
  end
  if best then return best, "byline" end
  if dl and dl.date and dl.date.year and dl.date.day then
    return dates.iso_of(dl.date), "text"
  end
  return nil
end

-- ---- title ---------------------------------------------------------------

local function find_title(g)
  -- candidates in order; marked = right on top of the date/byline block
  local cands, prev = {}, nil
  for _, rec in ipairs(g.head) do
    if rec.index >= g.first_body then break end
    local s = body_of(rec)
    local kind = g.verdict[rec.index]
    if kind and byline_kinds[kind] then
      if prev then prev.marked = true end
      prev = nil
    elseif (kind == nil or title_ok_kinds[kind]) and s ~= "" then
      -- the boilerplate rule's measures, unless a date prefix was cut
      local sh = s == rec.text and rec.shape or text.shape(s)
      local strict = text.is_headline(sh, s) and not has_credit_word(s:match "^%S+" or "")
      prev = nil
      if strict or text.is_headline(sh, s, true) then
        prev = { text = s, strict = strict }
        cands[#cands + 1] = prev
      end
    else
      prev = nil
    end
  end
  for _, c in ipairs(cands) do
    if c.strict and c.marked then return c.text end
  end
  for _, c in ipairs(cands) do
    if c.strict then return c.text end
  end
  -- an odd first word ("../world/ Hipkins ...") is still the title when
  -- the date or byline block sits right under it
  for _, c in ipairs(cands) do
    if c.marked then return c.text end
  end
  return nil
end

-- ---- source: shapes that name the outlet -----------------------------------

-- The dateline's agency: first part of "(X / Y - date)", known or shaped
-- like an outlet.
local function agency_name(s)
  local first = s:match "^%s*([^/,%(%)]-)%s*$" or s:match "^%s*(.-)%s*[/,]" or s
  first = first:gsub("%s+%-%s.*$", ""):gsub("%s+\226\128[\147\148]%s.*$", "")
  local known = outlets.lookup(first)
  if known then return known end
  local m = outlets.find(s, true)
  if m and m.start <= 3 then return m.name end
  return outlet_like(first)
end

local role_tail = { "staff writer", "staff writers", "staff reporter", "correspondent",
  "correspondents", "reporter", "reporters", "bureau", "staff", "writer", "editor" }

-- The parts of a byline-block line between separators (, | : • / ( ) –
-- —), trimmed, without a trailing role ("Nikkei staff writer").
local function segments(s)
  s = s:gsub("\226\128[\147\148\162]", "|"):gsub(" %- ", "|")
  local out = {}
  for seg in s:gmatch "[^,|:/%(%)%[%]\194\183]+" do
    seg = seg:gsub("^%s+", ""):gsub("[%s%.]+$", "")
    local l = seg:lower()
    for _, r in ipairs(role_tail) do
      if l:sub(-#r - 1) == " " .. r then seg = seg:sub(1, #seg - #r - 1); break end
    end
    if seg ~= "" then out[#out + 1] = seg end
  end
  return out
end

-- pass 1: a part is a known outlet; pass 2: a part is shaped like one;
-- pass 3: a known, non-generic outlet named anywhere in the line.
local function segment_source(s, pass)
  if pass == 3 then
    local m = outlets.find(s, false)
    return m and m.name
  end
  for _, seg in ipairs(segments(s)) do
    local n
    if pass == 1 then n = outlets.lookup(seg) else n = outlet_like(seg) end
    if n then return n end
  end
  return nil
end

-- "[Copyright The Jiji Press, Ltd.]", "© 2019 Reuters", "Copyright 2017 The
-- Japan Times. All rights reserved.": a short line that is a notice, not a
-- sentence about copyright.
local function copyright_source(s)
  if #s > 200 then return nil end
  local at = s:find "^[%[%(%s]*[Cc]opyright" or s:find "^[%[%(%s]*\194\169" or
    (s:lower():find("all rights reserved", 1, true) and (s:find "[Cc]opyright" or s:find "\194\169"))
  if not at then return nil end
  local m = outlets.find(s, true)
  if m then return m.name end
  local rest = s:gsub("^.-[Cc]opyright%s*", ""):gsub("^.-\194\169%s*", "")
  rest = rest:gsub("^%(?[Cc]%)%s*", ""):gsub("^%d%d%d%d[%-%d]*%s*", "")
  rest = rest:gsub("[%.,]?%s*[Aa]ll [Rr]ights [Rr]eserved.*$", "")
  rest = rest:gsub(",?%s*[LlIi][tn][dc]%.?%]?$", ""):gsub("[%]%)%.,%s]+$", "")
  return outlet_like(rest)
end

-- "... from Nov. 15-17. – Reuters", "(Reuters)", "— AFP" ending the story:
-- the last one to four words name an outlet and a dash sets them off (or
-- they are the whole line), so "..., said Reuters" does not count.
local function signoff_source(s)
  local tail = s:sub(-80):gsub("[%s%.%)%]]+$", "")
  local starts = {}
  for pos in tail:gmatch "()%S+" do starts[#starts + 1] = pos end
  for k = 1, math.min(4, #starts) do
    local at = starts[#starts - k + 1]
    local name = tail:sub(at):gsub("^[%(%[]", "")
    local before = tail:sub(1, at - 1):gsub("[%s%(%[]+$", "")
    local dashed = before:find "%-$" or before:find "\226\128[\147\148]$"
    -- only a name alone or set off by a dash counts: look it up then only
    if before == "" or dashed then
      local known = outlets.lookup(name)
      if known then return known end
      -- an outlet not in the list, alone on its line after a dash
      local alone = before:gsub("\226\128[\147\148]", ""):gsub("[%-%s]", "") == ""
      if dashed and alone then
        local like = outlet_like(name)
        if like then return like end
      end
    end
  end
  return nil
end

-- "... in Jakarta on Sept. 6, 2023. (Kyodo)": an agency's own credit in
-- parentheses closing a line, never with a credit word.
local function paren_credit(s)
  local inner = s:match "%(([^%(%)]+)%)%s*$"
  if not inner or #inner > 40 or has_credit_word(inner) then return nil end
  return outlets.lookup(inner)
end

-- ---- source: where to look, strongest first --------------------------------

local function from_dateline(g, dl)
  return dl and dl.agency and agency_name(dl.agency)
end

local function from_byline_block(g)
  local block = {}
  for _, rec in ipairs(g.head) do
    if rec.index > g.first_body + 3 then break end
    local kind = g.verdict[rec.index]
    if kind and byline_source_kinds[kind] and not has_credit_word(rec.text) then
      block[#block + 1] = rec.text
    end
  end
  for pass = 1, 3 do
    for _, s in ipairs(block) do
      local n = segment_source(s, pass)
      if n then return n end
    end
  end
  return nil
end

-- The first name find(text) returns for a line of the given lists.
local function first_named(lists, find)
  for _, list in ipairs(lists) do
    for _, rec in ipairs(list) do
      local n = find(rec.text)
      if n then return n end
    end
  end
  return nil
end

local function from_copyright(g)
  return first_named({ g.tail, g.head }, copyright_source)
end

-- The last two lines still in the text, or a last line of its own ("–
-- Reuters") that the boilerplate rule took; else the line ending a story
-- that "related" blocks or other furniture follow (pages that append more
-- stories), or a wire credit line ("Editing by ... – Reuters").
local function from_signoff(g)
  local kept, seen = 0, 0
  for _, list in ipairs { g.tail, g.head } do
    for k = #list, 1, -1 do
      local rec = list[k]
      seen = seen + 1
      if kept < 2 and (not rec.removed or seen <= 2) then
        local n = signoff_source(rec.text)
        if n then return n end
        if not rec.removed then kept = kept + 1 end
      end
    end
  end
  local prev
  for rec in lines.each(g.scan) do
    if not rec.blank then
      local kind = g.verdict[rec.index]
      local n = (prev and kind and story_enders[kind] and signoff_source(prev.text)) or
        (kind == "credit line" and signoff_source(rec.text))
      if n then return n end
      prev = (not rec.removed) and rec or nil
    end
  end
  return nil
end

local function from_paren_credit(g)
  return first_named({ g.head, g.tail }, paren_credit)
end

-- "More from Reuters": the site promoting itself.
local function from_promotion(g)
  for rec in lines.each(g.scan) do
    if g.verdict[rec.index] == "call to action" then
      local m = outlets.find(rec.text, false)
      if m then return m.name end
    end
  end
  return nil
end

-- Outlets named in lines removed below the story: the most named wins
-- (the first named on a tie).
local function from_footer(g)
  local count, order = {}, {}
  for _, list in ipairs { g.tail, g.head } do
    for _, rec in ipairs(list) do
      if rec.removed and g.verdict[rec.index] and rec.index > g.last_body and
          not has_credit_word(rec.text) then
        for _, m in ipairs(outlets.find_all(rec.text, false)) do
          if not count[m.name] then order[#order + 1] = m.name end
          count[m.name] = (count[m.name] or 0) + 1
        end
      end
    end
  end
  local best
  for _, name in ipairs(order) do
    if not best or count[name] > count[best] then best = name end
  end
  return best
end

local source_finders = { from_dateline, from_byline_block, from_copyright, from_signoff,
  from_paren_credit, from_promotion, from_footer }

local function find_source(g, dl)
  for _, finder in ipairs(source_finders) do
    local n = finder(g, dl)
    if n then return n end
  end
  return nil
end

-- ---- the rule --------------------------------------------------------------

-- The scraper's "date YYYY-MM-DD" prefix is page metadata glued to the
-- first paragraph: once read, cut it from the text so the first sentence
-- starts with the story (the whole line goes if nothing follows it).
local function cut_date_prefix(a, g)
  local first = g.head[1]
  if not (first and first.index == 1 and not first.removed) then return end
  local y, _, _, rest = text.split_date_prefix(first.text)
  if y then a:cut_line(1, #first.text - #rest, 0, "scraper date prefix") end
end

local function run(a)
  local g = gather(a)
  local dl = find_dateline(g)
  if dl then a.dateline = dl.city end
  local published, from = find_published(g, dl)
  if published then
    a.published = published
    a.published_from = from
  else
    -- meeting dates like "on Tuesday" cannot be resolved without it
    a:warn("no publication date")
  end
  local title = find_title(g)
  if title and #title <= MAX_TITLE then a.title = title end
  local source = find_source(g, dl)
  if source then a.source = source end
  cut_date_prefix(a, g)
end

return {
  name = "metadata",
  description = "title, source, published date and dateline from the article's layout",
  article = run,
}
