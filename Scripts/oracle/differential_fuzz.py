#!/usr/bin/env python3
"""Differential fuzzer: random responses and kwargs for all 25 IFEval instruction ids,
scored by the official checkers (lm-eval's copy) and by `ifeval score`, compared cell
by cell (one cell = one instruction of one response, strict and loose).

Usage (run with the oracle's Python 3.11, which has nltk, langdetect, immutabledict):
  NLTK_DATA=/work/oracles/ifeval/nltk_data /work/oracles/ifeval/venv/bin/python \\
    Scripts/oracle/differential_fuzz.py --ifeval .build/release/ifeval \\
    --seed 1 --cases 20000 [--chunk 1000] [--jobs 2] [--out /tmp/fuzz] \\
    [--lm-eval /work/oracles/ifeval/wheel/lm_eval_pkg] [--shrink 40] [--first-chunk 0]

What a case is: one response and 1-4 instructions, each in its own prompt (so that a
pattern we refuse loses one cell, not the response). Thresholds are the official
measure of the response (words, sentences, keyword matches, ...) minus one, exactly,
or plus one. Responses are built from English and other-language text, markdown
pieces (bullets, highlights, <<titles>>, *** dividers, SECTION markers, P.S., JSON,
fences) and Unicode from every block (Unicode 15/16 characters, Prepend characters,
combining marks, CJK, RTL, emoji sequences, CR / CRLF / U+2028, case-mapping corner
cases), sometimes long. Regex-valued kwargs (keywords, forbidden words, section
splitters, postscript markers) come from a grammar of Python's `re` syntax: classes,
lazy / possessive quantifiers, groups, named groups, backreferences, lookarounds,
conditionals, atomic groups, inline and scoped flags, verbose mode, \\N{...}, comments.

The official side runs each cell with langdetect's DetectorFactory.seed = 0, as the
reference results were made; cells of the three langdetect-based ids are run again
with seeds 1, 2, 3 and left out as unstable when the result changes. A cell where the
official code raises (RecursionError, KeyError, TypeError, re.error...) is recorded as
an official crash, not compared. Our side is one `ifeval score` run per chunk; a
prompt whose kwargs it refuses (exit 2, `file:line:` errors) is taken out and the
chunk run again; a refused prompt whose pattern Python compiles counts as a
disagreement of category "refused: <reason>".

Each chunk of `--chunk` cases is generated from random.Random("<seed>:<chunk index>"),
so a run is reproducible and any chunk can be rerun alone (`--first-chunk K --cases
CHUNK`). Writes to --out: per chunk input/response files while running, and at the
end `summary.json`, `disagreements.jsonl` (every disagreeing cell), `minimal.jsonl`
(up to --shrink disagreeing cells with the response shrunk while they still
disagree, one per category and id first) and `crashes.jsonl`.
"""
import argparse
import json
import multiprocessing
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import types
import warnings

warnings.simplefilter("ignore")  # re's FutureWarnings about possible set operations

LM_EVAL_DEFAULT = "/work/oracles/ifeval/wheel/lm_eval_pkg"
LANG_IDS = {"language:response_language", "change_case:english_capital", "change_case:english_lowercase"}
ALL_IDS = [
    "keywords:existence", "keywords:frequency", "keywords:forbidden_words", "keywords:letter_frequency",
    "language:response_language", "length_constraints:number_sentences", "length_constraints:number_paragraphs",
    "length_constraints:number_words", "length_constraints:nth_paragraph_first_word",
    "detectable_content:number_placeholders", "detectable_content:postscript",
    "detectable_format:number_bullet_lists", "detectable_format:constrained_response",
    "detectable_format:number_highlighted_sections", "detectable_format:multiple_sections",
    "detectable_format:json_format", "detectable_format:title", "combination:two_responses",
    "combination:repeat_prompt", "startend:end_checker", "change_case:capital_word_frequency",
    "change_case:english_capital", "change_case:english_lowercase", "punctuation:no_comma", "startend:quotation",
]

# ---------------------------------------------------------------------------------------
# The official checkers

_official = None


def official():
    """The official modules, imported once per process without lm_eval/tasks/__init__.py
    (which needs the whole harness; the checkers need only nltk, langdetect,
    immutabledict)."""
    global _official
    if _official is None:
        lm = os.environ["FUZZ_LM_EVAL"]
        for name, path in [("lm_eval", lm + "/lm_eval"), ("lm_eval.tasks", lm + "/lm_eval/tasks")]:
            if name not in sys.modules:
                module = types.ModuleType(name)
                module.__path__ = [path]
                sys.modules[name] = module
        import logging
        logging.disable(logging.CRITICAL)  # langdetect failures are logged by the checkers
        from langdetect import DetectorFactory
        from lm_eval.tasks.ifeval import instructions, instructions_util, utils
        _official = types.SimpleNamespace(utils=utils, util=instructions_util, instructions=instructions,
                                          factory=DetectorFactory)
    return _official


REFERENCE_JSON_DEPTH = 992
_limits = {}


def run_official(prompt, iid, kwargs, response, seed):
    """(strict, loose) for one cell, or raises what the official code raises. Called
    from a function, as the reference oracle is: the depth of the stack decides where
    json.loads runs out of recursion (see JSONParser.pythonMaximumDepth)."""
    o = official()
    o.factory.seed = seed
    # The reference oracle calls the checkers from main(), where json.loads parses 992
    # nested levels and raises RecursionError at 993. How deep a caller may go depends on
    # everything below it on the stack (frames and C re-entries, as in pool workers), so
    # the recursion limit is calibrated once per call depth to give that same answer.
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    if depth not in _limits:
        sys.setrecursionlimit(1000)
        probe = o.utils.InputExample(key=0, instruction_id_list=["detectable_format:json_format"], prompt="p", kwargs=[{}])
        for n in range(1000, 800, -1):
            try:
                o.utils.test_instruction_following_strict(probe, "[" * n + "]" * n)
                break
            except RecursionError:
                continue
        _limits[depth] = 1000 + REFERENCE_JSON_DEPTH - n
    sys.setrecursionlimit(_limits[depth])
    inp = o.utils.InputExample(key=0, instruction_id_list=[iid], prompt=prompt, kwargs=[kwargs])
    strict = o.utils.test_instruction_following_strict(inp, response).follow_instruction_list[0]
    loose = o.utils.test_instruction_following_loose(inp, response).follow_instruction_list[0]
    return bool(strict), bool(loose)


