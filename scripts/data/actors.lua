-- data/actors.lua: the people parley knows, gathered from every file in
-- data/actors/ (each returns a list; see data/actors/*.lua for the format).
-- A user adds people by putting a file of their own there (with --scripts),
-- or from a rules file loaded earlier:
--   table.insert(require "data.actors", { name = "Jane Doe", country = "Utopia",
--     short = { "Doe" }, roles = { { "Foreign Minister", "2024-01-01", nil } } })

-- the parley module: the global in parley's own states, required in stock lua5.4
local parley = require "parley"

local all = {}
for _, name in ipairs(parley.script_names("data/actors/")) do
  for _, person in ipairs(require((name:gsub("%.lua$", ""):gsub("/", ".")))) do
    all[#all + 1] = person
  end
end
return all
