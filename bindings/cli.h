/* cli.h: what the parley commands share: option values, size parsing,
 * messages on stderr, the progress line, and setting up a Lua state with
 * the rules. Exit codes are part of the interface scripts rely on. */
#ifndef PLB_CLI_H
#define PLB_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "host.h"

enum { EXIT_ALL_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

typedef struct cli_opts {
  const char *scripts_dir;  /* --scripts; NULL = built-in */
  const char *rules[64];    /* --rules FILE... */
  size_t n_rules;
  size_t max_bytes;         /* --max-size */
  plb_limits lim;           /* --budget, --mem-limit */
  int budget_set;           /* --budget was given */
  int traceback;            /* --traceback */
  int quiet;                /* -q */
} cli_opts;

void cli_opts_init(cli_opts *o);

/* Try to consume a shared option at argv[*i] (advancing *i past its value).
 * Returns 1 if taken, 0 if not a shared option, -1 after printing a usage
 * error. */
int cli_shared_option(cli_opts *o, int argc, char **argv, int *i);

/* "16M" -> bytes; "200M" instructions; k/M/G suffixes (powers of 1024 for
 * sizes, 1000 for counts). 0 on success, -1 if malformed. */
int cli_parse_size(const char *s, uint64_t *out, int binary);

/* "parley: <path>: <message>" (or without the path) on stderr, clearing
 * the progress line first. */
void cli_error(const pl_diag *d);
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print the traceback of the last script error if --traceback was given. */
void cli_traceback(const cli_opts *o);

/* A Lua state with the scripts and rules of o loaded; NULL after printing
 * the reason. */
lua_State *cli_state(const cli_opts *o, int load_rules);

/* Progress on a terminal: nothing for the first second, then one line
 * rewritten at most ten times a second; nothing at all when stderr is not
 * a terminal or -q was given. */
typedef struct cli_progress {
  int enabled, shown;
  double start, last;
  size_t total;
} cli_progress;

void cli_progress_start(cli_progress *p, size_t total, int quiet);
void cli_progress_update(cli_progress *p, size_t done, const char *what);
void cli_progress_clear(cli_progress *p);

int cmd_extract(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_check(int argc, char **argv);

/* The help text of the options every command shares. */
extern const char cli_shared_help[];

#endif
