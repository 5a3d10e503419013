-- data/actors/others_europe_mideast.lua: heads of state and government and
-- foreign ministers of Ukraine, Israel, Iran (with the Supreme Leader) and
-- Switzerland (Presidents of the Confederation, one-year terms, and the heads
-- of the foreign department), and the Palestinian Authority president, since
-- 2000, with date-ranged roles. Facts only. Roles are listed when the term
-- overlaps 2000-01-01 to 2026-11-23 (a term begun earlier keeps its real
-- start). Dates are YYYY-MM-DD, or YYYY-MM where the day is not certain
-- ("-- unsure:" says why); a nil end means in office to our best knowledge,
-- which is thin for 2025-2026. "Acting ..." roles are kept apart.
return {
  -- Iran
  { name = "Ali Khamenei", country = "Iran", short = { "Khamenei" },
    aliases = { "Ayatollah Ali Khamenei", "Sayyid Ali Khamenei" },
    roles = { { "Supreme Leader", "1989-06-04", nil } } },
  { name = "Mohammad Khatami", country = "Iran", short = { "Khatami" },
    aliases = { "Mohammed Khatami" },
    roles = { { "President", "1997-08-03", "2005-08-03" } } },
  { name = "Kamal Kharrazi", country = "Iran", short = { "Kharrazi" }, aliases = {},
    roles = { { "Foreign Minister", "1997-08-20", "2005-08-24" } } },
  { name = "Mahmoud Ahmadinejad", country = "Iran", short = { "Ahmadinejad" }, aliases = {},
    roles = { { "President", "2005-08-03", "2013-08-03" } } },
  { name = "Manouchehr Mottaki", country = "Iran", short = { "Mottaki" },
    aliases = { "Manouchehr Motaki" },
    roles = {
      { "Foreign Minister", "2005-08-24", "2010-12-13" },  -- dismissed
    } },
  { name = "Ali Akbar Salehi", country = "Iran", short = { "Salehi" }, aliases = {},
    roles = {
      { "Foreign Minister", "2010-12-13", "2013-08-15" },  -- acting until confirmed 2011-01-30
    } },
  { name = "Hassan Rouhani", country = "Iran", short = { "Rouhani" },
    aliases = { "Hassan Rohani", "Hassan Rowhani" },
    roles = { { "President", "2013-08-03", "2021-08-03" } } },
  { name = "Mohammad Javad Zarif", country = "Iran", short = { "Zarif" },
    aliases = { "Javad Zarif" },
    roles = { { "Foreign Minister", "2013-08-15", "2021-08-25" } } },
  { name = "Ebrahim Raisi", country = "Iran", short = { "Raisi" }, aliases = { "Ebrahim Raeisi" },
    roles = {
      { "President", "2021-08-03", "2024-05-19" },  -- killed in a helicopter crash
    } },
  { name = "Hossein Amir-Abdollahian", country = "Iran",
    short = { "Amir-Abdollahian", "Amirabdollahian" },
    aliases = { "Hossein Amirabdollahian" },
    roles = {
      { "Foreign Minister", "2021-08-25", "2024-05-19" },  -- killed in the same crash
    } },
  { name = "Mohammad Mokhber", country = "Iran", short = { "Mokhber" }, aliases = {},
    roles = { { "Acting President", "2024-05-20", "2024-07-28" } } },
  { name = "Ali Bagheri Kani", country = "Iran", short = { "Bagheri Kani", "Bagheri" },
    aliases = { "Ali Bagheri" },
    roles = {
      { "Foreign Minister", "2024-05-20", "2024-08-21" },  -- acting
    } },
  { name = "Masoud Pezeshkian", country = "Iran", short = { "Pezeshkian" }, aliases = {},
    roles = { { "President", "2024-07-28", nil } } },
  { name = "Abbas Araghchi", country = "Iran", short = { "Araghchi", "Araqchi" },
    aliases = { "Abbas Araqchi" },
    roles = { { "Foreign Minister", "2024-08-21", nil } } },
  -- Israel
  -- A Knesset election was due by October 2026: check the 2026 government.
  { name = "Ezer Weizman", country = "Israel", short = { "Weizman" }, aliases = {},
    roles = {
      { "President", "1993-05-13", "2000-07-13" },  -- resigned
    } },
  { name = "Ehud Barak", country = "Israel", short = { "Barak" }, aliases = {},
    roles = { { "Prime Minister", "1999-07-06", "2001-03-07" } } },
  { name = "David Levy", country = "Israel", short = { "Levy" }, aliases = {},
    roles = {
      { "Foreign Minister", "1999-07-06", "2000-08-04" },  -- resigned
    } },
  { name = "Shlomo Ben-Ami", country = "Israel", short = { "Ben-Ami" }, aliases = {},
    roles = {
      { "Foreign Minister", "2000-08", "2001-03-07" },  -- acting; unsure: start day
    } },
  { name = "Moshe Katsav", country = "Israel", short = { "Katsav" }, aliases = { "Moshe Katzav" },
    roles = {
      { "President", "2000-08-01", "2007-07-01" },  -- on leave from 2007-01-25; resigned
    } },
  { name = "Ariel Sharon", country = "Israel", short = { "Sharon" }, aliases = {},
    roles = {
      { "Prime Minister", "2001-03-07", "2006-04-14" },  -- incapacitated 2006-01-04
    } },
  { name = "Shimon Peres", country = "Israel", short = { "Peres" }, aliases = {},
    roles = {
      { "Foreign Minister", "2001-03-07", "2002-11-02" },
      { "President", "2007-07-15", "2014-07-24" },
    } },
  { name = "Benjamin Netanyahu", country = "Israel", short = { "Netanyahu" },
    aliases = { "Bibi Netanyahu" },
    roles = {
      { "Foreign Minister", "2002-11-06", "2003-02-28" },
      { "Prime Minister", "2009-03-31", "2021-06-13" },  -- also PM 1996-06-18 to 1999-07-06
      { "Foreign Minister", "2012-12-18", "2013-11-11" },  -- acting, after Lieberman resigned
      { "Foreign Minister", "2015-05-14", "2019-02-17" },
      { "Prime Minister", "2022-12-29", nil },  -- 2026 election outcome unchecked
    } },
  { name = "Silvan Shalom", country = "Israel", short = { "Shalom" }, aliases = {},
    roles = { { "Foreign Minister", "2003-02-28", "2006-01-16" } } },
  { name = "Ehud Olmert", country = "Israel", short = { "Olmert" }, aliases = {},
    roles = {
      { "Acting Prime Minister", "2006-01-04", "2006-04-14" },
      { "Prime Minister", "2006-04-14", "2009-03-31" },  -- interim PM until sworn in 2006-05-04
    } },
  { name = "Tzipi Livni", country = "Israel", short = { "Livni" }, aliases = {},
    roles = { { "Foreign Minister", "2006-01-18", "2009-03-31" } } },
  { name = "Avigdor Lieberman", country = "Israel", short = { "Lieberman", "Liberman" },
    aliases = { "Avigdor Liberman" },
    roles = {
      { "Foreign Minister", "2009-03-31", "2012-12-18" },  -- resigned
      { "Foreign Minister", "2013-11-11", "2015-05-14" },
    } },
  { name = "Reuven Rivlin", country = "Israel", short = { "Rivlin" }, aliases = { "Ruvi Rivlin" },
    roles = { { "President", "2014-07-24", "2021-07-07" } } },
  { name = "Israel Katz", country = "Israel", short = { "Katz" }, aliases = { "Yisrael Katz" },
    roles = {
      { "Foreign Minister", "2019-02-17", "2020-05-17" },  -- acting until 2019-06
      { "Foreign Minister", "2024-01-01", "2024-11" },  -- unsure: end day (became defence minister)
    } },
  { name = "Gabi Ashkenazi", country = "Israel", short = { "Ashkenazi" },
    aliases = { "Gavriel Ashkenazi" },
    roles = { { "Foreign Minister", "2020-05-17", "2021-06-13" } } },
  { name = "Naftali Bennett", country = "Israel", short = { "Bennett" }, aliases = {},
    roles = { { "Prime Minister", "2021-06-13", "2022-06-30" } } },
  { name = "Yair Lapid", country = "Israel", short = { "Lapid" }, aliases = {},
    roles = {
      { "Foreign Minister", "2021-06-13", "2022-12-29" },
      { "Prime Minister", "2022-07-01", "2022-12-29" },
    } },
  { name = "Isaac Herzog", country = "Israel", short = { "Herzog" }, aliases = { "Yitzhak Herzog" },
    roles = { { "President", "2021-07-07", nil } } },
  { name = "Eli Cohen", country = "Israel", short = { "Cohen" }, aliases = {},
    roles = { { "Foreign Minister", "2022-12-29", "2024-01-01" } } },
  { name = "Gideon Saar", country = "Israel", short = { "Saar", "Sa'ar" },
    aliases = { "Gideon Sa'ar" },
    roles = {
      { "Foreign Minister", "2024-11", nil },  -- unsure: start day
    } },
  -- Palestine
  -- The Palestinian Authority (president of the Palestinian National Authority,
  -- later styled President of the State of Palestine).
  { name = "Yasser Arafat", country = "Palestine", short = { "Arafat" },
    aliases = { "Yasir Arafat" },
    roles = {
      { "President", "1994-07-05", "2004-11-11" },  -- died in office
    } },
  { name = "Rawhi Fattouh", country = "Palestine", short = { "Fattouh" },
    aliases = { "Rawhi Fattuh" },
    roles = { { "Acting President", "2004-11-11", "2005-01-15" } } },
  { name = "Mahmoud Abbas", country = "Palestine", short = { "Abbas" }, aliases = { "Abu Mazen" },
    roles = {
      -- also PA prime minister in 2003, not listed (dates unsure)
      { "President", "2005-01-15", nil },
    } },
  -- Switzerland
  { name = "Joseph Deiss", country = "Switzerland", short = { "Deiss" }, aliases = {},
    roles = {
      -- unsure: start month; head of the foreign department
      { "Foreign Minister", "1999-05", "2002-12-31" },
      { "President of the Confederation", "2004-01-01", "2004-12-31" },
    } },
  { name = "Adolf Ogi", country = "Switzerland", short = { "Ogi" }, aliases = {},
    roles = { { "President of the Confederation", "2000-01-01", "2000-12-31" } } },
  { name = "Moritz Leuenberger", country = "Switzerland", short = { "Leuenberger" }, aliases = {},
    roles = {
      { "President of the Confederation", "2001-01-01", "2001-12-31" },
      { "President of the Confederation", "2006-01-01", "2006-12-31" },
    } },
  { name = "Kaspar Villiger", country = "Switzerland", short = { "Villiger" }, aliases = {},
    roles = { { "President of the Confederation", "2002-01-01", "2002-12-31" } } },
  { name = "Pascal Couchepin", country = "Switzerland", short = { "Couchepin" }, aliases = {},
    roles = {
      { "President of the Confederation", "2003-01-01", "2003-12-31" },
      { "President of the Confederation", "2008-01-01", "2008-12-31" },
    } },
  { name = "Micheline Calmy-Rey", country = "Switzerland", short = { "Calmy-Rey" }, aliases = {},
    roles = {
      { "Foreign Minister", "2003-01-01", "2011-12-31" },
      { "President of the Confederation", "2007-01-01", "2007-12-31" },
      { "President of the Confederation", "2011-01-01", "2011-12-31" },
    } },
  { name = "Samuel Schmid", country = "Switzerland", short = { "Schmid" }, aliases = {},
    roles = { { "President of the Confederation", "2005-01-01", "2005-12-31" } } },
  { name = "Hans-Rudolf Merz", country = "Switzerland", short = { "Merz" }, aliases = {},
    roles = { { "President of the Confederation", "2009-01-01", "2009-12-31" } } },
  { name = "Doris Leuthard", country = "Switzerland", short = { "Leuthard" }, aliases = {},
    roles = {
      { "President of the Confederation", "2010-01-01", "2010-12-31" },
      { "President of the Confederation", "2017-01-01", "2017-12-31" },
    } },
  { name = "Didier Burkhalter", country = "Switzerland", short = { "Burkhalter" }, aliases = {},
    roles = {
      { "Foreign Minister", "2012-01-01", "2017-10-31" },
      { "President of the Confederation", "2014-01-01", "2014-12-31" },
    } },
  { name = "Eveline Widmer-Schlumpf", country = "Switzerland", short = { "Widmer-Schlumpf" },
    aliases = {},
    roles = { { "President of the Confederation", "2012-01-01", "2012-12-31" } } },
  { name = "Ueli Maurer", country = "Switzerland", short = { "Maurer" }, aliases = {},
    roles = {
      { "President of the Confederation", "2013-01-01", "2013-12-31" },
      { "President of the Confederation", "2019-01-01", "2019-12-31" },
    } },
  { name = "Simonetta Sommaruga", country = "Switzerland", short = { "Sommaruga" }, aliases = {},
    roles = {
      { "President of the Confederation", "2015-01-01", "2015-12-31" },
      { "President of the Confederation", "2020-01-01", "2020-12-31" },
    } },
  { name = "Johann Schneider-Ammann", country = "Switzerland", short = { "Schneider-Ammann" },
    aliases = {},
    roles = { { "President of the Confederation", "2016-01-01", "2016-12-31" } } },
  { name = "Ignazio Cassis", country = "Switzerland", short = { "Cassis" }, aliases = {},
    roles = {
      { "Foreign Minister", "2017-11-01", nil },
      { "President of the Confederation", "2022-01-01", "2022-12-31" },
    } },
  { name = "Alain Berset", country = "Switzerland", short = { "Berset" }, aliases = {},
    roles = {
      { "President of the Confederation", "2018-01-01", "2018-12-31" },
      { "President of the Confederation", "2023-01-01", "2023-12-31" },
    } },
  { name = "Guy Parmelin", country = "Switzerland", short = { "Parmelin" }, aliases = {},
    roles = {
      { "President of the Confederation", "2021-01-01", "2021-12-31" },
      -- unsure: elected 2025-12 (he was vice-president in 2025)
      { "President of the Confederation", "2026-01-01", "2026-12-31" },
    } },
  { name = "Viola Amherd", country = "Switzerland", short = { "Amherd" }, aliases = {},
    roles = { { "President of the Confederation", "2024-01-01", "2024-12-31" } } },
  { name = "Karin Keller-Sutter", country = "Switzerland", short = { "Keller-Sutter" },
    aliases = {},
    roles = { { "President of the Confederation", "2025-01-01", "2025-12-31" } } },
  -- Ukraine
  { name = "Leonid Kuchma", country = "Ukraine", short = { "Kuchma" }, aliases = {},
    roles = { { "President", "1994-07-19", "2005-01-23" } } },
  { name = "Borys Tarasyuk", country = "Ukraine", short = { "Tarasyuk" },
    aliases = { "Boris Tarasyuk", "Borys Tarasiuk" },
    roles = {
      { "Foreign Minister", "1998-04-17", "2000-09-29" },
      -- dismissed by parliament 2006-12-01, resigned 2007-01-30
      { "Foreign Minister", "2005-02-04", "2007-01-30" },
    } },
  { name = "Viktor Yushchenko", country = "Ukraine", short = { "Yushchenko" },
    aliases = { "Viktor Yuschenko" },
    roles = {
      { "Prime Minister", "1999-12-22", "2001-05-29" },
      { "President", "2005-01-23", "2010-02-25" },
    } },
  { name = "Anatoliy Zlenko", country = "Ukraine", short = { "Zlenko" },
    aliases = { "Anatoly Zlenko" },
    roles = { { "Foreign Minister", "2000-10-02", "2003-09-02" } } },
  { name = "Anatoliy Kinakh", country = "Ukraine", short = { "Kinakh" },
    aliases = { "Anatoly Kinakh" },
    roles = { { "Prime Minister", "2001-05-29", "2002-11-21" } } },
  { name = "Viktor Yanukovych", country = "Ukraine", short = { "Yanukovych", "Yanukovich" },
    aliases = { "Viktor Yanukovich" },
    roles = {
      { "Prime Minister", "2002-11-21", "2005-01-05" },
      { "Prime Minister", "2006-08-04", "2007-12-18" },
      { "President", "2010-02-25", "2014-02-22" },  -- removed by parliament
    } },
  { name = "Kostyantyn Gryshchenko", country = "Ukraine", short = { "Gryshchenko", "Grishchenko" },
    aliases = { "Konstantin Grishchenko", "Kostiantyn Hryshchenko", "Kostyantyn Hryshchenko" },
    roles = {
      { "Foreign Minister", "2003-09-02", "2005-02-04" },
      { "Foreign Minister", "2010-03-11", "2012-12-24" },
    } },
  { name = "Yulia Tymoshenko", country = "Ukraine", short = { "Tymoshenko", "Timoshenko" },
    aliases = { "Yulia Timoshenko" },
    roles = {
      { "Prime Minister", "2005-01-24", "2005-09-08" },  -- acting until confirmed 2005-02-04
      { "Prime Minister", "2007-12-18", "2010-03-04" },
    } },
  { name = "Yuriy Yekhanurov", country = "Ukraine", short = { "Yekhanurov" },
    aliases = { "Yuri Yekhanurov", "Yury Yekhanurov" },
    roles = {
      { "Prime Minister", "2005-09-22", "2006-08-04" },  -- acting from 2005-09-08
    } },
  { name = "Arseniy Yatsenyuk", country = "Ukraine", short = { "Yatsenyuk" },
    aliases = { "Arseny Yatsenyuk", "Arsenii Yatseniuk" },
    roles = {
      { "Foreign Minister", "2007-03-21", "2007-12-04" },
      { "Prime Minister", "2014-02-27", "2016-04-14" },
    } },
  { name = "Volodymyr Ohryzko", country = "Ukraine", short = { "Ohryzko", "Ogryzko" },
    aliases = { "Vladimir Ogryzko" },
    roles = { { "Foreign Minister", "2007-12-18", "2009-03-03" } } },
  { name = "Petro Poroshenko", country = "Ukraine", short = { "Poroshenko" }, aliases = {},
    roles = {
      { "Foreign Minister", "2009-10-09", "2010-03-11" },
      { "President", "2014-06-07", "2019-05-20" },
    } },
  { name = "Mykola Azarov", country = "Ukraine", short = { "Azarov" },
    aliases = { "Nikolai Azarov" },
    roles = { { "Prime Minister", "2010-03-11", "2014-01-28" } } },
  { name = "Leonid Kozhara", country = "Ukraine", short = { "Kozhara" }, aliases = {},
    roles = {
      { "Foreign Minister", "2012-12-24", "2014-02" },  -- unsure: end day
    } },
  { name = "Oleksandr Turchynov", country = "Ukraine", short = { "Turchynov" },
    aliases = { "Oleksandr Turchinov", "Alexander Turchinov" },
    roles = { { "Acting President", "2014-02-23", "2014-06-07" } } },
  { name = "Andrii Deshchytsia", country = "Ukraine", short = { "Deshchytsia" },
    aliases = { "Andriy Deshchytsia" },
    roles = {
      { "Foreign Minister", "2014-02-27", "2014-06-19" },  -- acting
    } },
  { name = "Pavlo Klimkin", country = "Ukraine", short = { "Klimkin" }, aliases = {},
    roles = { { "Foreign Minister", "2014-06-19", "2019-08-29" } } },
  { name = "Volodymyr Groysman", country = "Ukraine", short = { "Groysman", "Hroisman" },
    aliases = { "Volodymyr Hroisman" },
    roles = { { "Prime Minister", "2016-04-14", "2019-08-29" } } },
  { name = "Volodymyr Zelensky", country = "Ukraine",
    short = { "Zelensky", "Zelenskyy", "Zelenskiy" },
    aliases = { "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Vladimir Zelensky" },
    roles = {
      { "President", "2019-05-20", nil },  -- term extended under martial law from 2024-05-20
    } },
  { name = "Oleksiy Honcharuk", country = "Ukraine", short = { "Honcharuk" },
    aliases = { "Oleksii Honcharuk", "Alexei Goncharuk" },
    roles = { { "Prime Minister", "2019-08-29", "2020-03-04" } } },
  { name = "Vadym Prystaiko", country = "Ukraine", short = { "Prystaiko" },
    aliases = { "Vadim Prystaiko" },
    roles = { { "Foreign Minister", "2019-08-29", "2020-03-04" } } },
  { name = "Denys Shmyhal", country = "Ukraine", short = { "Shmyhal" },
    aliases = { "Denis Shmygal" },
    roles = { { "Prime Minister", "2020-03-04", "2025-07-17" } } },
  { name = "Dmytro Kuleba", country = "Ukraine", short = { "Kuleba" },
    aliases = { "Dmitry Kuleba" },
    roles = { { "Foreign Minister", "2020-03-04", "2024-09-05" } } },
  { name = "Andrii Sybiha", country = "Ukraine", short = { "Sybiha" },
    aliases = { "Andriy Sybiha", "Andrii Sybiga" },
    roles = { { "Foreign Minister", "2024-09-05", nil } } },
  { name = "Yulia Svyrydenko", country = "Ukraine", short = { "Svyrydenko" },
    aliases = { "Yuliia Svyrydenko" },
    roles = { { "Prime Minister", "2025-07-17", nil } } },
}
