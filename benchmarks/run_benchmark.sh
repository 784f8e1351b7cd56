#!/usr/bin/env bash
# Scoring speed and memory of `ifeval score` against the official implementation.
#
# Usage: benchmarks/run_benchmark.sh [RUNS]   (needs ../shared; the official side needs
#        OFFICIAL_PYTHON (a python with nltk, langdetect, immutabledict, packaging),
#        LM_EVAL_DIR (unpacked lm-eval wheel) and NLTK_DATA (Punkt punkt_tab/english))
#
# Inputs (built in $WORK, not committed): the shared-data input (every response file
# plus the mutations: 6,229 responses) and the same replicated to >= 100,000 responses
# with unique prompts (SIZES="6229 100000", add 1000000 for the million figure).
# For each size: RUNS runs of `ifeval score --output-dir` (median wall time, peak RSS;
# benchmarks/time_runs.py), each into a fresh run folder (the previous run's files are
# deleted before the clock starts: replacing them would time the kernel freeing the last
# run's 27 MB), a cell-by-cell check against the golden files, and on the shared-data input
# OFFICIAL_RUNS runs of the official checkers (its scoring time only, imports excluded),
# interleaved with ours, and the ratio.
# STREAM_REPEATS=N (default 0: skipped) also scores the shared-data responses repeated N
# times against the same 6,229 prompts (every prompt answered N times; the last answers
# are scored): the response file grows N-fold, the peak memory should not.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work="${WORK:-/tmp/ifeval-bench}"
sizes="${SIZES:-6229 100000}"
shared="${SHARED:-../shared}"
# The release build as the README gives it: a static executable, the Swift runtime and
# the C libraries linked in (nothing to load or relocate at start-up: `ifeval --version`
# 9 ms -> 1.7 ms).
mkdir -p "$work"
# (The linker's warnings about glibc's user-database functions are kept in the log.)
swift build -c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-static \
  >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bin=.build-static/release/ifeval
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(swift --version 2>&1 | head -1)"
for size in $sizes; do
  dir="$work/n$size"
  [ -f "$dir/responses.jsonl" ] || python3 benchmarks/make_input.py "$shared" "$dir" "$size" >/dev/null
  n=$(wc -l < "$dir/responses.jsonl")
  ifeval=("$bin" score --input-data "$dir/input_data.jsonl" --responses "$dir/responses.jsonl" --output-dir "$dir/run" --report none)
  if [ "$size" = "6229" ] && [ -n "${OFFICIAL_PYTHON:-}" ]; then
    # Against the official checkers: OFFICIAL_RUNS rounds (default 1; each official run
    # takes ~15 s), each of RUNS / OFFICIAL_RUNS ifeval runs then one official run, so
    # that both sides sample the same minutes of a shared machine whose speed drifts;
    # medians over all the runs of each side.
    rounds="${OFFICIAL_RUNS:-1}"
    per_round=$(( (runs + rounds - 1) / rounds ))
    walls=$(mktemp)
    peak=0
    loops=()
    officialWalls=()
    for _ in $(seq "$rounds"); do
      read -r _ roundPeak < <(python3 benchmarks/time_runs.py "$per_round" "$dir/run" --walls "$walls" -- "${ifeval[@]}")
      peak=$(( roundPeak > peak ? roundPeak : peak ))
      official=$(/usr/bin/time -f "wall %e" "$OFFICIAL_PYTHON" Scripts/oracle/official_eval.py "$LM_EVAL_DIR" "$dir/input_data.jsonl" "$dir/responses.jsonl" --time 2>&1 >/dev/null)
      loops+=("$(echo "$official" | grep '^scored' | sed -E 's/.* in ([0-9.]+) s.*/\1/')")
      officialWalls+=("$(echo "$official" | grep '^wall' | awk '{print $2}')")
    done
    median=$(python3 -c "import statistics, sys; print(f'{statistics.median(float(l) for l in open(sys.argv[1])):.3f}')" "$walls")
    total=$(wc -l < "$walls")
    rm -f "$walls"
    check=$(python3 benchmarks/compare_results.py "$dir/run" "$dir/golden.jsonl")
    rate=$(python3 -c "print(f'{$n / $median:,.0f}')")
    echo "ifeval: $n responses: median wall $median s over $total runs ($rate responses/s), peak RSS $((peak / 1024)) MiB; $check"
    pick() { printf '%s\n' "$@" | sort -n | awk -v r="$#" 'NR == int((r + 1) / 2)'; }
    loop=$(pick "${loops[@]}")
    wall=$(pick "${officialWalls[@]}")
    echo "official: scoring loop $loop s ($(python3 -c "print(f'{$n / $loop:.1f}')") responses/s), whole process $wall s (median of ${#loops[@]})"
    echo "(interleaved: $rounds rounds of $per_round ifeval runs and one official run)"
    python3 -c "print(f'ratio: {$loop / $median:.1f}x (official scoring loop / ifeval whole command), {$wall / $median:.1f}x (whole process / whole command); same input, same session')"
  else
    # RUNS runs, each into a fresh run folder (the previous run's files are deleted
    # before the clock starts): median wall time and peak RSS.
    read -r median peak < <(python3 benchmarks/time_runs.py "$runs" "$dir/run" -- "${ifeval[@]}")
    check=$(python3 benchmarks/compare_results.py "$dir/run" "$dir/golden.jsonl")
    rate=$(python3 -c "print(f'{$n / $median:,.0f}')")
    echo "ifeval: $n responses: median wall $median s over $runs runs ($rate responses/s), peak RSS $((peak / 1024)) MiB; $check"
  fi
done
if [ "${STREAM_REPEATS:-0}" -gt 0 ]; then
  dir="$work/n6229"
  repeated="$work/repeated${STREAM_REPEATS}.jsonl"
  [ -f "$repeated" ] || for _ in $(seq "$STREAM_REPEATS"); do cat "$dir/responses.jsonl"; done > "$repeated"
  read -r median peak < <(python3 benchmarks/time_runs.py 3 "$work/stream-run" -- "$bin" score \
    --input-data "$dir/input_data.jsonl" --responses "$repeated" --output-dir "$work/stream-run" --report none)
  check=$(python3 benchmarks/compare_results.py "$work/stream-run" "$dir/golden.jsonl")
  echo "ifeval: $(wc -l < "$repeated") response lines ($(( $(stat -c %s "$repeated") >> 20 )) MiB) for the 6,229 prompts: median wall $median s over 3 runs, peak RSS $((peak / 1024)) MiB; $check"
fi
