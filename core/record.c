/* record.c: building SCHEMA.md records as jansson values and printing them.
 * Never calls Lua. */
#include "record.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "meeting.h"
#include "text.h"

/* A JSON string from arbitrary bytes: valid UTF-8 is kept as is, invalid
 * bytes become U+FFFD. */
static json_t *json_text(const char *s) {
  if (!s) return json_null();
  size_t n = strlen(s);
  json_t *j = json_stringn(s, n);
  if (j) return j;
  pl_buf b = {0};
  for (size_t i = 0; i < n;) {
    size_t k = pl_utf8_len(s + i, n - i);
    if (k == 0 || (k == 1 && s[i] == '\0')) {
      pl_buf_append(&b, "\xEF\xBF\xBD", 3);
      i++;
    } else {
      pl_buf_append(&b, s + i, k);
      i += k;
    }
  }
  j = json_stringn(b.data ? b.data : "", b.len);
  pl_buf_free(&b);
  return j ? j : json_null();
}

static json_t *article_json(const pl_article *a) {
  json_t *o = json_object();
  json_object_set_new(o, "type", json_string("article"));
  json_object_set_new(o, "id", json_string(a->id));
  json_object_set_new(o, "path", json_text(a->path));
  json_object_set_new(o, "title", json_text(a->meta[PL_META_TITLE]));
  json_object_set_new(o, "source", json_text(a->meta[PL_META_SOURCE]));
  json_object_set_new(o, "published", json_text(a->meta[PL_META_PUBLISHED]));
  json_object_set_new(o, "published_from", json_text(a->meta[PL_META_PUBLISHED_FROM]));
  json_object_set_new(o, "dateline", json_text(a->meta[PL_META_DATELINE]));
  json_t *w = json_array();
  for (size_t i = 0; i < a->n_warnings; i++) json_array_append_new(w, json_text(a->warnings[i]));
  json_object_set_new(o, "warnings", w);
  return o;
}

static json_t *participants_json(const pl_meeting *m) {
  json_t *arr = json_array();
  for (size_t i = 0; i < m->n_participants; i++) {
    const pl_participant *p = &m->participants[i];
    json_t *o = json_object();
    json_object_set_new(o, "name", json_text(p->name));
    json_object_set_new(o, "role", json_text(p->role));
    json_object_set_new(o, "country", json_text(p->country));
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *quotes_json(const pl_meeting *m) {
  json_t *arr = json_array();
  for (size_t i = 0; i < m->n_quotes; i++) {
    json_t *o = json_object();
    json_object_set_new(o, "speaker", json_text(m->quotes[i].speaker));
    json_object_set_new(o, "text", json_text(m->quotes[i].text));
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *evidence_json(const pl_meeting *m) {
  json_t *arr = json_array();
  for (size_t i = 0; i < m->n_evidence; i++) {
    json_t *o = json_object();
    json_object_set_new(o, "sentence", json_integer(m->evidence[i].sentence));
    json_object_set_new(o, "start", json_integer(m->evidence[i].start));
    json_object_set_new(o, "end", json_integer(m->evidence[i].stop));
    json_array_append_new(arr, o);
  }
  return arr;
}

/* Whole minutes print as integers, as people write them ("40", not
 * "40.0"); the range test keeps the conversion defined for any double. */
static json_t *duration_json(const pl_meeting *m) {
  double v = m->duration_min;
  if (!m->has_duration || !isfinite(v)) return json_null();
  if (fabs(v) < 1e15 && v == floor(v)) return json_integer((json_int_t)v);
  return json_real(v);
}

static json_t *meeting_json(const pl_article *a, const pl_meeting *m) {
  json_t *o = json_object();
  json_object_set_new(o, "type", json_string("meeting"));
  json_object_set_new(o, "id", json_text(m->id));
  json_object_set_new(o, "article", json_text(a->path));
  json_object_set_new(o, "participants", participants_json(m));
  json_object_set_new(o, "status", json_text(m->status));
  json_object_set_new(o, "date", json_text(m->date));
  json_object_set_new(o, "date_precision", json_text(m->date_precision));
  json_object_set_new(o, "date_text", json_text(m->date_text));
  json_object_set_new(o, "place", json_text(m->place));
  json_object_set_new(o, "country", json_text(m->country));
  json_object_set_new(o, "occasion", json_text(m->occasion));
  json_object_set_new(o, "format", json_text(m->format));
  json_object_set_new(o, "duration_min", duration_json(m));
  json_t *topics = json_array();
  for (size_t i = 0; i < m->n_topics; i++) json_array_append_new(topics, json_text(m->topics[i]));
  json_object_set_new(o, "topics", topics);
  json_object_set_new(o, "quotes", quotes_json(m));
  json_object_set_new(o, "main", json_boolean(m->main));
  json_object_set_new(o, "evidence", evidence_json(m));
  return o;
}

static char *dump(json_t *o) {
  /* 15 significant digits: 90.3 minutes prints as 90.3, not as jansson's
   * default 17-digit 90.299999999999997. */
  char *s = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(15));
  json_decref(o);
  if (!s) {
    fprintf(stderr, "parley: out of memory while writing JSON\n");
    abort();
  }
  return s;
}

char *pl_article_record(const pl_article *a) { return dump(article_json(a)); }

char *pl_meeting_record(const pl_article *a, const pl_meeting *m) {
  return dump(meeting_json(a, m));
}

static int put_line(char *s, FILE *f) {
  int ok = fputs(s, f) >= 0 && fputc('\n', f) != EOF;
  free(s);
  return ok;
}

int pl_article_write_ndjson(const pl_article *a, FILE *f) {
  int ok = put_line(pl_article_record(a), f);
  for (size_t i = 0; ok && i < a->n_meetings; i++)
    ok = put_line(pl_meeting_record(a, a->meetings[i]), f);
  /* ferror also catches a failure of an earlier buffered write */
  return ok && !ferror(f) ? PL_OK : PL_EIO;
}
