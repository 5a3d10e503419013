/* test-shape.c: the line-shape measures of core/shape.c, exact values.
 * The same definitions were LPeg and Lua patterns in scripts/lib/text.lua;
 * tests/lua/shape_spec.lua compares the two implementations. */
#include <stdlib.h>

#include "parley.h"
#include "runner.h"
#include "shape.h"
#include "strmap.h"

/* A few English function words, enough for the lines below. */
static pl_strmap *stop_set(void) {
  static const char *const words[] = {"a",  "and", "by", "for", "he",   "in",
                                      "of", "on",  "our", "the", "them", "to",
                                      "us", "we",  "you", "you'll", NULL};
  pl_strmap *m = pl_strmap_new();
  for (int i = 0; words[i]; i++) pl_strmap_put(m, words[i], strlen(words[i]), 1);
  return m;
}

static pl_shape measure(const char *s) {
  pl_strmap *m = stop_set();
  pl_shape sh;
  memset(&sh, 0xAB, sizeof sh);
  ASSERT_EQ_INT(PL_OK, pl_shape_measure(s, strlen(s), m, &sh));
  pl_strmap_free(m);
  return sh;
}

#define ASSERT_LAST(want, s, sh) ASSERT_EQ_MEM(want, (s) + (sh).last_off, (sh).last_len)

TEST(measures_running_text) {
  const char *s = "Chinese President Xi Jinping met Japanese Prime Minister Shinzo Abe "
                  "in Beijing on Tuesday, and the two leaders agreed to improve ties.";
  pl_shape sh = measure(s);
  ASSERT_EQ_INT(134, sh.bytes);
  ASSERT_EQ_INT(0, sh.sampled);
  ASSERT_EQ_INT(22, sh.tokens);
  ASSERT_EQ_INT(22, sh.words);
  ASSERT_EQ_INT(11, sh.caps);
  ASSERT_EQ_INT(11, sh.lower);
  ASSERT_EQ_INT(5, sh.stops); /* in, on, and, the, to */
  ASSERT_EQ_INT(1, sh.commas);
  ASSERT_EQ_INT(1, sh.sentence);
  ASSERT_EQ_INT(0, sh.plain); /* 5 of 22 is under 30% */
  ASSERT_LAST(".", s, sh);
  ASSERT_TRUE(sh.stop_ratio == 5.0 / 22);
  ASSERT_TRUE(sh.cap_ratio == 11.0 / 17);
  ASSERT_EQ_INT(0, sh.allcaps + sh.camel + sh.mixed + sh.numbers + sh.seps + sh.breaks);
  ASSERT_EQ_INT(0, sh.quote + sh.excl + sh.you + sh.we);
}

TEST(counts_menu_separators_after_the_first_token) {
  pl_shape sh = measure("Home | World | Asia > Japan");
  ASSERT_EQ_INT(7, sh.tokens);
  ASSERT_EQ_INT(4, sh.words);
  ASSERT_EQ_INT(4, sh.caps);
  ASSERT_EQ_INT(3, sh.seps);
  ASSERT_TRUE(sh.cap_ratio == 1.0);
  /* a leading bullet marks a list item and separates nothing */
  sh = measure("\xE2\x80\xA2 Trade \xE2\x80\xA2 Summit");
  ASSERT_EQ_INT(4, sh.tokens);
  ASSERT_EQ_INT(2, sh.words);
  ASSERT_EQ_INT(1, sh.seps);
  sh = measure("a >> b :: c / d >>> e \xC2\xBB f \xE2\x96\xBA g");
  ASSERT_EQ_INT(5, sh.seps); /* ">>>" is no separator */
}

TEST(counts_glued_icon_names) {
  pl_shape sh = measure("FacebookIcon TwitterIcon EmailIcon");
  ASSERT_EQ_INT(3, sh.camel);
  ASSERT_EQ_INT(3, sh.caps);
  ASSERT_EQ_INT(0, sh.lower);
}

TEST(counts_capitals_and_small_letters) {
  pl_shape sh = measure("print PRINT");
  ASSERT_EQ_INT(1, sh.caps);
  ASSERT_EQ_INT(1, sh.lower);
  ASSERT_EQ_INT(1, sh.allcaps);
  ASSERT_LAST("T", "print PRINT", sh);
  /* leading punctuation is skipped; one capital is not "all capitals" */
  sh = measure("(AP) -- U.S. A \"NATO\" Ab");
  ASSERT_EQ_INT(5, sh.caps);
  ASSERT_EQ_INT(3, sh.allcaps);
}

