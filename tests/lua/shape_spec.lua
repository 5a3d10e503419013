-- shape_spec.lua: parley.shape, the line measures of core/shape.c, and
-- lib.text's shape() built on it. The measures were LPeg and Lua patterns
-- before they moved to C; that implementation is kept below as the
-- reference the C one must match exactly, field by field, on crafted
-- lines, the example articles and random strings.
local parley = require "parley"
local lpeg = require "lpeg"

local FIELDS = { "bytes", "sampled", "tokens", "words", "caps", "lower", "allcaps", "stops",
  "camel", "mixed", "numbers", "seps", "commas", "excl", "you", "we", "breaks", "quote",
  "last", "sentence", "plain", "stop_ratio", "cap_ratio" }

local STOPS = {}
for w in ("a and by for he in of on our the them to us we you you'll"):gmatch "%S+" do
  STOPS[w] = true
end

-- ---- the reference: lib/text.lua's shape() as it was in Lua --------------------

local reference
do
  local P, R, S, Cc, Ct = lpeg.P, lpeg.R, lpeg.S, lpeg.Cc, lpeg.Ct
  local closers = { ['"'] = true, ["'"] = true, [")"] = true, ["]"] = true,
    ["\u{201D}"] = true, ["\u{2019}"] = true, ["\u{00BB}"] = true }
  local quote_marks = { '"', "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2018}" }
  local pronoun_you = { you = true, your = true, yours = true, ["you're"] = true,
    ["you'll"] = true, ["you've"] = true, ["you'd"] = true, yourself = true }
  local pronoun_we = { we = true, our = true, us = true, ours = true, ["we're"] = true,
    ["we'll"] = true, ["we've"] = true, ourselves = true }
  local function last_char(s)
    local i = #s
    while i > 0 do
      local c = s:sub(i, i)
      if c == " " or closers[c] then
        i = i - 1
      elseif s:byte(i) >= 0x80 then
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
  local function has_quote(s)
    for _, q in ipairs(quote_marks) do
      if s:find(q, 1, true) then return true end
    end
    return s:find "^'" ~= nil or s:find(" '", 1, true) ~= nil
  end
  local space = S " \t"
  local nonspace = 1 - space
  local tok = nonspace ^ 1
  local upper, lower, digit = R "AZ", R "az", R "09"
  local alpha = upper + lower
  local cont = R "\128\191"
  local letter = alpha + R "\195\223" * cont + R "\227\239" * cont * cont +
    R "\240\244" * cont * cont * cont
  local punct = nonspace - letter - digit
  local lead = punct ^ 0
  local token_end = #space + -P(1)
  local function counter(kind) return Ct((space ^ 0 * (kind * Cc(true) + tok)) ^ 0) end
  local function has(p) return #((nonspace - p) ^ 0 * p) * tok end
  local count_words = counter(has(letter))
  local count_caps = counter(lead * upper * tok ^ -1)
  local count_lower = counter(lead * lower * tok ^ -1)
  local count_allcaps = counter(lead * upper * punct ^ 0 * upper * (upper + punct) ^ 0 * token_end)
  local count_camel = counter(has(lower * upper))
  local count_mixed = counter(has(alpha * digit ^ 1 * alpha + digit * alpha ^ 1 * digit))
  local count_numbers = counter(lead * digit * (digit + S ".,:/-") ^ 0 * punct ^ 0 * token_end)
  local sep_token = (P ">>" + P "::" + S "|></" + P "\194\187" + P "\226\128\186" +
    P "\226\128\162" + P "\194\183" + P "\226\150\184" + P "\226\150\186") * token_end
  local count_seps = space ^ 0 * tok * Ct((space ^ 1 * (sep_token * Cc(true) + tok)) ^ 0)
  local function n(p, s) return #p:match(s) end

  reference = function(s, stop_words)
    if #s > 2000 then return nil end
    local full, sampled = s, false
    if #s > 320 then
      local cut = s:find(" ", 320, true) or #s
      if cut < #s then s = s:sub(1, cut - 1); sampled = true end
    end
    local tokens = 0
    for _ in s:gmatch "%S+" do tokens = tokens + 1 end
    local words, caps = n(count_words, s), n(count_caps, s)
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
    local last = last_char(full)
    local sentence = last == "." or last == "!" or last == "?" or last == "\u{2026}"
    local lower_n, allcaps, camel, mixed, numbers, seps = words - caps, 0, 0, 0, 0, 0
    local plain = words >= 12 and stops >= 0.3 * words and sentence
    if not plain then
      lower_n, allcaps = n(count_lower, s), n(count_allcaps, s)
      camel, mixed = n(count_camel, s), n(count_mixed, s)
      numbers, seps = n(count_numbers, s), #(count_seps:match(s) or {})
    end
    local _, commas = s:gsub(",", "")
    local _, excl = s:gsub("!", "")
    local breaks = 0
    for at in s:gmatch "()[%.!?][\"'\226\128\157]* +[%u\"\226%(]" do
      if at > 2 and s:find("^[%l%d][%l%d]", at - 2) then breaks = breaks + 1 end
    end
    if sampled and commas == 0 and full:find(",", 1, true) then commas = 1 end
    local content = words - stops
    return {
      bytes = #full, sampled = sampled, tokens = tokens, words = words, caps = caps,
      lower = lower_n, allcaps = allcaps, stops = stops, camel = camel, mixed = mixed,
      numbers = numbers, seps = seps, commas = commas, excl = excl, you = you, we = we,
      breaks = breaks, quote = has_quote(full), last = last, sentence = sentence,
      plain = plain, stop_ratio = words > 0 and stops / words or 0,
      cap_ratio = content > 0 and caps / content or 0,
    }
  end
