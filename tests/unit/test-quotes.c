/* test-quotes.c: quotations found while segmenting (core/quotes.c):
 * straight and curly marks, apostrophes, nesting, unclosed quotes, limits,
 * and the sentence each quote sits in. */
#include <stdlib.h>

#include "article.h"
#include "runner.h"
#include "segment.h"

/* A segmenter that knows "Mr" is a title, enough for these texts. */
static pl_article *quoted(const char *text) {
  pl_article *a = NULL;
  pl_diag d;
  if (pl_article_from_memory(text, strlen(text), "q.txt", NULL, &a, &d) != PL_OK)
    TEST_FAIL_("from_memory: %s", d.msg);
  pl_segmenter *sg = pl_segmenter_new();
  pl_segmenter_add_abbrev(sg, "Mr", PL_ABBR_TITLE);
  pl_article_segment(a, sg);
  pl_segmenter_free(sg);
  return a;
}

#define QTEXT(a, i) ((a)->text + (a)->quotes[i].start)
#define QLEN(a, i) ((a)->quotes[i].stop - (a)->quotes[i].start)

static void expect_quote(const pl_article *a, size_t i, const char *text, int depth, int closed,
                         int sentence, int paragraph) {
  if (i >= a->n_quotes) TEST_FAIL_("no quote %zu (%zu in all)", i, a->n_quotes);
  ASSERT_EQ_MEM(text, QTEXT(a, i), QLEN(a, i));
  ASSERT_EQ_INT(depth, a->quotes[i].depth);
  ASSERT_EQ_INT(closed, a->quotes[i].closed);
  ASSERT_EQ_INT(sentence, a->quotes[i].sentence);
  ASSERT_EQ_INT(paragraph, a->quotes[i].paragraph);
}

#define LQ "\xE2\x80\x9C" /* “ */
#define RQ "\xE2\x80\x9D" /* ” */
#define LS "\xE2\x80\x98" /* ‘ */
#define RS "\xE2\x80\x99" /* ’ */

TEST(straight_double_quotes) {
  pl_article *a = quoted("Xi met Abe. He said \"we agree\" today.");
  ASSERT_EQ_INT(1, a->n_quotes);
  expect_quote(a, 0, "we agree", 0, 1, 1, 0);
  ASSERT_EQ_INT(21, a->quotes[0].start);
  ASSERT_EQ_INT(29, a->quotes[0].stop);
  pl_article_unref(a);
}

TEST(curly_double_quotes) {
  pl_article *a = quoted("Xi said it was a " LQ "new start" RQ " for ties and " LQ "a turning point." RQ);
  ASSERT_EQ_INT(2, a->n_quotes);
  expect_quote(a, 0, "new start", 0, 1, 0, 0);
  expect_quote(a, 1, "a turning point.", 0, 1, 0, 0);
  pl_article_unref(a);
}

TEST(curly_single_quotes_and_apostrophes) {
  pl_article *a = quoted("Xi" RS "s aides called it a " LS "new era" RS " for the leaders" RS
                         " talks in the " RS "90s style.");
  ASSERT_EQ_INT(1, a->n_quotes);
  expect_quote(a, 0, "new era", 0, 1, 0, 0);
  pl_article_unref(a);
}

TEST(left_single_mark_used_as_apostrophe) {
  /* Some sites type U+2018 for the apostrophe ("China‘s"): inside a word it
   * opens nothing, so a later "leaders’" does not close a bogus quote. */
  pl_article *a = quoted("China" LS "s ban and Tokyo" RS "s plan for the leaders" RS " talks.");
  ASSERT_EQ_INT(0, a->n_quotes);
  pl_article_unref(a);
}

TEST(straight_single_quotes_and_apostrophes) {
  pl_article *a = quoted("Xi touts 'new era' of ties and Xi's visit to the leaders' summit.");
  ASSERT_EQ_INT(1, a->n_quotes);
  expect_quote(a, 0, "new era", 0, 1, 0, 0);
  pl_article_unref(a);
}

TEST(guillemets) {
  pl_article *a = quoted("Macron a dit \xC2\xAB bonjour \xC2\xBB hier.");
  ASSERT_EQ_INT(1, a->n_quotes);
  expect_quote(a, 0, "bonjour", 0, 1, 0, 0);
  pl_article_unref(a);
}

TEST(nested_quotes_have_depth) {
  pl_article *a = quoted(LQ "He told me " LS "never again" RS " and left," RQ
                         " she said. " LQ "He said \"no\" twice," RQ " he added.");
  ASSERT_EQ_INT(4, a->n_quotes);
  /* ordered by position, outer before inner */
  expect_quote(a, 0, "He told me " LS "never again" RS " and left,", 0, 1, 0, 0);
  expect_quote(a, 1, "never again", 1, 1, 0, 0);
  expect_quote(a, 2, "He said \"no\" twice,", 0, 1, 1, 0);
  expect_quote(a, 3, "no", 1, 1, 1, 0);
  pl_article_unref(a);
}

TEST(unclosed_double_quote_runs_to_paragraph_end) {
  /* News style: a quote over two paragraphs opens both, closes the last. */
  pl_article *a = quoted(LQ "We will continue to work together.\n\n" LQ
                         "We will meet again," RQ " Mr. Xi said.\n");
  ASSERT_EQ_INT(2, a->n_quotes);
  expect_quote(a, 0, "We will continue to work together.", 0, 0, 0, 0);
  expect_quote(a, 1, "We will meet again,", 0, 1, 1, 1);
  pl_article_unref(a);
}

