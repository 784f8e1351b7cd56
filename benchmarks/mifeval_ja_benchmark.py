#!/usr/bin/env python3
"""M-IFEval Japanese: `ifeval score --suite mifeval-ja` (release build) against M-IFEval's official
evaluation flow (../shared/oracles/mifeval-ja-run.py, its evaluation_main.py functions) on the six
models' responses and the mutations, in one run: each corpus scored RUNS times by ifeval (median wall)
and once by the official flow; the walls are summed over the corpora, and every stable cell of ours
is checked against the golden files.

    ORACLE=/work/oracles/mifeval-ja IFEVAL=.build-release/release/ifeval python3 benchmarks/mifeval_ja_benchmark.py [RUNS]

Both sides score the same prompts: the `random_*` mutation cases are left out (an input error here,
a random draw there), and so are prompts holding an id the binary's suite does not have (printed).
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "shared"))
ORACLE = os.environ.get("ORACLE", "/work/oracles/mifeval-ja")
IFEVAL = os.environ.get("IFEVAL", os.path.join(HERE, "..", ".build-release", "release", "ifeval"))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
DATA = os.path.join(SHARED, "mifeval-ja")


def wall(command):
    start = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start


def main():
    work = tempfile.mkdtemp(prefix="mifeval-ja-bench.")
    known = {e["instruction_id"] for e in json.loads(subprocess.check_output([IFEVAL, "instructions", "--suite", "mifeval-ja", "--json"]))}
    random_keys = {json.loads(l)["key"] for l in open(os.path.join(DATA, "mutations", "meta.jsonl"))
                   if json.loads(l)["family"].split(":")[-1].startswith("random_")}
    missing = set()
    corpora = []
    models = sorted(f[:-6] for f in os.listdir(os.path.join(DATA, "responses")) if f.endswith(".jsonl"))
    for name in models + ["mutations"]:
        if name == "mutations":
            inp, resp, gold = (os.path.join(DATA, "mutations", f) for f in ("input_data.jsonl", "responses.jsonl", "golden.jsonl"))
        else:
            inp = os.path.join(DATA, "test", "ja_input_data.jsonl")
            resp, gold = os.path.join(DATA, "responses", name + ".jsonl"), os.path.join(DATA, "golden", name + ".jsonl")
        kept = []
        for line in open(inp, encoding="utf-8"):
            d = json.loads(line)
            ids = set(d["instruction_id_list"])
            if d["key"] in random_keys:
                continue
            if not ids <= known:
                missing |= ids - known
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
        path = os.path.join(work, name + ".input.jsonl")
        open(path, "w", encoding="utf-8").writelines(kept)
        corpora.append((name, path, resp, gold, len(kept)))
    ours_total = official_total = 0.0
    prompts = agree = total = 0
    for name, inp, resp, gold, count in corpora:
        out = os.path.join(work, "ours-" + name)
        walls = []
        for _ in range(RUNS):
            shutil.rmtree(out, ignore_errors=True)
            walls.append(wall([IFEVAL, "score", "--input-data", inp, "--responses", resp, "--suite", "mifeval-ja",
                               "--missing", "skip", "--output-dir", out, "--report", "none"]))
        official = wall([os.path.join(ORACLE, "venv", "bin", "python"), os.path.join(SHARED, "oracles", "mifeval-ja-run.py"),
                         "--input_data", inp, "--input_response_data", resp, "--output_dir", os.path.join(work, "official-" + name), "--seed", "0"])
        ours_total += statistics.median(walls)
        official_total += official
        prompts += count
        golden = {json.loads(l)["key"]: json.loads(l) for l in open(gold)}
        for mode in ("strict", "loose"):
            for line in open(os.path.join(out, f"eval_results_{mode}.jsonl"), encoding="utf-8"):
                d = json.loads(line)
                g = golden[d["key"]]
                unstable = set(g.get("unstable_" + mode, []))
                for i, (a, b) in enumerate(zip(d["follow_instruction_list"], g[mode])):
                    if i in unstable:
                        continue
                    total += 1
                    agree += a == b
        print(f"{name}: {count} prompts, ours {statistics.median(walls):.3f} s (median of {RUNS}), official {official:.2f} s", file=sys.stderr)
    if missing:
        print(f"left out (ids not in the binary's suite): {', '.join(sorted(missing))}", file=sys.stderr)
    print(f"| {prompts:,} prompts (6 models + mutations) | {ours_total:.3f} s | {official_total:.2f} s | {official_total / ours_total:.0f}x | {agree:,} / {total:,} |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
