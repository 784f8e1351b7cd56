#!/usr/bin/env python3
"""Regression vectors for the classes of disagreement that differential fuzzing found
(issue 17 and `Scripts/oracle/differential_fuzz.py`): texts and kwargs written for this
project, with the official checkers' strict and loose verdicts.

  A  code points, not graphemes (Prepend characters, combining marks, CR LF)
  C  json.loads nesting depth on the official call path
  D  code-point identity of sets, dedup, ordering and comparisons
  L  str.lower() / upper() with CPython 3.11's Unicode 14 tables
  N  numeric kwargs as Python compares them (3.0, 2.5, True, inf, NaN, a negative
     capital_frequency)

Usage: NLTK_DATA=/work/oracles/ifeval/nltk_data /work/oracles/ifeval/venv/bin/python \\
  Scripts/oracle/parity_vectors.py [LM_EVAL_DIR] > Tests/IFEvalEngineTests/Vectors/parity_vectors.json

A vector whose official run raises records `"official_error"` (the official evaluation
stops there); we count those as not followed, strict and loose.
"""
import json
import sys
import types

LM = sys.argv[1] if len(sys.argv) > 1 else "/work/oracles/ifeval/wheel/lm_eval_pkg"
for name, path in [("lm_eval", LM + "/lm_eval"), ("lm_eval.tasks", LM + "/lm_eval/tasks")]:
    module = types.ModuleType(name)
    module.__path__ = [path]
    sys.modules[name] = module
from langdetect import DetectorFactory  # noqa: E402

DetectorFactory.seed = 0
from lm_eval.tasks.ifeval import utils  # noqa: E402

PREPEND = ["\u0600", "\u0601", "\u0602", "\u0603", "\u0604", "\u0605", "\u06dd", "\u070f", "\u0890", "\u0891",
           "\u08e2", "\u0d4e", "\U000110bd", "\U000110cd", "\U000111c2", "\U0001193f", "\U00011a3a", "\U00011d46"]

CASES = []


def case(cls, iid, kwargs, response):
    CASES.append((cls, iid, kwargs, response))


# A: stripping, slicing and comparing by code point.
for p in PREPEND:
    case("A", "startend:end_checker", {"end_phrase": p}, p + "\"")
    case("A", "startend:end_checker", {"end_phrase": "end" + p}, "The end" + p + "\"\n")
    case("A", "startend:end_checker", {"end_phrase": p + "x"}, "\"" + p + "x\"")
    case("A", "startend:quotation", {}, "\"" + p + "\"")
    case("A", "startend:quotation", {}, p + "\"")
    case("A", "detectable_format:title", {}, "<<" + p + ">>")
    case("A", "combination:repeat_prompt", {"prompt_to_repeat": p + "\""}, p + "\" and more")
    case("A", "combination:two_responses", {}, "one" + p + "******" + p + "two")
    case("A", "length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 2, "nth_paragraph": 2, "first_word": p + "word"}, "First.\n\n\"" + p + "word\" second")
    case("A", "detectable_format:number_highlighted_sections", {"num_highlights": 1}, "*" + p + "*")
    case("A", "detectable_format:json_format", {}, "```json\n\"" + p + "\"\n```")
    case("A", "detectable_content:number_placeholders", {"num_placeholders": 1}, "[" + p + "]")
for mark in ["\u0301", "\u0308", "\u20dd", "\u200d", "\ufe0f", "\U0001f3fd"]:
    case("A", "startend:end_checker", {"end_phrase": "\""}, "say \"\"" + mark)
    case("A", "startend:end_checker", {"end_phrase": "done"}, "\"done\"" + mark)
    case("A", "startend:quotation", {}, "\"quoted\"" + mark)
    case("A", "combination:repeat_prompt", {"prompt_to_repeat": "ab"}, "a" + mark + "b")
case("A", "startend:end_checker", {"end_phrase": "end"}, "the end\"\r\n")
case("A", "startend:end_checker", {"end_phrase": "\r"}, "line\r\"")
case("A", "length_constraints:nth_paragraph_first_word",
     {"num_paragraphs": 2, "nth_paragraph": 2, "first_word": "next"}, "one\r\n\r\nnext para")
