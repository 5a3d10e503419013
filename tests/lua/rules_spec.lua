-- rules_spec.lua: rule scripts through parley.load_rules and
-- parley.extract: handler order, removals, checked registration, errors
-- with file:line, rule and article, and the instruction budget that a
-- script's own pcall cannot escape. (The memory cap needs a state parley
-- creates: tests/e2e tests it through the CLI.) Metadata values belong to
-- the shipped rules and are asserted by tests/e2e, not here.
local h = require "helper"
local parley = require "parley"

local TEXT = "Leaders meet\n\nThe ministers met on Tuesday. They agreed to talk again.\n"

local dir, n_default

-- Write a rules file into the spec's folder and return its path.
local function rules_file(name, source) return h.write(dir, name, source) end

setup(function()
  dir = h.tmpdir()
  n_default = assert(parley.load_rules())
end)

teardown(function()
  parley.load_rules()
  parley.set_limits { instructions = 200000000 }
  h.rmdir(dir)
end)

describe("parley.load_rules and parley.rules", function()
  it("loads the shipped rules, all built into parley.so", function()
    assert.is_true(n_default >= 1)
    local rules = parley.rules()
    assert.are.equal(n_default, #rules)
    for _, r in ipairs(rules) do
      assert.are.equal("string", type(r.name))
      assert.matches("^rules/%d%d_[%w_]+%.lua$", r.file)
      assert.are.equal("boolean", type(r.article))
      assert.are.equal("boolean", type(r.sentence))
    end
    assert.is_nil(parley.scripts_dir())
  end)

  it("appends extra files, naming rules after the file", function()
    local path = rules_file("20_house_style.lua", [[
      return { description = "ours", article = function(a) end }]])
    assert.are.equal(n_default + 1, parley.load_rules { path })
    local last = parley.rules()[n_default + 1]
    assert.are.same({ name = "house_style", file = path, description = "ours", article = true,
                      sentences = false, sentence = false, meetings = false, meeting = false },
                    last)
  end)

  it("accepts a list of rule tables in one file", function()
    local path = rules_file("pair.lua", [[
      return { { name = "one", article = function(a) end },
               { name = "two", sentence = function(s, a) end } }]])
    assert.are.equal(n_default + 2, parley.load_rules { path })
    local rules = parley.rules()
    assert.are.equal("one", rules[n_default + 1].name)
    assert.are.equal("two", rules[n_default + 2].name)
    assert.is_true(rules[n_default + 2].sentence)
  end)

  it("rejects an unknown key, naming it, and keeps the rules it had", function()
    local good = rules_file("good.lua", [[return { name = "good" }]])
    parley.load_rules { good }
    local path = rules_file("typo.lua", [[return { name = "typo", articel = function(a) end }]])
    local n, msg, code = parley.load_rules { path }
    assert.is_nil(n)
    assert.are.equal(path .. ": unknown key 'articel' in rule table (known keys: name, "
      .. "description, article, sentences, sentence, meetings, meeting, sentence_fields, "
      .. "abbreviations, starters) (loading rules)", msg)
    assert.are.equal("script error", code)
    assert.are.equal("good", parley.rules()[n_default + 1].name)
  end)

  it("rejects a key of the wrong type", function()
    local path = rules_file("type.lua", [[return { name = "t", article = "not a function" }]])
    local n, msg = parley.load_rules { path }
    assert.is_nil(n)
    assert.are.equal(path .. ": rule key 'article' must be a function, not a string "
      .. "(loading rules)", msg)
  end)

  it("rejects a script that returns no table", function()
    local path = rules_file("none.lua", "local x = 1\n")
    local n, msg = parley.load_rules { path }
    assert.is_nil(n)
    assert.are.equal(path .. ": a rules script must return a table of handlers, not a nil "
      .. "(loading rules)", msg)
  end)

  it("reports a syntax error with file:line", function()
    local path = rules_file("syntax.lua", "return { name = 'x',\n  article = function(a)\n"
      .. "    if then end\n  end }\n")
    local n, msg, code = parley.load_rules { path }
    assert.is_nil(n)
    assert.are.equal(path .. ":3: unexpected symbol near 'then' (loading rules)", msg)
    assert.are.equal("script error", code)
  end)

  it("reports a missing file with its name", function()
    local path = dir .. "/absent.lua"
    local n, msg = parley.load_rules { path }
    assert.is_nil(n)
    assert.are.equal(path .. ": no such file (it may have been deleted) (loading rules)", msg)
  end)

  it("reports an error raised while the script loads with file:line", function()
    local path = rules_file("raise.lua", "local t = nil\nreturn { name = t.x }\n")
    local n, msg = parley.load_rules { path }
    assert.is_nil(n)
    assert.are.equal(path .. ":2: attempt to index a nil value (local 't') (loading rules)", msg)
  end)

  it("raises on misuse", function()
    assert.are.equal("bad argument #1 to 'parley.load_rules' (table expected, got string)",
                     h.raises(parley.load_rules, "file.lua"))
    assert.are.equal("parley.load_rules: item 2 must be a file name (a string), not a number",
                     h.raises(parley.load_rules, { "a.lua", 42 }))
  end)
end)

describe("parley.extract", function()
  after_each(function() parley.load_rules() end)

  it("runs the default rules over a file and returns the article", function()
    parley.load_rules()
    local path = h.write(dir, "meet.txt", TEXT)
    local a = assert(parley.extract(path))
    assert.are.equal(path, a.path)
    assert.are.equal(TEXT, a.text)
    assert.is_true(#a:sentences() >= 2)
  end)

  it("returns nil, message, code when the file cannot be read", function()
    local a, msg, code = parley.extract(h.write(dir, "empty.txt", ""))
    assert.is_nil(a)
    assert.are.equal(dir .. "/empty.txt: empty file (0 bytes); skipped", msg)
    assert.are.equal("empty", code)
  end)

  it("runs each phase over all rules in order: article, sentences, sentence, meetings, "
     .. "meeting", function()
    local path = rules_file("order.lua", [[
      return {
        { name = "first", article = function(a) a.data.log = { "first" } end,
          meeting = function(m, a) table.insert(a.data.log, "m1") end },
        { name = "second",
          article = function(a) table.insert(a.data.log, "second") end,
          sentences = function(a) table.insert(a.data.log, "all " .. #a:sentences()) end,
          sentence = function(s, a) table.insert(a.data.log, "s" .. s.index) end,
          meetings = function(a)
            table.insert(a.data.log, "meetings")
            a:add_meeting { participants = { { name = "A" }, { name = "B" } } }
          end },
        { name = "third",
          article = function(a) table.insert(a.data.log, "third") end,
          meeting = function(m, a)
            table.insert(a.data.log, "m3")
            m.status = "held"
          end },
      }]])
    parley.load_rules { path }
    local a = assert(parley.extract(parley.from_string(TEXT, "order.txt")))
    local n = #a:sentences()
    local want = { "first", "second", "third", "all " .. n }
    for i = 1, n do want[#want + 1] = "s" .. i end
    for _, w in ipairs { "meetings", "m1", "m3" } do want[#want + 1] = w end
    -- the shipped rules may add meetings of their own: keep ours
    local got = {}
    for _, w in ipairs(a.data.log) do
      if not (w:find "^m%d" and #got > 0 and got[#got] == w) then got[#got + 1] = w end
    end
    assert.are.same(want, { table.unpack(got, 1, #want) })
    local ours
    for _, m in ipairs(a:meetings()) do
      if m.participants[1].name == "A" then ours = m end
    end
    assert.are.equal("held", ours.status)
  end)

  it("lets a rule file loaded last remove lines: article handlers all run first", function()
    local path = rules_file("late.lua", [[
      return { name = "late", article = function(a) a:remove_line(1, "late junk") end }]])
    parley.load_rules { path }
    local a = assert(parley.extract(parley.from_string("Junk line\n\nAbe met Xi.\n", "late.txt")))
    assert.are.same({ "Abe met Xi." }, h.texts(a:sentences()))
  end)

  it("records which rule removed a line, and leaves it out of the sentences", function()
    -- an ordinary sentence, so that no shipped rule removes it first
    local line4 = "The weather in Geneva was mild that week."
    local path = rules_file("junk.lua", [[
      return { name = "junk", article = function(a)
        for _, line in ipairs(a:lines()) do
          if line.text:find("weather", 1, true) then a:remove_line(line.index, "not news") end
        end
      end }]])
    parley.load_rules { path }
    local a = assert(parley.extract(parley.from_string(TEXT .. line4 .. "\n", "j.txt")))
    local removed = a:removed()
    assert.are.same({ line = 4, text = line4, rule = "junk", why = "not news" },
                    removed[#removed])
    assert.are.equal("junk", a:line(4).removed)
    assert.are.equal("not news", a:line(4).why)
    for _, s in ipairs(a:sentences()) do assert.is_nil(s.text:find("weather", 1, true)) end
  end)

  it("fails the article when a handler removes a line out of range", function()
    local path = rules_file("range.lua", "return { name = 'range', article = function(a)\n"
      .. "  a:remove_line(99)\nend }\n")
    parley.load_rules { path }
    local a, msg, code = parley.extract(parley.from_string(TEXT, "r.txt"))
    assert.is_nil(a)
    assert.are.equal("r.txt: " .. path .. ":2: bad argument #1 to 'remove_line' (line 99 out of "
      .. "range (1..3)) (rule 'range', article handler)", msg)
    assert.are.equal("script error", code)
  end)

  it("fails the article when a sentence handler removes a line", function()
    local path = rules_file("late.lua", "return { name = 'late', sentence = function(s, a)\n"
      .. "  a:remove_line(1)\nend }\n")
    parley.load_rules { path }
    local a, msg = parley.extract(parley.from_string(TEXT, "late.txt"))
    assert.is_nil(a)
    assert.are.equal("late.txt: " .. path .. ":2: lines cannot be removed after the article was "
      .. "segmented (remove lines in an article handler, before asking for sentences) "
      .. "(rule 'late', sentence handler)", msg)
  end)

  it("reports a runtime error with file:line, rule and article, and goes on", function()
    local path = rules_file("boom.lua", "return { name = 'boom', article = function(a)\n"
      .. "  if a.path == 'bad.txt' then error('kaboom') end\nend }\n")
    parley.load_rules { path }
    local a, msg, code = parley.extract(parley.from_string(TEXT, "bad.txt"))
    assert.is_nil(a)
    assert.are.equal("bad.txt: " .. path .. ":2: kaboom (rule 'boom', article handler)", msg)
    assert.are.equal("script error", code)
    assert.is_not_nil(parley.extract(parley.from_string(TEXT, "good.txt")))
  end)

  it("reports an error raised by setting bad metadata, and a non-string error", function()
    local path = rules_file("meta.lua", "return {\n"
      .. "  { name = 'date', article = function(a)\n"
      .. "      if a.path == 'd.txt' then a.published = 'last Tuesday' end end },\n"
      .. "  { name = 'table', sentence = function(s, a) error({}) end } }\n")
    parley.load_rules { path }
    local _, msg = parley.extract(parley.from_string(TEXT, "d.txt"))
    assert.are.equal("d.txt: " .. path .. ":3: published must be a date as YYYY, YYYY-MM or "
      .. "YYYY-MM-DD, not 'last Tuesday' (rule 'date', article handler)", msg)
    _, msg = parley.extract(parley.from_string(TEXT, "t.txt"))
    assert.are.equal("t.txt: (error object is a table value) (rule 'table', sentence handler)",
                     msg)
  end)

  it("extracts an article only once", function()
    parley.load_rules()
    local a = parley.from_string(TEXT)
    assert(parley.extract(a))
    assert.are.equal("bad argument #1 to 'parley.extract' (article was already extracted)",
                     h.raises(parley.extract, a))
    assert.are.equal("bad argument #1 to 'parley.extract' (parley.article expected, got number)",
                     h.raises(parley.extract, 42))
  end)
end)

describe("the instruction budget", function()
  before_each(function() parley.set_limits { instructions = 2000000 } end)
  after_each(function()
    parley.set_limits { instructions = 200000000 }
    parley.load_rules()
  end)

  local function expect_budget_failure(name, source, line)
    local path = rules_file(name .. ".lua", source)
    parley.load_rules { path }
    local a, msg, code = parley.extract(parley.from_string(TEXT, name .. ".txt"))
    assert.is_nil(a)
    assert.are.equal(name .. ".txt: " .. path .. ":" .. line .. ": instruction budget exceeded "
      .. "(2000000 instructions; raise it with --budget) (rule '" .. name .. "', article handler)",
      msg)
    assert.are.equal("script error", code)
  end

  it("stops while true do end and fails that article", function()
    expect_budget_failure("spin", "return { name = 'spin', article = function(a)\n"
      .. "  while true do end\nend }\n", 2)
  end)

  it("stops the same loop wrapped in the script's own pcall", function()
    expect_budget_failure("wrapped", "return { name = 'wrapped', article = function(a)\n"
      .. "  while true do pcall(function() while true do end end) end\nend }\n", 2)
  end)

  it("stops a loop in a coroutine whose error the handler ignores", function()
    expect_budget_failure("coro", "return { name = 'coro', article = function(a)\n"
      .. "  while true do coroutine.resume(coroutine.create(function() while true do end end)) end"
      .. "\nend }\n", 2)
  end)

  it("leaves the next article its full budget", function()
    expect_budget_failure("once", "return { name = 'once', article = function(a)\n"
      .. "  while a.path == 'once.txt' do end\nend }\n", 2)
    assert.is_not_nil(parley.extract(parley.from_string(TEXT, "next.txt")))
  end)

  it("puts back a debug hook that was set before", function()
    local function hook() end
    debug.sethook(hook, "", 1000000)
    assert(parley.extract(parley.from_string(TEXT, "hooked.txt")))
    local fn, mask, count = debug.gethook()
    debug.sethook()
    assert.are.equal(hook, fn)
    assert.are.equal("", mask)
    assert.are.equal(1000000, count)
  end)

  it("is set with parley.set_limits, which returns the previous limits", function()
    assert.are.same({ instructions = 2000000 }, parley.set_limits { instructions = 5000 })
    assert.are.same({ instructions = 5000 }, parley.set_limits { instructions = 2000000 })
  end)

  it("rejects bad limits, and a memory cap in a state parley did not create", function()
    assert.are.equal("parley.set_limits: unknown key 'instuctions' (known keys: instructions, "
      .. "memory)", h.raises(parley.set_limits, { instuctions = 1 }))
    assert.are.equal("parley.set_limits: instructions must be a whole number >= 0 (0 = none), "
      .. "not -1", h.raises(parley.set_limits, { instructions = -1 }))
    assert.are.equal("parley.set_limits: memory can only be capped in states parley creates "
      .. "(parley run --mem-limit), not in this lua5.4",
      h.raises(parley.set_limits, { memory = 64 * 1024 * 1024 }))
  end)
end)