end

-- Field by field, numbers with their subtype (0 and 0.0 differ in output).
local function assert_same_shape(want, got, s)
  if want == nil then
    assert.is_nil(got, s)
    return
  end
  local n = 0
  for _ in pairs(got) do n = n + 1 end
  assert.are.equal(#FIELDS, n, "fields of " .. s)
  for _, f in ipairs(FIELDS) do
    if want[f] ~= got[f] or math.type(want[f]) ~= math.type(got[f]) then
      error(("%s: %s is %s, want %s"):format(("%q"):format(s), f, tostring(got[f]),
        tostring(want[f])), 0)
    end
  end
end

describe("parley.shape", function()
  it("measures a line exactly", function()
    local s = "Subscribe to our newsletter! You'll get the US news we pick for you."
    assert.are.same({
      bytes = 68, sampled = false, tokens = 13, words = 13, caps = 3, lower = 10,
      allcaps = 0, stops = 8, camel = 0, mixed = 0, numbers = 0, seps = 0, commas = 0,
      excl = 1, you = 2, we = 2, breaks = 1, quote = false, last = ".", sentence = true,
      plain = true, stop_ratio = 8 / 13, cap_ratio = 3 / 5,
    }, parley.shape(s, STOPS))
    local sh = parley.shape("Home | World | Asia > Japan", STOPS)
    assert.are.same({ 7, 4, 4, 3, "n", false }, { sh.tokens, sh.words, sh.caps, sh.seps, sh.last,
      sh.sentence })
    sh = parley.shape("2023 04 02t075529z 1 lynxmpej3102e ABC-DEF", STOPS)
    assert.are.same({ 3, 2, 1, 1 }, { sh.numbers, sh.mixed, sh.allcaps, sh.lower })
    sh = parley.shape("FacebookIcon TwitterIcon EmailIcon")
    assert.are.equal(3, sh.camel)
  end)

  it("gives ratios of an empty line as the integer 0, others as floats", function()
    local sh = parley.shape("")
    assert.are.equal("integer", math.type(sh.stop_ratio))
    assert.are.equal("integer", math.type(sh.cap_ratio))
    assert.are.equal("", sh.last)
    sh = parley.shape("the of", STOPS)
    assert.are.equal("float", math.type(sh.stop_ratio))
    assert.are.equal(1.0, sh.stop_ratio)
    assert.are.equal("integer", math.type(sh.cap_ratio)) -- no content words
  end)

  it("samples long lines and refuses lines over 2000 bytes", function()
    local s = ("word "):rep(80) .. "x"
    local sh = parley.shape(s)
    assert.are.same({ 401, true, 64, "x" }, { sh.bytes, sh.sampled, sh.words, sh.last })
    assert.is_nil(parley.shape(("a"):rep(2001)))
    assert.are.equal(2000, parley.shape(("a"):rep(2000)).bytes)
  end)

  it("counts function words only with a set, and only words set to true", function()
    assert.are.equal(0, parley.shape("you and we", nil).stops)
    assert.are.equal(3, parley.shape("you and we", { you = true, ["and"] = true, we = 1 }).stops)
    assert.are.equal(1, parley.shape("you and we", { you = true, ["and"] = false }).stops)
  end)

  it("reads a word set once per table", function()
    local set = { minister = true }
    assert.are.equal(1, parley.shape("the minister", set).stops)
    set.the = true -- not seen: C keeps the set it built for this table
    assert.are.equal(1, parley.shape("the minister", set).stops)
    assert.are.equal(2, parley.shape("the minister", { minister = true, the = true }).stops)
  end)

  it("returns a new table each time", function()
    local a, b = parley.shape("Abe met Xi."), parley.shape("Abe met Xi.")
    assert.are_not.equal(a, b)
    assert.are.same(a, b)
  end)

  it("raises on arguments of the wrong type", function()
    assert.has_error(function() parley.shape(12) end)
    assert.has_error(function() parley.shape(nil) end)
    assert.has_error(function() parley.shape("x", "the") end)
  end)
end)

describe("parley.shape against the Lua reference", function()
  it("agrees on crafted lines", function()
    local lines = {
      "", " ", "a", "A.", "He said. The talks ended. \u{201C}We agree,\u{201D} Abe said. Mr. Abe met U.S. President Trump.",
      "NEW YORK (AP) -- The UN said 12,000 people, 3.5% of them, left on 2017-05-16.",
      "\u{2022} Trade \u{2022} Summit", "a >> b :: c / d >>> e \u{BB} f \u{25BA} g \u{B7} h \u{203A} i",
      "(Reporting by Kiyoshi Takenaka; Editing by Robert Birsel)", "print PRINT", "\u{201C}Yes.\u{201D} )] ",
      "Caf\u{E9} \u{C9}lys\u{E9}e \u{4E2D}\u{56FD} \u{0905}\u{093E} \u{2014}dash", "Wait\u{2026}",
      "one\ntwo\tthree\rfour\vfive\fsix", "\xC3 \xFF \xE4\xB8 x\x80", "don't Japan\u{2019}s 'quoted' us US Us",
      "FacebookIcon and the lynx3102e of the UK and the 2017 of a man.",
      ("word "):rep(64) .. "x", ("word "):rep(63) .. "word" .. (", tail"):rep(20),
      ("a"):rep(330) .. " b", ("a"):rep(319) .. " b", ("The man, said. Then "):rep(100),
    }
    for _, s in ipairs(lines) do assert_same_shape(reference(s, STOPS), parley.shape(s, STOPS), s) end
  end)

  it("agrees on every line of the example articles", function()
    local lex = require "lib.lexicon"
    local n = 0
    local ls = assert(io.popen "ls examples/articles/*.txt")
    for name in ls:lines() do
      local f = assert(io.open(name, "rb"))
      for line in f:read("a"):gmatch "[^\n]+" do
        assert_same_shape(reference(line, lex.stop_words), parley.shape(line, lex.stop_words), line)
        n = n + 1
      end
      f:close()
    end
    ls:close()
    assert.is_true(n > 100)
  end)

  it("agrees on random strings", function()
    local pieces = { " ", "  ", "\t", "a", "Z", "q", "1", "9", ".", ",", ":", "/", "-", "'", '"', "!",
      "?", "(", ")", "|", ">", ">>", "::", "\u{BB}", "\u{203A}", "\u{2022}", "\u{B7}", "\u{25B8}",
      "\u{201C}", "\u{201D}", "\u{2019}", "\u{2018}", "\u{AB}", "\u{2026}", "\u{E9}", "\u{C9}",
      "\u{4E2D}", "\u{1F600}", "\u{2014}", "\xE2", "\x80", "\x99", "\xC3", "\xFF", "\n", "US", "us",
      "you", "we", "the", "The", "of", "You'll", "a1b", "1a2", "AB", "A.B.", "12-3", "iPhone", "said. The" }
    local seed = 42
    local function rnd(k) seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >> 8) % k end
    for _ = 1, 3000 do
      local t = {}
      for k = 1, rnd(30) do t[k] = pieces[rnd(#pieces) + 1] end
      local s = table.concat(t)
      assert_same_shape(reference(s, STOPS), parley.shape(s, STOPS), s)
    end
  end)
end)

describe("lib.text shape()", function()
  it("measures with lib.lexicon's function words", function()
    local text = require "lib.text"
    local lex = require "lib.lexicon"
    local s = "They said that we would not go there, but you did."
    assert.are.same(parley.shape(s, lex.stop_words), text.shape(s))
    assert.is_nil(text.shape(("x"):rep(2001)))
  end)

  it("sees words added to the lexicon after reset()", function()
    local text = require "lib.text"
    local lex = require "lib.lexicon"
    local before = text.shape("zorblax zorblax").stops
    lex.stop_words.zorblax = true
    assert.are.equal(before, text.shape("zorblax zorblax").stops)
    text.reset()
    assert.are.equal(2, text.shape("zorblax zorblax").stops)
    lex.stop_words.zorblax = nil
    text.reset()
    assert.are.equal(0, text.shape("zorblax zorblax").stops)
  end)
end)
