/* quotes.c: quotations inside each paragraph, straight and curly, double
 * and single, with guillemets. Apostrophes ("Xi’s", "leaders’") are told
 * apart from single quotes by the letters around them. A double quote left
 * open at the end of a paragraph is recorded as unclosed (news style opens
 * every paragraph of a long quote and closes only the last); an open single
 * quote is dropped as more likely an apostrophe. Never calls Lua. */
#include <string.h>

#include "segment.h"
#include "text.h"

typedef enum mark { M_NONE, M_DQ_OPEN, M_DQ_CLOSE, M_DQ, M_SQ_OPEN, M_SQ_CLOSE, M_SQ,
                    M_GUIL_OPEN, M_GUIL_CLOSE } mark;

typedef enum family { F_CURLY_DQ, F_STRAIGHT_DQ, F_CURLY_SQ, F_STRAIGHT_SQ, F_GUIL } family;

typedef struct open_quote {
  family fam;
  uint32_t content; /* offset just after the opening mark */
} open_quote;

typedef struct quote_scan {
  pl_article *a;
  size_t cap;
  open_quote stack[PL_QUOTE_DEPTH_MAX];
  int depth;
  int overflow; /* opens ignored beyond the depth limit, still to be matched */
} quote_scan;

static mark classify(const char *p, const char *end, size_t *len) {
  *len = 1;
  if (*p == '"') return M_DQ;
  if (*p == '\'') return M_SQ;
  if (end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80) {
    *len = 3;
    switch ((unsigned char)p[2]) {
    case 0x9C: return M_DQ_OPEN;   /* “ */
    case 0x9D: return M_DQ_CLOSE;  /* ” */
    case 0x98: return M_SQ_OPEN;   /* ‘ */
    case 0x99: return M_SQ_CLOSE;  /* ’ */
    default: break;
    }
  }
  if (end - p >= 2 && (unsigned char)p[0] == 0xC2) {
    *len = 2;
    if ((unsigned char)p[1] == 0xAB) return M_GUIL_OPEN;  /* « */
    if ((unsigned char)p[1] == 0xBB) return M_GUIL_CLOSE; /* » */
  }
  *len = 1;
  return M_NONE;
}

static int space_at(const char *p, const char *end) { return p >= end || *p == ' ' || *p == '\n'; }

static void record(quote_scan *qs, uint32_t start, uint32_t stop, int depth, int closed,
                   uint32_t para) {
  pl_article *a = qs->a;
  while (start < stop && (a->text[start] == ' ' || a->text[start] == '\n')) start++;
  while (stop > start && (a->text[stop - 1] == ' ' || a->text[stop - 1] == '\n')) stop--;
  if (start == stop) return;
  if (a->n_quotes == qs->cap) {
    qs->cap = qs->cap ? qs->cap * 2 : 16;
    a->quotes = pl_xrealloc(a->quotes, pl_mul_size(qs->cap, sizeof *a->quotes));
  }
  pl_quote *q = &a->quotes[a->n_quotes++];
  q->start = start;
  q->stop = stop;
  q->paragraph = para;
  q->depth = (uint8_t)depth;
  q->closed = (uint8_t)closed;
  size_t s = pl_article_sentence_at(a, start);
  q->sentence = s == (size_t)-1 ? 0 : (uint32_t)s;
}

static void open_q(quote_scan *qs, family f, uint32_t content) {
  if (qs->depth == PL_QUOTE_DEPTH_MAX) {
    qs->overflow++;
    return;
  }
  qs->stack[qs->depth].fam = f;
  qs->stack[qs->depth].content = content;
  qs->depth++;
}

/* Close the innermost open quote of family f at offset `at`; quotes opened
 * inside it and never closed are dropped. Returns 0 if none was open. */
static int close_q(quote_scan *qs, family f, uint32_t at, uint32_t para) {
  if (qs->overflow) {
    qs->overflow--;
    return 1;
  }
  for (int d = qs->depth - 1; d >= 0; d--) {
    if (qs->stack[d].fam != f) continue;
    record(qs, qs->stack[d].content, at, d, 1, para);
    qs->depth = d;
    return 1;
  }
  return 0;
}

