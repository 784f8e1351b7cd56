#!/usr/bin/env python3
"""Test vectors for the JSON parser: whether CPython 3.11's `json.loads` accepts each
text and, when it does, the decoded strings it holds (in document order).

Usage: python3.11 json_vectors.py > Tests/IFEvalEngineTests/Vectors/json_vectors.json
"""
import json
import random
import sys

base = [
    '{}', '[]', '""', '0', '-0', '1.5', '-1.5e10', '1E+2', '1e-2', '01', '1.', '.5', '-', '+1', '1e', '1e+',
    'NaN', '-NaN', 'Infinity', '-Infinity', 'infinity', 'nan', 'true', 'false', 'null', 'True', 'tru', 'nul',
    '{"a": 1, "a": 2}', '{"a" : [true, false, null]}', '{1: 2}', "{'a': 1}", '[1,]', '[,1]', '{"a":1,}', '[1 2]',
    '"\\u00e9"', '"\\u00G9"', '"\\ud83d\\ude00"', '"\\/"', '"\\a"', '"a\tb"', '"a\x7fb"', '"\\""', '"\\\\"',
    '"\\b\\f\\n\\r\\t"', '"unterminated', '"\\u12"', '[1\f]', ' [1] ', '\t{"a":\n1}\r\n', '\ufeff1', '1 2',
    '[[[[[]]]]]', '{"a":{"b":{"c":[1,{"d":"e"}]}}}', '"\u2028\u2029"', '"emoji 😀"', '"é"', '[1e999]', '[-1e999]',
    '1' * 4300, '1' * 4301, '-' + '1' * 4300, '1' * 4301 + '.0', '1' * 4301 + 'e1', '12345678901234567890123',
    '{"key": "value" /* comment */}', '[1] // c', '{"a":1}}', '[1]]', '{"a"}', '{"a":}', '{:1}', '"\x00"',
    '"\\u0000"', '[true false]', '[null,null]', '{"":""}', '{"a":"\\uD800"}', '{"a":"\\uDC00"}', '"\\uD800\\u0041"',
    '``` {"a":1}', '{"a":1}\n```', '[\n  1,\n  2\n]', '-01', '-0.0e-0', '0.000001', '1.0E', '2.e3', '"\\U0041"',
]
random.seed(7)
pieces = ['{', '}', '[', ']', ',', ':', '"a"', '"b\\n"', '1', '-2.5e3', 'true', 'null', ' ', '\n', 'NaN', '"\\u00e9"', '""']
for _ in range(300):
    base.append(''.join(random.choice(pieces) for _ in range(random.randint(1, 9))))


class PairList(list):
    pass


def ordered_strings(text):
    out = []

    def collect(value):
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, PairList):
            for k, v in value:
                out.append(k)
                collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)
    collect(json.loads(text, object_pairs_hook=PairList))
    return out


vectors = []
seen = set()
for text in base:
    if text in seen:
        continue
    seen.add(text)
    try:
        json.loads(text)
        vectors.append({"text": text, "valid": True, "strings": ordered_strings(text)})
    except ValueError:
        vectors.append({"text": text, "valid": False})
json.dump(vectors, sys.stdout, ensure_ascii=True)
