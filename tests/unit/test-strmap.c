/* test-strmap.c: the byte-string -> int hash map (core/strmap.c). */
#include <stdlib.h>

#include "runner.h"
#include "strmap.h"

TEST(put_get_overwrite_and_missing) {
  pl_strmap *m = pl_strmap_new();
  ASSERT_EQ_INT(0, pl_strmap_count(m));
  ASSERT_EQ_INT(-1, pl_strmap_get(m, "Mr", 2, -1));
  pl_strmap_put(m, "Mr", 2, 1);
  pl_strmap_put(m, "U.S", 3, 3);
  ASSERT_EQ_INT(1, pl_strmap_get(m, "Mr", 2, -1));
  ASSERT_EQ_INT(3, pl_strmap_get(m, "U.S", 3, -1));
  pl_strmap_put(m, "Mr", 2, 7);
  ASSERT_EQ_INT(7, pl_strmap_get(m, "Mr", 2, -1));
  ASSERT_EQ_INT(2, pl_strmap_count(m));
  ASSERT_EQ_INT(-1, pl_strmap_get(m, "mr", 2, -1)); /* case matters */
  pl_strmap_free(m);
  pl_strmap_free(NULL);
}

TEST(keys_are_lengths_not_c_strings) {
  pl_strmap *m = pl_strmap_new();
  pl_strmap_put(m, "Mrs", 2, 1); /* the key is "Mr" */
  ASSERT_EQ_INT(1, pl_strmap_get(m, "Mr", 2, 0));
  ASSERT_EQ_INT(0, pl_strmap_get(m, "Mrs", 3, 0));
  ASSERT_EQ_INT(0, pl_strmap_get(m, "M", 1, 0));
  pl_strmap_put(m, "a\0b", 3, 5);
  pl_strmap_put(m, "a\0c", 3, 6);
  ASSERT_EQ_INT(5, pl_strmap_get(m, "a\0b", 3, 0));
  ASSERT_EQ_INT(6, pl_strmap_get(m, "a\0c", 3, 0));
  ASSERT_EQ_INT(0, pl_strmap_get(m, "a", 1, 0));
  pl_strmap_put(m, "", 0, 9);
  ASSERT_EQ_INT(9, pl_strmap_get(m, "", 0, 0));
  ASSERT_EQ_INT(4, pl_strmap_count(m));
  pl_strmap_free(m);
}

TEST(key_is_copied) {
  pl_strmap *m = pl_strmap_new();
  char key[8] = "Dr";
  pl_strmap_put(m, key, 2, 1);
  key[0] = 'X';
  ASSERT_EQ_INT(1, pl_strmap_get(m, "Dr", 2, 0));
  ASSERT_EQ_INT(0, pl_strmap_get(m, "Xr", 2, 0));
  pl_strmap_free(m);
}

TEST(grows_and_keeps_every_key) {
  pl_strmap *m = pl_strmap_new();
  char key[32];
  for (int i = 0; i < 20000; i++) {
    int n = snprintf(key, sizeof key, "word%d", i);
    pl_strmap_put(m, key, (size_t)n, i);
  }
  ASSERT_EQ_INT(20000, pl_strmap_count(m));
  for (int i = 0; i < 20000; i++) {
    int n = snprintf(key, sizeof key, "word%d", i);
    ASSERT_EQ_INT(i, pl_strmap_get(m, key, (size_t)n, -1));
  }
  ASSERT_EQ_INT(-1, pl_strmap_get(m, "word20000", 9, -1));
  pl_strmap_free(m);
}

TEST_MAIN(T(put_get_overwrite_and_missing), T(keys_are_lengths_not_c_strings), T(key_is_copied),
          T(grows_and_keeps_every_key))
