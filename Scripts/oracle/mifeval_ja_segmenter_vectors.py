#!/usr/bin/env python3
"""Test vectors for the M-IFEval Japanese suite's text machinery:
CPython 3.11's `unicodedata.normalize('NFKC', ...)` and ja_sentence_segmenter 0.0.2's
pipeline as M-IFEval's `count_sentences` builds it (normalize, split_newline, the `の`
join, split_punctuation on "。!?"), on texts made here (crafted and random; no M-IFEval
response text).

Run with the M-IFEval oracle's Python (ja_sentence_segmenter 0.0.2, CPython 3.11):
    /work/oracles/mifeval-ja/venv/bin/python Scripts/oracle/mifeval_ja_segmenter_vectors.py
writes Tests/IFEvalEngineTests/Vectors/mifeval_ja_segmenter.json:
  {"nfkc": [[text, nfkc], ...], "segmenter": [[text, normalized, [pieces...]], ...]}
"""
import functools
import json
import os
import random
import unicodedata

from ja_sentence_segmenter.common.pipeline import make_pipeline
from ja_sentence_segmenter.concatenate.simple_concatenator import concatenate_matching
from ja_sentence_segmenter.normalize.neologd_normalizer import normalize
from ja_sentence_segmenter.split.simple_splitter import split_newline, split_punctuation

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT = os.path.join(ROOT, "Tests", "IFEvalEngineTests", "Vectors", "mifeval_ja_segmenter.json")

split_punc2 = functools.partial(split_punctuation, punctuations=r"。!?")
concat_tail_no = functools.partial(concatenate_matching, former_matching_rule=r"^(?P<result>.+)(の)$", remove_former_matched=False)
segmenter = make_pipeline(normalize, split_newline, concat_tail_no, split_punc2)

CRAFTED = [
    "", " ", "　", "今日は晴れです。明日は雨です。", "はい！そうです？いいえ!違う?", "「こんにちは。元気？」と彼は言った。",
    "（注：これは例です。）本文です。", "(注。例!)本文。", "「入れ子「内側。」外側。」終わり。", "私の\n本です。", "の\nです。",
    "これは私の \n本。", "これは私の　\n本。", "これは私の\u2028本。", "行1\r\n行2\r行3\x0b行4\x0c行5\x1c行6\x85行7\u2029行8",
    "ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟ ｳﾞ ﾜﾞ ｦﾞ ｰﾞ", "か\uff9eき", "ＡＢＣ１２３ａｂｃ", "｡｢｣､･", "－‐‑‒–—―─━ーｰ﹣", "~∼∾〜〰～",
    "!\"#$%&'()*+,-./:;<=>?@[¥]^_`{|}~", "！”＃＄％＆’（）＊＋，－．／：；＜＝＞？＠［￥］＾＿｀｛｜｝〜", "a b　c  d", "あ い　う  え",
    "あ a b あ", "漢 字 ABC 漢", "∯。∯ と 。∯ と ∯。", "「∯。」", "文。\n\n\n文。", "  \n  \n文", "の", "のの\nの\nの", "Ｐ．Ｓ．追伸。",
    "１．一つ目。２．二つ目。", "ｈｔｔｐ：／／ｅｘａｍｐｌｅ．ｃｏｍ", "\u3000\u3000全角空白で始まる。\u3000", "絵文字😀です。👍🏽！",
    "e\u0301 ａ\u0301 Å Å", "(「。」)", "「(。)」", "((。))", "「「。」」", "。。。", "!?!?", "？！", "「」。()。",
]

ALPHABET = (list("あいうえおかきくけこのはですま漢字文私本日今") + list("。!?！？｡") + list("「」『』()（）｢｣") +
            ["∯", " ", "\u3000", "\n", "\r\n", "\r", "\u2028", "\x85"] + list("ｶｷﾊﾞﾟｰ") + list("ＡＢ１２ａ") + list("abAB12-~") +
            list("－ー‐—～〜’”\"'") + ["😀", "e\u0301", "¥"])


def pieces(text):
    return list(segmenter(text))


def nfkc_cases(rng):
    cases = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        n = unicodedata.normalize("NFKC", c)
        if n != c and (cp < 0x3400 or cp >= 0xF900):
            cases.append([c, n])
    marks = ["\u0300", "\u0301", "\u0308", "\u0323", "\u0327", "\u3099", "\u309a", "\uff9e", "\uff9f", "\u0345", "\u05b0"]
    bases = list("aeiouAEOUsSkK") + list("ｶｷｸｹｺﾊﾋﾌﾍﾎｳﾜｦｰかはウワ") + ["\u1100", "\u1161", "\u11a8", "\uac00", "\u212b", "\u00c5"]
    for _ in range(1500):
        s = "".join(rng.choice(bases + marks) for _ in range(rng.randint(1, 6)))
        cases.append([s, unicodedata.normalize("NFKC", s)])
    return cases


def main():
    rng = random.Random(23)
    segmenter_cases = []
    for text in CRAFTED:
        segmenter_cases.append([text, next(normalize(text)), pieces(text)])
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        segmenter_cases.append([text, next(normalize(text)), pieces(text)])
    out = {"nfkc": nfkc_cases(rng), "segmenter": segmenter_cases}
    with open(OUTPUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{len(out['nfkc'])} NFKC cases, {len(segmenter_cases)} segmenter cases -> {OUTPUT}")


if __name__ == "__main__":
    main()
