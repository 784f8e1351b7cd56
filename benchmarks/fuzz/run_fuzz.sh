#!/usr/bin/env bash
# Fuzzes the JSONL/JSON readers and every verifier with libFuzzer (Linux, Swift toolchain).
# Usage: SANITIZERS=fuzzer,address benchmarks/fuzz/run_fuzz.sh [RUNS] [extra libFuzzer flags...]
# Builds with -sanitize=$SANITIZERS (default fuzzer,address; `fuzzer` alone runs about
# 30 times faster) into .build-fuzz/, runs RUNS inputs (default 1,000,000) from a seed
# corpus, and fails on any crash, hang (-timeout) or sanitizer finding.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-1000000}"
shift || true
out=.build-fuzz
mkdir -p "$out/corpus"
# Seed corpus: example inputs of this project.
cp Examples/*.jsonl "$out/corpus/" 2>/dev/null || true
split -l 1 -d Examples/responses.jsonl "$out/corpus/response-" 2>/dev/null || true
split -l 1 -d Examples/prompts.jsonl "$out/corpus/prompt-" 2>/dev/null || true
swiftc -O -sanitize="${SANITIZERS:-fuzzer,address}" -parse-as-library -module-name IFEvalFuzz \
  $(find Sources/IFEvalEngine -name '*.swift') benchmarks/fuzz/FuzzTarget.swift \
  -o "$out/ifeval-fuzz"
"$out/ifeval-fuzz" -artifact_prefix="$out/" -runs="$runs" -timeout=10 -max_len="${MAX_LEN:-1024}" -print_final_stats=1 "$@" "$out/corpus"
