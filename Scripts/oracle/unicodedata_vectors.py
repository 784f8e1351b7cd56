#!/usr/bin/env python3
"""Vectors for `PythonUnicodeData`: CPython 3.11's `unicodedata.normalize('NFD')` and
`('NFKD')` (and IFBench's NFKD-then-ASCII folding) on the texts of ifbench_texts.py,
on every non-ASCII code point of Unicode 14.0 that has a decomposition or a combining
class, grouped 64 to a string (so the test covers the whole table), and on 1,000 seeded
random strings of letters, precomposed letters, Hangul and combining marks in random
order (canonical reordering).

Usage: /work/oracles/ifbench/venv/bin/python Scripts/oracle/unicodedata_vectors.py \
    > Tests/IFEvalEngineTests/Vectors/unicodedata_vectors.json
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ifbench_texts import TEXTS  # noqa: E402


def main():
    assert unicodedata.unidata_version == "14.0.0"
    special = [chr(cp) for cp in range(0xA0, 0x110000)
               if not 0xD800 <= cp <= 0xDFFF
               and (unicodedata.normalize("NFKD", chr(cp)) != chr(cp) or unicodedata.combining(chr(cp)))]
    texts = list(TEXTS)
    texts += ["".join(special[i:i + 64]) for i in range(0, len(special), 64)]
    marks = [chr(c) for c in range(0x300, 0x370)] + ["\u0591", "\u05b0", "\u0e38", "\u093c", "\u3099", "\U0001D165"]
    bases = list("aeouAEOU") + ["\u00e9", "\u1e69", "\u01d5", "\uac00", "\ud4db", "\ufb01", "\u2126", "\u0390"]
    rng = random.Random(3)
    for _ in range(1000):
        texts.append("".join(rng.choice(marks if rng.random() < 0.6 else bases) for _ in range(rng.randint(1, 10))))
    cases = [[t, unicodedata.normalize("NFD", t), unicodedata.normalize("NFKD", t),
              unicodedata.normalize("NFKD", t).encode("ASCII", "ignore").decode("ASCII")] for t in texts]
    json.dump({"unicode": unicodedata.unidata_version, "cases": cases}, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
