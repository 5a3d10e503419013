/* test-meeting.c: meeting records (core/meeting.c, core/record.c): the
 * SCHEMA.md check with its exact messages, attaching meetings to an
 * article with their ids, the meeting record as JSON, and the NDJSON lines
 * of an article with its meetings. */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>

#include "article.h"
#include "meeting.h"
#include "record.h"
#include "runner.h"
#include "segment.h"
#include "testutil.h"

/* Two sentences: [0, 33) and [35, 63). */
#define TEXT "Abe met Xi in Danang on Saturday.\n\nThey agreed to improve ties.\n"

static pl_article *article(void) {
  pl_article *a = NULL;
  pl_diag d;
  if (pl_article_from_memory(TEXT, strlen(TEXT), "meet.txt", NULL, &a, &d) != PL_OK)
    TEST_FAIL_("from_memory: %s", d.msg);
  pl_article_segment(a, NULL);
  ASSERT_EQ_INT(2, a->n_sentences);
  ASSERT_EQ_INT(0, a->sentences[0].start);
  ASSERT_EQ_INT(33, a->sentences[0].stop);
  ASSERT_EQ_INT(35, a->sentences[1].start);
  ASSERT_EQ_INT(63, a->sentences[1].stop);
  return a;
}

/* A meeting with every field set, valid for article(). */
static pl_meeting *full_meeting(void) {
  pl_meeting *m = pl_meeting_new();
  pl_meeting_add_participant(m, "Xi Jinping", "President", "China");
  pl_meeting_add_participant(m, "Shinzo Abe", "Prime Minister", "Japan");
  m->status = pl_xstrdup("held");
  m->date = pl_xstrdup("2017-11-11");
  m->date_precision = pl_xstrdup("day");
  m->date_text = pl_xstrdup("on Saturday");
  m->place = pl_xstrdup("Danang");
  m->country = pl_xstrdup("Vietnam");
  m->occasion = pl_xstrdup("APEC");
  m->format = pl_xstrdup("in_person");
  m->has_duration = 1;
  m->duration_min = 40;
  pl_meeting_add_topic(m, "north_korea");
  pl_meeting_add_topic(m, "trade_economy");
  pl_meeting_add_quote(m, "Xi Jinping", "a new start");
  pl_meeting_add_quote(m, NULL, "ties \"improve\"");
  m->main = 1;
  pl_meeting_add_evidence(m, 0, 0, 33);
  pl_meeting_add_evidence(m, 1, 35, 63);
  return m;
}

/* Replace the string *field of a meeting (NULL clears it). */
static void set(char **field, const char *v) {
  free(*field);
  *field = v ? pl_xstrdup(v) : NULL;
}

static void expect_valid(const pl_meeting *m, const pl_article *a) {
  pl_diag d = {0};
  int rc = pl_meeting_check(m, a, &d);
  if (rc != PL_OK) TEST_FAIL_("expected a valid meeting, got %d: %s", rc, d.msg);
}

static void expect_invalid(const pl_meeting *m, const pl_article *a, const char *msg) {
  pl_diag d = {0};
  ASSERT_EQ_INT(PL_EINVAL, pl_meeting_check(m, a, &d));
  ASSERT_EQ_INT(PL_EINVAL, d.code);
  ASSERT_EQ_STR("meet.txt", d.path);
  ASSERT_EQ_STR(msg, d.msg);
}

/* ---- the check --------------------------------------------------------------- */

