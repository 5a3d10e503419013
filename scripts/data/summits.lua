-- data/summits.lua: occasions (summits, forums, conferences) and a
-- calendar of their editions from 2005 to today (2026-11).
--
-- occasions: name (the label a meeting record carries), aliases, and
--            family (the wider occasion a meeting is part of: "ASEAN" for
--            the East Asia Summit, ASEAN Plus Three and the ministers' week).
-- editions:  occasion, city (a place name of data/places.lua), country,
--            start and stop (ISO dates of the leaders' meeting; "YYYY-MM"
--            where only the month is certain, with an "unsure" comment),
--            and optionally number (ordinal of the edition), name ("COP21"),
--            virtual = true (held by video; country is the host, city is
--            left out) and cancelled = true (announced, then not held).
-- Dates are those of the leaders' meeting itself, not of the ministerial
-- and business events of the same week. Where two editions of one
-- occasion fall in a year, the city tells them apart.
-- A user adds an edition from a rules file loaded earlier:
--   table.insert(require("data.summits").editions, { occasion = "G20",
--     city = "Utopia City", country = "Utopia", start = "2031-11-01", stop = "2031-11-02" })

local occasions = {
  { name = "G20", aliases = { "G-20", "Group of 20", "Group of Twenty", "G20 summit",
      "G-20 summit", "Group of 20 summit", "G20 Leaders' Summit", "G20 leaders' summit" } },
  { name = "APEC", aliases = { "Apec", "Apec summit", "Asia-Pacific Economic Cooperation",
      "Asia Pacific Economic Cooperation", "APEC forum", "APEC summit",
      "APEC Economic Leaders' Meeting", "APEC leaders' meeting", "APEC leaders meeting" } },
  -- The Group of Eight (with Russia) until 2013; the G7 again from 2014.
  { name = "G8", aliases = { "G-8", "Group of Eight", "G8 summit", "G-8 summit" } },
  { name = "G7", aliases = { "G-7", "Group of Seven", "G7 summit", "G-7 summit",
      "Group of Seven summit" } },
  { name = "BRICS", aliases = { "BRICS summit", "BRIC", "BRIC summit", "Brics" } },
  { name = "ASEAN", aliases = { "ASEAN summit", "ASEAN Summit", "ASEAN summits",
      "Association of Southeast Asian Nations", "Association of South East Asian Nations",
      "Association of Southeast Asian Nations summit", "ASEAN leaders' summit",
      "ASEAN Leaders' Meeting", "Asean", "Asean summit", "Asean Summit", "Asean summits" } },
  -- family: the occasion these meetings are part of, for users who want
  -- one label for all that happens around ASEAN.
  { name = "East Asia Summit", family = "ASEAN",
    aliases = { "EAS", "East Asian Summit", "East Asia summit" } },
  { name = "ASEAN Plus Three", family = "ASEAN", aliases = { "ASEAN+3", "ASEAN Plus Three summit",
      "ASEAN Plus Three Summit", "ASEAN plus three", "ASEAN Plus 3", "Asean Plus Three",
      "Asean Plus Three summit", "Asean Plus Three Summit", "Asean+3" } },
  { name = "SCO", aliases = { "Shanghai Cooperation Organization",
      "Shanghai Cooperation Organisation", "SCO summit", "Shanghai Cooperation Organization summit",
      "Shanghai Cooperation Organisation summit" } },
  { name = "NATO", aliases = { "NATO summit", "Nato", "Nato summit", "North Atlantic Treaty Organization",
      "NATO leaders' summit", "NATO Summit" } },
  { name = "UN General Assembly", aliases = { "U.N. General Assembly", "UNGA", "General Assembly",
      "United Nations General Assembly", "UN General Assembly", "U.N. General Assembly session" } },
  { name = "Munich Security Conference", aliases = { "Munich security conference" } },
  { name = "World Economic Forum", aliases = { "WEF", "Davos forum", "Davos Forum",
      "World Economic Forum annual meeting", "Davos Agenda" } },
  { name = "Shangri-La Dialogue", aliases = { "Shangri-la Dialogue", "Shangri La Dialogue",
      "IISS Shangri-La Dialogue", "Shangri-La security forum" } },
  { name = "Asian-African summit", aliases = { "Asian-African Summit", "Asia-Africa summit",
      "Asia-Africa Summit", "Asian-African Conference", "Asia-Africa Conference",
      "Asian African Conference", "Asian-African conference", "Bandung Conference",
      "Bandung conference" } },
  -- "trilateral summit" alone is too generic to name this occasion.
  { name = "China-Japan-South Korea trilateral summit", aliases = {
      "Japan-China-South Korea summit", "China-Japan-ROK summit", "China-Japan-South Korea summit",
      "Japan-China-ROK summit", "Japan-China-Korea summit", "China-Japan-Korea summit",
      "Japan-South Korea-China summit", "South Korea-China-Japan summit",
      "Korea-China-Japan summit", "China-Japan-South Korea trilateral summit",
      "Japan-China-South Korea trilateral summit", "Japan-China-ROK trilateral summit",
      "China-Japan-ROK trilateral summit", "Japan-China-Korea trilateral summit" } },
  { name = "COP", aliases = { "climate summit", "UN climate summit", "U.N. climate summit",
      "UN climate conference", "U.N. climate conference", "UN climate talks", "U.N. climate talks",
      "COP11", "COP12", "COP13", "COP14", "COP15", "COP16", "COP17", "COP18", "COP19", "COP20",
      "COP21", "COP22", "COP23", "COP24", "COP25", "COP26", "COP27", "COP28", "COP29", "COP30",
      "COP31", "COP 21", "COP 26", "COP 27", "COP 28", "COP 29", "COP 30", "Cop21", "Cop26",
      "Cop27", "Cop28", "Cop29", "Cop30", "Cop31" } },
  { name = "Summit for Democracy", aliases = { "Democracy Summit", "democracy summit" } },
  { name = "Quad", aliases = { "Quad summit", "Quad Leaders' Summit", "Quad leaders' summit",
      "Quadrilateral Security Dialogue", "Quad leaders summit" } },
  { name = "Belt and Road Forum", aliases = { "Belt and Road Forum for International Cooperation",
      "BRF", "Belt and Road forum" } },
  -- The foreign ministers' week of ASEAN (AMM, Post-Ministerial
  -- Conferences, ASEAN Regional Forum, EAS foreign ministers).
  { name = "ASEAN Foreign Ministers' Meeting", family = "ASEAN", aliases = { "ASEAN foreign ministers' meeting",
      "ASEAN Foreign Ministers Meeting", "ASEAN foreign ministers meeting",
      "ASEAN Ministerial Meeting", "ASEAN Regional Forum", "ARF", "AMM",
      "ASEAN foreign ministers' meetings", "ASEAN-related foreign ministers' meetings",
      "Asean foreign ministers' meeting", "Asean foreign ministers' meetings",
      "Asean-related foreign ministers' meetings", "Asean Regional Forum" } },
  { name = "Eastern Economic Forum", aliases = { "EEF", "Eastern Economic Forum in Vladivostok" } },
  { name = "ASEAN-US Special Summit", aliases = { "ASEAN-U.S. Special Summit",
      "U.S.-ASEAN Special Summit", "US-ASEAN Special Summit", "U.S.-ASEAN summit",
      "US-ASEAN summit", "ASEAN-US summit", "ASEAN-U.S. summit" } },
}

