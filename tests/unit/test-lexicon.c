/* test-lexicon.c: the phrase look-up of core/lexicon.c: how text is cut
 * into tokens, exact and case-folded phrases, longest match, several
 * meanings, sub-ranges with absolute offsets, quote and dash styles, bad
 * phrases, and a lexicon of 10,000 phrases. */
#include <stdio.h>
#include <stdlib.h>

#include "lexicon.h"
#include "parley.h"
#include "runner.h"

static size_t count(const char *s) { return pl_token_count(s, 0, strlen(s)); }

static void add(pl_lexicon *lx, const char *phrase, int kind, int value, int flags) {
  int rc = pl_lexicon_add(lx, phrase, kind, value, flags);
  if (rc != PL_OK) TEST_FAIL_("pl_lexicon_add(\"%s\"): %d", phrase, rc);
}

/* The matches of text[from, to) as "start-stop:kind/value@token ..." */
static void expect_scan_range(const pl_lexicon *lx, const char *text, size_t from, size_t to,
                              const char *want) {
  pl_match *m = NULL;
  size_t n = 0, cap = 0;
  size_t got = pl_lexicon_scan(lx, text, from, to, &m, &n, &cap);
  if (got != n) TEST_FAIL_("scan returned %zu but appended %zu", got, n);
  char buf[4096] = "";
  size_t len = 0;
  for (size_t i = 0; i < n && len < sizeof buf; i++)
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%u-%u:%d/%d@%u", i ? " " : "",
                            m[i].start, m[i].stop, (int)m[i].kind, (int)m[i].value,
                            m[i].token);
  free(m);
  if (strcmp(want, buf) != 0)
    TEST_FAIL_("scan of \"%.*s\":\n    expected \"%s\"\n    got      \"%s\"", (int)(to - from),
               text + from, want, buf);
}

static void expect_scan(const pl_lexicon *lx, const char *text, const char *want) {
  expect_scan_range(lx, text, 0, strlen(text), want);
}

/* ---- tokens ------------------------------------------------------------------ */

TEST(tokens_of_names_and_abbreviations) {
  ASSERT_EQ_INT(4, count("Moon Jae-in"));   /* Moon | Jae | - | in */
  ASSERT_EQ_INT(3, count("Xi\xE2\x80\x99s")); /* Xi | ' | s */
  ASSERT_EQ_INT(3, count("Xi's"));
  ASSERT_EQ_INT(4, count("U.S."));           /* U | . | S | . */
  ASSERT_EQ_INT(1, count("Erdo\xC4\x9F" "an")); /* one word in any script */
  ASSERT_EQ_INT(3, count("Erdo\xC4\x9F" "an\xE2\x80\x99s"));
  ASSERT_EQ_INT(1, count("\xE7\xBF\x92\xE8\xBF\x91\xE5\xB9\xB3")); /* 習近平 */
  ASSERT_EQ_INT(5, count("2017-11-11"));
  ASSERT_EQ_INT(3, count("abc, def"));
  ASSERT_EQ_INT(2, count("G20 summit"));
}

TEST(tokens_of_quotes_curly_and_straight) {
  ASSERT_EQ_INT(4, count("\xE2\x80\x9Cnew start\xE2\x80\x9D"));
  ASSERT_EQ_INT(4, count("\"new start\""));
  ASSERT_EQ_INT(3, count("\xE2\x80\x98yes\xE2\x80\x99"));
  ASSERT_EQ_INT(3, count("'yes'"));
}

TEST(white_space_only_separates) {
  ASSERT_EQ_INT(0, count(""));
  ASSERT_EQ_INT(0, count(" \t\n "));
  ASSERT_EQ_INT(3, count("a\tb\nc"));
  ASSERT_EQ_INT(3, count("  a  b   c  "));
  ASSERT_EQ_INT(2, count("a\r\nb"));
  ASSERT_EQ_INT(2, count("a\fb\v"));
  ASSERT_EQ_INT(2, count("Prime\xC2\xA0Minister"));          /* no-break space */
  ASSERT_EQ_INT(2, count("Prime\xE2\x80\x89Minister"));      /* thin space */
  ASSERT_EQ_INT(2, count("Prime\xE3\x80\x80Minister"));      /* ideographic space */
}

