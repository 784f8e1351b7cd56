#!/usr/bin/env python3
"""Regenerate Tests/IFEvalEngineTests/Vectors/regex_vectors.json with CPython 3.11's `re`.

    /tmp/oracle/bin/python Scripts/oracle/regex_vectors.py

Every case is (pattern, flags, text), written for this project: the fixed patterns of
the IFEval checkers, patterns built from checker arguments the way the checkers build
them, engine features, malformed patterns and case-folding corner cases. For each case
the file records what `re` does: the compile error (message and position) or the
`search` span and groups, `finditer` spans and groups, `findall` and `split` results.
Standard library only.
"""
import json
import re
import sys
import warnings
from pathlib import Path

FLAG_BITS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "a": re.ASCII, "x": re.VERBOSE}

TEXTS = [
    "",
    "\n",
    "plain words only",
    "Hello world.\nSecond line.\n",
    "* item one\n* item two\n*not a bullet\n  * indented item\n**bold** line\n",
    "- dash one\n-dash two\n  - nested\n--- rule\n",
    "Fill in [name] and [address], not [ ] or [unclosed\nnext] line [a[b]c].",
    "Some *highlighted* text and *another one* and **double** and *broken\nacross* lines ***",
    "Para one.\n\nPara two.\n\n\nPara three\n\n",
    "First\r\nSecond\r\n\r\nThird\rFourth\r",
    "Line\u2028separated\u2029para\u0085next\u001cfs\u001dgs\u001ers\u001fus",
    "NBSP\u00a0here\u3000ideographic\u2009thin\u202fnarrow",
    "Ｆｕｌｌ－ｗｉｄｔｈ　ｔｅｘｔ ＊ｓｔａｒ＊ ［ｂｒａｃｋｅｔ］",
    "e\u0301t\u00e9 cafe\u0301 na\u0308ive n\u0303",
    "Emoji 😀 test 👍🏽 and 👨‍👩‍👧 family * ✨sparkle✨ *",
    "İstanbul ıi Iİ DİYARBAKIR dotless ı",
    "Straße STRASSE strasse ß ẞ",
    "ſtop STOP stop ſ s S",
    "Kelvin 5\u212a and k K, Ångström \u212b å Å",
    "ΣΊΣΥΦΟΣ σίσυφος ς σ Σ",
    "Digits ٣٤٥ and ०१२ and ３４ and ¹²³ and 42",
    "SECTION 1\nIntro\nSECTION 2 Body\nSection 3\nSECTION\t4 end SECTION10",
    "Paragraph 1 ***\nParagraph 2***Paragraph 3 *** ***",
    "The answer is yes.\nP.S. Remember this.\np.s. lower\nP.P.S extra\npps not\n",
    "<<My Title>> and <<>> and <<bad\ntitle>> and <<<nested>>>",
    "a,b, c",
    "trailing newline\n\n",
    "   \t  \n  leading spaces\n",
    "x" * 40 + "\n" + "* " + "y" * 30 + "\n",
    "Mixed: key KEY Key kEy keyword keys; rekey key.",
]

FIXED_PATTERNS = [
    (r"^\s*\*[^\*].*$", "m"),
    (r"^\s*-.*$", "m"),
    (r"\[.*?\]", ""),
    (r"\*[^\n\*]*\*", ""),
    (r"\*\*[^\n\*]*\*\*", ""),
    (r"\s?\*\*\*\s?", ""),
    (r"\n\n", ""),
    (r"\*.*\*", ""),
    (r"\*.*?\*", ""),
    (r"<<[^\n]+>>", ""),
    (r"\,", ""),
    (r"\w+", ""),
    (r"\s*p\.\s?p\.\s?s.*$", "m"),
    (r"\s*p\.\s?s\..*$", "m"),
]

# Checker arguments, turned into patterns the way the checkers do.
KEYWORDS = ["key", "KEY", "stop", "strasse", "straße", "kelvin", "σίσυφος", "istanbul",
            "a.b", "c++", "(x", "[name]", "é", "😀", "k", "s", "ß", "İ", "ı", ""]