TEST(a_full_meeting_is_valid) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  expect_valid(m, a);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(a_minimal_meeting_is_valid) {
  pl_article *a = article();
  pl_meeting *m = pl_meeting_new();
  ASSERT_EQ_INT(0, m->has_duration);
  pl_meeting_add_participant(m, "Abe", NULL, NULL);
  m->status = pl_xstrdup("planned");
  expect_valid(m, a);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(status_missing_or_unknown) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  set(&m->status, NULL);
  expect_invalid(m, a, "meeting status must be held, planned or past, not nil");
  set(&m->status, "done");
  expect_invalid(m, a, "meeting status must be held, planned or past, not 'done'");
  set(&m->status, "Held");
  expect_invalid(m, a, "meeting status must be held, planned or past, not 'Held'");
  set(&m->status, "past");
  expect_valid(m, a);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(date_invalid) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  set(&m->date, "2017-02-29");
  expect_invalid(m, a, "meeting date must be YYYY, YYYY-MM or YYYY-MM-DD, not '2017-02-29'");
  set(&m->date, "Saturday");
  expect_invalid(m, a, "meeting date must be YYYY, YYYY-MM or YYYY-MM-DD, not 'Saturday'");
  set(&m->date, "");
  expect_invalid(m, a, "meeting date must be YYYY, YYYY-MM or YYYY-MM-DD, not ''");
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(date_precision_must_match_the_date) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  set(&m->date, "2017-11");
  expect_invalid(m, a, "meeting date '2017-11' does not have the precision 'day'");
  set(&m->date_precision, "month");
  expect_valid(m, a);
  set(&m->date, "2017");
  expect_invalid(m, a, "meeting date '2017' does not have the precision 'month'");
  set(&m->date_precision, "year");
  expect_valid(m, a);
  set(&m->date, "2017-11-11");
  expect_invalid(m, a, "meeting date '2017-11-11' does not have the precision 'year'");
  set(&m->date_precision, "week");
  expect_invalid(m, a, "meeting date_precision must be day, month, season or year, not 'week'");
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(date_and_precision_come_together) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  set(&m->date_precision, NULL);
  expect_invalid(m, a, "meeting date '2017-11-11' needs a date_precision");
  set(&m->date, NULL);
  expect_valid(m, a);
  set(&m->date_precision, "month");
  expect_invalid(m, a, "meeting date_precision 'month' needs a date");
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(season_is_a_year_or_the_first_month_of_a_season) {
  static const char *const good[] = {"2017", "2017-03", "2017-06", "2017-09", "2017-12", NULL};
  static const char *const bad[] = {"2017-11-11", "2017-03-01", "2017-01", "2017-04", NULL};
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  set(&m->date_precision, "season");
  for (int i = 0; good[i]; i++) {
    set(&m->date, good[i]);
    expect_valid(m, a);
  }
  for (int i = 0; bad[i]; i++) {
    set(&m->date, bad[i]);
    char want[256];
    snprintf(want, sizeof want,
             "meeting date '%s' does not have the precision 'season' (a season is written as "
             "its year or its first month: 03, 06, 09 or 12)",
             bad[i]);
    expect_invalid(m, a, want);
  }
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(format_unknown) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  set(&m->format, "zoom");
  expect_invalid(m, a, "meeting format must be in_person, phone or video, not 'zoom'");
  set(&m->format, "phone");
  expect_valid(m, a);
  set(&m->format, NULL);
  expect_valid(m, a);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(duration_negative_nan_infinite_or_too_long) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  m->duration_min = -5;
  expect_invalid(m, a, "meeting duration_min must be a number of minutes from 0 to 100000, not -5");
  m->duration_min = NAN;
  expect_invalid(m, a, "meeting duration_min must be a number of minutes from 0 to 100000, not nan");
  m->duration_min = INFINITY;
  expect_invalid(m, a, "meeting duration_min must be a number of minutes from 0 to 100000, not inf");
  m->duration_min = 100001;
  expect_invalid(m, a,
                 "meeting duration_min must be a number of minutes from 0 to 100000, not 100001");
  m->duration_min = 0;
  expect_valid(m, a);
  m->duration_min = 100000;
  expect_valid(m, a);
  m->has_duration = 0;
  m->duration_min = -5; /* not looked at when unknown */
  expect_valid(m, a);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(participants_needed_with_names) {
  pl_article *a = article();
  pl_meeting *m = pl_meeting_new();
  m->status = pl_xstrdup("held");
  expect_invalid(m, a, "meeting needs at least one participant");
  pl_meeting_add_participant(m, "", "President", NULL);
  expect_invalid(m, a, "meeting participant name is empty");
  set(&m->participants[0].name, "Xi Jinping");
  set(&m->participants[0].role, "");
  expect_invalid(m, a, "meeting participant role is empty (use nil when it is unknown)");
  set(&m->participants[0].role, NULL);
  set(&m->participants[0].country, "Chi\nna");
  expect_invalid(m, a, "meeting participant country contains a control character");
  set(&m->participants[0].country, NULL);
  expect_valid(m, a);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(control_characters_and_invalid_utf8) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  set(&m->place, "Da\tnang");
  expect_invalid(m, a, "meeting place contains a control character");
  set(&m->place, "Da\x7Fnang");
  expect_invalid(m, a, "meeting place contains a control character");
  set(&m->place, "Da\xC2\x85nang"); /* NEL, a C1 control */
  expect_invalid(m, a, "meeting place contains a control character");
  set(&m->place, "Da\xFFnang");
  expect_invalid(m, a, "meeting place is not valid UTF-8");
  set(&m->place, "\xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng"); /* Đà Nẵng */
  expect_valid(m, a);
  set(&m->occasion, "APEC\xE2\x80");
  expect_invalid(m, a, "meeting occasion is not valid UTF-8");
  set(&m->occasion, NULL);
  set(&m->date_text, "");
  expect_invalid(m, a, "meeting date_text is empty (use nil when it is unknown)");
  set(&m->date_text, NULL);
  set(&m->topics[1], "trade\x01");
  expect_invalid(m, a, "meeting topic contains a control character");
  set(&m->topics[1], "trade_economy");
  set(&m->quotes[0].speaker, "Xi\x1BJinping");
  expect_invalid(m, a, "meeting quote speaker contains a control character");
  set(&m->quotes[0].speaker, NULL);
  set(&m->quotes[0].text, "");
  expect_invalid(m, a, "meeting quote text is empty");
  char *long_quote = malloc(PL_MEETING_QUOTE_MAX + 2);
  memset(long_quote, 'a', PL_MEETING_QUOTE_MAX + 1);
  long_quote[PL_MEETING_QUOTE_MAX + 1] = '\0';
  set(&m->quotes[0].text, long_quote);
  expect_invalid(m, a, "meeting quote text is longer than 4096 bytes");
  long_quote[PL_MEETING_QUOTE_MAX] = '\0';
  set(&m->quotes[0].text, long_quote);
  expect_valid(m, a);
  free(long_quote);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(evidence_outside_the_text_or_its_sentences) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  m->evidence[1].stop = (uint32_t)a->len + 1;
  expect_invalid(m, a, "meeting evidence 2 is outside the article");
  m->evidence[1].start = 40;
  m->evidence[1].stop = 39;
  expect_invalid(m, a, "meeting evidence 2 is outside the article");
  m->evidence[1] = (pl_evidence){2, 35, 63};
  expect_invalid(m, a, "meeting evidence 2 is sentence 3, but the article has 2");
  m->evidence[1] = (pl_evidence){0, 35, 63};
  expect_invalid(m, a, "meeting evidence 2 is not inside sentence 1");
  m->evidence[1] = (pl_evidence){1, 34, 63};
  expect_invalid(m, a, "meeting evidence 2 is not inside sentence 2");
  m->evidence[1] = (pl_evidence){1, 40, 50};
  expect_valid(m, a);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(evidence_before_segmentation_is_checked_against_the_text) {
  pl_article *a = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_from_memory(TEXT, strlen(TEXT), "meet.txt", NULL, &a, &d));
  pl_meeting *m = full_meeting();
  m->evidence[1] = (pl_evidence){7, 35, 63};
  expect_valid(m, a);
  m->evidence[1] = (pl_evidence){1, 35, 65};
  expect_invalid(m, a, "meeting evidence 2 is outside the article");
  pl_meeting_free(m);
  pl_article_unref(a);
}

/* ---- attaching ------------------------------------------------------------------ */

TEST(add_meeting_take_sets_ids_in_order) {
  pl_article *a = article();
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_add_meeting_take(a, full_meeting(), &d));
  ASSERT_EQ_INT(PL_OK, pl_article_add_meeting_take(a, full_meeting(), &d));
  ASSERT_EQ_INT(2, a->n_meetings);
  char want[64];
  snprintf(want, sizeof want, "%s-1", a->id);
  ASSERT_EQ_STR(want, a->meetings[0]->id);
  snprintf(want, sizeof want, "%s-2", a->id);
  ASSERT_EQ_STR(want, a->meetings[1]->id);
  pl_article_unref(a); /* frees the meetings; LeakSanitizer checks */
}

TEST(add_meeting_take_frees_a_meeting_it_refuses) {
  pl_article *a = article();
  pl_diag d;
  pl_meeting *bad = full_meeting();
  set(&bad->format, "fax");
  ASSERT_EQ_INT(PL_EINVAL, pl_article_add_meeting_take(a, bad, &d));
  ASSERT_EQ_STR("meeting format must be in_person, phone or video, not 'fax'", d.msg);
  ASSERT_EQ_INT(0, a->n_meetings);
  ASSERT_EQ_INT(PL_OK, pl_article_add_meeting_take(a, full_meeting(), &d));
  char want[64];
  snprintf(want, sizeof want, "%s-1", a->id);
  ASSERT_EQ_STR(want, a->meetings[0]->id);
  pl_article_unref(a);
}

TEST(add_meeting_take_refuses_a_finished_article) {
  pl_article *a = article();
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_add_meeting_take(a, full_meeting(), &d));
  pl_article_finish(a);
  ASSERT_EQ_INT(PL_EINVAL, pl_article_add_meeting_take(a, full_meeting(), &d));
  ASSERT_EQ_STR("meetings cannot be added after the article's rules have run", d.msg);
  ASSERT_EQ_INT(1, a->n_meetings);
  pl_article_unref(a);
}

