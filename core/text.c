/* text.c: UTF-8 validation and normalisation of raw article bytes.
 * One table-driven pass over the input builds the normalised text: runs of
 * bytes that pass unchanged (printable ASCII and ordinary characters) are
 * copied in one piece, and NFC composition runs only when a character that
 * NFC could change was kept. Never calls Lua. */
#include "text.h"

#include <string.h>
#include <utf8proc.h>

#include "buf.h"
#include "parley.h"

#define SNIFF_BYTES 65536

/* ---- UTF-8 ------------------------------------------------------------------ */

#define IS_CONT(b) (((b) & 0xC0) == 0x80)

/* Decode the well-formed sequence at s (n >= 1 bytes, s[0] >= 0x80), as
 * utf8proc_iterate does (Unicode table 3-7: no overlongs, surrogates or
 * values above U+10FFFF); 0 if it is not one. Inline because the
 * normaliser, the sniffer and the segmenter call it for every character
 * outside ASCII. */
static inline size_t decode_multi(const unsigned char *s, size_t n, int32_t *cp) {
  unsigned c = s[0];
  if (c < 0xC2 || c > 0xF4) return 0;
  if (c < 0xE0) {
    if (n < 2 || !IS_CONT(s[1])) return 0;
    *cp = (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3F));
    return 2;
  }
  if (c < 0xF0) {
    if (n < 3 || !IS_CONT(s[1]) || !IS_CONT(s[2])) return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F)) return 0;
    *cp = (int32_t)(((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F));
    return 3;
  }
  if (n < 4 || !IS_CONT(s[1]) || !IS_CONT(s[2]) || !IS_CONT(s[3])) return 0;
  if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F)) return 0;
  *cp = (int32_t)(((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                  (s[3] & 0x3F));
  return 4;
}

size_t pl_utf8_decode(const char *s, size_t n, int32_t *cp) {
  if (n == 0) return 0;
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  return decode_multi((const unsigned char *)s, n, cp);
}

static int is_word_cp(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) ||
         c == UTF8PROC_CATEGORY_ND;
}

int pl_word_char_at(const char *p, const char *end) {
  int32_t cp = 0;
  return p < end && pl_utf8_decode(p, (size_t)(end - p), &cp) && is_word_cp(cp);
}

int pl_word_char_before(const char *base, const char *p) {
  if (p <= base) return 0;
  const char *q = p - 1;
  while (q > base && ((unsigned char)*q & 0xC0) == 0x80) q--;
  int32_t cp = 0;
  return pl_utf8_decode(q, (size_t)(p - q), &cp) == (size_t)(p - q) && is_word_cp(cp);
}

size_t pl_utf8_len(const char *s, size_t n) {
  int32_t cp;
  return pl_utf8_decode(s, n, &cp);
}

/* ---- byte classes ----------------------------------------------------------- */

/* What one ASCII byte is to the sniffer and the normaliser; bytes from 0x80
 * are B_MULTI (the start, or a stray part, of a multi-byte sequence). */
enum {
  B_TEXT,  /* printable: copied as it is */
  B_SPACE, /* space, tab: a space, collapsed */
  B_BREAK, /* \n \f \v: a line break */
  B_CR,    /* \r: a line break, and \r\n is one */
  B_CTRL,  /* other C0 controls and DEL: removed */
  B_NUL,   /* NUL: removed */
  B_MULTI,
};

#define MULTI8 B_MULTI, B_MULTI, B_MULTI, B_MULTI, B_MULTI, B_MULTI, B_MULTI, B_MULTI
static const unsigned char byte_class[256] = {
    B_NUL,  B_CTRL,  B_CTRL,  B_CTRL,  B_CTRL,  B_CTRL, B_CTRL, B_CTRL, /* 00 */
    B_CTRL, B_SPACE, B_BREAK, B_BREAK, B_BREAK, B_CR,   B_CTRL, B_CTRL, /* 08 */
    B_CTRL, B_CTRL,  B_CTRL,  B_CTRL,  B_CTRL,  B_CTRL, B_CTRL, B_CTRL, /* 10 */
    B_CTRL, B_CTRL,  B_CTRL,  B_CTRL,  B_CTRL,  B_CTRL, B_CTRL, B_CTRL, /* 18 */
    [' '] = B_SPACE, /* '!' to '~' are B_TEXT (0) */
    [0x7F] = B_CTRL,
    [0x80] = MULTI8, MULTI8, MULTI8, MULTI8, MULTI8, MULTI8, MULTI8, MULTI8,
    MULTI8, MULTI8, MULTI8, MULTI8, MULTI8, MULTI8, MULTI8, MULTI8,
};
#undef MULTI8

