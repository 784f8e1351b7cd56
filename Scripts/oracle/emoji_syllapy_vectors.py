#!/usr/bin/env python3
"""Vectors for `EmojiTable` and `Syllapy`, from the pinned IFBench environment
(emoji 2.15.0, syllapy 0.7.2): `emoji.is_emoji` on every single code point (as ranges)
and on every substring of up to 12 code points of the texts of ifbench_texts.py that
holds a non-ASCII code point; `syllapy.count` on every whitespace-separated word of those
texts, on 3,000 seeded random words from NLTK's tagger vocabulary and letter soup (most
not in syllapy's table, so the fallback rules decide), on hyphenated compounds, and on
Unicode oddities.

Usage:
    NLTK_DATA=/work/oracles/ifbench/nltk_data /work/oracles/ifbench/venv/bin/python \
        Scripts/oracle/emoji_syllapy_vectors.py > Tests/IFEvalEngineTests/Vectors/emoji_syllapy_vectors.json
"""
import json
import os
import random
import sys
import warnings

warnings.simplefilter("ignore")
import emoji  # noqa: E402
import syllapy  # noqa: E402
from nltk.tag.perceptron import PerceptronTagger  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from codepoint_ranges import ranges  # noqa: E402
from ifbench_texts import TEXTS  # noqa: E402



def main():
    assert emoji.__version__ == "2.15.0" and syllapy.__version__ == "0.7.2"
    substrings = set()
    for text in TEXTS:
        for i in range(len(text)):
            for j in range(i + 2, min(len(text), i + 12) + 1):
                s = text[i:j]
                if not s.isascii():
                    substrings.add(s)
    emoji_cases = sorted(substrings)
    emoji_expected = [s for s in emoji_cases if emoji.is_emoji(s)]

    rng = random.Random(7)
    vocabulary = sorted({k.split(" ", 2)[2] for k in PerceptronTagger().model.weights if k.startswith("i word ")})
    words = [w for text in TEXTS for w in text.split()]
    words += [rng.choice(vocabulary) for _ in range(2000)]
    words += ["".join(rng.choice("aeiouylbcdrstnme") for _ in range(rng.randint(1, 9))) for _ in range(600)]
    words += [rng.choice(vocabulary) + "-" + rng.choice(vocabulary) for _ in range(400)]
    words += ["", " ", "-", "--", "a-", "-a", "a-b", "a--b", "a-\nb", "a\n-b", "self-care", "x-1", "1-x",
              "able", "table", "tle", "le", "e", "y", "rhythm", "queue", "Caf\u00e9", "\u00e9t\u00e9", "na\u00efve",
              "\u0663", "abc\u0663", "\u00b2", "STRASSE", "\u0130stanbul", "(hello)", "'quoted'", "...", "?!",
              "the", "The", "THE", "fire", "cheese", "\u212aelvin", "mo\u0301re"]
    syllables = [[w, syllapy.count(w)] for w in words]
    json.dump({
        "emoji": emoji.__version__,
        "syllapy": syllapy.__version__,
        "is_emoji_single": ranges(emoji.is_emoji),
        "is_emoji_substrings": emoji_cases,
        "is_emoji_true": emoji_expected,
        "syllables": syllables,
    }, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
