#!/usr/bin/env python3
"""Writes Tests/IFEvalEngineTests/Vectors/langdetect_normalize_checksums.json: for each
chunk of 4096 code points (U+0000...U+10FFFF), a checksum of langdetect 1.0.9's
NGram.normalize(ch) and of CPython 3.11's ch.isupper() over the chunk, so that the Swift
port can be compared on every code point without committing a huge table.

checksum = fold of h = (h * 1000003 + value) mod 2**64, starting from the chunk index;
value is ord(normalize(ch)) for "normalize", and 1/0 for "isupper".

Run: /tmp/oracle/bin/python Scripts/oracle/langdetect_normalize_vectors.py"""
import json
import os

from langdetect.utils.ngram import NGram

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "Tests", "IFEvalEngineTests", "Vectors", "langdetect_normalize_checksums.json")
CHUNK = 4096
MASK = (1 << 64) - 1


def checksums(value_of):
    result = []
    for chunk in range(0x110000 // CHUNK):
        h = chunk
        for cp in range(chunk * CHUNK, (chunk + 1) * CHUNK):
            h = (h * 1000003 + value_of(cp)) & MASK
        result.append(str(h))
    return result


def main():
    data = {
        "chunk_size": CHUNK,
        "normalize": checksums(lambda cp: ord(NGram.normalize(chr(cp)))),
        "isupper": checksums(lambda cp: 1 if chr(cp).isupper() else 0),
    }
    with open(OUT, "w", encoding="ascii") as f:
        json.dump(data, f)
        f.write("\n")
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