TEST(free_accepts_null) { pl_meeting_free(NULL); }

/* ---- records ---------------------------------------------------------------------- */

static json_t *parse(const char *line) {
  json_error_t err;
  json_t *j = json_loads(line, JSON_REJECT_DUPLICATES, &err);
  if (!j) TEST_FAIL_("not JSON (%s at %d): %s", err.text, err.position, line);
  ASSERT_TRUE(json_is_object(j));
  return j;
}

TEST(record_of_a_full_meeting) {
  pl_article *a = article();
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_add_meeting_take(a, full_meeting(), &d));
  char *line = pl_meeting_record(a, a->meetings[0]);
  char want[2048];
  snprintf(want, sizeof want,
           "{\"type\":\"meeting\",\"id\":\"%s-1\",\"article\":\"meet.txt\",\"participants\":"
           "[{\"name\":\"Xi Jinping\",\"role\":\"President\",\"country\":\"China\"},"
           "{\"name\":\"Shinzo Abe\",\"role\":\"Prime Minister\",\"country\":\"Japan\"}],"
           "\"status\":\"held\",\"date\":\"2017-11-11\",\"date_precision\":\"day\","
           "\"date_text\":\"on Saturday\",\"place\":\"Danang\",\"country\":\"Vietnam\","
           "\"occasion\":\"APEC\",\"format\":\"in_person\",\"duration_min\":40,"
           "\"topics\":[\"north_korea\",\"trade_economy\"],\"quotes\":[{\"speaker\":"
           "\"Xi Jinping\",\"text\":\"a new start\"},{\"speaker\":null,\"text\":"
           "\"ties \\\"improve\\\"\"}],\"main\":true,\"evidence\":[{\"sentence\":0,"
           "\"start\":0,\"end\":33},{\"sentence\":1,\"start\":35,\"end\":63}]}",
           a->id);
  ASSERT_EQ_STR(want, line);
  json_t *j = parse(line);
  ASSERT_EQ_INT(17, json_object_size(j));
  static const char *const order[] = {
      "type",   "id",      "article",  "participants", "status", "date",
      "date_precision", "date_text", "place", "country", "occasion", "format",
      "duration_min", "topics", "quotes", "main", "evidence", NULL};
  int k = 0;
  for (void *it = json_object_iter(j); it; it = json_object_iter_next(j, it), k++)
    ASSERT_EQ_STR(order[k], json_object_iter_key(it));
  ASSERT_EQ_INT(17, k);
  ASSERT_EQ_INT(40, json_integer_value(json_object_get(j, "duration_min")));
  json_t *ev = json_array_get(json_object_get(j, "evidence"), 1);
  ASSERT_EQ_INT(35, json_integer_value(json_object_get(ev, "start")));
  ASSERT_EQ_INT(63, json_integer_value(json_object_get(ev, "end")));
  json_decref(j);
  free(line);
  pl_article_unref(a);
}

