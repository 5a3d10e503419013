-- segment_spec.lua: paragraphs, sentences and quotations as Lua sees them.
-- Offsets are 1-based and inclusive: a.text:sub(s.start, s.stop) == s.text.
-- The inputs split the same way whatever the abbreviation list holds,
-- except "Mr.", which the shipped list knows as a title.
local h = require "helper"
local parley = require "parley"

local TWO_PARAS = "The ministers met on Tuesday. They agreed to talk again!\n\n"
  .. "Would they meet in May? Nobody knows.\n"

-- Check that every object's text is the slice of a.text it claims to be.
local function assert_slices(a, list)
  for _, x in ipairs(list) do
    assert.are.equal(x.text, a.text:sub(x.start, x.stop))
  end
end

describe("a:sentences", function()
  it("splits on . ! ? and gives index, start, stop and paragraph", function()
    local a = parley.from_string(TWO_PARAS)
    local s = a:sentences()
    assert.are.same({ "The ministers met on Tuesday.", "They agreed to talk again!",
                      "Would they meet in May?", "Nobody knows." }, h.texts(s))
    local got = {}
    for i, x in ipairs(s) do got[i] = { x.index, x.start, x.stop, x.paragraph } end
    assert.are.same({ { 1, 1, 29, 1 }, { 2, 31, 56, 1 }, { 3, 59, 81, 2 }, { 4, 83, 95, 2 } },
                    got)
    assert_slices(a, s)
  end)

  it("returns the same array each time, and sentence objects that keep the article", function()
    local a = parley.from_string(TWO_PARAS)
    local s = a:sentences()
    assert.are.equal(s, a:sentences())
    assert.are.equal(a, s[1].article)
    assert.are.equal("parley.sentence 2 of (string)", tostring(s[2]))
  end)

  it("does not end a sentence after Mr.", function()
    local a = parley.from_string("The minister met Mr. Lee in Geneva. They spoke for an hour.\n")
    assert.are.same({ "The minister met Mr. Lee in Geneva.", "They spoke for an hour." },
                    h.texts(a:sentences()))
  end)

  it("keeps a closing quotation mark after the period with its sentence", function()
    local a = parley.from_string('He said "we agreed to talk again." Then he left.\n')
    assert.are.same({ 'He said "we agreed to talk again."', "Then he left." },
                    h.texts(a:sentences()))
    local b = parley.from_string("She said: \u{201C}We want mutual trust.\u{201D} The talks ended.\n")
    assert.are.same({ "She said: \u{201C}We want mutual trust.\u{201D}", "The talks ended." },
                    h.texts(b:sentences()))
    assert_slices(b, b:sentences())
  end)

  it("joins a line that continues in lower case", function()
    local a = parley.from_string("The talks went on\nfor two hours. Both sides spoke.\n")
    assert.are.same({ "The talks went on\nfor two hours.", "Both sides spoke." },
                    h.texts(a:sentences()))
    assert.are.equal(1, #a:paragraphs())
  end)

  it("has read-only built-in fields and keeps the values rules set", function()
    local a = parley.from_string(TWO_PARAS)
    local s = a:sentences()[1]
    assert.are.equal("sentence field 'text' is read-only", h.raises(function() s.text = "x" end))
    assert.is_nil(s.colour)
    s.actors = { "Xi Jinping" }
    assert.are.same({ "Xi Jinping" }, a:sentences()[1].actors) -- the same object
    s.mood = "calm"
    assert.are.equal("calm", s.mood)
    assert.is_nil(a:sentences()[2].mood)
  end)
end)

describe("a:paragraphs", function()
  it("gives index, text, start and stop of each paragraph", function()
    local a = parley.from_string(TWO_PARAS)
    assert.are.same({
      { index = 1, text = "The ministers met on Tuesday. They agreed to talk again!",
        start = 1, stop = 56 },
      { index = 2, text = "Would they meet in May? Nobody knows.", start = 59, stop = 95 },
    }, a:paragraphs())
  end)
end)

describe("a:quotes", function()
  it("finds straight and curly quotations without their marks", function()
    local a = parley.from_string('He said "we agreed to talk again." Then he left.\n')
    assert.are.same({ { text = "we agreed to talk again.", start = 10, stop = 33, sentence = 1,
                        paragraph = 1, depth = 0, closed = true } }, a:quotes())
    local b = parley.from_string("Then: \u{201C}We want mutual trust.\u{201D} It ended.\n")
    local q = b:quotes()
    assert.are.equal(1, #q)
    assert.are.equal("We want mutual trust.", q[1].text)
    assert_slices(b, q)
  end)

  it("nests single quotes in double ones and tells apostrophes apart", function()
    local a = parley.from_string([["It was good," he said, "and 'useful' too." They didn't stay.]]
      .. "\n")
    local got = {}
    for i, q in ipairs(a:quotes()) do got[i] = { q.text, q.depth, q.sentence } end
    assert.are.same({ { "It was good,", 0, 1 }, { "and 'useful' too.", 0, 1 },
                      { "useful", 1, 1 } }, got)
    assert_slices(a, a:quotes())
  end)

  it("marks a quotation still open at the end of its paragraph", function()
    local a = parley.from_string('He said "this never closes.\n\nNext paragraph.\n')
    local q = a:quotes()
    assert.are.equal(1, #q)
    assert.are.equal("this never closes.", q[1].text)
    assert.is_false(q[1].closed)
    assert.are.equal(1, q[1].paragraph)
  end)

  it("names the sentence a quotation opens in", function()
    local a = parley.from_string('Talks began. Kishida said "we will meet again." It ended.\n')
    local q = a:quotes()
    assert.are.equal(1, #q)
    assert.are.equal(2, q[1].sentence)
    assert.are.equal('Kishida said "we will meet again."', a:sentences()[q[1].sentence].text)
  end)
end)
