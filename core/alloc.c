/* alloc.c: allocation that aborts on failure, and the pl_diag helpers.
 * Never calls Lua; never returns NULL from an allocation. */
#include "parley.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t n) {
  fprintf(stderr, "parley: out of memory (asked for %zu bytes)\n", n);
  abort();
}

void *pl_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) out_of_memory(n);
  return p;
}

void *pl_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) out_of_memory(count * size);
  return p;
}

void *pl_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) out_of_memory(n);
  return q;
}

char *pl_xstrdup(const char *s) { return pl_xstrndup(s, strlen(s)); }

char *pl_xstrndup(const char *s, size_t n) {
  char *p = pl_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

size_t pl_mul_size(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) out_of_memory(SIZE_MAX);
  return count * size;
}

int pl_diag_set(pl_diag *d, int code, const char *path, const char *fmt, ...) {
  if (!d) return code;
  int saved = errno;
  d->code = code;
  d->sys_errno = saved;
  d->line = 0;
  snprintf(d->path, sizeof d->path, "%s", path ? path : "");
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(d->msg, sizeof d->msg, fmt, ap);
  va_end(ap);
  errno = saved;
  return code;
}

const char *pl_strerror(int code) {
  switch (code) {
  case PL_OK: return "ok";
  case PL_EIO: return "read error";
  case PL_ENOENT: return "not found";
  case PL_EACCES: return "permission denied";
  case PL_ETOOBIG: return "too large";
  case PL_EEMPTY: return "empty";
  case PL_EBINARY: return "not text";
  case PL_ENOTREG: return "not a regular file";
  case PL_ELOOP: return "symbolic link loop";
  case PL_EINVAL: return "invalid argument";
  case PL_ESCRIPT: return "script error";
  case PL_EUSAGE: return "usage";
  default: return "unknown error";
  }
}
