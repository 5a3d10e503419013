/* cli_common.c: option parsing, messages and the progress line shared by
 * the parley commands. */
#include <ctype.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "cli.h"
#include "plb.h"

const char cli_shared_help[] =
    "  --scripts DIR     use the scripts in DIR (rules/, data/, lib/) instead of\n"
    "                    the built-in copies\n"
    "  --rules FILE      also run the rules in FILE, after the others (repeatable)\n"
    "  --max-size SIZE   skip articles larger than SIZE (default 16M; k, M, G)\n"
    "  --budget N        Lua instructions one handler call may run (default 200M)\n"
    "  --mem-limit SIZE  memory the Lua state may use (default 512M)\n"
    "  --traceback       print the Lua stack traceback with script errors\n"
    "  -q, --quiet       no progress line on the terminal\n";

static int progress_active;

void cli_opts_init(cli_opts *o) {
  memset(o, 0, sizeof *o);
  o->max_bytes = PL_DEFAULT_MAX_BYTES;
  o->lim.mem_bytes = PLB_DEFAULT_MEM;
  o->lim.instructions = PLB_DEFAULT_BUDGET;
}

int cli_parse_size(const char *s, uint64_t *out, int binary) {
  char *end;
  if (!s || !isdigit((unsigned char)*s)) return -1;
  double v = strtod(s, &end);
  uint64_t unit = 1, k = binary ? 1024 : 1000;
  switch (*end) {
  case 'k': case 'K': unit = k; end++; break;
  case 'm': case 'M': unit = k * k; end++; break;
  case 'g': case 'G': unit = k * k * k; end++; break;
  default: break;
  }
  if (*end == 'i' && binary) end++;
  if (*end == 'B' || *end == 'b') end++;
  if (*end != '\0' || v < 0 || v * (double)unit > 1e18) return -1;
  *out = (uint64_t)(v * (double)unit);
  return 0;
}

void cli_errorf(const char *fmt, ...) {
  if (progress_active) fputs("\r\033[K", stderr);
  fputs("parley: ", stderr);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void cli_error(const pl_diag *d) {
  if (d->path[0]) cli_errorf("%s: %s", d->path, d->msg);
  else cli_errorf("%s", d->msg);
}

void cli_traceback(const cli_opts *o) {
  if (o->traceback && plb_last_traceback()[0]) fprintf(stderr, "%s\n", plb_last_traceback());
}

static const char *need_value(int argc, char **argv, int *i) {
  if (*i + 1 >= argc) {
    cli_errorf("%s needs a value (see --help)", argv[*i]);
    return NULL;
  }
  return argv[++*i];
}

int cli_shared_option(cli_opts *o, int argc, char **argv, int *i) {
  const char *a = argv[*i], *v;
  uint64_t n;
  if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) o->quiet = 1;
  else if (strcmp(a, "--traceback") == 0) o->traceback = 1;
  else if (strcmp(a, "--scripts") == 0) {
    if (!(v = need_value(argc, argv, i))) return -1;
    o->scripts_dir = v;
  } else if (strcmp(a, "--rules") == 0) {
    if (!(v = need_value(argc, argv, i))) return -1;
    if (o->n_rules == sizeof o->rules / sizeof o->rules[0]) {
      cli_errorf("too many --rules files (at most 64)");
      return -1;
    }
    o->rules[o->n_rules++] = v;
  } else if (strcmp(a, "--max-size") == 0) {
    if (!(v = need_value(argc, argv, i))) return -1;
    if (cli_parse_size(v, &n, 1) != 0 || n == 0 || n > ((uint64_t)1 << 30)) {
      cli_errorf("--max-size: '%s' is not a size between 1 and 1G (e.g. 16M)", v);
      return -1;
    }
    o->max_bytes = (size_t)n;
  } else if (strcmp(a, "--budget") == 0) {
    if (!(v = need_value(argc, argv, i))) return -1;
    if (cli_parse_size(v, &n, 0) != 0) {
      cli_errorf("--budget: '%s' is not a count of instructions (e.g. 200M, 0 = none)", v);
      return -1;
    }
    o->lim.instructions = n;
    o->budget_set = 1;
  } else if (strcmp(a, "--mem-limit") == 0) {
    if (!(v = need_value(argc, argv, i))) return -1;
    if (cli_parse_size(v, &n, 1) != 0 || (n && n < ((uint64_t)4 << 20))) {
      cli_errorf("--mem-limit: '%s' is not a size of at least 4M (0 = none)", v);
      return -1;
    }
    o->lim.mem_bytes = (size_t)n;
  } else {
    return 0;
  }
  return 1;
}

lua_State *cli_state(const cli_opts *o, int load_rules) {
  pl_diag d;
  lua_State *L = plb_state_new(&o->lim, o->scripts_dir, &d);
  if (!L) {
    cli_error(&d);
    cli_traceback(o);
    return NULL;
  }
  if (load_rules && plb_rules_load(L, o->rules, o->n_rules, &d) != PL_OK) {
    cli_errorf("cannot load the rules: %s", d.msg);
    cli_traceback(o);
    plb_state_close(L);
    return NULL;
  }
  return L;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *p, size_t total, int quiet) {
  memset(p, 0, sizeof *p);
  p->enabled = !quiet && isatty(STDERR_FILENO);
  p->start = p->last = now();
  p->total = total;
}

void cli_progress_update(cli_progress *p, size_t done, const char *what) {
  if (!p->enabled) return;
  double t = now();
  if (t - p->start < 1.0 || t - p->last < 0.1) return;
  p->last = t;
  p->shown = progress_active = 1;
  double rate = done / (t - p->start);
  fprintf(stderr, "\r\033[K[%zu/%zu] %.0f articles/s  %.60s", done, p->total, rate,
          what ? what : "");
  fflush(stderr);
}

void cli_progress_clear(cli_progress *p) {
  if (p->shown) fputs("\r\033[K", stderr);
  p->shown = progress_active = 0;
}
