/* article.c: building articles from files or memory, their identity, lines,
 * metadata, removals and warnings. Segmentation is in segment.c.
 * Never calls Lua. */
#include "article.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "buf.h"
#include "meeting.h"
#include "readfile.h"
#include "text.h"

static const char *const meta_names[PL_META_COUNT] = {
    "title", "source", "published", "published_from", "dateline"};

static const char *const published_sources[] = {"header", "byline", "text",
                                                "inferred", "file", NULL};

const char *pl_meta_name(pl_meta_field f) {
  return (unsigned)f < PL_META_COUNT ? meta_names[f] : NULL;
}

static void split_lines(pl_article *a) {
  size_t n = 0;
  for (size_t i = 0; i < a->len; i++) n += a->text[i] == '\n';
  a->lines = pl_xcalloc(n ? n : 1, sizeof *a->lines);
  a->removed_by = pl_xcalloc(n ? n : 1, sizeof *a->removed_by);
  a->removed_why = pl_xcalloc(n ? n : 1, sizeof *a->removed_why);
  a->kept = pl_xcalloc(n ? n : 1, sizeof *a->kept);
  size_t start = 0, k = 0;
  for (size_t i = 0; i < a->len; i++) {
    if (a->text[i] != '\n') continue;
    a->lines[k].start = (uint32_t)start;
    a->lines[k].stop = (uint32_t)i;
    a->kept[k] = a->lines[k];
    k++;
    start = i + 1;
  }
  a->n_lines = k;
}

static void warn_changes(pl_article *a, const pl_norm_stats *st) {
  if (st->invalid)
    pl_article_warn(a, "invalid UTF-8 replaced (%zu sequence%s)", st->invalid,
                    st->invalid == 1 ? "" : "s");
  if (st->nuls)
    pl_article_warn(a, "NUL bytes removed (%zu)", st->nuls);
  if (st->controls > st->nuls)
    pl_article_warn(a, "control characters removed (%zu)", st->controls - st->nuls);
}

int pl_article_from_memory(const char *bytes, size_t n, const char *path,
                           const pl_limits *lim, pl_article **out, pl_diag *d) {
  size_t max = lim && lim->max_bytes ? lim->max_bytes : PL_DEFAULT_MAX_BYTES;
  const char *why = NULL;
  char sz[32], lim_s[32];
  if (!path) path = "-";
  if (n > max || n > UINT32_MAX - 16)
    return pl_diag_set(d, PL_ETOOBIG, path,
                       "too large (%s; the limit is %s, raise it with --max-size)",
                       pl_format_size(n, sz, sizeof sz),
                       pl_format_size(max, lim_s, sizeof lim_s));
  if (n == 0) return pl_diag_set(d, PL_EEMPTY, path, "empty file (0 bytes); skipped");
  if (pl_text_sniff(bytes, n, &why) != PL_OK)
    return pl_diag_set(d, PL_EBINARY, path, "not text: %s; skipped", why);
  pl_norm_stats st;
  size_t len;
  char *text = pl_text_normalize(bytes, n, &len, &st);
  if (len == 0) {
    free(text);
    return pl_diag_set(d, PL_EEMPTY, path,
                       "no text: only white space or control characters; skipped");
  }
  /* Offsets are 32-bit, and U+FFFD triples each invalid byte: a limit
   * raised far enough could otherwise overflow them. */
  if (len >= UINT32_MAX) {
    free(text);
    return pl_diag_set(d, PL_ETOOBIG, path, "too large once normalised (%s); skipped",
                       pl_format_size(len, sz, sizeof sz));
  }
  pl_article *a = pl_xcalloc(1, sizeof *a);
  atomic_init(&a->refs, 1);
  a->path = pl_xstrdup(path);
  a->text = text;
  a->len = len;
  a->raw_bytes = n;
  snprintf(a->id, sizeof a->id, "%016llx",
           (unsigned long long)XXH3_64bits(text, len));
  split_lines(a);
  warn_changes(a, &st);
  *out = a;
  return PL_OK;
}

int pl_article_load(const char *path, const pl_limits *lim, pl_article **out,
                    pl_diag *d) {
  size_t max = lim && lim->max_bytes ? lim->max_bytes : PL_DEFAULT_MAX_BYTES;
  char *bytes = NULL;
  size_t n = 0;
  int rc = pl_read_file(path, max, &bytes, &n, d);
  if (rc != PL_OK) return rc;
  rc = pl_article_from_memory(bytes, n, path, lim, out, d);
  free(bytes);
  return rc;
}

pl_article *pl_article_ref(pl_article *a) {
  if (a) atomic_fetch_add(&a->refs, 1);
  return a;
}

static void free_strings(char **v, size_t n) {
  if (!v) return;
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v);
}

