/* test-article.c: building articles from memory and files, ids, lines,
 * limits, metadata, line removal and warnings (core/article.c). */
#include <stdlib.h>
#include <xxhash.h>

#include "article.h"
#include "runner.h"
#include "segment.h"
#include "testutil.h"

static pl_article *from_str(const char *s) {
  pl_article *a = NULL;
  pl_diag d;
  int rc = pl_article_from_memory(s, strlen(s), "mem.txt", NULL, &a, &d);
  if (rc != PL_OK) TEST_FAIL_("from_memory failed: %d %s", rc, d.msg);
  return a;
}

static void expect_line(const pl_article *a, size_t i, const char *want) {
  ASSERT_TRUE(i < a->n_lines);
  ASSERT_EQ_MEM(want, a->text + a->lines[i].start, a->lines[i].stop - a->lines[i].start);
}

/* ---- building --------------------------------------------------------------- */

TEST(from_memory_builds_text_lines_and_id) {
  const char *raw = "  Abe met Xi.\r\n\r\n\r\nThey agreed.  ";
  pl_article *a = from_str(raw);
  ASSERT_EQ_STR("Abe met Xi.\n\nThey agreed.\n", a->text);
  ASSERT_EQ_INT(26, a->len);
  ASSERT_EQ_STR("mem.txt", a->path);
  ASSERT_EQ_INT(strlen(raw), a->raw_bytes);
  ASSERT_EQ_INT(1, a->refs);
  ASSERT_EQ_INT(3, a->n_lines);
  expect_line(a, 0, "Abe met Xi.");
  expect_line(a, 1, "");
  expect_line(a, 2, "They agreed.");
  ASSERT_EQ_INT(12, a->lines[1].start);
  ASSERT_EQ_INT(0, a->n_warnings);
  ASSERT_EQ_INT(0, a->n_removed);
  ASSERT_EQ_INT(0, a->segmented);
  for (int f = 0; f < PL_META_COUNT; f++) ASSERT_TRUE(a->meta[f] == NULL);
  char want[17];
  snprintf(want, sizeof want, "%016llx", (unsigned long long)XXH3_64bits(a->text, a->len));
  ASSERT_EQ_STR(want, a->id);
  pl_article_unref(a);
}

TEST(null_path_is_recorded_as_dash) {
  pl_article *a = NULL;
  ASSERT_EQ_INT(PL_OK, pl_article_from_memory("x", 1, NULL, NULL, &a, NULL));
  ASSERT_EQ_STR("-", a->path);
  pl_article_unref(a);
}

TEST(id_is_the_same_for_crlf_and_lf_versions) {
  pl_article *lf = from_str("Abe met Xi.\nThey agreed.\n");
  pl_article *crlf = from_str("\xEF\xBB\xBF" "Abe met Xi.\r\nThey agreed.\r\n");
  pl_article *cr = from_str("Abe met Xi.\rThey agreed.");
  pl_article *other = from_str("Abe met Li.\nThey agreed.\n");
  ASSERT_EQ_STR(lf->id, crlf->id);
  ASSERT_EQ_STR(lf->id, cr->id);
  ASSERT_TRUE(strcmp(lf->id, other->id) != 0);
  ASSERT_EQ_INT(16, strlen(lf->id));
  ASSERT_EQ_INT(16, strspn(lf->id, "0123456789abcdef"));
  pl_article_unref(lf);
  pl_article_unref(crlf);
  pl_article_unref(cr);
  pl_article_unref(other);
}

TEST(load_from_file_and_renamed_file_keeps_id) {
  const char *dir = tmpdir_new();
  char p1[512], p2[512];
  path_in(p1, sizeof p1, dir, "first.txt");
  path_in(p2, sizeof p2, dir, "renamed.txt");
  write_text(p1, "Kishida met Xi in San Francisco.\r\n");
  pl_article *a = NULL, *b = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_load(p1, NULL, &a, &d));
  ASSERT_EQ_STR(p1, a->path);
  ASSERT_EQ_STR("Kishida met Xi in San Francisco.\n", a->text);
  ASSERT_EQ_INT(34, a->raw_bytes);
  ASSERT_EQ_INT(0, rename(p1, p2));
  ASSERT_EQ_INT(PL_OK, pl_article_load(p2, NULL, &b, &d));
  ASSERT_EQ_STR(p2, b->path);
  ASSERT_EQ_STR(a->id, b->id);
  pl_article_unref(a);
  pl_article_unref(b);
}