/* ---- sniffing --------------------------------------------------------------- */

/* Count NUL bytes and bytes that are neither text nor valid UTF-8 in
 * u[0..len); a sequence cut by the end of a window shorter than the whole
 * input (len < n) is left out. */
static void sniff_counts(const unsigned char *u, size_t len, size_t n, size_t *nuls,
                         size_t *bad) {
  for (size_t i = 0; i < len;) {
    unsigned k = byte_class[u[i]];
    if (k <= B_CR) {
      i++;
      continue;
    }
    if (k == B_NUL || k == B_CTRL) {
      *(k == B_NUL ? nuls : bad) += 1;
      i++;
      continue;
    }
    int32_t cp;
    size_t m = decode_multi(u + i, len - i, &cp);
    /* A sequence cut by the sample window is not evidence of binary. */
    if (m == 0 && len - i < 4 && len < n) break;
    if (m == 0) {
      *bad += 1;
      m = 1;
    }
    i += m;
  }
}

int pl_text_sniff(const char *in, size_t n, const char **why) {
  const unsigned char *u = (const unsigned char *)in;
  if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
    *why = u[0] == 0xFF ? "UTF-16 text (byte order mark FF FE); convert it to UTF-8"
                        : "UTF-16 text (byte order mark FE FF); convert it to UTF-8";
    return PL_EBINARY;
  }
  size_t len = n < SNIFF_BYTES ? n : SNIFF_BYTES;
  size_t nuls = 0, bad = 0;
  sniff_counts(u, len, n, &nuls, &bad);
  /* One stray NUL in a short text is damage, not a binary format. */
  if (nuls > 1 && nuls * 100 >= len) {
    *why = "NUL bytes: this looks like a binary file";
    return PL_EBINARY;
  }
  /* A quarter: Latin-1 or cp1252 text mislabelled as UTF-8 stays well
   * below it and loads with replacement characters and a warning, while
   * compressed or random data is about half invalid bytes. */
  if (bad && bad * 4 >= len) {
    *why = "mostly control or invalid bytes: this looks like a binary file";
    return PL_EBINARY;
  }
  return PL_OK;
}

/* ---- NFC: when can it change the text? ------------------------------------ */

/* NFC leaves a text alone unless it holds one of these (checked against
 * utf8proc for every code point by tests/unit/test-text.c):
 *  - a combining mark (canonical reordering, composition with a base);
 *  - a character NFC replaces even alone: a composition exclusion, or a
 *    precomposed character that does not recompose to itself (singletons
 *    such as OHM SIGN, Greek oxia letters, non-starter decompositions);
 *  - a character that composes with the one before it although its
 *    combining class is 0: Hangul medial vowels and final consonants, and
 *    Indic and other vowel signs (marks with a composition index).
 * Precomposed letters (é, ü, Vietnamese...) are already NFC: they are
 * tested once per call through a small cache, as text in such scripts has
 * many of them. */
static int recomposes_to_itself(int32_t cp) {
  utf8proc_int32_t d[8];
  int last = 0;
  utf8proc_ssize_t k = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, &last);
  if (k <= 0 || k > 8) return 0;
  k = utf8proc_normalize_utf32(d, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  return k == 1 && d[0] == cp;
}

static int nfc_sensitive(int32_t cp, const utf8proc_property_t *prop) {
  if (prop->combining_class || prop->comp_exclusion) return 1;
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2)) return 1;
  if (prop->comb_index != UINT16_MAX && (prop->category == UTF8PROC_CATEGORY_MN ||
                                         prop->category == UTF8PROC_CATEGORY_MC))
    return 1;
  if (prop->decomp_type == 0 && prop->decomp_seqindex != UINT16_MAX)
    return !recomposes_to_itself(cp);
  return 0;
}

