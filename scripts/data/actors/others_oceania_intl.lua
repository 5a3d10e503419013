-- data/actors/others_oceania_intl.lua: prime ministers and foreign ministers
-- of New Zealand, and the Secretaries-General of the United Nations and of
-- NATO, since 2000, with date-ranged roles. Facts only. Roles are listed
-- when the term overlaps 2000-01-01 to 2026-11-23 (a term begun earlier keeps
-- its real start). Dates are YYYY-MM-DD, or YYYY-MM where the day is not
-- certain; a nil end means in office to our best knowledge. The
-- organisations stand in the country field ("United Nations", "NATO"); a
-- national office held since 2000 names its own country in the role
-- (`country = "Norway"`); other national offices are not listed.
return {
  -- NATO
  { name = "George Robertson", country = "NATO", short = { "Robertson" },
    aliases = { "Lord Robertson", "Lord Robertson of Port Ellen" },
    roles = { { "Secretary-General", "1999-10-14", "2003-12-17" } } },
  { name = "Jens Stoltenberg", country = "NATO", short = { "Stoltenberg" }, aliases = {},
    roles = {
      { "Prime Minister", "2000-03-17", "2001-10-19", country = "Norway" },
      { "Prime Minister", "2005-10-17", "2013-10-16", country = "Norway" },
      { "Secretary-General", "2014-10-01", "2024-10-01" },
    } },
  { name = "Anders Fogh Rasmussen", country = "NATO", short = { "Rasmussen", "Fogh Rasmussen" },
    aliases = {},
    roles = {
      { "Prime Minister", "2001-11-27", "2009-04-05", country = "Denmark" },
      { "Secretary-General", "2009-08-01", "2014-10-01" },
    } },
  { name = "Jaap de Hoop Scheffer", country = "NATO",
    short = { "de Hoop Scheffer", "De Hoop Scheffer" },
    aliases = {},
    roles = {
      { "Foreign Minister", "2002-07-22", "2003-12", country = "Netherlands" },  -- unsure: end day
      { "Secretary-General", "2004-01-01", "2009-08-01" },
    } },
  { name = "Mark Rutte", country = "NATO", short = { "Rutte" }, aliases = {},
    roles = {
      { "Prime Minister", "2010-10-14", "2024-07-02", country = "Netherlands" },
      { "Secretary-General", "2024-10-01", nil },
    } },
  -- New Zealand
  -- A general election was due in late 2026: check the government from then.
  { name = "Helen Clark", country = "New Zealand", short = { "Clark" }, aliases = {},
    roles = {
      { "Prime Minister", "1999-12-10", "2008-11-19" },
      { "Foreign Minister", "2008-08-29", "2008-11-19" },  -- acting, after Peters stood down
    } },
  { name = "Phil Goff", country = "New Zealand", short = { "Goff" }, aliases = {},
    roles = { { "Foreign Minister", "1999-12-10", "2005-10-19" } } },
  { name = "Winston Peters", country = "New Zealand", short = { "Peters" }, aliases = {},
    roles = {
      { "Foreign Minister", "2005-10-19", "2008-08-29" },  -- stood down
      { "Foreign Minister", "2017-10-26", "2020-11-06" },
      { "Foreign Minister", "2023-11-27", nil },
    } },
  { name = "John Key", country = "New Zealand", short = { "Key" }, aliases = {},
    roles = { { "Prime Minister", "2008-11-19", "2016-12-12" } } },
  { name = "Murray McCully", country = "New Zealand", short = { "McCully" }, aliases = {},
    roles = { { "Foreign Minister", "2008-11-19", "2017-05-02" } } },
  { name = "Bill English", country = "New Zealand", short = { "English" }, aliases = {},
    roles = { { "Prime Minister", "2016-12-12", "2017-10-26" } } },
  { name = "Gerry Brownlee", country = "New Zealand", short = { "Brownlee" }, aliases = {},
    roles = { { "Foreign Minister", "2017-05-02", "2017-10-26" } } },
  { name = "Jacinda Ardern", country = "New Zealand", short = { "Ardern" }, aliases = {},
    roles = { { "Prime Minister", "2017-10-26", "2023-01-25" } } },
  { name = "Nanaia Mahuta", country = "New Zealand", short = { "Mahuta" }, aliases = {},
    roles = { { "Foreign Minister", "2020-11-06", "2023-11-27" } } },
  { name = "Chris Hipkins", country = "New Zealand", short = { "Hipkins" }, aliases = {},
    roles = { { "Prime Minister", "2023-01-25", "2023-11-27" } } },
  { name = "Christopher Luxon", country = "New Zealand", short = { "Luxon" },
    aliases = { "Chris Luxon" },
    roles = { { "Prime Minister", "2023-11-27", nil } } },
  -- United Nations
  -- Ban Ki-moon, Secretary-General 2007-01-01 to 2016-12-31, has his one entry in
  -- g20_asia_pacific.lua (South Korea, foreign minister): his role here belongs there.
  { name = "Antonio Guterres", country = "United Nations", short = { "Guterres" },
    aliases = { "António Guterres" },
    roles = {
      { "Prime Minister", "1995-10-28", "2002-04-06", country = "Portugal" },
      { "Secretary-General", "2017-01-01", nil },  -- second term ends 2026-12-31
    } },
  { name = "Kofi Annan", country = "United Nations", short = { "Annan" }, aliases = {},
    roles = { { "Secretary-General", "1997-01-01", "2006-12-31" } } },
}
