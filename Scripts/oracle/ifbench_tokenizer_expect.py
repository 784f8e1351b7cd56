#!/usr/bin/env python3
"""nltk 3.9.2's sent_tokenize and word_tokenize on every IFBench response of ../shared/ifbench
(sample, crosspaired, mutations) and its loose variants, for IFBenchTokenizerTests.

Usage: NLTK_DATA=$ORACLE/nltk_data $ORACLE/venv/bin/python ifbench_tokenizer_expect.py SHARED OUT.jsonl
Writes one line per distinct text: {"text", "sentences", "words"} (words of the text as given and,
as count:pronouns tokenizes it, of its lower-case form: "lower_words"). OUT stays outside the
repository (it holds response texts).
"""
import json
import sys

import nltk

shared, out_path = sys.argv[1], sys.argv[2]
assert nltk.__version__ == "3.9.2", nltk.__version__
seen = set()
with open(out_path, "w") as out:
    for corpus in ("sample", "crosspaired", "mutations"):
        for line in open(f"{shared}/ifbench/{corpus}/responses.jsonl"):
            response = json.loads(line)["response"] or ""
            r = response.split("\n")
            first, last, both = "\n".join(r[1:]).strip(), "\n".join(r[:-1]).strip(), "\n".join(r[1:-1]).strip()
            for text in (response, response.replace("*", ""), first, last, both,
                         first.replace("*", ""), last.replace("*", ""), both.replace("*", "")):
                if text in seen:
                    continue
                seen.add(text)
                out.write(json.dumps({"text": text, "sentences": nltk.sent_tokenize(text),
                                      "words": nltk.word_tokenize(text),
                                      "lower_words": nltk.word_tokenize(text.lower())}) + "\n")
print(len(seen), "texts")
