#!/usr/bin/env python3
"""Writes Tests/IFEvalEngineTests/Vectors/cpython_random_vectors.json: outputs of
CPython 3.11's random.Random for several seeds, as langdetect consumes them.

Run with the oracle interpreter (CPython 3.11): /tmp/oracle/bin/python Scripts/oracle/cpython_random_vectors.py
Floats are repr strings (exact round trip)."""
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "use CPython 3.11"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "Tests", "IFEvalEngineTests", "Vectors", "cpython_random_vectors.json")

SEEDS = [0, 1, 2, 3, 42, 12345, -7, 2**31 - 1, 2**32, 2**32 + 5, 2**40 + 123, 2**62 + 99]


def vectors_for(seed):
    r = random.Random(seed)
    v = {"seed": seed}
    v["uint32"] = [r.getrandbits(32) for _ in range(8)]
    # Words on both sides of the next twists (every 624 words): [index, word].
    r.seed(seed)
    words = [r.getrandbits(32) for _ in range(2500)]
    v["uint32_across_twists"] = [[i, words[i]] for k in (1, 2, 3) for i in range(624 * k - 3, 624 * k + 3)]
    r.seed(seed)
    v["random"] = [repr(r.random()) for _ in range(8)]
    r.seed(seed)
    v["gauss"] = [repr(r.gauss(0.0, 1.0)) for _ in range(9)]
    r.seed(seed)
    bits = [1, 5, 15, 31, 32, 33, 40, 63, 64]
    v["getrandbits"] = [[k, str(r.getrandbits(k))] for k in bits]
    r.seed(seed)
    sizes = [1, 2, 3, 7, 55, 100, 1000, 29999, 30000, 65537, 2**20 + 1, 2**33 + 17]
    v["choice"] = [[n, r.choice(range(n))] for n in sizes for _ in range(3)]
    # langdetect's pattern: gauss, then choices over the n-gram list; a reseed must
    # drop the cached gauss value.
    r.seed(seed)
    steps = []
    for n in [4, 9, 250, 3, 12000]:
        steps.append(["gauss", repr(r.gauss(0.0, 1.0))])
        for _ in range(3):
            steps.append(["choice", n, r.choice(range(n))])
    assert r.gauss_next is not None  # five gauss calls leave a cached value...
    r.seed(seed)  # ...which seed() drops
    steps.append(["seed"])
    steps.append(["gauss", repr(r.gauss(0.0, 1.0))])
    v["interleaved"] = steps
    return v


def main():
    data = [vectors_for(s) for s in SEEDS]
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
