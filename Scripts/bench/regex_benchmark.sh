#!/bin/sh
# Times the regex engine against CPython's re on the cases of regex_cases.json (the
# issue-17 repro among them): our count(in:) and len(re.findall(...)), best of three.
# Builds optimised, whole module, without touching Package.swift. PYTHON: a CPython
# 3.11 (default python3).
set -e
cd "$(dirname "$0")/../.."
OUT=${BENCH_OUT:-${TMPDIR:-/tmp}/regex_benchmark}
ROOT=$(pwd)
WORK=$(mktemp -d)
(cd "$WORK" && swiftc -O -wmo -parse-as-library -module-name RegexBenchmark -o "$OUT" \
    $(find "$ROOT/Sources/IFEvalEngine" -name '*.swift') "$ROOT/Scripts/bench/regex_benchmark.swift")
rm -rf "$WORK"
echo "ours:"
"$OUT" "$ROOT/Scripts/bench/regex_cases.json"
echo "CPython:"
"${PYTHON:-python3}" "$ROOT/Scripts/bench/regex_benchmark.py"
