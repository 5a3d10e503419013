/* test-segment.c: paragraphs and sentences (core/segment.c), with the
 * abbreviation list that ships in scripts/data/abbreviations.lua. */
#include <stdarg.h>
#include <stdlib.h>

#include "article.h"
#include "runner.h"
#include "segment.h"
#include "testutil.h"

#define ABBREV_FILE "scripts/data/abbreviations.lua"

/* ---- the shipped word lists -------------------------------------------------- */

typedef struct list_counts {
  int title, number, general, starters;
} list_counts;

/* Add every quoted word on one line of the data file to section `sec`. */
static void add_line_words(pl_segmenter *sg, const char *line, const char *sec,
                           list_counts *c) {
  for (const char *q = strchr(line, '"'); q; q = strchr(q, '"')) {
    const char *e = strchr(q + 1, '"');
    if (!e) TEST_FAIL_("%s: unterminated string in: %s", ABBREV_FILE, line);
    char word[64];
    snprintf(word, sizeof word, "%.*s", (int)(e - q - 1), q + 1);
    int rc = -1;
    if (strcmp(sec, "title") == 0) rc = pl_segmenter_add_abbrev(sg, word, PL_ABBR_TITLE), c->title++;
    else if (strcmp(sec, "number") == 0) rc = pl_segmenter_add_abbrev(sg, word, PL_ABBR_NUMBER), c->number++;
    else if (strcmp(sec, "general") == 0) rc = pl_segmenter_add_abbrev(sg, word, PL_ABBR_GENERAL), c->general++;
    else if (strcmp(sec, "starters") == 0) rc = pl_segmenter_add_starter(sg, word), c->starters++;
    if (rc != PL_OK) TEST_FAIL_("%s: cannot add \"%s\" to %s", ABBREV_FILE, word, sec);
    q = e + 1;
  }
}

/* If line opens a list (`  name = {`), copy the name to sec and return
 * what follows the brace; otherwise NULL. */
static char *list_opening(char *line, char *sec, size_t cap) {
  char *p = line + strspn(line, " \t");
  size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyz_");
  if (n == 0 || n >= cap) return NULL;
  char *q = p + n + strspn(p + n, " \t");
  if (*q != '=') return NULL;
  q += 1 + strspn(q + 1, " \t");
  if (*q != '{') return NULL;
  snprintf(sec, cap, "%.*s", (int)n, p);
  return q + 1;
}

/* Read scripts/data/abbreviations.lua without Lua: the file keeps a plain
 * shape on purpose (`name = {` opens a list, one quoted word per entry,
 * `}` closes it, `--` comments), so this stays a faithful reader of what
 * the bindings load. */
static pl_segmenter *shipped(list_counts *counts) {
  char *src = slurp(ABBREV_FILE, NULL);
  if (!src) TEST_FAIL_("cannot read %s (tests run from the repository root)", ABBREV_FILE);
  pl_segmenter *sg = pl_segmenter_new();
  list_counts c = {0, 0, 0, 0};
  char sec[32] = "";
  for (char *line = strtok(src, "\n"); line; line = strtok(NULL, "\n")) {
    char *comment = strstr(line, "--");
    if (comment) *comment = '\0';
    char *body = list_opening(line, sec, sizeof sec);
    if (body) line = body;
    if (sec[0]) add_line_words(sg, line, sec, &c);
    if (strchr(line, '}')) sec[0] = '\0';
  }
  free(src);
  if (counts) *counts = c;
  return sg;
}

static pl_article *segmented_with(const char *text, const pl_segmenter *sg) {
  pl_article *a = NULL;
  pl_diag d;
  if (pl_article_from_memory(text, strlen(text), "t.txt", NULL, &a, &d) != PL_OK)
    TEST_FAIL_("from_memory: %s", d.msg);
  pl_article_segment(a, sg);
  return a;
}

static pl_article *segmented(const char *text) {
  pl_segmenter *sg = shipped(NULL);
  pl_article *a = segmented_with(text, sg);
  pl_segmenter_free(sg);
  return a;
}

