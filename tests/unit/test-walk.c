/* test-walk.c: expanding paths into article files: order, recursion,
 * hidden names, links, loops, FIFOs and unreadable folders (core/walk.c). */
#include <stdlib.h>

#include "runner.h"
#include "testutil.h"
#include "walk.h"

#define MAX_SEEN 32

typedef struct seen {
  char files[MAX_SEEN][600];
  int n_files;
  char err_paths[MAX_SEEN][600];
  char err_msgs[MAX_SEEN][512];
  int err_codes[MAX_SEEN];
  int n_errs;
  int stop_after; /* 0 = never stop */
  size_t prefix;  /* bytes of the temp dir path to drop when recording */
} seen;

static int on_file(const char *path, void *ud) {
  seen *s = ud;
  if (s->n_files == MAX_SEEN) TEST_FAIL_("too many files");
  snprintf(s->files[s->n_files++], sizeof s->files[0], "%s", path + s->prefix);
  return s->stop_after && s->n_files == s->stop_after;
}

static void on_error(const pl_diag *d, void *ud) {
  seen *s = ud;
  if (s->n_errs == MAX_SEEN) TEST_FAIL_("too many errors");
  snprintf(s->err_paths[s->n_errs], sizeof s->err_paths[0], "%s", d->path + s->prefix);
  snprintf(s->err_msgs[s->n_errs], sizeof s->err_msgs[0], "%s", d->msg);
  s->err_codes[s->n_errs++] = d->code;
}

static seen *walk(const char *root, size_t prefix, int *rc) {
  seen *s = calloc(1, sizeof *s);
  s->prefix = prefix;
  *rc = pl_walk(root, on_file, on_error, s);
  return s;
}

static void mk(const char *dir, const char *rel) {
  char p[600];
  path_in(p, sizeof p, dir, rel);
  size_t n = strlen(p);
  if (p[n - 1] == '/') {
    p[n - 1] = '\0';
    if (mkdir(p, 0755) != 0) TEST_FAIL_("mkdir %s: %s", p, strerror(errno));
  } else {
    write_text(p, rel);
  }
}

static void link_to(const char *dir, const char *rel, const char *target) {
  char p[600];
  if (symlink(target, path_in(p, sizeof p, dir, rel)) != 0)
    TEST_FAIL_("symlink %s: %s", p, strerror(errno));
}

