#!/usr/bin/env bash
# Regenerates results/leaderboard.md and results/leaderboard.html: builds the release
# `ifeval`, scores the six models of ../shared/ifeval/responses/ (one prompt has no
# response in these files: --missing skip leaves it out, as the golden files do), and
# ranks them with `ifeval leaderboard`. Needs ../shared beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-../shared/ifeval}"
SCRATCH="${SCRATCH:-.build}"
if [ ! -f "$SHARED/input_data.jsonl" ]; then
    echo "error: $SHARED/input_data.jsonl not found; clone the project next to its shared/ folder (or set SHARED)" >&2
    exit 2
fi
swift build -c release --scratch-path "$SCRATCH" >&2
IFEVAL="$SCRATCH/release/ifeval"
RUNS="$(mktemp -d)"
trap 'rm -rf "$RUNS"' EXIT
for responses in "$SHARED"/responses/*.jsonl; do
    model="$(basename "$responses" .jsonl)"
    "$IFEVAL" score --input-data "$SHARED/input_data.jsonl" --responses "$responses" \
        --missing skip --model "$model" --output-dir "$RUNS/$model" --report none
done
"$IFEVAL" leaderboard "$RUNS"/*/ --categories --format markdown --output results/leaderboard.md
"$IFEVAL" leaderboard "$RUNS"/*/ --categories --format html --output results/leaderboard.html
