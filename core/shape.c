/* shape.c: measures of one line for the boilerplate rule (see shape.h).
 * The definitions are byte-exact ports of the LPeg and Lua patterns the
 * rule used before (scripts/lib/text.lua keeps them as a fallback), so a
 * verdict never depends on which implementation ran: one table-driven pass
 * over the tokens, one over the function words. Never calls Lua. */
#include "shape.h"

#include <string.h>

#include "parley.h"

/* Byte classes. BLANK is what separates tokens (space and tab, LPeg's
 * `S" \t"`); SPACE is C's isspace, what Lua's %S+ counts tokens with. */
enum {
  C_BLANK = 1 << 0,
  C_SPACE = 1 << 1,
  C_UPPER = 1 << 2,
  C_LOWER = 1 << 3,
  C_DIGIT = 1 << 4,
  C_RUN = 1 << 5,   /* function-word characters: [%a'\226\128\153%-] */
  C_NUM = 1 << 6,   /* inside a number: . , : / - */
  C_CLOSE = 1 << 7, /* closing marks between a stop and a space: " ' E2 80 9D */
  C_LEAD = 1 << 8,  /* lead byte of a multi-byte letter: C3-DF, E3-EF, F0-F4 */
  C_MARK = 1 << 9,  /* counted or starting a sentence break: , ! . ? */
  C_QUOTE = 1 << 10, /* may be or start a quotation mark: " ' E2 C2 */
};
#define C_ALPHA (C_UPPER | C_LOWER)

static unsigned short cls[256];

/* Built on first use: C11 has no designated ranges, and a literal table
 * of 256 entries would hide the definitions above. Idempotent, so two
 * threads racing here write the same values. */
static void init_classes(void) {
  static int ready;
  if (ready) return;
  for (int c = 0; c < 256; c++) {
    unsigned short k = 0;
    if (c == ' ' || c == '\t') k |= C_BLANK | C_SPACE;
    if (c == '\n' || c == '\v' || c == '\f' || c == '\r') k |= C_SPACE;
    if (c >= 'A' && c <= 'Z') k |= C_UPPER | C_RUN;
    if (c >= 'a' && c <= 'z') k |= C_LOWER | C_RUN;
    if (c >= '0' && c <= '9') k |= C_DIGIT;
    if (c == '\'' || c == '-' || c == 0xE2 || c == 0x80 || c == 0x99) k |= C_RUN;
    if (c == '.' || c == ',' || c == ':' || c == '/' || c == '-') k |= C_NUM;
    if (c == '"' || c == '\'' || c == 0xE2 || c == 0x80 || c == 0x9D) k |= C_CLOSE;
    if ((c >= 0xC3 && c <= 0xDF) || (c >= 0xE3 && c <= 0xEF) || (c >= 0xF0 && c <= 0xF4))
      k |= C_LEAD;
    if (c == ',' || c == '!' || c == '.' || c == '?') k |= C_MARK;
    if (c == '"' || c == '\'' || c == 0xE2 || c == 0xC2) k |= C_QUOTE;
    cls[c] = k;
  }
  ready = 1;
}

#define IS(c, k) (cls[(unsigned char)(c)] & (k))
#define IS_CONT(c) (((unsigned char)(c) & 0xC0) == 0x80)

/* Length of the letter starting at s[i] (i < n), or 0. */
static size_t letter_len(const unsigned char *s, size_t i, size_t n) {
  unsigned char c = s[i];
  if (IS(c, C_ALPHA)) return 1;
  if (!IS(c, C_LEAD)) return 0;
  size_t k = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (n - i < k) return 0;
  for (size_t j = 1; j < k; j++)
    if (!IS_CONT(s[i + j])) return 0;
  return k;
}

/* One byte of punctuation at s[i] (i < n): not blank, not a digit, and
 * no letter starts there. */
static int is_punct(const unsigned char *s, size_t i, size_t n) {
  return !IS(s[i], C_BLANK | C_DIGIT) && letter_len(s, i, n) == 0;
}

/* Capitals and punctuation from p to j, two capitals or more (s[p] is
 * one). */
static int all_caps_from(const unsigned char *s, size_t p, size_t j, size_t n) {
  int caps = 1;
  for (size_t k = p + 1; k < j; k++) {
    if (IS(s[k], C_UPPER)) caps++;
    else if (!is_punct(s, k, n)) return 0;
  }
  return caps >= 2;
}

/* A digit at p, digits and . , : / - after it, then only punctuation. */
static int number_from(const unsigned char *s, size_t p, size_t j, size_t n) {
  size_t k = p + 1;
  while (k < j && IS(s[k], C_DIGIT | C_NUM)) k++;
  while (k < j && is_punct(s, k, n)) k++;
  return k == j;
}

typedef struct word {
  const char *w;
  size_t n;
} word;
#define WORD(s) {s, sizeof s - 1}