local editions = {}

-- add(occasion, list): append the editions of list, each tagged with occasion.
local function add(occasion, list)
  for _, e in ipairs(list) do
    e.occasion = occasion
    editions[#editions + 1] = e
  end
end

-- APEC: the Economic Leaders' Meeting.
add("APEC", {
  { city = "Busan", country = "South Korea", start = "2005-11-18", stop = "2005-11-19" },
  { city = "Hanoi", country = "Vietnam", start = "2006-11-18", stop = "2006-11-19" },
  { city = "Sydney", country = "Australia", start = "2007-09-08", stop = "2007-09-09" },
  { city = "Lima", country = "Peru", start = "2008-11-22", stop = "2008-11-23" },
  { city = "Singapore", country = "Singapore", start = "2009-11-14", stop = "2009-11-15" },
  { city = "Yokohama", country = "Japan", start = "2010-11-13", stop = "2010-11-14" },
  { city = "Honolulu", country = "United States", start = "2011-11-12", stop = "2011-11-13" },
  { city = "Vladivostok", country = "Russia", start = "2012-09-08", stop = "2012-09-09" },
  -- 2013: at Nusa Dua, Bali.
  { city = "Bali", country = "Indonesia", start = "2013-10-07", stop = "2013-10-08" },
  -- 2014: the leaders met at Yanqi Lake, Beijing.
  { city = "Beijing", country = "China", start = "2014-11-10", stop = "2014-11-11" },
  { city = "Manila", country = "Philippines", start = "2015-11-18", stop = "2015-11-19" },
  { city = "Lima", country = "Peru", start = "2016-11-19", stop = "2016-11-20" },
  { city = "Danang", country = "Vietnam", start = "2017-11-10", stop = "2017-11-11" },
  { city = "Port Moresby", country = "Papua New Guinea", start = "2018-11-17", stop = "2018-11-18" },
  -- 2019: called off by Chile on 30 October 2019 over unrest at home.
  { city = "Santiago", country = "Chile", start = "2019-11-16", stop = "2019-11-17", cancelled = true },
  { country = "Malaysia", virtual = true, start = "2020-11-20", stop = "2020-11-20" },
  { country = "New Zealand", virtual = true, start = "2021-11-12", stop = "2021-11-12" },
  { city = "Bangkok", country = "Thailand", start = "2022-11-18", stop = "2022-11-19" },
  { city = "San Francisco", country = "United States", start = "2023-11-16", stop = "2023-11-17" },
  { city = "Lima", country = "Peru", start = "2024-11-15", stop = "2024-11-16" },
  { city = "Gyeongju", country = "South Korea", start = "2025-10-31", stop = "2025-11-01" },
  -- unsure: days
  { city = "Shenzhen", country = "China", start = "2026-11", stop = "2026-11" },
})

-- G20 leaders' summits.
add("G20", {
  { city = "Washington", country = "United States", start = "2008-11-14", stop = "2008-11-15" },
  { city = "London", country = "United Kingdom", start = "2009-04-02", stop = "2009-04-02" },
  { city = "Pittsburgh", country = "United States", start = "2009-09-24", stop = "2009-09-25" },
  { city = "Toronto", country = "Canada", start = "2010-06-26", stop = "2010-06-27" },
  { city = "Seoul", country = "South Korea", start = "2010-11-11", stop = "2010-11-12" },
  { city = "Cannes", country = "France", start = "2011-11-03", stop = "2011-11-04" },
  { city = "Los Cabos", country = "Mexico", start = "2012-06-18", stop = "2012-06-19" },
  { city = "Saint Petersburg", country = "Russia", start = "2013-09-05", stop = "2013-09-06" },
  { city = "Brisbane", country = "Australia", start = "2014-11-15", stop = "2014-11-16" },
  -- 2015: at Belek, Antalya.
  { city = "Antalya", country = "Turkey", start = "2015-11-15", stop = "2015-11-16" },
  { city = "Hangzhou", country = "China", start = "2016-09-04", stop = "2016-09-05" },
  { city = "Hamburg", country = "Germany", start = "2017-07-07", stop = "2017-07-08" },
  { city = "Buenos Aires", country = "Argentina", start = "2018-11-30", stop = "2018-12-01" },
  { city = "Osaka", country = "Japan", start = "2019-06-28", stop = "2019-06-29" },
  -- 2020: an extraordinary video summit on COVID-19, then the Riyadh summit by video.
  { country = "Saudi Arabia", virtual = true, start = "2020-03-26", stop = "2020-03-26" },
  { country = "Saudi Arabia", virtual = true, start = "2020-11-21", stop = "2020-11-22" },
  -- 2021: an extraordinary video summit on Afghanistan, then Rome.
  { country = "Italy", virtual = true, start = "2021-10-12", stop = "2021-10-12" },
  { city = "Rome", country = "Italy", start = "2021-10-30", stop = "2021-10-31" },
  -- 2022: at Nusa Dua, Bali.
  { city = "Bali", country = "Indonesia", start = "2022-11-15", stop = "2022-11-16" },
  { city = "New Delhi", country = "India", start = "2023-09-09", stop = "2023-09-10" },
  { country = "India", virtual = true, start = "2023-11-22", stop = "2023-11-22" },
  { city = "Rio de Janeiro", country = "Brazil", start = "2024-11-18", stop = "2024-11-19" },
  { city = "Johannesburg", country = "South Africa", start = "2025-11-22", stop = "2025-11-23" },
})

-- G8 (2005-2013) and G7 (2014-).
add("G8", {
  { city = "Gleneagles", country = "United Kingdom", start = "2005-07-06", stop = "2005-07-08" },
  { city = "Saint Petersburg", country = "Russia", start = "2006-07-15", stop = "2006-07-17" },
  { city = "Heiligendamm", country = "Germany", start = "2007-06-06", stop = "2007-06-08" },
  { city = "Toyako", country = "Japan", start = "2008-07-07", stop = "2008-07-09" },
  { city = "L'Aquila", country = "Italy", start = "2009-07-08", stop = "2009-07-10" },
  -- 2010: at Deerhurst Resort, Huntsville, in Muskoka.
  { city = "Huntsville", country = "Canada", start = "2010-06-25", stop = "2010-06-26" },
  { city = "Deauville", country = "France", start = "2011-05-26", stop = "2011-05-27" },
  { city = "Camp David", country = "United States", start = "2012-05-18", stop = "2012-05-19" },
  { city = "Lough Erne", country = "United Kingdom", start = "2013-06-17", stop = "2013-06-18" },
})

-- 2014: the G7 met in Brussels instead of the G8 in Sochi.
add("G7", {
  { city = "Brussels", country = "Belgium", start = "2014-06-04", stop = "2014-06-05" },
  { city = "Schloss Elmau", country = "Germany", start = "2015-06-07", stop = "2015-06-08" },
  { city = "Ise-Shima", country = "Japan", start = "2016-05-26", stop = "2016-05-27" },
  { city = "Taormina", country = "Italy", start = "2017-05-26", stop = "2017-05-27" },
  { city = "La Malbaie", country = "Canada", start = "2018-06-08", stop = "2018-06-09" },
  { city = "Biarritz", country = "France", start = "2019-08-24", stop = "2019-08-26" },
  -- 2020: the Camp David summit was not held; leaders met by video on COVID-19.
  { country = "United States", virtual = true, start = "2020-03-16", stop = "2020-03-16" },
  { country = "United Kingdom", virtual = true, start = "2021-02-19", stop = "2021-02-19" },
  { city = "Carbis Bay", country = "United Kingdom", start = "2021-06-11", stop = "2021-06-13" },
  { country = "United Kingdom", virtual = true, start = "2021-08-24", stop = "2021-08-24" },
  { city = "Schloss Elmau", country = "Germany", start = "2022-06-26", stop = "2022-06-28" },
  { city = "Hiroshima", country = "Japan", start = "2023-05-19", stop = "2023-05-21" },
  { city = "Borgo Egnazia", country = "Italy", start = "2024-06-13", stop = "2024-06-15" },
  { city = "Kananaskis", country = "Canada", start = "2025-06-15", stop = "2025-06-17" },
  -- unsure: days (first announced for 14-16 June)
  { city = "Evian-les-Bains", country = "France", start = "2026-06", stop = "2026-06" },
})

-- BRIC (2009-2010), BRICS (2011-).
add("BRICS", {
  { city = "Yekaterinburg", country = "Russia", start = "2009-06-16", stop = "2009-06-16" },
  { city = "Brasilia", country = "Brazil", start = "2010-04-15", stop = "2010-04-15" },
  { city = "Sanya", country = "China", start = "2011-04-14", stop = "2011-04-14" },
  { city = "New Delhi", country = "India", start = "2012-03-29", stop = "2012-03-29" },
  { city = "Durban", country = "South Africa", start = "2013-03-26", stop = "2013-03-27" },
  -- 2014: Fortaleza on the 15th, Brasilia (with South American leaders) on the 16th.
  { city = "Fortaleza", country = "Brazil", start = "2014-07-15", stop = "2014-07-16" },
  { city = "Ufa", country = "Russia", start = "2015-07-08", stop = "2015-07-09" },
  { city = "Goa", country = "India", start = "2016-10-15", stop = "2016-10-16" },
  { city = "Xiamen", country = "China", start = "2017-09-03", stop = "2017-09-05" },
  { city = "Johannesburg", country = "South Africa", start = "2018-07-25", stop = "2018-07-27" },
  { city = "Brasilia", country = "Brazil", start = "2019-11-13", stop = "2019-11-14" },
  { country = "Russia", virtual = true, start = "2020-11-17", stop = "2020-11-17" },
  { country = "India", virtual = true, start = "2021-09-09", stop = "2021-09-09" },
  { country = "China", virtual = true, start = "2022-06-23", stop = "2022-06-23" },
  { city = "Johannesburg", country = "South Africa", start = "2023-08-22", stop = "2023-08-24" },
  -- an extraordinary video summit on the war in Gaza
  { country = "South Africa", virtual = true, start = "2023-11-21", stop = "2023-11-21" },
  { city = "Kazan", country = "Russia", start = "2024-10-22", stop = "2024-10-24" },
  { city = "Rio de Janeiro", country = "Brazil", start = "2025-07-06", stop = "2025-07-07" },
  -- an extraordinary video summit called by Brazil on trade
  -- unsure: day (reportedly the 8th)
  { country = "Brazil", virtual = true, start = "2025-09", stop = "2025-09" },
})

-- ASEAN summits (numbered). Two a year from 2009; held together as one
-- meeting in some years (2016, 2021, 2022, 2024).
add("ASEAN", {
  { number = 11, city = "Kuala Lumpur", country = "Malaysia", start = "2005-12-12", stop = "2005-12-14" },
  -- 12th: postponed from December 2006.
  { number = 12, city = "Cebu", country = "Philippines", start = "2007-01-13", stop = "2007-01-15" },
  { number = 13, city = "Singapore", country = "Singapore", start = "2007-11-20", stop = "2007-11-21" },
  -- 14th: postponed from December 2008; held at Cha-am and Hua Hin.
  { number = 14, city = "Hua Hin", country = "Thailand", start = "2009-02-28", stop = "2009-03-01" },
  -- the related summits at Pattaya, abandoned when protesters stormed the venue on the 11th
  { city = "Pattaya", country = "Thailand", start = "2009-04-10", stop = "2009-04-11" },
  -- 15th: at Cha-am and Hua Hin.
  { number = 15, city = "Hua Hin", country = "Thailand", start = "2009-10-23", stop = "2009-10-25" },
  { number = 16, city = "Hanoi", country = "Vietnam", start = "2010-04-08", stop = "2010-04-09" },
  { number = 17, city = "Hanoi", country = "Vietnam", start = "2010-10-28", stop = "2010-10-30" },
  { number = 18, city = "Jakarta", country = "Indonesia", start = "2011-05-07", stop = "2011-05-08" },
  { number = 19, city = "Bali", country = "Indonesia", start = "2011-11-17", stop = "2011-11-19" },
  { number = 20, city = "Phnom Penh", country = "Cambodia", start = "2012-04-03", stop = "2012-04-04" },
  { number = 21, city = "Phnom Penh", country = "Cambodia", start = "2012-11-18", stop = "2012-11-20" },
  { number = 22, city = "Bandar Seri Begawan", country = "Brunei", start = "2013-04-24", stop = "2013-04-25" },
  { number = 23, city = "Bandar Seri Begawan", country = "Brunei", start = "2013-10-09", stop = "2013-10-10" },
  { number = 24, city = "Naypyidaw", country = "Myanmar", start = "2014-05-10", stop = "2014-05-11" },
  { number = 25, city = "Naypyidaw", country = "Myanmar", start = "2014-11-12", stop = "2014-11-13" },
  -- 26th: Kuala Lumpur, then Langkawi.
  { number = 26, city = "Kuala Lumpur", country = "Malaysia", start = "2015-04-26", stop = "2015-04-27" },
  { number = 27, city = "Kuala Lumpur", country = "Malaysia", start = "2015-11-21", stop = "2015-11-22" },
  -- 28th and 29th, held together.
  { number = 28, city = "Vientiane", country = "Laos", start = "2016-09-06", stop = "2016-09-08" },
  { number = 30, city = "Manila", country = "Philippines", start = "2017-04-29", stop = "2017-04-29" },
  { number = 31, city = "Manila", country = "Philippines", start = "2017-11-13", stop = "2017-11-14" },
  { number = 32, city = "Singapore", country = "Singapore", start = "2018-04-27", stop = "2018-04-28" },
  { number = 33, city = "Singapore", country = "Singapore", start = "2018-11-13", stop = "2018-11-15" },
  { number = 34, city = "Bangkok", country = "Thailand", start = "2019-06-22", stop = "2019-06-23" },
  -- 35th: at Nonthaburi, on Bangkok's edge.
  { number = 35, city = "Bangkok", country = "Thailand", start = "2019-11-02", stop = "2019-11-04" },
  { number = 36, country = "Vietnam", virtual = true, start = "2020-06-26", stop = "2020-06-26" },
  { number = 37, country = "Vietnam", virtual = true, start = "2020-11-12", stop = "2020-11-15" },
  -- the ASEAN Leaders' Meeting on Myanmar
  { city = "Jakarta", country = "Indonesia", start = "2021-04-24", stop = "2021-04-24" },
  -- 38th and 39th, held together.
  { number = 38, country = "Brunei", virtual = true, start = "2021-10-26", stop = "2021-10-28" },
  -- 40th and 41st, held together.
  { number = 40, city = "Phnom Penh", country = "Cambodia", start = "2022-11-10", stop = "2022-11-13" },
  { number = 42, city = "Labuan Bajo", country = "Indonesia", start = "2023-05-10", stop = "2023-05-11" },
  { number = 43, city = "Jakarta", country = "Indonesia", start = "2023-09-05", stop = "2023-09-07" },
  -- 44th and 45th, held together.
  { number = 44, city = "Vientiane", country = "Laos", start = "2024-10-08", stop = "2024-10-11" },
  { number = 46, city = "Kuala Lumpur", country = "Malaysia", start = "2025-05-26", stop = "2025-05-27" },
  { number = 47, city = "Kuala Lumpur", country = "Malaysia", start = "2025-10-26", stop = "2025-10-28" },
})

-- East Asia Summit: one day of the (second) ASEAN summit.
add("East Asia Summit", {
  { number = 1, city = "Kuala Lumpur", country = "Malaysia", start = "2005-12-14", stop = "2005-12-14" },
  { number = 2, city = "Cebu", country = "Philippines", start = "2007-01-15", stop = "2007-01-15" },
  { number = 3, city = "Singapore", country = "Singapore", start = "2007-11-21", stop = "2007-11-21" },
  { number = 4, city = "Hua Hin", country = "Thailand", start = "2009-10-25", stop = "2009-10-25" },
  { number = 5, city = "Hanoi", country = "Vietnam", start = "2010-10-30", stop = "2010-10-30" },
  { number = 6, city = "Bali", country = "Indonesia", start = "2011-11-19", stop = "2011-11-19" },
  { number = 7, city = "Phnom Penh", country = "Cambodia", start = "2012-11-20", stop = "2012-11-20" },
  { number = 8, city = "Bandar Seri Begawan", country = "Brunei", start = "2013-10-10", stop = "2013-10-10" },
  { number = 9, city = "Naypyidaw", country = "Myanmar", start = "2014-11-13", stop = "2014-11-13" },
  { number = 10, city = "Kuala Lumpur", country = "Malaysia", start = "2015-11-22", stop = "2015-11-22" },
  { number = 11, city = "Vientiane", country = "Laos", start = "2016-09-08", stop = "2016-09-08" },
  { number = 12, city = "Manila", country = "Philippines", start = "2017-11-14", stop = "2017-11-14" },
  { number = 13, city = "Singapore", country = "Singapore", start = "2018-11-15", stop = "2018-11-15" },
  { number = 14, city = "Bangkok", country = "Thailand", start = "2019-11-04", stop = "2019-11-04" },
  { number = 15, country = "Vietnam", virtual = true, start = "2020-11-14", stop = "2020-11-14" },
  { number = 16, country = "Brunei", virtual = true, start = "2021-10-27", stop = "2021-10-27" },
  { number = 17, city = "Phnom Penh", country = "Cambodia", start = "2022-11-13", stop = "2022-11-13" },
  { number = 18, city = "Jakarta", country = "Indonesia", start = "2023-09-07", stop = "2023-09-07" },
  { number = 19, city = "Vientiane", country = "Laos", start = "2024-10-11", stop = "2024-10-11" },
  { number = 20, city = "Kuala Lumpur", country = "Malaysia", start = "2025-10-27", stop = "2025-10-27" },
})

-- ASEAN Plus Three summits: held in the week of the (second) ASEAN
-- summit; the dates given are that summit's, which contain the APT day.
-- (The April 2009 APT at Pattaya was called off.)
add("ASEAN Plus Three", {
  { number = 9, city = "Kuala Lumpur", country = "Malaysia", start = "2005-12-12", stop = "2005-12-14" },
  { number = 10, city = "Cebu", country = "Philippines", start = "2007-01-13", stop = "2007-01-15" },
  { number = 11, city = "Singapore", country = "Singapore", start = "2007-11-20", stop = "2007-11-21" },
  { number = 12, city = "Hua Hin", country = "Thailand", start = "2009-10-23", stop = "2009-10-25" },
  { number = 13, city = "Hanoi", country = "Vietnam", start = "2010-10-28", stop = "2010-10-30" },
  { number = 14, city = "Bali", country = "Indonesia", start = "2011-11-17", stop = "2011-11-19" },
  { number = 15, city = "Phnom Penh", country = "Cambodia", start = "2012-11-18", stop = "2012-11-20" },
  { number = 16, city = "Bandar Seri Begawan", country = "Brunei", start = "2013-10-09", stop = "2013-10-10" },
  { number = 17, city = "Naypyidaw", country = "Myanmar", start = "2014-11-12", stop = "2014-11-13" },
  { number = 18, city = "Kuala Lumpur", country = "Malaysia", start = "2015-11-21", stop = "2015-11-22" },
  { number = 19, city = "Vientiane", country = "Laos", start = "2016-09-06", stop = "2016-09-08" },
  { number = 20, city = "Manila", country = "Philippines", start = "2017-11-13", stop = "2017-11-14" },
  { number = 21, city = "Singapore", country = "Singapore", start = "2018-11-13", stop = "2018-11-15" },
  { number = 22, city = "Bangkok", country = "Thailand", start = "2019-11-02", stop = "2019-11-04" },
  { number = 23, country = "Vietnam", virtual = true, start = "2020-11-12", stop = "2020-11-15" },
  { number = 24, country = "Brunei", virtual = true, start = "2021-10-26", stop = "2021-10-28" },
  { number = 25, city = "Phnom Penh", country = "Cambodia", start = "2022-11-10", stop = "2022-11-13" },
  { number = 26, city = "Jakarta", country = "Indonesia", start = "2023-09-05", stop = "2023-09-07" },
  { number = 27, city = "Vientiane", country = "Laos", start = "2024-10-08", stop = "2024-10-11" },
  { number = 28, city = "Kuala Lumpur", country = "Malaysia", start = "2025-10-26", stop = "2025-10-28" },
})

-- SCO: the Council of Heads of State.
add("SCO", {
  { city = "Astana", country = "Kazakhstan", start = "2005-07-05", stop = "2005-07-05" },
  { city = "Shanghai", country = "China", start = "2006-06-15", stop = "2006-06-15" },
  { city = "Bishkek", country = "Kyrgyzstan", start = "2007-08-16", stop = "2007-08-16" },
  { city = "Dushanbe", country = "Tajikistan", start = "2008-08-28", stop = "2008-08-28" },
  { city = "Yekaterinburg", country = "Russia", start = "2009-06-15", stop = "2009-06-16" },
  { city = "Tashkent", country = "Uzbekistan", start = "2010-06-10", stop = "2010-06-11" },
  { city = "Astana", country = "Kazakhstan", start = "2011-06-14", stop = "2011-06-15" },
  { city = "Beijing", country = "China", start = "2012-06-06", stop = "2012-06-07" },
  { city = "Bishkek", country = "Kyrgyzstan", start = "2013-09-13", stop = "2013-09-13" },
  { city = "Dushanbe", country = "Tajikistan", start = "2014-09-11", stop = "2014-09-12" },
  { city = "Ufa", country = "Russia", start = "2015-07-09", stop = "2015-07-10" },
  { city = "Tashkent", country = "Uzbekistan", start = "2016-06-23", stop = "2016-06-24" },
  { city = "Astana", country = "Kazakhstan", start = "2017-06-08", stop = "2017-06-09" },
  { city = "Qingdao", country = "China", start = "2018-06-09", stop = "2018-06-10" },
  { city = "Bishkek", country = "Kyrgyzstan", start = "2019-06-13", stop = "2019-06-14" },
  { country = "Russia", virtual = true, start = "2020-11-10", stop = "2020-11-10" },
  -- 2021: in person in Dushanbe, with Xi and Putin joining by video.
  { city = "Dushanbe", country = "Tajikistan", start = "2021-09-16", stop = "2021-09-17" },
  { city = "Samarkand", country = "Uzbekistan", start = "2022-09-15", stop = "2022-09-16" },
  { country = "India", virtual = true, start = "2023-07-04", stop = "2023-07-04" },
  { city = "Astana", country = "Kazakhstan", start = "2024-07-03", stop = "2024-07-04" },
  { city = "Tianjin", country = "China", start = "2025-08-31", stop = "2025-09-01" },
})

-- NATO summits, extraordinary ones included.
add("NATO", {
  { city = "Brussels", country = "Belgium", start = "2005-02-22", stop = "2005-02-22" },
  { city = "Riga", country = "Latvia", start = "2006-11-28", stop = "2006-11-29" },
  { city = "Bucharest", country = "Romania", start = "2008-04-02", stop = "2008-04-04" },
  -- 2009: Strasbourg and Kehl, across the Rhine.
  { city = "Strasbourg", country = "France", start = "2009-04-03", stop = "2009-04-04" },
  { city = "Lisbon", country = "Portugal", start = "2010-11-19", stop = "2010-11-20" },
  { city = "Chicago", country = "United States", start = "2012-05-20", stop = "2012-05-21" },
  { city = "Newport", country = "United Kingdom", start = "2014-09-04", stop = "2014-09-05" },
  { city = "Warsaw", country = "Poland", start = "2016-07-08", stop = "2016-07-09" },
  { city = "Brussels", country = "Belgium", start = "2017-05-25", stop = "2017-05-25" },
  { city = "Brussels", country = "Belgium", start = "2018-07-11", stop = "2018-07-12" },
  -- 2019: a reception in London on the 3rd, the meeting at Watford on the 4th.
  { city = "London", country = "United Kingdom", start = "2019-12-03", stop = "2019-12-04" },
  { city = "Brussels", country = "Belgium", start = "2021-06-14", stop = "2021-06-14" },
  { country = "Belgium", virtual = true, start = "2022-02-25", stop = "2022-02-25" },
  { city = "Brussels", country = "Belgium", start = "2022-03-24", stop = "2022-03-24" },
  { city = "Madrid", country = "Spain", start = "2022-06-28", stop = "2022-06-30" },
  { city = "Vilnius", country = "Lithuania", start = "2023-07-11", stop = "2023-07-12" },
  { city = "Washington", country = "United States", start = "2024-07-09", stop = "2024-07-11" },
  { city = "The Hague", country = "Netherlands", start = "2025-06-24", stop = "2025-06-25" },
  -- unsure: days (announced 7-8)
  { city = "Ankara", country = "Turkey", start = "2026-07", stop = "2026-07" },
})

-- UN General Assembly: the general debate of each session, New York.
add("UN General Assembly", {
  -- unsure: days (World Summit 14-16, then the debate)
  { number = 60, city = "New York", country = "United States", start = "2005-09", stop = "2005-09" },
  { number = 61, city = "New York", country = "United States", start = "2006-09-19", stop = "2006-09-27" },
  { number = 62, city = "New York", country = "United States", start = "2007-09-25", stop = "2007-10-03" },
  -- unsure: last day
  { number = 63, city = "New York", country = "United States", start = "2008-09-23", stop = "2008-10" },
  { number = 64, city = "New York", country = "United States", start = "2009-09-23", stop = "2009-09-29" },
  { number = 65, city = "New York", country = "United States", start = "2010-09-23", stop = "2010-09-29" },
  { number = 66, city = "New York", country = "United States", start = "2011-09-21", stop = "2011-09-27" },
  { number = 67, city = "New York", country = "United States", start = "2012-09-25", stop = "2012-10-01" },
  { number = 68, city = "New York", country = "United States", start = "2013-09-24", stop = "2013-10-01" },
  { number = 69, city = "New York", country = "United States", start = "2014-09-24", stop = "2014-09-30" },
  -- unsure: last day
  { number = 70, city = "New York", country = "United States", start = "2015-09-28", stop = "2015-10" },
  { number = 71, city = "New York", country = "United States", start = "2016-09-20", stop = "2016-09-26" },
  { number = 72, city = "New York", country = "United States", start = "2017-09-19", stop = "2017-09-25" },
  { number = 73, city = "New York", country = "United States", start = "2018-09-25", stop = "2018-10-01" },
  { number = 74, city = "New York", country = "United States", start = "2019-09-24", stop = "2019-09-30" },
  -- 2020: recorded video statements.
  { number = 75, country = "United States", virtual = true, start = "2020-09-22", stop = "2020-09-29" },
  { number = 76, city = "New York", country = "United States", start = "2021-09-21", stop = "2021-09-27" },
  { number = 77, city = "New York", country = "United States", start = "2022-09-20", stop = "2022-09-26" },
  { number = 78, city = "New York", country = "United States", start = "2023-09-19", stop = "2023-09-26" },
  { number = 79, city = "New York", country = "United States", start = "2024-09-24", stop = "2024-09-30" },
  { number = 80, city = "New York", country = "United States", start = "2025-09-23", stop = "2025-09-29" },
  -- unsure: days
  { number = 81, city = "New York", country = "United States", start = "2026-09", stop = "2026-09" },
})

-- Munich Security Conference, each February.
add("Munich Security Conference", {
  -- unsure: days
  { city = "Munich", country = "Germany", start = "2005-02", stop = "2005-02" },
  -- unsure: days
  { city = "Munich", country = "Germany", start = "2006-02", stop = "2006-02" },
  { city = "Munich", country = "Germany", start = "2007-02-09", stop = "2007-02-11" },
  { city = "Munich", country = "Germany", start = "2008-02-08", stop = "2008-02-10" },
  { city = "Munich", country = "Germany", start = "2009-02-06", stop = "2009-02-08" },
  { city = "Munich", country = "Germany", start = "2010-02-05", stop = "2010-02-07" },
  { city = "Munich", country = "Germany", start = "2011-02-04", stop = "2011-02-06" },
  { city = "Munich", country = "Germany", start = "2012-02-03", stop = "2012-02-05" },
  { city = "Munich", country = "Germany", start = "2013-02-01", stop = "2013-02-03" },
  { city = "Munich", country = "Germany", start = "2014-01-31", stop = "2014-02-02" },
  { city = "Munich", country = "Germany", start = "2015-02-06", stop = "2015-02-08" },
  { city = "Munich", country = "Germany", start = "2016-02-12", stop = "2016-02-14" },
  { city = "Munich", country = "Germany", start = "2017-02-17", stop = "2017-02-19" },
  { city = "Munich", country = "Germany", start = "2018-02-16", stop = "2018-02-18" },
  { city = "Munich", country = "Germany", start = "2019-02-15", stop = "2019-02-17" },
  { city = "Munich", country = "Germany", start = "2020-02-14", stop = "2020-02-16" },
  -- 2021: the "MSC Special Edition", online.
  { country = "Germany", virtual = true, start = "2021-02-19", stop = "2021-02-19" },
  { city = "Munich", country = "Germany", start = "2022-02-18", stop = "2022-02-20" },
  { city = "Munich", country = "Germany", start = "2023-02-17", stop = "2023-02-19" },
  { city = "Munich", country = "Germany", start = "2024-02-16", stop = "2024-02-18" },
  { city = "Munich", country = "Germany", start = "2025-02-14", stop = "2025-02-16" },
  -- unsure: days
  { city = "Munich", country = "Germany", start = "2026-02", stop = "2026-02" },
})

-- World Economic Forum annual meeting, Davos.
add("World Economic Forum", {
  { city = "Davos", country = "Switzerland", start = "2005-01-26", stop = "2005-01-30" },
  { city = "Davos", country = "Switzerland", start = "2006-01-25", stop = "2006-01-29" },
  { city = "Davos", country = "Switzerland", start = "2007-01-24", stop = "2007-01-28" },
  { city = "Davos", country = "Switzerland", start = "2008-01-23", stop = "2008-01-27" },
  { city = "Davos", country = "Switzerland", start = "2009-01-28", stop = "2009-02-01" },
  -- unsure: days
  { city = "Davos", country = "Switzerland", start = "2010-01", stop = "2010-01" },
  { city = "Davos", country = "Switzerland", start = "2011-01-26", stop = "2011-01-30" },
  { city = "Davos", country = "Switzerland", start = "2012-01-25", stop = "2012-01-29" },
  { city = "Davos", country = "Switzerland", start = "2013-01-23", stop = "2013-01-27" },
  { city = "Davos", country = "Switzerland", start = "2014-01-22", stop = "2014-01-25" },
  { city = "Davos", country = "Switzerland", start = "2015-01-21", stop = "2015-01-24" },
  { city = "Davos", country = "Switzerland", start = "2016-01-20", stop = "2016-01-23" },
  { city = "Davos", country = "Switzerland", start = "2017-01-17", stop = "2017-01-20" },
  { city = "Davos", country = "Switzerland", start = "2018-01-23", stop = "2018-01-26" },
  { city = "Davos", country = "Switzerland", start = "2019-01-22", stop = "2019-01-25" },
  { city = "Davos", country = "Switzerland", start = "2020-01-21", stop = "2020-01-24" },
  -- 2021 and January 2022: the online "Davos Agenda" weeks.
  { country = "Switzerland", virtual = true, start = "2021-01-25", stop = "2021-01-29" },
  { country = "Switzerland", virtual = true, start = "2022-01-17", stop = "2022-01-21" },
  { city = "Davos", country = "Switzerland", start = "2022-05-22", stop = "2022-05-26" },
  { city = "Davos", country = "Switzerland", start = "2023-01-16", stop = "2023-01-20" },
  { city = "Davos", country = "Switzerland", start = "2024-01-15", stop = "2024-01-19" },
  { city = "Davos", country = "Switzerland", start = "2025-01-20", stop = "2025-01-24" },
  -- unsure: days (announced 19-23)
  { city = "Davos", country = "Switzerland", start = "2026-01", stop = "2026-01" },
})

-- Shangri-La Dialogue, Singapore (not held in 2020 and 2021).
add("Shangri-La Dialogue", {
  { city = "Singapore", country = "Singapore", start = "2005-06-03", stop = "2005-06-05" },
  { city = "Singapore", country = "Singapore", start = "2006-06-02", stop = "2006-06-04" },
  { city = "Singapore", country = "Singapore", start = "2007-06-01", stop = "2007-06-03" },
  { city = "Singapore", country = "Singapore", start = "2008-05-30", stop = "2008-06-01" },
  { city = "Singapore", country = "Singapore", start = "2009-05-29", stop = "2009-05-31" },
  { city = "Singapore", country = "Singapore", start = "2010-06-04", stop = "2010-06-06" },
  { city = "Singapore", country = "Singapore", start = "2011-06-03", stop = "2011-06-05" },
  { city = "Singapore", country = "Singapore", start = "2012-06-01", stop = "2012-06-03" },
  { city = "Singapore", country = "Singapore", start = "2013-05-31", stop = "2013-06-02" },
  { city = "Singapore", country = "Singapore", start = "2014-05-30", stop = "2014-06-01" },
  { city = "Singapore", country = "Singapore", start = "2015-05-29", stop = "2015-05-31" },
  { city = "Singapore", country = "Singapore", start = "2016-06-03", stop = "2016-06-05" },
  { city = "Singapore", country = "Singapore", start = "2017-06-02", stop = "2017-06-04" },
  { city = "Singapore", country = "Singapore", start = "2018-06-01", stop = "2018-06-03" },
  { city = "Singapore", country = "Singapore", start = "2019-05-31", stop = "2019-06-02" },
  { city = "Singapore", country = "Singapore", start = "2022-06-10", stop = "2022-06-12" },
  { city = "Singapore", country = "Singapore", start = "2023-06-02", stop = "2023-06-04" },
  { city = "Singapore", country = "Singapore", start = "2024-05-31", stop = "2024-06-02" },
  { city = "Singapore", country = "Singapore", start = "2025-05-30", stop = "2025-06-01" },
})

-- Asian-African summit: Jakarta, then the Bandung commemoration on the last day.
add("Asian-African summit", {
  { city = "Jakarta", country = "Indonesia", start = "2005-04-22", stop = "2005-04-24" },
  { city = "Jakarta", country = "Indonesia", start = "2015-04-22", stop = "2015-04-24" },
})

-- China-Japan-South Korea trilateral summits held on their own
-- (before 2008 the three leaders met only at ASEAN Plus Three).
add("China-Japan-South Korea trilateral summit", {
  { number = 1, city = "Fukuoka", country = "Japan", start = "2008-12-13", stop = "2008-12-13" },
  { number = 2, city = "Beijing", country = "China", start = "2009-10-10", stop = "2009-10-10" },
  { number = 3, city = "Jeju", country = "South Korea", start = "2010-05-29", stop = "2010-05-30" },
  -- 4th: with a visit to the disaster areas of Fukushima and Miyagi on the 21st.
  { number = 4, city = "Tokyo", country = "Japan", start = "2011-05-21", stop = "2011-05-22" },
  { number = 5, city = "Beijing", country = "China", start = "2012-05-13", stop = "2012-05-14" },
  { number = 6, city = "Seoul", country = "South Korea", start = "2015-11-01", stop = "2015-11-01" },
  { number = 7, city = "Tokyo", country = "Japan", start = "2018-05-09", stop = "2018-05-09" },
  { number = 8, city = "Chengdu", country = "China", start = "2019-12-24", stop = "2019-12-24" },
  { number = 9, city = "Seoul", country = "South Korea", start = "2024-05-27", stop = "2024-05-27" },
})

-- COP: UN climate change conferences (first to last day, extensions included).
add("COP", {
  -- unsure: last day
  { name = "COP11", city = "Montreal", country = "Canada", start = "2005-11-28", stop = "2005-12" },
  { name = "COP12", city = "Nairobi", country = "Kenya", start = "2006-11-06", stop = "2006-11-17" },
  { name = "COP13", city = "Bali", country = "Indonesia", start = "2007-12-03", stop = "2007-12-15" },
  { name = "COP14", city = "Poznan", country = "Poland", start = "2008-12-01", stop = "2008-12-12" },
  { name = "COP15", city = "Copenhagen", country = "Denmark", start = "2009-12-07", stop = "2009-12-19" },
  { name = "COP16", city = "Cancun", country = "Mexico", start = "2010-11-29", stop = "2010-12-11" },
  { name = "COP17", city = "Durban", country = "South Africa", start = "2011-11-28", stop = "2011-12-11" },
  { name = "COP18", city = "Doha", country = "Qatar", start = "2012-11-26", stop = "2012-12-08" },
  { name = "COP19", city = "Warsaw", country = "Poland", start = "2013-11-11", stop = "2013-11-23" },
  { name = "COP20", city = "Lima", country = "Peru", start = "2014-12-01", stop = "2014-12-14" },
  -- COP21: at Le Bourget, outside Paris.
  { name = "COP21", city = "Paris", country = "France", start = "2015-11-30", stop = "2015-12-12" },
  -- unsure: last day
  { name = "COP22", city = "Marrakech", country = "Morocco", start = "2016-11-07", stop = "2016-11" },
  -- COP23: hosted in Bonn under Fiji's presidency.
  -- unsure: last day
  { name = "COP23", city = "Bonn", country = "Germany", start = "2017-11-06", stop = "2017-11" },
  { name = "COP24", city = "Katowice", country = "Poland", start = "2018-12-02", stop = "2018-12-15" },
  -- COP25: moved to Madrid from Santiago; Chile presided.
  { name = "COP25", city = "Madrid", country = "Spain", start = "2019-12-02", stop = "2019-12-15" },
  { name = "COP26", city = "Glasgow", country = "United Kingdom", start = "2021-10-31", stop = "2021-11-13" },
  { name = "COP27", city = "Sharm el-Sheikh", country = "Egypt", start = "2022-11-06", stop = "2022-11-20" },
  { name = "COP28", city = "Dubai", country = "United Arab Emirates", start = "2023-11-30", stop = "2023-12-13" },
  { name = "COP29", city = "Baku", country = "Azerbaijan", start = "2024-11-11", stop = "2024-11-24" },
  -- COP30: a leaders' summit on 6-7 November, the conference from the 10th.
  -- unsure: last day
  { name = "COP30", city = "Belem", country = "Brazil", start = "2025-11-06", stop = "2025-11" },
  -- unsure: days
  { name = "COP31", city = "Antalya", country = "Turkey", start = "2026-11", stop = "2026-11" },
})

-- Summit for Democracy.
add("Summit for Democracy", {
  { country = "United States", virtual = true, start = "2021-12-09", stop = "2021-12-10" },
  -- 2023: co-hosted with Costa Rica, the Netherlands, South Korea and Zambia.
  { country = "United States", virtual = true, start = "2023-03-29", stop = "2023-03-30" },
  { city = "Seoul", country = "South Korea", start = "2024-03-18", stop = "2024-03-20" },
})

-- Quad leaders' summits.
add("Quad", {
  { country = "United States", virtual = true, start = "2021-03-12", stop = "2021-03-12" },
  { city = "Washington", country = "United States", start = "2021-09-24", stop = "2021-09-24" },
  { country = "United States", virtual = true, start = "2022-03-03", stop = "2022-03-03" },
  { city = "Tokyo", country = "Japan", start = "2022-05-24", stop = "2022-05-24" },
  -- 2023: moved from Sydney to the G7 in Hiroshima.
  { city = "Hiroshima", country = "Japan", start = "2023-05-20", stop = "2023-05-20" },
  { city = "Wilmington", country = "United States", start = "2024-09-21", stop = "2024-09-21" },
})

-- Belt and Road Forum, Beijing.
add("Belt and Road Forum", {
  { city = "Beijing", country = "China", start = "2017-05-14", stop = "2017-05-15" },
  { city = "Beijing", country = "China", start = "2019-04-25", stop = "2019-04-27" },
  { city = "Beijing", country = "China", start = "2023-10-17", stop = "2023-10-18" },
})

-- ASEAN Foreign Ministers' Meeting week (AMM, PMC, ARF).
add("ASEAN Foreign Ministers' Meeting", {
  -- unsure: days
  { city = "Vientiane", country = "Laos", start = "2005-07", stop = "2005-07" },
  -- unsure: days
  { city = "Kuala Lumpur", country = "Malaysia", start = "2006-07", stop = "2006-07" },
  -- unsure: days
  { city = "Manila", country = "Philippines", start = "2007-07", stop = "2007-08" },
  -- unsure: days
  { city = "Singapore", country = "Singapore", start = "2008-07", stop = "2008-07" },
  -- unsure: days
  { city = "Phuket", country = "Thailand", start = "2009-07", stop = "2009-07" },
  -- unsure: days
  { city = "Hanoi", country = "Vietnam", start = "2010-07", stop = "2010-07" },
  -- unsure: days
  { city = "Bali", country = "Indonesia", start = "2011-07", stop = "2011-07" },
  { city = "Phnom Penh", country = "Cambodia", start = "2012-07-09", stop = "2012-07-13" },
  { city = "Bandar Seri Begawan", country = "Brunei", start = "2013-06-29", stop = "2013-07-02" },
  { city = "Naypyidaw", country = "Myanmar", start = "2014-08-08", stop = "2014-08-10" },
  { city = "Kuala Lumpur", country = "Malaysia", start = "2015-08-04", stop = "2015-08-06" },
  { city = "Vientiane", country = "Laos", start = "2016-07-24", stop = "2016-07-26" },
  { city = "Manila", country = "Philippines", start = "2017-08-05", stop = "2017-08-08" },
  { city = "Singapore", country = "Singapore", start = "2018-08-02", stop = "2018-08-04" },
  { city = "Bangkok", country = "Thailand", start = "2019-07-31", stop = "2019-08-03" },
  { country = "Vietnam", virtual = true, start = "2020-09-09", stop = "2020-09-12" },
  { country = "Brunei", virtual = true, start = "2021-08-02", stop = "2021-08-06" },
  { city = "Phnom Penh", country = "Cambodia", start = "2022-08-03", stop = "2022-08-05" },
  { city = "Jakarta", country = "Indonesia", start = "2023-07-11", stop = "2023-07-14" },
  { city = "Vientiane", country = "Laos", start = "2024-07-24", stop = "2024-07-27" },
  { city = "Kuala Lumpur", country = "Malaysia", start = "2025-07-08", stop = "2025-07-11" },
})

-- Eastern Economic Forum, Vladivostok (not held in 2020).
add("Eastern Economic Forum", {
  { city = "Vladivostok", country = "Russia", start = "2015-09-03", stop = "2015-09-05" },
  { city = "Vladivostok", country = "Russia", start = "2016-09-02", stop = "2016-09-03" },
  { city = "Vladivostok", country = "Russia", start = "2017-09-06", stop = "2017-09-07" },
  { city = "Vladivostok", country = "Russia", start = "2018-09-11", stop = "2018-09-13" },
  { city = "Vladivostok", country = "Russia", start = "2019-09-04", stop = "2019-09-06" },
  -- unsure: days
  { city = "Vladivostok", country = "Russia", start = "2021-09", stop = "2021-09" },
  { city = "Vladivostok", country = "Russia", start = "2022-09-05", stop = "2022-09-08" },
  { city = "Vladivostok", country = "Russia", start = "2023-09-10", stop = "2023-09-13" },
  { city = "Vladivostok", country = "Russia", start = "2024-09-03", stop = "2024-09-06" },
  -- unsure: days
  { city = "Vladivostok", country = "Russia", start = "2025-09", stop = "2025-09" },
})

-- ASEAN-US special summits.
add("ASEAN-US Special Summit", {
  { city = "Sunnylands", country = "United States", start = "2016-02-15", stop = "2016-02-16" },
  { city = "Washington", country = "United States", start = "2022-05-12", stop = "2022-05-13" },
})

-- Kinds of occasion with no calendar: what a meeting was part of when it
-- was no named summit ("during Xi's state visit", "their annual summit").
-- Each phrase (matched in any letter case, as whole words, in the
-- meeting's own sentences) gives the label `name`; earlier entries win.
-- A user adds one from a rules file loaded earlier:
--   table.insert(require("data.summits").kinds, { name = "royal wedding",
--     phrases = { "royal wedding" } })
local kinds = {
  { name = "trilateral foreign ministers' meeting", phrases = {
      "trilateral foreign ministers' meeting", "trilateral foreign ministers meeting",
      "trilateral foreign ministerial meeting", "three-way foreign ministers' meeting" } },
  { name = "trilateral summit", phrases = { "trilateral summit", "three-way summit",
      "trilateral leaders' summit", "three-nation summit", "trilateral summit meeting" } },
  { name = "state visit", phrases = { "state visit", "state visits" } },
  { name = "official visit", phrases = { "official visit", "official visits" } },
  { name = "working visit", phrases = { "working visit" } },
  { name = "annual summit", phrases = { "annual summit", "annual summits", "annual leaders' summit",
      "annual leaders summit", "annual leaders' meeting" } },
  { name = "annual talks", phrases = { "annual talks", "annual leaders' talks" } },
  { name = "government consultations", phrases = { "government consultations",
      "intergovernmental consultations", "inter-governmental consultations",
      "governmental consultations" } },
  { name = "strategic dialogue", phrases = { "strategic dialogue" } },
  { name = "economic dialogue", phrases = { "economic dialogue", "high-level economic dialogue" } },
  { name = "2+2 dialogue", phrases = { "2+2 dialogue", "two-plus-two dialogue", "2+2 talks",
      "two-plus-two talks", "2+2 meeting", "two-plus-two meeting" } },
  { name = "inauguration", phrases = { "inauguration", "swearing-in", "inaugural ceremony",
      "swearing-in ceremony" } },
  { name = "funeral", phrases = { "funeral", "state funeral", "memorial service" } },
  { name = "coronation", phrases = { "coronation" } },
}

return { occasions = occasions, editions = editions, kinds = kinds }