TEST(token_count_of_a_range) {
  const char *s = "Abe met Xi in Danang.";
  ASSERT_EQ_INT(1, pl_token_count(s, 4, 7));
  ASSERT_EQ_INT(2, pl_token_count(s, 4, 10));
  ASSERT_EQ_INT(2, pl_token_count(s, 14, 21)); /* Danang | . */
  ASSERT_EQ_INT(0, pl_token_count(s, 3, 4));
  ASSERT_EQ_INT(0, pl_token_count(s, 5, 5));
}

/* ---- matching ------------------------------------------------------------------ */

TEST(exact_and_folded_phrases) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "met", 1, 10, PL_LEX_FOLD);
  add(lx, "Abe", 2, 20, 0);
  ASSERT_EQ_INT(2, pl_lexicon_size(lx));
  expect_scan(lx, "MET abe Met Abe met", "0-3:1/10@0 8-11:1/10@2 12-15:2/20@3 16-19:1/10@4");
  expect_scan(lx, "ABE", "");
  expect_scan(lx, "metabe Abes", "");
  pl_lexicon_free(lx);
}

TEST(folding_covers_letters_of_any_script) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "erdo\xC4\x9F" "an", 1, 1, PL_LEX_FOLD);
  add(lx, "istanbul", 1, 2, PL_LEX_FOLD);
  add(lx, "M\xC3\xBCller", 1, 3, 0);
  expect_scan(lx, "ERDO\xC4\x9E" "AN in \xC4\xB0stanbul", "0-8:1/1@0 12-21:1/2@2");
  expect_scan(lx, "M\xC3\xBCller M\xC3\x9CLLER", "0-7:1/3@0");
  pl_lexicon_free(lx);
}

TEST(longest_match_wins) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "Minister", 1, 1, 0);
  add(lx, "Prime Minister", 1, 2, 0);
  add(lx, "South Korean", 2, 1, 0);
  add(lx, "South Korean President", 3, 1, 0);
  expect_scan(lx, "the Prime Minister and the Minister", "4-18:1/2@1 27-35:1/1@5");
  expect_scan(lx, "South Korean President Moon met South Korean officials",
              "0-22:3/1@0 32-44:2/1@5");
  /* the longest phrase that exists wins, not the longest that starts so */
  expect_scan(lx, "South Korean Prime Minister", "0-12:2/1@0 13-27:1/2@2");
  pl_lexicon_free(lx);
}

TEST(longest_match_across_case_modes) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "Minister", 1, 1, 0);
  add(lx, "prime minister", 1, 2, PL_LEX_FOLD);
  expect_scan(lx, "PRIME MINISTER and Minister", "0-14:1/2@0 19-27:1/1@3");
  pl_lexicon_free(lx);
}

TEST(a_phrase_with_several_meanings_reports_all) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "North Korea", 1, 7, 0);
  add(lx, "North Korea", 2, 3, 0);
  add(lx, "North Korea", 1, 7, 0); /* the same meaning again: no-op */
  ASSERT_EQ_INT(1, pl_lexicon_size(lx));
  expect_scan(lx, "talks on North Korea.", "9-20:1/7@2 9-20:2/3@2");
  pl_lexicon_free(lx);
}

TEST(same_length_exact_and_folded_both_reported) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "May", 1, 1, 0);
  add(lx, "may", 2, 2, PL_LEX_FOLD);
  ASSERT_EQ_INT(2, pl_lexicon_size(lx));
  expect_scan(lx, "May", "0-3:1/1@0 0-3:2/2@0");
  expect_scan(lx, "MAY may", "0-3:2/2@0 4-7:2/2@1");
  pl_lexicon_free(lx);
}