WORDS = ["key", "stop", "line", "the", "é", "σ", "n\u0303", "two words", "DİYARBAKIR"]
SPLITTERS = ["SECTION", "Section", "Paragraph", "PARAGRAPH", "Chapter"]
STARTERS = ["Hello", "\\*", "My answer is", "- dash", "İstanbul"]
MARKERS = ["P.S.", "P.P.S", "note:", "p.s.s.", "ps"]

# (pattern, flags, texts): engine features and corner cases.
FEATURES = [
    (r"a|ab|abc", "", ["abc", "xabcx", "b"]),
    (r"(a|ab)(c|bcd)(d*)", "", ["abcd", "abcdd"]),
    (r"(a*)*b", "", ["aaab", "aaa", "b", ""]),
    (r"(a*)+", "", ["aaa", "", "b"]),
    (r"(a|b)*?c", "", ["ababc", "c", "abab"]),
    (r"(?:ab)*", "", ["ababab", "abx", ""]),
    (r"(?:ab)+?", "", ["ababab"]),
    (r"(a?)*", "", ["aa", "b"]),
    (r"(a?){2,3}", "", ["a", "aaaa", ""]),
    (r"(?:a|)*b", "", ["aab", "b"]),
    (r"(x*)(x*)", "", ["xxx"]),
    (r"()", "", ["ab"]),
    (r"", "", ["", "abc", "\n"]),
    (r"x*", "", ["", "axxbx", "xx"]),
    (r"\b", "", ["", "ab cd", " ", "é!"]),
    (r"\B", "", ["", "ab cd", " ", "a"]),
    (r"$", "", ["", "a\n", "a\n\n", "a"]),
    (r"$", "m", ["a\nb\n", "\n\n"]),
    (r"^", "m", ["a\nb\n", "\n\n", ""]),
    (r"^$", "m", ["a\n\nb\n", "", "\n"]),
    (r"\Aa|b\Z", "", ["ab", "ba", "b\n"]),
    (r"a$", "", ["a\n", "a\n\n", "a\r\n"]),
    (r"a.c", "", ["abc", "a\nc", "a\rc"]),
    (r"a.c", "s", ["a\nc"]),
    (r"(?s)a.c", "", ["a\nc"]),
    (r"(?i)KEY", "", ["a key", "a kEy"]),
    (r"(?m)^x", "", ["a\nx"]),
    (r"(?i:a)b", "", ["Ab", "AB", "ab"]),
    (r"(?-i:a)b", "i", ["Ab", "aB"]),
    (r"a{2}", "", ["aaaaa"]),
    (r"a{2,}", "", ["aaaaa", "a"]),
    (r"a{,2}", "", ["aaaaa"]),
    (r"a{2,3}?", "", ["aaaaa"]),
    (r"a{,}", "", ["aa"]),
    (r"a{", "", ["a{", "a"]),
    (r"a{1", "", ["a{1"]),
    (r"a{x}", "", ["a{x}"]),
    (r"a{}", "", ["a{}"]),
    (r"{", "", ["{"]),
    (r"x{2}y{0}z", "", ["xxz", "xxyz"]),
    (r"[a-c]+", "", ["xabcabx"]),
    (r"[^a-c]+", "", ["xabcabx"]),
    (r"[]a]", "", ["]a"]),
    (r"[^]a]", "", ["]ab"]),
    (r"[a-]", "", ["-a"]),
    (r"[-a]", "", ["-a"]),
    (r"[\d\s]+", "", ["a 1٣ b"]),
    (r"[\w.]+", "", ["a.b_c d", "é.x"]),
    (r"[\W]+", "", ["a, b!"]),
    (r"[\b]", "", ["a\bb"]),
    (r"\d+", "", ["٣٤٥ 42 ３４ ¹²³ ⅷ"]),
    (r"\D+", "", ["ab12cd"]),
    (r"\s+", "", ["a \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\u200bb"]),
    (r"\S+", "", ["a\u200bb c"]),
    (r"\w+", "", ["naïve café n\u0303 x_1 ² ½ Ⅻ ٣ 中文 😀 ǅ ʰ"]),
    (r"\W+", "", ["a\u0301b--c"]),
    (r"\x41\u0042\U00000043\n\t\\\.", "", ["ABC\n\t\\."]),
    (r"\0\01\012\101", "", ["\x00\x01\nA"]),
    (r"[\x41-\x43]", "", ["ABCD"]),
    (r"[\u00e0-\u00e5]+", "i", ["ÀÁÂàá"]),
    (r"\.\*\+\?\(\)\[\]\{\}\|\^\$", "", [".*+?()[]{}|^$"]),
    (r"\-\#\&\~\ \!\@\%", "", ["-#&~ !@%"]),
    (r"(a)|(b)", "", ["ab", "b", "c"]),
    (r"(a)(b)?", "", ["a", "ab"]),
    (r"((a)|b)+", "", ["ab", "ba"]),
    (r"(?:(a)|b)*", "", ["ab", "ba"]),
    (r"(a|(b))+", "", ["ba"]),
    (r"(\s)", "", ["a b\tc"]),
    (r"(,)|(;)", "", ["a,b;c"]),
    (r"\s?SECTION\s?\d+\s?", "", ["SECTION 1 a SECTION 2\n b"]),
    (r"(?#comment)a", "", ["a"]),
    (r"a(?#c)*", "", ["aaa"]),
    (r"a*?b", "", ["aaab"]),
    (r"a+?", "", ["aaa"]),
    (r"a??b", "", ["ab", "b"]),
    (r".*?$", "m", ["ab\ncd"]),
    (r".*", "", ["ab\ncd", ""]),
    (r".+", "s", ["ab\ncd"]),
    (r"(.*)(\d+)", "", ["abc123"]),
    (r"(.*?)(\d+)", "", ["abc123"]),
    (r"(\w+)\s(\w+)", "", ["hello world foo bar"]),
    (r"é", "i", ["É é E\u0301"]),
    (r"σ", "i", ["Σ σ ς"]),
    (r"ς", "i", ["Σ σ ς"]),
    (r"[σ]", "i", ["Σ σ ς"]),
    (r"[^σ]", "i", ["Σ σ ς"]),
    (r"s", "i", ["s S ſ ß"]),
    (r"[s]", "i", ["s S ſ"]),
    (r"[a-z]", "i", ["ſ K k İ ı"]),
    (r"[A-Z]+", "i", ["ſtraße Kelvin İı"]),
    (r"k", "i", ["k K \u212a"]),
    (r"\u212a", "i", ["k K \u212a"]),
    (r"i", "i", ["i I İ ı"]),
    (r"İ", "i", ["i I İ ı i\u0307"]),
    (r"ı", "i", ["i I İ ı"]),
    (r"ß", "i", ["ß ẞ ss SS"]),
    (r"ẞ", "i", ["ß ẞ ss"]),
    (r"µ", "i", ["µ μ Μ"]),
    (r"ǅ", "i", ["Ǆ ǅ ǆ"]),
    (r"ᾳ", "i", ["ᾳ ᾼ ΑΙ"]),
    (r"[\U00010400-\U0001044f]", "i", ["𐐀 𐐨"]),
    (r"\U00010400", "i", ["𐐀 𐐨"]),
    (r"[\U00010400]", "i", ["𐐀 𐐨"]),
    (r"[\U00010428]", "i", ["𐐀 𐐨"]),
    (r"[\U0001F600-\U0001F64F]+", "i", ["Smile 😀😁 ok 👍"]),
    (r"[^\n]+", "i", ["ab\ncd"]),
    (r"[\s\S]", "i", ["a"]),
    (r"a|b|c", "i", ["xAbC"]),
    (r"(?:a|\d)+", "", ["a1a2b"]),
    (r"\bkey\b", "i", ["key keys monkey KEY, key_x key."]),
    (r"\b\w", "", ["two words"]),
    (r"\w\b", "", ["two words"]),
    (r"\s*", "", ["a  b"]),
    (r"\s?", "", ["a b"]),
    (r"(\s?)", "", ["a b"]),
    (r"|a", "", ["a", ""]),
    (r"a|", "", ["a", "ba"]),
    (r"(|a)+", "", ["aa"]),
    (r"(a|)+b", "", ["aab"]),
    (r"(?:x*)*y", "", ["xxy", "xx"]),
    (r"(?:a*?)*?b", "", ["aab"]),
    (r"(?:(?:a)*)+", "", ["aa"]),
    (r"a*+", "", ["aaa", ""]),
    (r"a++b", "", ["aab", "ab"]),
    (r"a*+a", "", ["aaa"]),
    (r"x?+x", "", ["x", "xx"]),
    (r"a{1,2}+a", "", ["aaa", "aa"]),
    (r"(?>a|ab)c", "", ["abc", "ac"]),
    (r"(?>a*)b", "", ["aab"]),
    (r"(?:ab)*+a", "", ["ababa"]),
    (r"(?:ab)*+ab", "", ["abab"]),
    (r"(a)++", "", ["aaa"]),
    (r"(?>(a)|b)+", "", ["ab"]),
    (r"\s*+\*", "", ["  *", "  "]),
]

