#!/usr/bin/env python3
"""Writes, for CPython's `str` predicates, the code-point ranges where they hold for a
one-character string, and every code point whose `lower()` / `upper()` differs from
itself, with the mapping; the final-sigma rule of `lower()` around every code point
(where "cΣ", "AcΣ" and "AΣc" end or have a final ς); the decimal values. Run with CPython 3.11 (Unicode 14.0), as the official
results were made.

Usage: python3.11 python_str_classes.py > Tests/IFEvalEngineTests/Vectors/python_str_classes.json
"""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from codepoint_ranges import ranges  # noqa: E402


def mapping(method):
    out = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        mapped = getattr(chr(cp), method)()
        if mapped != chr(cp):
            out.append([cp, [ord(c) for c in mapped]])
    return out


json.dump({
    "python": sys.version.split()[0],
    "unicode": unicodedata.unidata_version,
    "isspace": ranges(str.isspace),
    "isalpha": ranges(str.isalpha),
    "isalnum": ranges(str.isalnum),
    "isdecimal": ranges(str.isdecimal),
    "isupper": ranges(str.isupper),
    "islower": ranges(str.islower),
    "istitle_char": ranges(lambda c: unicodedata.category(c) == "Lt"),
    "isdigit": ranges(str.isdigit),
    "isnumeric": ranges(str.isnumeric),
    "final_sigma_after": ranges(lambda c: (c + "\u03a3").lower()[-1] == "\u03c2"),
    "final_sigma_around": ranges(lambda c: ("A" + c + "\u03a3").lower()[-1] == "\u03c2"),
    "final_sigma_before": ranges(lambda c: ("A\u03a3" + c).lower()[1] == "\u03c2"),
    "decimal_values": [[cp, unicodedata.decimal(chr(cp))] for cp in range(0x110000) if chr(cp).isdecimal()],
    "lower": mapping("lower"),
    "upper": mapping("upper"),
}, sys.stdout)
