-- tests/tools/check-actors.lua: validate actor tables (scripts/data/actors/*.lua).
--
--   lua5.4 tests/tools/check-actors.lua scripts/data/actors/*.lua
--
-- Each file must return a list of people:
--   { name = "Shinzo Abe", country = "Japan", short = { "Abe" }, aliases = { ... },
--     roles = { { "Prime Minister", "2006-09-26", "2007-09-26" }, ... } }
-- A role may name its own country (`country = "Poland"`) when it is not the
-- person's (an EU leader's national office).
--
-- Errors (exit status 1): a missing or mistyped field, an unknown key, a
-- date that is not ISO (YYYY-MM-DD or YYYY-MM) or not a real day, a start
-- after its stop, a role outside the vocabulary, a name given twice, and two
-- holders of the same single-holder office of one country (President, Prime
-- Minister, Premier, Chancellor, Foreign Minister, Secretary of State, King)
-- on the same days for more than 3 days. A month-only date counts for the
-- overlap test by its least overlapping day (a start at the month's end, a
-- stop at its start), so only certain overlaps are reported.
-- Warnings (no effect on the exit status): a start after today, entries not
-- grouped by country or not sorted by first start date within a country.

-- The role vocabulary is the one the rules use: every `role` of
-- scripts/data/roles.lua (run from the repository root).
local VOCABULARY = {}
do
  local ok, roles = pcall(dofile, "scripts/data/roles.lua")
  if not ok then
    io.stderr:write("check-actors: cannot read scripts/data/roles.lua: ", tostring(roles), "\n")
    os.exit(2)
  end
  for _, r in ipairs(roles) do
    if r.role then VOCABULARY[#VOCABULARY + 1] = r.role end
  end
end
local SINGLE = {
  ["President"] = true, ["Prime Minister"] = true, ["Premier"] = true, ["Chancellor"] = true,
  ["Foreign Minister"] = true, ["Secretary of State"] = true, ["King"] = true,
}
local MAX_OVERLAP_DAYS = 3

local known_role = {}
for _, r in ipairs(VOCABULARY) do known_role[r] = true end

local PERSON_KEYS = { name = true, country = true, short = true, aliases = true, roles = true }

local errors, warnings = 0, 0
local function err(where, msg)
  errors = errors + 1
  io.write("ERROR ", where, ": ", msg, "\n")
end
local function warn(where, msg)
  warnings = warnings + 1
  io.write("warning ", where, ": ", msg, "\n")
end

-- ---- dates ---------------------------------------------------------------------

local function leap(y) return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0 end
local function month_days(y, m)
  local d = ({ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 })[m]
  if m == 2 and leap(y) then d = 29 end
  return d
end

-- Days since 1970-01-01 of a civil date (proleptic Gregorian).
local function day_number(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

-- parse(s) -> { first = day number, last = day number } or nil, message.
local function parse(s)
  if type(s) ~= "string" then return nil, "not a string" end
  local y, m, d = s:match "^(%d%d%d%d)%-(%d%d)%-(%d%d)$"
  if not y then
    y, m = s:match "^(%d%d%d%d)%-(%d%d)$"
    if not y then return nil, "not YYYY-MM-DD or YYYY-MM" end
  end
  y, m = tonumber(y), tonumber(m)
  if y < 1900 or y > 2100 then return nil, "year out of range" end
  if m < 1 or m > 12 then return nil, "no such month" end
  if d then
    d = tonumber(d)
    if d < 1 or d > month_days(y, m) then return nil, "no such day" end
    local n = day_number(y, m, d)
    return { first = n, last = n }
  end
  return { first = day_number(y, m, 1), last = day_number(y, m, month_days(y, m)) }
end

local today_t = os.date "*t"
local TODAY = day_number(today_t.year, today_t.month, today_t.day)
local FOREVER = math.huge

-- ---- checks -------------------------------------------------------------------

local function check_strings(where, what, list)
  if list == nil then return end
  if type(list) ~= "table" then err(where, what .. " is not a list"); return end
  for k, s in pairs(list) do
    if math.type(k) ~= "integer" then err(where, what .. " has a non-list key " .. tostring(k))
    elseif type(s) ~= "string" or s == "" then err(where, what .. "[" .. k .. "] is not a non-empty string") end
  end
end

local people = 0
local roles_total = 0
local seen_name = {}   -- name -> where
local terms = {}       -- country -> role -> list of { who, where, lo, hi, s, e }

local function check_role(where, p, i, r)
  local at = where .. " role " .. i
  if type(r) ~= "table" then err(at, "not a table"); return end
  for k in pairs(r) do
    if not (k == 1 or k == 2 or k == 3 or k == "country") then
      err(at, "unknown key " .. tostring(k))
    end
  end
  local role, start, stop = r[1], r[2], r[3]
  if type(role) ~= "string" then err(at, "role name missing"); return end
  at = at .. " (" .. role .. ")"
  if not known_role[role] then err(at, "role not in the vocabulary") end
  local country = r.country or p.country
  if r.country ~= nil and (type(r.country) ~= "string" or r.country == "") then
    err(at, "country is not a non-empty string")
  end
  local s, why = parse(start)
  if not s then err(at, "start " .. tostring(start) .. ": " .. why); return end
  local e
  if stop ~= nil then
    e, why = parse(stop)
    if not e then err(at, "stop " .. tostring(stop) .. ": " .. why); return end
    if s.first > e.last then err(at, "start " .. start .. " is after stop " .. stop) end
  end
  if s.first > TODAY then warn(at, "start " .. start .. " is after today") end
  roles_total = roles_total + 1
  if SINGLE[role] and type(country) == "string" then
    terms[country] = terms[country] or {}
    local list = terms[country][role] or {}
    terms[country][role] = list
    -- the least overlapping reading of partial dates
    list[#list + 1] = { who = p.name, where = where, lo = s.last, hi = e and e.first or FOREVER,
                        start = start, stop = stop }
  end
end

local function check_person(file, idx, p)
  local where = file .. " #" .. idx
  if type(p) ~= "table" then err(where, "entry is not a table"); return end
  if type(p.name) ~= "string" or p.name == "" then err(where, "name missing")
  else where = where .. " " .. p.name end
  for k in pairs(p) do
    if not PERSON_KEYS[k] then err(where, "unknown key " .. tostring(k)) end
  end
  if type(p.country) ~= "string" or p.country == "" then err(where, "country missing") end
  check_strings(where, "short", p.short)
  check_strings(where, "aliases", p.aliases)
  if type(p.name) == "string" then
    if seen_name[p.name] then err(where, "duplicate name (also " .. seen_name[p.name] .. ")")
    else seen_name[p.name] = where end
  end
  if type(p.roles) ~= "table" or #p.roles == 0 then err(where, "roles missing or empty"); return end
  for k in pairs(p.roles) do
    if math.type(k) ~= "integer" or k < 1 or k > #p.roles then err(where, "roles is not a list") end
  end
  people = people + 1
  for i, r in ipairs(p.roles) do check_role(where, p, i, r) end
end

-- Entries grouped by country and sorted by their first start within it.
local function check_order(file, list)
  local done = {}
  local country, prev
  for i, p in ipairs(list) do
    if type(p) == "table" and type(p.country) == "string" and type(p.roles) == "table" then
      local first -- the earliest start, as a range of days
      for _, r in ipairs(p.roles) do
        local s = type(r) == "table" and parse(r[2])
        if s and (not first or s.first < first.first) then first = s end
      end
      if p.country ~= country then
        if done[p.country] then
          warn(file .. " #" .. i .. " " .. tostring(p.name), "country " .. p.country .. " not grouped")
        end
        if country then done[country] = true end
        country, prev = p.country, nil
      end
      -- out of order only when certainly earlier ("2001-12" may follow "2001-12-21")
      if first and prev and first.last < prev.first then
        warn(file .. " #" .. i .. " " .. tostring(p.name), "not sorted by first start date")
      end
      if first then prev = first end
    end
  end
end

local function check_overlaps()
  local countries = {}
  for c in pairs(terms) do countries[#countries + 1] = c end
  table.sort(countries)
  for _, c in ipairs(countries) do
    local roles = {}
    for r in pairs(terms[c]) do roles[#roles + 1] = r end
    table.sort(roles)
    for _, role in ipairs(roles) do
      local list = terms[c][role]
      table.sort(list, function(a, b) return a.lo < b.lo end)
      for i = 1, #list do
        for j = i + 1, #list do
          local a, b = list[i], list[j]
          local from = math.max(a.lo, b.lo)
          local to = math.min(a.hi, b.hi)
          local days = to - from
          if days > MAX_OVERLAP_DAYS then
            local len = days == FOREVER and "open-ended" or (days .. " days")
            err(c .. " " .. role, string.format("%s (%s..%s) and %s (%s..%s) overlap, %s",
              a.who, a.start, tostring(a.stop), b.who, b.start, tostring(b.stop), len))
          end
        end
      end
    end
  end
end

-- ---- main ---------------------------------------------------------------------

if #arg == 0 then
  io.stderr:write "usage: lua5.4 tests/tools/check-actors.lua FILE.lua...\n"
  os.exit(2)
end

for _, file in ipairs(arg) do
  local ok, list = pcall(dofile, file)
  if not ok then err(file, "does not load: " .. tostring(list))
  elseif type(list) ~= "table" then err(file, "does not return a list")
  else
    for i, p in ipairs(list) do check_person(file, i, p) end
    local n = 0
    for _ in pairs(list) do n = n + 1 end
    if n ~= #list then err(file, "returns a table that is not a plain list") end
    check_order(file, list)
  end
end
check_overlaps()

io.write(string.format("check-actors: %d files, %d people, %d roles: %d errors, %d warnings\n",
  #arg, people, roles_total, errors, warnings))
os.exit(errors == 0 and 0 or 1)
