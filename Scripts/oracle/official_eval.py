#!/usr/bin/env python3
"""Runs the official IFEval checkers (lm-eval's copy) on a prompt set and a response
file, and prints one line per prompt in the golden layout:
{"key", "instruction_id_list", "strict", "loose"}.

Usage: NLTK_DATA=... python official_eval.py LM_EVAL_DIR PROMPTS.jsonl RESPONSES.jsonl [--seed N] [--time]
LM_EVAL_DIR holds the unpacked `lm_eval` package (pip download --no-deps lm-eval).
Responses are matched by "key" when present, else by prompt text; null is "".
With --time, prints the scoring time and responses per second on stderr.
"""
import json
import sys
import time

sys.path.insert(0, sys.argv[1])
from langdetect import DetectorFactory  # noqa: E402

seed = 0
if "--seed" in sys.argv:
    seed = int(sys.argv[sys.argv.index("--seed") + 1])
DetectorFactory.seed = seed
from lm_eval.tasks.ifeval import utils  # noqa: E402

prompts = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
by_prompt = {}
by_key = {}
for line in open(sys.argv[3], encoding="utf-8"):
    if not line.strip():
        continue
    d = json.loads(line)
    if "key" in d:
        by_key[d["key"]] = d.get("response")
    else:
        by_prompt[d["prompt"]] = d.get("response")

start = time.perf_counter()
out = []
for p in prompts:
    if p["key"] in by_key:
        response = by_key[p["key"]]
    elif p["prompt"] in by_prompt:
        response = by_prompt[p["prompt"]]
    else:
        continue
    response = response or ""
    inp = utils.InputExample(key=p["key"], instruction_id_list=p["instruction_id_list"], prompt=p["prompt"], kwargs=p["kwargs"])
    strict = utils.test_instruction_following_strict(inp, response)
    loose = utils.test_instruction_following_loose(inp, response)
    out.append({"key": p["key"], "instruction_id_list": p["instruction_id_list"],
                "strict": strict.follow_instruction_list, "loose": loose.follow_instruction_list})
elapsed = time.perf_counter() - start
for o in out:
    print(json.dumps(o))
if "--time" in sys.argv:
    print(f"scored {len(out)} responses in {elapsed:.3f} s: {len(out) / elapsed:.1f} responses/s", file=sys.stderr)
