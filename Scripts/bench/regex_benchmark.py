#!/usr/bin/env python3
"""CPython's side of Scripts/bench/regex_benchmark.sh: len(re.findall(...)) per case
of regex_cases.json, best of three, in milliseconds. Run with CPython 3.11."""
import json
import re
import time
from pathlib import Path

FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}
for case in json.loads((Path(__file__).parent / "regex_cases.json").read_text()):
    flags = 0
    for f in case["flags"]:
        flags |= FLAGS[f]
    text = case["unit"] * case["repeat"] + case["tail"]
    rx = re.compile(case["pattern"], flags)
    best = None
    for _ in range(3):
        t = time.perf_counter()
        n = len(rx.findall(text))
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    print(f"{case['name']:40} {len(text):7} scalars  {n:5} matches  {best * 1000:10.2f} ms")
