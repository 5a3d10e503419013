/* date_lua.c: parley.date, calendar arithmetic on partial ISO dates for the
 * date rules (core/calendar.h). Bad input raises: these are checks of the
 * rule's own logic, not of the world. Weekdays are ISO: 1 = Monday ...
 * 7 = Sunday. */
#include <string.h>

#include "calendar.h"
#include "plb.h"

/* Parse the ISO date argument; raise unless it has at least `need`
 * precision. Returns the precision. */
static int check_date(lua_State *L, int arg, int need, int *y, int *m, int *d) {
  const char *s = luaL_checkstring(L, arg);
  int p = pl_date_parse(s, y, m, d);
  if (p == PL_DATE_INVALID) luaL_argerror(L, arg, lua_pushfstring(L, "'%s' is not a date", s));
  if (p < need)
    luaL_argerror(L, arg, lua_pushfstring(L, "'%s' needs a %s", s, need == PL_DATE_DAY ? "day" : "month"));
  return p;
}

static int push_date(lua_State *L, int precision, int y, int m, int d) {
  char buf[16];
  lua_pushstring(L, pl_date_format(buf, precision, y, m, d));
  return 1;
}

/* Day numbers of 0001-01-01 and 9999-12-31, the dates parley writes. */
#define FIRST_DAY (-719162)
#define LAST_DAY 2932896

/* Checked before any arithmetic: day numbers and counts from Lua can be
 * anything up to 2^63, where the calendar's sums would overflow. */
static int out_of_range(lua_State *L) {
  return luaL_error(L, "date out of range (years 1..9999)");
}

static int push_days(lua_State *L, int64_t z) {
  if (z < FIRST_DAY || z > LAST_DAY) return out_of_range(L);
  int y, m, d;
  pl_civil_from_days(z, &y, &m, &d);
  return push_date(L, PL_DATE_DAY, y, m, d);
}

/* parley.date.parse(s) -> year, month|nil, day|nil, precision ("day",
 * "month" or "year"); nil if s is not a partial ISO date */
static int l_parse(lua_State *L) {
  int y, m, d, p = pl_date_parse(luaL_checkstring(L, 1), &y, &m, &d);
  if (p == PL_DATE_INVALID) return 0;
  static const char *const names[] = {"", "year", "month", "day"};
  lua_pushinteger(L, y);
  if (m) lua_pushinteger(L, m);
  else lua_pushnil(L);
  if (d) lua_pushinteger(L, d);
  else lua_pushnil(L);
  lua_pushstring(L, names[p]);
  return 4;
}

/* parley.date.iso(y [, m [, d]]) -> "YYYY[-MM[-DD]]"; nil if not a real date */
static int l_iso(lua_State *L) {
  lua_Integer y = luaL_checkinteger(L, 1), m = luaL_optinteger(L, 2, 0), d = luaL_optinteger(L, 3, 0);
  if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 || (d && !m)) return 0;
  if (d > pl_days_in_month((int)y, (int)m)) return 0;
  return push_date(L, d ? PL_DATE_DAY : m ? PL_DATE_MONTH : PL_DATE_YEAR, (int)y, (int)m, (int)d);
}

/* parley.date.days(s) -> day number (days since 1970-01-01) of a full date */
static int l_days(lua_State *L) {
  int y, m, d;
  check_date(L, 1, PL_DATE_DAY, &y, &m, &d);
  lua_pushinteger(L, (lua_Integer)pl_days_from_civil(y, m, d));
  return 1;
}

/* parley.date.from_days(n) -> "YYYY-MM-DD" */
static int l_from_days(lua_State *L) { return push_days(L, (int64_t)luaL_checkinteger(L, 1)); }

/* parley.date.weekday(s) -> 1 (Monday) .. 7 (Sunday) */
static int l_weekday(lua_State *L) {
  int y, m, d;
  check_date(L, 1, PL_DATE_DAY, &y, &m, &d);
  lua_pushinteger(L, pl_weekday(y, m, d));
  return 1;
}

