/* readfile.c: bounded, non-blocking-safe reading of one file.
 * Opens with O_NONBLOCK so a FIFO cannot hang the run, then checks with
 * fstat that it really is a regular file before reading. Never calls Lua. */
#define _GNU_SOURCE
#include "readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *pl_format_size(size_t n, char *buf, size_t cap) {
  if (n < 1024) snprintf(buf, cap, "%zu bytes", n);
  else if (n < ((size_t)1 << 20)) snprintf(buf, cap, "%.1f KiB", n / 1024.0);
  else if (n < ((size_t)1 << 30)) snprintf(buf, cap, "%.1f MiB", n / 1048576.0);
  else snprintf(buf, cap, "%.1f GiB", n / 1073741824.0);
  return buf;
}

static int open_error(const char *path, pl_diag *d) {
  switch (errno) {
  case ENOENT:
    return pl_diag_set(d, PL_ENOENT, path, "no such file (it may have been deleted)");
  case EACCES:
  case EPERM:
    return pl_diag_set(d, PL_EACCES, path, "permission denied: cannot read this file");
  case ELOOP:
    return pl_diag_set(d, PL_ELOOP, path, "symbolic link loop: the link never reaches a file");
  case ENOTDIR:
    return pl_diag_set(d, PL_ENOENT, path, "a parent of this path is not a directory");
  case EISDIR:
    return pl_diag_set(d, PL_ENOTREG, path, "is a directory, not a file");
  default:
    return pl_diag_set(d, PL_EIO, path, "cannot open: %s", strerror(errno));
  }
}

static const char *kind_of(mode_t m) {
  if (S_ISDIR(m)) return "a directory";
  if (S_ISFIFO(m)) return "a FIFO (named pipe)";
  if (S_ISSOCK(m)) return "a socket";
  if (S_ISCHR(m)) return "a character device";
  if (S_ISBLK(m)) return "a block device";
  return "not a regular file";
}

/* have > max: the size is known; have == max: only that it is larger. */
static int too_big(const char *path, size_t have, size_t max, pl_diag *d) {
  char a[32], b[32];
  return pl_diag_set(d, PL_ETOOBIG, path,
                     "too large (%s%s; the limit is %s, raise it with --max-size)",
                     have > max ? "" : "more than ", pl_format_size(have, a, sizeof a),
                     pl_format_size(max, b, sizeof b));
}

int pl_read_file(const char *path, size_t max, char **out, size_t *len,
                 pl_diag *d) {
  int rc = PL_OK;
  char *buf = NULL;
  /* The buffer below holds max + 2 bytes: keep that from wrapping to 0. */
  if (max > SIZE_MAX / 2) max = SIZE_MAX / 2;
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return open_error(path, d);
  struct stat st;
  if (fstat(fd, &st) != 0) {
    rc = pl_diag_set(d, PL_EIO, path, "cannot stat: %s", strerror(errno));
    goto done;
  }
  if (!S_ISREG(st.st_mode)) {
    rc = pl_diag_set(d, PL_ENOTREG, path, "%s, not a regular file; skipped",
                     kind_of(st.st_mode));
    goto done;
  }
  if ((size_t)st.st_size > max) {
    rc = too_big(path, (size_t)st.st_size, max, d);
    goto done;
  }
  /* Regular files never block, but clear the flag to read them normally. */
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  /* One byte more than the limit tells a file that grew since fstat. */
  size_t cap = (size_t)st.st_size + 1;
  if (cap > max + 1) cap = max + 1;
  buf = pl_xmalloc(cap + 1);
  size_t got = 0;
  for (;;) {
    if (got == cap) {
      if (cap > max) {
        /* It grew since fstat: all we know is that it passed the limit. */
        rc = too_big(path, max, max, d);
        goto done;
      }
      cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
      buf = pl_xrealloc(buf, cap + 1);
    }
    ssize_t k = read(fd, buf + got, cap - got);
    if (k == 0) break;
    if (k < 0) {
      if (errno == EINTR) continue;
      rc = pl_diag_set(d, PL_EIO, path, "read failed after %zu bytes: %s", got,
                       strerror(errno));
      goto done;
    }
    got += (size_t)k;
  }
  buf[got] = '\0';
  *out = buf;
  *len = got;
  buf = NULL;
done:
  free(buf);
  close(fd);
  return rc;
}
