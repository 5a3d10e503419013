-- data/meeting_words.lua: the words that signal a meeting and tell its
-- kind, format and status. Phrases match in any letter case, as whole
-- words; longer phrases win over shorter ones ("held talks" over "talks").
-- A user adds a trigger from a rules file loaded earlier:
--   table.insert(require("data.meeting_words").triggers,
--                { "paid a courtesy call on", kind = "meet" })

local M = {}

-- Triggers. kind: meet (a verb or noun of meeting), talks, summit, visit,
-- receive (a host receiving a guest), told (X told Y: a meeting only with
-- two people), joint (X and Y agreed/pledged: a meeting only when two
-- people are the subject), phone, video. strength: strong triggers make a
-- meeting of any two people in the sentence; weak ones need the two to be
-- linked to it ("X told Y", "X and Y agreed").
M.triggers = {
  { kind = "meet", "meet", "meets", "met", "meeting", "meetings", "met with", "meet with",
    "meets with", "meeting with", "sit-down", "sat down with", "one-on-one", "one-to-one",
    "bilateral", "bilaterals", "encounter", "get-together", "tete-a-tete", "huddled",
    "shook hands", "exchanged views", "courtesy call", "paid a call on", "called on",
    "speak with", "spoke with", "speaks with", "talk with", "talked with", "talks with",
    "sat across from", "face-to-face", "in person",
    -- status cues that are meeting words too (a scan takes the longest
    -- phrase, so "to meet" must carry both meanings)
    "to meet", "agreed to meet", "wants to meet", "want to meet", "would like to meet" },
  { kind = "talks", "talks", "talk", "held talks", "hold talks", "holds talks", "holding talks",
    "discussions", "conversation", "conversations", "consultations", "negotiations", "dialogue",
    "meeting of minds", "to talk", "agreed to hold" },
  { kind = "summit", "summit", "summits", "summit talks", "summit meeting", "summitry" },
  { kind = "visit", "visit", "visits", "visited", "visiting", "state visit", "official visit",
    "working visit", "to visit" },
  { kind = "receive", "received", "receives", "receiving", "hosted", "hosts", "hosting",
    "welcomed", "welcomes", "greeted", "greets" },
  { kind = "told", strength = "weak", "told", "tells", "telling" },
  { kind = "joint", strength = "weak", "agreed", "agree", "agrees", "pledged", "pledge",
    "vowed", "affirmed", "reaffirmed", "confirmed", "discussed", "discuss", "exchanged",
    "signed", "spoke", "talked", "promised", "urged" },
  { kind = "phone", "phone call", "telephone call", "phone conversation", "telephone conversation",
    "phone talks", "telephone talks", "telephone conference", "phone conference", "by phone",
    "by telephone", "over the phone", "on the phone", "spoke by phone", "talked by phone",
    "held a phone call", "phoned", "telephoned", "call with", "calls with", "had a call",
    "held a call", "phone", "telephone" },
  { kind = "video", "video call", "video conference", "videoconference", "video link",
    "virtual meeting", "virtual summit", "virtual talks", "by video", "video talks",
    "videolink", "virtually" },
}

-- Words that set a meeting apart from a bare mention of a place: "on the
-- sidelines of the G20 summit" names the occasion.
M.sidelines = { "on the sidelines of", "on the sidelines", "on the margins of",
  "on the fringe of", "on the fringes of", "at the sidelines of", "ahead of", "during",
  "at the", "in the run-up to" }

-- Status cues. planned: the meeting has not happened yet; past: an earlier
-- meeting the story refers back to. Tense and dates decide as well.
M.planned = { "will", "would", "to meet", "to hold", "to visit", "to travel", "to talk",
  "expected", "expects", "plans", "plan", "planned", "planning", "scheduled", "set to",
  "slated", "upcoming", "proposed", "proposes", "propose", "proposal", "possible",
  "possibility", "prospect", "prelude", "aims to", "aim to", "hopes to", "hoped to",
  "hope to", "intends", "intend", "invited", "invitation", "agreed to hold", "agreed to meet",
  "arrange", "arranging", "arrangements", "prepare", "preparing", "preparations",
  "could", "may", "might", "is due", "are due", "to be held", "will be held", "looking forward",
  "next time", "in the near future", "wants to meet", "want to meet", "would like to meet",
  "will take place", "could take place", "would take place", "to take place", "may take place",
  "would like to", "is to", "are to", "eyeing", "mulling", "considering", "seeking" }
M.past = { "last met", "last held", "had met", "had held", "have met", "previous",
  "previously", "ago", "last time", "had talked", "had spoken", "last spoke",
  "in the past", "prior" }

-- Words that make a sentence about what was said or decided, not about a
-- meeting of its own, when no meeting word is near ("told reporters").
M.not_people = { "reporters", "journalists", "the press", "the media", "lawmakers",
  "parliament", "a news conference", "a press conference", "supporters", "the audience" }

-- References to the people of a meeting already named.
M.pair_refs = { "the two leaders", "the two", "the pair", "both leaders", "both sides",
  "the two sides", "the leaders", "both men", "the two men", "the two ministers",
  "both ministers", "the ministers", "the two presidents", "the two prime ministers",
  "the three leaders", "the trio", "the two counterparts", "the two officials",
  "the two diplomats", "the two foreign ministers", "the foreign ministers" }

-- "his Chinese counterpart Kong Xuanyou": introduces a person by office.
M.counterpart = { "counterpart", "counterparts", "opposite number" }

-- Honorifics before a surname ("Mr. Xi").
M.honorifics = { "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Sir", "Dame",
  "President", "Premier", "Chancellor" }

-- Phrases that stop a sentence's topics from counting: the topic was not
-- discussed.
M.negations = { "did not discuss", "didn't discuss", "did not raise", "didn't raise",
  "did not mention", "didn't mention", "did not touch", "not discussed", "no mention of",
  "did not come up", "not on the agenda", "did not address" }

return M