TEST(scan_of_a_range_gives_absolute_offsets) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "Abe", 1, 1, 0);
  add(lx, "Xi", 1, 2, 0);
  const char *s = "Abe met Xi. Xi met Abe.";
  expect_scan(lx, s, "0-3:1/1@0 8-10:1/2@2 12-14:1/2@4 19-22:1/1@6");
  expect_scan_range(lx, s, 12, 23, "12-14:1/2@0 19-22:1/1@2");
  expect_scan_range(lx, s, 4, 11, "8-10:1/2@1");
  expect_scan_range(lx, s, 0, 2, "");   /* "Ab" is not "Abe" */
  expect_scan_range(lx, s, 13, 23, "19-22:1/1@2"); /* starts inside "Xi" */
  expect_scan_range(lx, s, 5, 5, "");
  pl_lexicon_free(lx);
}

TEST(scan_appends_to_what_is_there) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "Xi", 1, 2, 0);
  pl_match *m = NULL;
  size_t n = 0, cap = 0;
  ASSERT_EQ_INT(1, pl_lexicon_scan(lx, "Xi met", 0, 6, &m, &n, &cap));
  ASSERT_EQ_INT(0, pl_lexicon_scan(lx, "Abe met", 0, 7, &m, &n, &cap));
  ASSERT_EQ_INT(2, pl_lexicon_scan(lx, "Xi and Xi", 0, 9, &m, &n, &cap));
  ASSERT_EQ_INT(3, n);
  ASSERT_TRUE(cap >= 3);
  ASSERT_EQ_INT(0, m[0].start);
  ASSERT_EQ_INT(0, m[1].start);
  ASSERT_EQ_INT(7, m[2].start);
  ASSERT_EQ_INT(9, m[2].stop);
  ASSERT_EQ_INT(2, m[2].token);
  free(m);
  pl_lexicon_free(lx);
}

TEST(apostrophe_and_dash_styles_match_each_other) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "Xi\xE2\x80\x99s", 1, 1, 0);
  add(lx, "Moon Jae-in", 1, 2, 0);
  add(lx, "\"new start\"", 1, 3, 0);
  expect_scan(lx, "Xi's", "0-4:1/1@0");
  expect_scan(lx, "Xi\xE2\x80\x99s", "0-6:1/1@0");
  expect_scan(lx, "Xi\xE2\x80\x98s", "0-6:1/1@0");
  expect_scan(lx, "Moon Jae\xE2\x80\x93in", "0-13:1/2@0"); /* en dash */
  expect_scan(lx, "Moon Jae\xE2\x80\x94in", "0-13:1/2@0"); /* em dash */
  expect_scan(lx, "Moon Jae\xE2\x80\x90in", "0-13:1/2@0"); /* hyphen */
  expect_scan(lx, "Moon Jae - in", "0-13:1/2@0");
  expect_scan(lx, "a \xE2\x80\x9Cnew start\xE2\x80\x9D", "2-17:1/3@1");
  pl_lexicon_free(lx);
}

TEST(white_space_in_phrases_matches_any_white_space) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "Prime\xC2\xA0Minister", 1, 1, 0);
  add(lx, "Foreign\r\nMinister", 1, 2, 0);
  expect_scan(lx, "Prime Minister", "0-14:1/1@0");
  expect_scan(lx, "Prime\n\tMinister", "0-15:1/1@0");
  expect_scan(lx, "Foreign Minister", "0-16:1/2@0");
  pl_lexicon_free(lx);
}

TEST(decomposed_phrases_match_composed_text) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "Erdog\xCC\x86" "an", 1, 1, 0); /* g + combining breve */
  add(lx, "mu\xCC\x88ller", 1, 2, PL_LEX_FOLD);
  expect_scan(lx, "Erdo\xC4\x9F" "an met M\xC3\x9CLLER", "0-8:1/1@0 13-20:1/2@2");
  pl_lexicon_free(lx);
}

