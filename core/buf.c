/* buf.c: growable byte buffer. Never calls Lua. */
#include "buf.h"

#include <stdlib.h>
#include <string.h>

#include "parley.h"

void pl_buf_reserve(pl_buf *b, size_t n) {
  if (n > SIZE_MAX - b->len - 1) pl_mul_size(SIZE_MAX, 2); /* aborts */
  size_t need = b->len + n + 1;
  if (need <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  b->data = pl_xrealloc(b->data, cap);
  b->cap = cap;
}

void pl_buf_append(pl_buf *b, const void *p, size_t n) {
  pl_buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void pl_buf_putc(pl_buf *b, char c) { pl_buf_append(b, &c, 1); }

void pl_buf_puts(pl_buf *b, const char *s) { pl_buf_append(b, s, strlen(s)); }

char *pl_buf_take(pl_buf *b, size_t *len) {
  pl_buf_reserve(b, 0);
  /* reserve() alone leaves an untouched buffer unterminated */
  b->data[b->len] = '\0';
  char *p = b->data;
  if (len) *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}

void pl_buf_free(pl_buf *b) {
  if (!b) return;
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