class CPUBudgetExceeded(Exception):
    pass


class cpu_budget:
    """Raises CPUBudgetExceeded in the block after `seconds` of CPU time (a pattern that
    backtracks catastrophically would keep Python's `re` busy for minutes or more; sre
    checks for signals while it matches)."""

    def __init__(self, seconds):
        self.seconds = seconds

    def __enter__(self):
        def expired(*_):
            raise CPUBudgetExceeded(f"more than {self.seconds} s of CPU")
        self.previous = signal.signal(signal.SIGVTALRM, expired)
        signal.setitimer(signal.ITIMER_VIRTUAL, self.seconds)

    def __exit__(self, *_):
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, self.previous)
        return False


OFFICIAL_CPU_SECONDS = 20


def official_cell(cell):
    try:
        with cpu_budget(OFFICIAL_CPU_SECONDS):
            result = run_official(cell["prompt"], cell["id"], cell["kwargs"], cell["response"], 0)
    except BaseException as error:  # noqa: BLE001 - a crash is a result
        return {"crash": f"{type(error).__name__}: {str(error)[:200]}"}
    out = {"strict": result[0], "loose": result[1]}
    if cell["id"] in LANG_IDS:
        for seed in (1, 2, 3):
            try:
                with cpu_budget(OFFICIAL_CPU_SECONDS):
                    again = run_official(cell["prompt"], cell["id"], cell["kwargs"], cell["response"], seed)
                if again != result:
                    out["unstable"] = True
                    break
            except BaseException:  # noqa: BLE001
                out["unstable"] = True
                break
    return out


# ---------------------------------------------------------------------------------------
# Text grammar

WORDS = ("the a an of and to in is it that for on with as was be by this are or from at have not but "
         "they you we his her their one all would there what so up out if about who get which go me when "
         "make can like time no just him know take people into year your good some could them see other "
         "than then now look only come its over think also back after use two how our work first well way "
         "even new want because any these give day most us apple river mountain signal potato morning "
         "agency primary problem president brush trainer western sentence dump spot bottom welcome "
         "research catalog cat dog section part chapter note answer response summary title json").split()
PROPER = ["NASA", "UN", "USA", "EU", "Dr.", "Mr.", "Mrs.", "Ph.D.", "U.S.", "e.g.", "i.e.", "etc.", "Inc.",
          "St.", "Jr.", "a.m.", "p.m.", "No.", "vs.", "Fig.", "Alice", "Bob", "Paris", "O'Neil", "McDonald",
          "iPhone", "GPT-4", "COVID-19", "3.14", "1,000", "$5", "50%", "2023-01-01", "10:30", "#tag", "@user",
          "http://example.com/a?b=c", "user@example.org", "can't", "won't", "I'm", "they'd", "y'all", "gonna"]
FOREIGN = {
    "fr": "Le chat dort sur la table pendant que la pluie tombe doucement sur la ville ancienne.",
    "de": "Die Katze schläft auf dem Tisch, während der Regen leise auf die alte Stadt fällt.",
    "es": "El gato duerme sobre la mesa mientras la lluvia cae suavemente sobre la ciudad antigua.",
    "it": "Il gatto dorme sul tavolo mentre la pioggia cade dolcemente sulla città antica.",
    "pt": "O gato dorme sobre a mesa enquanto a chuva cai suavemente sobre a cidade antiga.",
    "ru": "Кошка спит на столе, пока дождь тихо падает на старый город.",
    "uk": "Кіт спить на столі, поки дощ тихо падає на старе місто.",
    "bg": "Котката спи на масата, докато дъждът тихо пада над стария град.",
    "zh": "猫在桌子上睡觉，雨轻轻地落在古老的城市里。",
    "ja": "猫はテーブルの上で眠り、雨が古い町に静かに降っています。",
    "ko": "고양이는 탁자 위에서 자고 비는 오래된 도시에 조용히 내립니다.",
    "ar": "القطة تنام على الطاولة بينما يتساقط المطر بهدوء على المدينة القديمة.",
    "fa": "گربه روی میز می‌خوابد در حالی که باران آرام بر شهر قدیمی می‌بارد.",
    "he": "החתול ישן על השולחן בזמן שהגשם יורד בשקט על העיר העתיקה.",
    "hi": "बिल्ली मेज़ पर सो रही है जबकि बारिश पुराने शहर पर धीरे से गिर रही है।",
    "th": "แมวนอนอยู่บนโต๊ะขณะที่ฝนตกเบาๆ บนเมืองเก่า",
    "vi": "Con mèo ngủ trên bàn trong khi mưa rơi nhẹ nhàng xuống thành phố cổ.",
    "pl": "Kot śpi na stole, podczas gdy deszcz cicho pada na stare miasto.",
    "fi": "Kissa nukkuu pöydällä, kun sade putoaa hiljaa vanhaan kaupunkiin.",
    "sw": "Paka analala juu ya meza wakati mvua inanyesha polepole juu ya mji wa zamani.",
    "tr": "Kedi masada uyurken yağmur eski şehrin üzerine sessizce yağıyor. İstanbul ılık.",
    "el": "Η γάτα κοιμάται στο τραπέζι ενώ η βροχή πέφτει ΑΠΑΛΑ ΣΤΗΝ ΠΌΛΗ ΟΔΟΣ Σ.",
}
# Characters that stress code-point semantics.
SPECIAL = [
    "\u0600", "\u0601", "\u0605", "\u06dd", "\u070f", "\u0890", "\u08e2", "\u0d4e", "\U000110bd", "\U000110cd",
    "\u0301", "\u0308", "\u0327", "\u20dd", "\u0345", "\u034f", "\u200c", "\u200d", "\ufe0f", "\U000e0100",
    "e\u0301", "\u00e9", "\u212a", "\u212b", "\u2126", "\u037e", "\u0387", "\u1fef", "\u0130", "\u0131",
    "\u03a3", "\u03c3", "\u03c2", "\u1e9e", "\u00df", "\ufb01", "\ufb03", "\u0149", "\u01c5", "\u01c4", "\u1f80",
    "\u0390", "\u1e96", "\u2160", "\u24b6", "\U00010400", "\U00010428", "\U0001e900", "\u13a0", "\uab70",
    "\u0264", "\ua7cb", "\ua7c0", "\ua7d3", "\u019b", "\u10fc", "\ua7f2", "\uab69", "\u0295",
    "\U0001f600", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1fa\U0001f1f8", "\U0001f44d\U0001f3fd",
    "\U0001fae8", "\U0001f6dc", "\U0001fa75", "\u0cf3", "\U00011f00", "\U0001e4d0", "\U0001e030", "\U000323af",
    "\U0002ebf0", "\U0001ccd6", "\U00011b60", "\u1c89", "\u1c8a", "\ua7dc", "\U0001e5d0", "\U000105c0",
    "\u00a0", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u1680", "\u0085",
    "\u001c", "\u001d", "\u001e", "\u001f", "\u000b", "\u000c", "\r", "\r\n", "\t", "\u180e", "\u200b", "\ufeff",
    "\u00ad", "\u2060", "\u061c", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069",
    "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u2026", "\u2014", "\u2013", "\u2012", "\u2015",
    "\uff0c", "\u3001", "\u3002", "\uff01", "\uff1f", "\u060c", "\u061f", "\u0964", "\u00bf", "\u00a1",
    "\u00b2", "\u00bd", "\u0663", "\u0966", "\uff11", "\U0001d7ce", "\u2167", "\u3007", "\u00aa", "\u02b0",
    "\uff21", "\uff41", "\u0410", "\u0430", "\u05d0", "\u0627", "\u4e00", "\u3042", "\u30a2", "\uac00", "\u0e01",
]
CANONICAL_PAIRS = [("e\u0301", "\u00e9"), ("caf\u00e9", "cafe\u0301"), ("\u212a", "K"), ("\u00c5", "\u212b"),
                   ("\u2126", "\u03a9"), ("\u037e", ";"), ("\u1fef", "`"), ("\u0344", "\u0308\u0301"),
                   ("\u1e9b\u0323", "\u1e9b\u0323"[::-1]), ("\uf900", "\u8c48")]