TEST(no_match_across_a_missing_token) {
  pl_lexicon *lx = pl_lexicon_new();
  add(lx, "Prime Minister Abe", 1, 1, 0);
  expect_scan(lx, "Prime Minister Shinzo Abe", "");
  expect_scan(lx, "Prime Minister, Abe", "");
  expect_scan(lx, "Prime Minister", "");
  expect_scan(lx, "Prime Abe", "");
  expect_scan(lx, "the Prime  Minister\nAbe said", "4-23:1/1@1");
  pl_lexicon_free(lx);
}

TEST(bad_phrases_are_refused) {
  pl_lexicon *lx = pl_lexicon_new();
  ASSERT_EQ_INT(PL_EINVAL, pl_lexicon_add(lx, "", 1, 1, 0));
  ASSERT_EQ_INT(PL_EINVAL, pl_lexicon_add(lx, " \n\t", 1, 1, PL_LEX_FOLD));
  ASSERT_EQ_INT(PL_EINVAL, pl_lexicon_add(lx, "Abe", -1, 1, 0));
  /* 17 tokens (one too many), then 16 */
  ASSERT_EQ_INT(PL_EINVAL, pl_lexicon_add(lx, "a b c d e f g h i j k l m n o p q", 1, 1, 0));
  ASSERT_EQ_INT(PL_EINVAL, pl_lexicon_add(lx, "U.S.-Japan-China-Korea-India-U.K.", 1, 1, 0));
  ASSERT_EQ_INT(0, pl_lexicon_size(lx));
  ASSERT_EQ_INT(PL_OK, pl_lexicon_add(lx, "a b c d e f g h i j k l m n o p", 1, 1, 0));
  ASSERT_EQ_INT(PL_OK, pl_lexicon_add(lx, "Abe", 0, -5, 0)); /* kind 0 and any value */
  ASSERT_EQ_INT(2, pl_lexicon_size(lx));
  expect_scan(lx, "x a b c d e f g h i j k l m n o p Abe", "2-33:1/1@1 34-37:0/-5@17");
  pl_lexicon_free(lx);
}

TEST(ten_thousand_phrases_still_scan_correctly) {
  pl_lexicon *lx = pl_lexicon_new();
  char phrase[64];
  for (int i = 0; i < 10000; i++) {
    snprintf(phrase, sizeof phrase, "Name%d Family%d", i, i);
    add(lx, phrase, 1, i, 0);
    snprintf(phrase, sizeof phrase, "minister of affairs %d", i);
    add(lx, phrase, 2, i, PL_LEX_FOLD);
  }
  add(lx, "Name5", 3, 5, 0);
  ASSERT_EQ_INT(20001, pl_lexicon_size(lx));
  expect_scan(lx,
              "Name5 Family5 met Name9999 Family9999, Minister of Affairs 4321 and Name5 "
              "Family6 and Name10000 Family10000.",
              "0-13:1/5@0 18-37:1/9999@3 39-63:2/4321@6 68-73:3/5@11");
  pl_lexicon_free(lx);
}

TEST(free_accepts_null) { pl_lexicon_free(NULL); }

TEST_MAIN(T(tokens_of_names_and_abbreviations), T(tokens_of_quotes_curly_and_straight),
          T(white_space_only_separates), T(token_count_of_a_range), T(exact_and_folded_phrases),
          T(folding_covers_letters_of_any_script), T(longest_match_wins),
          T(longest_match_across_case_modes), T(a_phrase_with_several_meanings_reports_all),
          T(same_length_exact_and_folded_both_reported),
          T(scan_of_a_range_gives_absolute_offsets), T(scan_appends_to_what_is_there),
          T(apostrophe_and_dash_styles_match_each_other),
          T(white_space_in_phrases_matches_any_white_space),
          T(decomposed_phrases_match_composed_text), T(no_match_across_a_missing_token),
          T(bad_phrases_are_refused), T(ten_thousand_phrases_still_scan_correctly),
          T(free_accepts_null))
