#!/usr/bin/env python3
"""Builds a prompt pool for the near-duplicate benchmark from the built-in prompt set
(Prompts/builtin_prompts.jsonl, written for this project): each of N prompts is a
built-in prompt (its instruction ids and kwargs unchanged, so the pool validates) with
one or two task sentences of other built-in prompts put in front, as a pool of
generated instructions looks before Self-Instruct's filter: many pairs sharing
boilerplate, some near-duplicates, lengths from about 15 to 120 tokens.

Usage: python3 make_similarity_input.py N OUT.jsonl   (fixed seed; not committed)
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(10000)
    with open(os.path.join(ROOT, "Prompts", "builtin_prompts.jsonl"), encoding="utf-8") as f:
        base = [json.loads(line) for line in f if line.strip()]
    # The first sentence of each prompt is its task.
    tasks = [re.split(r"(?<=[.?!])\s", record["prompt"], maxsplit=1)[0] for record in base]
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        key = 0
        while key < count:
            record = dict(rng.choice(base))
            prefix = " ".join(rng.sample(tasks, rng.choice([1, 1, 2])))
            record["prompt"] = prefix + " " + record["prompt"]
            if record["prompt"] in seen:
                continue
            seen.add(record["prompt"])
            key += 1
            record["key"] = key
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
