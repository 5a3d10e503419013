#!/bin/sh
# bench/run.sh: throughput and memory of `parley extract` on a generated
# corpus (../shared/bench/gen_corpus.py, deterministic). Prints numbers; it
# asserts nothing, so it never makes a test flaky.
#   BENCH_COUNT=2000 make bench
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
gen="$repo/../shared/bench/gen_corpus.py"
count=${BENCH_COUNT:-2000}
dir="$repo/build/bench/corpus-$count"
if [ ! -f "$gen" ]; then
  echo "bench: $gen not found (the shared folder must sit beside the repository)" >&2
  exit 2
fi
if [ ! -f "$dir/MANIFEST.tsv" ]; then
  rm -rf "$dir"
  python3 "$gen" --out "$dir" --count "$count" --size-mix --seed 7 >/dev/null
fi
bytes=$(du -sb "$dir" | cut -f1)
python3 - "$repo/parley" "$dir" "$count" "$bytes" <<'PY'
import resource, subprocess, sys, time
parley, corpus, count, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
best = None
for _ in range(3):
    t = time.perf_counter()
    p = subprocess.run([parley, "extract", "--ndjson", "-q", corpus],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
records = p.stdout.count(b'"type":"article"')
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"extract: {records} articles ({size/1e6:.1f} MB) in {best:.2f} s (best of 3): "
      f"{records/best:.0f} articles/s, {size/1e6/best:.1f} MB/s, peak RSS {rss:.0f} MiB")
PY