TEST(unclosed_straight_quote) {
  pl_article *a = quoted("He said \"we will win the vote");
  ASSERT_EQ_INT(1, a->n_quotes);
  expect_quote(a, 0, "we will win the vote", 0, 0, 0, 0);
  pl_article_unref(a);
}

TEST(unclosed_single_quote_is_dropped) {
  pl_article *a = quoted("He said " LS "hello there and left.");
  ASSERT_EQ_INT(0, a->n_quotes);
  pl_article_unref(a);
}

TEST(stray_marks_make_no_quotes) {
  pl_article *a = quoted("he said" RQ " and left. A 5\" screen, \"\" and " LQ " " RQ " here.");
  ASSERT_EQ_INT(0, a->n_quotes);
  pl_article_unref(a);
}

TEST(quote_opening_before_its_sentence_ends) {
  pl_article *a = quoted("First one. " LQ "Two. Three," RQ " he said. Last.");
  ASSERT_EQ_INT(4, a->n_sentences);
  ASSERT_EQ_INT(1, a->n_quotes);
  expect_quote(a, 0, "Two. Three,", 0, 1, 1, 0); /* the sentence it opens in */
  pl_article_unref(a);
}

TEST(quotes_in_later_paragraphs) {
  pl_article *a = quoted("One. Two.\n\nThree. He called it " LQ "historic" RQ ".\n");
  ASSERT_EQ_INT(1, a->n_quotes);
  expect_quote(a, 0, "historic", 0, 1, 3, 1);
  pl_article_unref(a);
}

TEST(quotes_never_cross_removed_lines) {
  pl_article *a = NULL;
  const char *text = "He said " LQ "we\nMENU\nagree" RQ " today.\n";
  ASSERT_EQ_INT(PL_OK, pl_article_from_memory(text, strlen(text), "q", NULL, &a, NULL));
  ASSERT_EQ_INT(PL_OK, pl_article_remove_line(a, 1, "menus", NULL, NULL));
  pl_article_segment(a, NULL);
  ASSERT_EQ_INT(2, a->n_paragraphs);
  ASSERT_EQ_INT(1, a->n_quotes);
  expect_quote(a, 0, "we", 0, 0, 0, 0);
  pl_article_unref(a);
}

TEST(nesting_beyond_the_limit_is_bounded) {
  size_t opens = 40;
  char *text = malloc(opens * 6 + 2);
  size_t n = 0;
  for (size_t i = 0; i < opens; i++, n += 3) memcpy(text + n, LQ, 3);
  text[n++] = 'x';
  for (size_t i = 0; i < opens; i++, n += 3) memcpy(text + n, RQ, 3);
  text[n] = '\0';
  pl_article *a = quoted(text);
  ASSERT_EQ_INT(PL_QUOTE_DEPTH_MAX, a->n_quotes);
  for (size_t i = 0; i < a->n_quotes; i++) {
    ASSERT_EQ_INT(i, a->quotes[i].depth); /* sorted by start: outermost first */
    ASSERT_EQ_INT(1, a->quotes[i].closed);
    ASSERT_EQ_INT(3 * (i + 1), a->quotes[i].start);
  }
  free(text);
  pl_article_unref(a);
}

TEST(huge_unbalanced_input_stays_bounded) {
  /* 200000 opening marks and no closing one: one unclosed quote */
  size_t opens = 200000;
  char *text = malloc(opens * 3 + 3);
  for (size_t i = 0; i < opens; i++) memcpy(text + 3 * i, LQ, 3);
  memcpy(text + 3 * opens, "x.", 3);
  pl_article *a = quoted(text);
  ASSERT_EQ_INT(1, a->n_quotes);
  ASSERT_EQ_INT(0, a->quotes[0].depth);
  ASSERT_EQ_INT(0, a->quotes[0].closed);
  ASSERT_EQ_INT(3, a->quotes[0].start);
  free(text);
  pl_article_unref(a);
}

TEST(many_quotes_in_order) {
  size_t count = 20000;
  char *text = malloc(count * 10 + 1);
  size_t n = 0;
  for (size_t i = 0; i < count; i++) {
    memcpy(text + n, LQ "ab" RQ "  ", 10);
    n += 10;
  }
  text[n] = '\0';
  pl_article *a = quoted(text);
  ASSERT_EQ_INT(count, a->n_quotes);
  for (size_t i = 0; i < count; i++) ASSERT_EQ_INT(3 + 9 * i, a->quotes[i].start);
  free(text);
  pl_article_unref(a);
}

TEST_MAIN(T(straight_double_quotes), T(curly_double_quotes),
          T(curly_single_quotes_and_apostrophes), T(left_single_mark_used_as_apostrophe),
          T(straight_single_quotes_and_apostrophes), T(guillemets), T(nested_quotes_have_depth),
          T(unclosed_double_quote_runs_to_paragraph_end), T(unclosed_straight_quote),
          T(unclosed_single_quote_is_dropped), T(stray_marks_make_no_quotes),
          T(quote_opening_before_its_sentence_ends), T(quotes_in_later_paragraphs),
          T(quotes_never_cross_removed_lines), T(nesting_beyond_the_limit_is_bounded),
          T(huge_unbalanced_input_stays_bounded), T(many_quotes_in_order))
