/* runner.h: a minimal unit-test runner in the style of libuv's: each test
 * runs in its own forked process with a timeout, so a crash, a hang or a
 * leak (reported by LeakSanitizer at the child's exit) fails that test only.
 * Assertions print both sides. The last line printed is "N passed, N failed".
 *
 *   TEST(splits_on_period) { ASSERT_EQ_INT(2, count); }
 *   TEST_MAIN(T(splits_on_period), T(...))
 *
 * Run one test by name: ./build/tests/test-segment splits_on_period
 */
#ifndef TEST_RUNNER_H
#define TEST_RUNNER_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define TEST_TIMEOUT_SECONDS 30

typedef struct test_case {
  const char *name;
  void (*fn)(void);
} test_case;

#define TEST(name) static void name(void)
#define T(name) {#name, name}

/* A failed test leaves with _exit: what it still holds is not a leak worth
 * reporting, and LeakSanitizer's report would bury the failure. Helpers
 * that leave things behind (temporary directories) set test_on_failure_. */
static void (*test_on_failure_)(void);

__attribute__((noreturn, unused)) static void test_exit_failed_(void) {
  if (test_on_failure_) test_on_failure_();
  fflush(NULL);
  _exit(1);
}

#define TEST_FAIL_(...)                                                        \
  do {                                                                         \
    fprintf(stderr, "  %s:%d: ", __FILE__, __LINE__);                          \
    fprintf(stderr, __VA_ARGS__);                                              \
    fputc('\n', stderr);                                                       \
    test_exit_failed_();                                                       \
  } while (0)

#define ASSERT_TRUE(x)                                                         \
  do {                                                                         \
    if (!(x)) TEST_FAIL_("expected true: %s", #x);                             \
  } while (0)

#define ASSERT_EQ_INT(want, got)                                               \
  do {                                                                         \
    long long w_ = (long long)(want), g_ = (long long)(got);                   \
    if (w_ != g_)                                                              \
      TEST_FAIL_("%s == %s: expected %lld, got %lld", #want, #got, w_, g_);    \
  } while (0)

#define ASSERT_EQ_STR(want, got)                                               \
  do {                                                                         \
    const char *w_ = (want), *g_ = (got);                                      \
    if (!w_ || !g_ ? w_ != g_ : strcmp(w_, g_) != 0)                           \
      TEST_FAIL_("%s == %s:\n    expected \"%s\"\n    got      \"%s\"", #want, \
                 #got, w_ ? w_ : "(null)", g_ ? g_ : "(null)");                \
  } while (0)

/* Compare want with the n bytes at got (not NUL-terminated). */
#define ASSERT_EQ_MEM(want, got, n)                                            \
  do {                                                                         \
    const char *w_ = (want);                                                   \
    size_t n_ = (size_t)(n);                                                   \
    if (strlen(w_) != n_ || memcmp(w_, (got), n_) != 0)                        \
      TEST_FAIL_("%s:\n    expected \"%s\"\n    got      \"%.*s\"", #got, w_,  \
                 (int)n_, (const char *)(got));                                \
  } while (0)

static int run_one(const test_case *t) {
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 0;
  }
  if (pid == 0) {
    alarm(TEST_TIMEOUT_SECONDS);
    t->fn();
    exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return 1;
  if (WIFSIGNALED(status))
    fprintf(stderr, "  killed by signal %d%s\n", WTERMSIG(status),
            WTERMSIG(status) == SIGALRM ? " (timeout)" : "");
  else
    fprintf(stderr, "  exited with status %d\n", WEXITSTATUS(status));
  return 0;
}

static int run_tests(const test_case *tests, int argc, char **argv) {
  int passed = 0, failed = 0;
  for (const test_case *t = tests; t->name; t++) {
    if (argc > 1 && strcmp(argv[1], t->name) != 0) continue;
    if (run_one(t)) {
      passed++;
    } else {
      failed++;
      fprintf(stderr, "FAIL %s\n", t->name);
    }
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}

#define TEST_MAIN(...)                                                         \
  static const test_case all_tests_[] = {__VA_ARGS__, {NULL, NULL}};          \
  int main(int argc, char **argv) { return run_tests(all_tests_, argc, argv); }

#endif
