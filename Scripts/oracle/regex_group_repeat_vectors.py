#!/usr/bin/env python3
"""Focused differential vectors for capture groups inside repeats: small random patterns
over {a, b} where groups, conditionals `(?(n)yes|no)` and backreferences `\\n` sit inside
greedy, lazy and possessive repeats (general and single-character), alternations,
atomic groups and lookarounds, on short texts over {a, b}; with what CPython 3.11's `re`
does with them, in the format of regex_vectors.json (search span, finditer spans and
group spans, findall, split).

    python3 Scripts/oracle/regex_group_repeat_vectors.py [--seed N] [--count N] [--out FILE]

This is where `sre`'s bookkeeping of group marks across backtracking shows: which
choice points restore the marks (MARK_PUSH / MARK_POP) and which only `lastmark`.
Hand-picked cases for each rule come first (FIXED).
The committed file (Tests/IFEvalEngineTests/Vectors/regex_group_repeat_vectors.json) is
seed 9, 4,000 cases of patterns up to 60 characters (longer ones backtrack heavily and
are slow to replay in a debug build); PythonRegexGroupRepeatVectorTests replays it.
Run with another seed or count (`--max-length 0`: any length) and point
REGEX_EXTRA_VECTORS at the output to test more. Cases CPython takes over a second for
are left out. Every case (pattern, text) is distinct. Standard library only.
"""
import argparse
import json
import random
import signal
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import regex_random_vectors  # noqa: E402
from regex_random_vectors import Timeout, on_alarm  # noqa: E402
from regex_vectors import run  # noqa: E402

QUANTIFIERS = ["*", "+", "?", "{2}", "{1,2}", "{2,}", "{0,2}", "{,3}"]

# Hand-picked cases, always first: one per rule of sre's mark bookkeeping (see the
# README's Regular expressions section), then the random ones.
FIXED = [
    # a single-character repeat inside a repeat restores the marks after each failed
    # tail (MARK_PUSH / MARK_POP_KEEP), also at its last count
    (r"(?:(a*)(?(1)b|)){2,}?", ["ab", "aab", "abab", ""]),
    (r"(?:(a*)(?(1)b|)){2,}", ["ab", "abb"]),
    (r"(((a?){,}?(b))|)++", ["b", "bb"]),
    (r"(?:(a)|b)*\1", ["aba", "abba", "bab"]),
    (r"(?:(a)|(b))+?(?(1)x|y)", ["aby", "bax", "abx", "bby"]),
    (r"(?:(a)|b)*?\1", ["abba", "bba"]),
    # the last alternative of a branch inside a repeat is followed by a restore too
    (r"(?:(a)b|(a)c|a(\1)?)+?d", ["aad", "abacad"]),
    # each iteration of a possessive repeat is atomic, the required ones included
    (r"(?:(b[ab]*)){2,}+", ["aabbaba", "bb"]),
    (r"(?:(a|ab)){2}+c", ["aabc", "ababc"]),
    # sre's INFO minimum (a backreference counts as its group's width) limits the
    # start positions of its general search loop only
    (r"(?:(b)|\1){3}+", ["cbb", "ccccbb", "cb"]),
    (r"[ab](?:(b)|\1){3}+", ["ccccbb"]),
    (r"(?i)b(?:(b)|\1){3}+", ["ccccbb"]),
    (r"(?:\d|b)(?:(b)|\1){3}+", ["ccccbb"]),
]


ANCHORS = {"^", "$", "\\b", "\\B"}  # re rejects a quantified anchor


class Gen(regex_random_vectors.Gen):
    """The grammar of regex_random_vectors.py (its alternation) with its own atoms."""

    def __init__(self, rng):
        super().__init__(rng)
        self.closed = []  # groups whose ")" has been written (a reference to an open group is an error)

    def leaf(self):
        r = self.r
        k = r.random()
        if k < 0.55:
            return r.choice(["a", "b", "a", "b", "[ab]", ".", ""])
        if k < 0.8:
            # single-character repeats (REPEAT_ONE / MIN_REPEAT_ONE)
            return r.choice(["a", "b", "[ab]"]) + r.choice(["*", "+", "?", "*?", "+?", "??", "{0,2}", "*+"])
        if self.groups:
            g = r.randint(1, self.groups)
            if r.random() < 0.5 and self.closed:
                return "\\%d" % r.choice(self.closed)
            return "(?(%d)%s|%s)" % (g, self.short(), self.short()) if r.random() < 0.7 else "(?(%d)%s)" % (g, self.short())
        return r.choice(["a", "b"])

    def short(self):
        return "".join(self.r.choice(["a", "b", "", "a*", "b?", "[ab]"]) for _ in range(self.r.randint(0, 2)))

    def atom(self, depth):
        r = self.r
        if depth >= 3 or r.random() < 0.4:
            return self.leaf()
        kind = r.random()
        if kind < 0.45:
            self.groups += 1
            g = self.groups
            body = self.alt(depth + 1)
            self.closed.append(g)
            return "(" + body + ")"
        if kind < 0.7:
            return "(?:" + self.alt(depth + 1) + ")"
        if kind < 0.78:
            return "(?>" + self.alt(depth + 1) + ")"
        if kind < 0.88:
            return "(?" + r.choice(["=", "!"]) + self.alt(depth + 1) + ")"
        if self.groups:
            g = r.randint(1, self.groups)
            return "(?(%d)%s|%s)" % (g, self.seq(depth + 1), self.seq(depth + 1))
        return "(?:" + self.alt(depth + 1) + ")"

    def quantified(self, depth):
        a = self.atom(depth)
        r = self.r
        if a and a[-1] not in "*+?}" and a not in ANCHORS and r.random() < 0.45:
            q = r.choice(QUANTIFIERS)
            q += r.choice(["", "?", "?", "+"])
            return a + q
        return a

    def seq(self, depth):
        return "".join(self.quantified(depth) for _ in range(self.r.randint(1, 3)))


