#!/bin/sh
# Builds and runs the tokenizer benchmark (optimised, whole module) without touching
# Package.swift. Argument: the shared IFeval folder (default ../shared/ifeval).
# BENCH_LIMIT / BENCH_ROUNDS: see tokenizer_benchmark.swift. BENCH_BUILD_ONLY=1 only builds.
set -e
cd "$(dirname "$0")/../.."
OUT=${BENCH_OUT:-${TMPDIR:-/tmp}/tokenizer_benchmark}
ROOT=$(pwd)
# swiftc -g leaves module files in the working directory: build from a temporary one.
WORK=$(mktemp -d)
(cd "$WORK" && swiftc -O -wmo -g -parse-as-library -module-name TokenizerBenchmark -o "$OUT" \
    $(find "$ROOT/Sources/IFEvalEngine" -name '*.swift') "$ROOT/Scripts/bench/tokenizer_benchmark.swift")
rm -rf "$WORK"
[ -n "$BENCH_BUILD_ONLY" ] && exit 0
"$OUT" "$@"