static int word_in(const char *w, size_t n, const word *list) {
  for (; list->w; list++)
    if (list->n == n && memcmp(list->w, w, n) == 0) return 1;
  return 0;
}

/* A whole token that separates menu items. */
static int is_separator(const unsigned char *s, size_t len) {
  static const word seps[] = {
      WORD(">>"),           WORD("::"),           WORD("|"),            WORD(">"),
      WORD("<"),            WORD("/"),            WORD("\xC2\xBB"),     WORD("\xE2\x80\xBA"),
      WORD("\xE2\x80\xA2"), WORD("\xC2\xB7"),     WORD("\xE2\x96\xB8"), WORD("\xE2\x96\xBA"),
      {NULL, 0}};
  return len <= 3 && word_in((const char *)s, len, seps);
}

/* Kinds of the runs a token is made of, for "mixed". */
enum { R_NONE, R_ALPHA, R_DIGIT, R_OTHER };

/* Count the token s[i..j) (n = end of the sample) into sh. One pass gives
 * "holds a letter", "camel" (a small letter then a capital) and "mixed":
 * letter-digits-letter or digit-letters-digit is three adjacent runs of
 * ASCII letters and digits whose first and last kind are the same. */
static void measure_token(const unsigned char *s, size_t i, size_t j, size_t n,
                          int first, pl_shape *sh) {
  size_t p = i; /* the first letter or digit, after leading punctuation */
  while (p < j && is_punct(s, p, n)) p++;
  int letter = 0, camel = 0, mixed = 0, prev = R_NONE, cur = R_NONE;
  for (size_t k = p; k < j; k++) {
    unsigned c = cls[s[k]];
    int kind = c & C_ALPHA ? R_ALPHA : c & C_DIGIT ? R_DIGIT : R_OTHER;
    if (kind != cur) {
      if (kind != R_OTHER && cur != R_OTHER && prev == kind) mixed = 1;
      prev = cur;
      cur = kind;
    }
    if (!letter && (c & C_ALPHA || (c & C_LEAD && letter_len(s, k, n)))) letter = 1;
    if (c & C_LOWER && k + 1 < j && IS(s[k + 1], C_UPPER)) camel = 1;
  }
  sh->words += letter;
  sh->camel += camel;
  sh->mixed += mixed;
  if (p < j && IS(s[p], C_UPPER)) {
    sh->caps++;
    sh->allcaps += all_caps_from(s, p, j, n);
  } else if (p < j && IS(s[p], C_LOWER)) {
    sh->lower++;
  } else if (p < j && IS(s[p], C_DIGIT)) {
    sh->numbers += number_from(s, p, j, n);
  }
  if (!first) sh->seps += is_separator(s + i, j - i);
}

/* Tokens split at blanks (what the LPeg counters saw), and Lua's %S+
 * tokens split at any white space: the same count unless the line holds
 * \n \v \f or \r, when they are counted again. */
static void measure_tokens(const unsigned char *s, size_t n, pl_shape *sh) {
  int first = 1, vertical = 0;
  for (size_t i = 0; i < n;) {
    if (IS(s[i], C_BLANK)) {
      i++;
      continue;
    }
    size_t j = i;
    for (; j < n && !IS(s[j], C_BLANK); j++) vertical |= IS(s[j], C_SPACE) != 0;
    measure_token(s, i, j, n, first, sh);
    sh->tokens++;
    first = 0;
    i = j;
  }
  if (!vertical) return;
  sh->tokens = 0;
  for (size_t i = 0; i < n;) {
    if (IS(s[i], C_SPACE)) {
      i++;
      continue;
    }
    sh->tokens++;
    while (i < n && !IS(s[i], C_SPACE)) i++;
  }
}

/* Function words, and the pronouns among them that address the reader or
 * speak for the site. */
static void measure_stops(const unsigned char *s, size_t n, const pl_strmap *set,
                          pl_shape *sh) {
  static const word you[] = {WORD("you"),    WORD("your"),   WORD("yours"),
                             WORD("you're"), WORD("you'll"), WORD("you've"),
                             WORD("you'd"),  WORD("yourself"), {NULL, 0}};
  static const word we[] = {WORD("we"),    WORD("our"),   WORD("us"),    WORD("ours"),
                            WORD("we're"), WORD("we'll"), WORD("we've"), WORD("ourselves"),
                            {NULL, 0}};
  char w[PL_SHAPE_MAX_LINE];
  if (!set) return;
  for (size_t i = 0; i < n;) {
    if (!IS(s[i], C_RUN)) {
      i++;
      continue;
    }
    size_t k = 0, at = i;
    for (; i < n && IS(s[i], C_RUN); i++)
      w[k++] = (char)(IS(s[i], C_UPPER) ? s[i] + ('a' - 'A') : s[i]);
    if (pl_strmap_get(set, w, k, 0) == 0) continue;
    sh->stops++;
    if (word_in(w, k, you)) sh->you++;
    else if (word_in(w, k, we) && !(k == 2 && s[at] == 'U' && s[at + 1] == 'S'))
      sh->we++;
  }
}

