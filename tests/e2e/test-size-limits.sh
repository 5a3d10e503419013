#!/bin/bash
# test-size-limits.sh: a 20 MiB single line is skipped as too large; a
# 15 MiB single line (under the 16 MiB default) is processed; --max-size
# moves the limit.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir in
article in/a.txt
# 20 MiB of one line with no newline at all
head -c $((20 << 20)) /dev/zero | tr '\0' 'x' >in/huge.txt
# 15 MiB: words on one line, ending in a newline
python3 -c '
import sys
n = 15 << 20
line = b"word " * (n // 5 - 1) + b"end.\n"
sys.stdout.buffer.write(line)' >in/long.txt
assert_eq $((15 << 20)) "$(stat -c %s in/long.txt)" "size of long.txt"
article in/z.txt OSLO

run extract --ndjson in
assert_rc 1
assert_file err.txt "parley: in/huge.txt: too large (20.0 MiB; the limit is 16.0 MiB, raise it with --max-size)
parley: 1 of 4 inputs failed; the others were processed"
assert_eq '["in/a.txt", "in/long.txt", "in/z.txt"]' "$(json out.txt '[r["path"] for r in recs]')" \
  "records around the skipped file"

# a smaller limit skips more; a larger one lets the 20 MiB line through
run extract --ndjson --max-size 1k in/a.txt in/long.txt
assert_rc 1
assert_file err.txt "parley: in/long.txt: too large (15.0 MiB; the limit is 1.0 KiB, raise it with --max-size)
parley: 1 of 2 inputs failed; the others were processed"
run extract --ndjson --max-size 21M in/huge.txt
assert_rc 0
assert_eq '["in/huge.txt"]' "$(json out.txt '[r["path"] for r in recs]')" "huge.txt with --max-size 21M"