TEST(ref_and_unref) {
  pl_article *a = from_str("x");
  ASSERT_TRUE(pl_article_ref(a) == a);
  ASSERT_EQ_INT(2, a->refs);
  pl_article_unref(a);
  ASSERT_EQ_INT(1, a->refs);
  pl_article_unref(a);
  pl_article_unref(NULL);
  ASSERT_TRUE(pl_article_ref(NULL) == NULL);
}

/* ---- refusals --------------------------------------------------------------- */

TEST(size_limit_from_memory) {
  pl_limits lim = {10};
  pl_article *a = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_from_memory("0123456789", 10, "ok.txt", &lim, &a, &d));
  pl_article_unref(a);
  a = NULL;
  ASSERT_EQ_INT(PL_ETOOBIG, pl_article_from_memory("0123456789A", 11, "big.txt", &lim, &a, &d));
  ASSERT_TRUE(a == NULL);
  ASSERT_EQ_INT(PL_ETOOBIG, d.code);
  ASSERT_EQ_STR("big.txt", d.path);
  ASSERT_EQ_STR("too large (11 bytes; the limit is 10 bytes, raise it with --max-size)", d.msg);
}

TEST(size_limit_when_loading_a_file) {
  const char *dir = tmpdir_new();
  char p[512];
  path_in(p, sizeof p, dir, "big.txt");
  char *bytes = malloc(3000);
  memset(bytes, 'a', 3000);
  write_bytes(p, bytes, 3000);
  free(bytes);
  pl_limits lim = {2048};
  pl_article *a = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_ETOOBIG, pl_article_load(p, &lim, &a, &d));
  ASSERT_TRUE(a == NULL);
  ASSERT_EQ_STR(p, d.path);
  ASSERT_EQ_STR("too large (2.9 KiB; the limit is 2.0 KiB, raise it with --max-size)", d.msg);
}

TEST(default_limit_is_16_mib) {
  size_t n = PL_DEFAULT_MAX_BYTES + 1;
  char *bytes = malloc(n);
  memset(bytes, 'a', n);
  pl_limits zero = {0}; /* 0 means the default too */
  pl_article *a = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_ETOOBIG, pl_article_from_memory(bytes, n, "huge.txt", &zero, &a, &d));
  ASSERT_EQ_STR("too large (16.0 MiB; the limit is 16.0 MiB, raise it with --max-size)", d.msg);
  free(bytes);
}

TEST(empty_file_refused) {
  const char *dir = tmpdir_new();
  char p[512];
  path_in(p, sizeof p, dir, "empty.txt");
  write_text(p, "");
  pl_article *a = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_EEMPTY, pl_article_load(p, NULL, &a, &d));
  ASSERT_TRUE(a == NULL);
  ASSERT_EQ_INT(PL_EEMPTY, d.code);
  ASSERT_EQ_STR(p, d.path);
  ASSERT_EQ_STR("empty file (0 bytes); skipped", d.msg);
}

TEST(whitespace_only_refused) {
  static const char ws[] = " \r\n\t\xC2\xA0\n\xE2\x80\x8B\x01\n";
  pl_article *a = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_EEMPTY, pl_article_from_memory(ws, sizeof ws - 1, "ws.txt", NULL, &a, &d));
  ASSERT_TRUE(a == NULL);
  ASSERT_EQ_STR("ws.txt", d.path);
  ASSERT_EQ_STR("no text: only white space or control characters; skipped", d.msg);
}

