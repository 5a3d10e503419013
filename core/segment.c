/* segment.c: paragraphs and sentences of an article's kept lines.
 * Quotations are found in quotes.c. Sentence boundaries follow the usual
 * rules of news English: a terminator (. ! ? …), optional closing quotes or
 * brackets, white space, and a next word that is not lower case; a period
 * after an abbreviation is judged by the abbreviation's kind, and one after
 * an initial or a dotted form ("U.K.") like a general abbreviation. Runs of
 * marks and sentences are bounded by PL_SENTENCE_MAX. Never calls Lua. */
#include "segment.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "strmap.h"
#include "text.h"

struct pl_segmenter {
  pl_strmap *abbrevs;  /* word without final period -> pl_abbrev_kind */
  pl_strmap *starters; /* capitalised sentence-starting words -> 1 */
};

pl_segmenter *pl_segmenter_new(void) {
  pl_segmenter *sg = pl_xcalloc(1, sizeof *sg);
  sg->abbrevs = pl_strmap_new();
  sg->starters = pl_strmap_new();
  return sg;
}

void pl_segmenter_free(pl_segmenter *sg) {
  if (!sg) return;
  pl_strmap_free(sg->abbrevs);
  pl_strmap_free(sg->starters);
  free(sg);
}

int pl_segmenter_add_abbrev(pl_segmenter *sg, const char *word,
                            pl_abbrev_kind kind) {
  size_t n = strlen(word);
  if (n && word[n - 1] == '.') n--;
  if (n == 0 || kind < PL_ABBR_TITLE || kind > PL_ABBR_GENERAL) return PL_EINVAL;
  pl_strmap_put(sg->abbrevs, word, n, (int)kind);
  return PL_OK;
}

int pl_segmenter_add_starter(pl_segmenter *sg, const char *word) {
  size_t n = strlen(word);
  if (n == 0) return PL_EINVAL;
  pl_strmap_put(sg->starters, word, n, 1);
  return PL_OK;
}

size_t pl_segmenter_count(const pl_segmenter *sg) {
  return sg ? pl_strmap_count(sg->abbrevs) + pl_strmap_count(sg->starters) : 0;
}

/* ---- paragraphs ---------------------------------------------------------- */

static int line_kept(const pl_article *a, size_t i) {
  return !a->removed_by[i] && a->kept[i].stop > a->kept[i].start;
}

/* Lines are seen through their kept span: rules may have cut a part off. */
static size_t line_len(const pl_article *a, size_t i) {
  return a->kept[i].stop - a->kept[i].start;
}

/* Does the line end like a finished sentence or a heading-free block? */
static int ends_sentence(const pl_article *a, size_t i) {
  const char *s = a->text + a->kept[i].start;
  size_t n = line_len(a, i);
  static const char *const closers[] = {".", "!", "?", ":", "\"", "'", ")",
                                        "\xE2\x80\x9D", "\xE2\x80\x99",
                                        "\xE2\x80\xA6", NULL};
  for (int k = 0; closers[k]; k++) {
    size_t m = strlen(closers[k]);
    if (n >= m && memcmp(s + n - m, closers[k], m) == 0) return 1;
  }
  return 0;
}

