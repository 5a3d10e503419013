#!/bin/bash
# test-usage.sh: usage errors exit 2 with one clear message on stderr and
# nothing on stdout.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

usage() { # EXPECTED-STDERR ARGS...
  local expected=$1
  shift
  run "$@"
  assert_rc 2
  assert_file err.txt "$expected"
  assert_empty out.txt
}

usage "parley: unknown command 'frobnicate' (see parley --help)" frobnicate
usage "parley: unknown command '--verbose' (see parley --help)" --verbose
usage "parley: extract: no PATH given (see parley extract --help)" extract
usage "parley: extract: no PATH given (see parley extract --help)" extract --ndjson
usage "parley: extract: unknown option '--bogus' (see parley extract --help)" extract --bogus x
usage "parley: run: unknown option '--bogus' (see parley run --help)" run --bogus x.lua
usage "parley: check: unknown option '--bogus' (see parley check --help)" check --bogus x.lua
usage "parley: run: no SCRIPT given (see parley run --help)" run
usage "parley: check: no SCRIPT given (see parley check --help)" check
usage "parley: check: --on needs a FILE (see parley check --help)" check x.lua --on
usage "parley: --rules needs a value (see --help)" extract --rules
usage "parley: --max-size: 'huge' is not a size between 1 and 1G (e.g. 16M)" \
  extract --max-size huge x
usage "parley: --budget: 'lots' is not a count of instructions (e.g. 200M, 0 = none)" \
  extract --budget lots x
usage "parley: --mem-limit: '1M' is not a size of at least 4M (0 = none)" \
  extract --mem-limit 1M x

# no command at all: the usage on stderr
run
assert_rc 2
assert_eq "usage: parley COMMAND [options] [ARGS...]" "$(head -n 1 err.txt)" "parley alone"
assert_empty out.txt
