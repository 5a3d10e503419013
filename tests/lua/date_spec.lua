-- date_spec.lua: parley.date, calendar arithmetic on partial ISO dates
-- (bindings/date_lua.c over core/calendar.c): exact values of every
-- function, across month and year ends, and the errors bad input raises.
local h = require "helper"
local parley = require "parley"
local date = parley.date

-- The message a call of date.NAME(...) raises, without its position. The
-- call is compiled with the name written out, as a rule would write it, so
-- Lua names the function in the message.
local function raises(name, ...)
  local call = assert(load("local date = ... return function(...) return date." .. name
    .. "(...) end"))(date)
  return h.raises(call, ...)
end

describe("parley.date.parse", function()
  it("returns year, month, day and the precision", function()
    assert.are.same({ 2017, 11, 11, "day" }, { date.parse("2017-11-11") })
    assert.are.same({ 2017, 7, nil, "month", n = 4 }, table.pack(date.parse("2017-07")))
    assert.are.same({ 2017, nil, nil, "year", n = 4 }, table.pack(date.parse("2017")))
  end)

  it("returns nothing for what is not a partial ISO date", function()
    for _, s in ipairs { "2017-13", "2017-02-29", "2017-7", "17", "", "2017-07-08x", "July" } do
      assert.are.equal(0, select("#", date.parse(s)), s)
    end
  end)

  it("raises on a value that is not a string", function()
    assert.are.equal("bad argument #1 to 'parse' (string expected, got table)", raises("parse", {}))
  end)
end)

describe("parley.date.iso", function()
  it("writes a date of the precision its arguments have", function()
    assert.are.equal("2017", date.iso(2017))
    assert.are.equal("2017-07", date.iso(2017, 7))
    assert.are.equal("2017-07-08", date.iso(2017, 7, 8))
    assert.are.equal("0005-01-09", date.iso(5, 1, 9))
    assert.are.equal("2024-02-29", date.iso(2024, 2, 29))
  end)

  it("returns nothing for a date that does not exist", function()
    local bad = { { 2017, 2, 29 }, { 2017, 13 }, { 2017, 0, 5 }, { 0 }, { 10000 }, { 2017, 4, 31 },
                  { 2017, -1 }, { 2017, 7, -1 } }
    for _, args in ipairs(bad) do
      assert.are.equal(0, select("#", date.iso(table.unpack(args))), table.concat(args, "-"))
    end
  end)

  it("raises on a year that is not an integer", function()
    assert.are.equal("bad argument #1 to 'iso' (number has no integer representation)",
                     raises("iso", 2017.5))
  end)
end)

describe("parley.date.days and from_days", function()
  it("count days from 1970-01-01", function()
    assert.are.equal(0, date.days("1970-01-01"))
    assert.are.equal(-1, date.days("1969-12-31"))
    assert.are.equal(17481, date.days("2017-11-11"))
    assert.are.equal(-719162, date.days("0001-01-01"))
    assert.are.equal("1970-01-01", date.from_days(0))
    assert.are.equal("2017-11-11", date.from_days(17481))
    assert.are.equal("9999-12-31", date.from_days(2932896))
  end)

  it("round-trip over every day of 2016 and 2017", function()
    local z = date.days("2016-01-01")
    for i = 0, 730 do assert.are.equal(z + i, date.days(date.from_days(z + i))) end
    assert.are.equal("2017-12-31", date.from_days(z + 730))
  end)

  it("raise outside years 1..9999 and on partial dates", function()
    assert.are.equal("date out of range (years 1..9999)", raises("from_days", -719163))
    assert.are.equal("date out of range (years 1..9999)", raises("from_days", 2932897))
    assert.are.equal("date out of range (years 1..9999)", raises("from_days", math.maxinteger))
    assert.are.equal("date out of range (years 1..9999)", raises("from_days", math.mininteger))
    assert.are.equal("bad argument #1 to 'days' ('2017-11' needs a day)", raises("days", "2017-11"))
    assert.are.equal("bad argument #1 to 'days' ('Saturday' is not a date)",
                     raises("days", "Saturday"))
  end)
end)

describe("parley.date.weekday", function()
  it("is ISO: 1 = Monday ... 7 = Sunday", function()
    assert.are.equal(6, date.weekday("2017-11-11"))
    assert.are.equal(6, date.weekday("2000-01-01"))
    assert.are.equal(4, date.weekday("2024-02-29"))
    assert.are.equal(7, date.weekday("2017-11-12"))
    assert.are.equal(1, date.weekday("2017-11-13"))
  end)

  it("needs a full date", function()
    assert.are.equal("bad argument #1 to 'weekday' ('2017' needs a day)", raises("weekday", "2017"))
  end)
end)

describe("parley.date.add", function()
  it("moves by days across month and year ends", function()
    assert.are.equal("2018-01-01", date.add("2017-12-31", 1))
    assert.are.equal("2017-12-31", date.add("2018-01-01", -1))
    assert.are.equal("2017-02-28", date.add("2017-03-01", -1))
    assert.are.equal("2024-02-29", date.add("2024-03-01", -1))
    assert.are.equal("2018-01-31", date.add("2017-01-31", 365))
    assert.are.equal("2017-11-11", date.add("2017-11-11", 0))
  end)

  it("raises past the years it can write, however far", function()
    assert.are.equal("date out of range (years 1..9999)", raises("add", "9999-12-31", 1))
    assert.are.equal("date out of range (years 1..9999)", raises("add", "0001-01-01", -1))
    assert.are.equal("date out of range (years 1..9999)", raises("add", "2017-11-11", math.maxinteger))
    assert.are.equal("date out of range (years 1..9999)", raises("add", "2017-11-11", math.mininteger))
    assert.are.equal("bad argument #2 to 'add' (number expected, got no value)",
                     raises("add", "2017-11-11"))
  end)
end)