void pl_article_unref(pl_article *a) {
  if (!a || atomic_fetch_sub(&a->refs, 1) != 1) return;
  free(a->path);
  free(a->text);
  free(a->lines);
  free_strings(a->removed_by, a->n_lines);
  free_strings(a->removed_why, a->n_lines);
  free(a->kept);
  free_strings(a->cut_by, a->n_lines);
  free_strings(a->cut_why, a->n_lines);
  for (int f = 0; f < PL_META_COUNT; f++) free(a->meta[f]);
  free_strings(a->warnings, a->n_warnings);
  free(a->paragraphs);
  free(a->sentences);
  free(a->quotes);
  for (size_t i = 0; i < a->n_meetings; i++) pl_meeting_free(a->meetings[i]);
  free(a->meetings);
  free(a);
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int pl_iso_date_valid(const char *s) {
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  size_t n = strlen(s);
  if (n != 4 && n != 7 && n != 10) return 0;
  int y = digits(s, 4);
  if (y < 1) return 0;
  if (n == 4) return 1;
  if (s[4] != '-') return 0;
  int m = digits(s + 5, 2);
  if (m < 1 || m > 12) return 0;
  if (n == 7) return 1;
  if (s[7] != '-') return 0;
  int day = digits(s + 8, 2);
  int max = mdays[m - 1] + (m == 2 && is_leap(y));
  return day >= 1 && day <= max;
}

/* Values end up in JSON, terminals and HTML: valid UTF-8, one line, no C0
 * or C1 control characters. */
static int check_plain(const char *v, const char *path, pl_diag *d, const char *field) {
  size_t n = strlen(v);
  if (n > 1000)
    return pl_diag_set(d, PL_EINVAL, path, "%s is longer than 1000 bytes", field);
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = pl_utf8_decode(v + i, n - i, &cp);
    if (k == 0) return pl_diag_set(d, PL_EINVAL, path, "%s is not valid UTF-8", field);
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
      return pl_diag_set(d, PL_EINVAL, path, "%s contains a control character", field);
    i += k;
  }
  return PL_OK;
}

static int check_meta(pl_meta_field f, const char *v, const char *path, pl_diag *d) {
  if (f == PL_META_PUBLISHED && !pl_iso_date_valid(v))
    return pl_diag_set(d, PL_EINVAL, path,
                       "published must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '%.40s'", v);
  if (f == PL_META_PUBLISHED_FROM) {
    for (int i = 0; published_sources[i]; i++)
      if (strcmp(v, published_sources[i]) == 0) return PL_OK;
    return pl_diag_set(d, PL_EINVAL, path,
                       "published_from must be header, byline, text, inferred or file, not '%.40s'", v);
  }
  return check_plain(v, path, d, meta_names[f]);
}

int pl_article_set_meta(pl_article *a, pl_meta_field f, const char *value,
                        pl_diag *d) {
  if ((unsigned)f >= PL_META_COUNT)
    return pl_diag_set(d, PL_EINVAL, a->path, "no such metadata field");
  if (a->finished)
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "%s cannot change after the article's rules have run", meta_names[f]);
  if (value && *value == '\0') value = NULL; /* unknown is null, never "" */
  if (value) {
    int rc = check_meta(f, value, a->path, d);
    if (rc != PL_OK) return rc;
  }
  free(a->meta[f]);
  a->meta[f] = value ? pl_xstrdup(value) : NULL;
  return PL_OK;
}

/* Line edits need a line that exists and an article not yet segmented. */
static int check_line_edit(const pl_article *a, size_t i, const char *verb, pl_diag *d) {
  if (i >= a->n_lines)
    return pl_diag_set(d, PL_EINVAL, a->path, "line %zu is out of range (1..%zu)",
                       i + 1, a->n_lines);
  if (a->segmented)
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "lines cannot be %s after the article was segmented "
                       "(%s lines in an article handler, before asking for sentences)",
                       verb[0] == 'r' ? "removed" : "cut", verb);
  return PL_OK;
}

void pl_article_finish(pl_article *a) { a->finished = 1; }

int pl_article_remove_line(pl_article *a, size_t i, const char *rule,
                           const char *why, pl_diag *d) {
  int rc = check_line_edit(a, i, "remove", d);
  if (rc != PL_OK) return rc;
  if (a->removed_by[i]) return PL_OK;
  a->removed_by[i] = pl_xstrdup(rule && *rule ? rule : "?");
  a->removed_why[i] = why && *why ? pl_xstrdup(why) : NULL;
  a->kept[i].stop = a->kept[i].start;
  a->n_removed++;
  return PL_OK;
}

static int utf8_boundary(const pl_article *a, size_t off) {
  return ((unsigned char)a->text[off] & 0xC0) != 0x80;
}

int pl_article_cut_line(pl_article *a, size_t i, size_t head, size_t tail,
                        const char *rule, const char *why, pl_diag *d) {
  int rc = check_line_edit(a, i, "cut", d);
  if (rc != PL_OK) return rc;
  pl_span line = a->lines[i];
  size_t len = line.stop - line.start;
  if (head + tail >= len) return pl_article_remove_line(a, i, rule, why, d);
  if (!utf8_boundary(a, line.start + head) || !utf8_boundary(a, line.stop - tail))
    return pl_diag_set(d, PL_EINVAL, a->path, "cutting line %zu at byte %zu would split a character",
                       i + 1, utf8_boundary(a, line.start + head) ? len - tail : head);
  if (a->removed_by[i]) return PL_OK;
  uint32_t start = line.start + (uint32_t)head, stop = line.stop - (uint32_t)tail;
  if (start < a->kept[i].start) start = a->kept[i].start;
  if (stop > a->kept[i].stop) stop = a->kept[i].stop;
  while (start < stop && a->text[start] == ' ') start++;
  while (stop > start && a->text[stop - 1] == ' ') stop--;
  if (start == stop) return pl_article_remove_line(a, i, rule, why, d);
  a->kept[i].start = start;
  a->kept[i].stop = stop;
  if (!a->cut_by) {
    a->cut_by = pl_xcalloc(a->n_lines, sizeof *a->cut_by);
    a->cut_why = pl_xcalloc(a->n_lines, sizeof *a->cut_why);
  }
  if (!a->cut_by[i]) {
    a->cut_by[i] = pl_xstrdup(rule && *rule ? rule : "?");
    a->cut_why[i] = why && *why ? pl_xstrdup(why) : NULL;
    a->n_cut++;
  }
  return PL_OK;
}

void pl_article_warn(pl_article *a, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  a->warnings = pl_xrealloc(a->warnings, pl_mul_size(a->n_warnings + 1, sizeof(char *)));
  a->warnings[a->n_warnings++] = pl_xstrdup(msg);
}
