/* linefreq.c: line hashes -> number of articles, deduplicated per article
 * by sorting that article's hashes. Never calls Lua. */
#include "linefreq.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "strmap.h"

struct pl_linefreq {
  pl_strmap *counts; /* 8-byte hash -> articles */
  size_t articles;
};

pl_linefreq *pl_linefreq_new(void) {
  pl_linefreq *lf = pl_xcalloc(1, sizeof *lf);
  lf->counts = pl_strmap_new();
  return lf;
}

void pl_linefreq_free(pl_linefreq *lf) {
  if (!lf) return;
  pl_strmap_free(lf->counts);
  free(lf);
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

void pl_linefreq_add(pl_linefreq *lf, const pl_article *a) {
  uint64_t *h = pl_xmalloc(pl_mul_size(a->n_lines ? a->n_lines : 1, sizeof *h));
  size_t n = 0;
  for (size_t i = 0; i < a->n_lines; i++) {
    size_t len = a->lines[i].stop - a->lines[i].start;
    if (len == 0 || len > PL_LINEFREQ_MAX_LINE) continue;
    h[n++] = XXH3_64bits(a->text + a->lines[i].start, len);
  }
  qsort(h, n, sizeof *h, cmp_u64);
  for (size_t i = 0; i < n; i++) {
    if (i && h[i] == h[i - 1]) continue;
    int c = pl_strmap_get(lf->counts, (const char *)&h[i], sizeof h[i], 0);
    pl_strmap_put(lf->counts, (const char *)&h[i], sizeof h[i], c + 1);
  }
  free(h);
  lf->articles++;
}

int pl_linefreq_count(const pl_linefreq *lf, const char *line, size_t n) {
  if (n == 0 || n > PL_LINEFREQ_MAX_LINE) return 0;
  uint64_t h = XXH3_64bits(line, n);
  return pl_strmap_get(lf->counts, (const char *)&h, sizeof h, 0);
}

size_t pl_linefreq_articles(const pl_linefreq *lf) { return lf->articles; }
