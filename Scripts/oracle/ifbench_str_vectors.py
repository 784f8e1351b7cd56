#!/usr/bin/env python3
"""Vectors for the `str` helpers and `re.match` that IFBench's verifiers call, from
CPython 3.11: `translate` without `string.punctuation`, `strip(string.punctuation + ' ')`,
`find`, `count`, `replace`, `set(nltk.ngrams(s, n))` sizes, and `re.match` with the
patterns of IFBench's verifiers, on the texts of ifbench_texts.py, their lines and words,
and written CSV headers / options / dates / answer lines.

Usage: NLTK_DATA=/work/oracles/ifbench/nltk_data /work/oracles/ifbench/venv/bin/python \
    Scripts/oracle/ifbench_str_vectors.py > Tests/IFEvalEngineTests/Vectors/ifbench_str_vectors.json
"""
import json
import os
import re
import string
import sys

import nltk

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ifbench_texts import TEXTS  # noqa: E402

# The patterns IFBench's verifiers pass to re.match (their meaning, rewritten here).
MATCH_PATTERNS = [
    r"\W*[aA]\W*[bB]\W*[cC]\W*",
    r"^[A-Ea-e][\.|\)]\s*\w+",
    r'".*[^\d\w\s].*"',
    r"^\d{4}-\d{2}-\d{2}$",
    r'^(ProductID|"ProductID"),[ \t]*(Category|"Category"),[ \t]*(Brand|"Brand"),[ \t]*(Price|"Price"),[ \t]*(Stock|"Stock")$',
    r'^(StudentID|"StudentID")\t *(Subject|"Subject")\t *(Grade|"Grade")\t *(Semester|"Semester")\t *(Score|"Score")$',
]
WRITTEN = [
    "ProductID,Category,Brand,Price,Stock", '"ProductID", Category,\tBrand,Price,"Stock"', "ProductID,Category,Brand,Price,Stock\n",
    "StudentID\tSubject\tGrade\tSemester\tScore", '"StudentID"\t "Subject"\tGrade\tSemester\t"Score"\n',
    "a) yes", "B. maybe", "C)", "f) no", "A.\u00e9t\u00e9", "(a), (b), (c)", "A B C", "--a..b--c", "abc",
    '"caf\u00e9!"', '"plain"', '"x y"', "1999-12-31", "1999-12-31\n", "\u0661\u0669\u0669\u0669-12-31", "99-1-1",
]


def main():
    pieces = list(TEXTS) + WRITTEN
    for text in TEXTS:
        pieces += text.split("\n") + text.split()
    pieces = list(dict.fromkeys(pieces))
    strip_chars = string.punctuation + " "
    cases = []
    for s in pieces:
        cases.append({
            "s": s,
            "nopunct": s.translate(str.maketrans("", "", string.punctuation)),
            "strip": s.strip(strip_chars),
            "find_the": s.find("the"), "count_e": s.count("e"), "count_aa": s.count("\u00e9"),
            "replace_quote": s.replace('"', '"""'),
            "ngrams3": len(set(nltk.ngrams(s, 3))),
            "match": [re.match(p, s) is not None and [re.match(p, s).start(), re.match(p, s).end()] or None
                      for p in MATCH_PATTERNS],
        })
    json.dump({"python": sys.version.split()[0], "patterns": MATCH_PATTERNS, "cases": cases},
              sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
