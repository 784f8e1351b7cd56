#!/usr/bin/env python3
"""Writes the code-point ranges of `\\w`, `\\s` and `\\d` as the third-party `regex`
module sees them (nltk 3.10.4 compiles all its patterns with it, through nltk.redos).

Usage: python regex_module_classes.py > Tests/IFEvalEngineTests/Vectors/regex_module_classes.json
"""
import json
import sys

import regex


def ranges(pattern):
    compiled = regex.compile(pattern)
    out = []
    start = None
    for cp in range(0x110000):
        hit = compiled.match(chr(cp)) is not None
        if hit and start is None:
            start = cp
        elif not hit and start is not None:
            out.append([start, cp - 1])
            start = None
    if start is not None:
        out.append([start, 0x10FFFF])
    return out


json.dump({
    "regex_version": regex.__version__,
    "unicode_version": regex._regex_core.unicodedata.unidata_version if hasattr(regex._regex_core, "unicodedata") else None,
    "word": ranges(r"\w"),
    "space": ranges(r"\s"),
    "digit": ranges(r"\d"),
}, sys.stdout)