PREPEND = ["\u0600", "\u0601", "\u0602", "\u0603", "\u0604", "\u0605", "\u06dd", "\u070f", "\u0890", "\u0891",
           "\u08e2", "\u0d4e", "\U000110bd", "\U000110cd", "\U000111c2", "\U000111c3", "\U0001193f", "\U00011941",
           "\U00011a3a", "\U00011a84", "\U00011d46"]
BLOCK_STARTS = [0x80, 0x100, 0x250, 0x370, 0x400, 0x530, 0x590, 0x600, 0x700, 0x900, 0xe00, 0x10a0, 0x1100,
                0x1e00, 0x1f00, 0x2000, 0x2100, 0x2190, 0x2460, 0x2c00, 0x2e80, 0x3000, 0x3040, 0x30a0, 0x3400,
                0x4e00, 0xa000, 0xa640, 0xa720, 0xab30, 0xac00, 0xe000, 0xf900, 0xfb00, 0xfe00, 0xff00,
                0x10000, 0x10400, 0x11000, 0x16a40, 0x1d400, 0x1e900, 0x1f000, 0x1f300, 0x1fa70, 0x20000,
                0x2a700, 0x30000, 0x31350, 0xe0000, 0xf0000, 0x10fff0]


def random_code_point(rng):
    while True:
        if rng.random() < 0.5:
            cp = rng.choice(BLOCK_STARTS) + rng.randrange(0x100)
        else:
            cp = rng.randrange(0x80, 0x110000)
        if not (0xD800 <= cp <= 0xDFFF) and cp < 0x110000:
            return chr(cp)


def word(rng):
    r = rng.random()
    if r < 0.7:
        w = rng.choice(WORDS)
    elif r < 0.85:
        w = rng.choice(PROPER)
    elif r < 0.92:
        w = rng.choice(WORDS) + rng.choice(SPECIAL) + rng.choice(["", rng.choice(WORDS)])
    else:
        w = "".join(random_code_point(rng) if rng.random() < 0.5 else rng.choice("abcxyz") for _ in range(rng.randint(1, 5)))
    c = rng.random()
    if c < 0.1:
        w = w.upper()
    elif c < 0.25:
        w = w[:1].upper() + w[1:]
    return w


def sentence(rng):
    if rng.random() < 0.1:
        return rng.choice(list(FOREIGN.values()))
    n = rng.choice([1, 2, 3, 5, 8, 12, 20])
    parts = []
    for i in range(n):
        parts.append(word(rng))
        if i < n - 1 and rng.random() < 0.12:
            parts.append(rng.choice([",", ";", ":", " -", " --", " \u2014", ""]))
    s = " ".join(parts).replace(" ,", ",").replace(" ;", ";").replace(" :", ":")
    s = s[:1].upper() + s[1:]
    end = rng.choice([".", ".", ".", "!", "?", "...", "", ".\"", "?\u201d", "!)", " .", "\u3002", ". ."])
    return s + end