# Python's `re` beyond the IFEval checkers' own patterns: (patterns, flags, texts), every
# pattern run on every text.
FEATURE_TEXTS = {
    "look": ["", "ab", "abc", "cab", "aab bab", "SECTION 1 SECTION\t22", "ring going 123", "\n x\nx",
             "password1 Pass", "a1b2 c3", "xyz"],
    "backref": ["", "aa", "abab", "abcabc", "aA Aa", "the the cat cat", "ſs Ss", "ẞß", "xyzxyz xy", "1212 123"],
    "cond": ["", "a", "ab", "b", "<x>", "<x", "x>", "(1)", "1)", "ac"],
    "flags": ["", "AbC abc", "a\nb", "ſ S s K \u212a k", "é É ß", "a b\tc # d", "İi ıI", "x1_ é٣", "Ab\nab\n"],
    "names": ["", "\u00e9", "e", "\u2014 \u2013", "\uac00\uac01", "\u4e00\U00020000", "\n\t", "\u00a0", "\U0001F600", "A"],
    "fold": ["\u0264", "\ua7cb", "\U00010400\U00010428", "\u0130\u0131iI", "\u017fsS", "\u212akK", "\u1e9e\u00df",
             "\u03a3\u03c3\u03c2", "\u01c4\u01c5\u01c6", "\U0001e900\U0001e922", "aA", "\U000118a0\U000118c0"],
}