static int is_open(const quote_scan *qs, family f) {
  for (int d = 0; d < qs->depth; d++)
    if (qs->stack[d].fam == f) return 1;
  return 0;
}

static void scan_mark(quote_scan *qs, mark m, const char *t, size_t i, size_t k,
                      const char *end, uint32_t para) {
  const char *p = t + i;
  /* letters around a mark tell apostrophes and closing quotes from openings */
  int before = pl_word_char_before(t, p), after = pl_word_char_at(p + k, end);
  uint32_t at = (uint32_t)i, next = (uint32_t)(i + k);
  switch (m) {
  case M_DQ_OPEN: open_q(qs, F_CURLY_DQ, next); break;
  case M_DQ_CLOSE: close_q(qs, F_CURLY_DQ, at, para); break;
  case M_GUIL_OPEN: open_q(qs, F_GUIL, next); break;
  case M_GUIL_CLOSE: close_q(qs, F_GUIL, at, para); break;
  case M_SQ_OPEN:
    /* Inside a word it is an apostrophe typed with the wrong mark ("China‘s") */
    if (!(before && after)) open_q(qs, F_CURLY_SQ, next);
    break;
  case M_SQ_CLOSE:
    if (before && after) break; /* apostrophe inside a word */
    if (!close_q(qs, F_CURLY_SQ, at, para) && !before && after) open_q(qs, F_CURLY_SQ, next);
    break;
  case M_DQ:
    /* Straight double quotes do not nest: the next one after an opening
     * closes it; otherwise one followed by a word opens a quote. */
    if (is_open(qs, F_STRAIGHT_DQ)) close_q(qs, F_STRAIGHT_DQ, at, para);
    else if (!space_at(p + k, end)) open_q(qs, F_STRAIGHT_DQ, next);
    break;
  case M_SQ:
    if (before && after) break;
    if (before || !after) {
      if (is_open(qs, F_STRAIGHT_SQ)) close_q(qs, F_STRAIGHT_SQ, at, para);
    } else {
      open_q(qs, F_STRAIGHT_SQ, next);
    }
    break;
  default: break;
  }
}

static void quotes_of_paragraph(quote_scan *qs, uint32_t para) {
  pl_article *a = qs->a;
  const char *t = a->text;
  size_t p0 = a->paragraphs[para].start, p1 = a->paragraphs[para].stop;
  qs->depth = 0;
  qs->overflow = 0;
  for (size_t i = p0; i < p1;) {
    size_t k;
    mark m = classify(t + i, t + p1, &k);
    if (m != M_NONE) scan_mark(qs, m, t, i, k, t + p1, para);
    i += k;
  }
  /* Double quotes still open run to the paragraph's end. */
  for (int d = 0; d < qs->depth; d++) {
    family f = qs->stack[d].fam;
    if (f == F_CURLY_DQ || f == F_STRAIGHT_DQ || f == F_GUIL) {
      record(qs, qs->stack[d].content, (uint32_t)p1, d, 0, para);
      break;
    }
  }
}

void pl__find_quotes(pl_article *a);

void pl__find_quotes(pl_article *a) {
  quote_scan qs;
  memset(&qs, 0, sizeof qs);
  qs.a = a;
  for (size_t p = 0; p < a->n_paragraphs; p++) quotes_of_paragraph(&qs, (uint32_t)p);
  /* Quotes are recorded when they close, so inner ones come first: order by
   * position so users see them as they read. Insertion sort: lists are short
   * and mostly ordered already. */
  for (size_t i = 1; i < a->n_quotes; i++) {
    pl_quote q = a->quotes[i];
    size_t j = i;
    while (j > 0 && a->quotes[j - 1].start > q.start) {
      a->quotes[j] = a->quotes[j - 1];
      j--;
    }
    a->quotes[j] = q;
  }
}
