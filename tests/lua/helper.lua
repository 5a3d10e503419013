-- helper.lua: what the binding specs share: a temporary folder per spec
-- file, writing files into it, and reading the message of an error a call
-- raises. Never asserts anything itself.
local M = {}

-- A new empty folder under $TMPDIR (or /tmp); remove it with M.rmdir.
function M.tmpdir()
  local path = os.tmpname() -- creates a file; a folder takes its unique name
  os.remove(path)
  assert(os.execute("mkdir -m 700 '" .. path .. "'"), "cannot create " .. path)
  return path
end

function M.rmdir(path)
  if path and path:match("^/.+/lua_%w+$") then os.execute("rm -rf '" .. path .. "'") end
end

-- Write bytes to dir/name and return the full path.
function M.write(dir, name, bytes)
  local path = dir .. "/" .. name
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
  return path
end

-- Call fn(...) expecting it to raise a string; return that message without
-- the "file:line: " position Lua puts in front of it (fails if fn returns).
function M.raises(fn, ...)
  local ok, err = pcall(fn, ...)
  assert(not ok, "expected an error, but the call returned")
  assert(type(err) == "string", "expected a string error, got a " .. type(err))
  return (err:gsub("^[^\n:]+:%d+: ", "", 1))
end

-- The texts of an array of objects with a .text field.
function M.texts(list)
  local out = {}
  for i, x in ipairs(list) do out[i] = x.text end
  return out
end

return M
