/* segment.h: paragraphs, sentences and quotations of an article's kept
 * lines. The mechanism is here; the word lists that steer it (abbreviations,
 * words that start sentences) are data loaded from scripts/data by the
 * bindings. Never calls Lua. */
#ifndef PL_SEGMENT_H
#define PL_SEGMENT_H

#include "article.h"

/* Sentences longer than this are cut at the last space before the limit, so
 * rules never receive unbounded input. */
#define PL_SENTENCE_MAX 4096
/* Quotations nested deeper than this are not recorded. */
#define PL_QUOTE_DEPTH_MAX 16

typedef enum pl_abbrev_kind {
  PL_ABBR_TITLE = 1, /* never ends a sentence: "Mr." "Dr." "Gen." */
  PL_ABBR_NUMBER,    /* does not end a sentence before a digit: "No. 5" */
  PL_ABBR_GENERAL,   /* ends one only before a sentence starter: "U.S." "a.m." "Nov." */
} pl_abbrev_kind;

typedef struct pl_segmenter pl_segmenter;

pl_segmenter *pl_segmenter_new(void);
void pl_segmenter_free(pl_segmenter *sg);

/* Add an abbreviation, with or without its final period ("Mr." = "Mr").
 * Matching is case-sensitive. PL_EINVAL for an empty word or unknown kind. */
int pl_segmenter_add_abbrev(pl_segmenter *sg, const char *word,
                            pl_abbrev_kind kind);

/* Add a word that, capitalised after a general abbreviation, shows that a
 * new sentence began ("The", "He"). Case-sensitive. */
int pl_segmenter_add_starter(pl_segmenter *sg, const char *word);

size_t pl_segmenter_count(const pl_segmenter *sg);

/* Split the article's kept (not removed, not blank) lines into paragraphs,
 * sentences and quotations, and mark it segmented. Paragraphs break at blank
 * and removed lines; inside a run of lines, each line is a paragraph unless
 * the run is hard-wrapped prose (lines of similar width) or a line that does
 * not end a sentence continues in lower case. Calling it twice is a no-op.
 * sg may be NULL (no abbreviations known). */
void pl_article_segment(pl_article *a, const pl_segmenter *sg);

/* Index of the sentence that contains byte offset off, or (size_t)-1. */
size_t pl_article_sentence_at(const pl_article *a, size_t off);

#endif