TEST(binary_refused) {
  static const char bin[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  pl_article *a = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_EBINARY, pl_article_from_memory(bin, sizeof bin - 1, "x.png", NULL, &a, &d));
  ASSERT_TRUE(a == NULL);
  ASSERT_EQ_INT(PL_EBINARY, d.code);
  ASSERT_EQ_STR("not text: NUL bytes: this looks like a binary file; skipped", d.msg);
  ASSERT_EQ_INT(PL_EBINARY, pl_article_from_memory("\xFF\xFEH\0i\0", 6, "u16.txt", NULL, &a, &d));
  ASSERT_EQ_STR("not text: UTF-16 text (byte order mark FF FE); convert it to UTF-8; skipped",
                d.msg);
}

TEST(load_reports_readfile_errors) {
  const char *dir = tmpdir_new();
  char p[512];
  path_in(p, sizeof p, dir, "missing.txt");
  pl_article *a = NULL;
  pl_diag d;
  ASSERT_EQ_INT(PL_ENOENT, pl_article_load(p, NULL, &a, &d));
  ASSERT_EQ_STR("no such file (it may have been deleted)", d.msg);
  ASSERT_EQ_INT(PL_ENOTREG, pl_article_load(dir, NULL, &a, &d));
  ASSERT_EQ_STR("a directory, not a regular file; skipped", d.msg);
  ASSERT_TRUE(a == NULL);
}

/* ---- warnings --------------------------------------------------------------- */

TEST(normalisation_changes_become_warnings) {
  static const char raw[] = "Abe\xFF met\0 Xi\x01 in\xC3 Danang\x02.";
  pl_article *a = NULL;
  ASSERT_EQ_INT(PL_OK, pl_article_from_memory(raw, sizeof raw - 1, "w.txt", NULL, &a, NULL));
  ASSERT_EQ_STR("Abe\xEF\xBF\xBD met Xi in\xEF\xBF\xBD Danang.\n", a->text);
  ASSERT_EQ_INT(3, a->n_warnings);
  ASSERT_EQ_STR("invalid UTF-8 replaced (2 sequences)", a->warnings[0]);
  ASSERT_EQ_STR("NUL bytes removed (1)", a->warnings[1]);
  ASSERT_EQ_STR("control characters removed (2)", a->warnings[2]);
  pl_article_unref(a);
}

TEST(one_invalid_sequence_warning_is_singular) {
  pl_article *a = from_str("caf\xE9 talks");
  ASSERT_EQ_INT(1, a->n_warnings);
  ASSERT_EQ_STR("invalid UTF-8 replaced (1 sequence)", a->warnings[0]);
  pl_article_unref(a);
}

TEST(warn_appends_formatted_messages) {
  pl_article *a = from_str("x");
  pl_article_warn(a, "no publication date");
  pl_article_warn(a, "%d lines removed by %s", 3, "menus");
  ASSERT_EQ_INT(2, a->n_warnings);
  ASSERT_EQ_STR("no publication date", a->warnings[0]);
  ASSERT_EQ_STR("3 lines removed by menus", a->warnings[1]);
  pl_article_unref(a);
}

/* ---- metadata --------------------------------------------------------------- */

TEST(iso_dates_with_leap_years) {
  ASSERT_TRUE(pl_iso_date_valid("2017"));
  ASSERT_TRUE(pl_iso_date_valid("2017-05"));
  ASSERT_TRUE(pl_iso_date_valid("2017-05-16"));
  ASSERT_TRUE(pl_iso_date_valid("2016-02-29"));
  ASSERT_TRUE(pl_iso_date_valid("2000-02-29"));
  ASSERT_TRUE(pl_iso_date_valid("2017-12-31"));
  ASSERT_TRUE(!pl_iso_date_valid("2017-02-29"));
  ASSERT_TRUE(!pl_iso_date_valid("1900-02-29"));
  ASSERT_TRUE(!pl_iso_date_valid("2017-04-31"));
  ASSERT_TRUE(!pl_iso_date_valid("2017-13"));
  ASSERT_TRUE(!pl_iso_date_valid("2017-00"));
  ASSERT_TRUE(!pl_iso_date_valid("2017-01-00"));
  ASSERT_TRUE(!pl_iso_date_valid("0000"));
  ASSERT_TRUE(!pl_iso_date_valid("17-05-16"));
  ASSERT_TRUE(!pl_iso_date_valid("2017-5-16"));
  ASSERT_TRUE(!pl_iso_date_valid("2017/05/16"));
  ASSERT_TRUE(!pl_iso_date_valid("2017-05-16T10:00"));
  ASSERT_TRUE(!pl_iso_date_valid("20x7"));
  ASSERT_TRUE(!pl_iso_date_valid(""));
}