TEST(record_of_a_minimal_meeting_has_nulls) {
  pl_article *a = article();
  pl_meeting *m = pl_meeting_new();
  pl_meeting_add_participant(m, "Abe", NULL, NULL);
  m->status = pl_xstrdup("planned");
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_add_meeting_take(a, m, &d));
  char *line = pl_meeting_record(a, m);
  char want[1024];
  snprintf(want, sizeof want,
           "{\"type\":\"meeting\",\"id\":\"%s-1\",\"article\":\"meet.txt\",\"participants\":"
           "[{\"name\":\"Abe\",\"role\":null,\"country\":null}],\"status\":\"planned\","
           "\"date\":null,\"date_precision\":null,\"date_text\":null,\"place\":null,"
           "\"country\":null,\"occasion\":null,\"format\":null,\"duration_min\":null,"
           "\"topics\":[],\"quotes\":[],\"main\":false,\"evidence\":[]}",
           a->id);
  ASSERT_EQ_STR(want, line);
  json_t *j = parse(line);
  ASSERT_TRUE(json_is_null(json_object_get(j, "duration_min")));
  ASSERT_TRUE(json_is_false(json_object_get(j, "main")));
  json_decref(j);
  free(line);
  pl_article_unref(a);
}

/* The duration_min member of m's record, as written. */
static void expect_duration(pl_article *a, pl_meeting *m, double v, const char *want) {
  m->has_duration = 1;
  m->duration_min = v;
  char *line = pl_meeting_record(a, m);
  const char *p = strstr(line, "\"duration_min\":");
  ASSERT_TRUE(p != NULL);
  p += strlen("\"duration_min\":");
  ASSERT_EQ_MEM(want, p, strcspn(p, ","));
  json_decref(parse(line));
  free(line);
}

