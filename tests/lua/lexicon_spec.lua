-- lexicon_spec.lua: parley.lexicon(), the phrase look-up of
-- core/lexicon.c as a Lua object (bindings/lexicon_lua.c): adding, size,
-- scanning strings and articles with 1-based inclusive offsets (so
-- s:sub(start, stop) is the phrase found), ranges, and misuse.
local h = require "helper"
local parley = require "parley"

-- Matches of a flat scan result as {text, kind, value} triples, cut from s.
local function found(s, flat)
  assert.are.equal(0, #flat % 4)
  local out = {}
  for i = 1, #flat, 4 do
    out[#out + 1] = { s:sub(flat[i], flat[i + 1]), flat[i + 2], flat[i + 3] }
  end
  return out
end

describe("parley.lexicon", function()
  local lx
  before_each(function()
    lx = parley.lexicon()
    lx:add("Minister", 1, 1):add("Prime Minister", 1, 2):add("met", 2, 0, true)
  end)

  it("counts its phrases with #, exact and folded apart", function()
    assert.are.equal(3, #lx)
    lx:add("Prime Minister", 3, 9) -- another meaning of a known phrase
    assert.are.equal(3, #lx)
    lx:add("prime minister", 1, 2, true)
    assert.are.equal(4, #lx)
    assert.are.equal("parley.lexicon (4 phrases)", tostring(lx))
    assert.are.equal(0, #parley.lexicon())
  end)

  it("scans a string: start, stop (1-based, inclusive), kind, value", function()
    local s = "The Prime Minister MET the Minister."
    local flat = lx:scan(s)
    assert.are.same({ 5, 18, 1, 2, 20, 22, 2, 0, 28, 35, 1, 1 }, flat)
    assert.are.same({ { "Prime Minister", 1, 2 }, { "MET", 2, 0 }, { "Minister", 1, 1 } },
                    found(s, flat))
  end)

  it("finds nothing in text without its phrases", function()
    assert.are.same({}, lx:scan("The ministers meet."))
    assert.are.same({}, lx:scan(""))
  end)

  it("reports every meaning of a phrase", function()
    lx:add("North Korea", 4, 1):add("North Korea", 5, 7)
    assert.are.same({ 10, 20, 4, 1, 10, 20, 5, 7 }, lx:scan("Talks on North Korea"))
  end)

  it("matches curly and straight apostrophes and any dash alike", function()
    lx:add("Xi’s", 6, 1):add("Moon Jae-in", 6, 2)
    local s = "Xi's guest Moon Jae–in"
    assert.are.same({ { "Xi's", 6, 1 }, { "Moon Jae–in", 6, 2 } }, found(s, lx:scan(s)))
  end)

  it("scans a byte range i..j as string.sub does, with offsets in the whole string", function()
    local s = "Minister met Prime Minister"
    assert.are.same({ 14, 27, 1, 2 }, lx:scan(s, 14))
    assert.are.same({ 10, 12, 2, 0 }, lx:scan(s, 9, 12))
    assert.are.same({ 20, 27, 1, 1 }, lx:scan(s, -8))      -- "Minister" alone
    assert.are.same({ 1, 8, 1, 1 }, lx:scan(s, -100, 8))
    assert.are.same({}, lx:scan(s, 10, 11))                -- "me": part of a word
    assert.are.same({}, lx:scan(s, 20, 10))
    assert.are.same({}, lx:scan(s, 100))
  end)

  it("scans an article's text without copying it, offsets in a.text", function()
    local a = assert(parley.from_string("Leaders meet\n\nThe Prime Minister met Xi.\n", "x.txt"))
    local flat = lx:scan(a)
    assert.are.same({ 19, 32, 1, 2, 34, 36, 2, 0 }, flat)
    assert.are.same({ { "Prime Minister", 1, 2 }, { "met", 2, 0 } }, found(a.text, flat))
    assert.are.same({ 34, 36, 2, 0 }, lx:scan(a, 33))
    -- a sentence's range gives offsets in the article too
    local s = a:sentences()[2]
    assert.are.equal("The Prime Minister met Xi.", s.text)
    assert.are.same({ 19, 32, 1, 2, 34, 36, 2, 0 }, lx:scan(a, s.start, s.stop))
  end)

  it("raises on bad arguments", function()
    assert.are.equal("lexicon: cannot add '' (no words, or more than 16 tokens)",
                     h.raises(function() lx:add("", 1, 1) end))
    assert.are.equal("lexicon: cannot add 'a b c d e f g h i j k l m n o p q' (no words, or "
      .. "more than 16 tokens)", h.raises(function() lx:add("a b c d e f g h i j k l m n o p q", 1, 1) end))
    assert.are.equal("bad argument #2 to 'add' (kind must be an integer >= 0)",
                     h.raises(function() lx:add("Abe", -1, 1) end))
    assert.are.equal("bad argument #2 to 'add' (number has no integer representation)",
                     h.raises(function() lx:add("Abe", 1.5, 1) end))
    assert.are.equal("bad argument #3 to 'add' (value out of range)",
                     h.raises(function() lx:add("Abe", 1, 2 ^ 31 | 0) end))
    assert.are.equal("bad argument #3 to 'add' (number expected, got no value)",
                     h.raises(function() lx:add("Abe", 1) end))
    assert.are.equal("bad argument #1 to 'add' (string expected, got nil)",
                     h.raises(function() lx:add(nil, 1, 1) end))
    assert.are.equal("bad argument #1 to 'add' (phrase contains a NUL byte)",
                     h.raises(function() lx:add("Abe\0Xi", 1, 1) end))
    assert.are.equal("bad argument #1 to 'scan' (string or article expected, got number)",
                     h.raises(function() lx:scan(5) end))
    assert.are.equal("bad argument #2 to 'scan' (number expected, got string)",
                     h.raises(function() lx:scan("text", "x") end))
    assert.are.equal(3, #lx) -- nothing was added by the failed calls
  end)

  it("raises when used after it was closed", function()
    local saved
    do
      local closing <close> = parley.lexicon()
      saved = closing
    end
    assert.are.equal("calling 'add' on bad self (lexicon is closed)",
                     h.raises(function() saved:add("Abe", 1, 1) end))
    assert.are.equal("calling 'scan' on bad self (lexicon is closed)",
                     h.raises(function() saved:scan("Abe") end))
  end)
end)
