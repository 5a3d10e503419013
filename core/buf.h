/* buf.h: a growable byte buffer used while building normalised text and
 * JSON. Owns its bytes; always NUL-terminated after any append. */
#ifndef PL_BUF_H
#define PL_BUF_H

#include <stddef.h>

typedef struct pl_buf {
  char *data; /* NULL until the first append */
  size_t len;
  size_t cap;
} pl_buf;

/* Make room for n more bytes (aborts on overflow or out of memory). */
void pl_buf_reserve(pl_buf *b, size_t n);
void pl_buf_append(pl_buf *b, const void *p, size_t n);
void pl_buf_putc(pl_buf *b, char c);
void pl_buf_puts(pl_buf *b, const char *s);
/* Hand the bytes to the caller (who frees them) and reset b to empty. */
char *pl_buf_take(pl_buf *b, size_t *len);
void pl_buf_free(pl_buf *b);

#endif