#define SENT(a, i) ((a)->text + (a)->sentences[i].start)
#define SENT_LEN(a, i) ((a)->sentences[i].stop - (a)->sentences[i].start)
#define PARA(a, i) ((a)->text + (a)->paragraphs[i].start)
#define PARA_LEN(a, i) ((a)->paragraphs[i].stop - (a)->paragraphs[i].start)

/* Segment text and compare its sentences with the NULL-terminated list. */
static void expect_sentences(const char *text, ...) {
  pl_article *a = segmented(text);
  va_list ap;
  va_start(ap, text);
  size_t i = 0;
  for (const char *want; (want = va_arg(ap, const char *)) != NULL; i++) {
    if (i >= a->n_sentences)
      TEST_FAIL_("only %zu sentences; missing \"%s\"", a->n_sentences, want);
    ASSERT_EQ_MEM(want, SENT(a, i), SENT_LEN(a, i));
  }
  va_end(ap);
  if (i != a->n_sentences)
    TEST_FAIL_("%zu sentences, expected %zu; extra \"%.*s\"", a->n_sentences, i,
               (int)SENT_LEN(a, i), SENT(a, i));
  pl_article_unref(a);
}

/* ---- the word lists ------------------------------------------------------------ */

TEST(shipped_lists_load) {
  list_counts c;
  pl_segmenter *sg = shipped(&c);
  ASSERT_TRUE(c.title >= 30);
  ASSERT_TRUE(c.number >= 10);
  ASSERT_TRUE(c.general >= 50);
  ASSERT_TRUE(c.starters >= 60);
  /* "Mr" is a title and a starter: two maps, no duplicate inside one */
  ASSERT_EQ_INT(c.title + c.number + c.general + c.starters, pl_segmenter_count(sg));
  pl_segmenter_free(sg);
}

TEST(segmenter_api_checks_words) {
  pl_segmenter *sg = pl_segmenter_new();
  ASSERT_EQ_INT(0, pl_segmenter_count(sg));
  ASSERT_EQ_INT(0, pl_segmenter_count(NULL));
  ASSERT_EQ_INT(PL_EINVAL, pl_segmenter_add_abbrev(sg, "", PL_ABBR_TITLE));
  ASSERT_EQ_INT(PL_EINVAL, pl_segmenter_add_abbrev(sg, ".", PL_ABBR_TITLE));
  ASSERT_EQ_INT(PL_EINVAL, pl_segmenter_add_abbrev(sg, "Mr", (pl_abbrev_kind)0));
  ASSERT_EQ_INT(PL_EINVAL, pl_segmenter_add_abbrev(sg, "Mr", (pl_abbrev_kind)4));
  ASSERT_EQ_INT(PL_EINVAL, pl_segmenter_add_starter(sg, ""));
  ASSERT_EQ_INT(PL_OK, pl_segmenter_add_abbrev(sg, "Mr.", PL_ABBR_TITLE));
  ASSERT_EQ_INT(PL_OK, pl_segmenter_add_abbrev(sg, "Mr", PL_ABBR_TITLE)); /* same word */
  ASSERT_EQ_INT(PL_OK, pl_segmenter_add_starter(sg, "The"));
  ASSERT_EQ_INT(2, pl_segmenter_count(sg));
  pl_segmenter_free(sg);
  pl_segmenter_free(NULL);
}

TEST(without_abbreviations_every_period_ends) {
  pl_article *a = segmented_with("Mr. Xi met Abe.", NULL);
  ASSERT_EQ_INT(2, a->n_sentences);
  ASSERT_EQ_MEM("Mr.", SENT(a, 0), SENT_LEN(a, 0));
  ASSERT_EQ_MEM("Xi met Abe.", SENT(a, 1), SENT_LEN(a, 1));
  pl_article_unref(a);
}