case("A", "combination:two_responses", {}, "a\r\n******\r\nb")

# C: nesting depth of json.loads on the official call path.
for n in [900, 901, 990, 991, 992, 993, 1000]:
    case("C", "detectable_format:json_format", {}, "[" * n + "]" * n)
    case("C", "detectable_format:json_format", {}, "{\"a\": " * (n - 1) + "{}" + "}" * (n - 1))
    opens = ["[" if i % 2 == 0 else "{\"k\":" for i in range(n)]
    closes = ["]" if o == "[" else "}" for o in reversed(opens)]
    case("C", "detectable_format:json_format", {}, "```json\n" + "".join(opens) + "1" + "".join(closes) + "\n```")

# D: code-point identity (Swift's String == and Set<String> use canonical equivalence).
case("D", "keywords:forbidden_words", {"forbidden_words": ["e\u0301", "\u00e9"]}, "\u00e9")
case("D", "keywords:forbidden_words", {"forbidden_words": ["\u00e9", "e\u0301"]}, "e\u0301")
case("D", "keywords:forbidden_words", {"forbidden_words": ["caf\u00e9", "cafe\u0301", "tea"]}, "Un cafe\u0301 noir.")
case("D", "keywords:forbidden_words", {"forbidden_words": ["\u212b", "\u00c5"]}, "\u00c5ngstr\u00f6m")
case("D", "keywords:forbidden_words", {"forbidden_words": ["\u2126", "\u03a9"]}, "\u03a9 ohm")
case("D", "keywords:existence", {"keywords": ["\u00e9", "e\u0301"]}, "\u00e9")
case("D", "keywords:existence", {"keywords": ["e\u0301"]}, "caf\u00e9")
case("D", "combination:two_responses", {}, "Caf\u00e9\n******\nCafe\u0301")
case("D", "combination:two_responses", {}, "\u212b\n******\n\u00c5")
case("D", "length_constraints:nth_paragraph_first_word",
     {"num_paragraphs": 1, "nth_paragraph": 1, "first_word": "caf\u00e9"}, "cafe\u0301 au lait")
case("D", "startend:end_checker", {"end_phrase": "e\u0301"}, "caf\u00e9")
case("D", "startend:end_checker", {"end_phrase": "\u00e9"}, "cafe\u0301")
case("D", "combination:repeat_prompt", {"prompt_to_repeat": "caf\u00e9"}, "cafe\u0301, please")
case("D", "detectable_format:constrained_response", {}, "My answer is yes\u037e")
case("D", "language:response_language", {"language": "en"}, "This is an ordinary English answer with enough words.")

# L: str.lower() / str.upper() with CPython 3.11's tables (full mappings, final sigma).
case("L", "startend:end_checker", {"end_phrase": "i\u0307"}, "\u0130")
case("L", "startend:end_checker", {"end_phrase": "\u03c2"}, "\u039f\u0394\u039f\u03a3")
case("L", "startend:end_checker", {"end_phrase": "\u03c3"}, "\u039f\u0394\u039f\u03a3")
case("L", "startend:end_checker", {"end_phrase": "\u03a3"}, "\u039f\u0394\u039f\u03a3")
case("L", "startend:end_checker", {"end_phrase": "\u1e9e"}, "STRA\u1e9e")
case("L", "startend:end_checker", {"end_phrase": "\ua7cb"}, "\u0264")
case("L", "startend:end_checker", {"end_phrase": "\u0264"}, "\ua7cb")
case("L", "combination:repeat_prompt", {"prompt_to_repeat": "\u0130stanbul"}, "i\u0307stanbul is big")
case("L", "combination:repeat_prompt", {"prompt_to_repeat": "\u03a3\u0391\u03a3 x"}, "\u03c3\u03b1\u03c2 x y")
case("L", "keywords:letter_frequency", {"letter": "i", "let_frequency": 2, "let_relation": "at least"}, "\u0130\u0130")
case("L", "keywords:letter_frequency", {"letter": "k", "let_frequency": 1, "let_relation": "at least"}, "\u212a")
case("L", "change_case:english_capital", {}, "THIS IS AN ANSWER IN CAPITAL LETTERS WITH \ua7cb AND \U0001e900.")
case("L", "change_case:english_lowercase", {}, "this is an answer in lowercase letters with \u0264 and \u1c8a.")
case("L", "change_case:english_lowercase", {}, "this is an answer in lowercase letters with \u10fc \ua7f2.")
case("L", "change_case:capital_word_frequency", {"capital_frequency": 2, "capital_relation": "at least"}, "NASA \u1c89X ESA")

