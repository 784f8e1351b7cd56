#!/usr/bin/env python3
"""Writes, for CPython's `str` predicates, the code-point ranges where they hold for a
one-character string, and every code point whose `lower()` / `upper()` differs from
itself, with the mapping. Run with CPython 3.11 (Unicode 14.0), as the official
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
    "lower": mapping("lower"),
    "upper": mapping("upper"),
}, sys.stdout)
