/* calendar.c: day numbers by Howard Hinnant's civil-from-days algorithms
 * (public-domain descriptions of the proleptic Gregorian calendar; written
 * here from the arithmetic, era-based so no loop is needed). Never calls
 * Lua. */
#include "calendar.h"

#include <stdio.h>

int64_t pl_days_from_civil(int y, int m, int d) {
  int64_t yy = y - (m <= 2);
  int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  int64_t yoe = yy - era * 400;                         /* [0, 399] */
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1; /* [0, 365] */
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  /* [0, 146096] */
  return era * 146097 + doe - 719468;
}

void pl_civil_from_days(int64_t z, int *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int pl_weekday(int y, int m, int d) {
  int64_t z = pl_days_from_civil(y, m, d);
  /* 1970-01-01 was a Thursday (4) */
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return (int)w + 1;
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int pl_days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return days[m - 1] + (m == 2 && is_leap(y));
}

static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int pl_date_parse(const char *s, int *y, int *m, int *d) {
  *y = *m = *d = 0;
  int yy = digits(s, 4);
  if (yy < 1) return PL_DATE_INVALID;
  if (s[4] == '\0') {
    *y = yy;
    return PL_DATE_YEAR;
  }
  if (s[4] != '-') return PL_DATE_INVALID;
  int mm = digits(s + 5, 2);
  if (mm < 1 || mm > 12) return PL_DATE_INVALID;
  if (s[7] == '\0') {
    *y = yy;
    *m = mm;
    return PL_DATE_MONTH;
  }
  if (s[7] != '-') return PL_DATE_INVALID;
  int dd = digits(s + 8, 2);
  if (dd < 1 || dd > pl_days_in_month(yy, mm) || s[10] != '\0') return PL_DATE_INVALID;
  *y = yy;
  *m = mm;
  *d = dd;
  return PL_DATE_DAY;
}

char *pl_date_format(char *buf, int precision, int y, int m, int d) {
  /* the parts are clamped to their ranges, so 10 bytes always suffice */
  unsigned yy = (unsigned)y % 10000, mm = (unsigned)m % 100, dd = (unsigned)d % 100;
  if (precision >= PL_DATE_DAY) snprintf(buf, 11, "%04u-%02u-%02u", yy, mm, dd);
  else if (precision == PL_DATE_MONTH) snprintf(buf, 11, "%04u-%02u", yy, mm);
  else snprintf(buf, 11, "%04u", yy);
  return buf;
}

void pl_add_months(int *y, int *m, int n) {
  /* Months since year 0, floored so that months before it still give
   * 1..12 (C's division truncates towards zero). 64 bits: no overflow for
   * any int n and the years a date can have. */
  int64_t total = (int64_t)*y * 12 + (*m - 1) + n;
  int64_t yy = total >= 0 ? total / 12 : -((-total + 11) / 12);
  *y = (int)yy;
  *m = (int)(total - yy * 12) + 1;
}