# N: thresholds compared as Python compares an int with a float, a bool, inf or NaN.
for t in [2, 2.0, 2.5, 1.5, True, float("inf"), float("nan")]:
    for rel in ["less than", "at least"]:
        case("N", "length_constraints:number_words", {"num_words": t, "relation": rel}, "two words")
        case("N", "keywords:frequency", {"keyword": "war", "frequency": t, "relation": rel}, "war and war")
        case("N", "keywords:letter_frequency", {"letter": "a", "let_frequency": t, "let_relation": rel}, "a banana")
        case("N", "length_constraints:number_sentences", {"num_sentences": t, "relation": rel}, "One. Two.")
        case("N", "change_case:capital_word_frequency", {"capital_frequency": t, "capital_relation": rel}, "NASA and ESA")
    case("N", "detectable_format:number_bullet_lists", {"num_bullets": t}, "* one\n* two")
    case("N", "detectable_content:number_placeholders", {"num_placeholders": t}, "[a] and [b]")
    case("N", "detectable_format:number_highlighted_sections", {"num_highlights": t}, "*a* and *b*")
    case("N", "detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": t}, "SECTION 1 a SECTION 2 b")
    case("N", "length_constraints:number_paragraphs", {"num_paragraphs": t}, "one\n***\ntwo")
    case("N", "length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": t, "nth_paragraph": 1, "first_word": "one"}, "one\n\ntwo")
# A kwargs name given twice: json.loads keeps the last value, then falsy values are
# dropped ("kwargs_pairs" lists the members in order, duplicates kept).
PAIRS = [
    ("length_constraints:number_words", [["num_words", 0], ["num_words", 3], ["relation", "less than"]], "a b"),
    ("length_constraints:number_words", [["num_words", 3], ["num_words", 2], ["relation", "less than"]], "a b"),
    ("keywords:forbidden_words", [["forbidden_words", ["a"]], ["forbidden_words", ["b"]]], "a"),
    ("startend:end_checker", [["end_phrase", "x"], ["end_phrase", "y"]], "y"),
]
for t in [-1, -2.5]:
    for rel in ["less than", "at least"]:
        case("N", "change_case:capital_word_frequency", {"capital_frequency": t, "capital_relation": rel}, "NASA and ESA")


def main():
    # Called from main(), as the reference oracle calls the checkers: the stack depth
    # decides where json.loads raises RecursionError (992 levels parse here).
    out = []
    for iid, pairs, response in PAIRS:
        CASES.append(("N", iid, pairs, response))
    for cls, iid, kwargs, response in CASES:
        pairs = None
        if isinstance(kwargs, list):
            pairs, kwargs = kwargs, dict(kwargs)
        inp = utils.InputExample(key=0, instruction_id_list=[iid], prompt="p", kwargs=[kwargs])
        vector = {"class": cls, "id": iid, "kwargs": kwargs, "response": response}
        if pairs is not None:
            vector["kwargs_pairs"] = pairs
        try:
            strict = utils.test_instruction_following_strict(inp, response).follow_instruction_list[0]
            loose = utils.test_instruction_following_loose(inp, response).follow_instruction_list[0]
            vector.update(strict=bool(strict), loose=bool(loose))
        except RecursionError as error:
            vector.update(strict=False, loose=False, official_error=f"RecursionError: {error}")
        out.append(vector)
    json.dump(out, sys.stdout, ensure_ascii=True, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