def markdown_piece(rng):
    k = rng.randrange(24)
    if k == 0:
        return "\n".join(rng.choice(["* ", "*", "- ", "-", "  * ", "** ", "*\t", "\u2022 ", "1. ", "+ "]) + sentence(rng)
                         for _ in range(rng.randint(1, 5)))
    if k == 1:
        return "*" + " ".join(word(rng) for _ in range(rng.randint(0, 3))) + "*"
    if k == 2:
        return "**" + " ".join(word(rng) for _ in range(rng.randint(0, 3))) + "**"
    if k == 3:
        return rng.choice(["<<", "<<<", "<"]) + " ".join(word(rng) for _ in range(rng.randint(0, 3))) + rng.choice([">>", ">>>", ">", "\n>>"])
    if k == 4:
        return rng.choice(["***", " *** ", "\n***\n", "****", "\n\n***\n\n", "* * *", "******", "\n******\n"])
    if k == 5:
        return rng.choice(["SECTION", "Section", "SECTION", "PARAGRAPH", "Part", "Chapter", "section"]) + rng.choice([" ", "", "  ", "\n", "\u00a0"]) + rng.choice(["1", "2", "10", "\u0663", "\uff11", "X", "1.", ""])
    if k == 6:
        return rng.choice(["P.S.", "P.P.S", "PS", "P.S", "p.s.", "P. S.", "P.P.S.", "Note:", "NB", "P.\u00a0S."]) + " " + sentence(rng)
    if k == 7:
        return "[" + rng.choice(["name", "address", "", " ", "x\ny", "[a]", "\u00e9"]) + "]"
    if k == 8:
        return rng.choice(["My answer is yes.", "My answer is no.", "My answer is maybe.", "My answer is Yes.", "my answer is no.", "My answer is yes"])
    if k == 9:
        return json_text(rng)
    if k == 10:
        return rng.choice(["```json\n", "```\n", "```JSON", "```Json\n", "\n```", "```"])
    if k == 11:
        return rng.choice(SPECIAL) * rng.randint(1, 3)
    if k == 12:
        return "".join(random_code_point(rng) for _ in range(rng.randint(1, 8)))
    if k == 13:
        return rng.choice(PREPEND) + rng.choice(["\"", "a", " ", "\n", ".", "*", "\u0301", ""])
    if k == 14:
        return rng.choice(["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\u2029", "\n \n", "\n\n\n", " \t", "\u0085", "\u000b"])
    if k == 15:
        return "\"" + sentence(rng) + "\""
    if k == 16:
        return " ".join(w.upper() for w in sentence(rng).split())
    if k == 17:
        return sentence(rng).lower()
    return sentence(rng)


def deep_json(rng):
    """Nesting around json.loads's limit on the official call path (992 levels)."""
    n = rng.choice([5, 100, 899, 900, 901, 950, 989, 990, 991, 992, 992, 993, 994, 1000])
    opener = rng.choice(["[", "{\"a\": ", "mixed"])
    if opener == "mixed":
        opens = [rng.choice(["[", "{\"k\":"]) for _ in range(n)]
        closes = ["]" if o == "[" else "}" for o in reversed(opens)]
        return "".join(opens) + rng.choice(["", "1", "\"x\"", "[]", "{}"]) + "".join(closes)
    inner = rng.choice(["", "1", "[]"]) if opener == "[" else rng.choice(["1", "{}"])
    return opener * n + inner + ("]" if opener == "[" else "}") * n


def json_text(rng, depth=0):
    if depth == 0 and rng.random() < 0.1:
        return deep_json(rng)
    value = rng.choice([
        {"a": 1}, [1, 2, 3], "text", 1.5, None, True, {"title": "x\u00e9", "list": [1, {"b": None}]}, [],
        {"k": "v\n\"q\""}, {"emoji": "\U0001f600", "s": "\u0600\""}])
    text = json.dumps(value, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    if rng.random() < 0.15:
        text = text.replace("1", rng.choice(["NaN", "Infinity", "-Infinity", "01", "1.", "1e999", "1" * 4301]), 1)
    if rng.random() < 0.1:
        text = text[:-1] if len(text) > 1 else text + ","
    if rng.random() < 0.1:
        text = text.replace("\"", "'", 2)
    return text


def response_text(rng):
    style = rng.randrange(14)
    pieces = []
    n = rng.choice([1, 1, 2, 3, 4, 6, 10, 20])
    for _ in range(n):
        pieces.append(markdown_piece(rng) if rng.random() < 0.45 else sentence(rng))
    seps = [" ", " ", "\n", "\n\n", "\n\n", "\r\n", " ", ""]
    text = ""
    for p in pieces:
        text += p + rng.choice(seps)
    if style == 0:
        text = json_text(rng) if rng.random() < 0.75 else deep_json(rng)
        if rng.random() < 0.5:
            text = rng.choice(["```json\n", "```\n", "```JSON\n", "  "]) + text + rng.choice(["\n```", "```", "\n``` ", ""])
    elif style == 1:
        text = "\"" + text.strip() + "\""
    elif style == 2:
        text = text.upper()
    elif style == 3:
        text = text.lower()
    elif style == 4:
        text = text + rng.choice(["\n******\n", "******", "\n\n******\n\n"]) + (text if rng.random() < 0.3 else response_tail(rng))
    elif style == 5:
        text = "\n\n".join(sentence(rng) for _ in range(rng.randint(1, 6)))
    elif style == 6:
        text = rng.choice(list(FOREIGN.values())) * rng.randint(1, 3)
    elif style == 7 and rng.random() < 0.3:
        text = (text + "\n\n") * rng.randint(10, 60)  # long
    elif style == 8:
        text = text + rng.choice(["\n\nP.S. ", "\nP.P.S ", "\n\np.s. "]) + sentence(rng)
    elif style == 10 and rng.random() < 0.5:
        # long and repetitive: what makes backtracking patterns slow
        text = rng.choice(["ab", "a", "aa ", "the ", "a1", "- ", "**", "x\n", "é", "ab\u0301"]) * rng.randint(200, 3000)
    elif style == 9:
        text = rng.choice(["", " ", "\n", "\u3000", "*", "\"", "\"\"", "\u0600\"", "\u0600", "a"])
    if rng.random() < 0.1:
        text = rng.choice([" ", "\n", "\t", "\u3000", "\u00a0", "\ufeff", "\u200b"]) + text + rng.choice([" ", "\n", "\r\n", "\u2028", "\u0085"])
    return text


def response_tail(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))


# ---------------------------------------------------------------------------------------
# Regex grammar (Python `re` syntax)

