#!/bin/bash
# test-links-fifo.sh: symbolic link loops, dangling links, a folder reached
# twice through links, a FIFO and hidden files
# inside a folder: each gets its message (or is skipped), nothing blocks,
# and the articles still go through.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir -p in/sub
article in/a.txt
article in/sub/b.txt TOKYO
ln -s loop2 in/loop1
ln -s loop1 in/loop2
ln -s self in/self
ln -s nowhere.txt in/dangling
ln -s .. in/sub/up            # a cycle back to in/
ln -s sub/b.txt in/link.txt   # a link to a file is followed
mkfifo in/fifo
article in/.hidden.txt        # hidden: never read
mkdir in/.git && article in/.git/c.txt

# a writer on the FIFO would make a blocking open succeed; without one, an
# open that blocks would hang the run: the timeout below catches that
rc=0
timeout 20 "$PARLEY" extract --ndjson in >out.txt 2>err.txt || rc=$?
[ $rc -ne 124 ] || fail "parley hung (on the FIFO?)"
assert_rc 1
assert_file err.txt "parley: in/dangling: broken symbolic link (its target does not exist); skipped
parley: in/fifo: a FIFO (named pipe), not a regular file; skipped
parley: in/loop1: symbolic link loop; skipped
parley: in/loop2: symbolic link loop; skipped
parley: in/self: symbolic link loop; skipped
parley: in/sub/up: directory already visited through a symbolic link (a link cycle); skipped
parley: 6 of 9 inputs failed; the others were processed"
assert_eq '["in/a.txt", "in/link.txt", "in/sub/b.txt"]' "$(json out.txt '[r["path"] for r in recs]')" \
  "records (hidden files skipped, the file link followed)"

# named on the command line, a FIFO or a link loop is reported the same way
rc=0
timeout 20 "$PARLEY" extract --ndjson in/fifo in/loop1 in/a.txt >out.txt 2>err.txt || rc=$?
assert_rc 1
assert_file err.txt "parley: in/fifo: a FIFO (named pipe), not a regular file; skipped
parley: in/loop1: symbolic link loop; skipped
parley: 2 of 3 inputs failed; the others were processed"
assert_eq '["in/a.txt"]' "$(json out.txt '[r["path"] for r in recs]')" "records"
