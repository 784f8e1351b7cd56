#!/usr/bin/env python3
"""Writes a prompt set and responses where every prompt has four kwargs patterns that
backtrack catastrophically on its response (issue 20 item 8: a run that would take
CPython's `re` hours), to time how `ifeval score` bounds them.

Usage: catastrophic_prompts.py OUT_DIR [N_PROMPTS=200]
  -> OUT_DIR/prompts.jsonl, OUT_DIR/responses.jsonl
"""
import json
import os
import sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "prompts.jsonl"), "w") as p, open(os.path.join(out, "responses.jsonl"), "w") as r:
    for key in range(1, n + 1):
        prompt = f"Catastrophic prompt {key}."
        # Three lines, so that the loose variants differ from the response; each
        # pattern first fails on the run of a's (2^24 to 2^30 ways to split it).
        words = "a" * (24 + key % 7)
        response = f"{words}!\n{words}!\nTitle {key}"
        p.write(json.dumps({
            "key": key, "prompt": prompt,
            "instruction_id_list": ["keywords:existence", "keywords:frequency", "keywords:forbidden_words",
                                    "detectable_content:postscript"],
            "kwargs": [{"keywords": [r"(\w+\s?)*$"]},
                       {"keyword": r"(a+)+$", "frequency": 1, "relation": "at least"},
                       {"forbidden_words": [r"(a|a)+$"]},
                       {"postscript_marker": r"(a|a)*$"}],
        }) + "\n")
        r.write(json.dumps({"key": key, "response": response}) + "\n")
