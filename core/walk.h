/* walk.h: expanding command-line paths into the article files under them.
 * Files are reported in a stable order (names sorted bytewise, depth first)
 * so runs are reproducible. Never calls Lua. */
#ifndef PL_WALK_H
#define PL_WALK_H

#include "parley.h"

/* Called for each file found; return nonzero to stop the walk. */
typedef int (*pl_walk_file_fn)(const char *path, void *ud);
/* Called for each path that cannot be used (loop, FIFO, unreadable...). */
typedef void (*pl_walk_error_fn)(const pl_diag *d, void *ud);

/* Walk root: a file is reported as is (even if its name is hidden); a
 * directory is descended recursively, skipping names that start with "."
 * and following symbolic links, with each directory visited once so a link
 * cycle cannot loop: a link back to a folder that contains it goes to
 * on_error (PL_ELOOP); a folder reached again under another name is skipped
 * silently, its files having been reported once. Anything that is not a
 * regular file or directory, a dangling link, a link loop or an unreadable
 * directory goes to on_error and the walk goes on. on_error may be NULL.
 * Returns PL_OK, the PL_E* code of root itself when root cannot be used
 * (also reported to on_error), or 1 if on_file stopped it. */
int pl_walk(const char *root, pl_walk_file_fn on_file, pl_walk_error_fn on_error,
            void *ud);

#endif
