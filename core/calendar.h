/* calendar.h: proleptic Gregorian calendar arithmetic for resolving meeting
 * dates ("met on Tuesday" = the latest Tuesday on or before publication).
 * Pure functions on integers and partial ISO dates; no time zones, no
 * clock. Never calls Lua. */
#ifndef PL_CALENDAR_H
#define PL_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

/* Precision of a partial ISO date. */
enum { PL_DATE_INVALID = 0, PL_DATE_YEAR = 1, PL_DATE_MONTH = 2, PL_DATE_DAY = 3 };

/* Days since 1970-01-01 (negative before) of y-m-d; m and d must be valid. */
int64_t pl_days_from_civil(int y, int m, int d);

/* The date of day number z (inverse of pl_days_from_civil). */
void pl_civil_from_days(int64_t z, int *y, int *m, int *d);

/* ISO weekday of y-m-d: 1 = Monday ... 7 = Sunday. */
int pl_weekday(int y, int m, int d);

/* 28..31, or 0 when m is not 1..12. */
int pl_days_in_month(int y, int m);

/* Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1..9999, real months and
 * days). Returns the precision and fills the parts present (the others are
 * set to 0), or PL_DATE_INVALID. */
int pl_date_parse(const char *s, int *y, int *m, int *d);

/* Write y (and m, d as precision asks) as a partial ISO date into buf (at
 * least 11 bytes). Returns buf. */
char *pl_date_format(char *buf, int precision, int y, int m, int d);

/* Add n months (any sign) to y-m (day dropped; callers clamp days
 * themselves). m stays 1..12 also when the year goes below 1; the result
 * year must fit in an int, which it does for |y| < 10^8. */
void pl_add_months(int *y, int *m, int n);

#endif
