-- data/actors/others_asia.lua: heads of state and government and foreign
-- ministers of North Korea, the ASEAN members other than Indonesia (Brunei,
-- Cambodia, Laos, Malaysia, Myanmar, Philippines, Singapore, Thailand,
-- Vietnam), East Timor (Timor-Leste), Taiwan and Pakistan since 2000, with date-ranged
-- roles. Facts only. Roles are listed when the term overlaps 2000-01-01 to
-- 2026-11-23 (a term begun earlier keeps its real start date). Dates are
-- YYYY-MM-DD, or YYYY-MM where the day is not certain ("-- unsure:" says
-- why); a nil end means in office to our best knowledge, which is thin for
-- 2025-2026 (see the comments). "Acting ..." roles are kept apart from the
-- substantive office.
return {
  -- Brunei
  { name = "Hassanal Bolkiah", country = "Brunei", short = { "Hassanal" },
    aliases = { "Sultan Hassanal Bolkiah", "Haji Hassanal Bolkiah" },
    roles = {
      { "Sultan", "1967-10-05", nil },
      { "Prime Minister", "1984-01-01", nil },
      -- Minister of Foreign Affairs (and Trade until 2018)
      { "Foreign Minister", "2015-10-22", nil },
    } },
  { name = "Mohamed Bolkiah", country = "Brunei", short = { "Prince Mohamed" },
    aliases = { "Prince Mohamed Bolkiah", "Pengiran Muda Mohamed Bolkiah" },
    roles = { { "Foreign Minister", "1984-01-01", "2015-10-22" } } },
  { name = "Erywan Yusof", country = "Brunei", short = { "Erywan" },
    aliases = { "Erywan Pehin Yusof", "Dato Erywan Yusof", "Dato Erywan Pehin Yusof" },
    roles = {
      -- news often calls him foreign minister; the Sultan holds the portfolio
      { "Second Minister of Foreign Affairs", "2018-01-30", nil },
    } },
  -- Cambodia
  { name = "Norodom Sihanouk", country = "Cambodia", short = { "Sihanouk" },
    aliases = { "King Norodom Sihanouk" },
    roles = {
      { "King", "1993-09-24", "2004-10-07" },  -- abdicated
    } },
  { name = "Hun Sen", country = "Cambodia", short = {}, aliases = { "Samdech Hun Sen" },
    roles = {
      -- sole PM from this date; earlier PM 1985-1993, second PM 1993-1998
      { "Prime Minister", "1998-11-30", "2023-08-22" },
      { "President of the Senate", "2024-04-03", nil },
    } },
  { name = "Hor Namhong", country = "Cambodia", short = {}, aliases = { "Hor Nam Hong" },
    roles = { { "Foreign Minister", "1998-11-30", "2016-04-04" } } },
  { name = "Norodom Sihamoni", country = "Cambodia", short = { "Sihamoni" },
    aliases = { "King Norodom Sihamoni" },
    roles = { { "King", "2004-10-14", nil } } },
  { name = "Prak Sokhonn", country = "Cambodia", short = { "Sokhonn" }, aliases = {},
    roles = {
      -- still in office in 2025 to our knowledge; 2026 unchecked
      { "Foreign Minister", "2016-04-04", nil },
    } },
  { name = "Hun Manet", country = "Cambodia", short = {}, aliases = {},
    roles = { { "Prime Minister", "2023-08-22", nil } } },
  -- East Timor
  { name = "Mari Alkatiri", country = "East Timor", short = { "Alkatiri" }, aliases = {},
    roles = {
      -- transitional government under UN administration
      { "Chief Minister", "2001-09-20", "2002-05-20" },
      { "Prime Minister", "2002-05-20", "2006-06-26" },  -- resigned
      { "Prime Minister", "2017-09-15", "2018-06-22" },
    } },
  { name = "Xanana Gusmao", country = "East Timor", short = { "Gusmao", "Xanana" },
    aliases = { "Xanana Gusmão", "Kay Rala Xanana Gusmão", "Jose Alexandre Gusmao" },
    roles = {
      { "President", "2002-05-20", "2007-05-20" },
      { "Prime Minister", "2007-08-08", "2015-02-16" },
      { "Prime Minister", "2023-07-01", nil },
    } },
  { name = "Jose Ramos-Horta", country = "East Timor", short = { "Ramos-Horta" },
    aliases = { "José Ramos-Horta" },
    roles = {
      { "Foreign Minister", "2002-05-20", "2006-06" },  -- unsure: end day (resigned June 2006)
      { "Prime Minister", "2006-07-10", "2007-05-19" },
      { "President", "2007-05-20", "2012-05-20" },
      { "President", "2022-05-20", nil },
    } },
  { name = "Jose Luis Guterres", country = "East Timor", short = {},
    aliases = { "José Luís Guterres" },
    roles = {
      { "Foreign Minister", "2006-07", "2007-08-08" },  -- unsure: start day
      { "Foreign Minister", "2012-08-08", "2015-02-16" },
    } },
  { name = "Estanislau da Silva", country = "East Timor", short = { "da Silva" }, aliases = {},
    roles = { { "Prime Minister", "2007-05-19", "2007-08-08" } } },
  { name = "Zacarias da Costa", country = "East Timor", short = { "da Costa" },
    aliases = { "Zacarias Albano da Costa" },
    roles = { { "Foreign Minister", "2007-08-08", "2012-08-08" } } },
  { name = "Taur Matan Ruak", country = "East Timor", short = { "Ruak" },
    aliases = { "Jose Maria Vasconcelos" },
    roles = {
      { "President", "2012-05-20", "2017-05-20" },
      { "Prime Minister", "2018-06-22", "2023-07-01" },
    } },
  { name = "Rui Maria de Araujo", country = "East Timor", short = { "Araujo" },
    aliases = { "Rui Maria de Araújo", "Rui Araujo" },
    roles = { { "Prime Minister", "2015-02-16", "2017-09-15" } } },
  { name = "Hernani Coelho", country = "East Timor", short = { "Coelho" },
    aliases = { "Hernâni Coelho", "Hernani Coelho da Silva" },
    roles = { { "Foreign Minister", "2015-02-16", "2017-09-15" } } },
  { name = "Francisco Guterres", country = "East Timor", short = { "Lu-Olo" },
    aliases = { "Francisco Guterres Lu-Olo", "Lu Olo" },
    roles = { { "President", "2017-05-20", "2022-05-20" } } },
  { name = "Aurelio Guterres", country = "East Timor", short = {},
    aliases = { "Aurélio Guterres" },
    roles = { { "Foreign Minister", "2017-09-15", "2018-06-22" } } },
  { name = "Dionisio Babo Soares", country = "East Timor", short = { "Babo" },
    aliases = { "Dionísio Babo Soares", "Dionisio Babo" },
    roles = {
      { "Foreign Minister", "2018-06-22", "2020-05" },  -- unsure: end month
    } },
  { name = "Adaljiza Magno", country = "East Timor", short = { "Magno" },
    aliases = { "Adaljíza Magno" },
    roles = {
      { "Foreign Minister", "2020-06", "2023-07-01" },  -- unsure: start day
    } },
  { name = "Bendito dos Santos Freitas", country = "East Timor", short = { "Freitas" },
    aliases = { "Bendito Freitas" },
    roles = { { "Foreign Minister", "2023-07-01", nil } } },
  -- Laos
  -- The 12th party congress (early 2026) and the 2026 National Assembly could have
  -- changed the general secretary, president, premier and ministers: check 2026 terms.
  { name = "Khamtai Siphandon", country = "Laos", short = { "Khamtai" },
    aliases = { "Khamtay Siphandone", "Khamtay Siphandon" },
    roles = {
      -- unsure: start day; party head then titled President of the LPRP
      { "General Secretary", "1992-11", "2006-03-21" },
      { "President", "1998-02-24", "2006-06-08" },
    } },
  { name = "Somsavat Lengsavad", country = "Laos", short = { "Somsavat" },
    aliases = { "Somsavath Lengsavath" },
    roles = {
      { "Foreign Minister", "1993-02", "2006-06-08" },  -- unsure: start month
    } },
  { name = "Sisavath Keobounphanh", country = "Laos", short = { "Sisavath" },
    aliases = { "Sisavath Keobounphan" },
    roles = { { "Prime Minister", "1998-02-24", "2001-03-27" } } },
  { name = "Bounnhang Vorachith", country = "Laos", short = { "Bounnhang" },
    aliases = { "Boungnang Vorachith", "Bounnhang Vorachit", "Boungnang Vorachit" },
    roles = {
      { "Prime Minister", "2001-03-27", "2006-06-08" },
      { "General Secretary", "2016-01-22", "2021-01-15" },
      { "President", "2016-04-20", "2021-03-22" },
    } },
  { name = "Choummaly Sayasone", country = "Laos", short = { "Choummaly" },
    aliases = { "Choummaly Sayasorn" },
    roles = {
      { "General Secretary", "2006-03-21", "2016-01-22" },
      { "President", "2006-06-08", "2016-04-20" },
    } },
  { name = "Bouasone Bouphavanh", country = "Laos", short = { "Bouasone" }, aliases = {},
    roles = { { "Prime Minister", "2006-06-08", "2010-12-23" } } },
  { name = "Thongloun Sisoulith", country = "Laos", short = { "Thongloun" },
    aliases = { "Thongloun Sisoulit" },
    roles = {
      { "Foreign Minister", "2006-06-08", "2016-04-20" },
      { "Prime Minister", "2016-04-20", "2021-03-22" },
      { "General Secretary", "2021-01-15", nil },  -- 2026 party congress outcome unchecked
      { "President", "2021-03-22", nil },  -- 2026 outcome unchecked
    } },
  { name = "Thongsing Thammavong", country = "Laos", short = { "Thongsing" }, aliases = {},
    roles = { { "Prime Minister", "2010-12-23", "2016-04-20" } } },
  { name = "Saleumxay Kommasith", country = "Laos", short = { "Saleumxay" },
    aliases = { "Saleumsay Kommasith" },
    roles = {
      -- unsure: may have been succeeded (by Thongsavanh Phomvihane?) in 2025-2026
      { "Foreign Minister", "2016-04-20", nil },
    } },
  { name = "Phankham Viphavanh", country = "Laos", short = { "Phankham" }, aliases = {},
    roles = { { "Prime Minister", "2021-03-22", "2022-12-30" } } },
  { name = "Sonexay Siphandone", country = "Laos", short = { "Sonexay" },
    aliases = { "Sonexay Siphandon" },
    roles = {
      { "Prime Minister", "2022-12-30", nil },  -- 2026 outcome unchecked
    } },
  -- Malaysia
  { name = "Mahathir Mohamad", country = "Malaysia", short = { "Mahathir" },
    aliases = { "Mahathir bin Mohamad" },
    roles = {
      { "Prime Minister", "1981-07-16", "2003-10-31" },
      -- resigned 2020-02-24, interim PM to 2020-03-01
      { "Prime Minister", "2018-05-10", "2020-03-01" },
    } },
  { name = "Syed Hamid Albar", country = "Malaysia", short = { "Syed Hamid" }, aliases = {},
    roles = { { "Foreign Minister", "1999-12-15", "2008-03-18" } } },
  { name = "Abdullah Ahmad Badawi", country = "Malaysia", short = { "Abdullah", "Badawi" },
    aliases = { "Abdullah Badawi", "Pak Lah" },
    roles = { { "Prime Minister", "2003-10-31", "2009-04-03" } } },
  { name = "Rais Yatim", country = "Malaysia", short = { "Rais" }, aliases = {},
    roles = { { "Foreign Minister", "2008-03-19", "2009-04-09" } } },
  { name = "Najib Razak", country = "Malaysia", short = { "Najib" },
    aliases = { "Najib Tun Razak", "Najib Abdul Razak" },
    roles = { { "Prime Minister", "2009-04-03", "2018-05-10" } } },
  { name = "Anifah Aman", country = "Malaysia", short = { "Anifah" }, aliases = {},
    roles = { { "Foreign Minister", "2009-04-10", "2018-05-09" } } },
  { name = "Saifuddin Abdullah", country = "Malaysia", short = { "Saifuddin" }, aliases = {},
    roles = {
      { "Foreign Minister", "2018-07-02", "2020-02-24" },
      { "Foreign Minister", "2021-08-30", "2022-11-24" },
    } },
  { name = "Muhyiddin Yassin", country = "Malaysia", short = { "Muhyiddin" },
    aliases = { "Muhyiddin Mohd Yassin" },
    roles = {
      { "Prime Minister", "2020-03-01", "2021-08-16" },  -- resigned; caretaker until 2021-08-21
    } },
  { name = "Hishammuddin Hussein", country = "Malaysia", short = { "Hishammuddin" },
    aliases = { "Hishammuddin Tun Hussein" },
    roles = { { "Foreign Minister", "2020-03-10", "2021-08-16" } } },
  { name = "Ismail Sabri Yaakob", country = "Malaysia", short = { "Ismail Sabri", "Ismail" },
    aliases = { "Ismail Sabri" },
    roles = { { "Prime Minister", "2021-08-21", "2022-11-24" } } },
  { name = "Anwar Ibrahim", country = "Malaysia", short = { "Anwar" }, aliases = {},
    roles = { { "Prime Minister", "2022-11-24", nil } } },
  { name = "Zambry Abdul Kadir", country = "Malaysia", short = { "Zambry" }, aliases = {},
    roles = { { "Foreign Minister", "2022-12-03", "2023-12-12" } } },
  { name = "Mohamad Hasan", country = "Malaysia", short = { "Mohamad" },
    aliases = { "Tok Mat", "Mohamad Haji Hasan" },
    roles = {
      -- unsure: a December 2025 cabinet reshuffle is unchecked
      { "Foreign Minister", "2023-12-12", nil },
    } },
  -- Myanmar
  -- Elections were held from December 2025; a new parliament and president may have
  -- taken office in 2026: check 2026 terms.
  { name = "Than Shwe", country = "Myanmar", short = {}, aliases = { "Senior General Than Shwe" },
    roles = {
      -- head of state; the council was named SLORC until 1997-11-15
      { "Chairman of the State Peace and Development Council", "1992-04-23", "2011-03-30" },
      { "Prime Minister", "1992-04-23", "2003-08-25" },
    } },
  { name = "Win Aung", country = "Myanmar", short = {}, aliases = {},
    roles = {
      { "Foreign Minister", "1998-11", "2004-09" },  -- unsure: start and end days
    } },
  { name = "Khin Nyunt", country = "Myanmar", short = {}, aliases = { "General Khin Nyunt" },
    roles = { { "Prime Minister", "2003-08-25", "2004-10-19" } } },
  { name = "Nyan Win", country = "Myanmar", short = {}, aliases = {},
    roles = {
      { "Foreign Minister", "2004-09", "2011-03-30" },  -- unsure: start day (2004-09-18?)
    } },
  { name = "Soe Win", country = "Myanmar", short = {}, aliases = {},
    roles = {
      -- died in office; Thein Sein acting from 2007
      { "Prime Minister", "2004-10-19", "2007-10-12" },
    } },
  { name = "Thein Sein", country = "Myanmar", short = {}, aliases = { "U Thein Sein" },
    roles = {
      { "Prime Minister", "2007-10-24", "2011-03-30" },
      { "President", "2011-03-30", "2016-03-30" },
    } },
  { name = "Wunna Maung Lwin", country = "Myanmar", short = {}, aliases = {},
    roles = {
      { "Foreign Minister", "2011-03-30", "2016-03-30" },
      { "Foreign Minister", "2021-02-01", "2023-02-01" },  -- junta appointee
    } },
  { name = "Min Aung Hlaing", country = "Myanmar", short = {},
    aliases = { "Senior General Min Aung Hlaing" },
    roles = {
      { "Commander-in-Chief of Defence Services", "2011-03-30", nil },
      -- council dissolved 2025-07-31
      { "Chairman of the State Administration Council", "2021-02-02", "2025-07-31" },
      { "Prime Minister", "2021-08-01", "2025-08" },  -- unsure: end day (Nyo Saw named PM)
      { "Acting President", "2024-07-22", nil },  -- 2026 outcome unchecked
      -- unsure: 2026 status
      { "Chairman of the State Security and Peace Commission", "2025-07-31", nil },
    } },
  { name = "Htin Kyaw", country = "Myanmar", short = {}, aliases = { "U Htin Kyaw" },
    roles = {
      { "President", "2016-03-30", "2018-03-21" },  -- resigned
    } },
  { name = "Aung San Suu Kyi", country = "Myanmar", short = { "Suu Kyi" },
    aliases = { "Daw Aung San Suu Kyi" },
    roles = {
      { "Foreign Minister", "2016-03-30", "2021-02-01" },
      { "State Counsellor", "2016-04-06", "2021-02-01" },
    } },
  { name = "Myint Swe", country = "Myanmar", short = {}, aliases = { "U Myint Swe" },
    roles = {
      { "Acting President", "2018-03-21", "2018-03-30" },
      -- handed his duties to Min Aung Hlaing; died 2025-08-07
      { "Acting President", "2021-02-01", "2024-07-22" },
    } },
  { name = "Win Myint", country = "Myanmar", short = {}, aliases = { "U Win Myint" },
    roles = { { "President", "2018-03-30", "2021-02-01" } } },
  { name = "Than Swe", country = "Myanmar", short = {}, aliases = {},
    roles = {
      { "Foreign Minister", "2023-02-01", nil },  -- junta appointee; 2026 status unchecked
    } },
  { name = "Nyo Saw", country = "Myanmar", short = {}, aliases = {},
    roles = {
      { "Prime Minister", "2025-08", nil },  -- unsure: day and month (named after 2025-07-31)
    } },
  -- North Korea
  { name = "Kim Jong Il", country = "North Korea", short = { "Kim" },
    aliases = { "Kim Jong-il", "Kim Jong-Il" },
    roles = {
      { "Chairman of the National Defence Commission", "1993-04-09", "2011-12-17" },
      { "Supreme Leader", "1994-07-08", "2011-12-17" },
      { "General Secretary", "1997-10-08", "2011-12-17" },  -- of the Workers' Party of Korea
    } },
  -- nominal head of state until the 2019 constitution
  { name = "Kim Yong Nam", country = "North Korea", short = {}, aliases = { "Kim Yong-nam" },
    roles = {
      { "President of the Presidium of the Supreme People's Assembly", "1998-09-05", "2019-04-11" },
    } },
  { name = "Hong Song Nam", country = "North Korea", short = { "Hong" },
    aliases = { "Hong Song-nam" },
    roles = {
      { "Premier", "1998-09-05", "2003-09-03" },  -- acting premier from 1997-02
    } },
  { name = "Paek Nam Sun", country = "North Korea", short = { "Paek" },
    aliases = { "Paek Nam-sun" },
    roles = {
      { "Foreign Minister", "1998-09-05", "2007-01-02" },  -- died in office
    } },
  { name = "Pak Pong Ju", country = "North Korea", short = { "Pak" }, aliases = { "Pak Pong-ju" },
    roles = {
      { "Premier", "2003-09-03", "2007-04-11" },
      { "Premier", "2013-04-01", "2019-04-11" },
    } },
  { name = "Kim Yong Il", country = "North Korea", short = {}, aliases = { "Kim Yong-il" },
    roles = { { "Premier", "2007-04-11", "2010-06-07" } } },
  { name = "Pak Ui Chun", country = "North Korea", short = { "Pak" }, aliases = { "Pak Ui-chun" },
    roles = {
      { "Foreign Minister", "2007-05", "2014-04-09" },  -- unsure: start day (2007-05-18?)
    } },
  { name = "Choe Yong Rim", country = "North Korea", short = { "Choe" },
    aliases = { "Choe Yong-rim" },
    roles = { { "Premier", "2010-06-07", "2013-04-01" } } },
  { name = "Kim Jong Un", country = "North Korea", short = { "Kim" },
    aliases = { "Kim Jong-un", "Kim Jong-Un" },
    roles = {
      { "Supreme Leader", "2011-12-17", nil },
      { "First Secretary of the Workers' Party of Korea", "2012-04-11", "2016-05-09" },
      { "First Chairman of the National Defence Commission", "2012-04-13", "2016-06-29" },
      { "Chairman of the Workers' Party of Korea", "2016-05-09", "2021-01-10" },
      { "Chairman of the State Affairs Commission", "2016-06-29", nil },
      { "General Secretary", "2021-01-10", nil },  -- of the Workers' Party of Korea
    } },
  { name = "Ri Su Yong", country = "North Korea", short = { "Ri" }, aliases = { "Ri Su-yong" },
    roles = {
      -- unsure: end day (moved to the party in May 2016)
      { "Foreign Minister", "2014-04-09", "2016-05" },
    } },
  { name = "Ri Yong Ho", country = "North Korea", short = { "Ri" },
    aliases = { "Ri Yong-ho", "Ri Yong-Ho" },
    roles = {
      -- unsure: start and end days (replacement reported 2020-01)
      { "Foreign Minister", "2016-05", "2020-01" },
    } },
  { name = "Choe Ryong Hae", country = "North Korea", short = { "Choe" },
    aliases = { "Choe Ryong-hae", "Choe Ryong-Hae" },
    roles = {
      -- unsure: still in office in 2025-2026?
      { "President of the Standing Committee of the Supreme People's Assembly", "2019-04-11", nil },
    } },
  { name = "Kim Jae Ryong", country = "North Korea", short = {}, aliases = { "Kim Jae-ryong" },
    roles = { { "Premier", "2019-04-11", "2020-08-13" } } },
  { name = "Ri Son Gwon", country = "North Korea", short = { "Ri" },
    aliases = { "Ri Son-gwon", "Ri Son-Gwon" },
    roles = {
      -- unsure: days (replaced at the June 2022 party plenum)
      { "Foreign Minister", "2020-01", "2022-06" },
    } },
  { name = "Kim Tok Hun", country = "North Korea", short = {},
    aliases = { "Kim Tok-hun", "Kim Deok-hun" },
    roles = {
      { "Premier", "2020-08-13", "2024-12" },  -- unsure: end month (replaced by Pak Thae Song)
    } },
  { name = "Choe Son Hui", country = "North Korea", short = { "Choe" },
    aliases = { "Choe Son-hui", "Choe Son-Hui" },
    roles = {
      { "Foreign Minister", "2022-06", nil },  -- unsure: day (appointment reported 2022-06-11)
    } },
  { name = "Pak Thae Song", country = "North Korea", short = { "Pak" },
    aliases = { "Pak Thae-song" },
    roles = {
      { "Premier", "2024-12", nil },  -- unsure: month of appointment
    } },
  -- Pakistan
  { name = "Rafiq Tarar", country = "Pakistan", short = { "Tarar" },
    aliases = { "Muhammad Rafiq Tarar" },
    roles = { { "President", "1998-01-01", "2001-06-20" } } },
  { name = "Pervez Musharraf", country = "Pakistan", short = { "Musharraf" },
    aliases = { "General Pervez Musharraf" },
    roles = {
      { "Chief Executive", "1999-10-12", "2002-11-23" },  -- head of government after the 1999 coup
      { "President", "2001-06-20", "2008-08-18" },  -- resigned
    } },
  { name = "Abdul Sattar", country = "Pakistan", short = { "Sattar" }, aliases = {},
    roles = {
      { "Foreign Minister", "1999-11", "2002-06" },  -- unsure: days (resigned June 2002)
    } },
  { name = "Khurshid Mahmud Kasuri", country = "Pakistan", short = { "Kasuri" },
    aliases = { "Khurshid Kasuri", "Khurshid Mehmood Kasuri" },
    roles = {
      { "Foreign Minister", "2002-11", "2007-11" },  -- unsure: days
    } },
  { name = "Zafarullah Khan Jamali", country = "Pakistan", short = { "Jamali" },
    aliases = { "Mir Zafarullah Khan Jamali" },
    roles = {
      { "Prime Minister", "2002-11-23", "2004-06-26" },  -- resigned
    } },
  { name = "Chaudhry Shujaat Hussain", country = "Pakistan", short = { "Shujaat" },
    aliases = { "Shujaat Hussain" },
    roles = {
      { "Prime Minister", "2004-06-30", "2004-08-28" },  -- interim
    } },
  { name = "Shaukat Aziz", country = "Pakistan", short = { "Aziz" }, aliases = {},
    roles = { { "Prime Minister", "2004-08-28", "2007-11-16" } } },
  { name = "Muhammad Mian Soomro", country = "Pakistan", short = { "Soomro" },
    aliases = { "Mohammedmian Soomro" },
    roles = {
      { "Prime Minister", "2007-11-16", "2008-03-25" },  -- caretaker
      { "Acting President", "2008-08-18", "2008-09-09" },
    } },
  { name = "Yousaf Raza Gilani", country = "Pakistan", short = { "Gilani" },
    aliases = { "Yusuf Raza Gilani" },
    roles = {
      { "Prime Minister", "2008-03-25", "2012-06-19" },  -- disqualified by the Supreme Court
    } },
  { name = "Shah Mehmood Qureshi", country = "Pakistan", short = { "Qureshi" },
    aliases = { "Shah Mahmood Qureshi" },
    roles = {
      { "Foreign Minister", "2008-03-31", "2011-02-09" },
      { "Foreign Minister", "2018-08-20", "2022-04-10" },
    } },
  { name = "Asif Ali Zardari", country = "Pakistan", short = { "Zardari" }, aliases = {},
    roles = {
      { "President", "2008-09-09", "2013-09-09" },
      { "President", "2024-03-10", nil },
    } },
  { name = "Hina Rabbani Khar", country = "Pakistan", short = { "Khar" }, aliases = {},
    roles = {
      -- unsure: days (minister of state for foreign affairs from 2011-02)
      { "Foreign Minister", "2011-07", "2013-03" },
    } },
  { name = "Raja Pervaiz Ashraf", country = "Pakistan", short = { "Ashraf" },
    aliases = { "Raja Pervez Ashraf" },
    roles = { { "Prime Minister", "2012-06-22", "2013-03-25" } } },
  { name = "Mir Hazar Khan Khoso", country = "Pakistan", short = { "Khoso" }, aliases = {},
    roles = {
      { "Prime Minister", "2013-03-25", "2013-06-05" },  -- caretaker
    } },
  { name = "Nawaz Sharif", country = "Pakistan", short = { "Sharif", "Nawaz" },
    aliases = { "Mian Nawaz Sharif", "Muhammad Nawaz Sharif" },
    roles = {
      -- unsure: start day; kept the portfolio himself
      { "Foreign Minister", "2013-06", "2017-07-28" },
      { "Prime Minister", "2013-06-05", "2017-07-28" },  -- disqualified by the Supreme Court
    } },
  { name = "Sartaj Aziz", country = "Pakistan", short = { "Aziz" }, aliases = {},
    roles = {
      -- unsure: days; de facto foreign minister
      { "Adviser on Foreign Affairs", "2013-06", "2017-07" },
    } },
  { name = "Mamnoon Hussain", country = "Pakistan", short = { "Mamnoon" }, aliases = {},
    roles = { { "President", "2013-09-09", "2018-09-09" } } },
  { name = "Shahid Khaqan Abbasi", country = "Pakistan", short = { "Abbasi" }, aliases = {},
    roles = { { "Prime Minister", "2017-08-01", "2018-05-31" } } },
  { name = "Khawaja Muhammad Asif", country = "Pakistan", short = { "Asif" },
    aliases = { "Khawaja Asif" },
    roles = {
      -- disqualified by the Islamabad High Court
      { "Foreign Minister", "2017-08-04", "2018-04-26" },
    } },
  { name = "Nasirul Mulk", country = "Pakistan", short = { "Mulk" }, aliases = { "Nasir-ul-Mulk" },
    roles = {
      { "Prime Minister", "2018-06-01", "2018-08-18" },  -- caretaker
    } },
  { name = "Imran Khan", country = "Pakistan", short = { "Khan" }, aliases = {},
    roles = {
      { "Prime Minister", "2018-08-18", "2022-04-10" },  -- removed by a no-confidence vote
    } },
  { name = "Arif Alvi", country = "Pakistan", short = { "Alvi" }, aliases = {},
    roles = { { "President", "2018-09-09", "2024-03-10" } } },
  { name = "Shehbaz Sharif", country = "Pakistan", short = { "Sharif", "Shehbaz" },
    aliases = { "Shahbaz Sharif", "Mian Shehbaz Sharif" },
    roles = {
      { "Prime Minister", "2022-04-11", "2023-08-14" },
      { "Prime Minister", "2024-03-04", nil },
    } },
  { name = "Bilawal Bhutto Zardari", country = "Pakistan", short = { "Bilawal", "Bhutto Zardari" },
    aliases = { "Bilawal Bhutto" },
    roles = {
      -- unsure: end day (assembly dissolved 2023-08-09)
      { "Foreign Minister", "2022-04-27", "2023-08" },
    } },
  { name = "Anwaar-ul-Haq Kakar", country = "Pakistan", short = { "Kakar" },
    aliases = { "Anwarul Haq Kakar", "Anwaar ul Haq Kakar" },
    roles = {
      { "Prime Minister", "2023-08-14", "2024-03-04" },  -- caretaker
    } },
  { name = "Jalil Abbas Jilani", country = "Pakistan", short = { "Jilani" }, aliases = {},
    roles = {
      { "Foreign Minister", "2023-08-17", "2024-03-04" },  -- caretaker
    } },
  { name = "Ishaq Dar", country = "Pakistan", short = { "Dar" }, aliases = { "Muhammad Ishaq Dar" },
    roles = { { "Foreign Minister", "2024-03-11", nil } } },
  -- Philippines
  { name = "Domingo Siazon Jr.", country = "Philippines", short = { "Siazon" },
    aliases = { "Domingo Siazon" },
    roles = {
      -- unsure: start day; Secretary of Foreign Affairs
      { "Foreign Minister", "1995-05", "2001-01-20" },
    } },
  { name = "Joseph Estrada", country = "Philippines", short = { "Estrada", "Erap" },
    aliases = { "Joseph Ejercito Estrada" },
    roles = { { "President", "1998-06-30", "2001-01-20" } } },
  { name = "Gloria Macapagal Arroyo", country = "Philippines", short = { "Arroyo" },
    aliases = { "Gloria Arroyo", "Gloria Macapagal-Arroyo" },
    roles = {
      { "Vice President", "1998-06-30", "2001-01-20" },
      { "President", "2001-01-20", "2010-06-30" },
    } },
  { name = "Teofisto Guingona Jr.", country = "Philippines", short = { "Guingona" },
    aliases = { "Teofisto Guingona" },
    roles = {
      { "Foreign Minister", "2001-02", "2002-07" },  -- unsure: days; also Vice President
    } },
  { name = "Blas Ople", country = "Philippines", short = { "Ople" }, aliases = { "Blas F. Ople" },
    roles = {
      { "Foreign Minister", "2002-07", "2003-12-14" },  -- unsure: start day; died in office
    } },
  { name = "Delia Domingo-Albert", country = "Philippines", short = { "Albert" },
    aliases = { "Delia Albert" },
    roles = {
      { "Foreign Minister", "2004-01", "2004-08" },  -- unsure: days
    } },
  { name = "Alberto Romulo", country = "Philippines", short = { "Romulo" },
    aliases = { "Alberto G. Romulo" },
    roles = {
      { "Foreign Minister", "2004-08", "2011-02" },  -- unsure: days
    } },
  { name = "Benigno Aquino III", country = "Philippines", short = { "Aquino" },
    aliases = { "Benigno Aquino", "Noynoy Aquino", "Benigno S. Aquino III" },
    roles = { { "President", "2010-06-30", "2016-06-30" } } },
  { name = "Albert del Rosario", country = "Philippines", short = { "del Rosario", "Del Rosario" },
    aliases = { "Albert F. del Rosario" },
    roles = { { "Foreign Minister", "2011-02-24", "2016-03-07" } } },
  { name = "Jose Rene Almendras", country = "Philippines", short = { "Almendras" },
    aliases = { "Rene Almendras" },
    roles = {
      { "Foreign Minister", "2016-03", "2016-06-30" },  -- unsure: start day
    } },
  { name = "Rodrigo Duterte", country = "Philippines", short = { "Duterte" },
    aliases = { "Rodrigo Roa Duterte" },
    roles = { { "President", "2016-06-30", "2022-06-30" } } },
  { name = "Perfecto Yasay Jr.", country = "Philippines", short = { "Yasay" },
    aliases = { "Perfecto Yasay" },
    roles = {
      -- appointment rejected by the Commission on Appointments
      { "Foreign Minister", "2016-06-30", "2017-03-08" },
    } },
  { name = "Enrique Manalo", country = "Philippines", short = { "Manalo" },
    aliases = { "Enrique A. Manalo" },
    roles = {
      { "Foreign Minister", "2017-03", "2017-05" },  -- acting; unsure: days
      { "Foreign Minister", "2022-07-01", "2025-06-30" },
    } },
  { name = "Alan Peter Cayetano", country = "Philippines", short = { "Cayetano" }, aliases = {},
    roles = { { "Foreign Minister", "2017-05-18", "2018-10-17" } } },
  { name = "Teodoro Locsin Jr.", country = "Philippines", short = { "Locsin" },
    aliases = { "Teodoro Locsin", "Teddy Locsin", "Teddy Locsin Jr." },
    roles = { { "Foreign Minister", "2018-10-17", "2022-06-30" } } },
  { name = "Ferdinand Marcos Jr.", country = "Philippines", short = { "Marcos", "Marcos Jr." },
    aliases = { "Bongbong Marcos", "Ferdinand R. Marcos Jr.", "Ferdinand Romualdez Marcos Jr." },
    roles = { { "President", "2022-06-30", nil } } },
  { name = "Ma. Theresa Lazaro", country = "Philippines", short = { "Lazaro" },
    aliases = { "Maria Theresa Lazaro", "Theresa Lazaro", "Ma. Theresa P. Lazaro" },
    roles = { { "Foreign Minister", "2025-07-01", nil } } },
  -- Singapore
  { name = "Goh Chok Tong", country = "Singapore", short = { "Goh" }, aliases = {},
    roles = { { "Prime Minister", "1990-11-28", "2004-08-12" } } },
  { name = "S. Jayakumar", country = "Singapore", short = { "Jayakumar" },
    aliases = { "Shunmugam Jayakumar" },
    roles = {
      { "Foreign Minister", "1994-01", "2004-08-12" },  -- unsure: start day
    } },
  { name = "S. R. Nathan", country = "Singapore", short = { "Nathan" },
    aliases = { "S.R. Nathan", "Sellapan Ramanathan" },
    roles = { { "President", "1999-09-01", "2011-08-31" } } },
  { name = "Lee Hsien Loong", country = "Singapore", short = { "Lee" }, aliases = {},
    roles = { { "Prime Minister", "2004-08-12", "2024-05-15" } } },
  { name = "George Yeo", country = "Singapore", short = { "Yeo" },
    aliases = { "George Yeo Yong-Boon" },
    roles = { { "Foreign Minister", "2004-08-12", "2011-05-20" } } },
  { name = "K. Shanmugam", country = "Singapore", short = { "Shanmugam" },
    aliases = { "Kasiviswanathan Shanmugam" },
    roles = { { "Foreign Minister", "2011-05-21", "2015-09-30" } } },
  { name = "Tony Tan", country = "Singapore", short = { "Tan" }, aliases = { "Tony Tan Keng Yam" },
    roles = { { "President", "2011-09-01", "2017-08-31" } } },
  { name = "Vivian Balakrishnan", country = "Singapore", short = { "Balakrishnan" }, aliases = {},
    roles = { { "Foreign Minister", "2015-10-01", nil } } },
  { name = "Halimah Yacob", country = "Singapore", short = { "Halimah" }, aliases = {},
    roles = { { "President", "2017-09-14", "2023-09-13" } } },
  { name = "Tharman Shanmugaratnam", country = "Singapore", short = { "Tharman" }, aliases = {},
    roles = { { "President", "2023-09-14", nil } } },
  { name = "Lawrence Wong", country = "Singapore", short = { "Wong" }, aliases = {},
    roles = { { "Prime Minister", "2024-05-15", nil } } },
  -- Taiwan
  { name = "Lee Teng-hui", country = "Taiwan", short = { "Lee" }, aliases = {},
    roles = { { "President", "1988-01-13", "2000-05-20" } } },
  { name = "Vincent Siew", country = "Taiwan", short = { "Siew" }, aliases = { "Siew Wan-chang" },
    roles = {
      { "Premier", "1997-09-01", "2000-05-20" },
      { "Vice President", "2008-05-20", "2012-05-20" },
    } },
  { name = "Cheng Chien-jen", country = "Taiwan", short = { "Cheng" }, aliases = {},
    roles = {
      { "Foreign Minister", "1999-02", "2000-05-20" },  -- unsure: start month
    } },
  { name = "Chen Shui-bian", country = "Taiwan", short = { "Chen" }, aliases = {},
    roles = { { "President", "2000-05-20", "2008-05-20" } } },
  { name = "Tang Fei", country = "Taiwan", short = { "Tang" }, aliases = {},
    roles = { { "Premier", "2000-05-20", "2000-10-06" } } },
  { name = "Tien Hung-mao", country = "Taiwan", short = { "Tien" }, aliases = {},
    roles = { { "Foreign Minister", "2000-05-20", "2002-02-01" } } },
  { name = "Chang Chun-hsiung", country = "Taiwan", short = { "Chang" }, aliases = {},
    roles = {
      { "Premier", "2000-10-06", "2002-02-01" },
      { "Premier", "2007-05-21", "2008-05-20" },
    } },
  { name = "Yu Shyi-kun", country = "Taiwan", short = { "Yu" }, aliases = {},
    roles = { { "Premier", "2002-02-01", "2005-02-01" } } },
  { name = "Eugene Chien", country = "Taiwan", short = { "Chien" }, aliases = { "Chien Yu-hsin" },
    roles = { { "Foreign Minister", "2002-02-01", "2004-05-20" } } },
  { name = "Mark Chen", country = "Taiwan", short = { "Chen" }, aliases = { "Chen Tan-sun" },
    roles = { { "Foreign Minister", "2004-05-20", "2006-01-25" } } },
  { name = "Frank Hsieh", country = "Taiwan", short = { "Hsieh" }, aliases = { "Hsieh Chang-ting" },
    roles = { { "Premier", "2005-02-01", "2006-01-25" } } },
  { name = "Su Tseng-chang", country = "Taiwan", short = { "Su" }, aliases = {},
    roles = {
      { "Premier", "2006-01-25", "2007-05-21" },
      { "Premier", "2019-01-14", "2023-01-31" },
    } },
  { name = "James Huang", country = "Taiwan", short = { "Huang" }, aliases = { "Huang Chih-fang" },
    roles = {
      { "Foreign Minister", "2006-01-25", "2008-05" },  -- unsure: end day (resigned early May 2008)
    } },
  { name = "Ma Ying-jeou", country = "Taiwan", short = { "Ma" }, aliases = {},
    roles = { { "President", "2008-05-20", "2016-05-20" } } },
  { name = "Liu Chao-shiuan", country = "Taiwan", short = { "Liu" }, aliases = {},
    roles = { { "Premier", "2008-05-20", "2009-09-10" } } },
  { name = "Francisco Ou", country = "Taiwan", short = { "Ou" }, aliases = { "Ou Hung-lian" },
    roles = { { "Foreign Minister", "2008-05-20", "2009-09-10" } } },
  { name = "Wu Den-yih", country = "Taiwan", short = { "Wu" }, aliases = {},
    roles = {
      { "Premier", "2009-09-10", "2012-02-06" },
      { "Vice President", "2012-05-20", "2016-05-20" },
    } },
  { name = "Timothy Yang", country = "Taiwan", short = { "Yang" }, aliases = { "Yang Chin-tien" },
    roles = {
      { "Foreign Minister", "2009-09-10", "2012-09" },  -- unsure: end day
    } },
  { name = "Sean Chen", country = "Taiwan", short = { "Chen" }, aliases = { "Chen Chun" },
    roles = { { "Premier", "2012-02-06", "2013-02-18" } } },
  { name = "David Lin", country = "Taiwan", short = { "Lin" }, aliases = { "Lin Yung-lo" },
    roles = {
      { "Foreign Minister", "2012-09", "2016-05-20" },  -- unsure: start day
    } },
  { name = "Jiang Yi-huah", country = "Taiwan", short = { "Jiang" }, aliases = {},
    roles = { { "Premier", "2013-02-18", "2014-12-08" } } },
  { name = "Mao Chi-kuo", country = "Taiwan", short = { "Mao" }, aliases = {},
    roles = { { "Premier", "2014-12-08", "2016-02-01" } } },
  { name = "Chang San-cheng", country = "Taiwan", short = { "Chang" }, aliases = { "Simon Chang" },
    roles = { { "Premier", "2016-02-01", "2016-05-20" } } },
  { name = "Tsai Ing-wen", country = "Taiwan", short = { "Tsai" }, aliases = {},
    roles = { { "President", "2016-05-20", "2024-05-20" } } },
  { name = "Lin Chuan", country = "Taiwan", short = { "Lin" }, aliases = {},
    roles = { { "Premier", "2016-05-20", "2017-09-08" } } },
  { name = "David Lee", country = "Taiwan", short = { "Lee" }, aliases = { "Lee Ta-wei" },
    roles = { { "Foreign Minister", "2016-05-20", "2018-02-26" } } },
  { name = "Chen Chien-jen", country = "Taiwan", short = { "Chen" }, aliases = {},
    roles = {
      { "Vice President", "2016-05-20", "2020-05-20" },
      { "Premier", "2023-01-31", "2024-05-20" },
    } },
  { name = "Lai Ching-te", country = "Taiwan", short = { "Lai" },
    aliases = { "William Lai", "William Lai Ching-te", "Lai Ching-teh" },
    roles = {
      { "Premier", "2017-09-08", "2019-01-14" },
      { "Vice President", "2020-05-20", "2024-05-20" },
      { "President", "2024-05-20", nil },
    } },
  { name = "Joseph Wu", country = "Taiwan", short = { "Wu" },
    aliases = { "Wu Jaushieh", "Jaushieh Joseph Wu" },
    roles = { { "Foreign Minister", "2018-02-26", "2024-05-20" } } },
  { name = "Cho Jung-tai", country = "Taiwan", short = { "Cho" }, aliases = {},
    roles = { { "Premier", "2024-05-20", nil } } },
  { name = "Lin Chia-lung", country = "Taiwan", short = { "Lin" }, aliases = {},
    roles = { { "Foreign Minister", "2024-05-20", nil } } },
  -- Thailand
  -- A general election was expected in early 2026 after Anutin dissolved the House
  -- (unsure): check the prime minister and foreign minister from 2026.
  { name = "Bhumibol Adulyadej", country = "Thailand", short = { "Bhumibol" },
    aliases = { "King Bhumibol Adulyadej", "Rama IX" },
    roles = { { "King", "1946-06-09", "2016-10-13" } } },
  { name = "Chuan Leekpai", country = "Thailand", short = { "Chuan" }, aliases = {},
    roles = { { "Prime Minister", "1997-11-09", "2001-02-09" } } },
  { name = "Surin Pitsuwan", country = "Thailand", short = { "Surin" }, aliases = {},
    roles = {
      { "Foreign Minister", "1997-11-14", "2001-02" },  -- unsure: end day
    } },
  { name = "Surakiart Sathirathai", country = "Thailand", short = { "Surakiart" }, aliases = {},
    roles = {
      { "Foreign Minister", "2001-02", "2005-03" },  -- unsure: days
    } },
  { name = "Thaksin Shinawatra", country = "Thailand", short = { "Thaksin" }, aliases = {},
    roles = {
      { "Prime Minister", "2001-02-09", "2006-09-19" },  -- ousted in a coup
    } },
  { name = "Kantathi Suphamongkhon", country = "Thailand", short = { "Kantathi" }, aliases = {},
    roles = {
      { "Foreign Minister", "2005-03", "2006-09-19" },  -- unsure: start day
    } },
  { name = "Nitya Pibulsonggram", country = "Thailand", short = { "Nitya" }, aliases = {},
    roles = {
      { "Foreign Minister", "2006-10", "2008-02" },  -- unsure: days
    } },
  { name = "Surayud Chulanont", country = "Thailand", short = { "Surayud" }, aliases = {},
    roles = { { "Prime Minister", "2006-10-01", "2008-01-29" } } },
  { name = "Samak Sundaravej", country = "Thailand", short = { "Samak" }, aliases = {},
    roles = { { "Prime Minister", "2008-01-29", "2008-09-09" } } },
  { name = "Noppadon Pattama", country = "Thailand", short = { "Noppadon" }, aliases = {},
    roles = {
      { "Foreign Minister", "2008-02", "2008-07-10" },  -- unsure: start day
    } },
  { name = "Tej Bunnag", country = "Thailand", short = { "Tej" }, aliases = {},
    roles = {
      { "Foreign Minister", "2008-07", "2008-09" },  -- unsure: days
    } },
  { name = "Sompong Amornvivat", country = "Thailand", short = { "Sompong" }, aliases = {},
    roles = {
      { "Foreign Minister", "2008-09", "2008-12-02" },  -- unsure: start day
    } },
  { name = "Somchai Wongsawat", country = "Thailand", short = { "Somchai" }, aliases = {},
    roles = { { "Prime Minister", "2008-09-18", "2008-12-02" } } },
  { name = "Kasit Piromya", country = "Thailand", short = { "Kasit" }, aliases = {},
    roles = {
      { "Foreign Minister", "2008-12", "2011-08" },  -- unsure: days
    } },
  { name = "Abhisit Vejjajiva", country = "Thailand", short = { "Abhisit" }, aliases = {},
    roles = { { "Prime Minister", "2008-12-17", "2011-08-05" } } },
  { name = "Surapong Tovichakchaikul", country = "Thailand", short = { "Surapong" }, aliases = {},
    roles = {
      { "Foreign Minister", "2011-08", "2014-05-22" },  -- unsure: start day
    } },
  { name = "Yingluck Shinawatra", country = "Thailand", short = { "Yingluck" }, aliases = {},
    roles = {
      { "Prime Minister", "2011-08-05", "2014-05-07" },  -- removed by the Constitutional Court
    } },
  { name = "Prayut Chan-o-cha", country = "Thailand", short = { "Prayut", "Prayuth" },
    aliases = { "Prayuth Chan-ocha", "Prayut Chan-ocha" },
    roles = {
      -- junta chief
      { "Head of the National Council for Peace and Order", "2014-05-22", "2019-07-16" },
      { "Prime Minister", "2014-08-24", "2023-08-22" },  -- suspended 2022-08-24 to 2022-09-30
    } },
  { name = "Tanasak Patimapragorn", country = "Thailand", short = { "Tanasak" }, aliases = {},
    roles = {
      { "Foreign Minister", "2014-08", "2015-08" },  -- unsure: days
    } },
  { name = "Don Pramudwinai", country = "Thailand", short = { "Don" }, aliases = {},
    roles = {
      { "Foreign Minister", "2015-08", "2023-09" },  -- unsure: days
    } },
  { name = "Vajiralongkorn", country = "Thailand", short = {},
    aliases = { "Maha Vajiralongkorn", "King Vajiralongkorn", "Rama X" },
    roles = { { "King", "2016-10-13", nil } } },
  { name = "Prawit Wongsuwan", country = "Thailand", short = { "Prawit" },
    aliases = { "Prawit Wongsuwon" },
    roles = { { "Acting Prime Minister", "2022-08-24", "2022-09-30" } } },
  { name = "Srettha Thavisin", country = "Thailand", short = { "Srettha" }, aliases = {},
    roles = {
      { "Prime Minister", "2023-08-22", "2024-08-14" },  -- removed by the Constitutional Court
    } },
  { name = "Parnpree Bahiddha-nukara", country = "Thailand", short = { "Parnpree" },
    aliases = { "Parnpree Bahiddha-Nukara" },
    roles = {
      { "Foreign Minister", "2023-09", "2024-04-28" },  -- unsure: start day
    } },
  { name = "Maris Sangiampongsa", country = "Thailand", short = { "Maris" }, aliases = {},
    roles = {
      { "Foreign Minister", "2024-04", "2025-09" },  -- unsure: days
    } },
  { name = "Paetongtarn Shinawatra", country = "Thailand", short = { "Paetongtarn" },
    aliases = { "Ung Ing" },
    roles = {
      -- elected 08-16, endorsed 08-18; suspended from 2025-07-01
      { "Prime Minister", "2024-08-16", "2025-08-29" },
    } },
  { name = "Phumtham Wechayachai", country = "Thailand", short = { "Phumtham" }, aliases = {},
    roles = {
      { "Acting Prime Minister", "2025-07", "2025-09-07" },  -- unsure: start day (2025-07-03?)
    } },
  { name = "Sihasak Phuangketkeow", country = "Thailand", short = { "Sihasak" }, aliases = {},
    roles = {
      { "Foreign Minister", "2025-09", nil },  -- unsure: day; 2026 unchecked
    } },
  { name = "Anutin Charnvirakul", country = "Thailand", short = { "Anutin" }, aliases = {},
    roles = {
      -- elected 2025-09-05, endorsed 2025-09-07; 2026 unchecked
      { "Prime Minister", "2025-09-07", nil },
    } },
  -- Vietnam
  -- The 14th party congress (January 2026) and the new National Assembly (spring 2026)
  -- could have changed every office below: check 2026 terms.
  { name = "Nguyen Manh Cam", country = "Vietnam", short = { "Cam" },
    aliases = { "Nguyễn Mạnh Cầm" },
    roles = {
      { "Foreign Minister", "1991-08", "2000-01" },  -- unsure: days
    } },
  { name = "Tran Duc Luong", country = "Vietnam", short = { "Luong" },
    aliases = { "Trần Đức Lương" },
    roles = { { "President", "1997-09-24", "2006-06-27" } } },
  { name = "Phan Van Khai", country = "Vietnam", short = { "Khai" },
    aliases = { "Phan Văn Khải" },
    roles = { { "Prime Minister", "1997-09-25", "2006-06-27" } } },
  { name = "Le Kha Phieu", country = "Vietnam", short = { "Phieu" },
    aliases = { "Lê Khả Phiêu" },
    roles = { { "General Secretary", "1997-12-26", "2001-04-22" } } },
  { name = "Nguyen Dy Nien", country = "Vietnam", short = { "Nien" },
    aliases = { "Nguyễn Dy Niên" },
    roles = {
      { "Foreign Minister", "2000-01", "2006-06" },  -- unsure: days
    } },
  { name = "Nong Duc Manh", country = "Vietnam", short = { "Manh" },
    aliases = { "Nông Đức Mạnh" },
    roles = { { "General Secretary", "2001-04-22", "2011-01-19" } } },
  { name = "Pham Gia Khiem", country = "Vietnam", short = { "Khiem" },
    aliases = { "Phạm Gia Khiêm" },
    roles = {
      { "Foreign Minister", "2006-06", "2011-08-03" },  -- unsure: start day
    } },
  { name = "Nguyen Minh Triet", country = "Vietnam", short = { "Triet" },
    aliases = { "Nguyễn Minh Triết" },
    roles = { { "President", "2006-06-27", "2011-07-25" } } },
  { name = "Nguyen Tan Dung", country = "Vietnam", short = { "Dung" },
    aliases = { "Nguyễn Tấn Dũng" },
    roles = { { "Prime Minister", "2006-06-27", "2016-04-07" } } },
  { name = "Nguyen Phu Trong", country = "Vietnam", short = { "Trong" },
    aliases = { "Nguyễn Phú Trọng" },
    roles = {
      { "General Secretary", "2011-01-19", "2024-07-19" },  -- died in office
      { "President", "2018-10-23", "2021-04-05" },
    } },
  { name = "Truong Tan Sang", country = "Vietnam", short = { "Sang" },
    aliases = { "Trương Tấn Sang" },
    roles = { { "President", "2011-07-25", "2016-04-02" } } },
  { name = "Pham Binh Minh", country = "Vietnam", short = { "Minh" },
    aliases = { "Phạm Bình Minh" },
    roles = {
      { "Foreign Minister", "2011-08-03", "2021-04" },  -- unsure: end day
    } },
  { name = "Tran Dai Quang", country = "Vietnam", short = { "Quang" },
    aliases = { "Trần Đại Quang" },
    roles = {
      { "President", "2016-04-02", "2018-09-21" },  -- died in office
    } },
  { name = "Nguyen Xuan Phuc", country = "Vietnam", short = { "Phuc" },
    aliases = { "Nguyễn Xuân Phúc" },
    roles = {
      { "Prime Minister", "2016-04-07", "2021-04-05" },
      { "President", "2021-04-05", "2023-01-18" },  -- resigned
    } },
  { name = "Dang Thi Ngoc Thinh", country = "Vietnam", short = { "Thinh" },
    aliases = { "Đặng Thị Ngọc Thịnh" },
    roles = { { "Acting President", "2018-09-21", "2018-10-23" } } },
  { name = "Bui Thanh Son", country = "Vietnam", short = { "Son" }, aliases = { "Bùi Thanh Sơn" },
    roles = {
      -- unsure: start day; may have been succeeded in 2025-2026 (Le Hoai Trung?)
      { "Foreign Minister", "2021-04", nil },
    } },
  { name = "Pham Minh Chinh", country = "Vietnam", short = { "Chinh" },
    aliases = { "Phạm Minh Chính" },
    roles = {
      { "Prime Minister", "2021-04-05", nil },  -- 2026 outcome unchecked
    } },
  { name = "Vo Thi Anh Xuan", country = "Vietnam", short = { "Xuan" },
    aliases = { "Võ Thị Ánh Xuân" },
    roles = {
      { "Acting President", "2023-01-18", "2023-03-02" },
      { "Acting President", "2024-03-21", "2024-05-22" },
    } },
  { name = "Vo Van Thuong", country = "Vietnam", short = { "Thuong" },
    aliases = { "Võ Văn Thưởng" },
    roles = {
      { "President", "2023-03-02", "2024-03-21" },  -- resigned
    } },
  { name = "To Lam", country = "Vietnam", short = { "Lam" }, aliases = { "Tô Lâm" },
    roles = {
      { "President", "2024-05-22", "2024-10-21" },
      { "General Secretary", "2024-08-03", nil },  -- 2026 congress outcome unchecked
    } },
  { name = "Luong Cuong", country = "Vietnam", short = { "Cuong" },
    aliases = { "Lương Cường" },
    roles = {
      { "President", "2024-10-21", nil },  -- 2026 outcome unchecked
    } },
}
