#!/bin/sh
# Builds and runs the tokenizer benchmark (optimised, whole module) without touching
# Package.swift. Argument: the shared IFeval folder (default ../shared/ifeval).
# BENCH_LIMIT / BENCH_ROUNDS: see tokenizer_benchmark.swift. BENCH_BUILD_ONLY=1 only builds.
set -e
cd "$(dirname "$0")/../.."
OUT=${BENCH_OUT:-${TMPDIR:-/tmp}/tokenizer_benchmark}
swiftc -O -wmo -g -parse-as-library -module-name TokenizerBenchmark -o "$OUT" \
    $(find Sources/IFEvalEngine -name '*.swift') Scripts/bench/tokenizer_benchmark.swift
[ -n "$BENCH_BUILD_ONLY" ] && exit 0
"$OUT" "$@"
