-- postprocess.lua: amend what the shipped rules found, with handlers that
-- run after theirs, without touching them.
--
--   parley extract --rules examples/scripts/postprocess.lua examples/articles
--
-- Rules run in phases (article, sentences, sentence, meetings, meeting);
-- in each phase the shipped rules run first and --rules files after them.
-- This file has a handler for three phases:
--   article   drops "Editor's note:" and "Correction:" lines before the text
--             is split into sentences: a correction names people and
--             meetings that are not the story's own;
--   meetings  once the meetings are built, warns when an article has none
--             (a feed of diplomatic news where that happens is worth a look);
--   meeting   for each meeting: drops one the story only reports as hearsay
--             ("newspapers reported that ...", "would not confirm"), and
--             adds a "migration" topic when its sentences speak of it.
-- On examples/articles/16-user-postprocess-merz-macron.txt it removes the
-- editor's note, and with it a meeting of Barrot and Merz the note denies;
-- drops the reported, unconfirmed Merz-Meloni meeting; and adds "migration"
-- to the main Merz-Macron meeting.

-- Lines a site appends that are about the article, not the news.
local note_starts = { "Editor's note:", "Editor\226\128\153s note:", "Editor's Note:",
  "Editor\226\128\153s Note:", "EDITOR'S NOTE:", "Correction:", "CORRECTION:" }

local function is_note(text)
  for _, start in ipairs(note_starts) do
    if text:sub(1, #start) == start then return true end
  end
  return false
end

local function drop_notes(a)
  for _, line in ipairs(a:lines()) do
    -- a line another rule removed already keeps that rule's reason
    if not line.removed and is_note(line.text) then
      a:remove_line(line.index, "editor's note")
    end
  end
end

local function warn_if_none(a)
  if #a:meetings() == 0 then a:warn("no meeting found") end
end

-- The sentence objects behind a meeting's evidence (sentence numbers, as
-- the shipped rule gives them, or sentence objects, as a rule may add).
local function evidence_sentences(m, a)
  local all, out = a:sentences(), {}
  for _, e in ipairs(m.evidence) do
    out[#out + 1] = type(e) == "number" and all[e] or e
  end
  return out
end

-- Words that make a sentence hearsay rather than a report.
local hearsay = { "reportedly", "reported that", "media reports", "would not confirm",
  "declined to confirm", "unconfirmed" }

-- Whole words or phrases, in any letter case, that put migration on the agenda.
local migration_words = { "migration", "migrants", "migrant", "asylum", "refugees",
  "border controls" }

local function has_any(text, phrases)
  local lower = " " .. text:lower():gsub("[^%w%s%-]", " ") .. " "
  for _, p in ipairs(phrases) do
    if lower:find(" " .. p .. " ", 1, true) then return true end
  end
  return false
end

local function amend(m, a)
  local sentences = evidence_sentences(m, a)
  -- the first evidence sentence is the one that reports the meeting
  if sentences[1] and has_any(sentences[1].text, hearsay) then
    a:remove_meeting(m)
    return
  end
  for _, s in ipairs(sentences) do
    if has_any(s.text, migration_words) then
      m:add_topic("migration", s) -- the sentence joins the evidence (once)
      break
    end
  end
end

return {
  name = "postprocess",
  description = "drop editor's notes and hearsay meetings; a 'migration' topic; warn when none",
  article = drop_notes,
  meetings = warn_if_none,
  meeting = amend,
}
