#!/usr/bin/env bash
# Speed of the all-pairs ROUGE-L near-duplicate search (`ifeval prompts --similar` and
# `--validate`) on pools of N prompts built by benchmarks/make_similarity_input.py from
# the built-in prompt set (no ../shared needed).
#
# Usage: benchmarks/similarity_benchmark.sh [RUNS]   (SIZES="1000 10000" by default)
# For each size: the pairs at or above 0.7, then RUNS runs of `--similar` (every pair:
# the top 10, each prompt's highest score and the count at 0.7) and of `--validate` (the
# validator, then the pairs at or above 0.7, each reported with its common subsequence):
# median wall time, median CPU time (user + system, both threads) and peak RSS. On a
# shared machine the CPU time is the steadier figure; wall time on 2 idle cores is about
# half of it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
work="${WORK:-/tmp/ifeval-similarity-bench}"
sizes="${SIZES:-1000 10000}"
mkdir -p "$work"
swift build -c release --product ifeval >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bin=.build/release/ifeval
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(swift --version 2>&1 | head -1)"
for size in $sizes; do
  input="$work/pool$size.jsonl"
  [ -f "$input" ] || python3 benchmarks/make_similarity_input.py "$size" "$input"
  echo "$size prompts: $("$bin" prompts --similar "$input" --top 1 | sed -n 3p)"
  for action in --similar --validate; do
    python3 - "$runs" "$action" "$bin" prompts "$action" "$input" <<'PY'
import os, statistics, sys, time
runs, label, *command = sys.argv[1:]
walls, cpus, peaks = [], [], []
for _ in range(int(runs)):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    walls.append(time.perf_counter() - start)
    assert os.waitstatus_to_exitcode(status) == 0, command
    cpus.append(usage.ru_utime + usage.ru_stime)
    peaks.append(usage.ru_maxrss)
print(f"  {label:10} wall {statistics.median(walls):.2f} s, CPU {statistics.median(cpus):.2f} s, peak RSS {max(peaks) // 1024} MiB ({runs} runs)")
PY
  done
done
