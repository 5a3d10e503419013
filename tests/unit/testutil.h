/* testutil.h: helpers shared by the C unit tests: temporary directories that
 * remove themselves, writing files, and running a function as an
 * unprivileged user so permission checks apply even when tests run as root.
 * Header-only, like runner.h; include it after runner.h. */
#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOBODY_ID 65534

static char tmpdir_path_[256];
static pid_t tmpdir_owner_;

/* Remove path and everything under it without following symbolic links. */
static inline void remove_tree(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return;
  if (S_ISDIR(st.st_mode)) {
    chmod(path, 0700); /* a test may have made it unreadable */
    DIR *d = opendir(path);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
      size_t len = strlen(path) + strlen(e->d_name) + 2;
      char *child = malloc(len);
      snprintf(child, len, "%s/%s", path, e->d_name);
      remove_tree(child);
      free(child);
    }
    if (d) closedir(d);
    rmdir(path);
  } else {
    unlink(path);
  }
}

/* Only the process that made the directory removes it: children forked by
 * a test inherit this handler and must not pull the tree from under it. */
static inline void tmpdir_cleanup_(void) {
  if (tmpdir_path_[0] && getpid() == tmpdir_owner_) remove_tree(tmpdir_path_);
}

/* A new empty directory (mode 0755, so an unprivileged user can enter it),
 * removed when the test process exits, pass or fail. One per test. */
static inline const char *tmpdir_new(void) {
  snprintf(tmpdir_path_, sizeof tmpdir_path_, "/tmp/parley-unit-XXXXXX");
  if (!mkdtemp(tmpdir_path_)) {
    perror("mkdtemp");
    exit(1);
  }
  chmod(tmpdir_path_, 0755);
  tmpdir_owner_ = getpid();
  atexit(tmpdir_cleanup_);
  test_on_failure_ = tmpdir_cleanup_;
  return tmpdir_path_;
}

/* dir/name into buf; returns buf. */
static inline const char *path_in(char *buf, size_t cap, const char *dir, const char *name) {
  snprintf(buf, cap, "%s/%s", dir, name);
  return buf;
}

/* Write n bytes to path (created or truncated); exits the test on failure. */
static inline void write_bytes(const char *path, const void *p, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0) {
    fprintf(stderr, "cannot write %s: %s\n", path, strerror(errno));
    exit(1);
  }
}

static inline void write_text(const char *path, const char *s) { write_bytes(path, s, strlen(s)); }

/* Read a whole file into a new NUL-terminated buffer; NULL if it fails. */
static inline char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap + 1);
  size_t k;
  while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
    n += k;
    if (n == cap) buf = realloc(buf, (cap *= 2) + 1);
  }
  fclose(f);
  buf[n] = '\0';
  if (len) *len = n;
  return buf;
}

/* Run fn(arg) in a child process that cannot bypass permissions: as root,
 * the child drops to nobody (uid and gid 65534) first, because root reads a
 * file of mode 000 without complaint. Returns the child's exit status
 * (0 = fn returned normally, 1 = an assertion failed, 99 = could not drop
 * privileges). The child leaves with _exit so it runs no inherited atexit
 * handlers. */
static inline int run_unprivileged(void (*fn)(void *), void *arg) {
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) return 98;
  if (pid == 0) {
    if (geteuid() == 0) {
      if (setgroups(0, NULL) != 0 || setgid(NOBODY_ID) != 0 || setuid(NOBODY_ID) != 0 ||
          geteuid() != NOBODY_ID) {
        perror("dropping privileges");
        _exit(99);
      }
      /* Keep /proc/self readable so LeakSanitizer still works. */
      prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    }
    fn(arg);
    fflush(NULL);
    _exit(0);
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return 97;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

#endif
