/* text.h: turning raw bytes from the web into parley's one normalised text.
 * Every offset elsewhere in the program refers to the output of
 * pl_text_normalize. Never calls Lua. */
#ifndef PL_TEXT_H
#define PL_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* What normalisation changed that a user may need to know about. */
typedef struct pl_norm_stats {
  size_t invalid;  /* invalid UTF-8 sequences, each replaced by U+FFFD */
  size_t controls; /* control characters removed (NUL bytes included) */
  size_t nuls;     /* of which NUL bytes */
  int bom;         /* a UTF-8 byte order mark was stripped */
} pl_norm_stats;

/* Decide whether raw bytes are text worth normalising. Looks at the first
 * 64 KiB only. Binary means a UTF-16 byte order mark, NUL bytes in at least
 * 1% of the sample (a single stray NUL is damage, not a format), or control
 * and invalid UTF-8 bytes in at least a quarter of it (so Latin-1 text
 * still loads, with replacement characters). Returns PL_OK, or PL_EBINARY
 * with *why set to a static phrase ("UTF-16 text (byte order mark FF FE);
 * convert it to UTF-8", "NUL bytes: this looks like a binary file",
 * "mostly control or invalid bytes: this looks like a binary file"). */
int pl_text_sniff(const char *in, size_t n, const char **why);

/* Normalise n raw bytes into a new NUL-terminated string (caller frees):
 *  - each invalid UTF-8 sequence (a stray byte, or a lead byte with the
 *    continuation bytes that fit it: Unicode's "maximal subpart") becomes
 *    one U+FFFD; a leading BOM and zero-width characters
 *    (U+200B, U+2060, U+FEFF, soft hyphen) are dropped;
 *  - CRLF, CR, NEL, U+2028, form feed and vertical tab become "\n"; U+2029
 *    becomes a blank line;
 *  - tabs, no-break and other Unicode space separators become " "; runs of
 *    spaces collapse to one; lines are trimmed at both ends;
 *  - other control characters (NUL included) are removed;
 *  - runs of blank lines collapse to one; no blank lines at either end; a
 *    non-empty result ends with exactly one "\n";
 *  - the result is in Unicode NFC.
 * *out_len receives the length; st (optional) what was changed. */
char *pl_text_normalize(const char *in, size_t n, size_t *out_len,
                        pl_norm_stats *st);

/* Length in bytes of the UTF-8 sequence starting at s (at most n bytes
 * available), or 0 when it is not valid UTF-8. Used by the segmenter and the
 * bindings to step over characters safely. */
size_t pl_utf8_len(const char *s, size_t n);

/* Decode the code point at s into *cp; returns its length, or 0 if invalid. */
size_t pl_utf8_decode(const char *s, size_t n, int32_t *cp);

/* 1 if the character starting at p (before end) is a word character: a
 * letter or combining mark of any script, or a decimal digit. */
int pl_word_char_at(const char *p, const char *end);

/* The same for the character that ends just before p, never looking before
 * base. Used to tell "Müller." from an abbreviation and "Xi’s" from a
 * closing quote. */
int pl_word_char_before(const char *base, const char *p);

/* Internal, for the tests: 1 if NFC could change a text because it holds
 * the code point cp (see the comment in text.c). */
int pl__text_nfc_sensitive(int32_t cp);

#endif
