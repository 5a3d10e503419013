/* test-text.c: normalisation of raw bytes, binary sniffing and UTF-8
 * decoding (core/text.c). */
#include <stdlib.h>
#include <utf8proc.h>

#include "parley.h"
#include "runner.h"
#include "text.h"

static char *norm(const char *in, pl_norm_stats *st) {
  size_t n;
  return pl_text_normalize(in, strlen(in), &n, st);
}

/* Normalise n bytes (which may contain NULs) and compare with want. */
static void expect_norm_n(const char *in, size_t n, const char *want) {
  size_t len = 99;
  char *t = pl_text_normalize(in, n, &len, NULL);
  ASSERT_EQ_STR(want, t);
  ASSERT_EQ_INT(strlen(want), len);
  free(t);
}

static void expect_norm(const char *in, const char *want) {
  expect_norm_n(in, strlen(in), want);
}

/* ---- line ends, BOM, spaces ------------------------------------------------ */

TEST(crlf_and_cr_become_newlines) {
  char *t = norm("one\r\ntwo\rthree\n", NULL);
  ASSERT_EQ_STR("one\ntwo\nthree\n", t);
  free(t);
}

TEST(cr_then_crlf_is_a_blank_line) { expect_norm("a\r\r\nb", "a\n\nb\n"); }

TEST(form_feed_vertical_tab_and_nel_break_lines) {
  expect_norm("a\fb\vc\xC2\x85" "d", "a\nb\nc\nd\n");
}

TEST(unicode_line_and_paragraph_separators) {
  /* U+2028 is a line break, U+2029 a paragraph break (a blank line). */
  expect_norm("one\xE2\x80\xA8two\xE2\x80\xA9three", "one\ntwo\n\nthree\n");
}

TEST(bom_stripped_and_spaces_collapsed) {
  pl_norm_stats st;
  char *t = norm("\xEF\xBB\xBF  Shinzo\xC2\xA0 Abe\t met \n", &st);
  ASSERT_EQ_STR("Shinzo Abe met\n", t);
  ASSERT_EQ_INT(1, st.bom);
  ASSERT_EQ_INT(0, st.invalid);
  ASSERT_EQ_INT(0, st.controls);
  free(t);
}

TEST(bom_only_at_start_is_counted) {
  pl_norm_stats st;
  char *t = norm("a\xEF\xBB\xBF" "b", &st);
  ASSERT_EQ_STR("ab\n", t); /* a BOM inside is a zero-width no-break space */
  ASSERT_EQ_INT(0, st.bom);
  free(t);
}

TEST(unicode_spaces_become_one_space) {
  /* no-break, thin, narrow no-break, figure, ideographic, em space */
  expect_norm("a\xC2\xA0" "b\xE2\x80\x89" "c\xE2\x80\xAF" "d\xE2\x80\x87" "e\xE3\x80\x80"
              "f\xE2\x80\x83\xC2\xA0 \t" "g",
              "a b c d e f g\n");
}

TEST(zero_width_characters_dropped) {
  /* ZWSP, word joiner, BOM inside a word, soft hyphen */
  expect_norm("Xi\xE2\x80\x8BJin\xE2\x81\xA0ping\xEF\xBB\xBF met nor\xC2\xADmal",
              "XiJinping met normal\n");
}

TEST(lines_trimmed_and_spaces_collapsed) {
  expect_norm("   a   b  \n\t c\t\n", "a b\nc\n");
}

TEST(blank_lines_collapse_and_ends_trimmed) {
  expect_norm("\n\n \n a\n\n\n\nb\n \t \n\xC2\xA0\nc\n\n\n", "a\n\nb\n\nc\n");
}

TEST(result_ends_with_one_newline) {
  expect_norm("abc", "abc\n");
  expect_norm("abc\n\n\n", "abc\n");
}

TEST(empty_and_blank_inputs_give_empty_text) {
  expect_norm("", "");
  expect_norm(" \n\t\r\n\xC2\xA0\xE2\x80\x8B", "");
}

/* ---- control characters and NUL -------------------------------------------- */

TEST(controls_and_nuls_removed_and_counted) {
  pl_norm_stats st;
  static const char in[] = "a\0b\x01" "c\x7F" "d\x1B" "e\xC2\x80" "f\0";
  size_t len;
  char *t = pl_text_normalize(in, sizeof in - 1, &len, &st);
  ASSERT_EQ_STR("abcdef\n", t);
  ASSERT_EQ_INT(7, len);
  ASSERT_EQ_INT(6, st.controls); /* NUL, 01, 7F, 1B, U+0080, NUL */
  ASSERT_EQ_INT(2, st.nuls);
  ASSERT_EQ_INT(0, st.invalid);
  free(t);
}

