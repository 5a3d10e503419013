-- data/actors/g20_asia_pacific.lua: heads of state and government and foreign
-- ministers of Australia, China, India, Indonesia, Japan and South Korea who
-- held office at any time since 2000-01-01, with date-ranged roles, plus a few
-- other officials the test articles name. Facts only.
--
-- Dates: start = first day in office, stop = first day of the successor (a
-- same-day handover); nil stop = in office as far as known. Changes from
-- 2025 on come from knowledge that ends in late 2025 and are commented; a
-- change in 2026 is not reflected. "YYYY-MM" where
-- the day is not certain; every such date and every doubt is marked with a
-- "-- unsure:" comment. Acting holders during a vacancy are listed (marked);
-- acting holders while the holder was suspended are not (the holder keeps
-- the office). Australia: the monarch and governor-general are not listed.
return {
  -- Australia --------------------------------------------------------------
  { name = "John Howard", country = "Australia", short = { "Howard" },
    roles = { { "Prime Minister", "1996-03-11", "2007-12-03" } } },
  { name = "Alexander Downer", country = "Australia", short = { "Downer" },
    roles = { { "Foreign Minister", "1996-03-11", "2007-12-03" } } },
  { name = "Kevin Rudd", country = "Australia", short = { "Rudd" },
    roles = {
      { "Prime Minister", "2007-12-03", "2010-06-24" },
      { "Foreign Minister", "2010-09-14", "2012-02-22" },
      { "Prime Minister", "2013-06-27", "2013-09-18" },
    } },
  { name = "Stephen Smith", country = "Australia", short = { "Smith" },
    roles = { { "Foreign Minister", "2007-12-03", "2010-09-14" } } },
  { name = "Julia Gillard", country = "Australia", short = { "Gillard" },
    roles = { { "Prime Minister", "2010-06-24", "2013-06-27" } } },
  -- Craig Emerson was acting Foreign Minister 2012-02-22..2012-03-13: not listed.
  { name = "Bob Carr", country = "Australia", short = { "Carr" },
    roles = { { "Foreign Minister", "2012-03-13", "2013-09-18" } } },
  { name = "Tony Abbott", country = "Australia", short = { "Abbott" },
    roles = { { "Prime Minister", "2013-09-18", "2015-09-15" } } },
  { name = "Julie Bishop", country = "Australia", short = { "Bishop" },
    roles = { { "Foreign Minister", "2013-09-18", "2018-08" } } },
    -- unsure: Bishop's last day (she resigned as foreign minister 26 or 28 August 2018)
  { name = "Malcolm Turnbull", country = "Australia", short = { "Turnbull" },
    roles = { { "Prime Minister", "2015-09-15", "2018-08-24" } } },
  { name = "Scott Morrison", country = "Australia", short = { "Morrison" },
    roles = { { "Prime Minister", "2018-08-24", "2022-05-23" } } },
  { name = "Marise Payne", country = "Australia", short = { "Payne" },
    roles = { { "Foreign Minister", "2018-08", "2022-05-23" } } },
    -- unsure: Payne's first day (26 or 28 August 2018)
  { name = "Anthony Albanese", country = "Australia", short = { "Albanese", "Albo" },
    roles = { { "Prime Minister", "2022-05-23", nil } } },
  { name = "Penny Wong", country = "Australia", short = { "Wong" },
    roles = { { "Foreign Minister", "2022-05-23", nil } } },  -- 2025: kept after the May 2025 election

  -- China ------------------------------------------------------------------
  { name = "Jiang Zemin", country = "China", short = { "Jiang" },
    roles = { { "President", "1993-03-27", "2003-03-15" } } },
  { name = "Hu Jintao", country = "China", short = { "Hu" },
    roles = {
      { "Vice President", "1998-03-16", "2003-03-15" },
      { "President", "2003-03-15", "2013-03-14" },
    } },
  { name = "Zhu Rongji", country = "China", short = { "Zhu" },
    roles = { { "Premier", "1998-03-17", "2003-03-16" } } },
  { name = "Tang Jiaxuan", country = "China", short = { "Tang" },
    roles = {
      { "Foreign Minister", "1998-03", "2003-03-17" },  -- unsure: first day in March 1998
      { "State Councilor", "2003-03-17", "2008-03-17" },
    } },
  { name = "Wen Jiabao", country = "China", short = { "Wen" },
    roles = {
      { "Vice Premier", "1998-03", "2003-03-16" },  -- unsure: first day in March 1998
      { "Premier", "2003-03-16", "2013-03-15" },
    } },
  { name = "Zeng Qinghong", country = "China", short = { "Zeng" },
    roles = { { "Vice President", "2003-03-15", "2008-03-15" } } },
  { name = "Li Zhaoxing", country = "China", short = { "Li" },
    roles = { { "Foreign Minister", "2003-03-17", "2007-04-27" } } },
  { name = "Yang Jiechi", country = "China", short = { "Yang" },
    roles = {
      { "Foreign Minister", "2007-04-27", "2013-03-16" },
      { "State Councilor", "2013-03-16", "2018-03-19" },
      -- unsure: the Commission (and its office) was formed in March 2018, Yang
      -- having headed the office of its predecessor leading group since 2013;
      -- Wang Yi took over after the party congress of October 2022.
      { "Director of the Central Foreign Affairs Commission Office", "2018-03", "2022-10" },
    } },
  { name = "Xi Jinping", country = "China", short = { "Xi" },
    roles = {
      { "Vice President", "2008-03-15", "2013-03-14" },
      { "President", "2013-03-14", nil },
    } },
  { name = "Li Keqiang", country = "China", short = { "Li" },
    roles = {
      { "Vice Premier", "2008-03-17", "2013-03-15" },
      { "Premier", "2013-03-15", "2023-03-11" },
    } },
  { name = "Wang Qishan", country = "China", short = { "Wang" },
    roles = {
      { "Vice Premier", "2008-03-17", "2013-03-16" },
      { "Vice President", "2018-03-17", "2023-03-10" },
    } },
  { name = "Dai Bingguo", country = "China", short = { "Dai" },
    roles = { { "State Councilor", "2008-03-17", "2013-03-16" } } },
  { name = "Li Yuanchao", country = "China", short = { "Li" },
    roles = { { "Vice President", "2013-03-14", "2018-03-17" } } },
  { name = "Wang Yi", country = "China", short = { "Wang" },
    roles = {
      { "Foreign Minister", "2013-03-16", "2022-12-30" },
      { "State Councilor", "2018-03-19", "2023-03-12" },
      -- unsure: month only; named after the party congress of October 2022,
      -- first styled so in official reports around the turn of 2022/2023
      { "Director of the Central Foreign Affairs Commission Office", "2022-10", nil },
      { "Foreign Minister", "2023-07-25", nil },
    } },
  -- "Kong" also occurs in "Hong Kong"; the place name must win there.
  { name = "Kong Xuanyou", country = "China", short = { "Kong" },
    roles = {
      -- unsure: the start given is only the earliest month he is known here
      -- to have held it (in office through 2017; named special representative
      -- on Korean Peninsula affairs as assistant minister in August 2017); he
      -- was appointed earlier (about 2014-15), exact start not known.
      { "Assistant Foreign Minister", "2017-01", "2018-01" },
      -- unsure: promotion to vice minister about the turn of 2017/2018;
      -- left for Tokyo in spring 2019. Both months approximate.
      { "Vice Foreign Minister", "2018-01", "2019-05" },
      -- Ambassador to Japan. unsure: months (arrived in Tokyo 2019-05;
      -- succeeded by Wu Jianghao, who arrived 2023-02).
      { "Ambassador", "2019-05", "2023-02" },
    } },
  { name = "Han Zheng", country = "China", short = { "Han" },
    roles = {
      { "Vice Premier", "2018-03-19", "2023-03-12" },
      { "Vice President", "2023-03-10", nil },
    } },
  { name = "Qin Gang", country = "China", short = { "Qin" },
    roles = {
      { "Foreign Minister", "2022-12-30", "2023-07-25" },
      { "State Councilor", "2023-03-12", "2023-10-24" },
    } },
  { name = "Li Qiang", country = "China", short = { "Li" },
    roles = { { "Premier", "2023-03-11", nil } } },
  -- No short form: "He" is the pronoun at the start of a sentence.
  { name = "He Lifeng", country = "China", short = { },
    roles = { { "Vice Premier", "2023-03-12", nil } } },

  -- India ------------------------------------------------------------------
  { name = "K. R. Narayanan", country = "India", short = { "Narayanan" },
    aliases = { "K.R. Narayanan", "Kocheril Raman Narayanan" },
    roles = { { "President", "1997-07-25", "2002-07-25" } } },
  { name = "Atal Bihari Vajpayee", country = "India", short = { "Vajpayee" },
    roles = { { "Prime Minister", "1998-03-19", "2004-05-22" } } },
  { name = "Jaswant Singh", country = "India", short = { "Singh" },
    roles = { { "Foreign Minister", "1998-12-05", "2002-07-01" } } },
  { name = "Yashwant Sinha", country = "India", short = { "Sinha" },
    roles = { { "Foreign Minister", "2002-07-01", "2004-05-22" } } },
  { name = "A. P. J. Abdul Kalam", country = "India", short = { "Kalam" },
    aliases = { "A.P.J. Abdul Kalam", "APJ Abdul Kalam", "Abdul Kalam" },
    roles = { { "President", "2002-07-25", "2007-07-25" } } },
  { name = "Manmohan Singh", country = "India", short = { "Singh" },
    roles = {
      { "Prime Minister", "2004-05-22", "2014-05-26" },
      -- held the external affairs portfolio himself after Natwar Singh was
      -- relieved of it. unsure: first day in November 2005
      { "Foreign Minister", "2005-11", "2006-10-24" },
    } },
  { name = "Natwar Singh", country = "India", short = { "Singh" }, aliases = { "K. Natwar Singh" },
    roles = { { "Foreign Minister", "2004-05-22", "2005-11" } } },
    -- unsure: last day (relieved of the portfolio in early November 2005)
  { name = "Pranab Mukherjee", country = "India", short = { "Mukherjee" },
    roles = {
      { "Foreign Minister", "2006-10-24", "2009-05-22" },
      { "President", "2012-07-25", "2017-07-25" },
    } },
  { name = "Pratibha Patil", country = "India", short = { "Patil" },
    aliases = { "Pratibha Devisingh Patil" },
    roles = { { "President", "2007-07-25", "2012-07-25" } } },
  { name = "S. M. Krishna", country = "India", short = { "Krishna" },
    aliases = { "S.M. Krishna", "Somanahalli Mallaiah Krishna" },
    roles = { { "Foreign Minister", "2009-05-22", "2012-10-28" } } },
  { name = "Salman Khurshid", country = "India", short = { "Khurshid" },
    roles = { { "Foreign Minister", "2012-10-28", "2014-05-26" } } },
  { name = "Narendra Modi", country = "India", short = { "Modi" },
    roles = { { "Prime Minister", "2014-05-26", nil } } },
  { name = "Sushma Swaraj", country = "India", short = { "Swaraj" },
    roles = { { "Foreign Minister", "2014-05-26", "2019-05-30" } } },
  { name = "Ram Nath Kovind", country = "India", short = { "Kovind" },
    roles = { { "President", "2017-07-25", "2022-07-25" } } },
  { name = "S. Jaishankar", country = "India", short = { "Jaishankar" },
    aliases = { "Subrahmanyam Jaishankar", "S Jaishankar" },
    roles = { { "Foreign Minister", "2019-05-30", nil } } },
  { name = "Droupadi Murmu", country = "India", short = { "Murmu" },
    roles = { { "President", "2022-07-25", nil } } },

  -- Indonesia --------------------------------------------------------------
  { name = "Abdurrahman Wahid", country = "Indonesia", short = { "Wahid", "Gus Dur" },
    roles = { { "President", "1999-10-20", "2001-07-23" } } },
  { name = "Alwi Shihab", country = "Indonesia", short = { "Shihab" },
    roles = { { "Foreign Minister", "1999-10", "2001-08" } } },
    -- unsure: first and last day (cabinet of October 1999; replaced with
    -- Megawati's cabinet in August 2001)
  { name = "Megawati Sukarnoputri", country = "Indonesia", short = { "Megawati" },
    roles = { { "President", "2001-07-23", "2004-10-20" } } },
  { name = "Hassan Wirajuda", country = "Indonesia", short = { "Wirajuda" },
    roles = { { "Foreign Minister", "2001-08", "2009-10-22" } } },
    -- unsure: first day (Megawati's cabinet, August 2001)
  { name = "Susilo Bambang Yudhoyono", country = "Indonesia", short = { "Yudhoyono", "SBY" },
    roles = { { "President", "2004-10-20", "2014-10-20" } } },
  { name = "Marty Natalegawa", country = "Indonesia", short = { "Natalegawa", "Marty" },
    aliases = { "R.M. Marty Natalegawa" },
    roles = { { "Foreign Minister", "2009-10-22", "2014-10-20" } } },
  { name = "Joko Widodo", country = "Indonesia", short = { "Widodo", "Jokowi" },
    roles = { { "President", "2014-10-20", "2024-10-20" } } },
  { name = "Retno Marsudi", country = "Indonesia", short = { "Retno", "Marsudi" },
    aliases = { "Retno L.P. Marsudi", "Retno Lestari Priansari Marsudi" },
    roles = { { "Foreign Minister", "2014-10-27", "2024-10-20" } } },
  { name = "Prabowo Subianto", country = "Indonesia", short = { "Prabowo" },
    roles = { { "President", "2024-10-20", nil } } },
  { name = "Sugiono", country = "Indonesia", short = { "Sugiono" },
    roles = { { "Foreign Minister", "2024-10-21", nil } } },

  -- Japan ------------------------------------------------------------------
  { name = "Akihito", country = "Japan", short = { "Akihito" }, aliases = { "Emperor Akihito" },
    roles = { { "Emperor", "1989-01-07", "2019-04-30" } } },
  { name = "Yohei Kono", country = "Japan", short = { "Kono" }, aliases = { "Kono Yohei" },
    roles = { { "Foreign Minister", "1999-10-05", "2001-04-26" } } },
  { name = "Mikio Aoki", country = "Japan", short = { "Aoki" }, aliases = { "Aoki Mikio" },
    roles = { { "Chief Cabinet Secretary", "1999-10-05", "2000-07-04" } } },
  { name = "Yoshiro Mori", country = "Japan", short = { "Mori" }, aliases = { "Mori Yoshiro" },
    roles = { { "Prime Minister", "2000-04-05", "2001-04-26" } } },
  { name = "Hidenao Nakagawa", country = "Japan", short = { "Nakagawa" },
    aliases = { "Nakagawa Hidenao" },
    roles = { { "Chief Cabinet Secretary", "2000-07-04", "2000-10-27" } } },
  { name = "Yasuo Fukuda", country = "Japan", short = { "Fukuda" }, aliases = { "Fukuda Yasuo" },
    roles = {
      { "Chief Cabinet Secretary", "2000-10-27", "2004-05-07" },
      { "Prime Minister", "2007-09-26", "2008-09-24" },
    } },
  { name = "Junichiro Koizumi", country = "Japan", short = { "Koizumi" },
    aliases = { "Koizumi Junichiro", "Jun'ichiro Koizumi" },
    roles = { { "Prime Minister", "2001-04-26", "2006-09-26" } } },
  { name = "Makiko Tanaka", country = "Japan", short = { "Tanaka" }, aliases = { "Tanaka Makiko" },
    roles = { { "Foreign Minister", "2001-04-26", "2002-01" } } },
    -- unsure: last day (dismissed by Koizumi on 29 or 30 January 2002)
  { name = "Yoriko Kawaguchi", country = "Japan", short = { "Kawaguchi" },
    aliases = { "Kawaguchi Yoriko" },
    roles = { { "Foreign Minister", "2002-02-01", "2004-09-27" } } },
  { name = "Hiroyuki Hosoda", country = "Japan", short = { "Hosoda" },
    aliases = { "Hosoda Hiroyuki" },
    roles = { { "Chief Cabinet Secretary", "2004-05-07", "2005-10-31" } } },
  { name = "Nobutaka Machimura", country = "Japan", short = { "Machimura" },
    aliases = { "Machimura Nobutaka" },
    roles = {
      { "Foreign Minister", "2004-09-27", "2005-10-31" },
      { "Foreign Minister", "2007-08-27", "2007-09-26" },
      { "Chief Cabinet Secretary", "2007-09-26", "2008-09-24" },
    } },
  { name = "Shinzo Abe", country = "Japan", short = { "Abe" }, aliases = { "Abe Shinzo" },
    roles = {
      { "Chief Cabinet Secretary", "2005-10-31", "2006-09-26" },
      { "Prime Minister", "2006-09-26", "2007-09-26" },
      { "Prime Minister", "2012-12-26", "2020-09-16" },
    } },
  { name = "Taro Aso", country = "Japan", short = { "Aso" }, aliases = { "Aso Taro" },
    roles = {
      { "Foreign Minister", "2005-10-31", "2007-08-27" },
      { "Prime Minister", "2008-09-24", "2009-09-16" },
    } },
  { name = "Yasuhisa Shiozaki", country = "Japan", short = { "Shiozaki" },
    aliases = { "Shiozaki Yasuhisa" },
    roles = { { "Chief Cabinet Secretary", "2006-09-26", "2007-08-27" } } },
  { name = "Kaoru Yosano", country = "Japan", short = { "Yosano" }, aliases = { "Yosano Kaoru" },
    roles = { { "Chief Cabinet Secretary", "2007-08-27", "2007-09-26" } } },
  { name = "Masahiko Komura", country = "Japan", short = { "Komura" },
    aliases = { "Komura Masahiko" },
    roles = { { "Foreign Minister", "2007-09-26", "2008-08-02" } } },
  { name = "Hirofumi Nakasone", country = "Japan", short = { "Nakasone" },
    aliases = { "Nakasone Hirofumi" },
    roles = { { "Foreign Minister", "2008-08-02", "2009-09-16" } } },
  { name = "Takeo Kawamura", country = "Japan", short = { "Kawamura" },
    aliases = { "Kawamura Takeo" },
    roles = { { "Chief Cabinet Secretary", "2008-09-24", "2009-09-16" } } },
  { name = "Yukio Hatoyama", country = "Japan", short = { "Hatoyama" },
    aliases = { "Hatoyama Yukio" },
    roles = { { "Prime Minister", "2009-09-16", "2010-06-08" } } },
  { name = "Katsuya Okada", country = "Japan", short = { "Okada" }, aliases = { "Okada Katsuya" },
    roles = { { "Foreign Minister", "2009-09-16", "2010-09-17" } } },
  { name = "Hirofumi Hirano", country = "Japan", short = { "Hirano" },
    aliases = { "Hirano Hirofumi" },
    roles = { { "Chief Cabinet Secretary", "2009-09-16", "2010-06-08" } } },
  { name = "Naoto Kan", country = "Japan", short = { "Kan" }, aliases = { "Kan Naoto" },
    roles = { { "Prime Minister", "2010-06-08", "2011-09-02" } } },
  { name = "Yoshito Sengoku", country = "Japan", short = { "Sengoku" },
    aliases = { "Sengoku Yoshito" },
    roles = { { "Chief Cabinet Secretary", "2010-06-08", "2011-01-14" } } },
  { name = "Seiji Maehara", country = "Japan", short = { "Maehara" },
    aliases = { "Maehara Seiji" },
    roles = { { "Foreign Minister", "2010-09-17", "2011-03" } } },
    -- unsure: last day (resigned 6 March 2011; Edano acted until 9 March)
  { name = "Yukio Edano", country = "Japan", short = { "Edano" }, aliases = { "Edano Yukio" },
    roles = { { "Chief Cabinet Secretary", "2011-01-14", "2011-09-02" } } },
  { name = "Takeaki Matsumoto", country = "Japan", short = { "Matsumoto" },
    aliases = { "Matsumoto Takeaki" },
    roles = { { "Foreign Minister", "2011-03-09", "2011-09-02" } } },
  { name = "Yoshihiko Noda", country = "Japan", short = { "Noda" }, aliases = { "Noda Yoshihiko" },
    roles = { { "Prime Minister", "2011-09-02", "2012-12-26" } } },
  { name = "Koichiro Gemba", country = "Japan", short = { "Gemba", "Genba" },
    aliases = { "Gemba Koichiro", "Koichiro Genba" },
    roles = { { "Foreign Minister", "2011-09-02", "2012-12-26" } } },
  { name = "Osamu Fujimura", country = "Japan", short = { "Fujimura" },
    aliases = { "Fujimura Osamu" },
    roles = { { "Chief Cabinet Secretary", "2011-09-02", "2012-12-26" } } },
  { name = "Fumio Kishida", country = "Japan", short = { "Kishida" }, aliases = { "Kishida Fumio" },
    roles = {
      { "Foreign Minister", "2012-12-26", "2017-08-03" },
      { "Prime Minister", "2021-10-04", "2024-10-01" },
    } },
  { name = "Yoshihide Suga", country = "Japan", short = { "Suga" }, aliases = { "Suga Yoshihide" },
    roles = {
      { "Chief Cabinet Secretary", "2012-12-26", "2020-09-16" },
      { "Prime Minister", "2020-09-16", "2021-10-04" },
    } },
  { name = "Takeo Akiba", country = "Japan", short = { "Akiba" }, aliases = { "Akiba Takeo" },
    roles = {
      -- unsure: months of all three. Deputy Minister (gaimu shingikan) from
      -- about June 2016 (in office in mid-2017); Vice-Minister for Foreign
      -- Affairs (jimu jikan) from about January 2018 to mid-2021.
      { "Deputy Minister for Foreign Affairs", "2016-06", "2018-01" },
      { "Vice Foreign Minister", "2018-01", "2021-07" },
      -- Secretary General of the National Security Secretariat, called
      -- Japan's national security adviser in English news. unsure: end
      -- (believed replaced by Masataka Okano in July 2025).
      { "National Security Adviser", "2021-07", "2025-07" },
    } },
  { name = "Toshihiro Nikai", country = "Japan", short = { "Nikai" },
    aliases = { "Nikai Toshihiro" },
    roles = { { "Secretary-General", "2016-08-03", "2021-10-01" } } },  -- of the LDP
  { name = "Taro Kono", country = "Japan", short = { "Kono" }, aliases = { "Kono Taro" },
    roles = { { "Foreign Minister", "2017-08-03", "2019-09-11" } } },
  { name = "Naruhito", country = "Japan", short = { "Naruhito" }, aliases = { "Emperor Naruhito" },
    roles = { { "Emperor", "2019-05-01", nil } } },
  { name = "Toshimitsu Motegi", country = "Japan", short = { "Motegi" },
    aliases = { "Motegi Toshimitsu" },
    roles = {
      -- left to become LDP secretary-general; Kishida held the post until 2021-11-10
      { "Foreign Minister", "2019-09-11", "2021-11-04" },
      { "Foreign Minister", "2025-10-21", nil },  -- 2025: late knowledge (Takaichi cabinet)
    } },
  { name = "Katsunobu Kato", country = "Japan", short = { "Kato" }, aliases = { "Kato Katsunobu" },
    roles = { { "Chief Cabinet Secretary", "2020-09-16", "2021-10-04" } } },
  { name = "Hirokazu Matsuno", country = "Japan", short = { "Matsuno" },
    aliases = { "Matsuno Hirokazu" },
    roles = { { "Chief Cabinet Secretary", "2021-10-04", "2023-12-14" } } },
  { name = "Yoshimasa Hayashi", country = "Japan", short = { "Hayashi" },
    aliases = { "Hayashi Yoshimasa" },
    roles = {
      { "Foreign Minister", "2021-11-10", "2023-09-13" },
      { "Chief Cabinet Secretary", "2023-12-14", "2025-10-21" },
    } },
  { name = "Yoko Kamikawa", country = "Japan", short = { "Kamikawa" },
    aliases = { "Kamikawa Yoko" },
    roles = { { "Foreign Minister", "2023-09-13", "2024-10-01" } } },
  { name = "Shigeru Ishiba", country = "Japan", short = { "Ishiba" },
    aliases = { "Ishiba Shigeru" },
    roles = { { "Prime Minister", "2024-10-01", "2025-10-21" } } },  -- 2025: late knowledge
  { name = "Takeshi Iwaya", country = "Japan", short = { "Iwaya" }, aliases = { "Iwaya Takeshi" },
    roles = { { "Foreign Minister", "2024-10-01", "2025-10-21" } } },
  { name = "Sanae Takaichi", country = "Japan", short = { "Takaichi" },
    aliases = { "Takaichi Sanae" },
    roles = { { "Prime Minister", "2025-10-21", nil } } },  -- 2025: late knowledge
  { name = "Minoru Kihara", country = "Japan", short = { "Kihara" }, aliases = { "Kihara Minoru" },
    roles = { { "Chief Cabinet Secretary", "2025-10-21", nil } } },  -- 2025: late knowledge

  -- South Korea ------------------------------------------------------------
  -- The president is head of state and government; prime ministers who
  -- acted while a president was suspended (Goh Kun 2004, Hwang Kyo-ahn
  -- 2016-17, Han Duck-soo and Choi Sang-mok 2024-25) are not listed.
  { name = "Kim Dae-jung", country = "South Korea", short = { "Kim" },
    aliases = { "Kim Dae Jung" },
    roles = { { "President", "1998-02-25", "2003-02-25" } } },
  { name = "Hong Soon-young", country = "South Korea", short = { "Hong" },
    aliases = { "Hong Soon Young" },
    roles = { { "Foreign Minister", "1998-08", "2000-01" } } },
    -- unsure: both months (left in the reshuffle of January 2000)
  { name = "Lee Joung-binn", country = "South Korea", short = { "Lee" },
    aliases = { "Lee Jung-bin", "Lee Joung Binn" },
    roles = { { "Foreign Minister", "2000-01", "2001-03-26" } } },
    -- unsure: first day in January 2000
  { name = "Han Seung-soo", country = "South Korea", short = { "Han" },
    aliases = { "Han Seung Soo" },
    roles = { { "Foreign Minister", "2001-03-26", "2002-02-04" } } },
  { name = "Choi Sung-hong", country = "South Korea", short = { "Choi" },
    aliases = { "Choi Sung Hong" },
    roles = { { "Foreign Minister", "2002-02-04", "2003-02-27" } } },
  { name = "Roh Moo-hyun", country = "South Korea", short = { "Roh" },
    aliases = { "Roh Moo Hyun" },
    roles = { { "President", "2003-02-25", "2008-02-25" } } },
  { name = "Yoon Young-kwan", country = "South Korea", short = { "Yoon" },
    aliases = { "Yoon Young Kwan" },
    roles = { { "Foreign Minister", "2003-02-27", "2004-01" } } },
    -- unsure: last day (dismissed mid-January 2004)
  { name = "Ban Ki-moon", country = "South Korea", short = { "Ban" },
    aliases = { "Ban Ki Moon" },
    roles = { { "Foreign Minister", "2004-01-17", "2006-11" },
              { "Secretary-General", "2007-01-01", "2016-12-31", country = "United Nations" } } },
    -- unsure: last day (left in November 2006 to become UN Secretary-General)
  { name = "Song Min-soon", country = "South Korea", short = { "Song" },
    aliases = { "Song Min Soon" },
    roles = { { "Foreign Minister", "2006-12", "2008-02-29" } } },
    -- unsure: first day (about 1 December 2006)
  { name = "Lee Myung-bak", country = "South Korea", short = { "Lee" },
    aliases = { "Lee Myung Bak" },
    roles = { { "President", "2008-02-25", "2013-02-25" } } },
  { name = "Yu Myung-hwan", country = "South Korea", short = { "Yu" },
    aliases = { "Yu Myung Hwan" },
    roles = { { "Foreign Minister", "2008-02-29", "2010-09" } } },
    -- unsure: last day (resigned early September 2010)
  { name = "Kim Sung-hwan", country = "South Korea", short = { "Kim" },
    aliases = { "Kim Sung Hwan" },
    roles = { { "Foreign Minister", "2010-10", "2013-03-11" } } },
    -- unsure: first day (early October 2010)
  { name = "Park Geun-hye", country = "South Korea", short = { "Park" },
    aliases = { "Park Geun Hye" },
    -- suspended from 2016-12-09 (impeachment), removed 2017-03-10
    roles = { { "President", "2013-02-25", "2017-03-10" } } },
  { name = "Yun Byung-se", country = "South Korea", short = { "Yun" },
    aliases = { "Yun Byung Se" },
    roles = { { "Foreign Minister", "2013-03-11", "2017-06-18" } } },
  { name = "Moon Jae-in", country = "South Korea", short = { "Moon" },
    aliases = { "Moon Jae In" },
    roles = { { "President", "2017-05-10", "2022-05-10" } } },
  { name = "Kang Kyung-wha", country = "South Korea", short = { "Kang" },
    aliases = { "Kang Kyung Wha" },
    roles = { { "Foreign Minister", "2017-06-18", "2021-02-09" } } },
  { name = "Chung Eui-yong", country = "South Korea", short = { "Chung" },
    aliases = { "Chung Eui Yong" },
    roles = { { "Foreign Minister", "2021-02-09", "2022-05-12" } } },
  { name = "Yoon Suk Yeol", country = "South Korea", short = { "Yoon" },
    aliases = { "Yoon Suk-yeol", "Yoon Seok-youl" },
    -- suspended from 2024-12-14 (impeachment), removed 2025-04-04
    roles = { { "President", "2022-05-10", "2025-04-04" } } },
  { name = "Park Jin", country = "South Korea", short = { "Park" },
    roles = { { "Foreign Minister", "2022-05-12", "2024-01-10" } } },
    -- appointed 12 May 2022, two days into Yoon's term (Chung stayed until then)
  { name = "Cho Tae-yul", country = "South Korea", short = { "Cho" },
    aliases = { "Cho Tae Yul" },
    roles = { { "Foreign Minister", "2024-01-10", "2025-07" } } },
    -- unsure: last day (stayed in office under Lee Jae-myung until his successor took over)
  { name = "Lee Jae-myung", country = "South Korea", short = { "Lee" },
    aliases = { "Lee Jae Myung" },
    roles = { { "President", "2025-06-04", nil } } },  -- 2025: late knowledge
  { name = "Cho Hyun", country = "South Korea", short = { "Cho" },
    roles = { { "Foreign Minister", "2025-07", nil } } },
    -- unsure: first day (confirmed and appointed in July 2025)
}