TEST(durations_print_as_people_write_them) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  expect_duration(a, m, 40, "40");
  expect_duration(a, m, 0, "0");
  expect_duration(a, m, 12.5, "12.5");
  expect_duration(a, m, 90.3, "90.3");
  expect_duration(a, m, 0.1, "0.1");
  expect_duration(a, m, 100000, "100000");
  expect_duration(a, m, 1e300, "1e300"); /* unchecked values stay well-defined */
  expect_duration(a, m, NAN, "null");
  m->has_duration = 0;
  m->duration_min = 40;
  char *line = pl_meeting_record(a, m);
  ASSERT_TRUE(strstr(line, "\"duration_min\":null,") != NULL);
  free(line);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(record_replaces_invalid_utf8_in_unchecked_strings) {
  pl_article *a = article();
  pl_meeting *m = full_meeting();
  set(&m->place, "Da\xFFnang");
  char *line = pl_meeting_record(a, m);
  ASSERT_TRUE(strstr(line, "\"place\":\"Da\xEF\xBF\xBDnang\"") != NULL);
  json_decref(parse(line));
  free(line);
  pl_meeting_free(m);
  pl_article_unref(a);
}

TEST(write_ndjson_writes_the_article_then_its_meetings) {
  pl_article *a = article();
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_add_meeting_take(a, full_meeting(), &d));
  pl_meeting *m = pl_meeting_new();
  pl_meeting_add_participant(m, "Abe", NULL, NULL);
  m->status = pl_xstrdup("past");
  ASSERT_EQ_INT(PL_OK, pl_article_add_meeting_take(a, m, &d));
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  ASSERT_EQ_INT(PL_OK, pl_article_write_ndjson(a, f));
  fclose(f);
  char *art = pl_article_record(a), *m1 = pl_meeting_record(a, a->meetings[0]),
       *m2 = pl_meeting_record(a, a->meetings[1]);
  size_t n = strlen(art) + strlen(m1) + strlen(m2) + 4;
  char *want = malloc(n);
  snprintf(want, n, "%s\n%s\n%s\n", art, m1, m2);
  ASSERT_EQ_STR(want, buf);
  /* every line parses, in this order of types and ids */
  static const char *const types[] = {"article", "meeting", "meeting"};
  char *save = NULL;
  int k = 0;
  for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save), k++) {
    json_t *j = parse(line);
    ASSERT_TRUE(k < 3);
    ASSERT_EQ_STR(types[k], json_string_value(json_object_get(j, "type")));
    if (k > 0) {
      char id[64];
      snprintf(id, sizeof id, "%s-%d", a->id, k);
      ASSERT_EQ_STR(id, json_string_value(json_object_get(j, "id")));
      ASSERT_EQ_STR("meet.txt", json_string_value(json_object_get(j, "article")));
    }
    json_decref(j);
  }
  ASSERT_EQ_INT(3, k);
  free(want);
  free(art);
  free(m1);
  free(m2);
  free(buf);
  pl_article_unref(a);
}

