/* lexicon.c: tokenising, hashing token sequences, and the longest-match
 * scan. Phrases live in a hash map keyed by a 64-bit hash of their token
 * hashes (exact or case-folded, with different seeds); a second map gives,
 * for each first token, the longest phrase that starts with it, so a scan
 * probes only lengths that exist. Never calls Lua. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#include "parley.h"
#include "strmap.h"
#include "text.h"

#define SEED_EXACT 0x9E3779B97F4A7C15ULL
#define SEED_FOLD 0xC2B2AE3D27D4EB4FULL

typedef struct meaning {
  int32_t kind, value;
} meaning;

typedef struct entry {
  meaning *m;
  uint32_t n, cap;
} entry;

struct pl_lexicon {
  pl_strmap *phrases; /* phrase key -> entry index */
  pl_strmap *longest; /* first-token key -> longest phrase length */
  entry *entries;
  size_t n_entries, cap_entries;
};

typedef struct tok {
  uint32_t start, stop;
  uint64_t exact, fold;
} tok;

pl_lexicon *pl_lexicon_new(void) {
  pl_lexicon *lx = pl_xcalloc(1, sizeof *lx);
  lx->phrases = pl_strmap_new();
  lx->longest = pl_strmap_new();
  return lx;
}

void pl_lexicon_free(pl_lexicon *lx) {
  if (!lx) return;
  for (size_t i = 0; i < lx->n_entries; i++) free(lx->entries[i].m);
  free(lx->entries);
  pl_strmap_free(lx->phrases);
  pl_strmap_free(lx->longest);
  free(lx);
}

size_t pl_lexicon_size(const pl_lexicon *lx) { return lx->n_entries; }

/* ---- tokens ------------------------------------------------------------- */

static int ascii_word(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The canonical form of a one-character punctuation token: quotes and
 * dashes of every style become their ASCII look-alike. */
static size_t punct_form(const char *p, size_t k, const char **form) {
  static const struct {
    const char *from, *to;
  } unify[] = {{"\xE2\x80\x99", "'"}, {"\xE2\x80\x98", "'"}, {"\xE2\x80\x9C", "\""},
               {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x93", "-"}, {"\xE2\x80\x94", "-"},
               {"\xE2\x80\x90", "-"}, {"\xE2\x80\x91", "-"}, {NULL, NULL}};
  for (int i = 0; unify[i].from; i++) {
    if (k == 3 && memcmp(p, unify[i].from, 3) == 0) {
      *form = unify[i].to;
      return 1;
    }
  }
  *form = p;
  return k;
}

/* Hash of the lower-case form of the word p[0..k). */
static uint64_t fold_hash(const char *p, size_t k) {
  char small[256], *buf = k * 2 + 8 <= sizeof small ? small : pl_xmalloc(k * 2 + 8);
  size_t n = 0;
  for (size_t i = 0; i < k;) {
    unsigned char c = (unsigned char)p[i];
    if (c < 0x80) {
      buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      i++;
      continue;
    }
    int32_t cp;
    size_t len = pl_utf8_decode(p + i, k - i, &cp);
    if (!len) len = 1, cp = 0xFFFD;
    n += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)buf + n);
    i += len;
  }
  uint64_t h = XXH3_64bits(buf, n);
  if (buf != small) free(buf);
  return h;
}

/* Length of the white-space character at s[0..n), or 0. White space is
 * ASCII space, tab, line and page breaks, and Unicode's space separators
 * and line breaks (no-break space, thin space, NEL, U+2028...): normalised
 * text has only " " and "\n", but phrases and strings from Lua may have
 * any. */
static size_t space_len(const char *s, size_t n) {
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3) return 0; /* fast path */
  int32_t cp;
  size_t k = pl_utf8_decode(s, n, &cp);
  if (!k) return 0;
  int zs = utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
  return zs || cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? k : 0;
}

/* Cut the token that starts at or after i (before `to`); returns the
 * offset after it, or `to` with *t untouched when only space is left. */
static size_t next_token(const char *s, size_t i, size_t to, tok *t, int *found) {
  *found = 0;
  for (size_t k; i < to && (k = space_len(s + i, to - i)) > 0;) i += k;
  if (i >= to) return to;
  size_t start = i;
  while (i < to) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (!ascii_word(c)) break;
      i++;
    } else if (pl_word_char_at(s + i, s + to)) {
      size_t k = pl_utf8_len(s + i, to - i);
      i += k ? k : 1;
    } else {
      break;
    }
  }
  if (i == start) { /* one punctuation character */
    size_t k = (unsigned char)s[i] < 0x80 ? 1 : pl_utf8_len(s + i, to - i);
    if (!k) k = 1;
    const char *form;
    size_t flen = punct_form(s + i, k, &form);
    t->exact = t->fold = XXH3_64bits(form, flen);
    i += k;
  } else {
    t->exact = XXH3_64bits(s + start, i - start);
    t->fold = fold_hash(s + start, i - start);
  }
  t->start = (uint32_t)start;
  t->stop = (uint32_t)i;
  *found = 1;
  return i;
}

/* Cut text[from, to) into tokens (a new array the caller frees). */
static tok *tokenize(const char *s, size_t from, size_t to, size_t *count) {
  size_t cap = 16, n = 0;
  tok *toks = pl_xmalloc(cap * sizeof *toks);
  for (size_t i = from; i < to;) {
    tok t;
    int found;
    i = next_token(s, i, to, &t, &found);
    if (!found) break;
    if (n == cap) {
      cap *= 2;
      toks = pl_xrealloc(toks, pl_mul_size(cap, sizeof *toks));
    }
    toks[n++] = t;
  }
  *count = n;
  return toks;
}

