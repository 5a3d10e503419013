/* article.h: the article object: one normalised text, its lines, the
 * metadata and line removals that rules decide, and (after segmentation)
 * paragraphs, sentences and quotations. Never calls Lua.
 *
 * Life cycle: pl_article_load / pl_article_from_memory build the text and
 * lines. On the thread that loaded it, rules then set metadata and remove
 * boilerplate lines through the functions below, and pl_article_segment
 * (segment.h) splits the kept lines. After that the article is finished:
 * nothing changes it any more and it may be shared between threads by
 * reference (pl_article_ref / pl_article_unref are thread-safe).
 *
 * All fields are read-only outside article.c and segment.c. Offsets are byte
 * offsets into `text`, half-open: [start, stop).
 */
#ifndef PL_ARTICLE_H
#define PL_ARTICLE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "parley.h"

#define PL_DEFAULT_MAX_BYTES ((size_t)16 << 20)

typedef struct pl_limits {
  size_t max_bytes; /* larger inputs are refused with PL_ETOOBIG */
} pl_limits;

typedef struct pl_span {
  uint32_t start, stop;
} pl_span;

typedef struct pl_sentence {
  uint32_t start, stop;
  uint32_t paragraph; /* index into paragraphs */
} pl_sentence;

typedef struct pl_quote {
  uint32_t start, stop; /* the quoted words, without the marks */
  uint32_t sentence;    /* index of the sentence the quote opens in */
  uint32_t paragraph;
  uint8_t depth;        /* 0 = outermost; nested quotes count up */
  uint8_t closed;       /* 0 when the paragraph ended before a closing mark */
} pl_quote;

typedef enum pl_meta_field {
  PL_META_TITLE,
  PL_META_SOURCE,
  PL_META_PUBLISHED,
  PL_META_PUBLISHED_FROM,
  PL_META_DATELINE,
  PL_META_COUNT
} pl_meta_field;

struct pl_meeting; /* meeting.h */

typedef struct pl_article {
  atomic_int refs;
  char *path;           /* as given by the caller; never NULL */
  char *text;           /* normalised, NUL-terminated */
  size_t len;
  char id[17];          /* 16 hex digits of XXH3-64 of text */
  size_t raw_bytes;     /* size before normalisation */

  pl_span *lines;       /* every line of text, without its "\n" */
  size_t n_lines;
  char **removed_by;    /* per line: rule that removed it, or NULL */
  char **removed_why;   /* per line: that rule's reason, or NULL */
  size_t n_removed;
  pl_span *kept;        /* per line: the part still in the text (all of it
                           unless cut; empty when removed) */
  char **cut_by;        /* per line: rule that cut a part off, or NULL;
                           NULL until the first cut */
  char **cut_why;
  size_t n_cut;

  char *meta[PL_META_COUNT]; /* NULL = unknown */

  char **warnings;
  size_t n_warnings;

  int segmented;        /* set by pl_article_segment */
  int finished;         /* set by pl_article_finish: nothing changes after */
  pl_span *paragraphs;
  size_t n_paragraphs;
  pl_sentence *sentences;
  size_t n_sentences;
  pl_quote *quotes;
  size_t n_quotes;

  struct pl_meeting **meetings; /* added by pl_article_add_meeting_take */
  size_t n_meetings;
} pl_article;

/* Read the file at path (at most lim->max_bytes; lim may be NULL for the
 * default) and build an article. Errors: PL_ENOENT, PL_EACCES, PL_ELOOP,
 * PL_ENOTREG, PL_ETOOBIG, PL_EIO, PL_EEMPTY, PL_EBINARY, each with a message
 * naming the file in d. On success *out is a new article (refs = 1). */
int pl_article_load(const char *path, const pl_limits *lim, pl_article **out,
                    pl_diag *d);

/* The same from bytes already in memory; path is only recorded. */
int pl_article_from_memory(const char *bytes, size_t n, const char *path,
                           const pl_limits *lim, pl_article **out, pl_diag *d);

pl_article *pl_article_ref(pl_article *a);
void pl_article_unref(pl_article *a);

/* Set a metadata field (value copied; NULL clears it). Values are checked:
 * published must be a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD, real
 * calendar values), published_from one of header, byline, text, inferred,
 * file; others must be valid UTF-8 without control characters and at most
 * 1000 bytes. Returns PL_OK or PL_EINVAL with the reason in d. Fails with
 * PL_EINVAL once the article is finished (segmentation does not matter:
 * metadata never changes sentences). */
int pl_article_set_meta(pl_article *a, pl_meta_field f, const char *value,
                        pl_diag *d);

/* Mark the article finished once its rules have run: from then on it is
 * immutable (metadata, removals, meetings) and may be shared. */
void pl_article_finish(pl_article *a);

/* Name of a field as in SCHEMA.md ("published_from"); NULL if out of range. */
const char *pl_meta_name(pl_meta_field f);

/* Mark line i (0-based) as boilerplate removed by `rule` for `why` (both
 * copied; why may be NULL). Removing a removed line again keeps the first
 * rule. PL_EINVAL if i is out of range or the article is already segmented. */
int pl_article_remove_line(pl_article *a, size_t i, const char *rule,
                           const char *why, pl_diag *d);

/* Cut `head` bytes off the start and `tail` bytes off the end of line i (0-based)
 * from the kept text, for `rule` and `why` (copied; why may be NULL): a
 * scraper's "date 2017-05-16" glued to the first paragraph, a "– Reuters"
 * sign-off. White space left at the new ends is cut too. Cuts accumulate (the
 * larger of the old and new count wins at each end; the first rule is kept);
 * cutting everything removes the line. PL_EINVAL if i is out of range, a cut
 * would split a UTF-8 character, or the article is already segmented. */
int pl_article_cut_line(pl_article *a, size_t i, size_t head, size_t tail,
                        const char *rule, const char *why, pl_diag *d);

/* Append a warning (printf-style) to the article. */
void pl_article_warn(pl_article *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* 1 if s is a valid partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD with a
 * real month and day (leap years included). */
int pl_iso_date_valid(const char *s);

#endif
