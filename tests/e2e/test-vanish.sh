#!/bin/bash
# test-vanish.sh: files that change between the listing and the reading.
# parley lists every input first, then reads each in turn; a rule run on the
# first article changes the files that come after it, so each case happens
# at a known moment: deleted, a folder deleted, truncated to nothing,
# replaced by a FIFO (must not block), grown past the size limit.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir -p in/sub
for f in a c-deleted d-truncated e-fifo f-grown z-last sub/g-gone; do
  article "in/$f.txt"
done
cat >vanish.lua <<'LUA'
-- run on the first article: change the inputs parley has listed but not read
local done = false
return { name = "vanish", article = function(a)
  if done then return end
  done = true
  assert(os.remove("in/c-deleted.txt"))
  assert(os.execute("rm -r in/sub"))
  assert(io.open("in/d-truncated.txt", "w")):close()
  assert(os.remove("in/e-fifo.txt"))
  assert(os.execute("mkfifo in/e-fifo.txt"))
  local f = assert(io.open("in/f-grown.txt", "a"))
  f:write(string.rep("x", 2048), "\n")
  f:close()
end }
LUA

rc=0
timeout 20 "$PARLEY" extract --ndjson --max-size 1k --rules vanish.lua in >out.txt 2>err.txt || rc=$?
[ $rc -ne 124 ] || fail "parley hung"
assert_rc 1
assert_file err.txt "parley: in/c-deleted.txt: no such file (it may have been deleted)
parley: in/d-truncated.txt: empty file (0 bytes); skipped
parley: in/e-fifo.txt: a FIFO (named pipe), not a regular file; skipped
parley: in/f-grown.txt: too large (2.2 KiB; the limit is 1.0 KiB, raise it with --max-size)
parley: in/sub/g-gone.txt: no such file (it may have been deleted)
parley: 5 of 7 inputs failed; the others were processed"
assert_eq '["in/a.txt", "in/z-last.txt"]' "$(json out.txt '[r["path"] for r in recs]')" \
  "the files that stayed still have records"