int pl__text_nfc_sensitive(int32_t cp) {
  return nfc_sensitive(cp, utf8proc_get_property(cp));
}

/* ---- the normaliser ------------------------------------------------------- */

#define NFC_CACHE 32 /* power of two */

/* Output state of the normaliser: pending white space and blank lines are
 * emitted lazily, so trimming and collapsing need no second pass. */
typedef struct norm {
  pl_buf out;
  int pending_space;   /* a space is owed before the next visible character */
  int pending_breaks;  /* line breaks owed (2 or more = one blank line) */
  int line_has_text;
  int needs_nfc;
  int32_t stable[NFC_CACHE]; /* precomposed letters known to be NFC, or 0 */
} norm;

static void emit(norm *z, const char *p, size_t k) {
  if (z->pending_breaks) {
    if (z->out.len) pl_buf_append(&z->out, "\n\n", z->pending_breaks >= 2 ? 2 : 1);
    z->pending_breaks = 0;
  }
  if (z->pending_space) {
    if (z->line_has_text) pl_buf_append(&z->out, " ", 1);
    z->pending_space = 0;
  }
  pl_buf_append(&z->out, p, k);
  z->line_has_text = 1;
}

static void line_break(norm *z, int count) {
  z->pending_space = 0;
  z->line_has_text = 0;
  z->pending_breaks += count;
}

/* Note whether the kept character cp may change under NFC. */
static void check_nfc(norm *z, int32_t cp, const utf8proc_property_t *prop) {
  if (z->needs_nfc) return;
  int decomposable = prop->decomp_type == 0 && prop->decomp_seqindex != UINT16_MAX;
  int32_t *slot = &z->stable[cp & (NFC_CACHE - 1)];
  if (decomposable && *slot == cp) return;
  if (nfc_sensitive(cp, prop)) z->needs_nfc = 1;
  else if (decomposable) *slot = cp;
}

/* What a non-ASCII code point becomes. */
enum { CP_KEEP, CP_DROP, CP_SPACE, CP_BREAK, CP_PARAGRAPH, CP_CONTROL };

static int cp_action(int32_t cp, const utf8proc_property_t **prop) {
  if (cp == 0xFEFF || cp == 0x200B || cp == 0x2060 || cp == 0x00AD) return CP_DROP;
  if (cp == 0x85 || cp == 0x2028) return CP_BREAK;
  if (cp == 0x2029) return CP_PARAGRAPH;
  if (cp < 0xA0) return CP_CONTROL; /* C1 controls */
  *prop = utf8proc_get_property(cp);
  return (*prop)->category == UTF8PROC_CATEGORY_ZS ? CP_SPACE : CP_KEEP;
}

/* Bytes at s (n >= 1 available, not a valid sequence) that one U+FFFD
 * replaces: the "maximal subpart" of Unicode 15 section 3.9, i.e. a lead
 * byte and the continuation bytes that could still complete it, so a cut
 * character is one replacement, and a stray byte is one replacement. */
static size_t invalid_len(const unsigned char *s, size_t n) {
  unsigned char c = s[0], lo = 0x80, hi = 0xBF;
  size_t need;
  if (c >= 0xC2 && c <= 0xDF) need = 2;
  else if (c >= 0xE0 && c <= 0xEF) need = 3;
  else if (c >= 0xF0 && c <= 0xF4) need = 4;
  else return 1;
  /* the second byte's range excludes overlongs, surrogates and > U+10FFFF */
  if (c == 0xE0) lo = 0xA0;
  else if (c == 0xED) hi = 0x9F;
  else if (c == 0xF0) lo = 0x90;
  else if (c == 0xF4) hi = 0x8F;
  size_t k = 1;
  while (k < need && k < n) {
    unsigned char b = s[k];
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) break;
    k++;
  }
  return k;
}

/* Length of the character at u[j] (>= 0x80) when it is kept as it is (and
 * note whether NFC may change it), else 0. */
