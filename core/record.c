/* record.c: building SCHEMA.md records as jansson values and printing them.
 * Never calls Lua. */
#include "record.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
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

char *pl_article_record(const pl_article *a) {
  json_t *o = article_json(a);
  char *s = json_dumps(o, JSON_COMPACT);
  json_decref(o);
  if (!s) {
    fprintf(stderr, "parley: out of memory while writing JSON\n");
    abort();
  }
  return s;
}

int pl_article_write_ndjson(const pl_article *a, FILE *f) {
  char *s = pl_article_record(a);
  /* ferror also catches a failure of an earlier buffered write */
  int ok = fputs(s, f) >= 0 && fputc('\n', f) != EOF && !ferror(f);
  free(s);
  return ok ? PL_OK : PL_EIO;
}