TEST(stats_may_be_null) { expect_norm_n("a\0b", 3, "ab\n"); }

/* ---- invalid UTF-8 ---------------------------------------------------------- */

TEST(invalid_utf8_replaced_and_counted) {
  pl_norm_stats st;
  char *t = norm("a\xFF" "b\xC3(", &st);
  ASSERT_EQ_STR("a\xEF\xBF\xBD" "b\xEF\xBF\xBD(\n", t);
  ASSERT_EQ_INT(2, st.invalid);
  free(t);
}

TEST(truncated_sequence_is_one_replacement) {
  /* Unicode's "maximal subpart" practice: the lead byte and the
   * continuation bytes that fit it make one U+FFFD, not one per byte. */
  pl_norm_stats st;
  char *t = norm("a\xE2\x80" "b\xF0\x9F\x98" "c\xF0\x9F", &st);
  ASSERT_EQ_STR("a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\n", t);
  ASSERT_EQ_INT(3, st.invalid);
  free(t);
}

TEST(overlong_and_surrogate_bytes_each_replaced) {
  pl_norm_stats st;
  /* C0 is never a lead byte; ED A0 is a surrogate, so ED stands alone. */
  char *t = norm("\xC0\xAF|\xED\xA0\x80|\xF4\x90\x80\x80", &st);
  ASSERT_EQ_STR("\xEF\xBF\xBD\xEF\xBF\xBD|\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|"
                "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\n",
                t);
  ASSERT_EQ_INT(9, st.invalid);
  free(t);
}

TEST(valid_multibyte_kept) {
  expect_norm("\xE7\xBF\x92\xE8\xBF\x91\xE5\xB9\xB3 \xF0\x9F\x87\xAF\xF0\x9F\x87\xB5 caf\xC3\xA9",
              "\xE7\xBF\x92\xE8\xBF\x91\xE5\xB9\xB3 \xF0\x9F\x87\xAF\xF0\x9F\x87\xB5 caf\xC3\xA9\n");
}

/* ---- NFC -------------------------------------------------------------------- */

TEST(nfc_composes_e_and_combining_acute) {
  expect_norm("Cafe\xCC\x81 Ame\xCC\x81lie", "Caf\xC3\xA9 Am\xC3\xA9lie\n");
}

TEST(nfc_reorders_and_composes_several_marks) {
  /* a + dot below (ccc 220) + circumflex (ccc 230) -> U+1EAD */
  expect_norm("a\xCC\x82\xCC\xA3", "\xE1\xBA\xAD\n");
}

TEST(nfc_maps_singletons_without_combining_marks) {
  /* OHM SIGN U+2126 -> U+03A9, ANGSTROM SIGN U+212B -> U+00C5 */
  expect_norm("5 \xE2\x84\xA6 and 1 \xE2\x84\xAB", "5 \xCE\xA9 and 1 \xC3\x85\n");
}

TEST(nfc_composes_hangul_jamo) {
  expect_norm("\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80\n"); /* U+1100 U+1161 -> U+AC00 */
}

TEST(nfc_leaves_composed_text_alone) {
  expect_norm("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D", "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\n");
}

TEST(nfc_maps_singletons_of_precomposed_letters) {
  /* GREEK SMALL LETTER ALPHA WITH OXIA U+1F71 -> U+03AC (tonos): a letter
   * with a decomposition that does not recompose to itself; KELVIN SIGN */
  expect_norm("\xE1\xBD\xB1 \xE2\x84\xAA", "\xCE\xAC K\n");
}

TEST(nfc_composes_vowel_signs_and_hangul_finals) {
  /* TAMIL E + AA -> O (both of combining class 0); GA + final KIYEOK */
  expect_norm("\xE0\xAF\x86\xE0\xAE\xBE \xEA\xB0\x80\xE1\x86\xA8",
              "\xE0\xAF\x8A \xEA\xB0\x81\n");
}

