/* lexicon.h: fast look-up of many multi-word phrases (names, titles,
 * places, summits, trigger and topic words) in text. Phrases and text are
 * cut into the same tokens, each token is hashed once, and a phrase is a
 * hash of its token hashes, so a scan costs a few hash probes per token
 * whatever the number of phrases: no per-phrase pattern is ever run. The
 * phrases and what they mean are data from Lua (scripts/data); this file
 * only knows kinds and values as numbers. Never calls Lua.
 *
 * Tokens: a run of letters, marks and digits (any script), or one other
 * character. Apostrophes, quotes and dashes are unified (’ and ' are one
 * token, – — and - too), white space (any kind: no-break, thin, line
 * breaks) only separates. So "Moon Jae-in" is Moon|Jae|-|in and "Xi’s" is
 * Xi|'|s, in phrases and text alike. Phrases are put in Unicode NFC as
 * they are added, as article text is (text.h); scanned text is taken as
 * it is. */
#ifndef PL_LEXICON_H
#define PL_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#define PL_LEXICON_MAX_TOKENS 16

/* Phrases added with this flag match whatever the letter case of the text
 * ("Met", "MET", "met"); the others match exactly as written. */
#define PL_LEX_FOLD 1

typedef struct pl_lexicon pl_lexicon;

typedef struct pl_match {
  uint32_t start, stop; /* byte offsets of the matched words in the text */
  int32_t kind, value;  /* as given to pl_lexicon_add */
  uint32_t token;       /* index of the first token within the scanned range */
} pl_match;

pl_lexicon *pl_lexicon_new(void);
void pl_lexicon_free(pl_lexicon *lx);

/* Add phrase (UTF-8) meaning (kind, value). A phrase may mean several
 * things (a surname two people share, "North Korea" as a country and a
 * topic): each meaning is reported. Adding the same meaning twice is a
 * no-op. PL_EINVAL for a phrase with no tokens or more than
 * PL_LEXICON_MAX_TOKENS, or a negative kind. */
int pl_lexicon_add(pl_lexicon *lx, const char *phrase, int kind, int value, int flags);

/* Number of distinct (phrase, case mode) keys. */
size_t pl_lexicon_size(const pl_lexicon *lx);

/* Find phrases in text[from, to): at each token the longest phrase that
 * starts there wins (exact and case-folded phrases of the same length are
 * both reported), and the scan resumes after it. Matches are appended to
 * the growing array *out (of *n used, *cap allocated; the caller frees it)
 * in text order. Returns the number appended. */
size_t pl_lexicon_scan(const pl_lexicon *lx, const char *text, size_t from, size_t to,
                       pl_match **out, size_t *n, size_t *cap);

/* Number of tokens in text[from, to), as the scanner cuts them. */
size_t pl_token_count(const char *text, size_t from, size_t to);

#endif