TEST(a_user_abbreviation_counts) {
  pl_segmenter *sg = pl_segmenter_new();
  ASSERT_EQ_INT(PL_OK, pl_segmenter_add_abbrev(sg, "Excellency.", PL_ABBR_TITLE));
  pl_article *a = segmented_with("His Excellency. Wang Yi arrived. He spoke.", sg);
  ASSERT_EQ_INT(2, a->n_sentences);
  ASSERT_EQ_MEM("His Excellency. Wang Yi arrived.", SENT(a, 0), SENT_LEN(a, 0));
  pl_article_unref(a);
  pl_segmenter_free(sg);
}

/* ---- abbreviations ---------------------------------------------------------- */

TEST(titles_never_end_a_sentence) {
  expect_sentences("Mr. Xi met Mrs. Abe, Ms. Ito and Dr. Lee in Tokyo. They talked with "
                   "Gen. Milley, Sen. Risch and Prof. Sato.",
                   "Mr. Xi met Mrs. Abe, Ms. Ito and Dr. Lee in Tokyo.",
                   "They talked with Gen. Milley, Sen. Risch and Prof. Sato.", NULL);
}

TEST(us_and_un_inside_and_at_the_end) {
  expect_sentences("The U.S. and the U.N. agreed on Monday. He flew back to the U.S. The next "
                   "day U.S. President Donald Trump met U.N. officials.",
                   "The U.S. and the U.N. agreed on Monday.", "He flew back to the U.S.",
                   "The next day U.S. President Donald Trump met U.N. officials.", NULL);
}

TEST(months_abbreviated) {
  expect_sentences("They met on Nov. 12 in Danang. In Sept. 2017 they had met in Hamburg. "
                   "The forum runs from Nov. 15-17. The next one is in Feb. Officials agreed.",
                   "They met on Nov. 12 in Danang.", "In Sept. 2017 they had met in Hamburg.",
                   "The forum runs from Nov. 15-17.",
                   "The next one is in Feb. Officials agreed.", NULL);
}

TEST(month_abbreviation_before_a_starter_ends) {
  expect_sentences("The summit was held in Nov. The leaders left.",
                   "The summit was held in Nov.", "The leaders left.", NULL);
}

TEST(am_and_pm) {
  expect_sentences("Talks began at 10 a.m. and ended at 2 p.m. The leaders then left. "
                   "The summit opens at 9 a.m. Tuesday in Lima.",
                   "Talks began at 10 a.m. and ended at 2 p.m.", "The leaders then left.",
                   "The summit opens at 9 a.m. Tuesday in Lima.", NULL);
}

TEST(number_abbreviations) {
  expect_sentences("He signed Resolution No. 5 on Monday. It cites Art. 9 and pp. 12-14. "
                   "Asked if he agreed, he said No. The vote failed.",
                   "He signed Resolution No. 5 on Monday.", "It cites Art. 9 and pp. 12-14.",
                   "Asked if he agreed, he said No.", "The vote failed.", NULL);
}

TEST(initials_in_names) {
  expect_sentences("John F. Kennedy visited Berlin in 1963. George W. Bush met Jiang Zemin. "
                   "They chose Plan B. The talks resumed.",
                   "John F. Kennedy visited Berlin in 1963.", "George W. Bush met Jiang Zemin.",
                   "They chose Plan B.", "The talks resumed.", NULL);
}

TEST(decimal_numbers) {
  expect_sentences("The economy grew 4.3 percent in 2017. Exports rose to $1.5 billion. "
                   "The vote was 5-4. 2018 was different.",
                   "The economy grew 4.3 percent in 2017.", "Exports rose to $1.5 billion.",
                   "The vote was 5-4.", "2018 was different.", NULL);
}

TEST(general_abbreviations_in_running_text) {
  expect_sentences("Apple Inc. Chief Executive Tim Cook met Martin Luther King Jr. and others, "
                   "e.g. diplomats, etc. The meeting ended. They met in St. Petersburg.",
                   "Apple Inc. Chief Executive Tim Cook met Martin Luther King Jr. and others, "
                   "e.g. diplomats, etc.",
                   "The meeting ended.", "They met in St. Petersburg.", NULL);
}

