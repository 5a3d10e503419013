-- abbreviations.lua: the words that steer sentence splitting in news English.
-- Data only; scripts/rules/00_segmenter.lua hands it to the C segmenter.
-- Entries are matched case-sensitively and without their final period
-- ("Mr" matches "Mr."). Dotted forms such as "U.S" or "a.m" are treated as
-- general abbreviations even when not listed; they are listed for clarity.
-- Keep one quoted word per entry: tests/unit/test-segment.c reads this file.
--
--   title    never ends a sentence: a name always follows ("Mr. Xi").
--   number   does not end a sentence before a digit ("No. 5", "Art. 9").
--   general  ends a sentence only when the next word is one of `starters`
--            ("in the U.S. The talks" ends, "U.S. President" does not).
--   starters capitalised words that usually begin a sentence, and rarely
--            follow a general abbreviation inside one.
--
-- A listed word only matters before a capitalised word: before a lower-case
-- one no period ends a sentence anyway. So lower-case units that end
-- sentences ("5 mln.") are left out, and "mln" is not here.
-- Left out on purpose: "May" (a full word, never an abbreviation); "Sun"
-- (a newspaper's name as often as Sunday). "St" is general, not a title,
-- because it is also "Street" at a sentence's end. "Sec" is a title: as
-- "Secretary" a name follows, as "Section" a number, and it hardly ever
-- ends a sentence.

return {
  title = {
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs",
    "Prof", "Profs", "Rev", "Msgr", "Fr", "Hon", "Rt", "Pres", "Amb", "Gov",
    "Govs", "Sen", "Sens", "Rep", "Reps", "Atty", "Supt", "Insp", "Det",
    "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt",
    "Cpl", "Pvt", "Cmdt", "Sec",
  },

  number = {
    "No", "Nos", "no", "nos", "Nr", "Art", "Arts", "art", "Vol", "Vols",
    "vol", "p", "pp", "Fig", "Figs", "fig", "Sect", "Ch", "Chap",
    "Para", "para", "Pt", "Rm", "Tel", "Ext", "Op",
  },

  general = {
    -- places and bodies written with periods
    "U.S", "U.S.A", "U.N", "U.K", "E.U", "D.C", "N.Y", "L.A",
    -- times
    "a.m", "p.m",
    -- months ("May" is a whole word; June and July are mostly spelled out)
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec",
    -- days of the week, as in "Tue. Nov. 14"
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
    -- companies and names
    "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Esq",
    -- places in addresses
    "St", "Ave", "Blvd", "Rd", "Mt", "Ft",
    -- US states as written in American datelines
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
    "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
    "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
    "Vt", "Wash", "Wis", "Wyo",
    -- running text
    "vs", "etc", "e.g", "i.e", "cf", "al", "approx", "est", "incl", "viz",
    "ca", "Dept", "Univ", "Assn", "Bldg", "Govt", "Intl",
  },

  starters = {
    -- articles, pronouns and determiners
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His",
    "Her", "Its", "Their", "Our", "My", "Your", "This", "That", "These",
    "Those", "There", "Here", "Some", "Many", "Most", "All", "Both", "Each",
    "Every", "Such", "Another", "Other", "Others", "Neither", "Either",
    -- conjunctions and adverbs that open sentences in news copy
    "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Still",
    "Also", "Then", "Thus", "Instead", "Nevertheless", "Moreover",
    "Furthermore", "Indeed", "Separately", "Earlier", "Later", "Now",
    "Today", "Yesterday", "Tomorrow",
    -- prepositions and subordinators
    "In", "On", "At", "As", "By", "For", "From", "With", "Without", "To",
    "Of", "After", "Before", "While", "When", "Where", "Whether", "If",
    "Although", "Though", "Because", "Since", "During", "Despite", "Under",
    "According",
    -- questions
    "What", "Why", "How", "Who", "Which",
    -- titles that open a new sentence about a person
    "Mr", "Mrs", "Ms", "Dr",
  },
}
