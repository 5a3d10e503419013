-- article_spec.lua: article objects: fields, lines, metadata that rules
-- set (checked), a.data, removing lines, and what misuse raises.
local h = require "helper"
local parley = require "parley"

-- Four lines: a title, a blank line, two body lines.
local TEXT = "Leaders meet\n\nThe ministers met on Tuesday.\nThey agreed to talk again.\n"

describe("article fields", function()
  local a
  before_each(function() a = assert(parley.from_string(TEXT, "meet.txt")) end)

  it("has id, path, text, n_lines, bytes and warnings", function()
    assert.are.equal("meet.txt", a.path)
    assert.are.equal(TEXT, a.text)
    assert.are.equal(16, #a.id)
    assert.are.equal(4, a.n_lines)
    assert.are.equal(#TEXT, a.bytes)
    assert.are.same({}, a.warnings)
    assert.are.equal(0, a.corpus_size)
  end)

  it("has no metadata before rules set it", function()
    assert.is_nil(a.title)
    assert.is_nil(a.source)
    assert.is_nil(a.published)
    assert.is_nil(a.published_from)
    assert.is_nil(a.dateline)
  end)

  it("prints as parley.article ID (PATH)", function()
    assert.are.equal("parley.article " .. a.id .. " (meet.txt)", tostring(a))
  end)

  it("raises on a field it does not have", function()
    assert.are.equal("article has no field 'colour'", h.raises(function() return a.colour end))
  end)

  it("collects warnings added with a:warn", function()
    a:warn("checked by hand")
    assert.are.same({ "checked by hand" }, a.warnings)
  end)
end)

describe("a:lines", function()
  local a
  before_each(function() a = assert(parley.from_string(TEXT, "meet.txt")) end)

  it("returns every line with index, text, start, stop and repeats", function()
    local lines = a:lines()
    assert.are.equal(4, #lines)
    assert.are.same({ index = 1, text = "Leaders meet", start = 1, stop = 12, repeats = 0 },
                    lines[1])
    assert.are.same({ index = 2, text = "", start = 14, stop = 13, repeats = 0 }, lines[2])
    assert.are.same({ index = 4, text = "They agreed to talk again.", start = 45, stop = 70,
                      repeats = 0 }, lines[4])
    for _, line in ipairs(lines) do
      assert.are.equal(line.text, a.text:sub(line.start, line.stop))
    end
  end)

  it("takes a range i..j, negative counting from the end", function()
    assert.are.same({ "", "The ministers met on Tuesday." }, h.texts(a:lines(2, 3)))
    assert.are.same({ "They agreed to talk again." }, h.texts(a:lines(-1)))
    assert.are.same({ "Leaders meet", "" }, h.texts(a:lines(1, -3)))
    assert.are.same({}, a:lines(3, 2))
    assert.are.same({}, a:lines(9))
    assert.are.equal(4, #a:lines(-100, 100))
  end)

  it("gives one line with a:line, or nil out of range", function()
    assert.are.equal("The ministers met on Tuesday.", a:line(3).text)
    assert.is_nil(a:line(0))
    assert.is_nil(a:line(5))
  end)

  it("raises when called on something that is not an article", function()
    assert.are.equal("bad argument #1 to 'lines' (parley.article expected, got table)",
                     h.raises(function() return a.lines({}) end))
    assert.are.equal("bad argument #1 to 'line' (number expected, got string)",
                     h.raises(function() return a:line("two") end))
  end)
end)

describe("setting metadata", function()
  local a
  before_each(function() a = assert(parley.from_string(TEXT, "meet.txt")) end)

  it("accepts valid values and nil clears them", function()
    a.title = "Leaders meet"
    a.source = "Kyodo News"
    a.published = "2017-05-16"
    a.published_from = "byline"
    a.dateline = "BEIJING"
    assert.are.equal("Leaders meet", a.title)
    assert.are.equal("Kyodo News", a.source)
    assert.are.equal("2017-05-16", a.published)
    assert.are.equal("byline", a.published_from)
    assert.are.equal("BEIJING", a.dateline)
    a.title = nil
    assert.is_nil(a.title)
    a.source = ""
    assert.is_nil(a.source) -- unknown is nil, never ""
  end)

  it("accepts partial dates and leap days", function()
    a.published = "2017"
    assert.are.equal("2017", a.published)
    a.published = "2017-05"
    assert.are.equal("2017-05", a.published)
    a.published = "2024-02-29"
    assert.are.equal("2024-02-29", a.published)
  end)

  it("raises on an invalid published date and keeps the old value", function()
    a.published = "2017-05-16"
    for _, bad in ipairs { "2017-02-30", "2023-02-29", "17-05-16", "2017/05/16", "May 2017" } do
      assert.are.equal(
        "published must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" .. bad .. "'",
        h.raises(function() a.published = bad end))
    end
    assert.are.equal("2017-05-16", a.published)
  end)

  it("raises on an invalid published_from", function()
    assert.are.equal(
      "published_from must be header, byline, text, inferred or file, not 'guess'",
      h.raises(function() a.published_from = "guess" end))
  end)

  it("raises on control characters, a wrong type or an unknown field", function()
    assert.are.equal("title contains a control character",
                     h.raises(function() a.title = "two\nlines" end))
    assert.are.equal("article.title must be a string or nil, not a number",
                     h.raises(function() a.title = 5 end))
    assert.are.equal("cannot set article field 'colour' (settable: title, source, published, "
      .. "published_from, dateline; keep your own values in a.data)",
      h.raises(function() a.colour = "red" end))
    assert.are.equal("cannot set article field 'id' (settable: title, source, published, "
      .. "published_from, dateline; keep your own values in a.data)",
      h.raises(function() a.id = "x" end))
  end)

  it("can still be set once the article is segmented", function()
    a:sentences()
    a.published = "2017"
    assert.are.equal("2017", a.published)
  end)
end)

describe("a.data", function()
  it("is one table per article object for the user's own values", function()
    local a = parley.from_string(TEXT)
    assert.are.same({}, a.data)
    a.data.topic = "trade"
    a.data.count = 2
    assert.are.same({ topic = "trade", count = 2 }, a.data)
    assert.are.equal(a.data, a.data)
    assert.are.same({}, parley.from_string(TEXT).data)
  end)

  it("is the same table through s.article", function()
    local a = parley.from_string(TEXT)
    local s = a:sentences()[1]
    assert.are.equal(a, s.article)
    s.article.data.seen = true
    assert.is_true(a.data.seen)
  end)
end)

describe("a:remove_line and a:removed", function()
  local a
  before_each(function() a = assert(parley.from_string(TEXT, "meet.txt")) end)

  it("records the removal, its reason and 'user' outside a rule", function()
    assert.are.same({}, a:removed())
    a:remove_line(1, "headline")
    a:remove_line(1, "again") -- the first removal stays
    assert.are.same({ { line = 1, text = "Leaders meet", rule = "user", why = "headline" } },
                    a:removed())
    local line = a:line(1)
    assert.are.equal("user", line.removed)
    assert.are.equal("headline", line.why)
    a:remove_line(4)
    assert.are.same({ line = 4, text = "They agreed to talk again.", rule = "user" },
                    a:removed()[2])
  end)

  it("leaves removed lines out of sentences and paragraphs", function()
    a:remove_line(1)
    assert.are.same({ "The ministers met on Tuesday.", "They agreed to talk again." },
                    h.texts(a:sentences()))
    assert.are.same({ "The ministers met on Tuesday.", "They agreed to talk again." },
                    h.texts(a:paragraphs()))
    assert.are.equal("Leaders meet\n\nThe ministers met on Tuesday.\n"
      .. "They agreed to talk again.\n", a.text) -- the text itself never changes
  end)

  it("raises on a line out of range", function()
    assert.are.equal("bad argument #1 to 'remove_line' (line 5 out of range (1..4))",
                     h.raises(function() a:remove_line(5) end))
    assert.are.equal("bad argument #1 to 'remove_line' (line 0 out of range (1..4))",
                     h.raises(function() a:remove_line(0) end))
  end)

  it("raises after sentences were computed", function()
    a:sentences()
    assert.are.equal("lines cannot be removed after the article was segmented (remove lines "
      .. "in an article handler, before asking for sentences)",
      h.raises(function() a:remove_line(1) end))
    assert.are.same({}, a:removed())
  end)
end)

describe("a:cut_line", function()
  it("cuts a head and a tail off a line, keeping the rest for sentences", function()
    local a = assert(parley.from_string("date 2017-05-16 Xi met Nikai. They talked. - Wire\n",
                                        "cut.txt"))
    a:cut_line(1, 16, 0, "date prefix")
    a:cut_line(1, 0, 7)
    local line = a:line(1)
    assert.are.equal("user", line.cut)
    assert.are.equal("Xi met Nikai. They talked.", line.kept)
    assert.is_nil(line.removed)
    assert.are.same({ { line = 1, text = "date 2017-05-16 ... - Wire", rule = "user",
                        why = "date prefix", cut = true } }, a:removed())
    assert.are.same({ "Xi met Nikai.", "They talked." }, h.texts(a:sentences()))
  end)

  it("raises when a cut would split a character", function()
    local a = assert(parley.from_string("\u{2022} Abe\n", "cut.txt"))
    assert.are.equal("cutting line 1 at byte 1 would split a character",
                     h.raises(function() a:cut_line(1, 1, 0) end))
  end)
end)

describe("closing an article", function()
  it("shares one idempotent function for __close and __gc", function()
    local kept, sentence
    do
      local a <close> = parley.from_string(TEXT, "closed.txt")
      kept = a
      sentence = a:sentences()[2]
    end
    assert.are.equal("bad argument #1 to 'index' (article is closed)",
                     h.raises(function() return kept.id end))
    getmetatable(kept).__gc(kept) -- a second release is harmless
    -- the sentence holds its own reference to the article
    assert.are.equal("The ministers met on Tuesday.", sentence.text)
  end)
end)