TEST(entries_chosen_with_care) {
  /* "Sec" is a title, "Mt" and weekdays general; "mln" is not listed */
  expect_sentences("Sec. Blinken met Wang Yi near Mt. Fuji on Thu. Nov. 16. Sales rose 5 mln. "
                   "Xi noted it. The talks took place in May. Officials agreed.",
                   "Sec. Blinken met Wang Yi near Mt. Fuji on Thu. Nov. 16.", "Sales rose 5 mln.",
                   "Xi noted it.", "The talks took place in May.", "Officials agreed.", NULL);
}

TEST(title_after_an_opening_quote) {
  expect_sentences("\xE2\x80\x9CMr. Xi is here,\xE2\x80\x9D she said. (Dr. Lee agreed.) Then she left.",
                   "\xE2\x80\x9CMr. Xi is here,\xE2\x80\x9D she said.", "(Dr. Lee agreed.)",
                   "Then she left.", NULL);
}

TEST(general_abbreviation_before_a_quoted_starter) {
  expect_sentences("He flew to the U.S. \xE2\x80\x9CThe talks were good,\xE2\x80\x9D he said.",
                   "He flew to the U.S.",
                   "\xE2\x80\x9CThe talks were good,\xE2\x80\x9D he said.", NULL);
}

TEST(abbreviation_after_a_non_ascii_letter_is_a_word_end) {
  expect_sentences("He met Chancellor M\xC3\xBCller. The talks went well.",
                   "He met Chancellor M\xC3\xBCller.", "The talks went well.", NULL);
}

/* ---- terminators and quotes --------------------------------------------------- */

TEST(quote_ending_with_the_period_inside) {
  expect_sentences("Xi said they should build \xE2\x80\x9Cmutual trust.\xE2\x80\x9D The two "
                   "leaders then met. He said, \"We agree.\" Then he left.",
                   "Xi said they should build \xE2\x80\x9Cmutual trust.\xE2\x80\x9D",
                   "The two leaders then met.", "He said, \"We agree.\"", "Then he left.", NULL);
}

TEST(question_and_exclamation_marks) {
  expect_sentences("Will they meet? Nobody knows! They might. \xE2\x80\x9CWhy not?\xE2\x80\x9D "
                   "he asked. He shouted \"Stop!\" Then silence.",
                   "Will they meet?", "Nobody knows!", "They might.",
                   "\xE2\x80\x9CWhy not?\xE2\x80\x9D he asked.", "He shouted \"Stop!\"",
                   "Then silence.", NULL);
}

TEST(ellipsis_three_periods_and_character) {
  expect_sentences("He paused... Then he spoke. It was over\xE2\x80\xA6 The end came. "
                   "And so\xE2\x80\xA6 the talks went on.",
                   "He paused...", "Then he spoke.", "It was over\xE2\x80\xA6",
                   "The end came.", "And so\xE2\x80\xA6 the talks went on.", NULL);
}

TEST(lower_case_after_a_period_continues) {
  expect_sentences("The talks covered trade, security, etc. and ended early.",
                   "The talks covered trade, security, etc. and ended early.", NULL);
}

TEST(period_inside_a_token) {
  expect_sentences("See parley.example.org/news.html for details. Version 2.0 shipped.",
                   "See parley.example.org/news.html for details.", "Version 2.0 shipped.",
                   NULL);
}

/* ---- paragraphs ----------------------------------------------------------------- */

