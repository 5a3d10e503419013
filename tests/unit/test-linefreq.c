/* test-linefreq.c: how many articles contain each short line
 * (core/linefreq.c). */
#include <stdlib.h>

#include "article.h"
#include "linefreq.h"
#include "runner.h"

static pl_article *article(const char *text) {
  pl_article *a = NULL;
  pl_diag d;
  if (pl_article_from_memory(text, strlen(text), "lf.txt", NULL, &a, &d) != PL_OK)
    TEST_FAIL_("from_memory: %s", d.msg);
  return a;
}

static int count(const pl_linefreq *lf, const char *line) {
  return pl_linefreq_count(lf, line, strlen(line));
}

TEST(counts_articles_not_occurrences) {
  pl_linefreq *lf = pl_linefreq_new();
  ASSERT_EQ_INT(0, pl_linefreq_articles(lf));
  pl_article *a = article("Related coverage\nAbe met Xi.\nRelated coverage\n");
  pl_article *b = article("Related coverage\n\nKishida met Xi.\n");
  pl_article *c = article("Biden met Xi.\n");
  pl_linefreq_add(lf, a);
  pl_linefreq_add(lf, b);
  pl_linefreq_add(lf, c);
  ASSERT_EQ_INT(3, pl_linefreq_articles(lf));
  ASSERT_EQ_INT(2, count(lf, "Related coverage")); /* twice in a: counted once */
  ASSERT_EQ_INT(1, count(lf, "Abe met Xi."));
  ASSERT_EQ_INT(1, count(lf, "Biden met Xi."));
  ASSERT_EQ_INT(0, count(lf, "Related"));
  ASSERT_EQ_INT(0, count(lf, "related coverage"));
  ASSERT_EQ_INT(0, count(lf, "")); /* blank lines are not counted */
  pl_article_unref(a);
  pl_article_unref(b);
  pl_article_unref(c);
  pl_linefreq_free(lf);
  pl_linefreq_free(NULL);
}

TEST(long_lines_are_not_counted) {
  char line[PL_LINEFREQ_MAX_LINE + 2];
  memset(line, 'a', sizeof line - 1);
  line[sizeof line - 1] = '\0'; /* one byte over the limit */
  pl_linefreq *lf = pl_linefreq_new();
  pl_article *a = article(line);
  pl_linefreq_add(lf, a);
  pl_linefreq_add(lf, a);
  ASSERT_EQ_INT(0, count(lf, line));
  line[PL_LINEFREQ_MAX_LINE] = '\0'; /* exactly the limit */
  pl_article *b = article(line);
  pl_linefreq_add(lf, b);
  ASSERT_EQ_INT(1, count(lf, line));
  pl_article_unref(a);
  pl_article_unref(b);
  pl_linefreq_free(lf);
}

TEST(removed_lines_still_count) {
  /* Counting runs before rules, on what the site printed. */
  pl_linefreq *lf = pl_linefreq_new();
  pl_article *a = article("Sponsored Content\nbody\n");
  pl_article_remove_line(a, 0, "boilerplate", NULL, NULL);
  pl_linefreq_add(lf, a);
  ASSERT_EQ_INT(1, count(lf, "Sponsored Content"));
  pl_article_unref(a);
  pl_linefreq_free(lf);
}

TEST_MAIN(T(counts_articles_not_occurrences), T(long_lines_are_not_counted),
          T(removed_lines_still_count))
