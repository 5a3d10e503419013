#!/bin/bash
# test-hostile-files.sh: files that are not clean articles each get their
# exact message (or are processed with a warning) and never stop the others.
set -eu
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$REPO/tests/e2e/lib.sh"

mkdir in
article in/good.txt
: >in/empty.txt
printf ' \n\t\n\n  \n' >in/blank.txt
python3 - <<'PY'
import random
text = open("in/good.txt", encoding="utf-8").read()
open("in/random.bin", "wb").write(random.Random(7).randbytes(4096))
open("in/nuls.bin", "wb").write(b"\x7fELF\x02\x01\x01" + bytes(64) + b"code" * 8)
open("in/utf16le.txt", "wb").write(text.encode("utf-16"))      # BOM FF FE
open("in/utf16be.txt", "wb").write(b"\xfe\xff" + text.encode("utf-16-be"))
lf = text.replace("Ruiz said", "Ruiz told reporters")
open("in/lf.txt", "w", encoding="utf-8", newline="").write(lf)
open("in/crlf.txt", "w", encoding="utf-8", newline="").write(lf.replace("\n", "\r\n"))
open("in/bom.txt", "wb").write(b"\xef\xbb\xbf" + lf.encode())
open("in/latin1.txt", "wb").write(text.replace("Ruiz", "Mu\u00f1oz").encode("latin-1"))
PY

run extract --ndjson in
assert_rc 1
assert_file err.txt "parley: in/blank.txt: no text: only white space or control characters; skipped
parley: in/empty.txt: empty file (0 bytes); skipped
parley: in/nuls.bin: not text: NUL bytes: this looks like a binary file; skipped
parley: in/random.bin: not text: mostly control or invalid bytes: this looks like a binary file; skipped
parley: in/utf16be.txt: not text: UTF-16 text (byte order mark FE FF); convert it to UTF-8; skipped
parley: in/utf16le.txt: not text: UTF-16 text (byte order mark FF FE); convert it to UTF-8; skipped
parley: 6 of 11 inputs failed; the others were processed"

assert_eq '["in/bom.txt", "in/crlf.txt", "in/good.txt", "in/latin1.txt", "in/lf.txt"]' \
  "$(json out.txt '[r["path"] for r in recs]')" "the articles that went through"
# a BOM and CRLF line ends are normalised away: same text, same id
assert_eq 1 "$(json out.txt 'len({by_path[p]["id"] for p in ("in/lf.txt", "in/crlf.txt", "in/bom.txt")})')" \
  "one id for the LF, CRLF and BOM copies"
assert_eq false "$(json out.txt 'by_path["in/lf.txt"]["id"] == by_path["in/good.txt"]["id"]')" \
  "a different text has a different id"
# invalid UTF-8 (two Latin-1 bytes) is replaced and reported in the record
assert_eq true "$(json out.txt '"invalid UTF-8 replaced (2 sequences)" in by_path["in/latin1.txt"]["warnings"]')" \
  "warning of the Latin-1 file"
assert_eq false "$(json out.txt 'any("UTF-8" in w for p in ("in/good.txt", "in/lf.txt") for w in by_path[p]["warnings"])')" \
  "no UTF-8 warning on clean files"

# the ids do not depend on the name or folder
mkdir other
cp in/lf.txt other/renamed.txt
run extract --ndjson other/renamed.txt in/crlf.txt
assert_rc 0
assert_eq 1 "$(json out.txt 'len({r["id"] for r in recs})')" "a renamed copy keeps its id"