TEST(set_meta_stores_copies_and_clears) {
  pl_article *a = from_str("x");
  char buf[32] = "Kyodo News";
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_SOURCE, buf, &d));
  buf[0] = 'X';
  ASSERT_EQ_STR("Kyodo News", a->meta[PL_META_SOURCE]);
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_SOURCE, "", &d));
  ASSERT_TRUE(a->meta[PL_META_SOURCE] == NULL); /* unknown is null, never "" */
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_TITLE, "Abe, Xi agree", &d));
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_TITLE, NULL, &d));
  ASSERT_TRUE(a->meta[PL_META_TITLE] == NULL);
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_DATELINE, "BEIJING", &d));
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_PUBLISHED, "2016-02-29", &d));
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_PUBLISHED, "2017-05-16", &d));
  ASSERT_EQ_STR("2017-05-16", a->meta[PL_META_PUBLISHED]);
  pl_article_unref(a);
}

TEST(set_meta_rejects_bad_dates) {
  pl_article *a = from_str("x");
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_PUBLISHED, "2017-05-16", &d));
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_PUBLISHED, "2017-02-29", &d));
  ASSERT_EQ_INT(PL_EINVAL, d.code);
  ASSERT_EQ_STR("mem.txt", d.path);
  ASSERT_EQ_STR("published must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '2017-02-29'",
                d.msg);
  ASSERT_EQ_STR("2017-05-16", a->meta[PL_META_PUBLISHED]); /* unchanged */
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_PUBLISHED, "May 16, 2017", &d));
  ASSERT_EQ_STR("published must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not 'May 16, 2017'",
                d.msg);
  pl_article_unref(a);
}

TEST(set_meta_published_from_values) {
  static const char *const ok[] = {"header", "byline", "text", "inferred", "file"};
  pl_article *a = from_str("x");
  pl_diag d;
  for (int i = 0; i < 5; i++) {
    ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_PUBLISHED_FROM, ok[i], &d));
    ASSERT_EQ_STR(ok[i], a->meta[PL_META_PUBLISHED_FROM]);
  }
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_PUBLISHED_FROM, "Header", &d));
  ASSERT_EQ_STR("published_from must be header, byline, text, inferred or file, not 'Header'",
                d.msg);
  ASSERT_EQ_STR("file", a->meta[PL_META_PUBLISHED_FROM]);
  pl_article_unref(a);
}

TEST(set_meta_rejects_controls_bad_utf8_and_long_values) {
  pl_article *a = from_str("x");
  pl_diag d;
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_TITLE, "two\nlines", &d));
  ASSERT_EQ_STR("title contains a control character", d.msg);
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_SOURCE, "Kyodo\x7F", &d));
  ASSERT_EQ_STR("source contains a control character", d.msg);
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_SOURCE, "Kyodo\xC2\x85News", &d));
  ASSERT_EQ_STR("source contains a control character", d.msg); /* C1 control NEL */
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_DATELINE, "BEIJ\xFFNG", &d));
  ASSERT_EQ_STR("dateline is not valid UTF-8", d.msg);
  char longv[1002];
  memset(longv, 'a', 1001);
  longv[1001] = '\0';
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_TITLE, longv, &d));
  ASSERT_EQ_STR("title is longer than 1000 bytes", d.msg);
  longv[1000] = '\0';
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_TITLE, longv, &d));
  ASSERT_EQ_INT(1000, strlen(a->meta[PL_META_TITLE]));
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_TITLE, "Xi\xE2\x80\x99s \xE2\x80\x9Cnew era\xE2\x80\x9D", &d));
  pl_article_unref(a);
}

TEST(set_meta_field_out_of_range) {
  pl_article *a = from_str("x");
  pl_diag d;
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_COUNT, "x", &d));
  ASSERT_EQ_STR("no such metadata field", d.msg);
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, (pl_meta_field)-1, "x", &d));
  pl_article_unref(a);
}

