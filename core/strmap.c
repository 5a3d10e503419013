/* strmap.c: open addressing with linear probing; the table is kept at most
 * half full so probes stay short. Never calls Lua. */
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "parley.h"

typedef struct slot {
  char *key; /* NULL = empty */
  size_t len;
  uint64_t hash;
  int value;
} slot;

struct pl_strmap {
  slot *slots;
  size_t cap; /* power of two */
  size_t count;
};

pl_strmap *pl_strmap_new(void) {
  pl_strmap *m = pl_xcalloc(1, sizeof *m);
  m->cap = 16;
  m->slots = pl_xcalloc(m->cap, sizeof *m->slots);
  return m;
}

void pl_strmap_free(pl_strmap *m) {
  if (!m) return;
  for (size_t i = 0; i < m->cap; i++) free(m->slots[i].key);
  free(m->slots);
  free(m);
}

static slot *find(const pl_strmap *m, const char *key, size_t n, uint64_t h) {
  size_t mask = m->cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    slot *s = &m->slots[i];
    if (!s->key) return s;
    if (s->hash == h && s->len == n && memcmp(s->key, key, n) == 0) return s;
  }
}

static void grow(pl_strmap *m) {
  slot *old = m->slots;
  size_t old_cap = m->cap;
  m->cap *= 2;
  m->slots = pl_xcalloc(m->cap, sizeof *m->slots);
  for (size_t i = 0; i < old_cap; i++) {
    if (!old[i].key) continue;
    *find(m, old[i].key, old[i].len, old[i].hash) = old[i];
  }
  free(old);
}

void pl_strmap_put(pl_strmap *m, const char *key, size_t n, int value) {
  if ((m->count + 1) * 2 > m->cap) grow(m);
  uint64_t h = XXH3_64bits(key, n);
  slot *s = find(m, key, n, h);
  if (!s->key) {
    s->key = pl_xstrndup(key, n);
    s->len = n;
    s->hash = h;
    m->count++;
  }
  s->value = value;
}

int pl_strmap_get(const pl_strmap *m, const char *key, size_t n, int missing) {
  slot *s = find(m, key, n, XXH3_64bits(key, n));
  return s->key ? s->value : missing;
}

size_t pl_strmap_count(const pl_strmap *m) { return m->count; }