TEST(paragraphs_from_blank_lines) {
  pl_article *a = segmented("First para. Two sentences.\n\nSecond para.\n");
  ASSERT_EQ_INT(2, a->n_paragraphs);
  ASSERT_EQ_MEM("First para. Two sentences.", PARA(a, 0), PARA_LEN(a, 0));
  ASSERT_EQ_MEM("Second para.", PARA(a, 1), PARA_LEN(a, 1));
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_INT(0, a->sentences[0].paragraph);
  ASSERT_EQ_INT(0, a->sentences[1].paragraph);
  ASSERT_EQ_INT(1, a->sentences[2].paragraph);
  ASSERT_EQ_INT(0, a->sentences[0].start);
  ASSERT_EQ_INT(11, a->sentences[0].stop);
  ASSERT_EQ_INT(12, a->sentences[1].start);
  ASSERT_EQ_INT(28, a->sentences[2].start);
  ASSERT_EQ_INT(1, a->segmented);
  pl_article_unref(a);
}

TEST(removed_lines_leave_paragraphs_and_sentences) {
  pl_article *a = NULL;
  const char *text = "Intro line here.\nMenu | Home | World\nBody line one. Body two.\n";
  ASSERT_EQ_INT(PL_OK, pl_article_from_memory(text, strlen(text), "t", NULL, &a, NULL));
  ASSERT_EQ_INT(PL_OK, pl_article_remove_line(a, 1, "menus", NULL, NULL));
  pl_segmenter *sg = shipped(NULL);
  pl_article_segment(a, sg);
  ASSERT_EQ_INT(2, a->n_paragraphs);
  ASSERT_EQ_MEM("Intro line here.", PARA(a, 0), PARA_LEN(a, 0));
  ASSERT_EQ_MEM("Body line one. Body two.", PARA(a, 1), PARA_LEN(a, 1));
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_MEM("Intro line here.", SENT(a, 0), SENT_LEN(a, 0));
  ASSERT_EQ_MEM("Body line one.", SENT(a, 1), SENT_LEN(a, 1));
  ASSERT_EQ_MEM("Body two.", SENT(a, 2), SENT_LEN(a, 2));
  pl_segmenter_free(sg);
  pl_article_unref(a);
}

TEST(short_lines_without_blank_lines_are_paragraphs) {
  pl_article *a = segmented("Intro line here.\nMenu | Home | World\nBody line one.\n");
  ASSERT_EQ_INT(3, a->n_paragraphs);
  ASSERT_EQ_MEM("Menu | Home | World", PARA(a, 1), PARA_LEN(a, 1));
  ASSERT_EQ_INT(3, a->n_sentences);
  pl_article_unref(a);
}

TEST(line_continuing_in_lower_case_joins) {
  pl_article *a = segmented("The leaders met\nin Tokyo on Monday.\nThey agreed.\n");
  ASSERT_EQ_INT(2, a->n_paragraphs);
  ASSERT_EQ_MEM("The leaders met\nin Tokyo on Monday.", PARA(a, 0), PARA_LEN(a, 0));
  ASSERT_EQ_INT(2, a->n_sentences);
  ASSERT_EQ_MEM("The leaders met\nin Tokyo on Monday.", SENT(a, 0), SENT_LEN(a, 0));
  ASSERT_EQ_MEM("They agreed.", SENT(a, 1), SENT_LEN(a, 1));
  pl_article_unref(a);
}

TEST(hard_wrapped_prose_is_one_paragraph) {
  pl_article *a = segmented(
      "Chinese President Xi Jinping told Japanese Prime Minister Fumio Kishida\n"
      "that the two countries should reaffirm their strategic relationship. The\n"
      "remarks came at the start of talks on the sidelines of the APEC summit\n"
      "in San Francisco.\n"
      "\n"
      "Next paragraph here.\n");
  ASSERT_EQ_INT(2, a->n_paragraphs);
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_MEM("Chinese President Xi Jinping told Japanese Prime Minister Fumio Kishida\n"
                "that the two countries should reaffirm their strategic relationship.",
                SENT(a, 0), SENT_LEN(a, 0));
  ASSERT_EQ_MEM("The\nremarks came at the start of talks on the sidelines of the APEC summit\n"
                "in San Francisco.",
                SENT(a, 1), SENT_LEN(a, 1));
  ASSERT_EQ_INT(0, a->sentences[1].paragraph);
  ASSERT_EQ_INT(1, a->sentences[2].paragraph);
  pl_article_unref(a);
}