TEST(set_meta_allowed_after_segmentation_refused_after_finish) {
  pl_article *a = from_str("Abe met Xi.");
  pl_article_segment(a, NULL);
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_set_meta(a, PL_META_TITLE, "t", &d));
  ASSERT_EQ_STR("t", a->meta[PL_META_TITLE]);
  pl_article_finish(a);
  ASSERT_EQ_INT(PL_EINVAL, pl_article_set_meta(a, PL_META_TITLE, "u", &d));
  ASSERT_EQ_STR("title cannot change after the article's rules have run", d.msg);
  ASSERT_EQ_STR("t", a->meta[PL_META_TITLE]);
  pl_article_unref(a);
}

TEST(meta_names) {
  ASSERT_EQ_STR("title", pl_meta_name(PL_META_TITLE));
  ASSERT_EQ_STR("source", pl_meta_name(PL_META_SOURCE));
  ASSERT_EQ_STR("published", pl_meta_name(PL_META_PUBLISHED));
  ASSERT_EQ_STR("published_from", pl_meta_name(PL_META_PUBLISHED_FROM));
  ASSERT_EQ_STR("dateline", pl_meta_name(PL_META_DATELINE));
  ASSERT_TRUE(pl_meta_name(PL_META_COUNT) == NULL);
  ASSERT_TRUE(pl_meta_name((pl_meta_field)-1) == NULL);
}

/* ---- removing lines --------------------------------------------------------- */

TEST(remove_line_records_rule_and_reason) {
  pl_article *a = from_str("print PRINT\nAbe met Xi.\nSponsored Content\n");
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_remove_line(a, 0, "boilerplate", "icon junk", &d));
  ASSERT_EQ_INT(PL_OK, pl_article_remove_line(a, 2, "boilerplate", NULL, &d));
  ASSERT_EQ_INT(2, a->n_removed);
  ASSERT_EQ_STR("boilerplate", a->removed_by[0]);
  ASSERT_EQ_STR("icon junk", a->removed_why[0]);
  ASSERT_TRUE(a->removed_by[1] == NULL);
  ASSERT_EQ_STR("boilerplate", a->removed_by[2]);
  ASSERT_TRUE(a->removed_why[2] == NULL);
  /* the text itself never changes: offsets stay valid */
  ASSERT_EQ_STR("print PRINT\nAbe met Xi.\nSponsored Content\n", a->text);
  pl_article_unref(a);
}

TEST(remove_line_twice_keeps_the_first_rule) {
  pl_article *a = from_str("menu\nbody\n");
  ASSERT_EQ_INT(PL_OK, pl_article_remove_line(a, 0, "menus", "site menu", NULL));
  ASSERT_EQ_INT(PL_OK, pl_article_remove_line(a, 0, "other", "again", NULL));
  ASSERT_EQ_INT(1, a->n_removed);
  ASSERT_EQ_STR("menus", a->removed_by[0]);
  ASSERT_EQ_STR("site menu", a->removed_why[0]);
  pl_article_unref(a);
}

TEST(remove_line_without_rule_name) {
  pl_article *a = from_str("menu\nbody\n");
  ASSERT_EQ_INT(PL_OK, pl_article_remove_line(a, 1, NULL, "", NULL));
  ASSERT_EQ_STR("?", a->removed_by[1]);
  ASSERT_TRUE(a->removed_why[1] == NULL);
  pl_article_unref(a);
}

TEST(remove_line_out_of_range) {
  pl_article *a = from_str("one\ntwo\nthree\n");
  pl_diag d;
  ASSERT_EQ_INT(PL_EINVAL, pl_article_remove_line(a, 3, "r", NULL, &d));
  ASSERT_EQ_STR("line 4 is out of range (1..3)", d.msg);
  ASSERT_EQ_STR("mem.txt", d.path);
  ASSERT_EQ_INT(PL_EINVAL, pl_article_remove_line(a, (size_t)-1, "r", NULL, &d));
  ASSERT_EQ_INT(0, a->n_removed);
  pl_article_unref(a);
}

