#!/usr/bin/env python3
"""sent_tokenize / word_tokenize vectors on texts where nltk 3.9.2 and 3.10.4 differ (curly quotes
after a sentence end, an apostrophe before a one-letter word, the dashes U+2012..U+2015,
U+001C..U+001F as white space, combining marks and digits in Punkt's classes).

Run once with each oracle, merging into one file:
  NLTK_DATA=$IFBENCH_ORACLE/nltk_data $IFBENCH_ORACLE/venv/bin/python nltk_flavour_vectors.py OUT.json
  NLTK_DATA=/work/oracles/ifeval/nltk_data /work/oracles/ifeval/venv/bin/python nltk_flavour_vectors.py OUT.json
"""
import json
import os
import sys

import nltk

TEXTS = [
    "He said “Stop.” Then he left.",
    "She asked ‘why?’ Nobody knew.",
    "«Bonjour.» Il est parti.",
    "It ended.” And then “another” began.",
    "The 'a priori' case and 'x' marks 'the' spot.",
    "Rock 'n' roll isn't 'b' or 'B'.",
    "Pages 10‒20 – a range — with a dash ― here.",
    "One.\x1cTwo. Three.\x1d Four.",
    "Tab\x1fseparated words: a\x1eb.",
    "Café\u0301. Next sentence é. Then more.",
    "Numbers like ٣.٥ and 12.5 end here. Next.",
    "A. B. C. are initials. e\u0301. is odd.",
    "“Quoted sentence?” she asked. “Yes!” he said.",
    "Don't 'em 'tis 'twas 'n 'd 's 'll 're 've.",
    "He wrote: ‘It’s fine.’ We agreed.",
]

out = sys.argv[1]
data = json.load(open(out)) if os.path.exists(out) else {"texts": TEXTS}
assert data["texts"] == TEXTS
data[nltk.__version__] = [{"sentences": nltk.sent_tokenize(t), "words": nltk.word_tokenize(t)} for t in TEXTS]
json.dump(data, open(out, "w"), ensure_ascii=False, indent=0)
print(nltk.__version__, "written")
