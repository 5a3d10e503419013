/* test-readfile.c: bounded reading of one file and every way it fails
 * (core/readfile.c). */
#include <stdint.h>
#include <stdlib.h>

#include "readfile.h"
#include "runner.h"
#include "testutil.h"

static int read_path(const char *path, size_t max, char **out, size_t *len, pl_diag *d) {
  *out = NULL;
  *len = 12345;
  memset(d, 0, sizeof *d);
  return pl_read_file(path, max, out, len, d);
}

TEST(reads_a_regular_file) {
  const char *dir = tmpdir_new();
  char p[512];
  static const char bytes[] = "Abe met Xi.\r\n\0binary tail";
  write_bytes(path_in(p, sizeof p, dir, "a.txt"), bytes, sizeof bytes - 1);
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, read_path(p, 1000, &out, &len, &d));
  ASSERT_EQ_INT(sizeof bytes - 1, len);
  ASSERT_TRUE(memcmp(out, bytes, len) == 0);
  ASSERT_EQ_INT('\0', out[len]);
  free(out);
}

TEST(reads_an_empty_file) {
  const char *dir = tmpdir_new();
  char p[512];
  write_text(path_in(p, sizeof p, dir, "empty.txt"), "");
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, read_path(p, 1000, &out, &len, &d));
  ASSERT_EQ_INT(0, len);
  ASSERT_EQ_STR("", out);
  free(out);
}

TEST(file_of_exactly_the_limit_is_read) {
  const char *dir = tmpdir_new();
  char p[512];
  write_text(path_in(p, sizeof p, dir, "ten.txt"), "0123456789");
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, read_path(p, 10, &out, &len, &d));
  ASSERT_EQ_STR("0123456789", out);
  free(out);
}

TEST(larger_than_limit_refused) {
  const char *dir = tmpdir_new();
  char p[512];
  write_text(path_in(p, sizeof p, dir, "eleven.txt"), "0123456789A");
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ETOOBIG, read_path(p, 10, &out, &len, &d));
  ASSERT_TRUE(out == NULL);
  ASSERT_EQ_INT(PL_ETOOBIG, d.code);
  ASSERT_EQ_STR(p, d.path);
  ASSERT_EQ_STR("too large (11 bytes; the limit is 10 bytes, raise it with --max-size)", d.msg);
}

TEST(file_that_grows_past_the_limit_refused) {
  /* Files in /proc report a size of 0 to fstat and then deliver more: the
   * same path as a file that grows between fstat and read. */
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ETOOBIG, read_path("/proc/self/status", 100, &out, &len, &d));
  ASSERT_TRUE(out == NULL);
  ASSERT_EQ_STR("/proc/self/status", d.path);
  ASSERT_EQ_STR("too large (more than 100 bytes; the limit is 100 bytes, raise it with "
                "--max-size)",
                d.msg);
}

TEST(file_that_grows_within_the_limit_is_read_whole) {
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, read_path("/proc/self/status", 1 << 20, &out, &len, &d));
  ASSERT_TRUE(len > 100);
  ASSERT_EQ_INT(0, strncmp(out, "Name:", 5));
  ASSERT_EQ_INT(len, strlen(out));
  free(out);
}

TEST(no_limit_at_all_still_reads) {
  const char *dir = tmpdir_new();
  char p[512];
  write_text(path_in(p, sizeof p, dir, "a.txt"), "Xi met Abe.");
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, read_path(p, SIZE_MAX, &out, &len, &d));
  ASSERT_EQ_STR("Xi met Abe.", out);
  ASSERT_EQ_INT(11, len);
  free(out);
}

TEST(missing_file) {
  const char *dir = tmpdir_new();
  char p[512];
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ENOENT, read_path(path_in(p, sizeof p, dir, "gone.txt"), 10, &out, &len, &d));
  ASSERT_TRUE(out == NULL);
  ASSERT_EQ_INT(PL_ENOENT, d.code);
  ASSERT_EQ_INT(ENOENT, d.sys_errno);
  ASSERT_EQ_STR(p, d.path);
  ASSERT_EQ_STR("no such file (it may have been deleted)", d.msg);
}

TEST(parent_is_not_a_directory) {
  const char *dir = tmpdir_new();
  char f[512], p[600];
  write_text(path_in(f, sizeof f, dir, "file"), "x");
  snprintf(p, sizeof p, "%s/inside.txt", f);
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ENOENT, read_path(p, 10, &out, &len, &d));
  ASSERT_EQ_STR("a parent of this path is not a directory", d.msg);
}

TEST(directory_refused) {
  const char *dir = tmpdir_new();
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ENOTREG, read_path(dir, 10, &out, &len, &d));
  ASSERT_TRUE(out == NULL);
  ASSERT_EQ_STR(dir, d.path);
  ASSERT_EQ_STR("a directory, not a regular file; skipped", d.msg);
}