FEATURE_PATTERNS = [
    ("look", "", [r"a(?=b)", r"a(?!b)", r"(?<=a)b", r"(?<!a)b", r"(?<=ab)c", r"(?<=a|b)c", r"(?<=a|bc)d", r"(?<=a*)b",
                  r"(?<=(a))b", r"(?=(a))a", r"(?<=\d{3})", r"(?<!\s)\w+", r"(?=.*\d)(?=.*[a-z]).{4,}", r"\b(?=\w*ing\b)\w+",
                  r"SECTION(?=\s)", r"(?<=SECTION)\s\d+", r"(?!)", r"(?=)", r"(?<=)", r"(?<!^)x", r"(?<=\n)x", r"x(?=$)",
                  r"(?<=a{2})b", r"(?<=a{1,2})b", r"(?<=(?:ab){2})", r"(?<=\b)\w", r"(?!a|b).", r"(?=a)*b", r"(?:(?=a)a)+",
                  r"(?<=[ab])(?![ab])", r"(?<=(a)|b)c", r"(?<!(a))b\1?", r"(?<=x(?=y))", r"(?=(?<=a)b)", r"(?<=(?<!a)b)c",
                  r"(a)(?<=\1)", r"(?<=(a)\1)b", r"(?<=(?P<n>a))(?P=n)", r"(?<=\Aa)b", r"(?<=a\Z)", r"(?<=.)", r"(?<!.)",
                  r"\w+(?=\s|$)", r"(?<=\s)-?\d+", r"(?=(\w+))\1", r"a(?=b(?!c))"]),
    ("backref", "", [r"(a)\1", r"(\w+) \1", r"(?P<w>\w+) (?P=w)", r"(a)|\1", r"(a)?\1", r"(a)?b\1", r"((a)b)\2\1",
                     r"(\w)(\w)\2\1", r"(a*)\1", r"(a*)+\1", r"(.)\1+", r"(?:(a)|b)\1", r"(\d)\1{1,}", r"(?i)(a)\1",
                     r"(?i)(ſ)\1", r"(?i)(s)\1", r"(?i)(ß)\1", r"(?ai)(a)\1", r"(?i)(\w+) \1", r"(?P<a>.)(?P<b>.)(?P=b)(?P=a)",
                     r"\1(a)", r"(a\1)", r"(?P=x)", r"(?P<x>a)(?P=y)", r"(?P<1>a)", r"(?P<x>a)(?P<x>b)", r"(?P<x y>a)",
                     r"(?P<é>a)(?P=é)", r"(?P<_a1>a)", r"(?P<>a)", r"(?P<a", r"(?P=", r"(?P=a", r"(?P<a>x)(?P=a", r"(a)\01",
                     r"(a)\10", r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", r"(a)\2", r"(?:(a)|(b))\2"]),
    ("cond", "", [r"(a)?(?(1)b|c)", r"(a)?(?(1)b)", r"(<)?x(?(1)>)", r"(?P<o><)?x(?(o)>|$)", r"(\()?\d(?(1)\))",
                  r"(?(1)a|b)(c)", r"(?(2)a|b)(c)", r"(?(1)a|b|c)", r"(?(0)a)", r"(?(-1)a)", r"(?(a)a)", r"(?(1a)a)",
                  r"(?(x y)a)", r"(?()a)", r"(?(1", r"(?(1)", r"(?(1)a", r"(a)(?(1)(b)|(c))", r"(?:(a)|b)(?(1)c|d)",
                  r"(a)?(?(1)|b)", r"(?( 1 )a)", r"(?(01)a)(a)", r"(?(1_0)a)", r"(?(١)a)(b)", r"(?(+1)a)(b)"]),
    ("flags", "", [r"(?i)abc", r"(?a)\w+", r"(?a)\d", r"(?a)\s+", r"(?a)\bx", r"(?ai)ſ", r"(?ai)s", r"(?ai)k", r"(?ai)[a-z]+",
                   r"(?ai)[^a]", r"(?i)[\u017f]", r"(?x) a b c ", r"(?x)a # comment\n b", r"(?x)[ a]", r"(?x)a\ b", r"(?x)a{1, 2}",
                   r"(?x)a *", r"(?x)(?# c ) a", r"(?x)\#", r"(?x)a|b # x", r"(?x)a|(?-x: b)", r"(?x: a b )c", r"a(?x: b )c",
                   r"(?i:a)A", r"(?-i:a)", r"(?s:.)", r"(?m:^a)", r"(?a:\w)\w", r"(?u:\w)", r"(?a)(?u:\w)", r"(?i)(?-i:a)a",
                   r"(?i-s:a.)", r"(?im)^ab$", r"(?L)a", r"(?au)a", r"(?a)(?u)a", r"(?t)a", r"(?t)a*", r"(?t:a)", r"(?-t:a)",
                   r"a(?i)", r"(?i)a(?m)", r"(?i)(?m)a", r"(?#c)(?i)a", r"a|(?i)b", r"(?x)(?i)a", r"(?i", r"(?-a:a)", r"(?i-i:a)",
                   r"(?i-:a)", r"(?-:a)", r"(?z)", r"(?iz)", r"(?i-z:a)", r"(?i:", r"(?x)[#]", r"(?x)a#b", r"(?x)\ ",
                   r"(?x)(a  b)", r"(?x)a{2 }", r"(?x)a+ ?", r"(?a)[\w]", r"(?a)[\W]", r"(?a)\B"]),
    ("names", "", [r"\N{LATIN SMALL LETTER E WITH ACUTE}", r"\N{latin small letter e with acute}", r"\N{EM DASH}|\N{EN DASH}",
                   r"[\N{EM DASH}-\N{EN DASH}]", r"[\N{EN DASH}-\N{EM DASH}]+", r"\N{HANGUL SYLLABLE GA}", r"\N{HANGUL SYLLABLE GAG}",
                   r"\N{hangul syllable ga}", r"\N{HANGUL SYLLABLE QQ}", r"\N{CJK UNIFIED IDEOGRAPH-4E00}",
                   r"\N{CJK UNIFIED IDEOGRAPH-20000}", r"\N{CJK UNIFIED IDEOGRAPH-4e00}", r"\N{CJK UNIFIED IDEOGRAPH-2A6E0}",
                   r"\N{LINE FEED}", r"\N{CHARACTER TABULATION}", r"\N{NBSP}", r"\N{NO-BREAK SPACE}", r"\N{GRINNING FACE}",
                   r"\N{LATIN CAPITAL LETTER GHA}", r"\N{BYTE ORDER MARK}", r"\N{NOT A NAME}", r"\N{}", r"\N", r"\N{",
                   r"\N{EM DASH", r"[\N{}]", r"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}", r"\N{é}", r"\N{EM  DASH}",
                   r"\N{LATIN CAPITAL LETTER A}", r"(?i)\N{LATIN CAPITAL LETTER A}", r"\N{TANGUT IDEOGRAPH-17000}",
                   r"\N{KHITAN SMALL SCRIPT CHARACTER-18B00}", r"\N{ LATIN CAPITAL LETTER A}"]),
    ("fold", "i", ["[\ua7c0-\U00010000]", "[\u0100-\U00010000]", "[\U00010400-\U00010427]", "[\U00010428-\U0001044f]",
                   "[\U00010000-\U0001ffff]", "[^\U00010000-\U0001ffff]", "[\ua7cb]", "\ua7cb", "\u0264", "[\u0264]",
                   "[a-\U00010000]", "[\U0001e900-\U0001e943]", "[\U000118a0]", "[\U000118c0]", "\U000118a0",
                   "(?a)[\U00010400-\U00010427]", "(?a)[\u0100-\U00010000]", "(?a)\u0130", "(?a)[\u0130]", "(?a)[k]",
                   "[\u0130-\u0131]", "[\u212a]", "[\u1e9e]", "[\u03c2]", "[\u01c5]", "[^\u01c5]", "[\U00010400-\U00010400]"]),
]

ERROR_PATTERNS = [
    "a*+*", "a*?+", "a++?", "(?>", "(?>a", "(", ")", "a)", "(a", "((a)", "[", "[a", "[]", "[^]", "[a-", "*", "+a", "?", "a**", "a?*", "{2}", "a{2,1}", "[z-a]", "[\\d-z]", "[a-\\d]", "\\", "a\\", "\\q", "\\x4",
    "\\x4g", "\\u12", "\\U0011ffff", "\\8", "\\1", "(a)\\2", "[\\1]", "\\400", "[\\400]",
    "(?", "(?z)", "(?P", "(?Px)", "(?<", "(?<x)", "a(?i)", "(?i", "(?i-)", "(?-", "(?i-i:a)",
    "(?L)", "(?#", "^*", "$+", "\\b*", "\\A?", "a|*", "(*)", "(?:)+", "()*", "a{99999999999}",
    "[\\A]", "[\\Z]", "[\\B]", "\\g", "\\N", "x{2}{3}", "x{2}*", "(?i)(?m)a", "a(?m)",
    "[a-\\x40]", "[\\x41-\\x40]", "\\c", "\\e", "\\_", "[\\_]",
]


def run(pattern, flags, text):
    case = {"pattern": pattern, "flags": flags, "text": text}
    bits = 0
    for f in flags:
        bits |= FLAG_BITS[f]
    try:
        compiled = re.compile(pattern, bits)
    except re.error as e:
        case["error"] = {"message": e.msg, "position": e.pos, "text": str(e)}
        return case
    except (OverflowError, ValueError) as e:
        case["error"] = {"message": str(e), "position": None, "text": str(e)}
        return case
    m = compiled.search(text)
    case["search"] = None if m is None else [m.start(), m.end()]
    matches = []
    for m in compiled.finditer(text):
        matches.append({"span": [m.start(), m.end()],
                        "groups": [None if m.start(g) < 0 else [m.start(g), m.end(g)]
                                   for g in range(1, compiled.groups + 1)]})
    case["matches"] = matches
    case["findall"] = [list(x) if isinstance(x, tuple) else x for x in compiled.findall(text)]
    case["split"] = compiled.split(text)
    return case


def patterns_of_options():
    """Patterns whose meaning the ASCII and VERBOSE options change."""
    return [r"\w+", r"\d", r"\s", r"\b\w", r"[\w\s]+", r"k", r"s", r"a b # c", r"[a b]", r"ſ|K|i"]


def main():
    warnings.simplefilter("ignore")
    cases = []
    for pattern, flags in FIXED_PATTERNS:
        for text in TEXTS:
            cases.append(run(pattern, flags, text))
    realistic = [TEXTS[i] for i in (0, 3, 4, 13, 15, 16, 17, 18, 19, 21, 23, 29)]
    for keyword in KEYWORDS:
        for text in realistic:
            cases.append(run(keyword, "i", text))
    for word in WORDS:
        for text in realistic:
            cases.append(run(r"\b" + word + r"\b", "i", text))
    for splitter in SPLITTERS:
        for text in (TEXTS[0], TEXTS[21], TEXTS[22], TEXTS[9]):
            cases.append(run(r"\s?" + splitter + r"\s?\d+\s?", "", text))
    for starter in STARTERS:
        for text in (TEXTS[0], TEXTS[3], TEXTS[5], TEXTS[15], TEXTS[27], "  Hello there\nMy answer is no"):
            cases.append(run(r"^\s*" + starter + r".*$", "m", text))
    for marker in MARKERS:
        for text in (TEXTS[23].lower(), TEXTS[0], "ps: x\nnote: y\n"):
            cases.append(run(r"\s*" + marker.lower() + r".*$", "m", text))
    for pattern, flags, texts in FEATURES:
        for text in texts:
            cases.append(run(pattern, flags, text))
    for pattern in ERROR_PATTERNS:
        cases.append(run(pattern, "", "abc"))
    for feature, flags, patterns in FEATURE_PATTERNS:
        for pattern in patterns:
            first = run(pattern, flags, FEATURE_TEXTS[feature][0])
            cases.append(first)
            if "error" not in first:
                for text in FEATURE_TEXTS[feature][1:]:
                    cases.append(run(pattern, flags, text))
    for pattern in patterns_of_options():
        for text in FEATURE_TEXTS["flags"]:
            for flags in ("a", "x", "ai", "ix"):
                cases.append(run(pattern, flags, text))
    # re.escape, as keyword patterns could be escaped by a caller.
    escapes = [{"text": t, "escaped": re.escape(t)} for t in
               ["a.b", "c++ (x) [y] {z}", "tab\tnew\nline", "#&~-", "é 😀", "", "a\\b", "^$|?*"]]
    # Case equivalence matrix: which of these characters a literal, a one-character set
    # and a negated set match under IGNORECASE.
    chars = ("aAiIkKsSzZ\u00b5\u00c5\u00df\u00e5\u00ff\u0130\u0131\u0178\u017f\u01c4\u01c5\u01c6"
             "\u0345\u0390\u0392\u03a3\u03b0\u03b2\u03b8\u03b9\u03ba\u03bc\u03c0\u03c2\u03c3"
             "\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0412\u0432\u1c80\u1e60\u1e61"
             "\u1e9b\u1e9e\u1f80\u1f88\u1fb3\u1fbc\u1fbe\u1fd3\u1fe3\u2126\u212a\u212b\u24b6"
             "\u24d0\u2160\u2170\ua64a\ua64b\u1c88\ufb05\ufb06\U00010400\U00010428\u13a0\uab70"
             "\u10a0\u2d00\u00e0\u00c0\u0149\u01f0")
    matrix = []
    for a in chars:
        row = {"char": a}
        for name, pat in (("literal", re.escape(a)), ("set", "[" + a + "]"), ("negated", "[^" + a + "]")):
            rx = re.compile(pat, re.IGNORECASE)
            row[name] = "".join(b for b in chars if rx.fullmatch(b))
        matrix.append(row)
    out = {
        "generator": "Scripts/oracle/regex_vectors.py",
        "python": sys.version.split()[0],
        "cases": cases,
        "escape": escapes,
        "caseMatrix": {"chars": chars, "rows": matrix},
    }
    target = Path(__file__).resolve().parents[2] / "Tests/IFEvalEngineTests/Vectors/regex_vectors.json"
    target.write_text(json.dumps(out, ensure_ascii=True, indent=0) + "\n")
    errors = sum(1 for c in cases if "error" in c)
    print(f"{len(cases)} cases ({errors} compile errors), {len(matrix)} case-matrix rows -> {target}")


if __name__ == "__main__":
    main()
