#!/bin/sh
# Builds and runs the langdetect benchmark (optimised, whole module) without touching
# Package.swift. Extra arguments: JSON files of texts (default: the committed vectors,
# plus /tmp/langdetect_shared_expectations.json when present).
set -e
cd "$(dirname "$0")/../.."
OUT=${TMPDIR:-/tmp}/langdetect_benchmark
swiftc -O -wmo -parse-as-library -module-name LangDetectBenchmark -o "$OUT" \
    $(find Sources/IFEvalEngine -name '*.swift') Scripts/bench/langdetect_benchmark.swift
if [ $# -eq 0 ]; then
    set -- Tests/IFEvalEngineTests/Vectors/langdetect_vectors.json
    [ -f /tmp/langdetect_shared_expectations.json ] && set -- "$@" /tmp/langdetect_shared_expectations.json
fi
"$OUT" "$@"
