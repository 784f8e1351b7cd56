#!/usr/bin/env python3
"""Expected text analysis of every shared IFBench response (../shared/ifbench/{sample,
crosspaired,mutations}/responses.jsonl) under the pinned IFBench environment (nltk
3.9.2): for each response, in file order, 32-bit FNV-1a hashes (of the UTF-8 of the
items joined by U+0001) of `nltk.sent_tokenize(r)`, of `nltk.word_tokenize(r)` and of
`nltk.pos_tag(nltk.word_tokenize(r))`'s tags (all of them for `sample`, the first
TAG_LIMIT for the larger corpora, so that the debug-built test stays quick; the tagger is
greedy, so a prefix of the tags is what tagging the whole list gives), then `count_words(r)` and
`count_stopwords(r)` (RegexpTokenizer(r"\\w+")). No response text is written.

Usage:
    NLTK_DATA=/work/oracles/ifbench/nltk_data /work/oracles/ifbench/venv/bin/python \
        Scripts/oracle/ifbench_shared_text_expect.py > Tests/IFEvalEngineTests/Vectors/ifbench_shared_text.json
"""
import json
import os
import sys

import nltk

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared", "ifbench")
CORPORA = ["sample", "crosspaired", "mutations"]
TAG_LIMIT = 60


def fnv(items):
    h = 0x811C9DC5
    for byte in "\x01".join(items).encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return "%08x" % h


def main():
    assert nltk.__version__ == "3.9.2", nltk.__version__
    stopwords = nltk.corpus.stopwords.words("english")
    words = nltk.tokenize.RegexpTokenizer(r"\w+")
    out = {"nltk": nltk.__version__, "files": []}
    for corpus in CORPORA:
        limit = None if corpus == "sample" else TAG_LIMIT
        rows = []
        with open(os.path.join(SHARED, corpus, "responses.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line).get("response") or ""
                tokens = nltk.word_tokenize(r)
                tags = [t for _, t in nltk.pos_tag(tokens)][:limit] if tokens else []
                w = words.tokenize(r)
                rows.append([fnv(nltk.sent_tokenize(r)), fnv(tokens), fnv(tags), len(w),
                             len([t for t in w if t.lower() in stopwords])])
        out["files"].append({"path": corpus + "/responses.jsonl", "tag_limit": limit, "rows": rows})
    json.dump(out, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
