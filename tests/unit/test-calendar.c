/* test-calendar.c: proleptic Gregorian arithmetic (core/calendar.c): day
 * numbers both ways over two centuries day by day, weekdays, leap years,
 * month lengths, parsing and writing partial ISO dates, month arithmetic. */
#include <stdint.h>

#include "calendar.h"
#include "runner.h"

/* ---- day numbers ------------------------------------------------------------- */

TEST(epoch_and_known_day_numbers) {
  ASSERT_EQ_INT(0, pl_days_from_civil(1970, 1, 1));
  ASSERT_EQ_INT(-1, pl_days_from_civil(1969, 12, 31));
  ASSERT_EQ_INT(10957, pl_days_from_civil(2000, 1, 1));
  ASSERT_EQ_INT(17481, pl_days_from_civil(2017, 11, 11));
  ASSERT_EQ_INT(-25567, pl_days_from_civil(1900, 1, 1));
  ASSERT_EQ_INT(-719162, pl_days_from_civil(1, 1, 1));
  ASSERT_EQ_INT(2932896, pl_days_from_civil(9999, 12, 31));
  int y, m, d;
  pl_civil_from_days(-719162, &y, &m, &d);
  ASSERT_EQ_INT(1, y);
  ASSERT_EQ_INT(1, m);
  ASSERT_EQ_INT(1, d);
  pl_civil_from_days(2932896, &y, &m, &d);
  ASSERT_EQ_INT(9999, y);
  ASSERT_EQ_INT(12, m);
  ASSERT_EQ_INT(31, d);
}

/* Walk every day from 1900-01-01 to 2100-12-31 by hand (incrementing the
 * day and rolling over months and years) and check both conversions
 * against the walk: consecutive numbers, and the way back. */
TEST(every_day_from_1900_to_2100_round_trips) {
  int y = 1900, m = 1, d = 1, days = 0;
  int64_t z = pl_days_from_civil(1900, 1, 1);
  while (y <= 2100) {
    if (pl_days_from_civil(y, m, d) != z)
      TEST_FAIL_("%04d-%02d-%02d: expected day %lld, got %lld", y, m, d, (long long)z,
                 (long long)pl_days_from_civil(y, m, d));
    int yy, mm, dd;
    pl_civil_from_days(z, &yy, &mm, &dd);
    if (yy != y || mm != m || dd != d)
      TEST_FAIL_("day %lld: expected %04d-%02d-%02d, got %04d-%02d-%02d", (long long)z, y, m,
                 d, yy, mm, dd);
    z++;
    days++;
    if (++d > pl_days_in_month(y, m)) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
  }
  /* 201 years, of which 49 leap years (1900 and 2100 are not) */
  ASSERT_EQ_INT(201 * 365 + 49, days);
  ASSERT_EQ_INT(pl_days_from_civil(2101, 1, 1), z);
}

TEST(round_trips_far_from_the_epoch) {
  static const int64_t zs[] = {-719162, -500000, -1, 0, 1, 59, 60, 1000000, 2932896};
  for (size_t i = 0; i < sizeof zs / sizeof zs[0]; i++) {
    int y, m, d;
    pl_civil_from_days(zs[i], &y, &m, &d);
    ASSERT_EQ_INT(zs[i], pl_days_from_civil(y, m, d));
  }
}

/* ---- weekdays, leap years, month lengths -------------------------------------- */

TEST(known_weekdays) {
  ASSERT_EQ_INT(6, pl_weekday(2017, 11, 11)); /* Saturday */
  ASSERT_EQ_INT(6, pl_weekday(2000, 1, 1));   /* Saturday */
  ASSERT_EQ_INT(4, pl_weekday(2024, 2, 29));  /* Thursday */
  ASSERT_EQ_INT(4, pl_weekday(1970, 1, 1));   /* Thursday */
  ASSERT_EQ_INT(3, pl_weekday(1969, 12, 31)); /* Wednesday */
  ASSERT_EQ_INT(1, pl_weekday(1900, 1, 1));   /* Monday */
  ASSERT_EQ_INT(7, pl_weekday(2017, 11, 12)); /* Sunday */
  ASSERT_EQ_INT(1, pl_weekday(1, 1, 1));      /* Monday, proleptic */
}

TEST(weekdays_follow_each_other) {
  int prev = pl_weekday(1899, 12, 31);
  for (int64_t z = pl_days_from_civil(1900, 1, 1); z < pl_days_from_civil(2101, 1, 1); z++) {
    int y, m, d;
    pl_civil_from_days(z, &y, &m, &d);
    int w = pl_weekday(y, m, d);
    ASSERT_TRUE(w >= 1 && w <= 7);
    ASSERT_EQ_INT(prev % 7 + 1, w);
    prev = w;
  }
}

TEST(leap_years_and_month_lengths) {
  ASSERT_EQ_INT(28, pl_days_in_month(1900, 2)); /* divisible by 100 */
  ASSERT_EQ_INT(29, pl_days_in_month(2000, 2)); /* divisible by 400 */
  ASSERT_EQ_INT(29, pl_days_in_month(2024, 2));
  ASSERT_EQ_INT(28, pl_days_in_month(2023, 2));
  ASSERT_EQ_INT(28, pl_days_in_month(2100, 2));
  static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int m = 1; m <= 12; m++) ASSERT_EQ_INT(lengths[m - 1], pl_days_in_month(2017, m));
  ASSERT_EQ_INT(0, pl_days_in_month(2017, 0));
  ASSERT_EQ_INT(0, pl_days_in_month(2017, 13));
  ASSERT_EQ_INT(0, pl_days_in_month(2017, -1));
}