/* "said. The": the stop at s[k] (k >= 2) after two small letters or
 * digits, closing marks, spaces, then a capital, a quote or a bracket. */
static int is_break(const unsigned char *s, size_t k, size_t n) {
  if (!IS(s[k - 2], C_LOWER | C_DIGIT) || !IS(s[k - 1], C_LOWER | C_DIGIT)) return 0;
  size_t q = k + 1;
  while (q < n && IS(s[q], C_CLOSE)) q++;
  if (q >= n || s[q] != ' ') return 0;
  while (q < n && s[q] == ' ') q++;
  return q < n && (IS(s[q], C_UPPER) || s[q] == '"' || s[q] == 0xE2 || s[q] == '(');
}

/* Commas, "!" and sentence breaks of the sample, in one pass. */
static void measure_marks(const unsigned char *s, size_t n, pl_shape *sh) {
  for (size_t k = 0; k < n; k++) {
    if (!IS(s[k], C_MARK)) continue;
    if (s[k] == ',') {
      sh->commas++;
      continue;
    }
    if (s[k] == '!') sh->excl++;
    if (k >= 2 && is_break(s, k, n)) sh->breaks++;
  }
}

static int is_closer(const unsigned char *c, size_t len) {
  if (len == 1) return *c == '"' || *c == '\'' || *c == ')' || *c == ']';
  return (len == 3 && (memcmp(c, "\xE2\x80\x9D", 3) == 0 || memcmp(c, "\xE2\x80\x99", 3) == 0)) ||
         (len == 2 && memcmp(c, "\xC2\xBB", 2) == 0);
}

/* The last character that is not a space or a closing quote or bracket;
 * a character is a lead byte and the continuation bytes after it. */
static void last_char(const unsigned char *s, size_t n, pl_shape *sh) {
  size_t i = n;
  sh->last_off = sh->last_len = 0;
  while (i > 0) {
    size_t j = i - 1;
    if (s[j] >= 0x80)
      while (j > 0 && IS_CONT(s[j])) j--;
    if (s[i - 1] == ' ' || is_closer(s + j, i - j)) {
      i = j;
      continue;
    }
    sh->last_off = j;
    sh->last_len = i - j;
    return;
  }
}

/* A straight double quote, “ ” ‘ « », or ' opening the line or a word. */
static int has_quote(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (!IS(s[i], C_QUOTE)) continue;
    if (s[i] == '"') return 1;
    if (s[i] == '\'' && (i == 0 || s[i - 1] == ' ')) return 1;
    if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 &&
        (s[i + 2] == 0x9C || s[i + 2] == 0x9D || s[i + 2] == 0x98))
      return 1;
    if (s[i] == 0xC2 && i + 1 < n && (s[i + 1] == 0xAB || s[i + 1] == 0xBB)) return 1;
  }
  return 0;
}

int pl_shape_measure(const char *s, size_t n, const pl_strmap *stops, pl_shape *out) {
  if (n > PL_SHAPE_MAX_LINE) return PL_ETOOBIG;
  init_classes();
  const unsigned char *u = (const unsigned char *)s;
  pl_shape sh;
  memset(&sh, 0, sizeof sh);
  sh.bytes = n;
  size_t m = n; /* the sample */
  if (n > PL_SHAPE_SAMPLE) {
    const char *sp = memchr(s + PL_SHAPE_SAMPLE - 1, ' ', n - (PL_SHAPE_SAMPLE - 1));
    if (sp && (size_t)(sp - s) + 1 < n) {
      m = (size_t)(sp - s);
      sh.sampled = 1;
    }
  }
  measure_tokens(u, m, &sh);
  measure_stops(u, m, stops, &sh);
  last_char(u, n, &sh);
  const char *last = s + sh.last_off;
  sh.sentence = sh.last_len == 1 ? (*last == '.' || *last == '!' || *last == '?')
                                 : sh.last_len == 3 && memcmp(last, "\xE2\x80\xA6", 3) == 0;
  sh.plain = sh.words >= 12 && sh.stops >= 0.3 * sh.words && sh.sentence;
  if (sh.plain) {
    /* Running text: these counts find menus, icon names, slugs and spam,
     * and cannot fire on it; the rule reads them as 0. */
    sh.lower = sh.words - sh.caps;
    sh.allcaps = sh.camel = sh.mixed = sh.numbers = sh.seps = 0;
  }
  measure_marks(u, m, &sh);
  /* "there is no comma" must hold for the whole line */
  if (sh.sampled && sh.commas == 0 && memchr(s, ',', n)) sh.commas = 1;
  sh.quote = has_quote(u, n);
  int content = sh.words - sh.stops;
  sh.stop_ratio = sh.words > 0 ? (double)sh.stops / sh.words : 0;
  sh.cap_ratio = content > 0 ? (double)sh.caps / content : 0;
  *out = sh;
  return PL_OK;
}
