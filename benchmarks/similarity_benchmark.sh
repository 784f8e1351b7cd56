#!/usr/bin/env bash
# Speed of the all-pairs ROUGE-L near-duplicate search (`ifeval prompts --validate`
# and `--similar`) on pools of N prompts built by benchmarks/make_similarity_input.py
# from the built-in prompt set (no ../shared needed).
#
# Usage: benchmarks/similarity_benchmark.sh [RUNS]   (SIZES="1000 10000" by default)
# Prints, for each size, the median wall time and peak RSS of RUNS runs (time_runs.py)
# of `--similar` (all pairs: top 10 and every prompt's highest score) and of
# `--validate` (the validator plus the pairs at or above 0.7), and the number of pairs
# at or above 0.7.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
work="${WORK:-/tmp/ifeval-similarity-bench}"
sizes="${SIZES:-1000 10000}"
mkdir -p "$work"
swift build -c release --product ifeval >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bin=.build/release/ifeval
echo "machine: $(nproc) cores; $(swift --version 2>&1 | head -1)"
for size in $sizes; do
  input="$work/pool$size.jsonl"
  [ -f "$input" ] || python3 benchmarks/make_similarity_input.py "$size" "$input"
  tokens=$("$bin" prompts --similar "$input" --top 1 | head -3)
  echo "$size prompts: $(echo "$tokens" | sed -n 3p)"
  read -r wall peak < <(python3 benchmarks/time_runs.py "$runs" "$work/none" -- bash -c 'exec "$@" >/dev/null' _ "$bin" prompts --similar "$input")
  echo "  --similar:  median ${wall} s, peak RSS $((peak / 1024)) MiB"
  read -r wall peak < <(python3 benchmarks/time_runs.py "$runs" "$work/none" -- bash -c 'exec "$@" >/dev/null' _ "$bin" prompts --validate "$input")
  echo "  --validate: median ${wall} s, peak RSS $((peak / 1024)) MiB"
done
