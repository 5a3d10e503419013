/* parley.h: what every part of libparley shares. Read this first.
 *
 * libparley is the C core of parley: reading and normalising article text,
 * segmentation, and (later) look-up, calendar arithmetic, merging, storage
 * and watching. It never includes lua.h; policy lives in Lua scripts that the
 * bindings/ layer runs over these primitives.
 *
 * Ownership rule, used by every function in core/:
 *  - Parameters are borrowed for the duration of the call.
 *  - Results of functions named *_new, *_load, *_ref, *_dup are owned by the
 *    caller, who releases them with the matching *_free / *_unref.
 *  - A function that takes ownership of an argument has "_take" in its name.
 *  - Every release function accepts NULL.
 *
 * Errors: functions that can fail return PL_OK (0) or a negative PL_E* code,
 * and fill an optional pl_diag with a message a user can act on. Running out
 * of memory is not an error code: pl_xmalloc prints a message and aborts, as
 * jq and Neovim do, because no caller could do anything useful with it.
 */
#ifndef PARLEY_H
#define PARLEY_H

#include <stddef.h>
#include <stdint.h>

#define PL_VERSION "0.1.0"

enum {
  PL_OK = 0,
  PL_EIO = -1,       /* the world failed: read error, vanished file */
  PL_ENOENT = -2,    /* no such file (or it vanished before it was opened) */
  PL_EACCES = -3,    /* permission denied */
  PL_ETOOBIG = -4,   /* larger than the configured limit */
  PL_EEMPTY = -5,    /* no bytes, or nothing but white space */
  PL_EBINARY = -6,   /* not text: NUL bytes, UTF-16, mostly control bytes */
  PL_ENOTREG = -7,   /* a directory, FIFO, socket or device where a file was expected */
  PL_ELOOP = -8,     /* symbolic link loop */
  PL_EINVAL = -9,    /* a caller passed something out of range */
  PL_ESCRIPT = -10,  /* a Lua script failed (set by bindings/, never by core/) */
  PL_EUSAGE = -11,   /* bad command line */
};

/* Where a failure happened and why, in words for the user. Stack-allocated
 * by the caller; core functions fill it only when they fail. */
typedef struct pl_diag {
  int code;          /* the PL_E* code also returned */
  int sys_errno;     /* errno saved at the failure, or 0 */
  char path[1024];   /* the file concerned, or "" */
  long line;         /* 1-based line in that file, or 0 */
  char msg[512];     /* one sentence, no trailing newline */
} pl_diag;

/* Fill d (if not NULL) with code, path and a printf-style message; return
 * code so callers can write `return pl_diag_set(...)`. */
int pl_diag_set(pl_diag *d, int code, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* A short English name of a PL_E* code ("too large", "binary"...). */
const char *pl_strerror(int code);

/* Allocation that never returns NULL: on failure it prints
 * "parley: out of memory" and aborts. Sizes of 0 are allowed. */
void *pl_xmalloc(size_t n);
void *pl_xcalloc(size_t count, size_t size);
void *pl_xrealloc(void *p, size_t n);
char *pl_xstrdup(const char *s);
char *pl_xstrndup(const char *s, size_t n);

/* Overflow-checked count * size for array growth; aborts on overflow. */
size_t pl_mul_size(size_t count, size_t size);

#endif
