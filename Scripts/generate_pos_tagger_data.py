#!/usr/bin/env python3
"""Generate Sources/IFEvalEngine/TextAnalysis/IFBench/PerceptronTaggerModel+Data.swift.

Reads NLTK's English averaged perceptron tagger in the JSON layout nltk >= 3.9 loads
(../shared/reference-data/averaged-perceptron-tagger-eng/, or the folder given as the
first argument) and embeds it for `PerceptronTagger`. Standard library only.

- classes: the 45 tags, sorted as Python sorts `str`s (by code point), so the tagger's
  argmax can break score ties as `max(classes, key=lambda c: (score[c], c))` does.
- tagdict: "word\\x01tag\\x02" repeated, in file order.
- weights: one ready hash table in a string literal, read in place (no decoding at
  start-up, nothing touched until the tagger first runs). Every number is written in
  base-64 digits, digit d as the character chr(0x30 + d), highest first:
  - the header: for each of the 2**BUCKET_BITS buckets and once more for the end, the
    offset of the bucket's first entry (counted from the end of the header), 4 digits;
  - the entries: feature kind (1 digit: the index of the feature name in FEATURE_NAMES),
    length of the rest of the key in bytes (2 digits), number of weights (1 digit), the
    rest of the key (UTF-8; the key is the feature name, a space and this rest, or just
    "bias"), then per weight, in the file's order: class index (1 digit) and the weight
    in thousandths plus 2**17 (3 digits). Every weight in the file is a float whose repr
    has at most three decimals (checked), so thousandths k give it back exactly as
    Double(k) / 1000 (IEEE division is correctly rounded, as is Python's float()).
  A key's bucket is the top BUCKET_BITS bits of the 32-bit FNV-1a hash of the kind
  byte followed by the rest of the key.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(ROOT, "..", "shared", "reference-data", "averaged-perceptron-tagger-eng")
OUTPUT = os.path.join(
    ROOT, "Sources", "IFEvalEngine", "TextAnalysis", "IFBench", "PerceptronTaggerModel+Data.swift"
)
PREFIX = "averaged_perceptron_tagger_eng."
BUCKET_BITS = 16
OFFSET_DIGITS = 4
WEIGHT_BIAS = 1 << 17
# In the order nltk's PerceptronTagger._get_features adds them (the order of the sums).
FEATURE_NAMES = [
    "bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag", "i word",
    "i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word",
]

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from swift_literal import swift_literal  # noqa: E402


def fnv1a(data):
    h = 0x811C9DC5
    for byte in data:
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def digits(value, count):
    if not 0 <= value < 1 << (6 * count):
        sys.exit(f"{value} does not fit {count} digits")
    return bytes(0x30 + ((value >> (6 * k)) & 0x3F) for k in reversed(range(count)))


def split_key(key):
    """(kind, rest) for a feature key; exactly one feature name fits each key."""
    fits = [i for i, name in enumerate(FEATURE_NAMES)
            if (key == name and name == "bias") or key.startswith(name + " ")]
    if len(fits) != 1:
        sys.exit(f"feature key {key!r} matches {len(fits)} feature names")
    kind = fits[0]
    return kind, "" if key == "bias" else key[len(FEATURE_NAMES[kind]) + 1:]


def weights_table(weights, class_index):
    buckets = [[] for _ in range(1 << BUCKET_BITS)]
    for key, per_class in weights.items():
        kind, rest = split_key(key)
        rest_bytes = rest.encode("utf-8")
        entry = digits(kind, 1) + digits(len(rest_bytes), 2) + digits(len(per_class), 1) + rest_bytes
        for label, weight in per_class.items():
            thousandths = round(weight * 1000)
            if not isinstance(weight, float) or thousandths / 1000 != weight:
                sys.exit(f"weight {weight!r} of {key!r} is not a float of three decimals")
            entry += digits(class_index[label], 1) + digits(thousandths + WEIGHT_BIAS, 3)
        buckets[fnv1a(bytes([kind]) + rest_bytes) >> (32 - BUCKET_BITS)].append(entry)
    header, body = b"", b""
    for bucket in buckets:
        header += digits(len(body), OFFSET_DIGITS)
        body += b"".join(bucket)
    header += digits(len(body), OFFSET_DIGITS)
    return (header + body).decode("utf-8")


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE

    def load(name):
        with open(os.path.join(source, PREFIX + name + ".json"), encoding="utf-8") as f:
            return json.load(f)

    weights, tagdict, classes = load("weights"), load("tagdict"), load("classes")
    classes = sorted(set(classes))
    class_index = {label: i for i, label in enumerate(classes)}
    if any(tag not in class_index for tag in tagdict.values()):
        sys.exit("a tagdict tag is not a class")
    if any("\x01" in w or "\x02" in w for w in tagdict):
        sys.exit("a tagdict word holds a separator")
    table = weights_table(weights, class_index)
    tagdict_text = "".join(f"{word}\x01{tag}\x02" for word, tag in tagdict.items())
    pairs = sum(len(v) for v in weights.values())
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write(
            "// Generated by Scripts/generate_pos_tagger_data.py from NLTK's English averaged\n"
            "// perceptron tagger (averaged_perceptron_tagger_eng; Apache-2.0, see NOTICE). Do not edit.\n\n"
            "extension PerceptronTaggerModel {\n"
            "    enum EnglishData {\n"
            f"        /// The tags, sorted by code point.\n"
            f"        static let classes: [String] = [{', '.join(swift_literal(c) for c in classes)}]\n"
            f"        /// {len(tagdict)} words tagged without the model: word, U+0001, tag, U+0002.\n"
            f"        static let tagdict: StaticString = {swift_literal(tagdict_text)}\n"
            f"        static let bucketBits = {BUCKET_BITS}\n"
            f"        /// {len(weights)} features, {pairs} weights (layout: the generator's docstring).\n"
            f"        static let weights: StaticString = {swift_literal(table)}\n"
            "    }\n"
            "}\n"
        )
    print(f"{len(weights)} features, {pairs} weights, {len(tagdict)} tagdict words, table {len(table)} bytes")


if __name__ == "__main__":
    main()