static size_t kept_multi(norm *z, const unsigned char *u, size_t j, size_t n) {
  int32_t cp;
  const utf8proc_property_t *prop = NULL;
  size_t k = decode_multi(u + j, n - j, &cp);
  if (k == 0 || cp_action(cp, &prop) != CP_KEEP) return 0;
  check_nfc(z, cp, prop);
  return k;
}

/* Length of the run at u[i..n) that normalises to itself, so it is copied
 * in one piece: printable ASCII, kept characters outside ASCII, and a
 * single space or line break between two of those (in the middle of a
 * run nothing is pending: the space is owed and due at once, the line
 * break ends a line that has text). Stops before anything else. */
static size_t plain_run(norm *z, const unsigned char *u, size_t i, size_t n) {
  size_t j = i, k;
  while (j < n) {
    unsigned char c = u[j];
    if (byte_class[c] == B_TEXT) {
      j++;
    } else if (c >= 0x80) {
      if (!(k = kept_multi(z, u, j, n))) break;
      j += k;
    } else if ((c == ' ' || c == '\n') && j > i && j + 1 < n &&
               byte_class[u[j + 1]] == B_TEXT) {
      j += 2;
    } else if ((c == ' ' || c == '\n') && j > i && j + 1 < n && u[j + 1] >= 0x80 &&
               (k = kept_multi(z, u, j + 1, n))) {
      j += 1 + k;
    } else {
      break;
    }
  }
  return j - i;
}

/* Handle the character at u[i] that is not part of a plain run; returns
 * the number of bytes it takes. */
static size_t special(norm *z, pl_norm_stats *st, const unsigned char *u, size_t i,
                      size_t n) {
  switch (byte_class[u[i]]) {
  case B_SPACE:
    z->pending_space = 1;
    return 1;
  case B_BREAK:
    line_break(z, 1);
    return 1;
  case B_CR:
    line_break(z, 1);
    return i + 1 < n && u[i + 1] == '\n' ? 2 : 1;
  case B_NUL:
    st->nuls++;
    st->controls++;
    return 1;
  case B_CTRL:
    st->controls++;
    return 1;
  default:
    break;
  }
  int32_t cp;
  const utf8proc_property_t *prop = NULL;
  size_t k = decode_multi(u + i, n - i, &cp);
  if (k == 0) {
    st->invalid++;
    emit(z, "\xEF\xBF\xBD", 3);
    return invalid_len(u + i, n - i);
  }
  switch (cp_action(cp, &prop)) {
  case CP_SPACE: z->pending_space = 1; break;
  case CP_BREAK: line_break(z, 1); break;
  case CP_PARAGRAPH: line_break(z, 2); break;
  case CP_CONTROL: st->controls++; break;
  default: break; /* CP_DROP; CP_KEEP never gets here (plain_run took it) */
  }
  return k;
}

static char *compose_nfc(char *text, size_t *len) {
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)text,
                                    (utf8proc_ssize_t)*len, &dst,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (k < 0) return text; /* cannot happen on valid UTF-8; keep what we have */
  char *copy = pl_xstrndup((const char *)dst, (size_t)k);
  free(dst);
  free(text);
  *len = (size_t)k;
  return copy;
}

char *pl_text_normalize(const char *in, size_t n, size_t *out_len,
                        pl_norm_stats *st) {
  pl_norm_stats local;
  if (!st) st = &local;
  memset(st, 0, sizeof *st);
  norm z;
  memset(&z, 0, sizeof z);
  /* Room for the usual case at once: the text shrinks or keeps its size
   * unless invalid bytes (1 byte -> 3) grow it. */
  pl_buf_reserve(&z.out, n + 1);
  const unsigned char *u = (const unsigned char *)in;
  size_t i = 0;
  if (n >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
    st->bom = 1;
    i = 3;
  }
  while (i < n) {
    size_t k = plain_run(&z, u, i, n);
    if (k) {
      emit(&z, in + i, k);
      i += k;
      if (i == n) break;
    }
    i += special(&z, st, u, i, n);
  }
  if (z.out.len) pl_buf_append(&z.out, "\n", 1);
  size_t len;
  char *text = pl_buf_take(&z.out, &len);
  if (z.needs_nfc) text = compose_nfc(text, &len);
  if (out_len) *out_len = len;
  return text;
}
