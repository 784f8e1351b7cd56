#!/usr/bin/env python3
"""Development check data: langdetect 1.0.9 (seed 0) on the shared IFEval responses.

For every response in shared/ifeval/responses/*.jsonl and shared/ifeval/mutations/
responses.jsonl whose prompt (matched by exact text against the input_data.jsonl next
to it) has a language-dependent instruction, computes detect() on the 8 texts the
official loose flow checks (the response, without "*", without the first line, the
last line, both, and those three without "*").

Writes /tmp/langdetect_shared_expectations.json (never commit it: it holds response
text), which LangDetectSharedDataTests reads when present.

Run: /tmp/oracle/bin/python Scripts/oracle/langdetect_shared_expectations.py"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
OUT = "/tmp/langdetect_shared_expectations.json"
IDS = {"language:response_language", "change_case:english_capital", "change_case:english_lowercase"}

sys.path.insert(0, HERE)
from langdetect_vectors import oracle, seeded_factory  # noqa: E402


def loose_variants(response):
    lines = response.split("\n")
    first = "\n".join(lines[1:]).strip()
    last = "\n".join(lines[:-1]).strip()
    both = "\n".join(lines[1:-1]).strip()
    return [response, response.replace("*", ""), first, last, both,
            first.replace("*", ""), last.replace("*", ""), both.replace("*", "")]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    seeded_factory(os.path.join(SHARED, "reference-data", "langdetect"))
    sources = [(p, os.path.join(SHARED, "ifeval", "input_data.jsonl"))
               for p in sorted(glob.glob(os.path.join(SHARED, "ifeval", "responses", "*.jsonl")))]
    sources.append((os.path.join(SHARED, "ifeval", "mutations", "responses.jsonl"),
                    os.path.join(SHARED, "ifeval", "mutations", "input_data.jsonl")))
    texts = {}
    for responses_path, inputs_path in sources:
        prompts = {row["prompt"]: row for row in read_jsonl(inputs_path)}
        for row in read_jsonl(responses_path):
            prompt = prompts.get(row["prompt"])
            if prompt is None or not IDS.intersection(prompt["instruction_id_list"]):
                continue
            for text in loose_variants(row["response"] or ""):
                texts.setdefault(text, os.path.basename(responses_path))
    expectations = []
    for text, source in texts.items():
        language, probabilities = oracle(text)
        expectations.append({"kind": source, "text": text, "language": language,
                             "probabilities": probabilities})
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(expectations, f, ensure_ascii=False)
    print("wrote %d distinct texts to %s" % (len(expectations), OUT))


if __name__ == "__main__":
    main()
