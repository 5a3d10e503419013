/* cli_run.c: `parley run` (a Lua script with the parley module, like the
 * lua5.4 interpreter) and `parley check` (load a script, validate what it
 * returns, and try its handlers on a sample article). */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "plb.h"
#include "scripts.h"

static const char run_help[] =
    "usage: parley run [options] SCRIPT.lua [ARGS...]\n"
    "\n"
    "Run a Lua 5.4 script with the parley module loaded (as the global parley,\n"
    "and by require \"parley\"), plus lpeg and re. The script sees its\n"
    "arguments in the global table arg (arg[0] is the script) and in '...'.\n"
    "Rules are loaded on the first parley.extract call, or at start with --rules.\n"
    "\n"
    "options:\n"
    "%s"
    "  -h, --help        show this help\n"
    "\n"
    "Unlike rule handlers, a run script has no instruction budget unless\n"
    "--budget is given; the rule handlers it runs (parley.extract) always\n"
    "have one.\n"
    "\n"
    "exit status: 0 the script finished, 1 it raised an error, 2 usage error.\n";

static const char check_help[] =
    "usage: parley check [options] SCRIPT.lua...\n"
    "\n"
    "Load each script and report problems: syntax errors (with file:line),\n"
    "what the script returns (a rules table, checked key by key, or a report\n"
    "function), globals it assigns by mistake, and errors its handlers raise\n"
    "on a sample article (or on --on FILE).\n"
    "\n"
    "options:\n"
    "  --on FILE         try the rules on this article instead of the sample\n"
    "%s"
    "  -h, --help        show this help\n"
    "\n"
    "exit status: 0 no problems, 1 problems found, 2 usage error.\n";

/* Written for parley: a short article to try rule handlers on. */
static const char sample_article[] =
    "Sample News\n"
    "\n"
    "Leaders meet to discuss trade\n"
    "\n"
    "GENEVA, March 3 (Sample) - Foreign Minister Ana Ruiz met her counterpart "
    "Mr. Lee on Tuesday in Geneva. \"We agreed to talk again,\" Ruiz said.\n"
    "\n"
    "The two ministers last met in 2019 at the U.N. headquarters.\n";

static int usage_error(const char *cmd, const char *what) {
  cli_errorf("%s: %s (see parley %s --help)", cmd, what, cmd);
  return EXIT_USAGE;
}

/* ---- run -------------------------------------------------------------------- */

static void set_arg_table(lua_State *L, int argc, char **argv, int script) {
  lua_createtable(L, argc - script - 1, script + 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  lua_setglobal(L, "arg");
}

int cmd_run(int argc, char **argv) {
  cli_opts o;
  cli_opts_init(&o);
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
      printf(run_help, cli_shared_help);
      return EXIT_ALL_OK;
    }
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    int rc = cli_shared_option(&o, argc, argv, &i);
    if (rc < 0) return EXIT_USAGE;
    if (rc == 0) {
      cli_errorf("run: unknown option '%s' (see parley run --help)", argv[i]);
      return EXIT_USAGE;
    }
  }
  if (i >= argc) return usage_error("run", "no SCRIPT given");
  lua_State *L = cli_state(&o, o.n_rules > 0);
  if (!L) return EXIT_USAGE;
  pl_diag d;
  set_arg_table(L, argc, argv, i);
  int status = EXIT_ALL_OK;
  if (plb_scripts_load(L, argv[i], 1, &d) != PL_OK) {
    cli_error(&d);
    status = EXIT_SOME_FAILED;
  } else if (!lua_checkstack(L, argc - i + 8)) {
    cli_errorf("run: too many arguments for the Lua stack (%d)", argc - i - 1);
    status = EXIT_USAGE;
  } else {
    /* the arguments go on the stack as the script's '...': make room
     * first, Lua only guarantees LUA_MINSTACK free slots */
    for (int k = i + 1; k < argc; k++) lua_pushstring(L, argv[k]);
    plb_ctx ctx = {NULL, "script", NULL, !o.budget_set};
    if (plb_call(L, argc - i - 1, 0, &ctx, &d) != PL_OK) {
      cli_error(&d);
      cli_traceback(&o);
      status = EXIT_SOME_FAILED;
    }
  }
  fflush(stdout);
  plb_state_close(L);
  return status;
}

