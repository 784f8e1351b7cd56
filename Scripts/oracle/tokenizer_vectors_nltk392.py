#!/usr/bin/env python3
"""nltk 3.9.2's `sent_tokenize` and `word_tokenize` (what IFBench runs) on the texts of
ifbench_texts.py and on texts written to hit every difference from nltk 3.10.4: curly
quotes and guillemets around sentence ends, apostrophes opening words, the dashes
U+2012...U+2015, U+001C...U+001F as white space, combining marks and other numbers next
to periods, clitics.

Usage:
    NLTK_DATA=/work/oracles/ifbench/nltk_data /work/oracles/ifbench/venv/bin/python \
        Scripts/oracle/tokenizer_vectors_nltk392.py > Tests/IFEvalEngineTests/Vectors/tokenizer_vectors_nltk392.json
"""
import json
import os
import sys

import nltk

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ifbench_texts import TEXTS  # noqa: E402

EXTRA = [
    "He said \u201cStop.\u201d Then he left. \u2018Fine.\u2019 She smiled.",
    "\u00abBonjour.\u00bb Il est parti. \u201cWhy?\u201d she asked! \u201cNo!\u201d",
    "It ended.\u201d And then.\u2019 More.\u00bb Next one.",
    "'The Lottery' and 'Nighthawks' and 'a' and 'I' and 'em and 'tis and 'twas, 'n' roll.",
    "Rock 'n' roll, 'S 'M 'D 'RE 'X 'x 'ſ '9 '\u00b2 'e\u0301 'Ab.",
    "Years 1990\u20132000 \u2012 figure \u2014 em \u2015 bar \u2013 en, a\u2014b.",
    "One.\x1cTwo.\x1d Three.\x1e Four.\x1fFive. Six\x1c.",
    "End with mark e\u0301. Next \u00b2. Then 3\u00b2. A\u0301. B. Initial J. Smith.",
    "Do n't won't can't I'm you're he'll they've she'd. Gonna wanna gimme lemme cannot.",
    "Numbers: 1.5 and 2. Then -3. And .5, ,7 and 4-5. End.",
    "Ellipsis... then . . . spaced. And -- dashes -- too. Also \"quotes\" and ''two'' and ``back``.",
    "\u201cQuoted sentence one.\u201d \u201cQuoted sentence two.\u201d",
    "Mr. Smith said: \u2018I\u2019ll go.\u2019 Dr. Who replied \u00abNo.\u00bb",
    "Tabs\tand\x0bvertical.\x0cFeed. Line\u2028sep. Para\u2029sep. NEL\x85next.",
]

# U+001C...U+001F (white space to Python's `re` and str.split) right after a sentence end,
# an abbreviation, an ellipsis, a closing quote or bracket, and around line breaks.
SEPARATOR_TEMPLATES = [
    "Hello.{s}World is big.", "Hello.{s} World.", "Hello. {s}World.", "Mr.{s}Smith came.", "It is e.g.{s}the best. Then.",
    "U.S.{s}The end.", "Wait...{s}Then go.", "He said.\"{s}Next one.", "(It ended.){s}Next one.", "Is it?{s}Yes!{s}No.",
    "end.{s}lowercase next. Fine.", "No.{s}5 is it. OK.", "A.{s}{s}B. C.", "Stop.{s}\nGo on.", "Stop.\n{s}Go on.",
    "{s}Lead. Trail.{s}", "word{s}.Next. Two", "It costs $5.{s}Really.",
]
EXTRA += [template.format(s=s) for s in "\x1c\x1d\x1e\x1f" for template in SEPARATOR_TEMPLATES]


def main():
    assert nltk.__version__ == "3.9.2", nltk.__version__
    cases = []
    for text in TEXTS + EXTRA:
        cases.append({"text": text, "sentences": nltk.sent_tokenize(text), "tokens": nltk.word_tokenize(text)})
    json.dump({"nltk": nltk.__version__, "cases": cases}, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
