#!/bin/sh
# Builds and runs the janome-equivalent tokenizer benchmark (optimised, whole module)
# without touching Package.swift. Argument: the shared M-IFEval folder (default
# ../shared/mifeval-ja). BENCH_ROUNDS: rounds over the texts (3). BENCH_BUILD_ONLY=1 only builds.
set -e
cd "$(dirname "$0")/../.."
OUT=${BENCH_OUT:-${TMPDIR:-/tmp}/janome_benchmark}
ROOT=$(pwd)
WORK=$(mktemp -d)
(cd "$WORK" && swiftc -O -wmo -parse-as-library -module-name JanomeBenchmark -o "$OUT" \
    $(find "$ROOT/Sources/IFEvalEngine" -name '*.swift') "$ROOT/Scripts/bench/janome_benchmark.swift")
rm -rf "$WORK"
[ -n "$BENCH_BUILD_ONLY" ] && exit 0
"$OUT" "$@"
