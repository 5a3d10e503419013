/* readfile.h: read a whole regular file with a size limit, turning every
 * way the world can fail into a PL_E* code and a message that names the
 * file. Never blocks on FIFOs or devices. Never calls Lua. */
#ifndef PL_READFILE_H
#define PL_READFILE_H

#include <stddef.h>

#include "parley.h"

/* Read path into a new buffer (*out, NUL-terminated, caller frees) of *len
 * bytes. Refuses anything that is not a regular file (PL_ENOTREG), larger
 * than max bytes (PL_ETOOBIG), missing (PL_ENOENT), unreadable (PL_EACCES),
 * a symlink loop (PL_ELOOP), or failing mid-read (PL_EIO). A file that
 * shrinks while being read is read up to its new end; one that grows past
 * max is refused. */
int pl_read_file(const char *path, size_t max, char **out, size_t *len,
                 pl_diag *d);

/* Human size: "20.0 MiB", "512 bytes" into buf (at least 32 bytes). */
const char *pl_format_size(size_t n, char *buf, size_t cap);

#endif
