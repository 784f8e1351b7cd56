#!/usr/bin/env python3
"""Vectors for `PythonCSVReader`: `list(csv.reader(io.StringIO(text), ...))` in CPython
3.11 with the dialects IFBench uses (excel; delimiter='\\t'), also with field_size_limit(16),
on CSV-shaped texts written for this project and 2,500 seeded random texts over an
alphabet of delimiters, quotes, CR, LF, spaces, NUL and letters: the records, or the
csv.Error message.

Usage: /work/oracles/ifbench/venv/bin/python Scripts/oracle/csv_vectors.py \
    > Tests/IFEvalEngineTests/Vectors/csv_vectors.json
"""
import csv
import io
import json
import random
import sys

WRITTEN = [
    "", "\n", "\n\n", "a", "a\n", "a\n\nb", "a,b,c\n1,2,3", "a,b\r\nc,d\r\n", "a,b\rc,d", "a\r", "a\rb",
    "\r\n", "\r", "\rx", "a,\"b,c\",d", "\"a\"\"b\",c", "\"open", "a,\"open\nstill\",x\ny", "\"a\"b,c",
    "\"a\" ,b", " \"a\",b", "a,,b,", ",", "\"\"", "\"\",\"\"", "ID,Country,City,Year,Count\n1,France,Paris,2020,5",
    "ProductID,Category\n1,\"Caf\u00e9, ltd\"\n2,\"Say \"\"hi\"\"\"", "\"x\"\t\"y\"\n\"1\"\t\"2\"", "a\tb\tc",
    "a\x00b,c", "a,b\u2028c,d\x85e", "\"q\r\"\n", "\"q\"\r\nz", "x\r\r\n", "x\n\r\ny", "\"\"\"\"", "\"a\nb",
]


def run(text, delimiter):
    try:
        return {"records": list(csv.reader(io.StringIO(text), delimiter=delimiter))}
    except csv.Error as error:
        return {"error": str(error)}


def main():
    rng = random.Random(11)
    alphabet = ["a", "b", ",", ",", "\t", "\"", "\"", "\r", "\n", "\n", " ", "\x00", "\u00e9"]
    texts = list(WRITTEN)
    for _ in range(2500):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))))
    cases = []
    for text in texts:
        cases.append({"text": text, "comma": run(text, ","), "tab": run(text, "\t")})
    limited = []
    csv.field_size_limit(16)
    for text in ["a" * 16, "a" * 17, "\"" + "b" * 16 + "\"", "\"" + "b" * 17 + "\"", "x," + "c" * 20, "\"\"\"" * 9]:
        limited.append({"text": text, "comma": run(text, ",")})
    json.dump({"python": sys.version.split()[0], "cases": cases, "limit16": limited},
              sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
