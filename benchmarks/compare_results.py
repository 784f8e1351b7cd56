#!/usr/bin/env python3
"""Checks that a run directory's verdicts equal expected official verdicts (a golden
file, or the output of Scripts/oracle/official_eval.py), cell by cell. Cells listed as
unstable in the golden file are skipped, except for the langdetect ids (seed 0).

Usage: python3 compare_results.py RUN_DIR EXPECTED.jsonl
"""
import json
import sys

run, expected_path = sys.argv[1], sys.argv[2]
seeded = {"language:response_language", "change_case:english_capital", "change_case:english_lowercase"}
expected = {}
for line in open(expected_path, encoding="utf-8"):
    e = json.loads(line)
    expected[e["key"]] = e
cells = differ = 0
for mode in ("strict", "loose"):
    for line in open(f"{run}/eval_results_{mode}.jsonl", encoding="utf-8"):
        r = json.loads(line)
        e = expected.get(r["key"])
        if e is None:
            continue
        unstable = set(e.get(f"unstable_{mode}", []))
        for i, (iid, got) in enumerate(zip(r["instruction_id_list"], r["follow_instruction_list"])):
            if i in unstable and iid not in seeded:
                continue
            cells += 1
            if got != e[mode][i]:
                differ += 1
print(f"{cells - differ} of {cells} cells identical ({differ} differ)")
sys.exit(1 if differ else 0)
