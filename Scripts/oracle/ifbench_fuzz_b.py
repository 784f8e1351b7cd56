#!/usr/bin/env python3
"""Differential fuzzing of helper B's IFBench ids against IFBench's own flow.

Usage: ifbench_fuzz_b.py SEED IFEVAL_BINARY ORACLE_DIR WORK_DIR
(ORACLE_DIR: the IFBench oracle, ../shared/oracles/ifbench-setup.sh; needs ../shared/ifbench.)
For each id: hand-written edge texts, random texts from tricky pieces (Unicode case
mappings, NFKD, decimal digits of other scripts, CSV quoting, Python whitespace) and lightly
mutated corpus responses, with the corpus's kwargs. Scores them with the official flow
(ifbench-run.py, errors recorded) and with `ifeval score`; every cell (strict and loose) must
agree, and a cell where the official code raises must be not followed with a reason saying so.
Known gap (text analysis, not these verifiers): U+001C..U+001F right after a sentence end.
"""
import os, subprocess, sys
seed, binary, oracle, work = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3], sys.argv[4]
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared")
if not os.path.isdir(shared): shared = "../shared"
os.makedirs(work, exist_ok=True)
os.chdir(work)
import json, random, collections
random.seed(int(seed))
ids = "words:alphabet words:vowel words:consonants words:palindrome words:prime_lengths words:start_verb words:repeats words:odd_even_syllables words:last_first words:paragraph_last_first words:no_consecutive words:keywords_specific_position words:words_position custom:multiples custom:mcq_count_length custom:reverse_newline custom:word_reverse custom:character_reverse custom:sentence_alphabet custom:european_capitals_sort custom:csv_city custom:csv_special_character custom:csv_quotes custom:date_format_list".split()
base = os.path.join(shared, "ifbench") + "/"
kw = {}
resp_by_id = {i: [] for i in ids}
for c in ["sample", "crosspaired", "mutations"]:
    inputs = [json.loads(l) for l in open(base + c + "/input_data.jsonl")]
    resps = {}
    for l in open(base + c + "/responses.jsonl"):
        d = json.loads(l); resps[d["prompt"]] = d["response"]
    for d in inputs:
        for i, k in zip(d["instruction_id_list"], d["kwargs"]):
            if i in ids:
                kw.setdefault(i, []).append(k)
                r = resps.get(d["prompt"])
                if r is not None: resp_by_id[i].append(r)
pieces = ["apple", "Banana", "cat", "dog", "İstanbul", "\u212aelvin", "ﬁsh", "café", "cafe\u0301", "Ⅻ", "١٢٣٤", "１４", "14", "21", "28", "35", "42", "49", "7",
          "level", "Racecar", "stats", "Zimbabwe", "Zambia", "Åland", "bald", "eagle", "elgae", "dlab", "ELGAE DLAB", "Reykjavík", "Helsinki", "Oslo",
          "1769-08-15", "1800-02-30", "1821-12-31", "١٨٠٠-٠١-٠١", "1799-00-00", "Question 1:", "Question 2)", "A. opt", "b) x", "E.\tz",
          "ID,Country,City,Year,Count", "\"a,b\"", "\"\"", "\"x\"", "StudentID\tSubject\tGrade\tSemester\tScore", "\"Student\"", "ProductID,Category,Brand,Price,Stock",
          "\"$\"", "Run", "Go", "strong", "xyz", "aeiou", "ß", "Σ", "ΣΑΣ", "'s", "n't", "``", "--", "...", "()", "!", "?", "I", "a", "A", "z", "Z", "'", "\"", "*"]
seps = [" ", " ", " ", "\n", "\n\n", "\r", "\r\n", "\t", "\x0b", "\u00a0", "\u2028", "\u3000", ",", ", ", ". ", "! ", "? ", "; ", "*", " - ", "\u0301", ""]
def rand_text():
    n = random.randint(0, 30)
    return "".join(random.choice(pieces) + random.choice(seps) for _ in range(n))
