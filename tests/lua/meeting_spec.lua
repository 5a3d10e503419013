-- meeting_spec.lua: meetings while rules run (bindings/meeting_lua.c):
-- rules that add meetings in an article handler, amend them in a meeting
-- handler and remove one; a:meetings(); the meeting methods; fields that
-- are not in SCHEMA.md; the copy into C at the end, whose errors fail the
-- article as "meeting N: ..."; and sentence annotations that a later rule
-- sees (named spec_actors here: the shipped rules compute s.actors). The
-- records as written are tested by tests/e2e/test-meetings-ndjson.sh.
local h = require "helper"
local parley = require "parley"

-- The shipped rules decide which lines stay (the headline may go), so the
-- specs find sentences by their words, never by a fixed number.
local TEXT = "Leaders meet\n\nGENEVA - Ana Ruiz met Lee on Tuesday. They agreed to talk again.\n\n"
  .. "\"We agreed to talk again,\" Ruiz said.\n"

local HINT = "(fields are those of SCHEMA.md; keep your own values in m.data)"

-- Rules run in phases (article, sentences, sentence, meetings, meeting),
-- each phase over the rules in file order, the shipped rules first. The
-- shipped rules build their meetings in the meetings phase, after the
-- article handlers below added theirs; this rule takes a note of the
-- meetings at the sentences phase and drops any others in the meetings
-- phase, so each spec sees only the meetings its own handlers made.
local CLEAN_SLATE = [[
local clean_slate = {
  name = "clean_slate",
  sentences = function(a)
    a.data.ours = {}
    for _, m in ipairs(a:meetings()) do a.data.ours[m] = true end
  end,
  meetings = function(a)
    local others = {}
    for _, m in ipairs(a:meetings()) do
      if not a.data.ours[m] then others[#others + 1] = m end
    end
    for _, m in ipairs(others) do a:remove_meeting(m) end
  end,
}
]]

-- A rules file that finds, amends and removes meetings by itself.
local SCENARIO = CLEAN_SLATE .. [[
local function log(a, line) a.data.log[#a.data.log + 1] = line end
return {
  clean_slate,
  { name = "find",
    article = function(a)
      a.data.log = {}
      a:add_meeting { participants = { { name = "Ana Ruiz", role = "Foreign Minister",
                                         country = "Spain" } },
                      status = "held", main = true }
      a:add_meeting { participants = { { name = "Lee" } }, status = "planned" }
      a:add_meeting { participants = { { name = "Nobody" } }, status = "past" }
      log(a, "find article: " .. #a:meetings() .. " meetings")
    end,
    sentence = function(s, a)
      log(a, "find sentence " .. s.index)
      if s.text:find("%f[%a]met%f[%A]") then s.spec_actors = { "Ana Ruiz", "Lee" } end
    end,
    meeting = function(m, a) log(a, "find meeting " .. m.status) end },
  { name = "amend",
    article = function(a) log(a, "amend article") end,
    meeting = function(m, a)
      log(a, "amend meeting " .. m.status)
      if m.status == "past" then
        a.data.removed = a:remove_meeting(m)
        return
      end
      for _, s in ipairs(a:sentences()) do
        if s.spec_actors then
          for _, name in ipairs(s.spec_actors) do m:add_participant(name) end
          m:add_evidence(s)
        end
      end
      if m.status == "held" then
        m.date, m.date_precision, m.date_text = "2017-03-07", "day", "on Tuesday"
        m.place, m.country, m.format, m.duration_min = "Geneva", "Switzerland", "in_person", 40
        for _, s in ipairs(a:sentences()) do
          if s.text:find("They agreed", 1, true) then m:add_topic("trade_economy", s.index) end
        end
        m:add_quote("Ana Ruiz", "We agreed to talk again")
      end
    end },
}
]]

-- A rules file whose handlers are whatever a spec puts in a.data:
-- a.data.first_article(a), a.data.second_meeting(m, a), ... Meetings are
-- added in the article phase (see CLEAN_SLATE).
local BY_HAND = CLEAN_SLATE .. [[
local function rule(name)
  local function handler(kind)
    return function(x, a)
      local f = (a or x).data[name .. "_" .. kind]
      if f then f(x, a) end
    end
  end
  return { name = name, article = handler("article"), sentence = handler("sentence"),
           meeting = handler("meeting") }
end
return { clean_slate, rule("first"), rule("second") }
]]

local dir, n_default

setup(function()
  dir = h.tmpdir()
  n_default = assert(parley.load_rules())
end)

teardown(function()
  parley.load_rules()
  h.rmdir(dir)
end)

-- Load the shipped rules and the rules file source (three rules).
local function load_rules_file(name, source)
  assert.are.equal(n_default + 3, assert(parley.load_rules { h.write(dir, name, source) }))
end

-- The index of the sentence of a that contains the plain string words.
local function index_of(a, words)
  for i, s in ipairs(a:sentences()) do
    if s.text:find(words, 1, true) then return i end
  end
  error("no sentence has " .. words)
end

-- A new article of TEXT whose a.data holds the handlers given.
local function article(handlers)
  local a = assert(parley.from_string(TEXT, "meet.txt"))
  for k, f in pairs(handlers or {}) do a.data[k] = f end
  return a
end

describe("meetings found by rules", function()
  setup(function() load_rules_file("scenario.lua", SCENARIO) end)

  it("runs the handlers phase by phase, rules in file order within a phase", function()
    local a = article()
    assert.are.equal(a, parley.extract(a))
    local want = { "find article: 3 meetings", "amend article" }
    for i = 1, #a:sentences() do want[#want + 1] = "find sentence " .. i end
    for _, line in ipairs { "find meeting held", "find meeting planned", "find meeting past",
                            "amend meeting held", "amend meeting planned", "amend meeting past" } do
      want[#want + 1] = line
    end
    assert.are.same(want, a.data.log)
    assert.is_true(a.data.removed)
  end)

  it("leaves the meetings as the rules made them", function()
    local a = assert(parley.extract(article()))
    local list = a:meetings()
    assert.are.equal(2, #list)
    local held, planned = list[1], list[2]
    assert.are.same({ { name = "Ana Ruiz", role = "Foreign Minister", country = "Spain" },
                      { name = "Lee" } }, held.participants)
    assert.are.equal("held", held.status)
    assert.are.equal("2017-03-07", held.date)
    assert.are.equal("day", held.date_precision)
    assert.are.equal("on Tuesday", held.date_text)
    assert.are.equal("Geneva", held.place)
    assert.are.equal("Switzerland", held.country)
    assert.are.equal("in_person", held.format)
    assert.are.equal(40, held.duration_min)
    assert.is_nil(held.occasion)
    assert.are.same({ "trade_economy" }, held.topics)
    assert.are.same({ { speaker = "Ana Ruiz", text = "We agreed to talk again" } }, held.quotes)
    local met, agreed = index_of(a, "met Lee"), index_of(a, "They agreed")
    assert.are.same({ met, agreed }, held.evidence)
    assert.is_true(held.main)
    assert.are.same({ { name = "Lee" }, { name = "Ana Ruiz" } }, planned.participants)
    assert.are.equal("planned", planned.status)
    assert.is_nil(planned.date)
    assert.are.same({ met }, planned.evidence)
    assert.are.same({}, planned.topics)
    assert.are.same({}, planned.quotes)
    assert.is_false(planned.main)
  end)

  it("keeps sentence annotations on the sentence objects", function()
    local a = assert(parley.extract(article()))
    local s = a:sentences()
    local met = index_of(a, "met Lee")
    assert.is_nil(s[index_of(a, "They agreed")].spec_actors)
    assert.are.same({ "Ana Ruiz", "Lee" }, s[met].spec_actors)
    assert.are.equal(s[met], s[met].article:sentences()[met])
  end)
end)

describe("a:add_meeting, a:meetings and a:remove_meeting", function()
  local a
  before_each(function() a = article() end)

  it("fill in empty lists and main = false, and return the table itself", function()
    local t = { participants = { { name = "Lee" } }, status = "held" }
    local m = a:add_meeting(t)
    assert.are.equal(t, m)
    assert.are.same({}, m.topics)
    assert.are.same({}, m.quotes)
    assert.are.same({}, m.evidence)
    assert.is_false(m.main)
    assert.are.equal("parley.meeting", getmetatable(m).__name)
  end)

  it("keep a live list in the order added; adding a meeting twice keeps it once", function()
    assert.are.same({}, a:meetings())
    local m1 = a:add_meeting { status = "held" }
    local m2 = a:add_meeting { status = "planned" }
    assert.are.equal(m1, a:add_meeting(m1))
    local list = a:meetings()
    assert.are.equal(list, a:meetings())
    assert.are.equal(2, #list)
    assert.are.equal(m1, list[1])
    assert.are.equal(m2, list[2])
  end)

  it("remove a meeting, saying whether it was there", function()
    local m1 = a:add_meeting { status = "held" }
    local m2 = a:add_meeting { status = "planned" }
    local m3 = a:add_meeting { status = "past" }
    assert.is_true(a:remove_meeting(m2))
    assert.is_false(a:remove_meeting(m2))
    assert.is_false(a:remove_meeting({}))
    local list = a:meetings()
    assert.are.equal(2, #list)
    assert.are.equal(m1, list[1])
    assert.are.equal(m3, list[2])
  end)

  it("raise on a field that is not in SCHEMA.md, naming it", function()
    assert.are.equal("unknown meeting field 'colour' " .. HINT,
                     h.raises(function() a:add_meeting { status = "held", colour = "red" } end))
    assert.are.equal("unknown meeting field 'number' " .. HINT,
                     h.raises(function() a:add_meeting { "held" } end))
    assert.are.same({}, a:meetings())
    local m = a:add_meeting { status = "held" }
    assert.are.equal("unknown meeting field 'stauts' " .. HINT,
                     h.raises(function() m.stauts = "past" end))
    assert.are.equal("meeting has no field 'people' " .. HINT,
                     h.raises(function() return m.people end))
    assert.are.equal("meeting has no field [number]", h.raises(function() return m[1] end))
    assert.is_nil(m.date) -- a field of SCHEMA.md that is not set reads as nil
    m.date = "2017"
    assert.are.equal("2017", m.date)
  end)

  it("give each meeting a data table of its own", function()
    local m = a:add_meeting { status = "held" }
    m.data.score = 3
    assert.are.same({ score = 3 }, m.data)
    local n = a:add_meeting { status = "held", data = { seen = true } }
    assert.is_true(n.data.seen)
  end)

  it("raise on misuse", function()
    assert.are.equal("bad argument #1 to 'add_meeting' (table expected, got string)",
                     h.raises(function() a:add_meeting("Lee") end))
    assert.are.equal("meeting field 'topics' must be a list (a table), not a string",
                     h.raises(function() a:add_meeting { status = "held", topics = "trade" } end))
    assert.are.same({}, a:meetings())
    assert.are.equal("bad argument #1 to 'remove_meeting' (table expected, got no value)",
                     h.raises(function() a:remove_meeting() end))
  end)
end)

describe("meeting methods", function()
  local a, m
  before_each(function()
    a = article()
    m = a:add_meeting { status = "held", participants = { { name = "Ana Ruiz", role = "Foreign Minister" } } }
  end)

  it("add_participant takes a name or a table and keeps each name once", function()
    assert.are.equal(m, m:add_participant("Lee"))
    m:add_participant { name = "Kim", role = "Ambassador", country = "South Korea" }
    m:add_participant("Ana Ruiz")
    m:add_participant { name = "Lee", role = "Vice Minister" }
    assert.are.same({ { name = "Ana Ruiz", role = "Foreign Minister" }, { name = "Lee" },
                      { name = "Kim", role = "Ambassador", country = "South Korea" } },
                    m.participants)
    assert.are.equal("bad argument #1 to 'add_participant' (a participant needs a name (a string))",
                     h.raises(function() m:add_participant { role = "President" } end))
    assert.are.equal("bad argument #1 to 'add_participant' (table expected, got number)",
                     h.raises(function() m:add_participant(5) end))
    assert.are.equal(3, #m.participants)
  end)

  it("has tells whether a name takes part", function()
    assert.is_true(m:has("Ana Ruiz"))
    assert.is_false(m:has("Lee"))
    m:add_participant("Lee")
    assert.is_true(m:has("Lee"))
    assert.is_false(m:has("ana ruiz"))
  end)

  it("add_topic keeps each label once and adds its sentence to the evidence", function()
    local s = a:sentences()
    assert.are.equal(m, m:add_topic("trade_economy", s[3]))
    m:add_topic("security")
    m:add_topic("trade_economy", 2)
    m:add_topic("security", 3)
    assert.are.same({ "trade_economy", "security" }, m.topics)
    assert.are.same({ 3, 2 }, m.evidence)
  end)

  it("add_quote keeps each text once; the speaker may be nil", function()
    assert.are.equal(m, m:add_quote("Ana Ruiz", "We agreed to talk again"))
    m:add_quote(nil, "a new start")
    m:add_quote("Lee", "We agreed to talk again")
    assert.are.same({ { speaker = "Ana Ruiz", text = "We agreed to talk again" },
                      { text = "a new start" } }, m.quotes)
    assert.are.equal("bad argument #2 to 'add_quote' (string expected, got no value)",
                     h.raises(function() m:add_quote("Lee") end))
  end)

  it("add_evidence takes a sentence object or its index, each once", function()
    local s = a:sentences()
    assert.are.equal(m, m:add_evidence(s[2]))
    m:add_evidence(4)
    m:add_evidence(2)
    m:add_evidence(s[4])
    assert.are.same({ 2, 4 }, m.evidence)
  end)

  it("add_evidence and add_topic raise on what is not a sentence of this article", function()
    assert.are.equal("bad argument #1 to 'add_evidence' (sentence index must be >= 1)",
                     h.raises(function() m:add_evidence(0) end))
    assert.are.equal("bad argument #1 to 'add_evidence' (number has no integer representation)",
                     h.raises(function() m:add_evidence(1.5) end))
    assert.are.equal("bad argument #1 to 'add_evidence' (sentence or index expected, got string)",
                     h.raises(function() m:add_evidence("2") end))
    assert.are.equal("bad argument #2 to 'add_topic' (sentence index must be >= 1)",
                     h.raises(function() m:add_topic("security", -1) end))
    local other = assert(parley.from_string(TEXT, "other.txt"))
    local foreign = other:sentences()[2]
    assert.are.equal("bad argument #1 to 'add_evidence' (a sentence of another article than "
      .. "the meeting's)", h.raises(function() m:add_evidence(foreign) end))
    assert.are.same({}, m.evidence)
    assert.are.same({}, m.topics)
  end)

  it("raise when a list field holds something else than a list", function()
    m.topics = "trade"
    assert.are.equal("meeting field 'topics' must be a list (a table), not a string",
                     h.raises(function() m:add_topic("security") end))
    m.participants = "Lee"
    assert.are.equal("meeting field 'participants' must be a list (a table), not a string",
                     h.raises(function() m:add_participant("Kim") end))
  end)
end)

describe("meetings copied into C after the rules", function()
  local n -- sentences of TEXT once the rules ran

  setup(function()
    load_rules_file("by_hand.lua", BY_HAND)
    n = #assert(parley.extract(article())):sentences()
  end)

  -- Extract an article whose first rule adds the meeting(s) that make(a)
  -- returns; the failure message and code, or the article.
  local function extract_with(make)
    local a = article { first_article = make }
    return parley.extract(a)
  end

  local function fails(want, make)
    local a, msg, code = extract_with(make)
    assert.is_nil(a)
    assert.are.equal("meet.txt: " .. want .. " (checking meetings)", msg)
    assert.are.equal("script error", code)
  end

  it("accept valid meetings, evidence as indexes or sentence objects", function()
    local got = extract_with(function(a)
      a:add_meeting { participants = { { name = "Lee" } }, status = "held", date = "2017",
                      date_precision = "year", evidence = { 1, a:sentences()[2] } }
    end)
    assert.is_not_nil(got)
  end)

  it("fail the article when status is missing or unknown", function()
    fails("meeting 1: status must be held, planned or past, not nil", function(a)
      a:add_meeting { participants = { { name = "Lee" } } }
    end)
    fails("meeting 2: status must be held, planned or past, not 'maybe'", function(a)
      a:add_meeting { participants = { { name = "Lee" } }, status = "held" }
      a:add_meeting { participants = { { name = "Lee" } }, status = "maybe" }
    end)
  end)

  -- A valid meeting, then the fields set one by one as a rule would.
  local function one(fields, want)
    fails("meeting 1: " .. want, function(a)
      local m = a:add_meeting { participants = { { name = "Lee" } }, status = "held" }
      for k, v in pairs(fields) do m[k] = v end
    end)
  end

  it("fail the article on a field of the wrong type", function()
    one({ date = 2017 }, "date must be a string or nil, not a number")
    one({ place = { "Geneva" } }, "place must be a string or nil, not a table")
    one({ topics = "trade" }, "topics must be a list (a table), not a string")
    one({ participants = "Lee" }, "participants must be a list (a table), not a string")
    one({ participants = { "Lee" } },
        "participant 1 must be a table {name=, role=, country=}, not a string")
    one({ participants = { { name = "Lee" }, { role = "President" } } }, "participant 2 has no name")
    one({ participants = { { name = "Lee", role = 1 } } },
        "participant 1: role must be a string or nil, not a number")
    one({ quotes = { { speaker = "Lee" } } }, "quote 1 has no text")
    one({ topics = { "trade", 5 } }, "topic 2 must be a string, not a number")
    one({ main = "yes" }, "main must be a boolean or nil, not a string")
    one({ duration_min = "40" }, "duration_min must be a number or nil, not a string")
  end)

  it("fail the article on values SCHEMA.md does not allow", function()
    one({ participants = {} }, "needs at least one participant")
    one({ date = "2017-02-29", date_precision = "day" },
        "date must be YYYY, YYYY-MM or YYYY-MM-DD, not '2017-02-29'")
    one({ date = "2017-03" }, "date '2017-03' needs a date_precision")
    one({ format = "fax" }, "format must be in_person, phone or video, not 'fax'")
    one({ duration_min = -5 }, "duration_min must be a number of minutes from 0 to 100000, not -5")
    one({ duration_min = 0 / 0 }, "duration_min must be a number of minutes from 0 to 100000, "
      .. "not " .. string.format("%g", 0 / 0))
    one({ place = "" }, "place is empty (use nil when it is unknown)")
  end)

  it("fail the article on evidence outside its sentences", function()
    assert.is_true(n >= 2)
    fails("meeting 1: evidence 1 is not a sentence or a sentence index (1.." .. n .. ")", function(a)
      a:add_meeting { participants = { { name = "Lee" } }, status = "held", evidence = { n + 1 } }
    end)
    fails("meeting 1: evidence 1 is not a sentence or a sentence index (1.." .. n .. ")", function(a)
      a:add_meeting { participants = { { name = "Lee" } }, status = "held", evidence = { 0 } }
    end)
    fails("meeting 1: evidence 2 is not a sentence or a sentence index (1.." .. n .. ")", function(a)
      a:add_meeting { participants = { { name = "Lee" } }, status = "held", evidence = { 1, "2" } }
    end)
    local other = assert(parley.from_string(TEXT, "other.txt"))
    local foreign = other:sentences()[1]
    fails("meeting 1: evidence 1 is a sentence of another article", function(a)
      a:add_meeting { participants = { { name = "Lee" } }, status = "held", evidence = { foreign } }
    end)
  end)

  it("check tables put straight into the live list too", function()
    fails("meeting 1: unknown field 'colour' " .. HINT, function(a)
      table.insert(a:meetings(), { participants = { { name = "Lee" } }, status = "held",
                                   colour = "red" })
    end)
    fails("meeting 2 is not a table but a string", function(a)
      a:add_meeting { participants = { { name = "Lee" } }, status = "held" }
      table.insert(a:meetings(), "held")
    end)
  end)

  it("see meetings a later rule amended, not as they were first added", function()
    local got = parley.extract(article {
      first_article = function(a) a:add_meeting { participants = {}, status = "draft" } end,
      second_meeting = function(m)
        m.status = "planned"
        m:add_participant("Lee")
      end,
    })
    assert.is_not_nil(got)
    assert.are.equal("planned", got:meetings()[1].status)
  end)

  it("let a later rule read the annotations an earlier rule put on sentences", function()
    local seen = {}
    local got = parley.extract(article {
      first_sentence = function(s) s.spec_actors = { "sentence " .. s.index } end,
      second_sentence = function(s) seen[#seen + 1] = s.spec_actors[1] end,
    })
    assert.is_not_nil(got)
    local want = {}
    for i = 1, n do want[i] = "sentence " .. i end
    assert.are.same(want, seen)
    assert.are.equal("sentence field 'text' is read-only",
                     h.raises(function() got:sentences()[1].text = "x" end))
  end)
end)