describe("parley.date.add_months", function()
  it("moves by months across year ends, keeping the precision", function()
    assert.are.equal("2018-01-15", date.add_months("2017-12-15", 1))
    assert.are.equal("2016-12", date.add_months("2017-01", -1))
    assert.are.equal("2015-12", date.add_months("2017-01", -13))
    assert.are.equal("2019-03", date.add_months("2017-03", 24))
  end)

  it("clamps the day to the new month's last day", function()
    assert.are.equal("2017-02-28", date.add_months("2017-01-31", 1))
    assert.are.equal("2024-02-29", date.add_months("2024-01-31", 1))
    assert.are.equal("2017-02-28", date.add_months("2017-03-31", -1))
    assert.are.equal("2017-04-30", date.add_months("2017-03-31", 1))
  end)

  it("raises on a year, or past the years it can write", function()
    assert.are.equal("bad argument #1 to 'add_months' ('2017' needs a month)",
                     raises("add_months", "2017", 1))
    assert.are.equal("date out of range (years 1..9999)", raises("add_months", "0001-01", -1))
    assert.are.equal("date out of range (years 1..9999)", raises("add_months", "9999-12-01", 1))
    assert.are.equal("date out of range (years 1..9999)",
                     raises("add_months", "2017-01", math.maxinteger))
    assert.are.equal("date out of range (years 1..9999)",
                     raises("add_months", "2017-01", 2 ^ 32 + 1 | 0))
  end)
end)

describe("parley.date.weekday_before and weekday_after", function()
  it("find the weekday on or before a date, or strictly before", function()
    assert.are.equal("2017-11-11", date.weekday_before("2017-11-11", 6))
    assert.are.equal("2017-11-04", date.weekday_before("2017-11-11", 6, true))
    assert.are.equal("2017-11-07", date.weekday_before("2017-11-11", 2))
    assert.are.equal("2017-11-07", date.weekday_before("2017-11-11", 2, true))
    assert.are.equal("2016-12-30", date.weekday_before("2017-01-02", 5))
    assert.are.equal("2017-11-11", date.weekday_before("2017-11-11", 6, false))
  end)

  it("find the weekday on or after a date, or strictly after", function()
    assert.are.equal("2017-11-11", date.weekday_after("2017-11-11", 6))
    assert.are.equal("2017-11-18", date.weekday_after("2017-11-11", 6, true))
    assert.are.equal("2017-11-12", date.weekday_after("2017-11-11", 7))
    assert.are.equal("2018-01-01", date.weekday_after("2017-12-29", 1))
    assert.are.equal("2024-02-29", date.weekday_after("2024-02-27", 4))
  end)

  it("raise on a weekday outside 1..7 and past the years they can write", function()
    local msg = "bad argument #2 to 'weekday_before' (weekday must be 1 (Monday) .. 7 (Sunday))"
    assert.are.equal(msg, raises("weekday_before", "2017-11-11", 0))
    assert.are.equal(msg:gsub("before", "after"), raises("weekday_after", "2017-11-11", 8))
    assert.are.equal("bad argument #1 to 'weekday_after' ('2017-11' needs a day)",
                     raises("weekday_after", "2017-11", 1))
    assert.are.equal("date out of range (years 1..9999)", raises("weekday_before", "0001-01-01", 7))
    assert.are.equal("date out of range (years 1..9999)",
                     raises("weekday_after", "9999-12-31", 5, true))
  end)
end)

describe("parley.date.days_in_month", function()
  it("knows month lengths and leap years", function()
    assert.are.equal(28, date.days_in_month(2017, 2))
    assert.are.equal(29, date.days_in_month(2000, 2))
    assert.are.equal(28, date.days_in_month(1900, 2))
    assert.are.equal(29, date.days_in_month(2024, 2))
    assert.are.equal(31, date.days_in_month(2017, 12))
    assert.are.equal(30, date.days_in_month(2017, 4))
  end)

  it("raises on a month or year that does not exist", function()
    assert.are.equal("bad argument #2 to 'days_in_month' (month must be 1..12)",
                     raises("days_in_month", 2017, 13))
    assert.are.equal("bad argument #2 to 'days_in_month' (month must be 1..12)",
                     raises("days_in_month", 2017, 2 ^ 32 + 1 | 0))
    assert.are.equal("bad argument #1 to 'days_in_month' (year must be 1..9999)",
                     raises("days_in_month", 0, 1))
  end)
end)

describe("parley.date.compatible", function()
  it("is true when one date refines the other", function()
    assert.is_true(date.compatible("2017-07", "2017-07-08"))
    assert.is_true(date.compatible("2017-07-08", "2017-07"))
    assert.is_true(date.compatible("2017", "2017-12-31"))
    assert.is_true(date.compatible("2017-07", "2017-07"))
  end)

  it("is false when they contradict", function()
    assert.is_false(date.compatible("2017-07", "2017-08"))
    assert.is_false(date.compatible("2017-07-08", "2017-07-09"))
    assert.is_false(date.compatible("2017", "2018-01"))
    assert.is_false(date.compatible("2017-01", "2017-10-01"))
  end)

  it("raises on what is not a date", function()
    assert.are.equal("bad argument #1 to 'compatible' ('' is not a date)",
                     raises("compatible", "", "2017"))
    assert.are.equal("bad argument #2 to 'compatible' ('2017-1' is not a date)",
                     raises("compatible", "2017-12", "2017-1"))
  end)
end)