TEST(fifo_refused_without_blocking) {
  const char *dir = tmpdir_new();
  char p[512];
  ASSERT_EQ_INT(0, mkfifo(path_in(p, sizeof p, dir, "pipe"), 0644));
  alarm(5); /* no writer ever comes: a blocking open would hang here */
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ENOTREG, read_path(p, 10, &out, &len, &d));
  alarm(0);
  ASSERT_TRUE(out == NULL);
  ASSERT_EQ_STR("a FIFO (named pipe), not a regular file; skipped", d.msg);
}

TEST(character_device_refused) {
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ENOTREG, read_path("/dev/zero", 10, &out, &len, &d));
  ASSERT_EQ_STR("a character device, not a regular file; skipped", d.msg);
}

TEST(symlink_loop_refused) {
  const char *dir = tmpdir_new();
  char a[512], b[512];
  path_in(a, sizeof a, dir, "a");
  path_in(b, sizeof b, dir, "b");
  ASSERT_EQ_INT(0, symlink(b, a));
  ASSERT_EQ_INT(0, symlink(a, b));
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ELOOP, read_path(a, 10, &out, &len, &d));
  ASSERT_TRUE(out == NULL);
  ASSERT_EQ_INT(ELOOP, d.sys_errno);
  ASSERT_EQ_STR("symbolic link loop: the link never reaches a file", d.msg);
}

TEST(dangling_symlink_is_missing) {
  const char *dir = tmpdir_new();
  char a[512], t[512];
  path_in(t, sizeof t, dir, "nowhere.txt");
  ASSERT_EQ_INT(0, symlink(t, path_in(a, sizeof a, dir, "link.txt")));
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_ENOENT, read_path(a, 10, &out, &len, &d));
  ASSERT_EQ_STR("no such file (it may have been deleted)", d.msg);
}

typedef struct unreadable_case {
  const char *path;
} unreadable_case;

static void read_unreadable(void *arg) {
  const unreadable_case *c = arg;
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_EACCES, read_path(c->path, 1000, &out, &len, &d));
  ASSERT_TRUE(out == NULL);
  ASSERT_EQ_INT(EACCES, d.sys_errno);
  ASSERT_EQ_STR(c->path, d.path);
  ASSERT_EQ_STR("permission denied: cannot read this file", d.msg);
}

TEST(unreadable_file_refused) {
  /* As root, chmod 000 does not stop reading: run_unprivileged drops to
   * nobody in a child so the check really happens. */
  const char *dir = tmpdir_new();
  char p[512];
  write_text(path_in(p, sizeof p, dir, "secret.txt"), "Abe met Xi.");
  ASSERT_EQ_INT(0, chmod(p, 0));
  unreadable_case c = {p};
  ASSERT_EQ_INT(0, run_unprivileged(read_unreadable, &c));
}

static void read_readable(void *arg) {
  const unreadable_case *c = arg;
  char *out;
  size_t len;
  pl_diag d;
  ASSERT_EQ_INT(PL_OK, read_path(c->path, 1000, &out, &len, &d));
  ASSERT_EQ_STR("Abe met Xi.", out);
  free(out);
}

TEST(unprivileged_child_reads_a_readable_file) {
  /* The control for the test above: the drop to nobody itself works. */
  const char *dir = tmpdir_new();
  char p[512];
  write_text(path_in(p, sizeof p, dir, "open.txt"), "Abe met Xi.");
  ASSERT_EQ_INT(0, chmod(p, 0644));
  unreadable_case c = {p};
  ASSERT_EQ_INT(0, run_unprivileged(read_readable, &c));
}

TEST(format_size) {
  char buf[32];
  ASSERT_EQ_STR("0 bytes", pl_format_size(0, buf, sizeof buf));
  ASSERT_EQ_STR("1023 bytes", pl_format_size(1023, buf, sizeof buf));
  ASSERT_EQ_STR("1.0 KiB", pl_format_size(1024, buf, sizeof buf));
  ASSERT_EQ_STR("1.5 KiB", pl_format_size(1536, buf, sizeof buf));
  ASSERT_EQ_STR("16.0 MiB", pl_format_size((size_t)16 << 20, buf, sizeof buf));
  ASSERT_EQ_STR("20.5 MiB", pl_format_size((size_t)41 << 19, buf, sizeof buf));
  ASSERT_EQ_STR("1.0 GiB", pl_format_size((size_t)1 << 30, buf, sizeof buf));
}

TEST_MAIN(T(reads_a_regular_file), T(reads_an_empty_file), T(file_of_exactly_the_limit_is_read),
          T(larger_than_limit_refused), T(file_that_grows_past_the_limit_refused),
          T(file_that_grows_within_the_limit_is_read_whole), T(no_limit_at_all_still_reads),
          T(missing_file), T(parent_is_not_a_directory), T(directory_refused),
          T(fifo_refused_without_blocking), T(character_device_refused),
          T(symlink_loop_refused), T(dangling_symlink_is_missing), T(unreadable_file_refused),
          T(unprivileged_child_reads_a_readable_file), T(format_size))