/* NFC(cp alone) by utf8proc, into d (at most 8); returns the length. */
static utf8proc_ssize_t nfc_of(int32_t cp, utf8proc_int32_t *d) {
  int last = 0;
  utf8proc_ssize_t k = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, &last);
  ASSERT_TRUE(k > 0 && k <= 8);
  return utf8proc_normalize_utf32(d, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

/* The normaliser skips NFC unless a kept character is "sensitive". That is
 * safe when every character NFC can change alone, every combining mark and
 * every character that composes with the one before it (the later parts
 * of the decomposition of a character NFC keeps) is sensitive: checked
 * here for every code point against utf8proc itself. */
TEST(nfc_sensitive_characters_cover_what_nfc_changes) {
  for (int32_t cp = 0xA0; cp <= 0x10FFFF; cp++) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    if (p->combining_class && !pl__text_nfc_sensitive(cp)) TEST_FAIL_("U+%04X: a mark", cp);
    if (p->decomp_type != 0 || p->decomp_seqindex == UINT16_MAX) continue;
    utf8proc_int32_t d[8];
    utf8proc_ssize_t k = nfc_of(cp, d);
    if (k != 1 || d[0] != cp) {
      if (!pl__text_nfc_sensitive(cp)) TEST_FAIL_("U+%04X: NFC changes it", cp);
      continue;
    }
    int last = 0;
    k = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, &last);
    for (utf8proc_ssize_t i = 1; i < k; i++)
      if (!pl__text_nfc_sensitive(d[i])) TEST_FAIL_("U+%04X composes with a base", d[i]);
  }
  for (int32_t cp = 0x1161; cp <= 0x11C2; cp++) /* Hangul vowels and finals */
    if ((cp <= 0x1175 || cp >= 0x11A8) && !pl__text_nfc_sensitive(cp))
      TEST_FAIL_("U+%04X: Hangul jamo", cp);
  /* and the usual characters of news text are not */
  static const int32_t plain[] = {0xE9, 0xFC, 0x2019, 0x201C, 0x2014, 0x4E2D, 0xAC00, 0x1F1EF};
  for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
    ASSERT_EQ_INT(0, pl__text_nfc_sensitive(plain[i]));
}

TEST(runs_of_text_keep_single_spaces_and_line_breaks) {
  expect_norm("\xE2\x80\x9C" "a\xE2\x80\x9D \xE2\x80\x9C" "b\xE2\x80\x9D\n\xE2\x80\x9C" "c  d\n \xC3\xA9 f",
              "\xE2\x80\x9C" "a\xE2\x80\x9D \xE2\x80\x9C" "b\xE2\x80\x9D\n\xE2\x80\x9C" "c d\n\xC3\xA9 f\n");
  expect_norm("a \xC2\xA0" "b c\xE2\x80\x8B d\n\n\ne \n", "a b c d\n\ne\n");
}

/* ---- sniffing --------------------------------------------------------------- */

TEST(sniff_plain_text_is_text) {
  const char *why = "unset";
  const char *s = "Chinese President Xi Jinping met Japanese Prime Minister Shinzo Abe.\n";
  ASSERT_EQ_INT(PL_OK, pl_text_sniff(s, strlen(s), &why));
  ASSERT_EQ_STR("unset", why);
  ASSERT_EQ_INT(PL_OK, pl_text_sniff("", 0, &why));
}

TEST(sniff_utf16_boms) {
  const char *why = NULL;
  ASSERT_EQ_INT(PL_EBINARY, pl_text_sniff("\xFF\xFEX\0i\0", 6, &why));
  ASSERT_EQ_STR("UTF-16 text (byte order mark FF FE); convert it to UTF-8", why);
  ASSERT_EQ_INT(PL_EBINARY, pl_text_sniff("\xFE\xFF\0X\0i", 6, &why));
  ASSERT_EQ_STR("UTF-16 text (byte order mark FE FF); convert it to UTF-8", why);
}

TEST(sniff_nul_heavy_is_binary) {
  /* UTF-16LE without a byte order mark */
  static const char s[] = "H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0";
  const char *why = NULL;
  ASSERT_EQ_INT(PL_EBINARY, pl_text_sniff(s, sizeof s - 1, &why));
  ASSERT_EQ_STR("NUL bytes: this looks like a binary file", why);
}

TEST(sniff_random_bytes_are_binary) {
  char buf[8192];
  uint32_t x = 12345;
  for (size_t i = 0; i < sizeof buf; i++) {
    x = x * 1103515245u + 12345u;
    buf[i] = (char)((x >> 16) & 0xFF);
  }
  const char *why = NULL;
  ASSERT_EQ_INT(PL_EBINARY, pl_text_sniff(buf, sizeof buf, &why));
  ASSERT_EQ_STR("mostly control or invalid bytes: this looks like a binary file", why);
}

TEST(sniff_one_stray_nul_is_still_text) {
  static const char short_s[] = "Abe met Xi.\0\n";
  const char *why = NULL;
  ASSERT_EQ_INT(PL_OK, pl_text_sniff(short_s, sizeof short_s - 1, &why));
  char longer[2000];
  memset(longer, 'a', sizeof longer);
  longer[700] = '\0';
  ASSERT_EQ_INT(PL_OK, pl_text_sniff(longer, sizeof longer, &why));
  ASSERT_TRUE(why == NULL);
}

