/* text.c: UTF-8 validation and normalisation of raw article bytes.
 * One pass over the input builds the normalised text; NFC composition runs
 * only when combining characters were seen. Never calls Lua. */
#include "text.h"

#include <string.h>
#include <utf8proc.h>

#include "buf.h"
#include "parley.h"

#define SNIFF_BYTES 65536

size_t pl_utf8_decode(const char *s, size_t n, int32_t *cp) {
  if (n == 0) return 0;
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  utf8proc_int32_t v;
  utf8proc_ssize_t k =
      utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &v);
  if (k <= 0) return 0;
  *cp = v;
  return (size_t)k;
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

int pl_text_sniff(const char *in, size_t n, const char **why) {
  const unsigned char *u = (const unsigned char *)in;
  if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
    *why = u[0] == 0xFF ? "UTF-16 text (byte order mark FF FE); convert it to UTF-8"
                        : "UTF-16 text (byte order mark FE FF); convert it to UTF-8";
    return PL_EBINARY;
  }
  size_t len = n < SNIFF_BYTES ? n : SNIFF_BYTES;
  size_t nuls = 0, bad = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = u[i];
    if (c < 0x80) {
      if (c == 0) nuls++;
      else if ((c < 0x20 && !strchr("\t\n\r\f\v", c)) || c == 0x7F) bad++;
      i++;
      continue;
    }
    size_t k = pl_utf8_len(in + i, len - i);
    /* A sequence cut by the sample window is not evidence of binary. */
    if (k == 0 && len - i < 4 && len < n) break;
    if (k == 0) {
      bad++;
      k = 1;
    }
    i += k;
  }
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

/* Output state of the normaliser: pending white space and blank lines are
 * emitted lazily, so trimming and collapsing need no second pass. */
typedef struct norm {
  pl_buf out;
  int pending_space;   /* a space is owed before the next visible character */
  int pending_breaks;  /* line breaks owed (2 or more = one blank line) */
  int line_has_text;
  int needs_nfc;
} norm;

static void emit(norm *z, const char *p, size_t k) {
  if (z->pending_breaks && z->out.len) {
    pl_buf_append(&z->out, "\n\n", z->pending_breaks >= 2 ? 2 : 1);
  }
  z->pending_breaks = 0;
  if (z->pending_space && z->line_has_text) pl_buf_putc(&z->out, ' ');
  z->pending_space = 0;
  pl_buf_append(&z->out, p, k);
  z->line_has_text = 1;
}

static void space(norm *z) { z->pending_space = 1; }

static void line_break(norm *z, int count) {
  z->pending_space = 0;
  z->line_has_text = 0;
  z->pending_breaks += count;
}

/* Could NFC change text containing this character? True for combining
 * marks, for characters that compose with a preceding one (Hangul vowels,
 * some Indic vowel signs: combining class 0 but a composition index), and
 * for characters with a canonical decomposition (precomposed letters may
 * take marks; singletons such as OHM SIGN always change). */
static int may_change_under_nfc(int32_t cp, const utf8proc_property_t *prop) {
  if (cp >= 0x1100 && cp < 0x1200) return 1; /* Hangul jamo compose by rule */
  return prop->combining_class || prop->comp_exclusion ||
         prop->comb_index != UINT16_MAX ||
         (prop->decomp_type == 0 && prop->decomp_seqindex != UINT16_MAX);
}

/* Handle one non-ASCII code point cp encoded in p[0..k). */
static void put_codepoint(norm *z, pl_norm_stats *st, int32_t cp,
                          const char *p, size_t k) {
  if (cp == 0xFEFF || cp == 0x200B || cp == 0x2060 || cp == 0x00AD) return;
  if (cp == 0x85 || cp == 0x2028) {
    line_break(z, 1);
    return;
  }
  if (cp == 0x2029) {
    line_break(z, 2);
    return;
  }
  if (cp < 0xA0) { /* C1 controls */
    st->controls++;
    return;
  }
  const utf8proc_property_t *prop = utf8proc_get_property(cp);
  if (prop->category == UTF8PROC_CATEGORY_ZS) {
    space(z);
    return;
  }
  if (may_change_under_nfc(cp, prop)) z->needs_nfc = 1;
  emit(z, p, k);
}

static void put_ascii(norm *z, pl_norm_stats *st, unsigned char c) {
  if (c == ' ' || c == '\t') {
    space(z);
  } else if (c == '\n' || c == '\f' || c == '\v') {
    line_break(z, 1);
  } else if (c < 0x20 || c == 0x7F) {
    st->controls++;
    if (c == 0) st->nuls++;
  } else {
    char ch = (char)c;
    emit(z, &ch, 1);
  }
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
  pl_buf_reserve(&z.out, n);
  size_t i = 0;
  if (n >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
    st->bom = 1;
    i = 3;
  }
  while (i < n) {
    unsigned char c = (unsigned char)in[i];
    if (c < 0x80) {
      if (c == '\r') {
        line_break(&z, 1);
        i += (i + 1 < n && in[i + 1] == '\n') ? 2 : 1;
        continue;
      }
      put_ascii(&z, st, c);
      i++;
      continue;
    }
    int32_t cp;
    size_t k = pl_utf8_decode(in + i, n - i, &cp);
    if (k == 0) {
      st->invalid++;
      emit(&z, "\xEF\xBF\xBD", 3);
      i += invalid_len((const unsigned char *)in + i, n - i);
      continue;
    }
    put_codepoint(&z, st, cp, in + i, k);
    i += k;
  }
  if (z.out.len) pl_buf_putc(&z.out, '\n');
  size_t len;
  char *text = pl_buf_take(&z.out, &len);
  if (z.needs_nfc) text = compose_nfc(text, &len);
  if (out_len) *out_len = len;
  return text;
}
