#!/usr/bin/env python3
"""Checks every verifier example against the official IFEval checkers.

Usage: NLTK_DATA=... python check_verifier_examples.py LM_EVAL_DIR < examples.json
where examples.json is the output of `ifeval instructions --json` and LM_EVAL_DIR is
a folder holding the unpacked `lm_eval` package (pip download --no-deps lm-eval).
Prints each disagreement and exits 1 if there is one.
"""
import json
import sys

sys.path.insert(0, sys.argv[1])
import langdetect  # noqa: E402
from langdetect import DetectorFactory  # noqa: E402

DetectorFactory.seed = 0
from lm_eval.tasks.ifeval import instructions_registry  # noqa: E402

examples = json.load(sys.stdin)
bad = 0
for e in examples:
    cls = instructions_registry.INSTRUCTION_DICT[e["instruction_id"]]
    inst = cls(e["instruction_id"])
    kwargs = {k: v for k, v in (e["kwargs"] or {}).items() if v}
    inst.build_description(**kwargs)
    official = bool(inst.check_following(e["response"]))
    if official != e["expected"] or (e["ours"] is not None and e["ours"] != official):
        bad += 1
        print(f"{e['instruction_id']}: official {official}, expected {e['expected']}, ours {e['ours']}: {e['response']!r}")
print(f"{len(examples) - bad} of {len(examples)} examples agree with the official checkers")
sys.exit(1 if bad else 0)
