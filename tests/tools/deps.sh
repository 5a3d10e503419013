#!/bin/sh
# deps.sh: install the Debian packages parley needs to build and test, and
# nothing else. Prints what it installs; silent when everything is present.
set -eu

# build: compiler, pkg-config and the libraries (Lua 5.4, LPeg, libuv,
# SQLite, utf8proc for Unicode, xxHash for ids, jansson for JSON)
BUILD="make gcc pkg-config liblua5.4-dev lua-lpeg-dev libuv1-dev libsqlite3-dev
 libutf8proc-dev libxxhash-dev libjansson-dev"
# tests: stock Lua with LPeg and busted for the Lua specs, valgrind, python3
# for the scorer and the corpus generator in ../shared
TEST="lua5.4 lua-lpeg lua-busted valgrind python3"

missing=""
for p in $BUILD $TEST; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "make deps: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "make deps: done"
