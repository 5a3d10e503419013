#!/bin/bash
# test-unreadable.sh: a file (and a folder) parley may not read gives
# "permission denied" and the other articles go through. root reads
# anything, so as root the run drops to uid/gid 65534 with setpriv
# (util-linux) for the permissions to bite; the case is never skipped.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

as_user=()
if [ "$(id -u)" -eq 0 ]; then
  command -v setpriv >/dev/null || fail "setpriv (util-linux) is needed to test as non-root"
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  # the other user must reach this folder and the binary
  chmod 755 .
  cp "$PARLEY" ./parley
  PARLEY=$PWD/parley
fi
urun() {
  rc=0
  "${as_user[@]}" "$PARLEY" "$@" >out.txt 2>err.txt || rc=$?
}

mkdir in in/locked
article in/a.txt
article in/secret.txt TOKYO
article in/z.txt OSLO
article in/locked/inner.txt
chmod 644 in/*.txt
chmod 000 in/secret.txt
chmod 000 in/locked
# the check is real only if this user cannot read the file
if "${as_user[@]}" cat in/secret.txt >/dev/null 2>&1; then fail "secret.txt is readable"; fi
"${as_user[@]}" cat in/a.txt >/dev/null || fail "the test user cannot read in/a.txt"

urun extract --ndjson in
assert_rc 1
assert_file err.txt "parley: in/locked: cannot open directory: Permission denied
parley: in/secret.txt: permission denied: cannot read this file
parley: 2 of 4 inputs failed; the others were processed"
assert_eq '["in/a.txt", "in/z.txt"]' "$(json out.txt '[r["path"] for r in recs]')" \
  "the readable articles"

# named directly, the same message
urun extract --ndjson in/secret.txt in/a.txt
assert_rc 1
assert_has_line err.txt "parley: in/secret.txt: permission denied: cannot read this file"
assert_eq '["in/a.txt"]' "$(json out.txt '[r["path"] for r in recs]')" "records"
chmod 755 in/locked