TEST(one_sentence_per_line_is_not_hard_wrapped) {
  /* Lines of similar width, but each ends a sentence: scrapers write one
   * paragraph per line, and joining them would lose the paragraphs. */
  pl_article *a = segmented(
      "The two leaders met in Tokyo on Monday for forty minutes of talks.\n"
      "They agreed to set up a maritime hotline before the end of the year.\n"
      "Officials said the next round would take place in Beijing in spring.\n");
  ASSERT_EQ_INT(3, a->n_paragraphs);
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_INT(2, a->sentences[2].paragraph);
  pl_article_unref(a);
}

/* ---- limits ------------------------------------------------------------------- */

TEST(long_sentence_cut_at_a_space) {
  size_t n = 10000;
  char *text = malloc(n + 1);
  for (size_t i = 0; i < n; i++) text[i] = i % 5 == 4 ? ' ' : "word"[i % 5];
  text[n] = '\0';
  pl_article *a = segmented(text);
  ASSERT_EQ_INT(3, a->n_sentences);
  /* the last space before offset 4096 is at 4094 */
  ASSERT_EQ_INT(0, a->sentences[0].start);
  ASSERT_EQ_INT(4094, a->sentences[0].stop);
  ASSERT_EQ_INT(4095, a->sentences[1].start);
  size_t covered = 0;
  for (size_t i = 0; i < a->n_sentences; i++) {
    ASSERT_TRUE(SENT_LEN(a, i) <= PL_SENTENCE_MAX);
    ASSERT_TRUE(SENT(a, i)[0] == 'w');
    covered += SENT_LEN(a, i) + 1;
  }
  ASSERT_EQ_INT(a->len, covered);
  free(text);
  pl_article_unref(a);
}

TEST(long_word_cut_at_a_character_boundary) {
  /* 3334 euro signs (3 bytes each) without a space: 4096 is inside one */
  size_t count = 3334;
  char *text = malloc(count * 3 + 1);
  for (size_t i = 0; i < count; i++) memcpy(text + 3 * i, "\xE2\x82\xAC", 3);
  text[count * 3] = '\0';
  pl_article *a = segmented(text);
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_INT(4095, a->sentences[0].stop);
  ASSERT_EQ_INT(4095, a->sentences[1].start);
  ASSERT_EQ_INT(8190, a->sentences[1].stop);
  ASSERT_EQ_INT(10002, a->sentences[2].stop);
  free(text);
  pl_article_unref(a);
}

TEST(runs_of_terminators_are_bounded_too) {
  size_t n = 3 * PL_SENTENCE_MAX;
  char *text = malloc(n + 2);
  text[0] = 'a';
  memset(text + 1, '.', n);
  text[n + 1] = '\0';
  pl_article *a = segmented(text);
  ASSERT_TRUE(a->n_sentences >= 3);
  size_t total = 0;
  for (size_t i = 0; i < a->n_sentences; i++) {
    ASSERT_TRUE(SENT_LEN(a, i) <= PL_SENTENCE_MAX);
    total += SENT_LEN(a, i);
  }
  ASSERT_EQ_INT(n + 1, total);
  free(text);
  pl_article_unref(a);
}

/* ---- look-up and idempotence ---------------------------------------------------- */

TEST(sentence_at_offsets) {
  pl_article *a = segmented("One two. Three four.\n\nFive.\n");
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_INT(0, pl_article_sentence_at(a, 0));
  ASSERT_EQ_INT(0, pl_article_sentence_at(a, 7));
  ASSERT_EQ_INT((size_t)-1, pl_article_sentence_at(a, 8)); /* the space between */
  ASSERT_EQ_INT(1, pl_article_sentence_at(a, 9));
  ASSERT_EQ_INT(1, pl_article_sentence_at(a, 19));
  ASSERT_EQ_INT((size_t)-1, pl_article_sentence_at(a, 20));
  ASSERT_EQ_INT(2, pl_article_sentence_at(a, 22));
  ASSERT_EQ_INT(2, pl_article_sentence_at(a, 26));
  ASSERT_EQ_INT((size_t)-1, pl_article_sentence_at(a, 27));
  ASSERT_EQ_INT((size_t)-1, pl_article_sentence_at(a, 100000));
  pl_article_unref(a);
}

