#!/bin/sh
# update.sh: rewrite the golden outputs of the shipped examples
# (`make golden`). Review the diff before committing: every change in these
# files is a change in what parley extracts from examples/articles.
set -eu
cd "$(dirname "$0")/../.."
./parley extract --ndjson examples/articles > tests/golden/examples.ndjson
./parley extract --show-removed examples/articles > tests/golden/examples.summary
echo "golden: rewrote tests/golden/examples.ndjson and examples.summary; review git diff"
