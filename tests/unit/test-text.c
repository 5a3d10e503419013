/* test-text.c: normalisation of raw bytes (core/text.c). */
#include <stdlib.h>

#include "runner.h"
#include "text.h"

static char *norm(const char *in, pl_norm_stats *st) {
  size_t n;
  return pl_text_normalize(in, strlen(in), &n, st);
}

TEST(crlf_and_cr_become_newlines) {
  char *t = norm("one\r\ntwo\rthree\n", NULL);
  ASSERT_EQ_STR("one\ntwo\nthree\n", t);
  free(t);
}

TEST(bom_stripped_and_spaces_collapsed) {
  pl_norm_stats st;
  char *t = norm("\xEF\xBB\xBF  Shinzo\xC2\xA0 Abe\t met \n", &st);
  ASSERT_EQ_STR("Shinzo Abe met\n", t);
  ASSERT_EQ_INT(1, st.bom);
  free(t);
}

TEST(invalid_utf8_replaced_and_counted) {
  pl_norm_stats st;
  char *t = norm("a\xFF" "b\xC3(", &st);
  ASSERT_EQ_STR("a\xEF\xBF\xBD" "b\xEF\xBF\xBD(\n", t);
  ASSERT_EQ_INT(2, st.invalid);
  free(t);
}

TEST_MAIN(T(crlf_and_cr_become_newlines), T(bom_stripped_and_spaces_collapsed),
          T(invalid_utf8_replaced_and_counted))
