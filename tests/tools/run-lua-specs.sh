#!/bin/sh
# run-lua-specs.sh: run the Lua specs of the bindings (tests/lua/*_spec.lua)
# with Debian's busted under stock lua5.4 against ./parley.so, and end with
# "Lua specs: N passed, N failed". Run from the top of the checkout (make
# test-lua does). Exit status 0 only if every spec ran and passed.
set -eu

cd "$(dirname "$0")/../.."
for f in parley.so /usr/bin/busted; do
  if [ ! -e "$f" ]; then
    echo "run-lua-specs.sh: $f is missing (make parley.so; apt-get install lua-busted)" >&2
    exit 1
  fi
done

# busted's TAP output cannot report a spec that does not compile; say why.
for f in tests/lua/*.lua; do
  if ! lua5.4 -e 'local ok, err = loadfile(arg[1]) if not ok then io.stderr:write(err, "\n") os.exit(1) end' \
    /dev/null "$f"; then
    echo "Lua specs: FAILED ($f does not compile)"
    exit 1
  fi
done

out=$(mktemp)
trap 'rm -f "$out"' EXIT INT TERM

# The default search paths find busted and lpeg in Debian's folders; a
# LUA_PATH or LUA_CPATH from the environment could find other copies, and
# PARLEY_SCRIPTS other rules, so none of them leaks into the run.
status=0
env -u LUA_PATH -u LUA_PATH_5_4 -u LUA_CPATH -u LUA_CPATH_5_4 -u PARLEY_SCRIPTS \
  lua5.4 /usr/bin/busted --cpath='./?.so' --lpath='tests/lua/?.lua' --output=TAP \
  --pattern='_spec' tests/lua >"$out" 2>&1 || status=$?

# TAP: "ok N - name", "not ok N - name" followed by "# ..." detail lines.
passed=$(grep -c '^ok ' "$out" || true)
failed=$(grep -c '^not ok ' "$out" || true)
awk '/^not ok /{show=1; print; next} /^# /{if (show) print; next} {show=0}' "$out"
# Anything that is not TAP (a crash of busted itself, a spec that cannot
# load) is shown as it came.
grep -v -e '^ok ' -e '^not ok ' -e '^# ' -e '^1\.\.[0-9]*$' "$out" || true

echo "Lua specs: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  echo "Lua specs: FAILED (busted exit status $status)"
  exit 1
fi