TEST(running_text_is_plain_and_pronouns_are_counted) {
  const char *s = "Subscribe to our newsletter! You'll get the US news we pick for you.";
  pl_shape sh = measure(s);
  ASSERT_EQ_INT(13, sh.words);
  ASSERT_EQ_INT(8, sh.stops);
  ASSERT_EQ_INT(2, sh.you); /* You'll, you */
  ASSERT_EQ_INT(2, sh.we);  /* our, we; "US" is the country */
  ASSERT_EQ_INT(1, sh.excl);
  ASSERT_EQ_INT(1, sh.breaks); /* "newsletter! You" */
  ASSERT_EQ_INT(1, sh.plain);
  ASSERT_EQ_INT(3, sh.caps);
  ASSERT_EQ_INT(10, sh.lower); /* words - caps, as plain lines are not recounted */
  ASSERT_TRUE(sh.cap_ratio == 3.0 / 5);
  /* "us" in small letters is the site talking */
  sh = measure("Tell us.");
  ASSERT_EQ_INT(1, sh.we);
}

TEST(plain_lines_leave_the_furniture_counts_at_zero) {
  /* 12 words, half of them function words, a sentence: plain */
  pl_shape sh = measure("FacebookIcon and the lynx3102e of the UK and the 2017 of a man.");
  ASSERT_EQ_INT(1, sh.plain);
  ASSERT_EQ_INT(0, sh.camel + sh.mixed + sh.allcaps + sh.numbers + sh.seps);
  sh = measure("FacebookIcon and the lynx3102e of the UK and the 2017 of a man");
  ASSERT_EQ_INT(0, sh.plain);
  ASSERT_EQ_INT(1, sh.camel);
  ASSERT_EQ_INT(1, sh.mixed);
  ASSERT_EQ_INT(1, sh.allcaps);
  ASSERT_EQ_INT(1, sh.numbers);
}

TEST(counts_sentence_breaks_and_quotes) {
  const char *s = "He said. The talks ended. \xE2\x80\x9CWe agree,\xE2\x80\x9D Abe said. "
                  "Mr. Abe met U.S. President Trump.";
  pl_shape sh = measure(s);
  ASSERT_EQ_INT(3, sh.breaks); /* not "Mr. Abe", not "U.S. President" */
  ASSERT_EQ_INT(1, sh.quote);
  ASSERT_EQ_INT(1, sh.allcaps); /* U.S. */
  ASSERT_EQ_INT(1, sh.we);
  ASSERT_EQ_INT(3, sh.stops);
  ASSERT_EQ_INT(1, sh.commas);
  ASSERT_EQ_INT(0, measure("don't Japan\xE2\x80\x99s").quote); /* apostrophes */
  ASSERT_EQ_INT(1, measure("'Yes' he said").quote);
  ASSERT_EQ_INT(1, measure("he said 'yes'").quote);
  ASSERT_EQ_INT(1, measure("\xC2\xABOui\xC2\xBB").quote);
}

TEST(counts_numbers_and_mixed_tokens) {
  pl_shape sh = measure("2023 04 02t075529z 1 lynxmpej3102e ABC-DEF");
  ASSERT_EQ_INT(6, sh.tokens);
  ASSERT_EQ_INT(3, sh.words);
  ASSERT_EQ_INT(3, sh.numbers); /* 2023, 04, 1 */
  ASSERT_EQ_INT(2, sh.mixed);
  ASSERT_EQ_INT(1, sh.allcaps);
  ASSERT_EQ_INT(1, sh.lower);
  sh = measure("NEW YORK (AP) -- The UN said 12,000 people, 3.5% of them, left on 2017-05-16.");
  ASSERT_EQ_INT(3, sh.numbers);
  ASSERT_EQ_INT(4, sh.allcaps);
  ASSERT_EQ_INT(3, sh.commas);
  ASSERT_EQ_INT(4, sh.stops);
}

TEST(last_character_skips_closing_marks) {
  const char *s = "\xE2\x80\x9CYes.\xE2\x80\x9D )] ";
  pl_shape sh = measure(s);
  ASSERT_LAST(".", s, sh);
  ASSERT_EQ_INT(1, sh.sentence);
  s = "Wait\xE2\x80\xA6";
  sh = measure(s);
  ASSERT_LAST("\xE2\x80\xA6", s, sh);
  ASSERT_EQ_INT(1, sh.sentence);
  s = "\xE2\x80\x9D \xC2\xBB '";
  sh = measure(s);
  ASSERT_EQ_INT(0, sh.last_len);
  ASSERT_EQ_INT(0, sh.sentence);
}

