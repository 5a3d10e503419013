-- data/actors/g20_europe_africa_mideast.lua: the European Union's leaders
-- (Presidents of the Commission and of the European Council, High
-- Representative) and the heads of state and government and foreign
-- ministers of France, Germany, Italy, Russia, Saudi Arabia, South Africa,
-- Turkey and the United Kingdom who held office at any time since
-- 2000-01-01, with date-ranged roles. Facts only.
--
-- Dates: start = first day in office, stop = first day of the successor (a
-- same-day handover); nil stop = in office as far as known. Changes from
-- 2025 on come from knowledge that ends in late 2025 and are commented; a
-- change in 2026 is not reflected. "YYYY-MM" where
-- the day is not certain; every such date and every doubt is marked with a
-- "-- unsure:" comment. Acting holders during a vacancy are listed (marked).
--
-- A role may carry its own `country` when it belongs to another country than
-- the person's entry (the national offices of EU leaders; Prodi's and
-- Mogherini's EU offices): { "Prime Minister", "2007-11-16", "2014-09-22",
-- country = "Poland" }.
return {
  -- European Union ---------------------------------------------------------
  -- The rotating presidency of the Council before December 2009 is not listed.
  { name = "Jean-Claude Juncker", country = "European Union", short = { "Juncker" },
    roles = {
      { "Prime Minister", "1995-01-20", "2013-12-04", country = "Luxembourg" },
      { "President of the European Commission", "2014-11-01", "2019-12-01" },
    } },
  { name = "Javier Solana", country = "European Union", short = { "Solana" },
    roles = { { "High Representative", "1999-10-18", "2009-12-01" } } },
  { name = "Jose Manuel Barroso", country = "European Union", short = { "Barroso" },
    aliases = { "José Manuel Barroso", "José Manuel Durão Barroso", "Jose Manuel Durao Barroso" },
    roles = {
      { "Prime Minister", "2002-04-06", "2004-07-17", country = "Portugal" },
      { "President of the European Commission", "2004-11-22", "2014-11-01" },
    } },
  { name = "Donald Tusk", country = "European Union", short = { "Tusk" },
    roles = {
      { "Prime Minister", "2007-11-16", "2014-09-22", country = "Poland" },
      { "President of the European Council", "2014-12-01", "2019-12-01" },
      { "Prime Minister", "2023-12-13", nil, country = "Poland" },
    } },
  { name = "Herman Van Rompuy", country = "European Union", short = { "Van Rompuy" },
    roles = {
      { "Prime Minister", "2008-12-30", "2009-11-25", country = "Belgium" },
      -- the office was created on 2009-12-01; he chaired from January 2010
      { "President of the European Council", "2009-12-01", "2014-12-01" },
    } },
  { name = "Catherine Ashton", country = "European Union", short = { "Ashton" },
    aliases = { "Baroness Ashton", "Lady Ashton" },
    roles = { { "High Representative", "2009-12-01", "2014-11-01" } } },
  { name = "Charles Michel", country = "European Union", short = { "Michel" },
    roles = {
      { "Prime Minister", "2014-10-11", "2019-10-27", country = "Belgium" },
      { "President of the European Council", "2019-12-01", "2024-12-01" },
    } },
  { name = "Antonio Costa", country = "European Union", short = { "Costa" },
    aliases = { "António Costa" },
    roles = {
      { "Prime Minister", "2015-11-26", "2024-04-02", country = "Portugal" },
      { "President of the European Council", "2024-12-01", nil },
    } },
  { name = "Josep Borrell", country = "European Union", short = { "Borrell" },
    aliases = { "Josep Borrell Fontelles" },
    roles = {
      -- unsure: last day as Spain's foreign minister (end of November 2019)
      { "Foreign Minister", "2018-06-07", "2019-11", country = "Spain" },
      { "High Representative", "2019-12-01", "2024-12-01" },
    } },
  { name = "Ursula von der Leyen", country = "European Union", short = { "von der Leyen", "Von der Leyen" },
    roles = { { "President of the European Commission", "2019-12-01", nil } } },
  { name = "Kaja Kallas", country = "European Union", short = { "Kallas" },
    roles = {
      { "Prime Minister", "2021-01-26", "2024-07-23", country = "Estonia" },
      { "High Representative", "2024-12-01", nil },
    } },

  -- France -----------------------------------------------------------------
  { name = "Jacques Chirac", country = "France", short = { "Chirac" },
    roles = { { "President", "1995-05-17", "2007-05-16" } } },
  { name = "Lionel Jospin", country = "France", short = { "Jospin" },
    roles = { { "Prime Minister", "1997-06-02", "2002-05-06" } } },
  { name = "Hubert Vedrine", country = "France", short = { "Vedrine", "Védrine" },
    aliases = { "Hubert Védrine" },
    roles = { { "Foreign Minister", "1997-06-04", "2002-05-07" } } },
  { name = "Jean-Pierre Raffarin", country = "France", short = { "Raffarin" },
    roles = { { "Prime Minister", "2002-05-06", "2005-05-31" } } },
  { name = "Dominique de Villepin", country = "France", short = { "de Villepin", "Villepin" },
    roles = {
      { "Foreign Minister", "2002-05-07", "2004-03-31" },
      { "Prime Minister", "2005-05-31", "2007-05-17" },
    } },
  { name = "Michel Barnier", country = "France", short = { "Barnier" },
    roles = {
      { "Foreign Minister", "2004-03-31", "2005-06-02" },
      { "Prime Minister", "2024-09-05", "2024-12-13" },
    } },
  { name = "Philippe Douste-Blazy", country = "France", short = { "Douste-Blazy" },
    roles = { { "Foreign Minister", "2005-06-02", "2007-05-18" } } },
  { name = "Nicolas Sarkozy", country = "France", short = { "Sarkozy" },
    roles = { { "President", "2007-05-16", "2012-05-15" } } },
  { name = "Francois Fillon", country = "France", short = { "Fillon" },
    aliases = { "François Fillon" },
    roles = { { "Prime Minister", "2007-05-17", "2012-05-15" } } },
  { name = "Bernard Kouchner", country = "France", short = { "Kouchner" },
    roles = { { "Foreign Minister", "2007-05-18", "2010-11-14" } } },
  { name = "Michele Alliot-Marie", country = "France", short = { "Alliot-Marie" },
    aliases = { "Michèle Alliot-Marie" },
    roles = { { "Foreign Minister", "2010-11-14", "2011-02-27" } } },
  { name = "Alain Juppe", country = "France", short = { "Juppe", "Juppé" },
    aliases = { "Alain Juppé" },
    roles = { { "Foreign Minister", "2011-02-27", "2012-05-16" } } },
  { name = "Francois Hollande", country = "France", short = { "Hollande" },
    aliases = { "François Hollande" },
    roles = { { "President", "2012-05-15", "2017-05-14" } } },
  { name = "Jean-Marc Ayrault", country = "France", short = { "Ayrault" },
    roles = {
      { "Prime Minister", "2012-05-15", "2014-03-31" },
      { "Foreign Minister", "2016-02-11", "2017-05-17" },
    } },
  { name = "Laurent Fabius", country = "France", short = { "Fabius" },
    roles = { { "Foreign Minister", "2012-05-16", "2016-02-11" } } },
  { name = "Manuel Valls", country = "France", short = { "Valls" },
    roles = { { "Prime Minister", "2014-03-31", "2016-12-06" } } },
  { name = "Bernard Cazeneuve", country = "France", short = { "Cazeneuve" },
    roles = { { "Prime Minister", "2016-12-06", "2017-05-15" } } },
  { name = "Emmanuel Macron", country = "France", short = { "Macron" },
    roles = { { "President", "2017-05-14", nil } } },
  { name = "Edouard Philippe", country = "France", short = { "Philippe" },
    aliases = { "Édouard Philippe" },
    roles = { { "Prime Minister", "2017-05-15", "2020-07-03" } } },
  { name = "Jean-Yves Le Drian", country = "France", short = { "Le Drian" },
    roles = { { "Foreign Minister", "2017-05-17", "2022-05-20" } } },
  { name = "Jean Castex", country = "France", short = { "Castex" },
    roles = { { "Prime Minister", "2020-07-03", "2022-05-16" } } },
  { name = "Elisabeth Borne", country = "France", short = { "Borne" },
    aliases = { "Élisabeth Borne" },
    roles = { { "Prime Minister", "2022-05-16", "2024-01-09" } } },
  { name = "Catherine Colonna", country = "France", short = { "Colonna" },
    roles = { { "Foreign Minister", "2022-05-20", "2024-01-11" } } },
  { name = "Gabriel Attal", country = "France", short = { "Attal" },
    roles = { { "Prime Minister", "2024-01-09", "2024-09-05" } } },
  { name = "Stephane Sejourne", country = "France", short = { "Sejourne", "Séjourné" },
    aliases = { "Stéphane Séjourné" },
    roles = { { "Foreign Minister", "2024-01-11", "2024-09-21" } } },
  { name = "Jean-Noel Barrot", country = "France", short = { "Barrot" },
    aliases = { "Jean-Noël Barrot" },
    roles = { { "Foreign Minister", "2024-09-21", nil } } },  -- kept by Bayrou and Lecornu (2025)
  { name = "Francois Bayrou", country = "France", short = { "Bayrou" },
    aliases = { "François Bayrou" },
    roles = { { "Prime Minister", "2024-12-13", "2025-09-09" } } },
  { name = "Sebastien Lecornu", country = "France", short = { "Lecornu" },
    aliases = { "Sébastien Lecornu" },
    -- 2025: late knowledge. Resigned 2025-10-06, stayed as caretaker and was
    -- reappointed 2025-10-10; later changes not known.
    roles = { { "Prime Minister", "2025-09-09", nil } } },

  -- Germany ----------------------------------------------------------------
  { name = "Gerhard Schroeder", country = "Germany", short = { "Schroeder", "Schröder" },
    aliases = { "Gerhard Schröder" },
    roles = { { "Chancellor", "1998-10-27", "2005-11-22" } } },
  { name = "Joschka Fischer", country = "Germany", short = { "Fischer" },
    roles = { { "Foreign Minister", "1998-10-27", "2005-11-22" } } },
  { name = "Johannes Rau", country = "Germany", short = { "Rau" },
    roles = { { "President", "1999-07-01", "2004-07-01" } } },
  { name = "Horst Koehler", country = "Germany", short = { "Koehler", "Köhler" },
    aliases = { "Horst Köhler" },
    roles = { { "President", "2004-07-01", "2010-05-31" } } },  -- resigned
  { name = "Angela Merkel", country = "Germany", short = { "Merkel" },
    roles = { { "Chancellor", "2005-11-22", "2021-12-08" } } },
  { name = "Frank-Walter Steinmeier", country = "Germany", short = { "Steinmeier" },
    roles = {
      { "Foreign Minister", "2005-11-22", "2009-10-28" },
      { "Foreign Minister", "2013-12-17", "2017-01-27" },
      { "President", "2017-03-19", nil },
    } },
  { name = "Guido Westerwelle", country = "Germany", short = { "Westerwelle" },
    roles = { { "Foreign Minister", "2009-10-28", "2013-12-17" } } },
  { name = "Jens Boehrnsen", country = "Germany", short = { "Boehrnsen", "Böhrnsen" },
    aliases = { "Jens Böhrnsen" },
    roles = { { "President", "2010-05-31", "2010-06-30" } } },  -- acting, as Bundesrat president
  { name = "Christian Wulff", country = "Germany", short = { "Wulff" },
    roles = { { "President", "2010-06-30", "2012-02-17" } } },  -- resigned
  { name = "Horst Seehofer", country = "Germany", short = { "Seehofer" },
    roles = { { "President", "2012-02-17", "2012-03-18" } } },  -- acting, as Bundesrat president
  { name = "Joachim Gauck", country = "Germany", short = { "Gauck" },
    roles = { { "President", "2012-03-18", "2017-03-19" } } },
  { name = "Sigmar Gabriel", country = "Germany", short = { "Gabriel" },
    roles = { { "Foreign Minister", "2017-01-27", "2018-03-14" } } },
  { name = "Heiko Maas", country = "Germany", short = { "Maas" },
    roles = { { "Foreign Minister", "2018-03-14", "2021-12-08" } } },
  { name = "Olaf Scholz", country = "Germany", short = { "Scholz" },
    roles = { { "Chancellor", "2021-12-08", "2025-05-06" } } },
  { name = "Annalena Baerbock", country = "Germany", short = { "Baerbock" },
    roles = { { "Foreign Minister", "2021-12-08", "2025-05-06" } } },
  { name = "Friedrich Merz", country = "Germany", short = { "Merz" },
    roles = { { "Chancellor", "2025-05-06", nil } } },  -- 2025: late knowledge
  { name = "Johann Wadephul", country = "Germany", short = { "Wadephul" },
    roles = { { "Foreign Minister", "2025-05-06", nil } } },  -- 2025: late knowledge

  -- Italy ------------------------------------------------------------------
  { name = "Lamberto Dini", country = "Italy", short = { "Dini" },
    roles = { { "Foreign Minister", "1996-05-18", "2001-06-11" } } },
  { name = "Massimo D'Alema", country = "Italy", short = { "D'Alema" },
    aliases = { "Massimo D’Alema" },
    roles = {
      { "Prime Minister", "1998-10-21", "2000-04-26" },
      { "Foreign Minister", "2006-05-17", "2008-05-08" },
    } },
  { name = "Carlo Azeglio Ciampi", country = "Italy", short = { "Ciampi" },
    roles = { { "President", "1999-05-18", "2006-05-15" } } },
  { name = "Romano Prodi", country = "Italy", short = { "Prodi" },
    roles = {
      -- unsure: first day as Commission president (mid-September 1999)
      { "President of the European Commission", "1999-09", "2004-11-22", country = "European Union" },
      { "Prime Minister", "2006-05-17", "2008-05-08" },
    } },
  { name = "Giuliano Amato", country = "Italy", short = { "Amato" },
    roles = { { "Prime Minister", "2000-04-26", "2001-06-11" } } },
  { name = "Silvio Berlusconi", country = "Italy", short = { "Berlusconi" },
    roles = {
      { "Prime Minister", "2001-06-11", "2006-05-17" },
      -- ad interim after Ruggiero resigned. unsure: first day (5 or 6 January 2002)
      { "Foreign Minister", "2002-01", "2002-11-14" },
      { "Prime Minister", "2008-05-08", "2011-11-16" },
    } },
  { name = "Renato Ruggiero", country = "Italy", short = { "Ruggiero" },
    roles = { { "Foreign Minister", "2001-06-11", "2002-01" } } },
    -- unsure: last day (resigned 5 or 6 January 2002)
  { name = "Franco Frattini", country = "Italy", short = { "Frattini" },
    roles = {
      { "Foreign Minister", "2002-11-14", "2004-11-18" },
      { "Foreign Minister", "2008-05-08", "2011-11-16" },
    } },
  { name = "Gianfranco Fini", country = "Italy", short = { "Fini" },
    roles = { { "Foreign Minister", "2004-11-18", "2006-05-17" } } },
  { name = "Giorgio Napolitano", country = "Italy", short = { "Napolitano" },
    roles = { { "President", "2006-05-15", "2015-01-14" } } },  -- resigned
  { name = "Mario Monti", country = "Italy", short = { "Monti" },
    roles = {
      { "Prime Minister", "2011-11-16", "2013-04-28" },
      { "Foreign Minister", "2013-03-26", "2013-04-28" },  -- ad interim after Terzi resigned
    } },
  { name = "Giulio Terzi di Sant'Agata", country = "Italy", short = { "Terzi" },
    aliases = { "Giulio Terzi" },
    roles = { { "Foreign Minister", "2011-11-16", "2013-03-26" } } },
  { name = "Enrico Letta", country = "Italy", short = { "Letta" },
    roles = { { "Prime Minister", "2013-04-28", "2014-02-22" } } },
  { name = "Emma Bonino", country = "Italy", short = { "Bonino" },
    roles = { { "Foreign Minister", "2013-04-28", "2014-02-22" } } },
  { name = "Matteo Renzi", country = "Italy", short = { "Renzi" },
    roles = { { "Prime Minister", "2014-02-22", "2016-12-12" } } },
  { name = "Federica Mogherini", country = "Italy", short = { "Mogherini" },
    roles = {
      { "Foreign Minister", "2014-02-22", "2014-10-31" },
      { "High Representative", "2014-11-01", "2019-12-01", country = "European Union" },
    } },
  { name = "Paolo Gentiloni", country = "Italy", short = { "Gentiloni" },
    roles = {
      { "Foreign Minister", "2014-10-31", "2016-12-12" },
      { "Prime Minister", "2016-12-12", "2018-06-01" },
    } },
  { name = "Pietro Grasso", country = "Italy", short = { "Grasso" },
    roles = { { "President", "2015-01-14", "2015-02-03" } } },  -- acting, as Senate president
  { name = "Sergio Mattarella", country = "Italy", short = { "Mattarella" },
    roles = { { "President", "2015-02-03", nil } } },
  { name = "Angelino Alfano", country = "Italy", short = { "Alfano" },
    roles = { { "Foreign Minister", "2016-12-12", "2018-06-01" } } },
  { name = "Giuseppe Conte", country = "Italy", short = { "Conte" },
    roles = { { "Prime Minister", "2018-06-01", "2021-02-13" } } },
  { name = "Enzo Moavero Milanesi", country = "Italy", short = { "Moavero", "Moavero Milanesi" },
    aliases = { "Enzo Moavero" },
    roles = { { "Foreign Minister", "2018-06-01", "2019-09-05" } } },
  { name = "Luigi Di Maio", country = "Italy", short = { "Di Maio" },
    roles = { { "Foreign Minister", "2019-09-05", "2022-10-22" } } },
  { name = "Mario Draghi", country = "Italy", short = { "Draghi" },
    roles = { { "Prime Minister", "2021-02-13", "2022-10-22" } } },
  { name = "Giorgia Meloni", country = "Italy", short = { "Meloni" },
    roles = { { "Prime Minister", "2022-10-22", nil } } },
  { name = "Antonio Tajani", country = "Italy", short = { "Tajani" },
    roles = { { "Foreign Minister", "2022-10-22", nil } } },

  -- Russia -----------------------------------------------------------------
  { name = "Igor Ivanov", country = "Russia", short = { "Ivanov" },
    roles = { { "Foreign Minister", "1998-09-11", "2004-03-09" } } },
  { name = "Vladimir Putin", country = "Russia", short = { "Putin" },
    aliases = { "Vladimir V. Putin" },
    roles = {
      { "Prime Minister", "1999-08-16", "2000-05-07" },  -- acting from 1999-08-09
      { "President", "1999-12-31", "2008-05-07" },  -- acting until his inauguration on 2000-05-07
      { "Prime Minister", "2008-05-08", "2012-05-07" },
      { "President", "2012-05-07", nil },
    } },
  { name = "Mikhail Kasyanov", country = "Russia", short = { "Kasyanov" },
    aliases = { "Mikhail Kasianov" },
    roles = { { "Prime Minister", "2000-05-07", "2004-02-24" } } },  -- acting until confirmed on 2000-05-17
  { name = "Viktor Khristenko", country = "Russia", short = { "Khristenko" },
    roles = { { "Prime Minister", "2004-02-24", "2004-03-05" } } },  -- acting
  { name = "Mikhail Fradkov", country = "Russia", short = { "Fradkov" },
    roles = { { "Prime Minister", "2004-03-05", "2007-09-14" } } },  -- dismissed 2007-09-12, acting until Zubkov was confirmed
  { name = "Sergei Lavrov", country = "Russia", short = { "Lavrov" },
    aliases = { "Sergey Lavrov", "Sergei V. Lavrov" },
    roles = { { "Foreign Minister", "2004-03-09", nil } } },
  { name = "Viktor Zubkov", country = "Russia", short = { "Zubkov" },
    roles = { { "Prime Minister", "2007-09-14", "2008-05-08" } } },
  -- Medvedev's other offices (First Deputy Prime Minister 2005-2008, Deputy
  -- Chairman of the Security Council since 2020-01-16) are outside the
  -- role vocabulary and not listed.
  { name = "Dmitry Medvedev", country = "Russia", short = { "Medvedev" },
    aliases = { "Dmitri Medvedev", "Dmitry A. Medvedev" },
    roles = {
      { "President", "2008-05-07", "2012-05-07" },
      { "Prime Minister", "2012-05-08", "2020-01-16" },  -- government resigned 2020-01-15
    } },
  { name = "Mikhail Mishustin", country = "Russia", short = { "Mishustin" },
    roles = { { "Prime Minister", "2020-01-16", nil } } },

  -- Saudi Arabia -----------------------------------------------------------
  -- The king was also prime minister until 2022-09-27.
  { name = "Saud al-Faisal", country = "Saudi Arabia", short = { "Prince Saud", "al-Faisal" },
    aliases = { "Prince Saud al-Faisal", "Saud Al Faisal", "Saud bin Faisal" },
    roles = { { "Foreign Minister", "1975-10", "2015-04-29" } } },
    -- unsure: first day (October 1975)
  { name = "Fahd bin Abdulaziz", country = "Saudi Arabia", short = { "King Fahd", "Fahd" },
    aliases = { "King Fahd bin Abdulaziz", "Fahd bin Abdulaziz Al Saud" },
    roles = {
      { "King", "1982-06-13", "2005-08-01" },
      { "Prime Minister", "1982-06-13", "2005-08-01" },
    } },
  { name = "Abdullah bin Abdulaziz", country = "Saudi Arabia", short = { "King Abdullah", "Abdullah" },
    aliases = { "King Abdullah bin Abdulaziz", "Abdullah bin Abdulaziz Al Saud" },
    roles = {
      { "Crown Prince", "1982-06-13", "2005-08-01" },  -- de facto regent from 1996
      { "King", "2005-08-01", "2015-01-23" },
      { "Prime Minister", "2005-08-01", "2015-01-23" },
    } },
  { name = "Sultan bin Abdulaziz", country = "Saudi Arabia", short = { "Prince Sultan" },
    aliases = { "Crown Prince Sultan", "Sultan bin Abdulaziz Al Saud" },
    roles = { { "Crown Prince", "2005-08-01", "2011-10-22" } } },  -- died in office
  { name = "Nayef bin Abdulaziz", country = "Saudi Arabia", short = { "Prince Nayef" },
    aliases = { "Crown Prince Nayef", "Nayef bin Abdulaziz Al Saud" },
    roles = { { "Crown Prince", "2011-10-27", "2012-06-16" } } },  -- died in office
  { name = "Salman bin Abdulaziz", country = "Saudi Arabia", short = { "King Salman", "Salman" },
    aliases = { "King Salman bin Abdulaziz", "Salman bin Abdulaziz Al Saud" },
    roles = {
      { "Crown Prince", "2012-06-18", "2015-01-23" },
      { "King", "2015-01-23", nil },
      { "Prime Minister", "2015-01-23", "2022-09-27" },
    } },
  { name = "Muqrin bin Abdulaziz", country = "Saudi Arabia", short = { "Prince Muqrin" },
    aliases = { "Muqrin bin Abdulaziz Al Saud" },
    roles = { { "Crown Prince", "2015-01-23", "2015-04-29" } } },
  { name = "Mohammed bin Nayef", country = "Saudi Arabia", short = { "bin Nayef", "MBN" },
    aliases = { "Muhammad bin Nayef", "Mohammed bin Nayef Al Saud" },
    roles = { { "Crown Prince", "2015-04-29", "2017-06-21" } } },
  { name = "Adel al-Jubeir", country = "Saudi Arabia", short = { "al-Jubeir", "Jubeir" },
    aliases = { "Adel Al-Jubeir", "Adel bin Ahmed Al-Jubeir" },
    roles = { { "Foreign Minister", "2015-04-29", "2018-12-27" } } },
  { name = "Mohammed bin Salman", country = "Saudi Arabia",
    short = { "MBS", "Prince Mohammed", "bin Salman" },
    aliases = { "Mohammad bin Salman", "Muhammad bin Salman", "Mohammed bin Salman Al Saud" },
    roles = {
      { "Crown Prince", "2017-06-21", nil },
      { "Prime Minister", "2022-09-27", nil },
    } },
  { name = "Ibrahim al-Assaf", country = "Saudi Arabia", short = { "al-Assaf", "Assaf" },
    aliases = { "Ibrahim Abdulaziz Al-Assaf", "Ibrahim Al-Assaf" },
    roles = { { "Foreign Minister", "2018-12-27", "2019-10-23" } } },
  { name = "Faisal bin Farhan", country = "Saudi Arabia", short = { "Prince Faisal", "bin Farhan" },
    aliases = { "Faisal bin Farhan Al Saud", "Prince Faisal bin Farhan" },
    roles = { { "Foreign Minister", "2019-10-23", nil } } },

  -- South Africa -----------------------------------------------------------
  -- The president is head of state and government.
  { name = "Thabo Mbeki", country = "South Africa", short = { "Mbeki" },
    roles = { { "President", "1999-06-14", "2008-09-25" } } },  -- resignation took effect 2008-09-25
  { name = "Nkosazana Dlamini-Zuma", country = "South Africa", short = { "Dlamini-Zuma" },
    aliases = { "Nkosazana Dlamini Zuma" },
    roles = { { "Foreign Minister", "1999-06-17", "2009-05-10" } } },
  { name = "Kgalema Motlanthe", country = "South Africa", short = { "Motlanthe" },
    roles = { { "President", "2008-09-25", "2009-05-09" } } },
  { name = "Jacob Zuma", country = "South Africa", short = { "Zuma" },
    roles = { { "President", "2009-05-09", "2018-02-14" } } },  -- resigned
  { name = "Maite Nkoana-Mashabane", country = "South Africa", short = { "Nkoana-Mashabane" },
    roles = { { "Foreign Minister", "2009-05-10", "2018-02" } } },
    -- unsure: last day (Ramaphosa's reshuffle announced 26 February 2018)
  { name = "Cyril Ramaphosa", country = "South Africa", short = { "Ramaphosa" },
    roles = { { "President", "2018-02-15", nil } } },
  { name = "Lindiwe Sisulu", country = "South Africa", short = { "Sisulu" },
    roles = { { "Foreign Minister", "2018-02", "2019-05-30" } } },
    -- unsure: first day (26 or 27 February 2018)
  { name = "Naledi Pandor", country = "South Africa", short = { "Pandor" },
    roles = { { "Foreign Minister", "2019-05-30", "2024-07-03" } } },
  { name = "Ronald Lamola", country = "South Africa", short = { "Lamola" },
    roles = { { "Foreign Minister", "2024-07-03", nil } } },

  -- Turkey -----------------------------------------------------------------
  -- The office of prime minister was abolished on 2018-07-09.
  { name = "Suleyman Demirel", country = "Turkey", short = { "Demirel" },
    aliases = { "Süleyman Demirel" },
    roles = { { "President", "1993-05-16", "2000-05-16" } } },
  { name = "Ismail Cem", country = "Turkey", short = { "Cem" }, aliases = { "İsmail Cem" },
    roles = { { "Foreign Minister", "1997-06-30", "2002-07-11" } } },
  { name = "Bulent Ecevit", country = "Turkey", short = { "Ecevit" },
    aliases = { "Bülent Ecevit" },
    roles = { { "Prime Minister", "1999-01-11", "2002-11-18" } } },
  { name = "Ahmet Necdet Sezer", country = "Turkey", short = { "Sezer" },
    aliases = { "Necdet Sezer" },
    roles = { { "President", "2000-05-16", "2007-08-28" } } },
  { name = "Sukru Sina Gurel", country = "Turkey", short = { "Gurel", "Gürel" },
    aliases = { "Şükrü Sina Gürel" },
    roles = { { "Foreign Minister", "2002-07-11", "2002-11-18" } } },
  { name = "Abdullah Gul", country = "Turkey", short = { "Gul", "Gül" },
    aliases = { "Abdullah Gül" },
    roles = {
      { "Prime Minister", "2002-11-18", "2003-03-14" },
      { "Foreign Minister", "2003-03-14", "2007-08-29" },
      { "President", "2007-08-28", "2014-08-28" },
    } },
  { name = "Yasar Yakis", country = "Turkey", short = { "Yakis", "Yakış" },
    aliases = { "Yaşar Yakış" },
    roles = { { "Foreign Minister", "2002-11-18", "2003-03-14" } } },
  { name = "Recep Tayyip Erdogan", country = "Turkey", short = { "Erdogan", "Erdoğan" },
    aliases = { "Recep Tayyip Erdoğan", "Tayyip Erdogan", "Tayyip Erdoğan" },
    roles = {
      { "Prime Minister", "2003-03-14", "2014-08-28" },
      { "President", "2014-08-28", nil },
    } },
  { name = "Ali Babacan", country = "Turkey", short = { "Babacan" },
    roles = { { "Foreign Minister", "2007-08-29", "2009-05-01" } } },
  { name = "Ahmet Davutoglu", country = "Turkey", short = { "Davutoglu", "Davutoğlu" },
    aliases = { "Ahmet Davutoğlu" },
    roles = {
      { "Foreign Minister", "2009-05-01", "2014-08-29" },
      { "Prime Minister", "2014-08-28", "2016-05-24" },
    } },
  { name = "Mevlut Cavusoglu", country = "Turkey", short = { "Cavusoglu", "Çavuşoğlu" },
    aliases = { "Mevlüt Çavuşoğlu" },
    roles = {
      { "Foreign Minister", "2014-08-29", "2015-08-28" },
      { "Foreign Minister", "2015-11-24", "2023-06" },  -- unsure: last day (3 or 4 June 2023),
    } },
  { name = "Feridun Sinirlioglu", country = "Turkey", short = { "Sinirlioglu", "Sinirlioğlu" },
    aliases = { "Feridun Sinirlioğlu" },
    roles = { { "Foreign Minister", "2015-08-28", "2015-11-24" } } },  -- interim election government
  { name = "Binali Yildirim", country = "Turkey", short = { "Yildirim", "Yıldırım" },
    aliases = { "Binali Yıldırım" },
    roles = { { "Prime Minister", "2016-05-24", "2018-07-09" } } },
  { name = "Hakan Fidan", country = "Turkey", short = { "Fidan" },
    roles = { { "Foreign Minister", "2023-06", nil } } },
    -- unsure: first day (cabinet named 3 June 2023, handover 4 June)

  -- United Kingdom ---------------------------------------------------------
  -- Queen Elizabeth II (reigned until 2022-09-08) is not listed: "Queen" is
  -- not in the role vocabulary.
  { name = "Tony Blair", country = "United Kingdom", short = { "Blair" },
    roles = { { "Prime Minister", "1997-05-02", "2007-06-27" } } },
  { name = "Robin Cook", country = "United Kingdom", short = { "Cook" },
    roles = { { "Foreign Minister", "1997-05-02", "2001-06-08" } } },
  { name = "Jack Straw", country = "United Kingdom", short = { "Straw" },
    roles = { { "Foreign Minister", "2001-06-08", "2006-05-05" } } },
  { name = "Margaret Beckett", country = "United Kingdom", short = { "Beckett" },
    roles = { { "Foreign Minister", "2006-05-05", "2007-06-28" } } },
  { name = "Gordon Brown", country = "United Kingdom", short = { "Brown" },
    roles = { { "Prime Minister", "2007-06-27", "2010-05-11" } } },
  { name = "David Miliband", country = "United Kingdom", short = { "Miliband" },
    roles = { { "Foreign Minister", "2007-06-28", "2010-05-12" } } },
  { name = "David Cameron", country = "United Kingdom", short = { "Cameron" },
    aliases = { "Lord Cameron" },
    roles = {
      { "Prime Minister", "2010-05-11", "2016-07-13" },
      { "Foreign Minister", "2023-11-13", "2024-07-05" },
    } },
  { name = "William Hague", country = "United Kingdom", short = { "Hague" },
    roles = { { "Foreign Minister", "2010-05-12", "2014-07-15" } } },
  { name = "Philip Hammond", country = "United Kingdom", short = { "Hammond" },
    roles = { { "Foreign Minister", "2014-07-15", "2016-07-13" } } },
  { name = "Theresa May", country = "United Kingdom", short = { "May" },
    roles = { { "Prime Minister", "2016-07-13", "2019-07-24" } } },
  { name = "Boris Johnson", country = "United Kingdom", short = { "Johnson" },
    aliases = { "Alexander Boris de Pfeffel Johnson" },
    roles = {
      { "Foreign Minister", "2016-07-13", "2018-07-09" },
      { "Prime Minister", "2019-07-24", "2022-09-06" },
    } },
  { name = "Jeremy Hunt", country = "United Kingdom", short = { "Hunt" },
    roles = { { "Foreign Minister", "2018-07-09", "2019-07-24" } } },
  { name = "Dominic Raab", country = "United Kingdom", short = { "Raab" },
    roles = { { "Foreign Minister", "2019-07-24", "2021-09-15" } } },
  { name = "Liz Truss", country = "United Kingdom", short = { "Truss" },
    aliases = { "Elizabeth Truss" },
    roles = {
      { "Foreign Minister", "2021-09-15", "2022-09-06" },
      { "Prime Minister", "2022-09-06", "2022-10-25" },
    } },
  { name = "James Cleverly", country = "United Kingdom", short = { "Cleverly" },
    roles = { { "Foreign Minister", "2022-09-06", "2023-11-13" } } },
  { name = "Charles III", country = "United Kingdom", short = { "King Charles" },
    aliases = { "King Charles III" },
    roles = { { "King", "2022-09-08", nil } } },
  { name = "Rishi Sunak", country = "United Kingdom", short = { "Sunak" },
    roles = { { "Prime Minister", "2022-10-25", "2024-07-05" } } },
  { name = "Keir Starmer", country = "United Kingdom", short = { "Starmer" },
    aliases = { "Sir Keir Starmer" },
    roles = { { "Prime Minister", "2024-07-05", nil } } },
  { name = "David Lammy", country = "United Kingdom", short = { "Lammy" },
    roles = { { "Foreign Minister", "2024-07-05", "2025-09-05" } } },
  { name = "Rachel Reeves", country = "United Kingdom", short = { "Reeves" },
    roles = { { "Chancellor of the Exchequer", "2024-07-05", nil } } },
  { name = "Yvette Cooper", country = "United Kingdom", short = { "Cooper" },
    roles = { { "Foreign Minister", "2025-09-05", nil } } },  -- 2025: late knowledge
}
