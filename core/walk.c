/* walk.c: recursive, sorted, loop-safe directory walking with opendir/stat.
 * Never calls Lua. */
#define _GNU_SOURCE
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "strmap.h"

/* Directories are known by device and inode, so every name for one (a
 * link, a bind mount) is the same directory. */
typedef struct dir_id {
  dev_t dev;
  ino_t ino;
} dir_id;

enum { DIR_UNSEEN = 0, DIR_OPEN = 1, DIR_DONE = 2 };

typedef struct walker {
  pl_walk_file_fn on_file;
  pl_walk_error_fn on_error;
  void *ud;
  pl_strmap *dirs; /* dir_id bytes -> DIR_OPEN while being walked, then DIR_DONE */
} walker;

static void report(walker *w, int code, const char *path, const char *msg) {
  pl_diag d;
  pl_diag_set(&d, code, path, "%s", msg);
  if (w->on_error) w->on_error(&d, w->ud);
}

static int stat_error(walker *w, const char *path) {
  int e = errno;
  if (e == ELOOP) {
    report(w, PL_ELOOP, path, "symbolic link loop; skipped");
    return PL_ELOOP;
  }
  if (e == ENOENT) {
    struct stat lst;
    int dangling = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
    report(w, PL_ENOENT, path,
           dangling ? "broken symbolic link (its target does not exist); skipped"
                    : "no such file or directory");
    return PL_ENOENT;
  }
  if (e == EACCES) {
    report(w, PL_EACCES, path, "permission denied");
    return PL_EACCES;
  }
  char msg[256];
  snprintf(msg, sizeof msg, "cannot stat: %s", strerror(e));
  report(w, PL_EIO, path, msg);
  return PL_EIO;
}

static int dir_state(const walker *w, const dir_id *id) {
  return pl_strmap_get(w->dirs, (const char *)id, sizeof *id, DIR_UNSEEN);
}

static void set_dir_state(walker *w, const dir_id *id, int state) {
  pl_strmap_put(w->dirs, (const char *)id, sizeof *id, state);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char **list_dir(walker *w, const char *path, size_t *count) {
  DIR *dir = opendir(path);
  if (!dir) {
    int e = errno;
    char msg[256];
    snprintf(msg, sizeof msg, "cannot open directory: %s", strerror(e));
    report(w, e == EACCES ? PL_EACCES : PL_EIO, path, msg);
    return NULL;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    if (e->d_name[0] == '.') continue; /* hidden, "." and ".." */
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      names = pl_xrealloc(names, pl_mul_size(cap, sizeof *names));
    }
    names[n++] = pl_xstrdup(e->d_name);
  }
  closedir(dir);
  if (n) qsort(names, n, sizeof *names, by_name);
  *count = n;
  return names;
}

static const char *kind_of(mode_t m) {
  if (S_ISFIFO(m)) return "a FIFO (named pipe), not a regular file; skipped";
  if (S_ISSOCK(m)) return "a socket, not a regular file; skipped";
  if (S_ISCHR(m) || S_ISBLK(m)) return "a device, not a regular file; skipped";
  return "not a regular file; skipped";
}

static int walk_path(walker *w, const char *path);

/* A directory still open is an ancestor of path: the link that led here
 * is a cycle, which the user should hear about. One already walked was
 * reached under another name (two links to one folder): its files were
 * reported once already, and nothing is wrong. */
static int walk_dir(walker *w, const char *path, const struct stat *st) {
  dir_id id;
  memset(&id, 0, sizeof id); /* padding bytes are part of the key */
  id.dev = st->st_dev;
  id.ino = st->st_ino;
  int state = dir_state(w, &id);
  if (state == DIR_OPEN) {
    report(w, PL_ELOOP, path,
           "directory already visited through a symbolic link (a link cycle); skipped");
    return PL_OK;
  }
  if (state == DIR_DONE) return PL_OK;
  set_dir_state(w, &id, DIR_OPEN);
  size_t n = 0;
  char **names = list_dir(w, path, &n);
  int rc = PL_OK;
  size_t plen = strlen(path);
  for (size_t i = 0; i < n; i++) {
    if (rc == 1) break;
    size_t len = plen + 1 + strlen(names[i]) + 1;
    char *child = pl_xmalloc(len);
    snprintf(child, len, "%s%s%s", path, plen && path[plen - 1] == '/' ? "" : "/", names[i]);
    if (walk_path(w, child) == 1) rc = 1;
    free(child);
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  set_dir_state(w, &id, DIR_DONE);
  return rc;
}

static int walk_path(walker *w, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return stat_error(w, path);
  if (S_ISDIR(st.st_mode)) return walk_dir(w, path, &st);
  if (!S_ISREG(st.st_mode)) {
    report(w, PL_ENOTREG, path, kind_of(st.st_mode));
    return PL_ENOTREG;
  }
  return w->on_file(path, w->ud) ? 1 : PL_OK;
}

int pl_walk(const char *root, pl_walk_file_fn on_file, pl_walk_error_fn on_error,
            void *ud) {
  walker w = {on_file, on_error, ud, pl_strmap_new()};
  int rc = walk_path(&w, root);
  pl_strmap_free(w.dirs);
  return rc;
}
