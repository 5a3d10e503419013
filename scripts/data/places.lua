-- data/places.lua: cities, islands, regions and venues with their country,
-- gathered from every file in data/places/ (each returns a list). Fields:
--
--   name       the name as news writes it ("Danang"); unique in its country
--   country    a name from data/countries.lua
--   aliases    other spellings ("Da Nang"), old names ("Bombay")
--   kind       "city" when absent; "island", "region" or "venue"
--   within     the place (same country) a venue or district lies in
--   ambiguous  true for names that are ordinary words or names of people
--              ("Nice", "Split", "Victoria"): kept for datelines and look-ups
--              by name, never matched in running text
--
-- The same name in two countries is avoided: only the one news means by
-- the bare name is listed (Córdoba in Argentina, Tripoli in Libya).
-- A user adds places by putting a file of their own in data/places/ (with
-- --scripts), or from a rules file loaded earlier:
--   table.insert(require "data.places", { name = "Utopia City", country = "Utopia" })

-- the parley module: the global in parley's own states, required in stock lua5.4
local parley = require "parley"

local all = {}
for _, name in ipairs(parley.script_names("data/places/")) do
  for _, place in ipairs(require((name:gsub("%.lua$", ""):gsub("/", ".")))) do
    all[#all + 1] = place
  end
end
return all