TEST(segmenting_twice_changes_nothing) {
  pl_segmenter *sg = shipped(NULL);
  pl_article *a = segmented_with("One. Two.\n\nThree \xE2\x80\x9C" "four.\xE2\x80\x9D\n", sg);
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_INT(1, a->n_quotes);
  pl_article_segment(a, NULL);
  ASSERT_EQ_INT(3, a->n_sentences);
  ASSERT_EQ_INT(2, a->n_paragraphs);
  ASSERT_EQ_INT(1, a->n_quotes);
  pl_article_unref(a);
  pl_segmenter_free(sg);
}

/* ---- real articles (read from ../shared/seeds, never copied here) ---------------- */

static pl_article *seed(const char *name) {
  char path[256];
  snprintf(path, sizeof path, "../shared/seeds/%s", name);
  pl_article *a = NULL;
  pl_diag d;
  if (pl_article_load(path, NULL, &a, &d) != PL_OK) TEST_FAIL_("%s: %s", path, d.msg);
  pl_segmenter *sg = shipped(NULL);
  pl_article_segment(a, sg);
  pl_segmenter_free(sg);
  return a;
}

/* Sentence i begins with `head` and ends with `tail`: a few words at each
 * edge pin the boundaries without copying the article into the repo. */
static void expect_edges(const pl_article *a, size_t i, const char *head, const char *tail) {
  if (i >= a->n_sentences) TEST_FAIL_("no sentence %zu (%zu in all)", i, a->n_sentences);
  size_t n = SENT_LEN(a, i), h = strlen(head), t = strlen(tail);
  if (n < h || memcmp(SENT(a, i), head, h) != 0 || n < t ||
      memcmp(SENT(a, i) + n - t, tail, t) != 0)
    TEST_FAIL_("sentence %zu:\n    expected \"%s ... %s\"\n    got      \"%.*s\"", i, head, tail,
               (int)n, SENT(a, i));
}

TEST(seed_000_kyodo_date_prefix) {
  pl_article *a = seed("000_70cfadafbd6172f9.txt");
  ASSERT_EQ_INT(15, a->n_paragraphs);
  ASSERT_EQ_INT(15, a->n_sentences);
  expect_edges(a, 0, "date 2017-05-16 Chinese President", "by overcoming difficulties.");
  expect_edges(a, 10, "In May 2015, Nikai", "as a surprise guest.");
  expect_edges(a, 14, "But Nikai told", "lasted 17 minutes.");
  pl_article_unref(a);
}

TEST(seed_001_reuters_mr_and_quotes) {
  pl_article *a = seed("001_e2108d0b9f2792be.txt");
  ASSERT_EQ_INT(17, a->n_paragraphs);
  ASSERT_EQ_INT(19, a->n_sentences);
  /* "Mr. Xi told Mr. Kishida" inside, a quote closing with a comma */
  expect_edges(a, 3, "The countries should \xE2\x80\x9C" "focus", "by their delegations.");
  /* the period inside the closing quote ends the sentence */
  expect_edges(a, 9, "In brief remarks", "world peace and prosperity.\xE2\x80\x9D");
  expect_edges(a, 10, "Their meeting followed", "among other matters.");
  expect_edges(a, 14, "On the sidelines", "seventh meeting this year.");
  expect_edges(a, 15, "The pair promised", "missile tests.");
  expect_edges(a, 16, "Mr. Yoon, Mr. Kishida and Mr. Biden", "on Thursday.");
  expect_edges(a, 17, "Leaders from the", "from Nov. 15-17.");
  ASSERT_EQ_INT(14, a->sentences[15].paragraph);
  pl_article_unref(a);
}

