#!/usr/bin/env bash
# Runs two ifeval binaries on every file of ../shared/ifeval (the six response files and
# the mutations) in every input layout (official pair, key-matched, lm-eval samples), then
# every subcommand on the run folders they wrote, and compares all outputs byte for byte
# (summary.json without its recorded input paths, which name the run's own files).
#
#   Scripts/compare_binaries.sh OLD_IFEVAL NEW_IFEVAL [SHARED_DIR] [WORK_DIR]
#
# Typical use: build the base commit into another folder (git archive BASE | tar -x -C
# /tmp/base; swift build -c release there), then compare its binary with this branch's.
# Exit status 0 when everything is identical, 1 otherwise (the differing files are listed).
set -euo pipefail

old=$(realpath "$1")
new=$(realpath "$2")
shared=$(realpath "${3:-$(dirname "$0")/../../shared}")
work=${4:-$(mktemp -d /tmp/ifeval-compare.XXXXXX)}
mkdir -p "$work"
work=$(realpath "$work")
inputs="$work/inputs"
mkdir -p "$inputs"

# The key-matched and lm-eval samples layouts of every response file, made once.
python3 - "$shared/ifeval" "$inputs" <<'EOF'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
cases = [("mutations", f"{root}/mutations/input_data.jsonl", f"{root}/mutations/responses.jsonl")]
for name in sorted(os.listdir(f"{root}/responses")):
    cases.append((name[:-6], f"{root}/input_data.jsonl", f"{root}/responses/{name}"))
listing = []
for name, prompts, responses in cases:
    docs = {}
    for line in open(prompts, encoding="utf-8"):
        doc = json.loads(line)
        docs[doc["prompt"]] = doc
    keyed, samples = [], []
    for line in open(responses, encoding="utf-8"):
        r = json.loads(line)
        doc = docs.get(r["prompt"])
        if doc is None:
            continue
        keyed.append(json.dumps({"key": doc["key"], "response": r["response"]}, ensure_ascii=False))
        text = r["response"] if r["response"] is not None else ""
        samples.append(json.dumps({"doc_id": len(samples), "doc": doc, "resps": [[text]], "filtered_resps": [text]}, ensure_ascii=False))
    with open(f"{out}/{name}.keyed.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(keyed) + "\n")
    with open(f"{out}/samples_ifeval_{name}.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(samples) + "\n")
    listing.append(f"{name}\t{prompts}\t{responses}")
with open(f"{out}/cases.tsv", "w") as f:
    f.write("\n".join(listing) + "\n")
EOF

# run SIDE BINARY: every command, outputs under $work/SIDE.
run_side() {
    local side=$1 bin=$2 dir="$work/$1"
    rm -rf "$dir"
    mkdir -p "$dir/runs" "$dir/out"
    local runs=()
    while IFS=$'\t' read -r name prompts responses; do
        for layout in pair keyed samples; do
            local run="$dir/runs/$name.$layout"
            local args=()
            case $layout in
                pair) args=(--input-data "$prompts" --responses "$responses") ;;
                keyed) args=(--input-data "$prompts" --responses "$inputs/$name.keyed.jsonl") ;;
                samples) args=(--responses "$inputs/samples_ifeval_$name.jsonl") ;;
            esac
            "$bin" score "${args[@]}" --missing fail --model "$name" --output-dir "$run" --jobs 2 \
                >"$dir/out/score.$name.$layout.txt" 2>"$dir/out/score.$name.$layout.err" || echo "exit $?" >>"$dir/out/score.$name.$layout.err"
            "$bin" score "${args[@]}" --missing skip --model "$name" --report json --jobs 1 \
                >"$dir/out/score-json.$name.$layout.txt" 2>/dev/null || true
            runs+=("$run")
        done
    done <"$inputs/cases.tsv"
    # The stored input paths differ by construction only if the folders do: strip them.
    for run in "${runs[@]}"; do
        python3 -c '