def mutate(t):
    if not t: return t
    s = list(t)
    for _ in range(random.choice([0, 0, 1, 1, 2, 4])):
        p = random.randrange(len(s) + 1)
        op = random.random()
        ins = random.choice(seps + pieces)
        if op < 0.5: s[p:p] = list(ins)
        elif p < len(s): del s[p:p + random.randint(1, 5)]
    return "".join(s)
hand = ["", " ", "\n", "\r", "a\rb", "\"\"", "Question", "Q", "x", "elgae dlab", "14, 21, 28, 35, 42, 49", "14,21,28,35,42,49,", "1769-01-01", " 1769-01-01 ,\n1770-02-29",
        "1769-01-01\n", "٠١٧٦٩-01-01", "StudentID\tSubject\tGrade\tSemester\tScore\n\"a\"\t\"b\"\t \t\"d\"\t\"e\"", "ID,Country,City,Year,Count\r\n1,a,b,c,d"]
rows = []
n = 0
for i in ids:
    texts = hand + [rand_text() for _ in range(60)]
    rs = resp_by_id[i]
    texts += [mutate(random.choice(rs)) for _ in range(60)] if rs else []
    for t in texts:
        k = dict(random.choice(kw[i]))
        if i == "words:repeats": k["small_n"] = random.choice([1.0, 2.0, 3.0, 2.5])
        if i == "words:words_position" and random.random() < 0.3: k["keyword"] = random.choice(["cat", "apple", " Cat ", "ß", "."])
        n += 1
        rows.append(({"key": n, "prompt": f"[fuzz {n}]", "instruction_id_list": [i], "kwargs": [k]}, {"key": n, "prompt": f"[fuzz {n}]", "response": t}))
with open("input.jsonl", "w") as f:
    for a, _ in rows: f.write(json.dumps(a, ensure_ascii=False) + "\n")
with open("resp.jsonl", "w") as f:
    for _, b in rows: f.write(json.dumps(b, ensure_ascii=False) + "\n")

if os.path.exists("off_errors.jsonl"): os.remove("off_errors.jsonl")
env = dict(os.environ, NLTK_DATA=os.path.join(oracle, "nltk_data"))
subprocess.run([os.path.join(oracle, "venv/bin/python"), os.path.join(shared, "oracles/ifbench-run.py"), "--input_data", "input.jsonl",
                "--input_response_data", "resp.jsonl", "--output_dir", "off", "--on_error", "record", "--errors", "off_errors.jsonl"],
               check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
subprocess.run([binary, "score", "--suite", "ifbench", "--input-data", "input.jsonl", "--responses", "resp.jsonl", "--output-dir", "ours"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
errs=collections.defaultdict(set)
for l in open("off_errors.jsonl"):
    e=json.loads(l); errs[(str(e["key"]),e["mode"])].add(e["index"])
tally=collections.Counter(); bad=[]
for mode in ["strict","loose"]:
    off={str(json.loads(l)["key"]) if "key" in json.loads(l) else json.loads(l)["prompt"]:json.loads(l) for l in open(f"off/eval_results_{mode}.jsonl")}
    for l in open(f"ours/eval_results_{mode}.jsonl"):
        r=json.loads(l); k=str(r["key"]); i=r["instruction_id_list"][0]
        got=r["follow_instruction_list"][0]; reason=r.get("reasons",[""])[0]
        if 0 in errs[(k,mode)]:
            ok = (not got) and "official code raises" in reason
        else:
            o=off.get(k) or off.get(r["prompt"])
            if o is None: tally["missing"]+=1; continue
            ok = o["follow_instruction_list"][0]==got
        tally[ok]+=1
        if not ok: bad.append((mode,i,k,got,reason[:150]))
print(f"{tally[True]} of {tally[True] + tally[False]} cells agree")
for b in bad[:40]: print(b)
sys.exit(1 if bad else 0)