TEST(write_ndjson_without_meetings_is_one_line) {
  pl_article *a = article();
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  ASSERT_EQ_INT(PL_OK, pl_article_write_ndjson(a, f));
  fclose(f);
  char *art = pl_article_record(a);
  ASSERT_EQ_INT(strlen(art) + 1, len);
  ASSERT_EQ_MEM(art, buf, len - 1);
  ASSERT_EQ_INT('\n', buf[len - 1]);
  free(art);
  free(buf);
  pl_article_unref(a);
}

TEST_MAIN(T(a_full_meeting_is_valid), T(a_minimal_meeting_is_valid), T(status_missing_or_unknown),
          T(date_invalid), T(date_precision_must_match_the_date),
          T(date_and_precision_come_together),
          T(season_is_a_year_or_the_first_month_of_a_season), T(format_unknown),
          T(duration_negative_nan_infinite_or_too_long), T(participants_needed_with_names),
          T(control_characters_and_invalid_utf8),
          T(evidence_outside_the_text_or_its_sentences),
          T(evidence_before_segmentation_is_checked_against_the_text),
          T(add_meeting_take_sets_ids_in_order), T(add_meeting_take_frees_a_meeting_it_refuses),
          T(add_meeting_take_refuses_a_finished_article), T(free_accepts_null), T(record_of_a_full_meeting),
          T(record_of_a_minimal_meeting_has_nulls), T(durations_print_as_people_write_them),
          T(record_replaces_invalid_utf8_in_unchecked_strings),
          T(write_ndjson_writes_the_article_then_its_meetings),
          T(write_ndjson_without_meetings_is_one_line))
