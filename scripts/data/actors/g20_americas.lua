-- data/actors/g20_americas.lua: heads of state and government and foreign
-- ministers of Argentina, Brazil, Canada, Mexico and the United States who
-- held office at any time since 2000-01-01, with date-ranged roles, plus a few
-- other US officials the test articles name. Facts only.
--
-- Dates: start = first day in office, stop = first day of the successor (a
-- same-day handover); nil stop = in office as far as known. Changes from
-- 2025 on come from knowledge that ends in late 2025 and are commented; a
-- change in 2026 is not reflected. "YYYY-MM" where
-- the day is not certain; every such date and every doubt is marked with a
-- "-- unsure:" comment. Acting holders during a vacancy are listed (marked);
-- acting holders while the holder was suspended are not (the holder keeps
-- the office). Canada: the monarch and governor-general are not listed.
return {
  -- Argentina --------------------------------------------------------------
  { name = "Fernando de la Rua", country = "Argentina", short = { "de la Rua", "De la Rua", "de la Rúa", "De la Rúa" },
    aliases = { "Fernando de la Rúa" },
    roles = { { "President", "1999-12-10", "2001-12-21" } } },
    -- resigned 2001-12-20; Congress accepted it on 2001-12-21
  { name = "Adalberto Rodriguez Giavarini", country = "Argentina",
    short = { "Rodriguez Giavarini", "Rodríguez Giavarini" },
    aliases = { "Adalberto Rodríguez Giavarini" },
    roles = { { "Foreign Minister", "1999-12-10", "2001-12" } } },
    -- unsure: last day (left with de la Rua, about 20-21 December 2001)
  { name = "Ramon Puerta", country = "Argentina", short = { "Puerta" },
    aliases = { "Ramón Puerta" },
    roles = { { "President", "2001-12-21", "2001-12-23" } } },  -- acting, as Senate president
  { name = "Adolfo Rodriguez Saa", country = "Argentina",
    short = { "Rodriguez Saa", "Rodríguez Saá" }, aliases = { "Adolfo Rodríguez Saá" },
    roles = { { "President", "2001-12-23", "2001-12-31" } } },
    -- interim president chosen by Congress; resigned 2001-12-30
  { name = "Jose Maria Vernet", country = "Argentina", short = { "Vernet" },
    aliases = { "José María Vernet" },
    roles = { { "Foreign Minister", "2001-12", "2001-12" } } },
    -- unsure: days (Rodriguez Saa's week-long government, 23-30 December 2001)
  { name = "Eduardo Camano", country = "Argentina", short = { "Camano", "Camaño" },
    aliases = { "Eduardo Camaño" },
    roles = { { "President", "2001-12-31", "2002-01-02" } } },
    -- acting, as president of the Chamber of Deputies. unsure: first day (30 or 31 December 2001)
  { name = "Eduardo Duhalde", country = "Argentina", short = { "Duhalde" },
    roles = { { "President", "2002-01-02", "2003-05-25" } } },
  { name = "Carlos Ruckauf", country = "Argentina", short = { "Ruckauf" },
    roles = { { "Foreign Minister", "2002-01", "2003-05-25" } } },
    -- unsure: first day (Duhalde's cabinet, early January 2002)
  { name = "Nestor Kirchner", country = "Argentina", short = { "Kirchner" },
    aliases = { "Néstor Kirchner", "Nestor Carlos Kirchner" },
    roles = { { "President", "2003-05-25", "2007-12-10" } } },
  { name = "Rafael Bielsa", country = "Argentina", short = { "Bielsa" },
    roles = { { "Foreign Minister", "2003-05-25", "2005-12" } } },
    -- unsure: last day (left to take his seat as a deputy, end of November or December 2005)
  { name = "Jorge Taiana", country = "Argentina", short = { "Taiana" },
    roles = { { "Foreign Minister", "2005-12", "2010-06" } } },
    -- unsure: first day (December 2005) and last day (resigned June 2010)
  { name = "Cristina Fernandez de Kirchner", country = "Argentina",
    short = { "Fernandez de Kirchner", "Fernández de Kirchner", "Kirchner", "Cristina" },
    aliases = { "Cristina Fernández de Kirchner", "Cristina Kirchner", "Cristina Fernandez",
                "Cristina Fernández" },
    roles = { { "President", "2007-12-10", "2015-12-10" } } },
    -- a court ruled her term ended at midnight starting 2015-12-10
  { name = "Hector Timerman", country = "Argentina", short = { "Timerman" },
    aliases = { "Héctor Timerman" },
    roles = { { "Foreign Minister", "2010-06", "2015-12-10" } } },
    -- unsure: first day (June 2010)
  { name = "Federico Pinedo", country = "Argentina", short = { "Pinedo" },
    roles = { { "President", "2015-12-10", "2015-12-10" } } },
    -- acting for about twelve hours, as provisional president of the Senate
  { name = "Mauricio Macri", country = "Argentina", short = { "Macri" },
    roles = { { "President", "2015-12-10", "2019-12-10" } } },
  { name = "Susana Malcorra", country = "Argentina", short = { "Malcorra" },
    roles = { { "Foreign Minister", "2015-12-10", "2017-06" } } },
    -- unsure: last day (resignation announced end of May, effective June 2017)
  { name = "Jorge Faurie", country = "Argentina", short = { "Faurie" },
    roles = { { "Foreign Minister", "2017-06", "2019-12-10" } } },
    -- unsure: first day (June 2017)
  { name = "Alberto Fernandez", country = "Argentina", short = { "Fernandez", "Fernández" },
    aliases = { "Alberto Fernández" },
    roles = { { "President", "2019-12-10", "2023-12-10" } } },
  { name = "Felipe Sola", country = "Argentina", short = { "Sola", "Solá" },
    aliases = { "Felipe Solá" },
    roles = { { "Foreign Minister", "2019-12-10", "2021-09-20" } } },
  { name = "Santiago Cafiero", country = "Argentina", short = { "Cafiero" },
    roles = { { "Foreign Minister", "2021-09-20", "2023-12-10" } } },
  { name = "Javier Milei", country = "Argentina", short = { "Milei" },
    roles = { { "President", "2023-12-10", nil } } },
  { name = "Diana Mondino", country = "Argentina", short = { "Mondino" },
    roles = { { "Foreign Minister", "2023-12-10", "2024-10-30" } } },
  { name = "Gerardo Werthein", country = "Argentina", short = { "Werthein" },
    roles = { { "Foreign Minister", "2024-10-30", "2025-10" } } },
    -- unsure: named 2024-10-30, sworn in days later; resigned October 2025 (day not certain)
  { name = "Pablo Quirno", country = "Argentina", short = { "Quirno" },
    roles = { { "Foreign Minister", "2025-10", nil } } },
    -- unsure: after my reliable knowledge; named to succeed Werthein in October 2025

  -- Brazil -----------------------------------------------------------------
  { name = "Fernando Henrique Cardoso", country = "Brazil", short = { "Cardoso" },
    aliases = { "FHC" },
    roles = { { "President", "1995-01-01", "2003-01-01" } } },
  { name = "Luiz Felipe Lampreia", country = "Brazil", short = { "Lampreia" },
    roles = { { "Foreign Minister", "1995-01-01", "2001-01" } } },
    -- unsure: last day (January 2001)
  { name = "Celso Lafer", country = "Brazil", short = { "Lafer" },
    roles = { { "Foreign Minister", "2001-01", "2003-01-01" } } },
    -- unsure: first day (late January 2001)
  { name = "Luiz Inacio Lula da Silva", country = "Brazil", short = { "Lula" },
    aliases = { "Luiz Inácio Lula da Silva", "Lula da Silva", "Luiz Inacio Lula" },
    roles = {
      { "President", "2003-01-01", "2011-01-01" },
      { "President", "2023-01-01", nil },
    } },
  { name = "Celso Amorim", country = "Brazil", short = { "Amorim" },
    roles = { { "Foreign Minister", "2003-01-01", "2011-01-01" } } },
  { name = "Dilma Rousseff", country = "Brazil", short = { "Rousseff", "Dilma" },
    -- suspended from 2016-05-12 (impeachment trial), removed 2016-08-31
    roles = { { "President", "2011-01-01", "2016-08-31" } } },
  { name = "Michel Temer", country = "Brazil", short = { "Temer" },
    roles = {
      -- acting president while Rousseff was suspended, 2016-05-12..2016-08-31
      { "Vice President", "2011-01-01", "2016-08-31" },
      { "President", "2016-08-31", "2019-01-01" },
    } },
  { name = "Antonio Patriota", country = "Brazil", short = { "Patriota" },
    aliases = { "Antônio Patriota", "Antonio de Aguiar Patriota" },
    roles = { { "Foreign Minister", "2011-01-01", "2013-08-26" } } },
  { name = "Luiz Alberto Figueiredo", country = "Brazil", short = { "Figueiredo" },
    aliases = { "Luiz Alberto Figueiredo Machado" },
    roles = { { "Foreign Minister", "2013-08", "2015-01-01" } } },
    -- unsure: first day (late August 2013, days after Patriota resigned)
  { name = "Mauro Vieira", country = "Brazil", short = { "Vieira" },
    roles = {
      { "Foreign Minister", "2015-01-01", "2016-05-12" },
      { "Foreign Minister", "2023-01-01", nil },
    } },
  { name = "Jose Serra", country = "Brazil", short = { "Serra" }, aliases = { "José Serra" },
    roles = { { "Foreign Minister", "2016-05-12", "2017-02" } } },
    -- unsure: last day (resigned about 22 February 2017)
  { name = "Aloysio Nunes", country = "Brazil", short = { "Nunes" },
    aliases = { "Aloysio Nunes Ferreira" },
    roles = { { "Foreign Minister", "2017-03", "2019-01-01" } } },
    -- unsure: first day (early March 2017)
  { name = "Jair Bolsonaro", country = "Brazil", short = { "Bolsonaro" },
    roles = { { "President", "2019-01-01", "2023-01-01" } } },
  { name = "Ernesto Araujo", country = "Brazil", short = { "Araujo", "Araújo" },
    aliases = { "Ernesto Araújo" },
    roles = { { "Foreign Minister", "2019-01-01", "2021-03-29" } } },
  { name = "Carlos Franca", country = "Brazil", short = { "Franca", "França" },
    aliases = { "Carlos França", "Carlos Alberto Franco França", "Carlos Alberto Franco Franca" },
    roles = { { "Foreign Minister", "2021-04-06", "2023-01-01" } } },

  -- Canada -----------------------------------------------------------------
  { name = "Jean Chretien", country = "Canada", short = { "Chretien", "Chrétien" },
    aliases = { "Jean Chrétien" },
    roles = { { "Prime Minister", "1993-11-04", "2003-12-12" } } },
  { name = "Lloyd Axworthy", country = "Canada", short = { "Axworthy" },
    roles = { { "Foreign Minister", "1996-01-25", "2000-10-17" } } },
  { name = "John Manley", country = "Canada", short = { "Manley" },
    roles = { { "Foreign Minister", "2000-10-17", "2002-01-16" } } },
  { name = "Bill Graham", country = "Canada", short = { "Graham" },
    roles = { { "Foreign Minister", "2002-01-16", "2004-07-20" } } },
  { name = "Paul Martin", country = "Canada", short = { "Martin" },
    roles = { { "Prime Minister", "2003-12-12", "2006-02-06" } } },
  { name = "Pierre Pettigrew", country = "Canada", short = { "Pettigrew" },
    roles = { { "Foreign Minister", "2004-07-20", "2006-02-06" } } },
  { name = "Stephen Harper", country = "Canada", short = { "Harper" },
    roles = { { "Prime Minister", "2006-02-06", "2015-11-04" } } },
  { name = "Peter MacKay", country = "Canada", short = { "MacKay" },
    roles = { { "Foreign Minister", "2006-02-06", "2007-08-14" } } },
  { name = "Maxime Bernier", country = "Canada", short = { "Bernier" },
    roles = { { "Foreign Minister", "2007-08-14", "2008-05-26" } } },
  { name = "David Emerson", country = "Canada", short = { "Emerson" },
    roles = { { "Foreign Minister", "2008-05-26", "2008-10-30" } } },
    -- unsure: whether his appointment was formally acting (he also kept International Trade)
  { name = "Lawrence Cannon", country = "Canada", short = { "Cannon" },
    roles = { { "Foreign Minister", "2008-10-30", "2011-05-18" } } },
  { name = "John Baird", country = "Canada", short = { "Baird" },
    roles = { { "Foreign Minister", "2011-05-18", "2015-02-03" } } },
  -- Ed Fast was acting Foreign Minister 2015-02-03..2015-02-09: not listed.
  { name = "Rob Nicholson", country = "Canada", short = { "Nicholson" },
    roles = { { "Foreign Minister", "2015-02-09", "2015-11-04" } } },
  { name = "Justin Trudeau", country = "Canada", short = { "Trudeau" },
    roles = { { "Prime Minister", "2015-11-04", "2025-03-14" } } },
  { name = "Stephane Dion", country = "Canada", short = { "Dion" }, aliases = { "Stéphane Dion" },
    roles = { { "Foreign Minister", "2015-11-04", "2017-01-10" } } },
  { name = "Chrystia Freeland", country = "Canada", short = { "Freeland" },
    roles = { { "Foreign Minister", "2017-01-10", "2019-11-20" } } },
  { name = "Francois-Philippe Champagne", country = "Canada", short = { "Champagne" },
    aliases = { "François-Philippe Champagne" },
    roles = { { "Foreign Minister", "2019-11-20", "2021-01-12" } } },
  { name = "Marc Garneau", country = "Canada", short = { "Garneau" },
    roles = { { "Foreign Minister", "2021-01-12", "2021-10-26" } } },
  { name = "Melanie Joly", country = "Canada", short = { "Joly" }, aliases = { "Mélanie Joly" },
    roles = { { "Foreign Minister", "2021-10-26", "2025-05-13" } } },
  { name = "Mark Carney", country = "Canada", short = { "Carney" },
    roles = { { "Prime Minister", "2025-03-14", nil } } },  -- 2025: late knowledge
  { name = "Anita Anand", country = "Canada", short = { "Anand" },
    roles = { { "Foreign Minister", "2025-05-13", nil } } },  -- 2025: late knowledge

  -- Mexico -----------------------------------------------------------------
  -- The foreign secretary (Secretario de Relaciones Exteriores) is listed as
  -- "Foreign Minister".
  { name = "Ernesto Zedillo", country = "Mexico", short = { "Zedillo" },
    roles = { { "President", "1994-12-01", "2000-12-01" } } },
  { name = "Rosario Green", country = "Mexico", short = { "Green" },
    roles = { { "Foreign Minister", "1998-01", "2000-12-01" } } },
    -- unsure: first day (January 1998)
  { name = "Vicente Fox", country = "Mexico", short = { "Fox" },
    roles = { { "President", "2000-12-01", "2006-12-01" } } },
  { name = "Jorge Castaneda", country = "Mexico", short = { "Castaneda", "Castañeda" },
    aliases = { "Jorge Castañeda", "Jorge G. Castañeda", "Jorge Castañeda Gutman" },
    roles = { { "Foreign Minister", "2000-12-01", "2003-01" } } },
    -- unsure: last day (resigned January 2003)
  { name = "Luis Ernesto Derbez", country = "Mexico", short = { "Derbez" },
    roles = { { "Foreign Minister", "2003-01", "2006-12-01" } } },
    -- unsure: first day (January 2003)
  { name = "Felipe Calderon", country = "Mexico", short = { "Calderon", "Calderón" },
    aliases = { "Felipe Calderón" },
    roles = { { "President", "2006-12-01", "2012-12-01" } } },
  { name = "Patricia Espinosa", country = "Mexico", short = { "Espinosa" },
    aliases = { "Patricia Espinosa Cantellano" },
    roles = { { "Foreign Minister", "2006-12-01", "2012-12-01" } } },
  { name = "Enrique Pena Nieto", country = "Mexico", short = { "Pena Nieto", "Peña Nieto" },
    aliases = { "Enrique Peña Nieto" },
    roles = { { "President", "2012-12-01", "2018-12-01" } } },
  { name = "Jose Antonio Meade", country = "Mexico", short = { "Meade" },
    aliases = { "José Antonio Meade" },
    roles = { { "Foreign Minister", "2012-12-01", "2015-08-27" } } },
  { name = "Claudia Ruiz Massieu", country = "Mexico", short = { "Ruiz Massieu" },
    roles = { { "Foreign Minister", "2015-08-27", "2017-01-04" } } },
  { name = "Luis Videgaray", country = "Mexico", short = { "Videgaray" },
    roles = { { "Foreign Minister", "2017-01-04", "2018-12-01" } } },
  { name = "Andres Manuel Lopez Obrador", country = "Mexico",
    short = { "Lopez Obrador", "López Obrador", "AMLO" },
    aliases = { "Andrés Manuel López Obrador" },
    roles = { { "President", "2018-12-01", "2024-10-01" } } },
  { name = "Marcelo Ebrard", country = "Mexico", short = { "Ebrard" },
    roles = { { "Foreign Minister", "2018-12-01", "2023-06" } } },
    -- unsure: last day (resigned in June 2023 to seek the presidential nomination)
  { name = "Alicia Barcena", country = "Mexico", short = { "Barcena", "Bárcena" },
    aliases = { "Alicia Bárcena" },
    roles = { { "Foreign Minister", "2023-07", "2024-10-01" } } },
    -- unsure: first day (early July 2023)
  { name = "Claudia Sheinbaum", country = "Mexico", short = { "Sheinbaum" },
    roles = { { "President", "2024-10-01", nil } } },
  { name = "Juan Ramon de la Fuente", country = "Mexico", short = { "de la Fuente", "De la Fuente" },
    aliases = { "Juan Ramón de la Fuente" },
    roles = { { "Foreign Minister", "2024-10-01", nil } } },
    -- unsure: whether he was still in office in 2025-2026 (not checked)

  -- United States ----------------------------------------------------------
  { name = "Bill Clinton", country = "United States", short = { "Clinton" },
    aliases = { "William J. Clinton", "William Jefferson Clinton" },
    roles = { { "President", "1993-01-20", "2001-01-20" } } },
  { name = "Madeleine Albright", country = "United States", short = { "Albright" },
    roles = { { "Secretary of State", "1997-01-23", "2001-01-20" } } },
  { name = "George W. Bush", country = "United States", short = { "Bush" },
    aliases = { "George Bush", "George Walker Bush" },
    roles = { { "President", "2001-01-20", "2009-01-20" } } },
  { name = "Colin Powell", country = "United States", short = { "Powell" },
    aliases = { "Colin L. Powell" },
    roles = { { "Secretary of State", "2001-01-20", "2005-01-26" } } },
  { name = "Condoleezza Rice", country = "United States", short = { "Rice" },
    roles = {
      { "National Security Adviser", "2001-01-20", "2005-01-26" },
      { "Secretary of State", "2005-01-26", "2009-01-20" },
    } },
  { name = "Barack Obama", country = "United States", short = { "Obama" },
    aliases = { "Barack H. Obama", "Barack Hussein Obama" },
    roles = { { "President", "2009-01-20", "2017-01-20" } } },
  { name = "Hillary Clinton", country = "United States", short = { "Clinton" },
    aliases = { "Hillary Rodham Clinton" },
    roles = { { "Secretary of State", "2009-01-21", "2013-02-01" } } },
  { name = "John Kerry", country = "United States", short = { "Kerry" },
    aliases = { "John F. Kerry" },
    roles = { { "Secretary of State", "2013-02-01", "2017-01-20" } } },
  { name = "Donald Trump", country = "United States", short = { "Trump" },
    aliases = { "Donald J. Trump" },
    roles = {
      { "President", "2017-01-20", "2021-01-20" },
      { "President", "2025-01-20", nil },
    } },
  { name = "Rex Tillerson", country = "United States", short = { "Tillerson" },
    roles = { { "Secretary of State", "2017-02-01", "2018-03-31" } } },
  -- John J. Sullivan was acting Secretary of State 2018-03-31..2018-04-26: not listed.
  { name = "Mike Pompeo", country = "United States", short = { "Pompeo" },
    aliases = { "Michael Pompeo", "Michael R. Pompeo" },
    roles = { { "Secretary of State", "2018-04-26", "2021-01-20" } } },
  { name = "Joe Biden", country = "United States", short = { "Biden" },
    aliases = { "Joseph R. Biden", "Joseph R. Biden Jr.", "Joseph Biden" },
    roles = { { "President", "2021-01-20", "2025-01-20" } } },
  { name = "Jake Sullivan", country = "United States", short = { "Sullivan" },
    roles = { { "National Security Adviser", "2021-01-20", "2025-01-20" } } },
  { name = "Antony Blinken", country = "United States", short = { "Blinken" },
    aliases = { "Antony J. Blinken", "Tony Blinken" },
    roles = { { "Secretary of State", "2021-01-26", "2025-01-20" } } },
  { name = "Mike Johnson", country = "United States", short = { "Johnson" },
    roles = { { "Speaker of the House", "2023-10-25", nil } } },
  { name = "Mike Waltz", country = "United States", short = { "Waltz" },
    aliases = { "Michael Waltz" },
    roles = { { "National Security Adviser", "2025-01-20", "2025-05-01" } } },
  { name = "Marco Rubio", country = "United States", short = { "Rubio" },
    roles = {
      { "Secretary of State", "2025-01-21", nil },
      -- acting (interim) national security adviser since Waltz's removal
      { "National Security Adviser", "2025-05-01", nil },
    } },
  { name = "Pete Hegseth", country = "United States", short = { "Hegseth" },
    aliases = { "Peter Hegseth" },
    -- styled also "Secretary of War" since September 2025
    roles = { { "Secretary of Defense", "2025-01-25", nil } } },
}