/* ---- parsing and writing -------------------------------------------------------- */

static void expect_parse(const char *s, int want_p, int wy, int wm, int wd) {
  int y = -1, m = -1, d = -1;
  int p = pl_date_parse(s, &y, &m, &d);
  if (p != want_p || y != wy || m != wm || d != wd)
    TEST_FAIL_("pl_date_parse(\"%s\"): expected %d (%d, %d, %d), got %d (%d, %d, %d)", s,
               want_p, wy, wm, wd, p, y, m, d);
}

TEST(date_parse_precisions) {
  expect_parse("2017", PL_DATE_YEAR, 2017, 0, 0);
  expect_parse("2017-07", PL_DATE_MONTH, 2017, 7, 0);
  expect_parse("2017-07-08", PL_DATE_DAY, 2017, 7, 8);
  expect_parse("2024-02-29", PL_DATE_DAY, 2024, 2, 29);
  expect_parse("0001", PL_DATE_YEAR, 1, 0, 0);
  expect_parse("9999-12-31", PL_DATE_DAY, 9999, 12, 31);
}

TEST(date_parse_rejections) {
  static const char *const bad[] = {
      "2017-13", "2017-00", "2017-02-29", "1900-02-29", "2017-04-31", "2017-07-00", "2017-7",
      "2017-07-8", "17", "", "0000", "2017-", "2017-07-", "2017-07-08x", "2017x", "2017-07x",
      "-2017", "+2017", "2017/07/08", "20170708", "2017-07-08 ", " 2017", "２０１７", NULL};
  for (int i = 0; bad[i]; i++) expect_parse(bad[i], PL_DATE_INVALID, 0, 0, 0);
}

TEST(date_format_by_precision) {
  char buf[11];
  ASSERT_EQ_STR("2017-11-11", pl_date_format(buf, PL_DATE_DAY, 2017, 11, 11));
  ASSERT_EQ_STR("2017-11", pl_date_format(buf, PL_DATE_MONTH, 2017, 11, 11));
  ASSERT_EQ_STR("2017", pl_date_format(buf, PL_DATE_YEAR, 2017, 11, 11));
  ASSERT_EQ_STR("0005-01-09", pl_date_format(buf, PL_DATE_DAY, 5, 1, 9));
  ASSERT_EQ_STR("9999-12", pl_date_format(buf, PL_DATE_MONTH, 9999, 12, 0));
  ASSERT_TRUE(pl_date_format(buf, PL_DATE_YEAR, 2017, 0, 0) == buf);
}

TEST(date_format_and_parse_agree) {
  char buf[11];
  for (int64_t z = pl_days_from_civil(1999, 12, 1); z < pl_days_from_civil(2001, 3, 1); z++) {
    int y, m, d, py, pm, pd;
    pl_civil_from_days(z, &y, &m, &d);
    ASSERT_EQ_INT(PL_DATE_DAY, pl_date_parse(pl_date_format(buf, PL_DATE_DAY, y, m, d), &py,
                                             &pm, &pd));
    ASSERT_EQ_INT(z, pl_days_from_civil(py, pm, pd));
  }
}

/* ---- months ---------------------------------------------------------------------- */

static void expect_add_months(int y, int m, int n, int wy, int wm) {
  int yy = y, mm = m;
  pl_add_months(&yy, &mm, n);
  if (yy != wy || mm != wm)
    TEST_FAIL_("%04d-%02d %+d months: expected %04d-%02d, got %04d-%02d", y, m, n, wy, wm, yy,
               mm);
}

TEST(add_months_across_year_ends) {
  expect_add_months(2017, 11, 0, 2017, 11);
  expect_add_months(2017, 11, 1, 2017, 12);
  expect_add_months(2017, 11, 2, 2018, 1);
  expect_add_months(2017, 12, 1, 2018, 1);
  expect_add_months(2017, 1, 12, 2018, 1);
  expect_add_months(2017, 1, 23, 2018, 12);
  expect_add_months(2017, 1, 24, 2019, 1);
  expect_add_months(2017, 6, 1200, 2117, 6);
}

TEST(add_months_negative) {
  expect_add_months(2017, 1, -1, 2016, 12);
  expect_add_months(2017, 3, -2, 2017, 1);
  expect_add_months(2017, 3, -3, 2016, 12);
  expect_add_months(2017, 1, -12, 2016, 1);
  expect_add_months(2017, 1, -13, 2015, 12);
  expect_add_months(2017, 12, -24, 2015, 12);
  expect_add_months(1, 1, -1, 0, 12);
  expect_add_months(1, 1, -13, -1, 12);
  expect_add_months(1, 3, -15, -1, 12);
}

TEST(add_months_there_and_back) {
  for (int n = -40; n <= 40; n++) {
    int y = 2017, m = 5;
    pl_add_months(&y, &m, n);
    ASSERT_TRUE(m >= 1 && m <= 12);
    pl_add_months(&y, &m, -n);
    ASSERT_EQ_INT(2017, y);
    ASSERT_EQ_INT(5, m);
  }
}

TEST_MAIN(T(epoch_and_known_day_numbers), T(every_day_from_1900_to_2100_round_trips),
          T(round_trips_far_from_the_epoch), T(known_weekdays), T(weekdays_follow_each_other),
          T(leap_years_and_month_lengths), T(date_parse_precisions), T(date_parse_rejections),
          T(date_format_by_precision), T(date_format_and_parse_agree),
          T(add_months_across_year_ends), T(add_months_negative),
          T(add_months_there_and_back))