def regex_atom(rng, depth, groups, names):
    k = rng.randrange(30 if depth < 3 else 14)
    if k < 4:
        return re.escape(rng.choice(WORDS + ["P.S.", "a+b", "(x)", "é", "e\u0301"]))
    if k == 4:
        return rng.choice(["[a-z]", "[A-Z]+", "[^ ]", "[\\w.]", "[0-9]", "[\u00e0-\u00ff]", "[\u0391-\u03c9]", "[a-\u017f]",
                           "[\\ua7c0-\\U00010000]", "[^\\W\\d]", "[]a]", "[-a]", "[\\s\\S]", "[[]", "[a&&b]", "[a--b]", "[\\N{LATIN SMALL LETTER E WITH ACUTE}]"])
    if k == 5:
        return rng.choice(["\\d", "\\w", "\\s", "\\W", "\\S", "\\D", ".", "\\b", "\\B", "\\A", "\\Z", "^", "$"])
    if k == 6:
        return rng.choice(["\\x41", "\\u00e9", "\\U0001F600", "\\N{LATIN SMALL LETTER A}", "\\N{GREEK CAPITAL LETTER SIGMA}",
                           "\\N{EM DASH}", "\\t", "\\n", "\\0", "\\101", "\\.", "\\*", "\\\\", "\\-", "\\#", "\\ "])
    if k == 7:
        return rng.choice(SPECIAL).replace("\\", "\\\\") if rng.random() < 0.5 else re.escape(rng.choice(SPECIAL))
    if k == 8:
        return rng.choice(["a", "e", "s", "t", "the", "k", "K", "\u212a", "\u0130", "i", "\u0131", "\u03c3", "\u03a3", "ss", "\u00df", "\u1e9e"])
    if k < 14:
        return re.escape(rng.choice(WORDS))
    inner = regex(rng, depth + 1, groups, names)
    if k == 14:
        groups.append(None)
        return "(" + inner + ")"
    if k == 15:
        return "(?:" + inner + ")"
    if k == 16:
        name = "g%d" % len(groups)
        groups.append(name)
        names.append(name)
        return "(?P<" + name + ">" + inner + ")"
    if k == 17 and groups:
        return "\\" + str(rng.randint(1, len(groups)))
    if k == 18 and names:
        return "(?P=" + rng.choice(names) + ")"
    if k == 19:
        return rng.choice(["(?=", "(?!"]) + inner + ")"
    if k == 20:
        return rng.choice(["(?<=", "(?<!"]) + re.escape(rng.choice(["a", "the", " ", "x"])) + ")"
    if k == 21 and groups:
        return "(?(" + str(rng.randint(1, len(groups))) + ")" + inner + "|" + regex_atom(rng, depth + 1, groups, names) + ")"
    if k == 22:
        return "(?>" + inner + ")"
    if k == 23:
        return "(?" + rng.choice(["i", "-i", "s", "m", "x", "a", "i-s"]) + ":" + inner + ")"
    if k == 24:
        return "(?#" + rng.choice(["note", "x)", ""]).replace(")", "") + ")"
    return "(" + inner + "|" + regex(rng, depth + 1, groups, names) + ")"


def regex(rng, depth=0, groups=None, names=None):
    groups = [] if groups is None else groups
    names = [] if names is None else names
    out = ""
    for _ in range(rng.randint(1, 3)):
        atom = regex_atom(rng, depth, groups, names)
        if rng.random() < 0.3 and atom not in ("^", "$", "\\b", "\\B", "\\A", "\\Z") and not atom.startswith("(?#"):
            atom += rng.choice(["*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}", "{2,}?", "*+", "++", "?+", "{1,2}+", "{0}"])
        out += atom
    return out


def pattern(rng):
    r = rng.random()
    if r < 0.05:
        return rng.choice(["(a|b)*c", "(a+)+b", "(a|ab)*c", "(\\w+\\s?)*$", "(x+x+)+y", "(.*a){3}z", "(the )*end",
                           "(a|b)*", "^(a+)+$", "(?:a|b)*?c", "(\\s*\\*)+x", "([a-z]+)*\\d"])
    if r < 0.4:
        return rng.choice(WORDS + PROPER[:20])
    if r < 0.5:
        return rng.choice(SPECIAL + ["e\u0301", "\u00e9", "caf\u00e9", "cafe\u0301", "\u0600\"", "stra\u00dfe", "STRASSE"])
    if r < 0.55:
        flags = rng.choice(["(?i)", "(?x)", "(?s)", "(?m)", "(?a)", "(?u)", "(?ix)", "(?L)", "(?-i)"])
        body = regex(rng)
        if "x" in flags:
            body = body.replace("", " ", 1) + " # comment"
        return flags + body
    return regex(rng)


def compiles(p, flags=re.IGNORECASE):
    try:
        re.compile(p, flags)
        return True
    except (re.error, OverflowError, RecursionError, ValueError):
        return False


def good_pattern(rng, wrap=lambda p: p, flags=re.IGNORECASE):
    for _ in range(50):
        p = pattern(rng)
        if p.strip() and compiles(wrap(p), flags):
            return p
    return "the"


# ---------------------------------------------------------------------------------------
# Kwargs with thresholds at the official measure

def around(rng, measured, negative=False):
    """The measure -1 / 0 / +1 (at least 1: 0 is falsy and the official code would
    draw a random value); sometimes as a float (3.0, 2.5: what pandas makes of an int
    column with gaps), True, or, where the official code keeps it, a negative number."""
    r = rng.random()
    if r < 0.08:
        return float(max(1, measured + rng.choice([-1, 0, 1])))
    if r < 0.14:
        return max(0.5, measured + rng.choice([-0.5, 0.5]))
    if r < 0.16 and measured <= 2:
        return True
    if negative and r < 0.2:
        return rng.choice([-1, -2.5])
    return max(1, measured + rng.choice([-1, 0, 1]))


def relation(rng):
    return rng.choice(["less than", "at least"])


def findall_count(p, text, flags=re.IGNORECASE):
    try:
        return len(re.findall(p, text, flags))
    except Exception:  # noqa: BLE001
        return 0


