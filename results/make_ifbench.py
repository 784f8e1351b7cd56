#!/usr/bin/env python3
"""results/ifbench.md: the IFBench figures of the sample model (../shared/ifbench/sample, the
294 responses shipped with IFBench) as `ifeval score` gives them, next to the official
evaluation's own output (IFBench's evaluation flow run by ../shared/oracles/ifbench-run.py), and
the cell-by-cell agreement of the two.

  ORACLE=/work/oracles/ifbench python3 results/make_ifbench.py IFEVAL_BINARY [--implemented-only]

--implemented-only scores only the prompts whose ids the binary's ifbench suite has (for a
branch where some of the 58 types are still missing); the table then says so.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
ORACLE = os.environ.get("ORACLE", "/work/oracles/ifbench")
binary = sys.argv[1]
subset = "--implemented-only" in sys.argv
sample = os.path.join(SHARED, "ifbench", "sample")
work = tempfile.mkdtemp(prefix="ifbench-results-")

inputs = os.path.join(sample, "input_data.jsonl")
if subset:
    listing = json.loads(subprocess.run([binary, "instructions", "--suite", "ifbench", "--json"],
                                        capture_output=True, text=True, check=True).stdout)
    known = {e["instruction_id"] for e in listing}
    known |= {e["instruction_id"] for e in json.loads(subprocess.run(
        [binary, "instructions", "--suite", "ifeval", "--json"], capture_output=True, text=True, check=True).stdout)}
    kept = [l for l in open(inputs) if set(json.loads(l)["instruction_id_list"]) <= known]
    inputs = os.path.join(work, "input_data.jsonl")
    open(inputs, "w").writelines(kept)
responses = os.path.join(sample, "responses.jsonl")

env = dict(os.environ, ORACLE=ORACLE, NLTK_DATA=os.path.join(ORACLE, "nltk_data"))
official = subprocess.run([os.path.join(ORACLE, "venv", "bin", "python"), os.path.join(SHARED, "oracles", "ifbench-run.py"),
                           "--input_data", inputs, "--input_response_data", responses,
                           "--output_dir", os.path.join(work, "official")],
                          capture_output=True, text=True, env=env, check=True).stdout
ours = subprocess.run([binary, "score", "--input-data", inputs, "--responses", responses, "--suite", "ifbench",
                       "--output-dir", os.path.join(work, "ours"), "--model", "sample_output", "--report", "none"],
                      capture_output=True, text=True, check=True)
summary = json.load(open(os.path.join(work, "ours", "summary.json")))


def read(path):
    return {str(json.loads(l)["key"]): json.loads(l)["follow_instruction_list"] for l in open(path)}


agree = total = 0
for mode in ("strict", "loose"):
    a = read(os.path.join(work, "official", f"eval_results_{mode}.jsonl"))
    b = read(os.path.join(work, "ours", f"eval_results_{mode}.jsonl"))
    assert a.keys() == b.keys()
    for key in a:
        for x, y in zip(a[key], b[key]):
            total += 1
            agree += x == y

c = summary["counts"]
lines = [
    "# IFBench: the sample model",
    "",
    "The 294 responses IFBench ships (`data/sample_output.jsonl`, ../shared/ifbench/sample) to the",
    "294-prompt test set, scored by `ifeval score --suite ifbench` and by IFBench's own evaluation",
    "flow (`evaluation_lib.py` at commit db69a6f, nltk 3.9.2, run by `../shared/oracles/ifbench-run.py`).",
    "Made by `results/make_ifbench.py`" + (" with `--implemented-only`." if subset else "."),
    "",
]
if subset:
    lines += [f"**Partial:** only the {c['prompts']} prompts whose instruction ids this branch implements are scored "
              "(the others are left out on both sides); rerun the script once all 58 ids are registered.", ""]
lines += [
    "| metric | ifeval score | official output |",
    "| --- | --- | --- |",
]
official_lines = {l.split(":")[0]: l for l in official.strip().splitlines()}
for mode in ("strict", "loose"):
    o = official_lines[mode].split()
    # "strict: prompt-level 0.xxx (a/b) instruction-level 0.yyy (c/d)"
    lines.append(f"| prompt-level {mode} | {summary[f'prompt_level_{mode}_acc']:.6f} ({c[f'prompts_{mode}_followed']}/{c['prompts']}) | {o[2]} {o[3]} |")
    lines.append(f"| instruction-level {mode} | {summary[f'inst_level_{mode}_acc']:.6f} ({c[f'instructions_{mode}_followed']}/{c['instructions']}) | {o[5]} {o[6]} |")
lines += [
    "",
    f"Cells (prompt x instruction, strict and loose) equal to the official output: {agree} / {total}.",
    f"Cells where the official code raises: {summary.get('official_errors')}. Headline (IFBench reports prompt-level loose): "
    f"{summary['prompt_level_loose_acc']:.4f}.",
    "",
    "The official output above is the summary line `ifbench-run.py` prints from the official result files",
    "(`eval_results_strict.jsonl` / `eval_results_loose.jsonl`); `run_eval.py`'s own report prints the",
    "same accuracies.",
    "",
]
open(os.path.join(HERE, "ifbench.md"), "w").write("\n".join(lines))
print("\n".join(lines))