TEST(letters_outside_ascii) {
  /* Latin and CJK letters are letters; Devanagari (lead byte E0) and
   * dashes (E2) are not, as in the LPeg definition */
  const char *s = "Caf\xC3\xA9 \xC3\x89lys\xC3\xA9" "e \xE4\xB8\xAD\xE5\x9B\xBD "
                  "\xE0\xA4\x85\xE0\xA4\xBE \xE2\x80\x94" "dash";
  pl_shape sh = measure(s);
  ASSERT_EQ_INT(5, sh.tokens);
  ASSERT_EQ_INT(4, sh.words);
  ASSERT_EQ_INT(1, sh.caps);
  ASSERT_EQ_INT(1, sh.lower);
  ASSERT_TRUE(sh.cap_ratio == 0.25);
  /* a cut sequence or a stray byte is punctuation */
  sh = measure("\xC3 \xFF \xE4\xB8 x\x80");
  ASSERT_EQ_INT(4, sh.tokens);
  ASSERT_EQ_INT(1, sh.words);
}

TEST(empty_line) {
  pl_shape sh = measure("");
  ASSERT_EQ_INT(0, sh.bytes);
  ASSERT_EQ_INT(0, sh.tokens + sh.words + sh.stops + sh.last_len + sh.sentence);
  ASSERT_TRUE(sh.stop_ratio == 0 && sh.cap_ratio == 0);
}

TEST(long_line_is_sampled_at_a_space) {
  char s[402];
  for (int i = 0; i < 80; i++) memcpy(s + 5 * i, "word ", 5);
  strcpy(s + 400, "x");
  pl_shape sh = measure(s);
  ASSERT_EQ_INT(401, sh.bytes);
  ASSERT_EQ_INT(1, sh.sampled);
  ASSERT_EQ_INT(64, sh.tokens); /* the first 319 bytes */
  ASSERT_EQ_INT(64, sh.words);
  ASSERT_LAST("x", s, sh);
  /* a comma past the sample still counts as "has a comma" */
  s[390] = ',';
  sh = measure(s);
  ASSERT_EQ_INT(1, sh.commas);
  /* the only space from byte 320 on is the last byte: not sampled */
  memset(s, 'a', 400);
  s[400] = ' ';
  sh = measure(s);
  ASSERT_EQ_INT(0, sh.sampled);
  ASSERT_EQ_INT(1, sh.tokens);
}

TEST(too_long_line_is_not_measured) {
  char *s = malloc(PL_SHAPE_MAX_LINE + 1);
  memset(s, 'a', PL_SHAPE_MAX_LINE + 1);
  pl_shape sh;
  memset(&sh, 0x5A, sizeof sh);
  ASSERT_EQ_INT(PL_ETOOBIG, pl_shape_measure(s, PL_SHAPE_MAX_LINE + 1, NULL, &sh));
  ASSERT_EQ_INT(0x5A5A5A5A, sh.words); /* untouched */
  ASSERT_EQ_INT(PL_OK, pl_shape_measure(s, PL_SHAPE_MAX_LINE, NULL, &sh));
  ASSERT_EQ_INT(PL_SHAPE_MAX_LINE, sh.bytes);
  ASSERT_EQ_INT(1, sh.words);
  free(s);
}

TEST(without_a_word_set_nothing_is_a_function_word) {
  const char *s = "You and we are on the way to the US.";
  pl_shape sh;
  ASSERT_EQ_INT(PL_OK, pl_shape_measure(s, strlen(s), NULL, &sh));
  ASSERT_EQ_INT(0, sh.stops + sh.you + sh.we);
  ASSERT_EQ_INT(10, sh.words);
  ASSERT_TRUE(sh.stop_ratio == 0);
  ASSERT_TRUE(sh.cap_ratio == 2.0 / 10);
}

TEST(tokens_and_words_split_differently_at_line_breaks) {
  /* Lua's %S+ splits at \n, the LPeg counters only at spaces and tabs */
  pl_shape sh = measure("one\ntwo\tthree\rfour");
  ASSERT_EQ_INT(4, sh.tokens);
  ASSERT_EQ_INT(2, sh.words);
}

TEST(line_need_not_be_nul_terminated) {
  const char buf[] = {'A', 'b', 'c', '.', 'X'};
  pl_shape sh;
  ASSERT_EQ_INT(PL_OK, pl_shape_measure(buf, 4, NULL, &sh));
  ASSERT_EQ_INT(4, sh.bytes);
  ASSERT_EQ_INT(1, sh.sentence);
}

TEST_MAIN(T(measures_running_text), T(counts_menu_separators_after_the_first_token),
          T(counts_glued_icon_names), T(counts_capitals_and_small_letters),
          T(running_text_is_plain_and_pronouns_are_counted),
          T(plain_lines_leave_the_furniture_counts_at_zero),
          T(counts_sentence_breaks_and_quotes), T(counts_numbers_and_mixed_tokens),
          T(last_character_skips_closing_marks), T(letters_outside_ascii), T(empty_line),
          T(long_line_is_sampled_at_a_space), T(too_long_line_is_not_measured),
          T(without_a_word_set_nothing_is_a_function_word),
          T(tokens_and_words_split_differently_at_line_breaks),
          T(line_need_not_be_nul_terminated))