TEST(seed_002_kyodo_byline_and_nbsp) {
  pl_article *a = seed("002_43f6cec17de1710a.txt");
  ASSERT_EQ_INT(36, a->n_paragraphs);
  ASSERT_EQ_INT(38, a->n_sentences);
  expect_edges(a, 4, "\xE2\x80\xA2 , Kyodo News", "12:22 a.m.");
  /* no-break spaces around names became plain spaces */
  expect_edges(a, 6, "Japanese Prime Minister Shinzo Abe and", "domestic power base.");
  expect_edges(a, 15, "Still, according to Abe,", "\xE2\x80\x9Cvery friendly atmosphere.\xE2\x80\x9D");
  expect_edges(a, 16, "The official said", "between them is situated.");
  /* "U.S. President Donald Trump" does not end a sentence */
  expect_edges(a, 19, "At the same time,", "engagement in the region.");
  pl_article_unref(a);
}

TEST(seed_003_nikkei_straight_quotes) {
  pl_article *a = seed("003_50ed694456788bb9.txt");
  ASSERT_EQ_INT(29, a->n_paragraphs);
  ASSERT_EQ_INT(39, a->n_sentences);
  expect_edges(a, 4, "BEIJING -- Chinese President", "fraught ties with the U.S.");
  expect_edges(a, 5, "\"I hope to maintain", "40-minute summit here.");
  expect_edges(a, 12, "Though progress has been made on the U.S.-China", "technology and security.");
  expect_edges(a, 24, "Both leaders stressed", "\"community of common destiny.\"");
  expect_edges(a, 37, "Free access for everyone", "Sep. 30");
  pl_article_unref(a);
}

TEST(seed_004_no_date_subscription_plea) {
  pl_article *a = seed("004_b1939a125eb687f6.txt");
  ASSERT_EQ_INT(12, a->n_paragraphs);
  ASSERT_EQ_INT(15, a->n_sentences);
  expect_edges(a, 2, "The meeting is seen", "on July 7 to 8.");
  /* a quotation of two sentences is two sentences */
  expect_edges(a, 7, "\xE2\x80\x9CIt\xE2\x80\x99s a common", "coping with the North.");
  expect_edges(a, 8, "We expect China", "influence,\xE2\x80\x9D he said.");
  pl_article_unref(a);
}

TEST_MAIN(T(shipped_lists_load), T(segmenter_api_checks_words),
          T(without_abbreviations_every_period_ends), T(a_user_abbreviation_counts),
          T(titles_never_end_a_sentence), T(us_and_un_inside_and_at_the_end),
          T(months_abbreviated), T(month_abbreviation_before_a_starter_ends), T(am_and_pm),
          T(number_abbreviations), T(initials_in_names), T(decimal_numbers),
          T(general_abbreviations_in_running_text), T(entries_chosen_with_care),
          T(title_after_an_opening_quote),
          T(general_abbreviation_before_a_quoted_starter),
          T(abbreviation_after_a_non_ascii_letter_is_a_word_end),
          T(quote_ending_with_the_period_inside), T(question_and_exclamation_marks),
          T(ellipsis_three_periods_and_character), T(lower_case_after_a_period_continues),
          T(period_inside_a_token), T(paragraphs_from_blank_lines),
          T(removed_lines_leave_paragraphs_and_sentences),
          T(short_lines_without_blank_lines_are_paragraphs),
          T(line_continuing_in_lower_case_joins), T(hard_wrapped_prose_is_one_paragraph),
          T(one_sentence_per_line_is_not_hard_wrapped), T(long_sentence_cut_at_a_space),
          T(long_word_cut_at_a_character_boundary), T(runs_of_terminators_are_bounded_too),
          T(sentence_at_offsets), T(segmenting_twice_changes_nothing),
          T(seed_000_kyodo_date_prefix), T(seed_001_reuters_mr_and_quotes),
          T(seed_002_kyodo_byline_and_nbsp), T(seed_003_nikkei_straight_quotes),
          T(seed_004_no_date_subscription_plea))
