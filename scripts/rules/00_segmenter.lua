-- 00_segmenter.lua: hands the abbreviation and sentence-starter lists of
-- scripts/data/abbreviations.lua to the C segmenter. No handlers: it only
-- declares data, so it costs nothing per article.
local abbreviations = require "data.abbreviations"

return {
  name = "segmenter",
  description = "abbreviations and sentence starters for sentence splitting",
  abbreviations = {
    title = abbreviations.title,
    number = abbreviations.number,
    general = abbreviations.general,
  },
  starters = abbreviations.starters,
}
