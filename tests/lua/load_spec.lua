-- load_spec.lua: parley.load and parley.from_string: articles from files
-- and strings, and the nil, message, code they return when the input is
-- not an article (missing, empty, binary, UTF-16, too big, not a file).
local h = require "helper"
local parley = require "parley"

describe("the parley module", function()
  it("is the parley.so of this checkout", function()
    assert.are.equal("./parley.so", package.searchpath("parley", package.cpath))
    assert.are.equal("0.1.0", parley.version)
    assert.are.equal(16 * 1024 * 1024, parley.default_max_size)
  end)

  it("finds lpeg from the lua-lpeg package", function()
    local lpeg = require "lpeg"
    assert.are.equal(3, lpeg.match(lpeg.P "ab", "abc"))
  end)
end)

describe("parley.from_string", function()
  it("builds an article with a stable id, a path and normalised text", function()
    local a = assert(parley.from_string("Hello world.\n", "x.txt"))
    assert.are.equal("x.txt", a.path)
    assert.are.equal("Hello world.\n", a.text)
    assert.matches("^%x+$", a.id)
    assert.are.equal(16, #a.id)
    assert.are.equal(1, a.n_lines)
    assert.are.equal(13, a.bytes)
    assert.are.same({}, a.warnings)
  end)

  it("names the article (string) when no path is given", function()
    assert.are.equal("(string)", parley.from_string("Text.\n").path)
  end)

  it("gives the same id to the same text with CRLF, CR, a BOM or no final newline", function()
    local id = parley.from_string("Title\n\nBody text.\n").id
    assert.are.equal(id, parley.from_string("Title\r\n\r\nBody text.\r\n").id)
    assert.are.equal(id, parley.from_string("Title\r\rBody text.\r").id)
    assert.are.equal(id, parley.from_string("\239\187\191Title\n\nBody text.\n").id)
    assert.are.equal(id, parley.from_string("Title\n\nBody text.").id)
    assert.are_not.equal(id, parley.from_string("Title\n\nBody text!\n").id)
  end)

  it("gives the same id whatever the path", function()
    assert.are.equal(parley.from_string("Same.\n", "a.txt").id,
                     parley.from_string("Same.\n", "b/c.txt").id)
  end)

  it("normalises spaces and blank lines into one text", function()
    local a = parley.from_string("  Title  \n\n\n\nFirst   para.\nSecond\194\160line.\n")
    assert.are.equal("Title\n\nFirst para.\nSecond line.\n", a.text)
    assert.are.equal(4, a.n_lines)
  end)

  it("replaces invalid UTF-8 and says so in a warning", function()
    local a = assert(parley.from_string("Caf\233 au lait.\n", "bad.txt"))
    assert.are.equal("Caf\239\191\189 au lait.\n", a.text)
    assert.are.same({ "invalid UTF-8 replaced (1 sequence)" }, a.warnings)
    local b = assert(parley.from_string("Two bad bytes, \255 and \254, in a longer line.\n"))
    assert.are.same({ "invalid UTF-8 replaced (2 sequences)" }, b.warnings)
  end)

  it("removes a stray NUL byte from text and warns", function()
    local a = assert(parley.from_string(("a"):rep(200) .. "\0" .. "\n"))
    assert.are.equal(("a"):rep(200) .. "\n", a.text)
    assert.are.same({ "NUL bytes removed (1)" }, a.warnings)
  end)

  it("returns nil, message, code for an empty string", function()
    local a, msg, code = parley.from_string("", "e.txt")
    assert.is_nil(a)
    assert.are.equal("e.txt: empty file (0 bytes); skipped", msg)
    assert.are.equal("empty", code)
  end)

  it("returns nil, message, code for white space only", function()
    local a, msg, code = parley.from_string("  \n\t\n\n", "w.txt")
    assert.is_nil(a)
    assert.are.equal("w.txt: no text: only white space or control characters; skipped", msg)
    assert.are.equal("empty", code)
  end)

  it("returns nil, message, code for binary bytes", function()
    local a, msg, code = parley.from_string("abc\0\0def\n", "nul.bin")
    assert.is_nil(a)
    assert.are.equal("nul.bin: not text: NUL bytes: this looks like a binary file; skipped", msg)
    assert.are.equal("not text", code)
    local bytes = {}
    for i = 1, 512 do bytes[i] = string.char(1 + (i * 7) % 31) end
    a, msg, code = parley.from_string(table.concat(bytes), "ctl.bin")
    assert.is_nil(a)
    assert.are.equal(
      "ctl.bin: not text: mostly control or invalid bytes: this looks like a binary file; skipped",
      msg)
    assert.are.equal("not text", code)
  end)

  it("returns nil, message, code for UTF-16", function()
    local a, msg, code = parley.from_string("\255\254H\0i\0\n\0", "u16.txt")
    assert.is_nil(a)
    assert.are.equal("u16.txt: not text: UTF-16 text (byte order mark FF FE); "
      .. "convert it to UTF-8; skipped", msg)
    assert.are.equal("not text", code)
  end)

  it("refuses text larger than max_size", function()
    local a, msg, code = parley.from_string(("x"):rep(100), "big.txt", { max_size = 10 })
    assert.is_nil(a)
    assert.are.equal(
      "big.txt: too large (100 bytes; the limit is 10 bytes, raise it with --max-size)", msg)
    assert.are.equal("too large", code)
    assert.is_not_nil(parley.from_string(("x"):rep(10), "ten.txt", { max_size = 10 }))
  end)

  it("raises on misuse", function()
    assert.are.equal("bad argument #1 to 'parley.from_string' (string expected, got no value)",
                     h.raises(parley.from_string))
    assert.are.equal("max_size must be a positive number of bytes",
                     h.raises(parley.from_string, "x", "p", { max_size = 0 }))
    assert.are.equal("max_size must be a positive number of bytes",
                     h.raises(parley.from_string, "x", "p", { max_size = "big" }))
    assert.are.equal("unknown option 'maxsize' (the only option is max_size)",
                     h.raises(parley.from_string, "x", "p", { maxsize = 1 }))
  end)
end)

describe("parley.load", function()
  local dir
  setup(function() dir = h.tmpdir() end)
  teardown(function() h.rmdir(dir) end)

  it("loads a file as an article", function()
    local path = h.write(dir, "ok.txt", "Title\r\n\r\nBody text.\r\n")
    local a = assert(parley.load(path))
    assert.are.equal(path, a.path)
    assert.are.equal("Title\n\nBody text.\n", a.text)
    assert.are.equal(parley.from_string("Title\n\nBody text.\n").id, a.id)
    assert.are.equal(3, a.n_lines)
    assert.are.equal(21, a.bytes)
  end)

  it("returns nil, message, code for a missing file", function()
    local path = dir .. "/missing.txt"
    local a, msg, code = parley.load(path)
    assert.is_nil(a)
    assert.are.equal(path .. ": no such file (it may have been deleted)", msg)
    assert.are.equal("not found", code)
  end)

  it("returns nil, message, code for an empty file", function()
    local path = h.write(dir, "empty.txt", "")
    local a, msg, code = parley.load(path)
    assert.is_nil(a)
    assert.are.equal(path .. ": empty file (0 bytes); skipped", msg)
    assert.are.equal("empty", code)
  end)

  it("returns nil, message, code for a binary file", function()
    local path = h.write(dir, "bin.dat", "\127ELF\2\1\1\0\0\0\0\0\0\0\0\0\3\0>\0")
    local a, msg, code = parley.load(path)
    assert.is_nil(a)
    assert.are.equal(path .. ": not text: NUL bytes: this looks like a binary file; skipped", msg)
    assert.are.equal("not text", code)
  end)

  it("returns nil, message, code for a file over the size limit", function()
    local path = h.write(dir, "big.txt", ("word "):rep(100) .. "\n")
    local a, msg, code = parley.load(path, { max_size = 100 })
    assert.is_nil(a)
    assert.are.equal(
      path .. ": too large (501 bytes; the limit is 100 bytes, raise it with --max-size)", msg)
    assert.are.equal("too large", code)
    assert.is_not_nil(parley.load(path, { max_size = 501 }))
  end)

  it("returns nil, message, code for a folder and a FIFO", function()
    local a, msg, code = parley.load(dir)
    assert.is_nil(a)
    assert.are.equal(dir .. ": a directory, not a regular file; skipped", msg)
    assert.are.equal("not a regular file", code)
    local fifo = dir .. "/fifo"
    assert(os.execute("mkfifo '" .. fifo .. "'"))
    a, msg, code = parley.load(fifo) -- must not block
    assert.is_nil(a)
    assert.are.equal(fifo .. ": a FIFO (named pipe), not a regular file; skipped", msg)
    assert.are.equal("not a regular file", code)
  end)

  it("returns nil, message, code for a symbolic link loop", function()
    local link = dir .. "/loop"
    assert(os.execute("ln -s loop '" .. link .. "'"))
    local a, msg, code = parley.load(link)
    assert.is_nil(a)
    assert.are.equal(link .. ": symbolic link loop: the link never reaches a file", msg)
    assert.are.equal("symbolic link loop", code)
  end)

  it("raises on misuse", function()
    assert.are.equal("bad argument #1 to 'parley.load' (string expected, got no value)",
                     h.raises(parley.load))
    assert.are.equal("bad argument #2 to 'parley.load' (table expected, got number)",
                     h.raises(parley.load, "x.txt", 5))
  end)
end)
