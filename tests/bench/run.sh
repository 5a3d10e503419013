#!/bin/sh
# bench/run.sh: throughput and memory of `parley extract --ndjson` on two
# generated corpora (../shared/bench/gen_corpus.py, deterministic):
#   size mix  BENCH_COUNT articles (default 2000, seed 7, --size-mix: briefs,
#             usual articles and long pages of related stories)
#   plain     BENCH_PLAIN articles (default 20000, seed 1: the 2-8 KB
#             articles of issue 3's speed target; 0 skips it)
# Each is run BENCH_RUNS times (default 3); the best time and the largest
# peak RSS are printed. It asserts nothing, so it never makes a test flaky.
#   BENCH_COUNT=2000 BENCH_PLAIN=0 make bench
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
gen="$repo/../shared/bench/gen_corpus.py"
count=${BENCH_COUNT:-2000}
plain=${BENCH_PLAIN:-20000}
runs=${BENCH_RUNS:-3}
if [ ! -f "$gen" ]; then
  echo "bench: $gen not found (the shared folder must sit beside the repository)" >&2
  exit 2
fi

# corpus DIR COUNT SEED [--size-mix]: generate DIR once
corpus() {
  if [ ! -f "$1/MANIFEST.tsv" ]; then
    rm -rf "$1"
    python3 "$gen" --out "$1" --count "$2" --seed "$3" ${4:-} >/dev/null
  fi
}

set -- "size mix" "$repo/build/bench/corpus-$count"
corpus "$repo/build/bench/corpus-$count" "$count" 7 --size-mix
if [ "$plain" -gt 0 ]; then
  corpus "$repo/build/bench/plain-$plain" "$plain" 1
  set -- "$@" "plain" "$repo/build/bench/plain-$plain"
fi

python3 - "$repo/parley" "$runs" "$@" <<'PY'
import os, subprocess, sys, time
parley, runs, args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for name, corpus in zip(args[0::2], args[1::2]):
    size = sum(e.stat().st_size for e in os.scandir(corpus) if e.name.endswith(".txt"))
    best, rss, records = None, 0, 0
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.Popen([parley, "extract", "--ndjson", "-q", corpus],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out = p.stdout.read()
        _, _, usage = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
        rss = max(rss, usage.ru_maxrss / 1024)
        records = out.count(b'"type":"article"')
    print(f"extract ({name}): {records} articles ({size/1e6:.1f} MB) in {best:.2f} s "
          f"(best of {runs}): {records/best:.0f} articles/s, {size/1e6/best:.1f} MB/s, "
          f"peak RSS {rss:.0f} MiB")
PY