size_t pl_token_count(const char *text, size_t from, size_t to) {
  size_t n;
  free(tokenize(text, from, to, &n));
  return n;
}

static uint64_t mix(uint64_t h, uint64_t t) {
  h ^= t + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  return h * 0xFF51AFD7ED558CCDULL;
}

static int map_get(const pl_strmap *m, uint64_t key) {
  return pl_strmap_get(m, (const char *)&key, sizeof key, -1);
}

static void map_put(pl_strmap *m, uint64_t key, int v) {
  pl_strmap_put(m, (const char *)&key, sizeof key, v);
}

/* ---- adding ------------------------------------------------------------- */

static void add_meaning(entry *e, int kind, int value) {
  for (uint32_t i = 0; i < e->n; i++)
    if (e->m[i].kind == kind && e->m[i].value == value) return;
  if (e->n == e->cap) {
    e->cap = e->cap ? e->cap * 2 : 2;
    e->m = pl_xrealloc(e->m, pl_mul_size(e->cap, sizeof *e->m));
  }
  e->m[e->n].kind = kind;
  e->m[e->n].value = value;
  e->n++;
}

/* 1 if s has a byte outside ASCII. */
static int has_non_ascii(const char *s) {
  for (; *s; s++)
    if ((unsigned char)*s >= 0x80) return 1;
  return 0;
}

int pl_lexicon_add(pl_lexicon *lx, const char *phrase, int kind, int value, int flags) {
  /* Article text is in NFC (text.h); a phrase typed with combining marks
   * ("g" + U+0306) must become the same bytes to match it. Invalid UTF-8
   * (utf8proc refuses it) is kept as it is. */
  char *nfc = has_non_ascii(phrase) ? (char *)utf8proc_NFC((const utf8proc_uint8_t *)phrase)
                                    : NULL;
  size_t n;
  tok *toks = tokenize(nfc ? nfc : phrase, 0, strlen(nfc ? nfc : phrase), &n);
  free(nfc);
  int fold = flags & PL_LEX_FOLD;
  if (n == 0 || n > PL_LEXICON_MAX_TOKENS || kind < 0) {
    free(toks);
    return PL_EINVAL;
  }
  uint64_t h = fold ? SEED_FOLD : SEED_EXACT;
  for (size_t i = 0; i < n; i++) h = mix(h, fold ? toks[i].fold : toks[i].exact);
  uint64_t first = mix(fold ? SEED_FOLD : SEED_EXACT, fold ? toks[0].fold : toks[0].exact);
  free(toks);
  int idx = map_get(lx->phrases, h);
  if (idx < 0) {
    if (lx->n_entries == lx->cap_entries) {
      lx->cap_entries = lx->cap_entries ? lx->cap_entries * 2 : 256;
      lx->entries = pl_xrealloc(lx->entries, pl_mul_size(lx->cap_entries, sizeof *lx->entries));
    }
    idx = (int)lx->n_entries++;
    memset(&lx->entries[idx], 0, sizeof lx->entries[idx]);
    map_put(lx->phrases, h, idx);
  }
  add_meaning(&lx->entries[idx], kind, value);
  if (map_get(lx->longest, first) < (int)n) map_put(lx->longest, first, (int)n);
  return PL_OK;
}

/* ---- scanning ----------------------------------------------------------- */

static void emit(pl_match **out, size_t *n, size_t *cap, const entry *e, const tok *first,
                 const tok *last, uint32_t token) {
  for (uint32_t k = 0; k < e->n; k++) {
    if (*n == *cap) {
      *cap = *cap ? *cap * 2 : 64;
      *out = pl_xrealloc(*out, pl_mul_size(*cap, sizeof **out));
    }
    pl_match *m = &(*out)[(*n)++];
    m->start = first->start;
    m->stop = last->stop;
    m->kind = e->m[k].kind;
    m->value = e->m[k].value;
    m->token = token;
  }
}

/* Longest phrase of one case mode starting at toks[i]: its length (0 if
 * none) and entry index. */
static size_t longest_at(const pl_lexicon *lx, const tok *toks, size_t i, size_t avail, int fold,
                         int *entry_idx) {
  uint64_t seed = fold ? SEED_FOLD : SEED_EXACT;
  uint64_t h = mix(seed, fold ? toks[i].fold : toks[i].exact);
  int max = map_get(lx->longest, h);
  size_t best = 0;
  if (max <= 0) return 0;
  if ((size_t)max > avail) max = (int)avail;
  for (size_t len = 1; len <= (size_t)max; len++) {
    if (len > 1) h = mix(h, fold ? toks[i + len - 1].fold : toks[i + len - 1].exact);
    int idx = map_get(lx->phrases, h);
    if (idx >= 0) {
      best = len;
      *entry_idx = idx;
    }
  }
  return best;
}

size_t pl_lexicon_scan(const pl_lexicon *lx, const char *text, size_t from, size_t to,
                       pl_match **out, size_t *n, size_t *cap) {
  size_t nt, before = *n;
  tok *toks = tokenize(text, from, to, &nt);
  for (size_t i = 0; i < nt;) {
    int ie = -1, iff = -1;
    size_t le = longest_at(lx, toks, i, nt - i, 0, &ie);
    size_t lf = longest_at(lx, toks, i, nt - i, 1, &iff);
    size_t len = le > lf ? le : lf;
    if (len == 0) {
      i++;
      continue;
    }
    if (le == len) emit(out, n, cap, &lx->entries[ie], &toks[i], &toks[i + len - 1], (uint32_t)i);
    if (lf == len) emit(out, n, cap, &lx->entries[iff], &toks[i], &toks[i + len - 1], (uint32_t)i);
    i += len;
  }
  free(toks);
  return *n - before;
}