import json, sys
p = sys.argv[1]
s = json.load(open(p, encoding="utf-8"))
for k in ("input_data", "responses", "inputs"):
    s.pop(k, None)
open(p + ".cmp", "w", encoding="utf-8").write(json.dumps(s, ensure_ascii=False, sort_keys=False))
' "$run/summary.json"
    done
    for run in "${runs[@]}"; do
        local base
        base=$(basename "$run")
        for format in text markdown json csv; do
            (cd "$dir/runs" && "$bin" report "$base" --format "$format") >"$dir/out/report.$base.$format" 2>&1 || true
        done
        (cd "$dir/runs" && "$bin" explain "$base" --failed) >"$dir/out/explain.$base" 2>&1 || true
        (cd "$dir/runs" && "$bin" explain "$base" --failed --mode loose --full) >"$dir/out/explain-loose.$base" 2>&1 || true
    done
    local pairs=()
    for run in "${runs[@]}"; do pairs+=("$(basename "$run")"); done
    for format in markdown csv json html; do
        (cd "$dir/runs" && "$bin" leaderboard "${pairs[@]}" --format "$format") >"$dir/out/leaderboard.$format" 2>&1 || true
        (cd "$dir/runs" && "$bin" leaderboard "${pairs[@]}" --format "$format" --categories --sort prompt_level_loose_acc) >"$dir/out/leaderboard-categories.$format" 2>&1 || true
    done
    # Compare and gate each run with the next one (and the pair layouts with each other).
    local count=${#pairs[@]}
    for ((i = 0; i + 1 < count; i++)); do
        local a=${pairs[$i]} b=${pairs[$((i + 1))]}
        for format in text markdown json; do
            (cd "$dir/runs" && "$bin" compare "$a" "$b" --format "$format" --top 5) >"$dir/out/compare.$a.$b.$format" 2>&1 || true
        done
        (cd "$dir/runs" && "$bin" gate --baseline "$a" --candidate "$b" --metric prompt_level_strict_acc --metric inst_level_loose_acc \
            --max-drop 0.01 --max-instruction-drop 0.1 --junit "../out/gate.$a.$b.junit.xml" --markdown "../out/gate.$a.$b.md") \
            >"$dir/out/gate.$a.$b.txt" 2>&1 || echo "exit $?" >>"$dir/out/gate.$a.$b.txt"
    done
    "$bin" prompts --validate "$shared/ifeval/input_data.jsonl" >"$dir/out/validate.txt" 2>&1 || true
    "$bin" prompts --validate "$shared/ifeval/mutations/input_data.jsonl" >"$dir/out/validate-mutations.txt" 2>&1 || true
    "$bin" prompts --stats >"$dir/out/stats.txt" 2>&1
    "$bin" prompts --stats --json >"$dir/out/stats.json" 2>&1
    "$bin" instructions --json >"$dir/out/instructions.json" 2>&1
    # Messages name the side's own output folder.
    find "$dir/out" -type f -exec sed -i "s#$dir/#SIDE/#g" {} +
}

run_side old "$old"
run_side new "$new"

status=0
compared=0
while IFS= read -r -d '' file; do
    relative=${file#"$work/old/"}
    case $relative in runs/*/summary.json) continue ;; esac  # compared as summary.json.cmp
    compared=$((compared + 1))
    if ! cmp -s "$file" "$work/new/$relative"; then
        echo "DIFFERS: $relative"
        status=1
    fi
done < <(find "$work/old" -type f -print0 | sort -z)
extra=$(cd "$work/new" && find . -type f | sort | while read -r f; do [ -e "$work/old/$f" ] || echo "$f"; done)
if [ -n "$extra" ]; then
    echo "only in the new outputs:"
    echo "$extra"
    status=1
fi
echo "$compared files compared in $work: $([ $status = 0 ] && echo identical || echo 'some differ')"
exit $status
