#!/usr/bin/env python3
"""Vectors for IFBench's basic text analysis, from the pinned IFBench environment
(CPython 3.11, nltk 3.9.2): `str.isdigit` / `str.isnumeric` on every code point, the
English stopword list as nltk reads it, and `RegexpTokenizer(r"\\w+")` tokens and
`count_stopwords` on the texts of ifbench_texts.py.

Usage (IFBench oracle venv):
    NLTK_DATA=/work/oracles/ifbench/nltk_data /work/oracles/ifbench/venv/bin/python \
        Scripts/oracle/ifbench_text_vectors.py > Tests/IFEvalEngineTests/Vectors/ifbench_text_vectors.json
"""
import json
import os
import sys

import nltk

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from codepoint_ranges import ranges  # noqa: E402
from ifbench_texts import TEXTS  # noqa: E402



def main():
    assert nltk.__version__ == "3.9.2", nltk.__version__
    stopwords = nltk.corpus.stopwords.words("english")
    tokenizer = nltk.tokenize.RegexpTokenizer(r"\w+")
    texts = []
    for text in TEXTS:
        tokens = tokenizer.tokenize(text)
        texts.append({
            "text": text,
            "tokens": tokens,
            "stopwords": len([t for t in tokens if t.lower() in stopwords]),
        })
    json.dump({
        "python": sys.version.split()[0],
        "nltk": nltk.__version__,
        "isdigit": ranges(str.isdigit),
        "isnumeric": ranges(str.isnumeric),
        "stopwords_english": stopwords,
        "regexp_word_tokens": texts,
    }, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
