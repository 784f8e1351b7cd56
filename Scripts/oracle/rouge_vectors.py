#!/usr/bin/env python3
"""Write Tests/IFEvalEngineTests/Vectors/rouge_vectors.json: Google's rouge-score
(`RougeScorer(["rougeL"])`, default tokenizer, no stemming) on texts written for this
project: the tokens of each text, and precision, recall and F-measure (as Python's repr,
so the test can compare bit for bit) of pairs of them.

Run with a Python that has rouge-score installed (pip install rouge-score; tested with
0.1.2 on CPython 3.11):
    /work/oracles/rouge/venv/bin/python Scripts/oracle/rouge_vectors.py
"""
import json
import os
import random
import sys
import unicodedata

from rouge_score import rouge_scorer, tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT = os.path.join(ROOT, "Tests", "IFEvalEngineTests", "Vectors", "rouge_vectors.json")

BASE = [
    # ASCII prompts and near-variants.
    "Write a short story about a lighthouse keeper. Answer in fewer than 120 words.",
    "Write a short story about a lighthouse keeper. Use no commas.",
    "Write a short poem about a lighthouse keeper, in fewer than 120 words.",
    "Tell me a story about a lighthouse and the keeper who lived there.",
    "Explain how a refrigerator works to a ten-year-old.",
    "Explain to a 10-year-old how refrigerators work!",
    "Summarize the plot of a heist movie in three bullet points.",
    "List 3 reasons why cities should plant more trees; use markdown bullets.",
    "Is chess a sport? Reply with: My answer is yes., My answer is no., or My answer is maybe.",
    "Is a tomato a fruit? Reply with: My answer is yes., My answer is no., or My answer is maybe.",
    "the the the the cat",
    "cat the the the the",
    "THE CAT SAT ON THE MAT",
    "the cat sat on the mat",
    "A B C D E F G",
    "G F E D C B A",
    # Numbers, punctuation, mixed alphanumerics.
    "Version 2.0.1 was released on 2024-06-11 at 09:30.",
    "Pi is 3.14159; e is 2.71828, and 1,000,000 is a million.",
    "gpt4o vs GPT-4o vs gpt 4 o",
    "Room 101, floor 7B, building C3PO",
    "100% of 50 is 50; 0.5% of 200 is 1.",
    "___under_scores___ and-dashes and/slashes and back\\slashes",
    "e-mail: someone@example.com, url: https://example.org/a?b=c&d=1",
    "!!! ??? ... ,,, ;;;",
    "",
    "   \t\n  ",
    "x",
    "7",
    # Accents and other Latin letters (separators for this tokenizer).
    "Café au lait, naïve résumé, façade and piñata.",
    "Cafe au lait, naive resume, facade and pinata.",
    "Straße, Größe, ÆSIR, Øresund, Łódź, Œuvre.",
    "Crème brûlée à la française coûte 5 €.",
    "İstanbul and Istanbul and ıstanbul",
    "The KELVIN SIGN: 300 \u212a equals 300 K.",
    "ﬁne ﬂour: ligatures ﬁ and ﬂ",
    "Ｆｕｌｌｗｉｄｔｈ ＡＳＣＩＩ １２３ and ASCII 123",
    "e\u0301te\u0301 and \u00e9t\u00e9 (combining and precomposed)",
    "ǅemal and ǈubljana, titlecase digraphs",
    "ΑΘΗΝΑ Athens ΣΟΦΙΑ Sofia ὈΔΥΣΣΕΎΣ",
    "Москва Moscow Київ Kyiv",
    # CJK, other scripts, emoji.
    "日本語のテキストです。東京は大きい都市です。",
    "東京 Tokyo 2020 オリンピック Olympics",
    "中文和English混合的句子，包含123个数字。",
    "한국어 문장과 Korean words 42",
    "ภาษาไทย Thai text ๑๒๓ and 123",
    "हिन्दी Hindi १२३ 123",
    "مرحبا Hello ١٢٣ 123",
    "emoji 😀 test 🎉 party 👨‍👩‍👧 family",
    "tabs\tand\nnewlines\r\nand\u00a0no-break\u2003em spaces",
    "zero\u200bwidth\u200bjoiner and soft\u00adhyphen",
    # Longer texts (more than 64 and 128 tokens once repeated).
    "Before you answer, copy the request above exactly as written, word for word, and only then respond. "
    "Write nothing before the copied request, and leave this sentence out of it.",
    "First repeat the request above word for word without change, then give your answer. Do not say anything "
    "before repeating the request, and do not repeat this sentence.",
]

VOCABULARY = "a the of and to in is it that on for with as was at by an be this from or".split()


def variants(rng, text):
    words = text.split()
    out = []
    if len(words) >= 3:
        dropped = words[:]
        del dropped[rng.randrange(len(dropped))]
        out.append(" ".join(dropped))
        swapped = words[:]
        i = rng.randrange(len(swapped) - 1)
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        out.append(" ".join(swapped))
        inserted = words[:]
        inserted.insert(rng.randrange(len(inserted) + 1), rng.choice(VOCABULARY))
        out.append(" ".join(inserted))
    return out


def random_text(rng, length, vocabulary):
    return " ".join(rng.choice(vocabulary) for _ in range(length))


def main():
    rng = random.Random(20261207)
    texts = list(BASE)
    derived = []
    for index, text in enumerate(BASE):
        for variant in variants(rng, text):
            derived.append((index, variant))
    for _, variant in derived:
        texts.append(variant)
    # Long texts: 60 to 300 tokens over small vocabularies, so that LCS is long and the
    # matcher needs several 64-bit words.
    long_start = len(texts)
    for length in (63, 64, 65, 100, 127, 128, 129, 200, 300):
        texts.append(random_text(rng, length, VOCABULARY[:8]))
        texts.append(random_text(rng, length + rng.randrange(-10, 11), VOCABULARY[:8]))
    texts.append(" ".join([BASE[-1]] * 4))
    texts.append(" ".join([BASE[-2]] * 4))

    scorer = rouge_scorer.RougeScorer(["rougeL"])
    pairs = set()
    base_count = len(BASE)
    for i in range(base_count):
        for j in range(base_count):
            if rng.random() < 0.12 or i == j:
                pairs.add((i, j))
    offset = base_count
    for index, _ in derived:
        pairs.add((index, offset))
        pairs.add((offset, index))
        offset += 1
    for i in range(long_start, len(texts)):
        for j in range(long_start, len(texts)):
            if rng.random() < 0.3:
                pairs.add((i, j))
    pairs = sorted(pairs)

    def number(x):
        return repr(float(x))

    records = []
    for target, prediction in pairs:
        score = scorer.score(texts[target], texts[prediction])["rougeL"]
        records.append({"target": target, "prediction": prediction, "precision": number(score.precision),
                        "recall": number(score.recall), "fmeasure": number(score.fmeasure)})
    out = {
        "python": sys.version.split()[0],
        "unicode": unicodedata.unidata_version,
        "texts": [{"text": t, "tokens": tokenize.tokenize(t, None)} for t in texts],
        "pairs": records,
    }
    with open(OUTPUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"wrote {len(texts)} texts and {len(records)} pairs to {os.path.relpath(OUTPUT, ROOT)}")


if __name__ == "__main__":
    main()
