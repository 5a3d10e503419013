-- data/roles.lua: the words that name an office, for titles ("Prime
-- Minister Fumio Kishida", "Chinese Premier Li Keqiang") and for references
-- to whoever holds it ("the Japanese leader", "China's foreign minister").
--
-- Each entry maps the phrases news uses to a canonical role of the actor
-- tables (data/actors/). `leader = true` entries are not an office but the
-- word "leader": it means the office data/countries.lua names as the
-- country's leader (Japan's prime minister, China's president).
-- `rank` orders offices when a surname alone is ambiguous at a date: the
-- holder of the higher-ranked office is meant ("Li" in 2019 is the premier).
-- A user extends it from a rules file loaded earlier:
--   table.insert(require("data.roles"), { role = "Mayor", phrases = { "Mayor" } })

return {
  { role = "President", rank = 10, phrases = { "President", "Pres." } },
  { role = "Prime Minister", rank = 10, phrases = { "Prime Minister", "PM", "premier minister" } },
  { role = "Chancellor", rank = 10, phrases = { "Chancellor", "Federal Chancellor" } },
  { role = "Premier", rank = 9, phrases = { "Premier" } },
  { role = "Supreme Leader", rank = 10, phrases = { "Supreme Leader" } },
  { role = "King", rank = 9, phrases = { "King" } },
  { role = "Emperor", rank = 8, phrases = { "Emperor" } },
  { role = "Crown Prince", rank = 8, phrases = { "Crown Prince" } },
  { role = "Sultan", rank = 9, phrases = { "Sultan" } },
  { role = "General Secretary", rank = 9, phrases = { "General Secretary", "party chief" } },
  { role = "Chairman of the State Affairs Commission", rank = 9,
    phrases = { "Chairman of the State Affairs Commission" } },
  { role = "State Counsellor", rank = 9, phrases = { "State Counsellor", "State Counselor" } },
  { role = "President of the Confederation", rank = 9,
    phrases = { "President of the Swiss Confederation", "Swiss President" } },
  { role = "Vice President", rank = 6, phrases = { "Vice President", "Vice-President", "VP" } },
  { role = "Deputy Prime Minister", rank = 6, phrases = { "Deputy Prime Minister" } },
  { role = "Vice Premier", rank = 6, phrases = { "Vice Premier", "Vice-Premier" } },
  { role = "Foreign Minister", rank = 7,
    phrases = { "Foreign Minister", "Foreign Affairs Minister", "Minister for Foreign Affairs",
                "Minister of Foreign Affairs", "External Affairs Minister",
                "Minister of External Affairs", "Foreign Secretary", "top diplomat" } },
  { role = "Secretary of State", rank = 7, phrases = { "Secretary of State" } },
  { role = "State Councilor", rank = 6, phrases = { "State Councilor", "State Councillor" } },
  { role = "Director of the Central Foreign Affairs Commission Office", rank = 6,
    phrases = { "Director of the Office of the Central Foreign Affairs Commission",
                "director of the CPC Central Foreign Affairs Office",
                "director of the Central Foreign Affairs Commission Office" } },
  { role = "Chief Cabinet Secretary", rank = 5, phrases = { "Chief Cabinet Secretary" } },
  { role = "Deputy Minister for Foreign Affairs", rank = 4,
    phrases = { "Deputy Minister for Foreign Affairs", "Deputy Foreign Minister" } },
  { role = "Vice Foreign Minister", rank = 4, phrases = { "Vice Foreign Minister", "Vice-Foreign Minister" } },
  { role = "Assistant Foreign Minister", rank = 3, phrases = { "Assistant Foreign Minister" } },
  { role = "Defense Minister", rank = 5,
    phrases = { "Defense Minister", "Defence Minister", "Minister of Defense", "Minister of Defence" } },
  { role = "Secretary of Defense", rank = 5, phrases = { "Secretary of Defense", "Defense Secretary" } },
  { role = "Speaker of the House", rank = 5, phrases = { "Speaker of the House", "House Speaker" } },
  { role = "Chancellor of the Exchequer", rank = 5, phrases = { "Chancellor of the Exchequer" } },
  { role = "National Security Adviser", rank = 4,
    phrases = { "National Security Adviser", "National Security Advisor" } },
  { role = "Ambassador", rank = 3, phrases = { "Ambassador", "envoy" } },
  { role = "Secretary-General", rank = 5, phrases = { "Secretary-General", "Secretary General", "secretary general" } },
  { role = "President of the European Commission", rank = 8,
    phrases = { "President of the European Commission", "European Commission President",
                "Commission President" } },
  { role = "President of the European Council", rank = 8,
    phrases = { "President of the European Council", "European Council President" } },
  { role = "High Representative", rank = 6,
    phrases = { "High Representative", "foreign policy chief" } },
  -- "the Japanese leader": the office data/countries.lua calls the leader
  { leader = true, rank = 10, phrases = { "leader", "head of government" } },
}
