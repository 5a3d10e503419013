-- list_meetings.lua: print the meetings of the articles given, one per line.
-- A script for `parley run` (not a rules file): it drives the extraction
-- itself with parley.extract and reads each article's meeting objects.
--
--   parley run examples/scripts/list_meetings.lua examples/articles/*.txt
--   parley run --rules examples/scripts/add_actor.lua \
--     examples/scripts/list_meetings.lua examples/articles/13-*.txt
--
-- One line per meeting, fields separated by tabs (so `cut`, `sort` and
-- spreadsheets take it as it is), "-" for a value the article does not give:
--   file  main ("*" or "-")  status  date  format  place (country)  participants
-- Participants are "Name (Role, Country)", separated by "; ". An article
-- with no meeting prints nothing; a file that cannot be read is reported on
-- stderr, the others go on, and the exit status is 1.

local function field(v) return v == nil and "-" or tostring(v) end

local function person(p)
  local about = {}
  if p.role then about[#about + 1] = p.role end
  if p.country then about[#about + 1] = p.country end
  if #about == 0 then return p.name end
  return p.name .. " (" .. table.concat(about, ", ") .. ")"
end

local function where(m)
  if m.place and m.country then return m.place .. " (" .. m.country .. ")" end
  return field(m.place or m.country)
end

local function line_of(path, m)
  local people = {}
  for _, p in ipairs(m.participants) do people[#people + 1] = person(p) end
  return table.concat({ path, m.main and "*" or "-", field(m.status), field(m.date),
    field(m.format), where(m), table.concat(people, "; ") }, "\t")
end

local failed = false
for _, path in ipairs(arg) do
  -- the article after every rule ran (the rules load on the first call)
  local a, err = parley.extract(path)
  if a then
    for _, m in ipairs(a:meetings()) do print(line_of(path, m)) end
  else
    io.stderr:write("list_meetings: ", err, "\n")
    failed = true
  end
end
if failed then os.exit(1) end
