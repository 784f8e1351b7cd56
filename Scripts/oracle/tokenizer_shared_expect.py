#!/usr/bin/env python3
"""Expected Punkt sentence counts and all-uppercase word-token counts for every shared
IFEval response and each loose-mode variant of it, written OUTSIDE the repository
(default /tmp/tokenizer_shared_expect.json) for TokenizerSharedDataTests.

Run with the oracle venv (nltk 3.10.4, punkt_tab English model on NLTK_DATA):
    NLTK_DATA=/tmp/nltk_data /tmp/oracle/bin/python Scripts/oracle/tokenizer_shared_expect.py [out.json]

The file holds no response text: for each response file (relative to ../shared/ifeval)
and line, the two counts for the eight variants in this order: response, without "*",
without its first line, without its last line, without both, and those three without "*".
"""
import json
import os
import sys

import nltk
from nltk.tokenize import PunktTokenizer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared", "ifeval")


def variants(response):
    lines = response.split("\n")
    first = "\n".join(lines[1:]).strip()
    last = "\n".join(lines[:-1]).strip()
    both = "\n".join(lines[1:-1]).strip()
    return [
        response,
        response.replace("*", ""),
        first,
        last,
        both,
        first.replace("*", ""),
        last.replace("*", ""),
        both.replace("*", ""),
    ]


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tokenizer_shared_expect.json"
    punkt = PunktTokenizer("english")
    files = sorted(
        os.path.join("responses", f) for f in os.listdir(os.path.join(SHARED, "responses"))
    ) + [os.path.join("mutations", "responses.jsonl")]
    result = {"files": []}
    for rel in files:
        rows = []
        with open(os.path.join(SHARED, rel), encoding="utf-8") as f:
            for line in f:
                response = json.loads(line).get("response") or ""
                counts = []
                for text in variants(response):
                    sentences = len(punkt.tokenize(text))
                    capitals = sum(1 for w in nltk.word_tokenize(text) if w.isupper())
                    counts.append([sentences, capitals])
                rows.append(counts)
        result["files"].append({"path": rel, "counts": rows})
        print(rel, len(rows), file=sys.stderr)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