def word_from(rng, text):
    words = re.findall(r"\w+", text)
    return rng.choice(words) if words else rng.choice(WORDS)


def kwargs_for(rng, iid, text, prompt, pair=None):
    """`pair`: two canonically equivalent spellings, one of which ends the text."""
    o = official()
    if iid == "keywords:existence":
        keywords = [word_from(rng, text) if rng.random() < 0.4 else good_pattern(rng) for _ in range(rng.randint(1, 3))]
        if pair and rng.random() < 0.6:
            keywords = [re.escape(w) for w in pair] + keywords[1:]
        return {"keywords": keywords}
    if iid == "keywords:frequency":
        kw = word_from(rng, text) if rng.random() < 0.4 else good_pattern(rng)
        if rng.random() < 0.1:
            kw = " " + kw + rng.choice(["", " ", "\n"])
        return {"keyword": kw, "frequency": around(rng, findall_count(kw.strip(), text)), "relation": relation(rng)}
    if iid == "keywords:forbidden_words":
        words = [word_from(rng, text) if rng.random() < 0.5 else good_pattern(rng, lambda p: r"\b" + p + r"\b") for _ in range(rng.randint(1, 3))]
        if pair and rng.random() < 0.7:
            words = list(pair) + words[1:]
        elif rng.random() < 0.2:
            words += list(rng.choice(CANONICAL_PAIRS))
        return {"forbidden_words": words}
    if iid == "keywords:letter_frequency":
        letter = rng.choice(list("abcdefghijklmnopqrstuvwxyzABCDEZ") + ["\u212a", "k", "i", "s"])
        low = letter.lower()
        return {"letter": letter, "let_frequency": around(rng, text.lower().count(low)), "let_relation": relation(rng)}
    if iid == "language:response_language":
        return {"language": rng.choice(list(o.util.LANGUAGE_CODES.keys()))}
    if iid == "length_constraints:number_sentences":
        return {"num_sentences": around(rng, o.util.count_sentences(text)), "relation": relation(rng)}
    if iid == "length_constraints:number_paragraphs":
        parts = re.split(r"\s?\*\*\*\s?", text)
        n = len(parts) - sum(1 for i, p in enumerate(parts) if not p.strip() and i in (0, len(parts) - 1))
        return {"num_paragraphs": around(rng, n)}
    if iid == "length_constraints:number_words":
        return {"num_words": around(rng, o.util.count_words(text)), "relation": relation(rng)}
    if iid == "length_constraints:nth_paragraph_first_word":
        paragraphs = re.split(r"\n\n", text)
        n = sum(1 for p in paragraphs if p.strip())
        num = around(rng, n)
        nth = rng.randint(1, max(1, int(num)))
        first = rng.choice(WORDS)
        if nth <= len(paragraphs) and paragraphs[nth - 1].strip() and rng.random() < 0.7:
            w = paragraphs[nth - 1].strip().split()[0].lstrip("'").lstrip('"')
            first = re.split(r"[.,?!'\"]", w)[0] or first
            if rng.random() < 0.3:
                first = first.upper()
        return {"num_paragraphs": num, "nth_paragraph": nth, "first_word": first}
    if iid == "detectable_content:number_placeholders":
        return {"num_placeholders": around(rng, len(re.findall(r"\[.*?\]", text)))}
    if iid == "detectable_content:postscript":
        r = rng.random()
        if r < 0.5:
            marker = rng.choice(["P.S.", "P.P.S"])
        elif r < 0.8:
            marker = rng.choice(["PS", "P.S", "p.s.", "Note", "NB:", "P.P.S.", "Postscript", "\u00e9", "E\u0301", "\u0130", "\u03a3"])
        else:
            marker = good_pattern(rng, lambda p: r"\s*" + p.lower() + r".*$", re.MULTILINE)
        return {"postscript_marker": marker}
    if iid == "detectable_format:number_bullet_lists":
        n = len(re.findall(r"^\s*\*[^\*].*$", text, flags=re.MULTILINE)) + len(re.findall(r"^\s*-.*$", text, flags=re.MULTILINE))
        return {"num_bullets": around(rng, n)}
    if iid == "detectable_format:number_highlighted_sections":
        n = sum(1 for h in re.findall(r"\*[^\n\*]*\*", text) if h.strip("*").strip())
        n += sum(1 for h in re.findall(r"\*\*[^\n\*]*\*\*", text) if h.removeprefix("**").removesuffix("**").strip())
        return {"num_highlights": around(rng, n)}
    if iid == "detectable_format:multiple_sections":
        if rng.random() < 0.75:
            splitter = rng.choice(["SECTION", "Section", "PARAGRAPH", "Part", "Chapter", "section", " SECTION ", "S\u00e9ction", "\u0600"])
        else:
            splitter = good_pattern(rng, lambda p: r"\s?" + p.strip() + r"\s?\d+\s?", 0)
        s = splitter.strip()
        try:
            n = len(re.split(r"\s?" + s + r"\s?\d+\s?", text)) - 1
        except Exception:  # noqa: BLE001
            n = 1
        return {"section_spliter": splitter, "num_sections": around(rng, n)}
    if iid == "combination:repeat_prompt":
        s = text.strip()
        if rng.random() < 0.6 and s:
            cut = s[:rng.randint(1, min(len(s), 60))]
            r = rng.random()
            return {"prompt_to_repeat": cut.upper() if r < 0.2 else cut.lower() if r < 0.4 else cut + rng.choice(["", " ", "x"])}
        return {"prompt_to_repeat": prompt}
    if iid == "startend:end_checker":
        s = text.strip().strip('"')
        if rng.random() < 0.7 and s:
            cut = s[-rng.randint(1, min(len(s), 40)):]
            r = rng.random()
            return {"end_phrase": cut.upper() if r < 0.2 else (rng.choice(SPECIAL) + cut) if r < 0.3 else cut}
        return {"end_phrase": rng.choice(["Is there anything else I can help with?", "\u0600", "\"", "Peace!", "\u03a3", "e\u0301"])}
    if iid == "change_case:capital_word_frequency":
        words = o.util.nltk.word_tokenize(text)
        return {"capital_frequency": around(rng, sum(1 for w in words if w.isupper()), negative=True), "capital_relation": relation(rng)}
    return {}


