/* shape.h: the shape of one line of text, the jusText-style measures that
 * tell prose from page furniture without knowing the words: length, words
 * starting with a capital, density of function words, CamelCase icon
 * names, separators between menu items, final punctuation, quotation marks.
 * The boilerplate rule (scripts/rules/10_boilerplate.lua, through
 * scripts/lib/text.lua) decides what the numbers mean. Never calls Lua. */
#ifndef PL_SHAPE_H
#define PL_SHAPE_H

#include <stddef.h>
#include <stdint.h>

#include "strmap.h"

/* Lines longer than this (in bytes) are not measured: prose or hostile,
 * and either way not boilerplate to score. */
#define PL_SHAPE_MAX_LINE 2000
/* Word statistics of a longer line come from its first SAMPLE bytes, cut
 * at the first space at or after that offset, so the cost of a line is
 * bounded and the last sampled word is whole. */
#define PL_SHAPE_SAMPLE 320

/* The measures of one line. "Token" is a run of bytes other than space and
 * tab; "word" a token holding a letter (ASCII, or a UTF-8 sequence whose
 * lead byte is C3-DF, E3-EF or F0-F4: the lead bytes C2 and E0-E2, which
 * start Latin-1 signs, dashes, quotes and bullets, are not letters). Counts
 * other than bytes, last and quote are taken over the sample. */
typedef struct pl_shape {
  size_t bytes;    /* length of the whole line */
  int sampled;     /* 1 when the counts come from a sample */
  int tokens;      /* runs of non-white-space bytes (" \t\n\v\f\r") */
  int words;       /* tokens holding a letter */
  int caps;        /* tokens whose first letter or digit is an ASCII capital */
  int lower;       /* ... an ASCII small letter (words - caps when plain) */
  int allcaps;     /* capitals and punctuation only, two capitals or more */
  int stops;       /* function words (runs of ASCII letters, ' - and the
                      bytes E2 80 99 of U+2019, lower-cased, in the set) */
  int camel;       /* tokens with a small letter followed by a capital */
  int mixed;       /* tokens with letter-digits-letter or digit-letters-digit */
  int numbers;     /* tokens that are numbers ("12", "2017-05-16", "1,200.") */
  int seps;        /* tokens after the first that are a separator: | > < /
                      >> :: » › • · ▸ ► */
  int commas;      /* "," bytes */
  int excl;        /* "!" bytes */
  int you;         /* function words addressing the reader (you, your...) */
  int we;          /* function words of the site (we, our, us; not "US") */
  int breaks;      /* sentence breaks inside: "said. The" (two small letters
                      or digits, . ! or ?, maybe closing quotes, spaces,
                      then a capital, a quote or "(") */
  int quote;       /* the line holds a quotation mark (straight double,
                      curly, guillemets, or ' opening the line or a word) */
  int sentence;    /* the last character is . ! ? or … */
  int plain;       /* running text: 12+ words, 30% function words, ends a
                      sentence; allcaps, camel, mixed, numbers and seps are
                      then not counted (0) and lower is words - caps */
  size_t last_off; /* the last character that is not a space, a closing */
  size_t last_len; /* quote or bracket: line[last_off, +last_len); 0 = none */
  double stop_ratio; /* stops / words, 0 when words == 0 */
  double cap_ratio;  /* caps / (words - stops), 0 when that is not positive */
} pl_shape;

/* Measure the line s[0..n) (any bytes; it need not be NUL-terminated or
 * valid UTF-8) into *out. stops is the set of function words: lower-case
 * keys with a value other than 0, borrowed for the call; NULL means none,
 * so stops, you and we are 0. Returns PL_OK, or PL_ETOOBIG without touching
 * *out when n > PL_SHAPE_MAX_LINE. */
int pl_shape_measure(const char *s, size_t n, const pl_strmap *stops, pl_shape *out);

#endif
