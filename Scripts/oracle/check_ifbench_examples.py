#!/usr/bin/env python3
"""Checks the IFBench verifiers' examples against IFBench's own checkers.

Usage:
  ifeval instructions --suite ifbench --json > examples.json
  NLTK_DATA=$ORACLE/nltk_data $ORACLE/venv/bin/python check_ifbench_examples.py IFBENCH_DIR < examples.json
where IFBENCH_DIR holds the official `ifbench` package (../shared/reference-code/ifbench) and
ORACLE is the IFBench oracle (../shared/oracles/ifbench-setup.sh). Null kwargs are dropped as the
official strict pass drops them; an exception is reported as "raises". Prints each disagreement
and exits 1 if there is one.
"""
import json
import sys

sys.path.insert(0, sys.argv[1])
import nltk  # noqa: E402

nltk.download = lambda *a, **k: False  # the package downloads at import; the oracle has the data
from ifbench import instructions_registry  # noqa: E402

examples = json.load(sys.stdin)
bad = 0
for e in examples:
    inst = instructions_registry.INSTRUCTION_DICT[e["instruction_id"]](e["instruction_id"])
    kwargs = {k: v for k, v in (e["kwargs"] or {}).items() if v is not None}
    inst.build_description(**kwargs)
    args = inst.get_instruction_args()
    if args and "prompt" in args:
        inst.build_description(prompt=e["prompt"])
    try:
        official = bool(inst.check_following(e["response"]))
    except Exception as error:  # noqa: BLE001
        official = "raises %s" % type(error).__name__
    if official != e["expected"] or (e["ours"] is not None and e["ours"] != official):
        bad += 1
        print(f"{e['instruction_id']}: official {official}, expected {e['expected']}, ours {e['ours']}: {e['response']!r}")
print(f"{len(examples) - bad} of {len(examples)} examples agree with the official checkers")
sys.exit(1 if bad else 0)