# langdetect costs ~100x the other checks (and four seeds): its ids are drawn less often.
ID_WEIGHTS = [0.25 if iid in LANG_IDS else 1.0 for iid in ALL_IDS]


def make_chunk(seed, chunk_index, cases):
    rng = random.Random(f"{seed}:{chunk_index}")
    cells = []
    for case in range(cases):
        text = response_text(rng)
        pair = None
        if rng.random() < 0.08:
            # canonically equivalent spellings, for the word lists' code-point identity
            pair = rng.choice(CANONICAL_PAIRS)
            text += " " + pair[rng.randrange(2)] + rng.choice(["", ".", "\n"])
        ids = []
        if text.lstrip().startswith(("[", "{", "```", "\"")) and rng.random() < 0.6:
            ids.append("detectable_format:json_format")
        if pair and rng.random() < 0.6:
            ids.append(rng.choice(["keywords:forbidden_words", "keywords:existence", "startend:end_checker", "combination:two_responses"]))
        for _ in range(rng.randint(1, 4)):
            iid = rng.choices(ALL_IDS, ID_WEIGHTS)[0]
            if iid not in ids:
                ids.append(iid)
        for i, iid in enumerate(ids):
            prompt = f"[fuzz {seed}:{chunk_index}:{case}:{i}] Answer the question."
            try:
                with cpu_budget(5):
                    kwargs = kwargs_for(rng, iid, text, prompt, pair)
            except (Exception, CPUBudgetExceeded) as error:  # noqa: BLE001 - measuring crashed: keep the cell, kwargs fixed
                kwargs = {"keyword": "the", "frequency": 1, "relation": "at least"} if iid == "keywords:frequency" else {}
                print(f"measure failed for {iid}: {error!r}", file=sys.stderr)
            cells.append({"key": (chunk_index * cases + case) * 8 + i, "case": case, "id": iid, "kwargs": kwargs,
                          "prompt": prompt, "response": text})
    return cells


# ---------------------------------------------------------------------------------------
# Our side

ERROR_LINE = re.compile(r"^(?:error: )?\S+?:(\d+): (?:prompt \S+: )?(.*)$")


def run_ours(binary, cells, workdir):
    """{key: (strict, loose)} and {key: refusal message} for the cells."""
    remaining = list(cells)
    refused = {}
    while True:
        inp = os.path.join(workdir, "input_data.jsonl")
        resp = os.path.join(workdir, "responses.jsonl")
        with open(inp, "w", encoding="utf-8") as f, open(resp, "w", encoding="utf-8") as g:
            for c in remaining:
                f.write(json.dumps({"key": c["key"], "prompt": c["prompt"], "instruction_id_list": [c["id"]], "kwargs": [c["kwargs"]]}) + "\n")
                g.write(json.dumps({"key": c["key"], "response": c["response"]}) + "\n")
        out = os.path.join(workdir, "out")
        proc = subprocess.run([binary, "score", "--input-data", inp, "--responses", resp, "--output-dir", out,
                               "--report", "none", "--jobs", "1", "--max-budget-exhaustions", "0"], capture_output=True, text=True)
        if proc.returncode == 0:
            break
        # split("\n"), not splitlines(): a quoted pattern may hold U+2028, U+0085, \x1c...
        lines = [ERROR_LINE.match(line) for line in proc.stderr.split("\n")]
        bad = {int(m.group(1)) - 1: m.group(2) for m in lines if m}
        if proc.returncode != 2 or not bad:
            raise RuntimeError(f"ifeval failed ({proc.returncode}): {proc.stderr[:2000]}")
        for index, message in bad.items():
            refused[remaining[index]["key"]] = message
        remaining = [c for i, c in enumerate(remaining) if i not in bad]
        if not remaining:
            return {}, refused
    results = {}
    for mode, name in (("strict", "eval_results_strict.jsonl"), ("loose", "eval_results_loose.jsonl")):
        for line in open(os.path.join(out, name), encoding="utf-8"):
            d = json.loads(line)
            results.setdefault(d["key"], {})[mode] = d["follow_instruction_list"][0]
            if mode == "strict":
                results[d["key"]]["reason"] = d["reasons"][0]
    return results, refused


def refusal_category(message):
    m = re.search(r"not one we can compile: (?:unsupported: )?(.*?)(?: at position \d+.*)?$", message)
    if m:
        return "refused: " + re.sub(r"\d+", "N", m.group(1))[:60]
    return "refused: " + re.sub(r"\"[^\"]*\"", "\"…\"", message)[:80]


def compare_chunk(args):
    seed, chunk_index, cases, binary, outdir = args
    os.environ.setdefault("FUZZ_LM_EVAL", LM_EVAL_DEFAULT)
    started = time.perf_counter()
    cpu_started = time.process_time()
    cells = make_chunk(seed, chunk_index, cases)
    generated = time.perf_counter()
    for c in cells:
        c["official"] = official_cell(c)
    checked = time.perf_counter()
    workdir = os.path.join(outdir, f"chunk{chunk_index:05d}")
    os.makedirs(workdir, exist_ok=True)
    ours, refused = run_ours(binary, cells, workdir)
    finished = time.perf_counter()
    stats = {"cells": len(cells), "crashes": 0, "unstable": 0, "refused": 0, "compared": 0, "agree": 0,
             "disagree": 0, "seconds": {"generate": generated - started, "official": checked - generated,
                                        "ours": finished - checked},
             "cpu": time.process_time() - cpu_started}
    disagreements, crashes = [], []
    for c in cells:
        off = c["official"]
        record = {k: c[k] for k in ("key", "id", "kwargs", "response")}
        if "crash" in off:
            stats["crashes"] += 1
            crashes.append({**record, "crash": off["crash"], "ours": ours.get(c["key"]), "refused": refused.get(c["key"])})
            continue
        if off.get("unstable"):
            stats["unstable"] += 1
            continue
        if c["key"] in refused:
            stats["refused"] += 1
            stats["disagree"] += 1
            disagreements.append({**record, "official": [off["strict"], off["loose"]], "ours": None,
                                  "category": refusal_category(refused[c["key"]]), "reason": refused[c["key"]]})
            continue
        mine = ours[c["key"]]
        stats["compared"] += 1
        if (mine["strict"], mine["loose"]) == (off["strict"], off["loose"]):
            stats["agree"] += 1
        else:
            stats["disagree"] += 1
            disagreements.append({**record, "official": [off["strict"], off["loose"]], "ours": [mine["strict"], mine["loose"]],
                                  "category": c["id"], "reason": mine["reason"]})
    for name in ("input_data.jsonl", "responses.jsonl"):
        path = os.path.join(workdir, name)
        if os.path.exists(path) and not disagreements:
            os.remove(path)
    return chunk_index, stats, disagreements, crashes


