#!/usr/bin/env python3
"""Vectors for `PerceptronTagger`: `nltk.pos_tag(tokens)` (nltk 3.9.2, English model)
on token lists made for this project: nltk.word_tokenize of the texts of
ifbench_texts.py, a sequence where two classes score exactly the same, and 3,000 seeded random sequences of words drawn from the model's own
vocabulary (tag dictionary words and the words of its features, in random case) mixed
with numbers, years, hyphenated words, punctuation, empty strings and Unicode oddities,
so that rare features, unknown words and close scores all occur.

Usage (IFBench oracle venv):
    NLTK_DATA=/work/oracles/ifbench/nltk_data /work/oracles/ifbench/venv/bin/python \
        Scripts/oracle/pos_tag_vectors.py > Tests/IFEvalEngineTests/Vectors/pos_tag_vectors.json
"""
import json
import os
import random
import sys

import nltk
from nltk.tag.perceptron import PerceptronTagger

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ifbench_texts import TEXTS  # noqa: E402

ODD = ["", "-", "--", "-x", "x-", "1-2", "1984", "2024", "12", "3.5", "1,000", "\u0663\u0664\u0665\u0666",
       "\u00b2\u00b3\u00b9\u2070", "\u2460", "\u00bd", "\U0001F600", "\u2764\ufe0f", "e\u0301", "\u0130",
       "\u03a3\u03a3", "STRASSE", "\u00df", "''", "``", "'s", "n't", ".", ",", "?", "!", ":", ";", "(", ")",
       "$", "#", "%", "&", "...", "Mr.", "U.S.", "e.g.", "\u4e2d\u6587", "x\u200by", "ABC", "Abc", "aBC"]


def main():
    assert nltk.__version__ == "3.9.2", nltk.__version__
    tagger = PerceptronTagger()
    words = list(tagger.tagdict)
    for key in tagger.model.weights:
        for name in ("i word ", "i-1 word ", "i+1 word "):
            if key.startswith(name):
                words.append(key[len(name):])
    words = sorted(set(words))
    rng = random.Random(20250607)
    sequences = [nltk.word_tokenize(text) for text in TEXTS if text.strip()]
    # Found by a seeded search: the scores of NN and JJ are exactly equal (11.129) at
    # one word, so the label decides (NN > JJ).
    sequences.append(["certificates", "tol", "borden", "lowzq"])
    for _ in range(3000):
        seq = []
        for _ in range(rng.randint(1, 14)):
            r = rng.random()
            if r < 0.75:
                w = rng.choice(words)
                c = rng.random()
                w = w.capitalize() if c < 0.2 else w.upper() if c < 0.25 else w
            elif r < 0.9:
                w = rng.choice(ODD)
            else:
                w = rng.choice(words) + "-" + rng.choice(words)
            seq.append(w)
        sequences.append(seq)
    out = []
    for seq in sequences:
        tags = [tag for _, tag in nltk.pos_tag(seq)]
        out.append([seq, " ".join(tags)])
    json.dump({"nltk": nltk.__version__, "cases": out}, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