/* parley.date.add(s, days) -> the full date `days` later (or earlier) */
static int l_add(lua_State *L) {
  int y, m, d;
  check_date(L, 1, PL_DATE_DAY, &y, &m, &d);
  lua_Integer n = luaL_checkinteger(L, 2);
  if (n < FIRST_DAY - LAST_DAY || n > LAST_DAY - FIRST_DAY) return out_of_range(L);
  return push_days(L, pl_days_from_civil(y, m, d) + n);
}

/* parley.date.add_months(s, n) -> s moved by n months, keeping its precision
 * (a day past the new month's end becomes its last day) */
static int l_add_months(lua_State *L) {
  int y, m, d, p = check_date(L, 1, PL_DATE_MONTH, &y, &m, &d);
  lua_Integer n = luaL_checkinteger(L, 2);
  if (n < -120000 || n > 120000) return out_of_range(L);
  pl_add_months(&y, &m, (int)n);
  if (y < 1 || y > 9999) return out_of_range(L);
  if (d > pl_days_in_month(y, m)) d = pl_days_in_month(y, m);
  return push_date(L, p, y, m, d);
}

/* parley.date.weekday_before(s, wd [, strict]) -> the latest weekday wd on
 * or before s (strictly before with strict = true); "met on Tuesday" */
static int l_weekday_before(lua_State *L) {
  int y, m, d;
  check_date(L, 1, PL_DATE_DAY, &y, &m, &d);
  lua_Integer wd = luaL_checkinteger(L, 2);
  luaL_argcheck(L, wd >= 1 && wd <= 7, 2, "weekday must be 1 (Monday) .. 7 (Sunday)");
  int back = (pl_weekday(y, m, d) - (int)wd + 7) % 7;
  if (back == 0 && lua_toboolean(L, 3)) back = 7;
  return push_days(L, pl_days_from_civil(y, m, d) - back);
}

/* parley.date.weekday_after(s, wd [, strict]) -> the first weekday wd on or
 * after s (strictly after with strict = true); "will meet on Tuesday" */
static int l_weekday_after(lua_State *L) {
  int y, m, d;
  check_date(L, 1, PL_DATE_DAY, &y, &m, &d);
  lua_Integer wd = luaL_checkinteger(L, 2);
  luaL_argcheck(L, wd >= 1 && wd <= 7, 2, "weekday must be 1 (Monday) .. 7 (Sunday)");
  int ahead = ((int)wd - pl_weekday(y, m, d) + 7) % 7;
  if (ahead == 0 && lua_toboolean(L, 3)) ahead = 7;
  return push_days(L, pl_days_from_civil(y, m, d) + ahead);
}

/* parley.date.days_in_month(y, m) -> 28..31 */
static int l_days_in_month(lua_State *L) {
  lua_Integer y = luaL_checkinteger(L, 1), m = luaL_checkinteger(L, 2);
  luaL_argcheck(L, y >= 1 && y <= 9999, 1, "year must be 1..9999");
  luaL_argcheck(L, m >= 1 && m <= 12, 2, "month must be 1..12");
  lua_pushinteger(L, pl_days_in_month((int)y, (int)m));
  return 1;
}

/* parley.date.compatible(a, b) -> true when one partial date refines the
 * other ("2017-07" and "2017-07-08") or they are equal, false when they
 * contradict; raises if either is not a partial ISO date */
static int l_compatible(lua_State *L) {
  int y, m, d;
  check_date(L, 1, PL_DATE_YEAR, &y, &m, &d);
  check_date(L, 2, PL_DATE_YEAR, &y, &m, &d);
  size_t na, nb;
  const char *a = lua_tolstring(L, 1, &na), *b = lua_tolstring(L, 2, &nb);
  /* valid partial dates: one refines the other iff it starts with it */
  lua_pushboolean(L, strncmp(a, b, na < nb ? na : nb) == 0);
  return 1;
}

static const luaL_Reg date_functions[] = {
    {"parse", l_parse},         {"iso", l_iso},
    {"days", l_days},           {"from_days", l_from_days},
    {"weekday", l_weekday},     {"add", l_add},
    {"add_months", l_add_months}, {"weekday_before", l_weekday_before},
    {"weekday_after", l_weekday_after}, {"days_in_month", l_days_in_month},
    {"compatible", l_compatible}, {NULL, NULL}};

void plb_open_date(lua_State *L) {
  luaL_newlib(L, date_functions);
}