TEST(sniff_sparse_invalid_bytes_are_text) {
  /* Latin-1 text: a few bytes that are not UTF-8 in a mostly ASCII line */
  const char *s = "The caf\xE9 on the corner served cr\xEApes to the delegation at noon.";
  const char *why = NULL;
  ASSERT_EQ_INT(PL_OK, pl_text_sniff(s, strlen(s), &why));
}

TEST(sniff_sequence_cut_by_window_is_not_evidence) {
  /* 64 KiB of text whose last character straddles the sample window */
  size_t n = 65536 + 8;
  char *s = malloc(n);
  memset(s, 'x', n);
  memcpy(s + 65535, "\xE2\x80\x9C", 3);
  const char *why = NULL;
  ASSERT_EQ_INT(PL_OK, pl_text_sniff(s, n, &why));
  free(s);
}

/* ---- UTF-8 decoding --------------------------------------------------------- */

TEST(utf8_decode_lengths_and_code_points) {
  int32_t cp = -1;
  ASSERT_EQ_INT(1, pl_utf8_decode("A", 1, &cp));
  ASSERT_EQ_INT(0x41, cp);
  ASSERT_EQ_INT(2, pl_utf8_decode("\xC3\xA9", 2, &cp));
  ASSERT_EQ_INT(0xE9, cp);
  ASSERT_EQ_INT(3, pl_utf8_decode("\xE2\x80\x9D!", 4, &cp));
  ASSERT_EQ_INT(0x201D, cp);
  ASSERT_EQ_INT(4, pl_utf8_decode("\xF0\x9F\x87\xAF", 4, &cp));
  ASSERT_EQ_INT(0x1F1EF, cp);
}

TEST(utf8_decode_rejects_invalid_and_truncated) {
  int32_t cp = 0;
  ASSERT_EQ_INT(0, pl_utf8_decode("", 0, &cp));
  ASSERT_EQ_INT(0, pl_utf8_decode("\xE2\x80\x9D", 2, &cp)); /* cut by n */
  ASSERT_EQ_INT(0, pl_utf8_decode("\x80", 1, &cp));
  ASSERT_EQ_INT(0, pl_utf8_decode("\xC0\x80", 2, &cp)); /* overlong NUL */
  ASSERT_EQ_INT(0, pl_utf8_decode("\xED\xA0\x80", 3, &cp)); /* surrogate */
  ASSERT_EQ_INT(0, pl_utf8_decode("\xF4\x90\x80\x80", 4, &cp)); /* > U+10FFFF */
  ASSERT_EQ_INT(2, pl_utf8_len("\xC3\xA9", 2));
  ASSERT_EQ_INT(0, pl_utf8_len("\xC3", 1));
}

TEST_MAIN(T(crlf_and_cr_become_newlines), T(cr_then_crlf_is_a_blank_line),
          T(form_feed_vertical_tab_and_nel_break_lines),
          T(unicode_line_and_paragraph_separators), T(bom_stripped_and_spaces_collapsed),
          T(bom_only_at_start_is_counted), T(unicode_spaces_become_one_space),
          T(zero_width_characters_dropped), T(lines_trimmed_and_spaces_collapsed),
          T(blank_lines_collapse_and_ends_trimmed), T(result_ends_with_one_newline),
          T(empty_and_blank_inputs_give_empty_text), T(controls_and_nuls_removed_and_counted),
          T(stats_may_be_null), T(invalid_utf8_replaced_and_counted),
          T(truncated_sequence_is_one_replacement),
          T(overlong_and_surrogate_bytes_each_replaced), T(valid_multibyte_kept),
          T(nfc_composes_e_and_combining_acute), T(nfc_reorders_and_composes_several_marks),
          T(nfc_maps_singletons_without_combining_marks), T(nfc_composes_hangul_jamo),
          T(nfc_leaves_composed_text_alone), T(nfc_maps_singletons_of_precomposed_letters),
          T(nfc_composes_vowel_signs_and_hangul_finals),
          T(nfc_sensitive_characters_cover_what_nfc_changes),
          T(runs_of_text_keep_single_spaces_and_line_breaks), T(sniff_plain_text_is_text),
          T(sniff_utf16_boms), T(sniff_nul_heavy_is_binary), T(sniff_random_bytes_are_binary),
          T(sniff_one_stray_nul_is_still_text), T(sniff_sparse_invalid_bytes_are_text),
          T(sniff_sequence_cut_by_window_is_not_evidence),
          T(utf8_decode_lengths_and_code_points),
          T(utf8_decode_rejects_invalid_and_truncated))