/* ---- check ------------------------------------------------------------------ */

/* Report globals the script assigned: its fresh _ENV holds them. */
static int report_globals(lua_State *L, int env, const char *file) {
  int n = 0;
  env = lua_absindex(L, env); /* lua_next pushes: a relative index would move */
  lua_pushnil(L);
  while (lua_next(L, env)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      printf("%s: warning: assigns the global '%s' (did you mean local?)\n", file,
             lua_tostring(L, -1));
      n++;
    }
  }
  return n;
}

/* Load the script, run its chunk, and leave what it returned on the stack. */
static int load_and_run(lua_State *L, const char *file, pl_diag *d) {
  if (plb_scripts_load(L, file, 1, d) != PL_OK) return PL_ESCRIPT;
  lua_getupvalue(L, -1, 1); /* keep its _ENV to inspect afterwards */
  lua_insert(L, -2);
  plb_ctx ctx = {NULL, "loading", file, 0};
  return plb_call(L, 0, 1, &ctx, d);
}

static int try_rules(lua_State *L, const char *file, const char *on, pl_diag *d) {
  const char *extra[1] = {file};
  if (plb_rules_load(L, extra, 1, d) != PL_OK) return PL_ESCRIPT;
  pl_article *a = NULL;
  int rc = on ? pl_article_load(on, NULL, &a, d)
              : pl_article_from_memory(sample_article, sizeof sample_article - 1,
                                       "(sample article)", NULL, &a, d);
  if (rc != PL_OK) return rc;
  rc = plb_rules_run(L, a, d);
  pl_article_unref(a);
  return rc;
}

static int check_one(const cli_opts *o, const char *file, const char *on) {
  lua_State *L = cli_state(o, 0);
  if (!L) return 1;
  pl_diag d;
  int problems = 0;
  if (load_and_run(L, file, &d) != PL_OK) {
    printf("%s: error: %s\n", file, d.msg);
    plb_state_close(L);
    return 1;
  }
  problems += report_globals(L, -2, file) > 0;
  int kind = lua_type(L, -1);
  if (kind == LUA_TFUNCTION) {
    printf("%s: ok: a report script (returns a function)\n", file);
  } else if (kind == LUA_TTABLE) {
    if (try_rules(L, file, on, &d) != PL_OK) {
      printf("%s: error: %s%s%s\n", file, d.path[0] ? d.path : "", d.path[0] ? ": " : "",
             d.msg);
      if (o->traceback) printf("%s\n", plb_last_traceback());
      problems++;
    } else {
      printf("%s: ok: rules load and run on %s\n", file, on ? on : "the sample article");
    }
  } else {
    printf("%s: error: returns a %s; a rules script returns a table of handlers, a report "
           "script a function\n", file, lua_typename(L, kind));
    problems++;
  }
  plb_state_close(L);
  return problems > 0;
}

int cmd_check(int argc, char **argv) {
  cli_opts o;
  cli_opts_init(&o);
  const char *on = NULL;
  const char **scripts = pl_xcalloc((size_t)argc, sizeof *scripts);
  int n = 0, failed = 0, status = EXIT_USAGE;
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] != '-' || !argv[i][1]) {
      scripts[n++] = argv[i];
    } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
      printf(check_help, cli_shared_help);
      status = EXIT_ALL_OK;
      goto done;
    } else if (strcmp(argv[i], "--on") == 0) {
      if (++i >= argc) {
        usage_error("check", "--on needs a FILE");
        goto done;
      }
      on = argv[i];
    } else {
      int rc = cli_shared_option(&o, argc, argv, &i);
      if (rc < 0) goto done;
      if (rc == 0) {
        cli_errorf("check: unknown option '%s' (see parley check --help)", argv[i]);
        goto done;
      }
    }
  }
  if (!n) {
    usage_error("check", "no SCRIPT given");
    goto done;
  }
  for (int i = 0; i < n; i++) failed += check_one(&o, scripts[i], on);
  fflush(stdout);
  status = failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
done:
  free(scripts);
  return status;
}