class ExtendedGen(Gen):
    """Also lookbehinds, word boundaries, anchors, scoped IGNORECASE and named
    backreferences (`(?P=gN)`, the groups then named in order)."""

    def leaf(self):
        r = self.r
        if r.random() < 0.12:
            return r.choice(["(?<=a)", "(?<!b)", "(?<=[ab])", "\\b", "\\B", "^", "$", "(?i:a)", "A"])
        if r.random() < 0.08 and self.closed:
            return "(?P=g%d)" % r.choice(self.closed)
        return super().leaf()


def named_groups(p):
    """Numbered groups written `(?P<gN>...)`, in order (so that `(?P=gN)` refers to them)."""
    out, n, i = [], 0, 0
    while i < len(p):
        if p[i] == "\\":
            out.append(p[i:i + 2])
            i += 2
            continue
        if p.startswith("(?(", i):
            end = p.index(")", i + 3) + 1  # a conditional's group number stays
            out.append(p[i:end])
            i = end
            continue
        if p[i] == "(" and p[i + 1:i + 2] != "?":
            n += 1
            out.append("(?P<g%d>" % n)
        else:
            out.append(p[i])
        i += 1
    return "".join(out)


def pattern(rng, extended=False):
    """A repeat (of any kind) whose body holds a group and something that reads it,
    with an optional tail that may read it too."""
    g = ExtendedGen(rng) if extended else Gen(rng)
    head = g.seq(2) if rng.random() < 0.3 else ""
    body = g.alt(1)
    if g.groups == 0:
        g.groups += 1
        body = "(" + body + ")" + g.leaf()
        g.closed.append(1)
    q = rng.choice(QUANTIFIERS) + rng.choice(["", "?", "?", "+"])
    tail = g.seq(2) if rng.random() < 0.6 else ""
    p = head + "(?:" + body + ")" + q + tail
    return named_groups(p) if "(?P=" in p else p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--count", type=int, default=4000)
    ap.add_argument("--max-length", type=int, default=60,
                    help="leave out longer patterns (0: none); long ones backtrack heavily and are slow"
                         " to replay in a debug build")
    ap.add_argument("--extended", action="store_true",
                    help="also lookbehinds, anchors, named backreferences, and IGNORECASE on texts over {a, b, A, B}")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[2]
                                         / "Tests/IFEvalEngineTests/Vectors/regex_group_repeat_vectors.json"))
    args = ap.parse_args()
    assert sys.version_info[:2] == (3, 11), "use CPython 3.11"
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, on_alarm)
    rng = random.Random(args.seed)
    cases = []
    seen = set()
    for p, texts in FIXED:
        for text in texts:
            seen.add((p, "", text))
            cases.append(run(p, "", text))
    errors = 0
    while len(cases) < args.count:
        p = pattern(rng, args.extended)
        flags = rng.choice(["", "", "i"]) if args.extended else ""
        text = "".join(rng.choice("abAB" if flags else "ab") for _ in range(rng.randint(0, 7)))
        if (p, flags, text) in seen:
            continue
        seen.add((p, flags, text))
        if args.max_length and len(p) > args.max_length:
            continue
        signal.setitimer(signal.ITIMER_REAL, 1.0)
        try:
            case = run(p, flags, text)
        except (Timeout, RecursionError):
            continue
        except SystemError:
            # CPython 3.11's sre can raise "The span of capturing group is wrong".
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if "error" in case:
            errors += 1
            continue  # compile errors are covered elsewhere; keep the matching cases
        cases.append(case)
    out = {"generator": "Scripts/oracle/regex_group_repeat_vectors.py", "python": sys.version.split()[0],
           "seed": args.seed, "cases": cases, "escape": [], "caseMatrix": {"chars": "", "rows": []}}
    Path(args.out).write_text(json.dumps(out, ensure_ascii=True, separators=(",", ":")) + "\n")
    print(f"seed {args.seed}: {len(cases)} cases ({errors} patterns CPython rejects left out) -> {args.out}")


if __name__ == "__main__":
    main()
