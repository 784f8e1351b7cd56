#!/usr/bin/env python3
"""Compares `ifeval score` with the official IFBench results on EVERY cell of given ids,
including prompts that also hold ids the suite does not have yet.

Usage: ifbench_compare_b.py IFEVAL_BINARY SHARED_IFBENCH_DIR WORK_DIR [ID ...]

For each corpus (sample, crosspaired, mutations) the prompts holding one of the ids are
kept, with only the ids the suite accepts (ids still missing are dropped with their
kwargs: every instruction is checked on its own, so the others' verdicts cannot change),
scored with `ifeval score --suite ifbench`, and each remaining cell (strict and loose) is
compared with golden.jsonl at its original position. Without ids: every id the suite
accepts. Prints agreement per id and the first disagreements; exits 1 on any.
"""
import json
import os
import subprocess
import sys
from collections import defaultdict

binary, shared, work = sys.argv[1:4]
listing = json.loads(subprocess.run([binary, "instructions", "--suite", "ifbench", "--json"],
                                    check=True, capture_output=True, text=True).stdout)
accepted = {e["instruction_id"] for e in listing}
# The included IFEval ids are accepted too; their ids have no ':' prefix of IFBench's categories.
ifeval_prefixes = ("keywords:", "language:", "length_constraints:", "detectable_content:",
                   "detectable_format:", "change_case:", "combination:", "startend:", "punctuation:")
wanted = set(sys.argv[4:]) or accepted
os.makedirs(work, exist_ok=True)
tally = defaultdict(lambda: [0, 0])
bad = []
for corpus in ["sample", "crosspaired", "mutations"]:
    base = os.path.join(shared, corpus)
    golden = {}
    for line in open(os.path.join(base, "golden.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        golden[g["key"]] = g
    kept, positions = [], {}
    for line in open(os.path.join(base, "input_data.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        ids = d["instruction_id_list"]
        if not any(i in wanted for i in ids):
            continue
        keep = [n for n, i in enumerate(ids) if i in accepted or i.startswith(ifeval_prefixes)]
        d["instruction_id_list"] = [ids[n] for n in keep]
        d["kwargs"] = [d["kwargs"][n] for n in keep]
        positions[str(d["key"])] = keep
        kept.append(d)
    if not kept:
        continue
    inp = os.path.join(work, corpus + ".jsonl")
    with open(inp, "w", encoding="utf-8") as f:
        for d in kept:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    out = os.path.join(work, corpus)
    subprocess.run([binary, "score", "--suite", "ifbench", "--input-data", inp, "--responses",
                    os.path.join(base, "responses.jsonl"), "--output-dir", out, "--missing", "skip"],
                   check=True, stdout=subprocess.DEVNULL)
    for mode in ["strict", "loose"]:
        for line in open(os.path.join(out, f"eval_results_{mode}.jsonl"), encoding="utf-8"):
            r = json.loads(line)
            key = str(r["key"])
            g = golden[key]
            for n, (i, got) in enumerate(zip(r["instruction_id_list"], r["follow_instruction_list"])):
                if i not in wanted:
                    continue
                want = g[mode][positions[key][n]]
                tally[i][1] += 1
                if got == want:
                    tally[i][0] += 1
                else:
                    bad.append(f"{corpus} key {key} {mode} {i}: official {want}, ours {got}: {r['reasons'][n] if 'reasons' in r else ''}")
for i in sorted(tally):
    a, t = tally[i]
    print(f"  {i:40s} {a:6d} / {t:6d}  {100 * a / t:7.3f}%")
print(f"total {sum(a for a, _ in tally.values())} / {sum(t for _, t in tally.values())} cells")
for b in bad[:30]:
    print(b)
sys.exit(1 if bad else 0)
