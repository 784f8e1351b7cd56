#!/bin/sh
# Builds and runs the langdetect benchmark (optimised, whole module) without touching
# Package.swift. Arguments: optional `--rounds N` (0: start-up only), then JSON files of
# texts (default: the committed vectors, plus /tmp/langdetect_shared_expectations.json
# when present). Set CALLGRIND=1 to run under valgrind's callgrind and print the
# instruction count (stable on a busy machine; use a small --rounds).
set -e
cd "$(dirname "$0")/../.."
OUT=${TMPDIR:-/tmp}/langdetect_benchmark
swiftc -O -wmo -parse-as-library -module-name LangDetectBenchmark -o "$OUT" \
    $(find Sources/IFEvalEngine -name '*.swift') Scripts/bench/langdetect_benchmark.swift
ROUNDS=""
if [ "$1" = "--rounds" ]; then ROUNDS="--rounds $2"; shift 2; fi
if [ $# -eq 0 ]; then
    set -- Tests/IFEvalEngineTests/Vectors/langdetect_vectors.json
    [ -f /tmp/langdetect_shared_expectations.json ] && set -- "$@" /tmp/langdetect_shared_expectations.json
fi
if [ -n "$CALLGRIND" ]; then
    valgrind --tool=callgrind --callgrind-out-file="$OUT.callgrind" "$OUT" $ROUNDS "$@" 2>&1 \
        | grep -E 'first call|exact|refs'
    echo "profile: $OUT.callgrind (callgrind_annotate --inclusive=yes)"
else
    "$OUT" $ROUNDS "$@"
fi
