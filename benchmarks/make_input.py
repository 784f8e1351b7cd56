#!/usr/bin/env python3
"""Builds a benchmark input from ../shared: every response file of
../shared/ifeval/responses plus the mutations (6,229 scored responses), replicated
until at least N responses, each with a unique key and prompt text (a "[rN] " prefix;
no instruction looks at the prompt text except through kwargs, so verdicts do not
change). Also writes the expected official verdicts (from the golden files) so the
benchmark can check that results are identical.

Usage: python3 make_input.py SHARED_DIR OUT_DIR N
Writes OUT_DIR/input_data.jsonl, OUT_DIR/responses.jsonl, OUT_DIR/golden.jsonl.
Nothing here is committed: the outputs hold response texts.
"""
import glob
import json
import os
import sys

shared, out, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out, exist_ok=True)
sources = [(os.path.join(shared, "ifeval/input_data.jsonl"), f, f.replace("/responses/", "/golden/"))
           for f in sorted(glob.glob(os.path.join(shared, "ifeval/responses/*.jsonl")))]
sources.append(tuple(os.path.join(shared, "ifeval/mutations", n) for n in ("input_data.jsonl", "responses.jsonl", "golden.jsonl")))

base = []  # (prompt record, response, golden record)
for inp, resp, gold in sources:
    prompts = {}
    for line in open(inp, encoding="utf-8"):
        d = json.loads(line)
        prompts[d["prompt"]] = d
    golden = {}
    for line in open(gold, encoding="utf-8"):
        g = json.loads(line)
        golden[g["key"]] = g
    for line in open(resp, encoding="utf-8"):
        r = json.loads(line)
        p = prompts.get(r["prompt"])
        if p is None or p["key"] not in golden:
            continue
        base.append((p, r.get("response"), golden[p["key"]]))

replicas = -(-target // len(base))
key = 0
with open(os.path.join(out, "input_data.jsonl"), "w", encoding="utf-8") as fi, \
     open(os.path.join(out, "responses.jsonl"), "w", encoding="utf-8") as fr, \
     open(os.path.join(out, "golden.jsonl"), "w", encoding="utf-8") as fg:
    for replica in range(replicas):
        for p, response, g in base:
            key += 1
            prompt = f"[r{key}] " + p["prompt"]
            fi.write(json.dumps({"key": key, "prompt": prompt, "instruction_id_list": p["instruction_id_list"], "kwargs": p["kwargs"]}) + "\n")
            fr.write(json.dumps({"prompt": prompt, "response": response}) + "\n")
            fg.write(json.dumps({**g, "key": key}) + "\n")
print(f"{key} responses ({len(base)} distinct, {replicas} replicas) in {out}")
