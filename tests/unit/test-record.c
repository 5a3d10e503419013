/* test-record.c: the NDJSON article record of SCHEMA.md (core/record.c):
 * exact lines, nulls, escaping, invalid UTF-8 in paths, and that every line
 * parses back. */
#include <jansson.h>
#include <stdlib.h>

#include "article.h"
#include "record.h"
#include "runner.h"
#include "testutil.h"

static pl_article *article(const char *text, const char *path) {
  pl_article *a = NULL;
  pl_diag d;
  if (pl_article_from_memory(text, strlen(text), path, NULL, &a, &d) != PL_OK)
    TEST_FAIL_("from_memory: %s", d.msg);
  return a;
}

static void set(pl_article *a, pl_meta_field f, const char *v) {
  pl_diag d;
  if (pl_article_set_meta(a, f, v, &d) != PL_OK) TEST_FAIL_("set_meta: %s", d.msg);
}

/* Parse a record line and check it is one object; caller decrefs. */
static json_t *parse(const char *line) {
  json_error_t err;
  json_t *j = json_loads(line, JSON_REJECT_DUPLICATES, &err);
  if (!j) TEST_FAIL_("not JSON (%s at %d): %s", err.text, err.position, line);
  ASSERT_TRUE(json_is_object(j));
  return j;
}

TEST(record_with_metadata_and_warnings) {
  pl_article *a = article("Abe met Xi in Danang.\xFF\n", "seeds/002.txt");
  set(a, PL_META_TITLE, "Abe, Xi agree to make \xE2\x80\x9Cnew start\xE2\x80\x9D");
  set(a, PL_META_SOURCE, "Kyodo News");
  set(a, PL_META_PUBLISHED, "2017-11-12");
  set(a, PL_META_PUBLISHED_FROM, "byline");
  set(a, PL_META_DATELINE, "DANANG");
  pl_article_warn(a, "no dateline found");
  char *line = pl_article_record(a);
  char want[1024];
  snprintf(want, sizeof want,
           "{\"type\":\"article\",\"id\":\"%s\",\"path\":\"seeds/002.txt\","
           "\"title\":\"Abe, Xi agree to make \xE2\x80\x9Cnew start\xE2\x80\x9D\","
           "\"source\":\"Kyodo News\",\"published\":\"2017-11-12\","
           "\"published_from\":\"byline\",\"dateline\":\"DANANG\","
           "\"warnings\":[\"invalid UTF-8 replaced (1 sequence)\",\"no dateline found\"]}",
           a->id);
  ASSERT_EQ_STR(want, line);
  json_t *j = parse(line);
  ASSERT_EQ_INT(9, json_object_size(j));
  ASSERT_EQ_STR(a->id, json_string_value(json_object_get(j, "id")));
  ASSERT_EQ_STR("2017-11-12", json_string_value(json_object_get(j, "published")));
  ASSERT_EQ_INT(2, json_array_size(json_object_get(j, "warnings")));
  json_decref(j);
  free(line);
  pl_article_unref(a);
}

TEST(unknown_values_are_null) {
  pl_article *a = article("Senior diplomats met.", "004.txt");
  char *line = pl_article_record(a);
  char want[512];
  snprintf(want, sizeof want,
           "{\"type\":\"article\",\"id\":\"%s\",\"path\":\"004.txt\",\"title\":null,"
           "\"source\":null,\"published\":null,\"published_from\":null,\"dateline\":null,"
           "\"warnings\":[]}",
           a->id);
  ASSERT_EQ_STR(want, line);
  json_t *j = parse(line);
  ASSERT_TRUE(json_is_null(json_object_get(j, "title")));
  ASSERT_TRUE(json_is_array(json_object_get(j, "warnings")));
  json_decref(j);
  free(line);
  pl_article_unref(a);
}

TEST(invalid_utf8_in_path_becomes_replacement_characters) {
  pl_article *a = article("x", "dir/caf\xE9-\xC3.txt");
  char *line = pl_article_record(a);
  ASSERT_TRUE(strstr(line, "\"path\":\"dir/caf\xEF\xBF\xBD-\xEF\xBF\xBD.txt\"") != NULL);
  json_t *j = parse(line);
  ASSERT_EQ_STR("dir/caf\xEF\xBF\xBD-\xEF\xBF\xBD.txt", json_string_value(json_object_get(j, "path")));
  json_decref(j);
  free(line);
  pl_article_unref(a);
}

TEST(quotes_backslashes_and_controls_escaped) {
  pl_article *a = article("x", "C:\\news\\\"quoted\"\n\tname.txt");
  set(a, PL_META_TITLE, "He said \"no\" \\ twice");
  pl_article_warn(a, "bell\x07 and\x1F unit");
  char *line = pl_article_record(a);
  ASSERT_TRUE(strstr(line, "\"path\":\"C:\\\\news\\\\\\\"quoted\\\"\\n\\tname.txt\"") != NULL);
  ASSERT_TRUE(strstr(line, "\"title\":\"He said \\\"no\\\" \\\\ twice\"") != NULL);
  ASSERT_TRUE(strstr(line, "\"warnings\":[\"bell\\u0007 and\\u001F unit\"]") != NULL);
  ASSERT_TRUE(strchr(line, '\n') == NULL); /* one record, one line */
  json_t *j = parse(line);
  ASSERT_EQ_STR("C:\\news\\\"quoted\"\n\tname.txt", json_string_value(json_object_get(j, "path")));
  ASSERT_EQ_STR("He said \"no\" \\ twice", json_string_value(json_object_get(j, "title")));
  ASSERT_EQ_STR("bell\x07 and\x1F unit",
                json_string_value(json_array_get(json_object_get(j, "warnings"), 0)));
  json_decref(j);
  free(line);
  pl_article_unref(a);
}

TEST(write_ndjson_adds_one_newline) {
  const char *dir = tmpdir_new();
  char p[512];
  path_in(p, sizeof p, dir, "out.ndjson");
  pl_article *a = article("Abe met Xi.", "a.txt");
  pl_article *b = article("Kishida met Xi.", "b.txt");
  set(b, PL_META_SOURCE, "Reuters");
  FILE *f = fopen(p, "w");
  ASSERT_EQ_INT(PL_OK, pl_article_write_ndjson(a, f));
  ASSERT_EQ_INT(PL_OK, pl_article_write_ndjson(b, f));
  ASSERT_EQ_INT(0, fclose(f));
  size_t len;
  char *out = slurp(p, &len);
  char *ra = pl_article_record(a), *rb = pl_article_record(b);
  char want[1024];
  snprintf(want, sizeof want, "%s\n%s\n", ra, rb);
  ASSERT_EQ_STR(want, out);
  free(ra);
  free(rb);
  free(out);
  pl_article_unref(a);
  pl_article_unref(b);
}

TEST(write_ndjson_reports_a_failed_write) {
  FILE *f = fopen("/dev/full", "w");
  ASSERT_TRUE(f != NULL);
  setvbuf(f, NULL, _IONBF, 0);
  pl_article *a = article("x", "a.txt");
  ASSERT_EQ_INT(PL_EIO, pl_article_write_ndjson(a, f));
  fclose(f);
  pl_article_unref(a);
}

TEST_MAIN(T(record_with_metadata_and_warnings), T(unknown_values_are_null),
          T(invalid_utf8_in_path_becomes_replacement_characters),
          T(quotes_backslashes_and_controls_escaped), T(write_ndjson_adds_one_newline),
          T(write_ndjson_reports_a_failed_write))