# ---------------------------------------------------------------------------------------
# Shrinking

def still_disagrees(binary, cell, response, workdir):
    try:
        off = official_cell({**cell, "prompt": "p", "response": response})
    except Exception:  # noqa: BLE001
        return False
    if "crash" in off or off.get("unstable"):
        return False
    ours, refused = run_ours(binary, [{**cell, "prompt": "p", "response": response}], workdir)
    if refused:
        return cell["ours"] is None
    mine = ours.get(cell["key"])
    return mine is not None and (mine["strict"], mine["loose"]) != (off["strict"], off["loose"])


def shrink(binary, cell, workdir, budget=150):
    text = cell["response"]
    if cell["ours"] is None:
        return text  # a refused pattern: the response does not matter
    n = 2
    while budget > 0 and len(text) > 1:
        step = max(1, len(text) // n)
        reduced = False
        for start in range(0, len(text), step):
            candidate = text[:start] + text[start + step:]
            budget -= 1
            if still_disagrees(binary, cell, candidate, workdir):
                text = candidate
                n = max(n - 1, 2)
                reduced = True
                break
            if budget <= 0:
                break
        if not reduced:
            if step == 1:
                break
            n = min(len(text), n * 2)
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ifeval", required=True, help="path of the built ifeval binary")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--chunk", type=int, default=1000)
    parser.add_argument("--first-chunk", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", default=None)
    parser.add_argument("--lm-eval", default=LM_EVAL_DEFAULT)
    parser.add_argument("--shrink", type=int, default=40, help="how many disagreeing cells to shrink")
    args = parser.parse_args()
    os.environ["FUZZ_LM_EVAL"] = args.lm_eval
    binary = os.path.abspath(args.ifeval)
    outdir = args.out or tempfile.mkdtemp(prefix="ifeval-fuzz-")
    os.makedirs(outdir, exist_ok=True)
    chunks = (args.cases + args.chunk - 1) // args.chunk
    tasks = [(args.seed, args.first_chunk + i, min(args.chunk, args.cases - i * args.chunk), binary, outdir) for i in range(chunks)]
    started = time.perf_counter()
    totals = {"cells": 0, "crashes": 0, "unstable": 0, "refused": 0, "compared": 0, "agree": 0, "disagree": 0}
    seconds = {"generate": 0.0, "official": 0.0, "ours": 0.0}
    cpu = 0.0
    disagreements, crashes = [], []
    with multiprocessing.Pool(args.jobs) as pool:
        for chunk_index, stats, dis, cr in pool.imap_unordered(compare_chunk, tasks):
            for k in totals:
                totals[k] += stats[k]
            for k in seconds:
                seconds[k] += stats["seconds"][k]
            cpu += stats["cpu"]
            disagreements += dis
            crashes += cr
            print(f"chunk {chunk_index}: {stats['cells']} cells, {stats['disagree']} disagree "
                  f"({stats['refused']} refused), {stats['crashes']} official crashes, {stats['unstable']} unstable; "
                  f"{sum(stats['seconds'].values()):.1f} s", file=sys.stderr, flush=True)
    wall = time.perf_counter() - started
    categories = {}
    for d in disagreements:
        categories[d["category"]] = categories.get(d["category"], 0) + 1
    crash_kinds = {}
    for c in crashes:
        kind = c["id"] + ": " + c["crash"].split(":")[0]
        crash_kinds[kind] = crash_kinds.get(kind, 0) + 1
    minimal = []
    seen = set()
    ordered = sorted(disagreements, key=lambda d: (d["category"], len(d["response"])))
    first = [d for d in ordered if not (d["category"] in seen or seen.add(d["category"]))]
    rest = [d for d in ordered if d not in first]
    shrinkdir = os.path.join(outdir, "shrink")
    os.makedirs(shrinkdir, exist_ok=True)
    for d in (first + rest)[:args.shrink]:
        small = shrink(binary, d, shrinkdir)
        minimal.append({**d, "response": small, "original_length": len(d["response"])})
    summary = {"seed": args.seed, "cases": args.cases, "chunk": args.chunk, "first_chunk": args.first_chunk,
               "binary": binary, **totals, "categories": dict(sorted(categories.items(), key=lambda kv: -kv[1])),
               "official_crashes": dict(sorted(crash_kinds.items(), key=lambda kv: -kv[1])),
               "wall_seconds": round(wall, 1),
               # wall time of the workers per phase (the ifeval runs are child processes)
               "worker_seconds": {k: round(v, 1) for k, v in seconds.items()},
               "worker_seconds_per_1000_cases": round(sum(seconds.values()) / max(1, args.cases) * 1000, 1),
               # CPU time of the Python workers (generation and the official checkers)
               "python_cpu_seconds_per_1000_cases": round(cpu / max(1, args.cases) * 1000, 1)}
    with open(os.path.join(outdir, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
    for name, rows in (("disagreements.jsonl", disagreements), ("minimal.jsonl", minimal), ("crashes.jsonl", crashes)):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    print(f"results in {outdir}", file=sys.stderr)


if __name__ == "__main__":
    main()
