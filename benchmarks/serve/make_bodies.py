#!/usr/bin/env python3
"""Request bodies for the `ifeval serve` benchmark: every shared-data response (the six
response files, matched to the official prompt set by prompt text), cut into batches of
SIZE items, one `POST /v1/verify` body per line ({"items": [...]}, strict and loose).
Written outside the repository (the responses are not ours to commit).

Usage: python3 make_bodies.py SHARED_IFEVAL_DIR OUT_DIR SIZE...
"""
import json
import os
import sys

shared, out = sys.argv[1], sys.argv[2]
prompts = {}
for line in open(os.path.join(shared, "input_data.jsonl"), encoding="utf-8"):
    if line.strip():
        p = json.loads(line)
        prompts[p["prompt"]] = p
items = []
folder = os.path.join(shared, "responses")
for name in sorted(os.listdir(folder)):
    for line in open(os.path.join(folder, name), encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        p = prompts.get(r["prompt"])
        if p is None:
            continue
        items.append({"instruction_id_list": p["instruction_id_list"], "kwargs": p["kwargs"],
                      "prompt": p["prompt"], "response": r["response"]})
os.makedirs(out, exist_ok=True)
for size in map(int, sys.argv[3:]):
    with open(os.path.join(out, f"bodies-{size}.jsonl"), "w", encoding="utf-8") as f:
        for start in range(0, len(items) - size + 1, size):
            f.write(json.dumps({"items": items[start:start + size]}, ensure_ascii=False) + "\n")
print(f"{len(items)} items", file=sys.stderr)
