/* main.c: the parley command. parley turns news articles about diplomatic
 * meetings into records. The architecture in brief: core/ (libparley, C,
 * never calls Lua) loads and normalises articles and segments them;
 * bindings/ exposes them to Lua and runs the rule scripts of scripts/
 * (policy: boilerplate, metadata) through one guarded gateway (host.c);
 * this file only dispatches to the commands in cli_*.c. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char main_help[] =
    "usage: parley COMMAND [options] [ARGS...]\n"
    "\n"
    "Turn news articles about diplomatic meetings into records.\n"
    "\n"
    "commands:\n"
    "  extract PATH...     read articles, run the rules, print summaries or\n"
    "                      NDJSON records (--ndjson)\n"
    "  run SCRIPT.lua      run a Lua script with the parley module\n"
    "  check SCRIPT.lua    load a script and report problems\n"
    "\n"
    "options:\n"
    "  -h, --help          show this help (parley COMMAND --help for a command)\n"
    "  --version           print the version\n"
    "\n"
    "exit status: 0 all good, 1 some inputs failed (the rest were processed),\n"
    "2 usage error.\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(main_help, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
    fputs(main_help, stdout);
    return EXIT_ALL_OK;
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
    printf("parley %s\n", PL_VERSION);
    return EXIT_ALL_OK;
  }
  if (strcmp(cmd, "extract") == 0) return cmd_extract(argc - 1, argv + 1);
  if (strcmp(cmd, "run") == 0) return cmd_run(argc - 1, argv + 1);
  if (strcmp(cmd, "check") == 0) return cmd_check(argc - 1, argv + 1);
  fprintf(stderr, "parley: unknown command '%s' (see parley --help)\n", cmd);
  return EXIT_USAGE;
}
