#!/bin/sh
# IFBench: `ifeval score` (release build) against IFBench's official evaluation flow
# (../shared/oracles/ifbench-run.py) on the 6,000 crosspaired responses, in the same run:
# ROUNDS rounds, each of RUNS_PER_ROUND ifeval runs and one official run (medians over each
# side's runs), then every cell of ours checked against golden.jsonl.
#
#   ORACLE=/work/oracles/ifbench IFEVAL=.build-release/release/ifeval benchmarks/ifbench_benchmark.sh [ROUNDS]
#
# IMPLEMENTED_ONLY=1 scores only the prompts whose ids the binary's ifbench suite has (for a
# branch where some of the 58 types are missing; both sides then score the same subset).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../shared}
ORACLE=${ORACLE:-/work/oracles/ifbench}
IFEVAL=${IFEVAL:-$HERE/../.build-release/release/ifeval}
ROUNDS=${1:-3}
RUNS_PER_ROUND=${RUNS_PER_ROUND:-5}
WORK=$(mktemp -d /tmp/ifbench-bench.XXXXXX)
INPUT=$SHARED/ifbench/crosspaired/input_data.jsonl
RESPONSES=$SHARED/ifbench/crosspaired/responses.jsonl
if [ "${IMPLEMENTED_ONLY:-0}" = 1 ]; then
    "$IFEVAL" instructions --json > "$WORK/types.json"
    python3 - "$INPUT" "$WORK/types.json" > "$WORK/input.jsonl" <<'PY'
import json, sys
known = {e["instruction_id"] for e in json.load(open(sys.argv[2]))}
for line in open(sys.argv[1]):
    if set(json.loads(line)["instruction_id_list"]) <= known:
        sys.stdout.write(line)
PY
    INPUT=$WORK/input.jsonl
fi
PROMPTS=$(wc -l < "$INPUT")
export NLTK_DATA=$ORACLE/nltk_data ORACLE
: > "$WORK/ours.walls"
: > "$WORK/official.walls"
round=0
while [ $round -lt "$ROUNDS" ]; do
    python3 "$HERE/time_runs.py" "$RUNS_PER_ROUND" "$WORK/ours" --walls "$WORK/ours.walls" -- \
        "$IFEVAL" score --input-data "$INPUT" --responses "$RESPONSES" --suite ifbench --output-dir "$WORK/ours" --report none > /dev/null
    python3 "$HERE/time_runs.py" 1 "$WORK/official" --walls "$WORK/official.walls" -- \
        "$ORACLE/venv/bin/python" "$SHARED/oracles/ifbench-run.py" --input_data "$INPUT" \
        --input_response_data "$RESPONSES" --output_dir "$WORK/official" > /dev/null
    round=$((round + 1))
done
"$IFEVAL" score --input-data "$INPUT" --responses "$RESPONSES" --suite ifbench --output-dir "$WORK/ours" --report none
python3 - "$WORK" "$SHARED/ifbench/crosspaired/golden.jsonl" "$PROMPTS" <<'PY'
import json, statistics, sys
work, golden_path, prompts = sys.argv[1], sys.argv[2], int(sys.argv[3])
golden = {json.loads(l)["key"]: json.loads(l) for l in open(golden_path)}
agree = total = 0
for mode in ("strict", "loose"):
    for line in open(f"{work}/ours/eval_results_{mode}.jsonl"):
        d = json.loads(line)
        for ours, official in zip(d["follow_instruction_list"], golden[str(d["key"])][mode]):
            total += 1
            agree += ours == official
ours = [float(x) for x in open(f"{work}/ours.walls")]
official = [float(x) for x in open(f"{work}/official.walls")]
o, f = statistics.median(ours), statistics.median(official)
print(f"| {prompts:,} crosspaired responses | {o:.3f} s ({len(ours)} runs) | {f:.2f} s ({len(official)} runs) | {f / o:.1f}x | {agree:,} / {total:,} |")
PY
rm -rf "$WORK"