static int starts_lower(const pl_article *a, size_t i) {
  const char *s = a->text + a->kept[i].start;
  int32_t cp;
  if (!pl_utf8_decode(s, line_len(a, i), &cp)) return 0;
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static void push_paragraph(pl_article *a, size_t *cap, uint32_t start, uint32_t stop) {
  if (a->n_paragraphs == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    a->paragraphs = pl_xrealloc(a->paragraphs, pl_mul_size(*cap, sizeof *a->paragraphs));
  }
  a->paragraphs[a->n_paragraphs].start = start;
  a->paragraphs[a->n_paragraphs].stop = stop;
  a->n_paragraphs++;
}

/* A run of three or more lines most of which reach 3/4 of the widest is
 * hard-wrapped prose: its lines join until one falls short of that width.
 * Wrapping cuts sentences at random, so most full lines end mid-sentence;
 * when most of them end a sentence instead, the run is one paragraph per
 * line (as scrapers write it) that merely happens to be even. */
static size_t wrap_width(const pl_article *a, size_t first, size_t last) {
  if (last - first < 2) return 0;
  size_t width = 0, full = 0, ended = 0;
  for (size_t i = first; i <= last; i++)
    if (line_len(a, i) > width) width = line_len(a, i);
  if (width < 50 || width > 200) return 0;
  for (size_t i = first; i < last; i++) {
    if (line_len(a, i) * 4 < width * 3) continue;
    full++;
    ended += ends_sentence(a, i);
  }
  return full * 2 >= last - first && ended * 2 < full ? width : 0;
}

static void paragraphs_of_run(pl_article *a, size_t *cap, size_t first, size_t last) {
  size_t width = wrap_width(a, first, last);
  uint32_t start = a->kept[first].start;
  for (size_t i = first; i <= last; i++) {
    int joins;
    /* a paragraph is one span of text: never join across a cut */
    if (i == last || a->kept[i].stop != a->lines[i].stop ||
        a->kept[i + 1].start != a->lines[i + 1].start)
      joins = 0;
    else if (width) joins = line_len(a, i) * 4 >= width * 3;
    else joins = !ends_sentence(a, i) && starts_lower(a, i + 1);
    if (joins) continue;
    push_paragraph(a, cap, start, a->kept[i].stop);
    if (i < last) start = a->kept[i + 1].start;
  }
}

static void find_paragraphs(pl_article *a) {
  size_t cap = 0;
  for (size_t i = 0; i < a->n_lines;) {
    if (!line_kept(a, i)) {
      i++;
      continue;
    }
    size_t last = i;
    while (last + 1 < a->n_lines && line_kept(a, last + 1)) last++;
    paragraphs_of_run(a, &cap, i, last);
    i = last + 1;
  }
}

/* ---- sentences ----------------------------------------------------------- */

typedef struct sent_builder {
  pl_article *a;
  size_t cap;
} sent_builder;

static int is_space(char c) { return c == ' ' || c == '\n'; }

static void push_sentence(sent_builder *sb, size_t start, size_t stop, uint32_t para) {
  pl_article *a = sb->a;
  while (start < stop && is_space(a->text[start])) start++;
  while (stop > start && is_space(a->text[stop - 1])) stop--;
  if (start == stop) return;
  if (a->n_sentences == sb->cap) {
    sb->cap = sb->cap ? sb->cap * 2 : 32;
    a->sentences = pl_xrealloc(a->sentences, pl_mul_size(sb->cap, sizeof *a->sentences));
  }
  pl_sentence *s = &a->sentences[a->n_sentences++];
  s->start = (uint32_t)start;
  s->stop = (uint32_t)stop;
  s->paragraph = para;
}

/* Length of a closing quote or bracket at p, or 0. */
static size_t closer_len(const char *p, const char *end) {
  if (p < end && (*p == '"' || *p == '\'' || *p == ')' || *p == ']')) return 1;
  if (end - p >= 3 && (memcmp(p, "\xE2\x80\x9D", 3) == 0 || memcmp(p, "\xE2\x80\x99", 3) == 0))
    return 3;
  if (end - p >= 2 && memcmp(p, "\xC2\xBB", 2) == 0) return 2;
  return 0;
}

/* Length of a terminator at p (. ! ? or the ellipsis character), or 0. */
static size_t terminator_len(const char *p, const char *end) {
  if (*p == '.' || *p == '!' || *p == '?') return 1;
  if (end - p >= 3 && memcmp(p, "\xE2\x80\xA6", 3) == 0) return 3;
  return 0;
}

static int is_ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/* Length of an opening quote or bracket at p, or 0. */
static size_t opener_len(const char *p, const char *end) {
  if (p < end && (*p == '"' || *p == '\'' || *p == '(' || *p == '[')) return 1;
  if (end - p >= 3 && (memcmp(p, "\xE2\x80\x9C", 3) == 0 || memcmp(p, "\xE2\x80\x98", 3) == 0))
    return 3;
  if (end - p >= 2 && memcmp(p, "\xC2\xAB", 2) == 0) return 2;
  return 0;
}

/* Does the text at next begin (after any opening quotes) with a word that
 * usually starts a sentence? */
static int starter_follows(const pl_segmenter *sg, const char *next, const char *end) {
  if (!sg) return 0;
  size_t k;
  while ((k = opener_len(next, end)) != 0) next += k;
  const char *e = next;
  while (e < end && is_ascii_alpha(*e)) e++;
  return e > next && pl_strmap_get(sg->starters, next, (size_t)(e - next), 0);
}

/* Is the period at `dot` a real sentence end, given the word before it and
 * the word that follows (starting at `next`)? */
static int period_ends(const pl_segmenter *sg, const char *base, const char *dot,
                       const char *next, const char *end) {
  const char *w = dot;
  while (w > base && (is_ascii_alpha(w[-1]) || w[-1] == '.')) w--;
  if (w > base && pl_word_char_before(base, w))
    return 1; /* part of a longer, non-ASCII or numeric token: not an abbreviation */
  size_t n = (size_t)(dot - w);
  if (n == 0) return 1;
  int next_digit = *next >= '0' && *next <= '9';
  int kind = sg ? pl_strmap_get(sg->abbrevs, w, n, 0) : 0;
  /* Dotted forms ("e.g", "U.K") and single capitals are abbreviations even
   * when unlisted; an initial ends a sentence only before a starter, so
   * "John F. Kennedy" stays whole and "Plan B. The talks" splits. */
  if (!kind && n > 2 && memchr(w, '.', n)) kind = PL_ABBR_GENERAL;
  if (!kind && n == 1 && w[0] >= 'A' && w[0] <= 'Z') kind = PL_ABBR_GENERAL;
  switch (kind) {
  case PL_ABBR_TITLE: return 0;
  case PL_ABBR_NUMBER: return !next_digit;
  case PL_ABBR_GENERAL: return starter_follows(sg, next, end);
  default: return 1;
  }
}

/* Where a forced cut of an over-long sentence should fall. */
static size_t cut_point(const char *t, size_t start, size_t limit) {
  for (size_t i = limit; i > start + PL_SENTENCE_MAX / 2; i--)
    if (t[i] == ' ' || t[i] == '\n') return i;
  while (limit > start && ((unsigned char)t[limit] & 0xC0) == 0x80) limit--;
  return limit;
}

/* The marks at t[i..j) are followed by white space or the paragraph's end:
 * do they end the sentence? Not before a lower-case word; a single period
 * is judged by the word before it. */
static int ends_after(const pl_segmenter *sg, const char *t, size_t p0, size_t p1, size_t i,
                      size_t j) {
  size_t nx = j;
  while (nx < p1 && is_space(t[nx])) nx++;
  if (nx == p1) return 1;
  int32_t cp;
  if (pl_utf8_decode(t + nx, p1 - nx, &cp) && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
    return 0;
  if (t[i] == '.' && !(i + 1 < p1 && t[i + 1] == '.'))
    return period_ends(sg, t + p0, t + i, t + nx, t + p1);
  return 1;
}

static void sentences_of_paragraph(sent_builder *sb, const pl_segmenter *sg, uint32_t para) {
  const char *t = sb->a->text;
  size_t p0 = sb->a->paragraphs[para].start, p1 = sb->a->paragraphs[para].stop;
  const char *end = t + p1;
  size_t start = p0;
  for (size_t i = p0; i < p1;) {
    if (i - start >= PL_SENTENCE_MAX) {
      size_t cut = cut_point(t, start, start + PL_SENTENCE_MAX);
      push_sentence(sb, start, cut, para);
      start = cut;
      continue;
    }
    size_t k = terminator_len(t + i, end);
    if (!k) {
      i++;
      continue;
    }
    /* Runs of marks stop at the length limit so a paragraph of dots is cut
     * like any other over-long sentence. */
    size_t j = i, lim = start + PL_SENTENCE_MAX;
    while (j < p1 && j < lim && (k = terminator_len(t + j, end))) j += k;
    while (j < p1 && j < lim && (k = closer_len(t + j, end))) j += k;
    if (j < p1 && !is_space(t[j])) {
      i = j;
      continue;
    }
    if (ends_after(sg, t, p0, p1, i, j)) {
      push_sentence(sb, start, j, para);
      start = j;
    }
    i = j;
  }
  push_sentence(sb, start, p1, para);
}

void pl__find_quotes(pl_article *a); /* quotes.c */

void pl_article_segment(pl_article *a, const pl_segmenter *sg) {
  if (a->segmented) return;
  find_paragraphs(a);
  sent_builder sb = {a, 0};
  for (size_t p = 0; p < a->n_paragraphs; p++) sentences_of_paragraph(&sb, sg, (uint32_t)p);
  pl__find_quotes(a);
  a->segmented = 1;
}

size_t pl_article_sentence_at(const pl_article *a, size_t off) {
  size_t lo = 0, hi = a->n_sentences;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->sentences[mid].stop <= off) lo = mid + 1;
    else hi = mid;
  }
  if (lo < a->n_sentences && a->sentences[lo].start <= off) return lo;
  return (size_t)-1; /* between sentences, in a removed line, or past the end */
}
