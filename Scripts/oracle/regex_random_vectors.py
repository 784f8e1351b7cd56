#!/usr/bin/env python3
"""Random differential vectors for the regex engine: random patterns from a grammar of
Python 3.11's `re` syntax (with deliberate mistakes), random short texts, and what
CPython 3.11's `re` does with them, in the format of regex_vectors.json.

    python3 Scripts/oracle/regex_random_vectors.py [--seed N] [--count N] [--out FILE]

The committed file (Tests/IFEvalEngineTests/Vectors/regex_random_vectors.json) is
seed 17, 3,000 cases; PythonRegexRandomVectorTests replays it. Run with another seed or
a larger count and point REGEX_EXTRA_VECTORS at the output to test more. Cases where
CPython takes longer than a second are left out. Standard library only.
"""
import argparse
import json
import random
import signal
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from regex_vectors import run  # noqa: E402

ALPHABET = list("abcAB1 _-\n.") + ["é", "É", "ſ", "K", "\u212a", "ß", "ẞ", "σ", "Σ", "ς", "İ", "ı", "٣", "\U00010400",
                                    "\U00010428", "ɤ", "\u00a0", "(", ")", "<", ">"]
LITERALS = list("abcAB1 _-") + ["é", "ſ", "K", "ß", "Σ", "ς", "İ", "ı", "\U00010400", "\\.", "\\(", "\\n", "\\x41",
                                 "\\u00e9", "\\U00010428", "\\N{LATIN SMALL LETTER A}", "\\N{EM DASH}", "\\t", "\\-", "\\ "]
CLASS_ITEMS = ["a", "b", "A-Z", "a-c", "\\d", "\\w", "\\s", "\\W", "é", "ſ", "\\U00010400-\\U0001044f", "\\u0100-\\U00010000",
               "k", "-", "\\]", "^", "\\u212a", "0-9", "\\x00-\\x7f", "σ"]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.groups = 0
        self.names = []

    def atom(self, depth):
        r = self.r
        k = r.random()
        if depth > 3 or k < 0.35:
            return r.choice(LITERALS)
        if k < 0.45:
            return r.choice([".", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\b", "\\B", "^", "$", "\\A", "\\Z"])
        if k < 0.55:
            items = "".join(r.choice(CLASS_ITEMS) for _ in range(r.randint(1, 3)))
            return "[" + ("^" if r.random() < 0.3 else "") + items + "]"
        if k < 0.63 and self.groups:
            g = r.randint(1, self.groups)
            if self.names and r.random() < 0.3:
                return "(?P=%s)" % r.choice(self.names)
            return "\\%d" % g
        if k < 0.70 and self.groups:
            g = r.randint(1, self.groups + 1)
            yes = self.seq(depth + 1)
            no = "|" + self.seq(depth + 1) if r.random() < 0.6 else ""
            return "(?(%d)%s%s)" % (g, yes, no)
        body = self.alt(depth + 1)
        kind = r.random()
        if kind < 0.35:
            self.groups += 1
            return "(" + body + ")"
        if kind < 0.45:
            self.groups += 1
            name = "g%d" % self.groups
            self.names.append(name)
            return "(?P<%s>%s)" % (name, body)
        if kind < 0.55:
            return "(?:" + body + ")"
        if kind < 0.62:
            return "(?>" + body + ")"
        if kind < 0.70:
            return "(?" + r.choice(["=", "!"]) + body + ")"
        if kind < 0.80:
            fixed = "".join(r.choice(["a", "b", ".", "\\w", "[ab]", "é", "\\d"]) for _ in range(r.randint(0, 3)))
            if r.random() < 0.3:
                fixed += "|" + "".join(r.choice(["a", "b", "c"]) for _ in range(r.randint(0, 3)))
            return "(?" + r.choice(["<=", "<!"]) + fixed + ")"
        flags = "".join(r.sample("imsx", r.randint(1, 2)))
        if r.random() < 0.3:
            flags = r.choice(["a", "u", "ai"])
        off = "-" + r.choice("imsx") if r.random() < 0.3 else ""
        if off and off[1] in flags:
            off = ""
        return "(?" + flags + off + ":" + body + ")"

    def quantified(self, depth):
        a = self.atom(depth)
        r = self.r
        if r.random() < 0.35:
            q = r.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}", "{0,1}"])
            q += r.choice(["", "", "?", "+"])
            return a + q
        return a

    def seq(self, depth):
        return "".join(self.quantified(depth) for _ in range(self.r.randint(0, 4 if depth == 0 else 2)))

    def alt(self, depth):
        parts = [self.seq(depth)]
        while self.r.random() < 0.25 and len(parts) < 3:
            parts.append(self.seq(depth))
        return "|".join(parts)


def pattern(rng):
    g = Gen(rng)
    p = g.alt(0)
    if rng.random() < 0.2:
        p = rng.choice(["(?i)", "(?a)", "(?x)", "(?s)", "(?m)", "(?ai)", "(?ix)", "(?#c)"]) + p
    if rng.random() < 0.08 and p:
        i = rng.randrange(len(p) + 1)
        p = p[:i] + rng.choice(["(", ")", "[", "*", "?", "{", "\\", "(?", "(?P<", "(?(", "\\N{", "(?i)", "|"]) + p[i:]
    return p


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / "Tests/IFEvalEngineTests/Vectors/regex_random_vectors.json"))
    args = ap.parse_args()
    assert sys.version_info[:2] == (3, 11), "use CPython 3.11"
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, on_alarm)
    rng = random.Random(args.seed)
    cases = []
    slow = 0
    while len(cases) < args.count:
        p = pattern(rng)
        flags = rng.choice(["", "", "", "i", "m", "s", "a", "ai", "x"])
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        signal.setitimer(signal.ITIMER_REAL, 1.0)
        try:
            case = run(p, flags, text)
        except Timeout:
            slow += 1
            continue
        except (RecursionError, SystemError):
            # SystemError: CPython 3.11's sre can raise "The span of capturing group is wrong".
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        cases.append(case)
    out = {"generator": "Scripts/oracle/regex_random_vectors.py", "python": sys.version.split()[0],
           "seed": args.seed, "cases": cases, "escape": [], "caseMatrix": {"chars": "", "rows": []}}
    Path(args.out).write_text(json.dumps(out, ensure_ascii=True, separators=(",", ":")) + "\n")
    errors = sum(1 for c in cases if "error" in c)
    print(f"seed {args.seed}: {len(cases)} cases ({errors} compile errors, {slow} slow ones left out) -> {args.out}")


if __name__ == "__main__":
    main()
