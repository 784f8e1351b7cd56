#!/usr/bin/env python3
"""Writes Tests/IFEvalEngineTests/Vectors/langdetect_cleaning_vectors.json: langdetect
1.0.9's text preparation (URL_RE.sub, then MAIL_RE.sub, then Detector.append and
cleaning_text) on pseudo-random strings built from tokens that stress the regexes
(runs around the 64/255/2076 limits, "@" and "." placements, schemes, Vietnamese marks).

Run: /tmp/oracle/bin/python Scripts/oracle/langdetect_cleaning_vectors.py"""
import json
import os
import random

from langdetect.detector import Detector

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "Tests", "IFEvalEngineTests", "Vectors", "langdetect_cleaning_vectors.json")

TOKENS = ["a", "b", "Z", "0", "9", ".", "-", "_", "@", "@", "@", " ", " ", "  ", ":", "/", "?", "#",
          "&", "~", ";", "+", "=", "!", ",", "h", "http", "https", "http://", "https://", "://",
          "é", "ữ", "\u0301", "\u0323", "A", "e", "ô", "ư", "\n", "\u00a0", "日本", "Кот", "x.y",
          "..", "-.-", "@@", "a@b", ".@.", "a@bc", "x@y.z", "q.w-e_r"]
LONG_TOKENS = ["x" * 63, "x" * 64, "x" * 65, "y" * 254, "y" * 255, "y" * 256, "z" * 300,
               "u" * 2075, "u" * 2076, "u" * 2077, "Ab" * 40, "Ж" * 30]


class Preparer(Detector):
    """A Detector without profiles: only append() and cleaning_text() are used."""

    def __init__(self):  # noqa: D401 - deliberately skips the factory
        self.text = ""
        self.max_text_length = 10000


def main():
    rng = random.Random(20240601)
    texts = []
    for _ in range(500):
        n = rng.randint(1, 12)
        texts.append("".join(rng.choice(TOKENS) for _ in range(n)))
    for _ in range(60):
        parts = [rng.choice(TOKENS) for _ in range(rng.randint(1, 6))]
        parts.insert(rng.randint(0, len(parts)), rng.choice(LONG_TOKENS))
        texts.append("".join(parts))
    # Long texts around the 10,000 code point limit.
    texts.append("ab " * 3333 + "cd  ef")
    texts.append("ab  " * 2600 + "Кот" * 100)
    vectors = []
    for text in texts:
        url_removed = Detector.URL_RE.sub(" ", text)
        mail_removed = Detector.MAIL_RE.sub(" ", url_removed)
        preparer = Preparer()
        preparer.append(text)
        preparer.cleaning_text()
        # Each stage is null where it equals the previous one (keeps the file small).
        vectors.append({"text": text,
                        "url_removed": None if url_removed == text else url_removed,
                        "mail_removed": None if mail_removed == url_removed else mail_removed,
                        "prepared": None if preparer.text == mail_removed else preparer.text})
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(vectors, f, ensure_ascii=True, indent=0, separators=(",", ":"))
        f.write("\n")
    print("wrote %d vectors to %s" % (len(vectors), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