TEST(files_in_sorted_order_depth_first) {
  const char *dir = tmpdir_new();
  mk(dir, "b.txt");
  mk(dir, "sub/");
  mk(dir, "sub/c.txt");
  mk(dir, "sub/a.txt");
  mk(dir, "a.txt");
  mk(dir, "Z.txt");
  mk(dir, "a/");
  mk(dir, "a/x.txt");
  mk(dir, "sub/deeper/");
  mk(dir, "sub/deeper/d.txt");
  int rc;
  seen *s = walk(dir, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(0, s->n_errs);
  ASSERT_EQ_INT(7, s->n_files);
  ASSERT_EQ_STR("/Z.txt", s->files[0]); /* bytewise: upper case first */
  ASSERT_EQ_STR("/a/x.txt", s->files[1]);
  ASSERT_EQ_STR("/a.txt", s->files[2]);
  ASSERT_EQ_STR("/b.txt", s->files[3]);
  ASSERT_EQ_STR("/sub/a.txt", s->files[4]);
  ASSERT_EQ_STR("/sub/c.txt", s->files[5]);
  ASSERT_EQ_STR("/sub/deeper/d.txt", s->files[6]);
  free(s);
}

TEST(root_with_trailing_slash) {
  const char *dir = tmpdir_new();
  mk(dir, "a.txt");
  char root[600];
  snprintf(root, sizeof root, "%s/", dir);
  int rc;
  seen *s = walk(root, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(1, s->n_files);
  ASSERT_EQ_STR("/a.txt", s->files[0]);
  free(s);
}

TEST(hidden_files_and_folders_skipped) {
  const char *dir = tmpdir_new();
  mk(dir, ".hidden.txt");
  mk(dir, ".git/");
  mk(dir, ".git/config");
  mk(dir, "sub/");
  mk(dir, "sub/.secret.txt");
  mk(dir, "sub/ok.txt");
  mk(dir, "ok.txt");
  int rc;
  seen *s = walk(dir, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(0, s->n_errs);
  ASSERT_EQ_INT(2, s->n_files);
  ASSERT_EQ_STR("/ok.txt", s->files[0]);
  ASSERT_EQ_STR("/sub/ok.txt", s->files[1]);
  free(s);
}

TEST(root_file_reported_as_is_even_if_hidden) {
  const char *dir = tmpdir_new();
  mk(dir, ".hidden.txt");
  char p[600];
  path_in(p, sizeof p, dir, ".hidden.txt");
  int rc;
  seen *s = walk(p, 0, &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(1, s->n_files);
  ASSERT_EQ_STR(p, s->files[0]);
  free(s);
}

TEST(symlink_loop_in_a_folder_reported_and_skipped) {
  const char *dir = tmpdir_new();
  link_to(dir, "a", "b");
  link_to(dir, "b", "a");
  mk(dir, "good.txt");
  int rc;
  seen *s = walk(dir, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(1, s->n_files);
  ASSERT_EQ_STR("/good.txt", s->files[0]);
  ASSERT_EQ_INT(2, s->n_errs);
  ASSERT_EQ_STR("/a", s->err_paths[0]);
  ASSERT_EQ_INT(PL_ELOOP, s->err_codes[0]);
  ASSERT_EQ_STR("symbolic link loop; skipped", s->err_msgs[0]);
  ASSERT_EQ_STR("/b", s->err_paths[1]);
  ASSERT_EQ_INT(PL_ELOOP, s->err_codes[1]);
  free(s);
}

TEST(dangling_link_reported_and_skipped) {
  const char *dir = tmpdir_new();
  link_to(dir, "dead.txt", "nowhere.txt");
  mk(dir, "live.txt");
  int rc;
  seen *s = walk(dir, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(1, s->n_files);
  ASSERT_EQ_STR("/live.txt", s->files[0]);
  ASSERT_EQ_INT(1, s->n_errs);
  ASSERT_EQ_STR("/dead.txt", s->err_paths[0]);
  ASSERT_EQ_INT(PL_ENOENT, s->err_codes[0]);
  ASSERT_EQ_STR("broken symbolic link (its target does not exist); skipped", s->err_msgs[0]);
  free(s);
}

TEST(fifo_in_a_folder_reported_and_skipped) {
  const char *dir = tmpdir_new();
  char p[600];
  ASSERT_EQ_INT(0, mkfifo(path_in(p, sizeof p, dir, "pipe"), 0644));
  mk(dir, "a.txt");
  mk(dir, "z.txt");
  alarm(5);
  int rc;
  seen *s = walk(dir, strlen(dir), &rc);
  alarm(0);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(2, s->n_files);
  ASSERT_EQ_STR("/a.txt", s->files[0]);
  ASSERT_EQ_STR("/z.txt", s->files[1]);
  ASSERT_EQ_INT(1, s->n_errs);
  ASSERT_EQ_STR("/pipe", s->err_paths[0]);
  ASSERT_EQ_INT(PL_ENOTREG, s->err_codes[0]);
  ASSERT_EQ_STR("a FIFO (named pipe), not a regular file; skipped", s->err_msgs[0]);
  free(s);
}

TEST(directory_cycle_through_link_to_parent_visited_once) {
  const char *dir = tmpdir_new();
  mk(dir, "a.txt");
  mk(dir, "sub/");
  mk(dir, "sub/b.txt");
  link_to(dir, "sub/up", "..");
  int rc;
  seen *s = walk(dir, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(2, s->n_files);
  ASSERT_EQ_STR("/a.txt", s->files[0]);
  ASSERT_EQ_STR("/sub/b.txt", s->files[1]);
  ASSERT_EQ_INT(1, s->n_errs);
  ASSERT_EQ_STR("/sub/up", s->err_paths[0]);
  ASSERT_EQ_INT(PL_ELOOP, s->err_codes[0]);
  ASSERT_EQ_STR("directory already visited through a symbolic link (a link cycle); skipped",
                s->err_msgs[0]);
  free(s);
}

TEST(folder_reached_twice_is_walked_once_without_error) {
  /* Two names for one folder (no cycle): its files come once, under the
   * name that sorts first, and nothing failed. */
  const char *dir = tmpdir_new();
  mk(dir, "real/");
  mk(dir, "real/x.txt");
  link_to(dir, "alias", "real");
  int rc;
  seen *s = walk(dir, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(0, s->n_errs);
  ASSERT_EQ_INT(1, s->n_files);
  ASSERT_EQ_STR("/alias/x.txt", s->files[0]);
  free(s);
}

TEST(missing_root) {
  const char *dir = tmpdir_new();
  char p[600];
  path_in(p, sizeof p, dir, "nothing");
  int rc;
  seen *s = walk(p, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_ENOENT, rc);
  ASSERT_EQ_INT(0, s->n_files);
  ASSERT_EQ_INT(1, s->n_errs);
  ASSERT_EQ_STR("/nothing", s->err_paths[0]);
  ASSERT_EQ_STR("no such file or directory", s->err_msgs[0]);
  free(s);
}

TEST(fifo_root) {
  const char *dir = tmpdir_new();
  char p[600];
  ASSERT_EQ_INT(0, mkfifo(path_in(p, sizeof p, dir, "pipe"), 0644));
  int rc;
  seen *s = walk(p, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_ENOTREG, rc);
  ASSERT_EQ_INT(1, s->n_errs);
  ASSERT_EQ_INT(PL_ENOTREG, s->err_codes[0]);
  free(s);
}

TEST(on_file_can_stop_the_walk) {
  const char *dir = tmpdir_new();
  mk(dir, "a.txt");
  mk(dir, "sub/");
  mk(dir, "sub/b.txt");
  mk(dir, "sub/c.txt");
  mk(dir, "z.txt");
  seen *s = calloc(1, sizeof *s);
  s->prefix = strlen(dir);
  s->stop_after = 2;
  ASSERT_EQ_INT(1, pl_walk(dir, on_file, on_error, s));
  ASSERT_EQ_INT(2, s->n_files);
  ASSERT_EQ_STR("/sub/b.txt", s->files[1]);
  free(s);
}

TEST(errors_without_a_callback) {
  const char *dir = tmpdir_new();
  link_to(dir, "dead", "nowhere");
  mk(dir, "a.txt");
  seen *s = calloc(1, sizeof *s);
  ASSERT_EQ_INT(PL_OK, pl_walk(dir, on_file, NULL, s));
  ASSERT_EQ_INT(1, s->n_files);
  free(s);
}

static void walk_locked(void *arg) {
  const char *dir = arg;
  int rc;
  seen *s = walk(dir, strlen(dir), &rc);
  ASSERT_EQ_INT(PL_OK, rc);
  ASSERT_EQ_INT(1, s->n_files);
  ASSERT_EQ_STR("/a.txt", s->files[0]);
  ASSERT_EQ_INT(1, s->n_errs);
  ASSERT_EQ_STR("/locked", s->err_paths[0]);
  ASSERT_EQ_INT(PL_EACCES, s->err_codes[0]);
  ASSERT_EQ_STR("cannot open directory: Permission denied", s->err_msgs[0]);
  free(s);
}

TEST(unreadable_folder_reported_and_skipped) {
  const char *dir = tmpdir_new();
  mk(dir, "a.txt");
  mk(dir, "locked/");
  mk(dir, "locked/x.txt");
  char p[600];
  ASSERT_EQ_INT(0, chmod(path_in(p, sizeof p, dir, "locked"), 0));
  ASSERT_EQ_INT(0, run_unprivileged(walk_locked, (void *)dir));
}

TEST_MAIN(T(files_in_sorted_order_depth_first), T(root_with_trailing_slash),
          T(hidden_files_and_folders_skipped), T(root_file_reported_as_is_even_if_hidden),
          T(symlink_loop_in_a_folder_reported_and_skipped),
          T(dangling_link_reported_and_skipped), T(fifo_in_a_folder_reported_and_skipped),
          T(directory_cycle_through_link_to_parent_visited_once),
          T(folder_reached_twice_is_walked_once_without_error), T(missing_root), T(fifo_root),
          T(on_file_can_stop_the_walk), T(errors_without_a_callback),
          T(unreadable_folder_reported_and_skipped))