TEST(remove_line_refused_after_segmentation) {
  pl_article *a = from_str("one.\ntwo.\n");
  pl_article_segment(a, NULL);
  pl_diag d;
  ASSERT_EQ_INT(PL_EINVAL, pl_article_remove_line(a, 0, "r", NULL, &d));
  ASSERT_EQ_STR("lines cannot be removed after the article was segmented "
                "(remove lines in an article handler, before asking for sentences)",
                d.msg);
  ASSERT_EQ_INT(0, a->n_removed);
  pl_article_unref(a);
}

TEST(cut_line_keeps_the_rest_for_segmentation) {
  pl_article *a = from_str("date 2017-05-16 Xi met Nikai in Beijing. They talked.\n"
                           "\n"
                           "The talks lasted an hour. - Reuters\n");
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, pl_article_cut_line(a, 0, 16, 0, "metadata", "date prefix", &d));
  ASSERT_EQ_INT(PL_OK, pl_article_cut_line(a, 2, 0, 10, "metadata", NULL, &d));
  ASSERT_EQ_INT(2, a->n_cut);
  ASSERT_EQ_INT(0, a->n_removed);
  ASSERT_EQ_STR("metadata", a->cut_by[0]);
  ASSERT_EQ_STR("date prefix", a->cut_why[0]);
  ASSERT_EQ_MEM("Xi met Nikai in Beijing. They talked.", a->text + a->kept[0].start,
                a->kept[0].stop - a->kept[0].start);
  pl_article_segment(a, NULL);
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_MEM("Xi met Nikai in Beijing.", a->text + a->sentences[0].start,
                a->sentences[0].stop - a->sentences[0].start);
  ASSERT_EQ_MEM("The talks lasted an hour.", a->text + a->sentences[2].start,
                a->sentences[2].stop - a->sentences[2].start);
  pl_article_unref(a);
}

TEST(cut_line_refuses_to_split_a_character_and_removes_when_all_cut) {
  pl_article *a = from_str("\xE2\x80\xA2 Abe\nmenu\n");
  pl_diag d;
  ASSERT_EQ_INT(PL_EINVAL, pl_article_cut_line(a, 0, 1, 0, "r", NULL, &d));
  ASSERT_EQ_STR("cutting line 1 at byte 1 would split a character", d.msg);
  ASSERT_EQ_INT(PL_OK, pl_article_cut_line(a, 1, 2, 2, "r", "all of it", &d));
  ASSERT_EQ_INT(1, a->n_removed);
  ASSERT_EQ_INT(0, a->n_cut);
  ASSERT_EQ_STR("all of it", a->removed_why[1]);
  pl_article_segment(a, NULL);
  ASSERT_EQ_INT(PL_EINVAL, pl_article_cut_line(a, 0, 3, 0, "r", NULL, &d));
  pl_article_unref(a);
}

TEST_MAIN(T(from_memory_builds_text_lines_and_id), T(null_path_is_recorded_as_dash),
          T(id_is_the_same_for_crlf_and_lf_versions),
          T(load_from_file_and_renamed_file_keeps_id), T(ref_and_unref),
          T(size_limit_from_memory), T(size_limit_when_loading_a_file),
          T(default_limit_is_16_mib), T(empty_file_refused), T(whitespace_only_refused),
          T(binary_refused), T(load_reports_readfile_errors),
          T(normalisation_changes_become_warnings), T(one_invalid_sequence_warning_is_singular),
          T(warn_appends_formatted_messages), T(iso_dates_with_leap_years),
          T(set_meta_stores_copies_and_clears), T(set_meta_rejects_bad_dates),
          T(set_meta_published_from_values),
          T(set_meta_rejects_controls_bad_utf8_and_long_values), T(set_meta_field_out_of_range),
          T(set_meta_allowed_after_segmentation_refused_after_finish), T(meta_names),
          T(remove_line_records_rule_and_reason), T(remove_line_twice_keeps_the_first_rule),
          T(remove_line_without_rule_name), T(remove_line_out_of_range),
          T(remove_line_refused_after_segmentation),
          T(cut_line_keeps_the_rest_for_segmentation),
          T(cut_line_refuses_to_split_a_character_and_removes_when_all_cut))
