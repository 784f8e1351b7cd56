#!/usr/bin/env python3
"""Generate Prompts/builtin_prompts.jsonl, the prompt set that ships inside the tool.

Every piece of text here was written for this project: the tasks (tasks.txt), the yes/no
questions (questions.txt) and the ways each of the 25 instructions is said in words
(PHRASINGS below). The script composes them with a fixed seed, so the output is the
same on every run; it avoids the instruction pairs the official code marks as
conflicting, and pairs that would contradict each other in words (lowercase text with
a "P.S.", a limit of 60 words with 6 paragraphs, ...).

Last, Self-Instruct's novelty rule: no two prompts may have a ROUGE-L F-measure of 0.7
or more (rouge-score's rougeL, restated below with the standard library). The first pass
above does not look at similarity (so that the prompts it made stay as they were when
the set was first published); a second pass walks the prompts in key order and
re-composes each one that is too close to an earlier one, with the same instruction ids
(and language), from a wider choice of phrasings, and if need be another task that suits
the same ids, until it is far enough from every earlier prompt.

Then run Scripts/prompts/embed_prompts.py to regenerate the Swift file, and
`ifeval prompts --validate Prompts/builtin_prompts.jsonl` to check the result.
Standard library only.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUTPUT = os.path.join(ROOT, "Prompts", "builtin_prompts.jsonl")
SEED = 20240611
TOTAL = 500
# Self-Instruct keeps an instruction only when its ROUGE-L with every other is below 0.7.
MAX_SIMILARITY = 0.7

# --- Instruction ids -------------------------------------------------------------------

EXISTENCE = "keywords:existence"
FREQUENCY = "keywords:frequency"
FORBIDDEN = "keywords:forbidden_words"
LETTER = "keywords:letter_frequency"
LANGUAGE = "language:response_language"
SENTENCES = "length_constraints:number_sentences"
PARAGRAPHS = "length_constraints:number_paragraphs"
WORDS = "length_constraints:number_words"
NTH = "length_constraints:nth_paragraph_first_word"
PLACEHOLDERS = "detectable_content:number_placeholders"
POSTSCRIPT = "detectable_content:postscript"
BULLETS = "detectable_format:number_bullet_lists"
CONSTRAINED = "detectable_format:constrained_response"
HIGHLIGHTS = "detectable_format:number_highlighted_sections"
SECTIONS = "detectable_format:multiple_sections"
JSON_FORMAT = "detectable_format:json_format"
TITLE = "detectable_format:title"
TWO = "combination:two_responses"
REPEAT = "combination:repeat_prompt"
END = "startend:end_checker"
CAPITAL_FREQ = "change_case:capital_word_frequency"
CAPITAL = "change_case:english_capital"
LOWER = "change_case:english_lowercase"
NO_COMMA = "punctuation:no_comma"
QUOTATION = "startend:quotation"

GENERAL = [EXISTENCE, FREQUENCY, FORBIDDEN, LETTER, LANGUAGE, SENTENCES, PARAGRAPHS, WORDS, NTH,
           PLACEHOLDERS, POSTSCRIPT, BULLETS, HIGHLIGHTS, SECTIONS, TITLE, END, CAPITAL_FREQ,
           CAPITAL, LOWER, NO_COMMA, QUOTATION]
# Ids that shape the whole answer: each leads a fixed number of prompts.
SPECIAL_COUNTS = {JSON_FORMAT: 22, TWO: 22, REPEAT: 24}


# --- Which pairs may share a prompt ----------------------------------------------------

def only_with(*allowed):
    return ("only", set(allowed))


# The official table (lm-eval's INSTRUCTION_CONFLICTS, made symmetric), restated.
OFFICIAL_CONFLICTS = {
    LANGUAGE: {SECTIONS, EXISTENCE, FREQUENCY, FORBIDDEN, END, CAPITAL, LOWER},
    PARAGRAPHS: {NTH, SENTENCES},
    SECTIONS: {HIGHLIGHTS},
    CAPITAL_FREQ: {LOWER, CAPITAL},
    LOWER: {CAPITAL},
    QUOTATION: {TITLE},
}
EXCLUSIVE = {
    CONSTRAINED: set(),
    JSON_FORMAT: {EXISTENCE, FORBIDDEN},
    TWO: {EXISTENCE, FORBIDDEN, LANGUAGE, TITLE, NO_COMMA},
    REPEAT: {EXISTENCE, TITLE, NO_COMMA},
}
# Pairs the official table allows but whose wording would contradict itself.
AWKWARD = {
    LANGUAGE: {LETTER, CAPITAL_FREQ, NTH},
    LOWER: {POSTSCRIPT, SECTIONS, END},
    CAPITAL: {SECTIONS, END},
    SECTIONS: {PARAGRAPHS, NTH},
    NTH: {BULLETS},
}


def compatible(a, b):
    if a == b:
        return False
    for x, y in ((a, b), (b, a)):
        if x in EXCLUSIVE and y not in EXCLUSIVE[x]:
            return False
        if y in OFFICIAL_CONFLICTS.get(x, set()) or y in AWKWARD.get(x, set()):
            return False
    return True


# Kinds of task an instruction suits (None: every kind).
SUITS = {
    PLACEHOLDERS: {"email", "letter", "cover", "copy", "announce", "plan", "speech", "social", "tech", "faq"},
    BULLETS: {"list", "advice", "plan", "explain", "tech", "summary", "faq", "recipe", "copy", "email",
              "blog", "review", "essay", "announce", "description"},
    JSON_FORMAT: {"list", "plan", "recipe", "faq", "summary", "review", "copy", "advice", "explain", "tech"},
}
SHORT_KINDS = {"limerick", "riddle", "social"}
LONG_KINDS = {"essay", "cover", "blog", "story", "speech", "plan", "tech", "faq"}
for short_unfit in (PARAGRAPHS, NTH, SECTIONS):
    SUITS[short_unfit] = "not-short"


def suits(instruction, kind):
    rule = SUITS.get(instruction)
    if rule is None:
        return True
    if rule == "not-short":
        return kind not in SHORT_KINDS
    return kind in rule


# --- How each instruction is said ------------------------------------------------------

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]
ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"]
LANGUAGES = {
    "en": "English", "es": "Spanish", "pt": "Portuguese", "ar": "Arabic", "hi": "Hindi", "fr": "French",
    "ru": "Russian", "de": "German", "ja": "Japanese", "it": "Italian", "bn": "Bengali", "uk": "Ukrainian",
    "th": "Thai", "ur": "Urdu", "ta": "Tamil", "te": "Telugu", "bg": "Bulgarian", "ko": "Korean",
    "pl": "Polish", "he": "Hebrew", "fa": "Persian", "vi": "Vietnamese", "ne": "Nepali", "sw": "Swahili",
    "kn": "Kannada", "mr": "Marathi", "gu": "Gujarati", "pa": "Punjabi", "ml": "Malayalam", "fi": "Finnish",
}
END_PHRASES = {
    "mail": ["Looking forward to hearing from you.", "Thank you for your time.", "Let me know if you have any questions.",
             "Hope to see you there.", "Warm regards to everyone."],
    "tale": ["The end.", "And that was only the beginning.", "Goodnight.", "Nobody ever saw it again.",
             "And the lights went out."],
    "other": ["Is there anything else I can help with?", "Let me know if you have additional questions.",
              "Hope this helps.", "Thanks for reading.", "That is all for today.", "Stay curious.",
              "Any other questions?", "Have a wonderful day."],
}
END_GROUP = {"email": "mail", "letter": "mail", "cover": "mail", "announce": "mail",
             "story": "tale", "poem": "tale", "song": "tale", "limerick": "tale"}
SPLITTERS = {"story": ["Chapter", "Scene", "PART"], "poem": ["Stanza"], "song": ["Verse"],
             "plan": ["Day", "Week", "Step"], "recipe": ["Step"], "tech": ["Section", "PART"],
             "speech": ["Part"], "dialogue": ["Scene", "Act"]}
DEFAULT_SPLITTERS = ["Section", "SECTION", "Part", "PART"]
FIRST_WORDS = ["meanwhile", "however", "today", "imagine", "finally", "consider", "yesterday", "honestly",
               "remember", "unfortunately", "luckily", "still", "next", "suddenly", "overall", "interestingly",
               "first", "later", "sometimes", "because", "perhaps", "above", "instead", "now"]
PLACEHOLDER_EXAMPLES = ["[name]", "[date]", "[address]", "[company]", "[phone number]", "[city]", "[time]"]
TITLE_EXAMPLES = ["<<title>>", "<<a title here>>", "<<your title>>", "<<like this>>"]
RARE_LETTERS = "zqxjkvwybgpf"
VERY_RARE_LETTERS = "zqxj"
COMMON_LETTERS = "eatonsrilhd"


def units(kind):
    return {"poem": ("stanza", "stanzas"), "song": ("verse", "verses")}.get(kind, ("paragraph", "paragraphs"))


class Writer:
    """Turns (instruction id, task) into kwargs and a sentence saying the constraint."""

    def __init__(self, rng):
        self.rng = rng
        self.languages = []

    def choice(self, options):
        return self.rng.choice(options)

    def number(self, n):
        if n <= 12 and self.rng.random() < 0.5:
            return NUMBER_WORDS[n]
        return str(n)

    def language(self):
        if not self.languages:
            codes = [c for c in LANGUAGES if c != "en"]
            self.rng.shuffle(codes)
            self.languages = codes + ["en"]
        return self.languages.pop(0)

    def say(self, instruction, task, context):
        c, n = self.choice, self.number
        kind, words, tempting = task["kind"], task["words"], task["tempting"]
        if instruction == EXISTENCE:
            picked = self.rng.sample(words, 3 if self.rng.random() < 0.3 else 2)
            q = [f"'{w}'" for w in picked]
            listed = q[0] + " and " + q[1] if len(q) == 2 else f"{q[0]}, {q[1]} and {q[2]}"
            bare = " and ".join(picked) if len(picked) == 2 else f"{picked[0]}, {picked[1]} and {picked[2]}"
            text = c([f"Include the keywords {listed} in your response.",
                      f"Make sure the words {listed} appear somewhere in your answer.",
                      f"Work the words {bare} into the text.",
                      f"Your answer must mention {listed}."])
            return {"keywords": picked}, text
        if instruction == FREQUENCY:
            word = c(words)
            if self.rng.random() < 0.6:
                k = c([2, 3, 3, 4, 5])
                text = c([f"Use the word '{word}' at least {n(k)} times.",
                          f"The word {word} should appear {n(k)} times or more.",
                          f"Mention '{word}' no fewer than {n(k)} times."])
                return {"keyword": word, "frequency": k, "relation": "at least"}, text
            k = c([2, 3, 4])
            text = c([f"Use the word '{word}' fewer than {n(k)} times.",
                      f"The word '{word}' may appear, but less than {n(k)} times.",
                      f"Do not use the word '{word}' {n(k)} or more times."])
            return {"keyword": word, "frequency": k, "relation": "less than"}, text
        if instruction == FORBIDDEN:
            if self.rng.random() < 0.35:
                word = c(tempting)
                return {"forbidden_words": [word]}, c([f"You are not allowed to use the word '{word}'.",
                                                       f"Do not use the word \"{word}\" anywhere.",
                                                       f"Avoid the word {word} entirely."])
            a, b = tempting[0], tempting[1]
            return {"forbidden_words": [a, b]}, c([f"Do not use the words '{a}' or '{b}' anywhere in your response.",
                                                   f"Avoid the words {a} and {b}.",
                                                   f"Never use the words \"{a}\" or \"{b}\"."])
        if instruction == LETTER:
            short = context.get("short", False)
            if self.rng.random() < 0.65:
                if not short and self.rng.random() < 0.4:
                    letter, k = c(COMMON_LETTERS), c([15, 20, 25, 30, 40])
                else:
                    letter = c(RARE_LETTERS)
                    k = c([2, 3] if short or letter in VERY_RARE_LETTERS else [3, 4, 5, 6, 8, 10])
                text = c([f"The letter '{letter}' should appear at least {n(k)} times in your response.",
                          f"Use the letter {letter} {n(k)} times or more.",
                          f"Make sure the letter \"{letter}\" shows up at least {n(k)} times."])
                return {"letter": letter, "let_frequency": k, "let_relation": "at least"}, text
            letter, k = c(RARE_LETTERS), c([2, 3, 4, 5])
            text = c([f"The letter '{letter}' must appear fewer than {n(k)} times.",
                      f"Keep the letter {letter} to less than {n(k)} appearances.",
                      f"Use the letter '{letter}' less than {n(k)} times in the whole answer."])
            return {"letter": letter, "let_frequency": k, "let_relation": "less than"}, text
        if instruction == LANGUAGE:
            code = context["language"]
            name = LANGUAGES[code]
            text = c([f"Your entire response must be in {name}; no other language is allowed.",
                      f"Write your whole answer in {name}, and use no other language.",
                      f"Please respond only in {name}.",
                      f"Answer in {name} only, with no words from any other language."])
            return {"language": code}, text
        if instruction == SENTENCES:
            if context.get("sentences") == "less than":
                k = max(c([3, 4, 5, 6, 8, 10]), context.get("min_units", 0) + 3)
                text = c([f"Answer in fewer than {n(k)} sentences.", f"Keep it under {n(k)} sentences.",
                          f"Your response should contain less than {n(k)} sentences."])
                return {"num_sentences": k, "relation": "less than"}, text
            k = c([2, 3, 4] if kind in SHORT_KINDS else [3, 4, 4, 5, 5, 6, 6, 8] if kind in ("poem", "song") else [3, 4, 5, 6, 8, 10, 12, 15])
            text = c([f"Your response should contain at least {n(k)} sentences.", f"Write {n(k)} sentences or more.",
                      f"Use no fewer than {n(k)} sentences."])
            return {"num_sentences": k, "relation": "at least"}, text
        if instruction == PARAGRAPHS:
            k = context["paragraphs"]
            one, many = units(kind)
            text = c([f"Your response should have exactly {n(k)} {many}, separated from each other by the markdown divider (***).",
                      f"Write {n(k)} {many}. Separate {many} with the markdown divider ***.",
                      f"There should be exactly {n(k)} {many}, with *** on its own line between each {one} and the next."])
            return {"num_paragraphs": k}, text
        if instruction == NTH:
            k = context["paragraphs"]
            nth = self.rng.randint(1, k)
            word = c(FIRST_WORDS)
            one, many = units(kind)
            target = f"the {ORDINALS[nth]} {one}" if self.rng.random() < 0.7 else f"{one} {nth}"
            text = c([f"There should be {n(k)} {many}. {many.capitalize()} are separated by two new lines, as if you pressed enter twice. {target[0].upper() + target[1:]} must start with the word '{word}'.",
                      f"Write {n(k)} {many} separated from each other by a blank line, and begin {target} with the word \"{word}\".",
                      f"Use exactly {n(k)} {many}, separated by empty lines; {target} has to begin with the word {word}."])
            return {"num_paragraphs": k, "nth_paragraph": nth, "first_word": word}, text
        if instruction == PLACEHOLDERS:
            k = c([1, 2, 2, 3, 3, 4, 5])
            ex = c(PLACEHOLDER_EXAMPLES)
            plural = "placeholder" if k == 1 else "placeholders"
            text = c([f"Include at least {n(k)} {plural} in square brackets, such as {ex}.",
                      f"The response must contain at least {n(k)} {plural} represented by square brackets, like {ex}.",
                      f"Leave at least {n(k)} {'blank' if k == 1 else 'blanks'} for the reader to fill in, written in square brackets such as {ex}."])
            return {"num_placeholders": k}, text
        if instruction == POSTSCRIPT:
            marker = c(["P.S.", "P.S.", "P.P.S"])
            text = c([f"At the end of your response, please add a postscript starting with {marker}",
                      f"Finish with a postscript that begins with {marker}",
                      f"After the main text, add a short note that starts with {marker}"])
            if not text.endswith("."):
                text += "."
            return {"postscript_marker": marker}, text
        if instruction == BULLETS:
            k = context["bullets"]
            text = c([f"Your answer must contain exactly {n(k)} bullet points, using markdown bullets such as:\n* This is a point.",
                      f"Use exactly {n(k)} markdown bullet points (lines starting with \"* \") and no other bullets.",
                      f"Format the main part as exactly {n(k)} bullet points written with the markdown '* ' marker."])
            return {"num_bullets": k}, text
        if instruction == HIGHLIGHTS:
            k = c([1, 2, 2, 3, 3, 4, 5])
            text = c([f"Highlight at least {n(k)} {'section' if k == 1 else 'sections'} of your answer with markdown, for example *highlighted section*.",
                      f"Use markdown to highlight at least {n(k)} {'part' if k == 1 else 'parts'} of your response, like *this part*.",
                      f"Mark at least {n(k)} key {'phrase' if k == 1 else 'phrases'} in italics with single asterisks, e.g. *key phrase*."])
            return {"num_highlights": k}, text
        if instruction == SECTIONS:
            k = context["sections"]
            s = c(SPLITTERS.get(kind, DEFAULT_SPLITTERS))
            text = c([f"Your response must have {n(k)} sections. Mark the beginning of each section with {s} X, such as: {s} 1.",
                      f"Organize the answer into {n(k)} sections, each starting with '{s} 1', '{s} 2' and so on.",
                      f"Split your response into {n(k)} parts labeled {s} 1, {s} 2, and so on."])
            return {"section_spliter": s, "num_sections": k}, text
        if instruction == JSON_FORMAT:
            return {}, c(["Wrap your entire output in JSON format.",
                          "Your entire response should be valid JSON; you may wrap it in markdown triple backticks.",
                          "Format the whole answer as a JSON object, with nothing outside it."])
        if instruction == TITLE:
            ex = c(TITLE_EXAMPLES)
            return {}, c([f"Include a title wrapped in double angular brackets, such as {ex}.",
                          f"Give your answer a title in double angular brackets, for example {ex}.",
                          f"Add a title enclosed in double angle brackets, i.e. {ex}."])
        if instruction == TWO:
            return {}, c(["Give two different responses. Responses and only responses should be separated by 6 asterisk symbols: ******.",
                          "Write two different versions, separated by six asterisks (******) and nothing else.",
                          "Provide two distinct answers, one after the other, separated by the line ******."])
        if instruction == END:
            phrase = c(END_PHRASES[END_GROUP.get(kind, "other")])
            text = c([f"End your response with the exact phrase '{phrase}' No other words should follow it.",
                      f"Finish your answer with this exact phrase: {phrase}",
                      f"Your reply must end with the words \"{phrase}\" and nothing after them."])
            return {"end_phrase": phrase}, text
        if instruction == CAPITAL_FREQ:
            if self.rng.random() < 0.6:
                k = c([2, 3, 5, 8, 10, 12, 15] if not context.get("short") else [2, 3])
                text = c([f"Use words in all capital letters at least {n(k)} times to stress the important points.",
                          f"At least {n(k)} words should be written entirely in capital letters.",
                          f"Include {n(k)} or more words in ALL CAPS."])
                return {"capital_frequency": k, "capital_relation": "at least"}, text
            k = c([2, 3, 4, 5, 6])
            text = c([f"Words in all capital letters should appear fewer than {n(k)} times.",
                      f"Use fewer than {n(k)} fully capitalized words.",
                      f"Write less than {n(k)} words in all capital letters."])
            return {"capital_frequency": k, "capital_relation": "less than"}, text
        if instruction == CAPITAL:
            return {}, c(["Your entire response should be in English and in all capital letters.",
                          "Write everything in English, using capital letters only.",
                          "Reply in English, in all capital letters, with no lowercase letters at all."])
        if instruction == LOWER:
            return {}, c(["Your entire response should be in English, and in all lowercase letters. No capital letters are allowed.",
                          "Write in English using only lowercase letters, with no capitals at all.",
                          "Answer in English, all in lowercase letters."])
        if instruction == NO_COMMA:
            return {}, c(["Do not use any commas in your response.", "Avoid commas entirely.",
                          "Your reply must not contain a single comma.", "Write without using any commas."])
        if instruction == QUOTATION:
            return {}, c(["Wrap your entire response with double quotation marks.",
                          "Put your whole answer inside double quotes.",
                          "Enclose the entire reply in double quotation marks."])
        raise ValueError(instruction)

    def words_limit(self, task, context):
        c, n = self.choice, self.number
        if context.get("words") == "less than":
            k = c([100, 120, 150, 200, 250, 300] if task["kind"] in LONG_KINDS else [40, 50, 60, 80, 100, 120, 150])
            k = max(k, context.get("min_words", 0))
            text = c([f"Answer in fewer than {n(k)} words.", f"Keep your response under {n(k)} words.",
                      f"Use less than {n(k)} words."])
            return {"num_words": k, "relation": "less than"}, text
        k = c([100, 150, 200, 250, 300, 400, 500, 600])
        text = c([f"Your response should be at least {n(k)} words long.", f"Write no fewer than {n(k)} words.",
                  f"The response must contain {n(k)} words or more."])
        return {"num_words": k, "relation": "at least"}, text


REPEAT_PHRASES = [
    "First repeat the request above word for word without change, then give your answer. Do not say anything before repeating the request, and do not repeat this sentence.",
    "Before you answer, copy the request above exactly as written, word for word, and only then respond. Write nothing before the copied request, and leave this sentence out of it.",
    "Start by restating the request above verbatim, with no changes and nothing before it (leave out this sentence), then answer it.",
]
# Drawn from only when re-composing a prompt that was too similar to another.
MORE_REPEAT_PHRASES = [
    "Repeat the request above word for word, then answer it.",
    "Copy out the request above unchanged (not this sentence) and then respond.",
    "Echo the request above exactly as given before replying; this sentence is not part of it.",
    "Begin with the request above, verbatim, and only then give the answer.",
    "Restate the request above without changing a word, then write your response.",
    "Quote the request above exactly first; your reply comes after it.",
]
CONSTRAINED_PHRASES = [
    "Your answer must contain exactly one of the following phrases: My answer is yes., My answer is no., My answer is maybe.",
    "Reply with one of these options: \"My answer is yes.\", \"My answer is no.\", or \"My answer is maybe.\"",
    "Give a short reason, and make sure your reply includes one of: 'My answer is yes.', 'My answer is no.', 'My answer is maybe.'",
]


MORE_CONSTRAINED_PHRASES = [
    "Answer with My answer is no., My answer is yes. or My answer is maybe.",
    "End with one of 'My answer is maybe.', 'My answer is yes.' and 'My answer is no.'",
    "Say which: \"My answer is yes.\" / \"My answer is maybe.\" / \"My answer is no.\"",
    "Include exactly one option: My answer is maybe., My answer is no., My answer is yes.",
    "Pick one reply from My answer is no., My answer is maybe., My answer is yes. and explain briefly.",
    "Use one of the phrases My answer is yes., My answer is no., My answer is maybe. in your reply.",
    "Respond using one of: My answer is maybe. | My answer is yes. | My answer is no.",
    "Decide, then write My answer is no., My answer is yes. or My answer is maybe. somewhere in your reply.",
]


# --- ROUGE-L, as rouge-score computes it (RougeScorer(["rougeL"]), no stemming) -----------

def rouge_tokens(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def rouge_l(a, b):
    """F-measure of the longest common subsequence of two token lists (bit-parallel LCS)."""
    if not a or not b:
        return 0.0
    masks = {}
    for position, token in enumerate(a):
        masks[token] = masks.get(token, 0) | (1 << position)
    full = (1 << len(a)) - 1
    v = full
    for token in b:
        m = masks.get(token)
        if m is not None:
            v = ((v + (v & m)) | (v & ~m)) & full
    lcs = len(a) - bin(v).count("1")
    precision, recall = lcs / len(b), lcs / len(a)
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def too_similar(tokens, others):
    for other in others:
        # An LCS is at most the shorter length: most pairs are ruled out by their lengths.
        shorter = min(len(tokens), len(other))
        if shorter and 2 * shorter / (len(tokens) + len(other)) >= MAX_SIMILARITY - 1e-9:
            if rouge_l(other, tokens) >= MAX_SIMILARITY:
                return True
    return False


# --- Reading the hand-written pieces ---------------------------------------------------

def read_lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def read_tasks():
    tasks = []
    for line in read_lines("tasks.txt"):
        kind, text, words, tempting = [part.strip() for part in line.split("|")]
        tasks.append({"kind": kind, "text": text,
                      "words": [w.strip() for w in words.split(",")],
                      "tempting": [w.strip() for w in tempting.split(",")]})
    return tasks


# --- Composing prompts -----------------------------------------------------------------

def pick_instructions(rng, task, lead, counts):
    """The lead instruction (a special one, or None) plus 0-2 general ones, balanced by use."""
    chosen = [lead] if lead else []
    size = rng.choices([1, 2, 3], weights=[35, 45, 20])[0]
    while len(chosen) < size:
        candidates = [i for i in GENERAL if suits(i, task["kind"]) and all(compatible(i, j) for j in chosen)]
        if lead == REPEAT and "," in task["text"]:
            candidates = [i for i in candidates if i != NO_COMMA]  # the repeated request would hold a comma
        if not candidates:
            break
        weights = [(1.5 if i == LANGUAGE else 1.0) / (1 + counts[i]) ** 3 for i in candidates]
        chosen.append(rng.choices(candidates, weights=weights)[0])
    return chosen


def plan_sizes(rng, chosen, kind):
    """Counts that must agree across instructions (paragraphs, bullets, word limits)."""
    context = {"short": False}
    if PARAGRAPHS in chosen or NTH in chosen:
        context["paragraphs"] = rng.choice([2, 3, 3, 4, 4, 5, 6]) if kind not in ("poem", "song") else rng.choice([2, 3, 4])
    if BULLETS in chosen:
        context["bullets"] = rng.choice([2, 3, 3, 4, 4, 5, 6])
    if SECTIONS in chosen:
        context["sections"] = rng.choice([2, 3, 3, 4, 5])
    units_needed = max(context.get("paragraphs", 0), context.get("bullets", 0), context.get("sections", 0))
    context["min_units"] = units_needed
    if WORDS in chosen:
        short_kind = kind in SHORT_KINDS
        context["words"] = "less than" if short_kind or rng.random() < 0.5 else "at least"
        if context["words"] == "less than":
            context["short"] = True
            context["min_words"] = 40 + 30 * units_needed
    if SENTENCES in chosen:
        context["sentences"] = "less than" if rng.random() < 0.45 else "at least"
        if context["sentences"] == "less than" and context.get("words") == "at least":
            context["sentences"] = "at least"
    if LANGUAGE in chosen:
        context["language"] = None
    return context


def compose(rng, writer, task, chosen, language=None, repeat_phrases=REPEAT_PHRASES):
    context = plan_sizes(rng, chosen, task["kind"])
    if LANGUAGE in chosen:
        code = language or writer.language()
        while WORDS in chosen and code in ("ja", "th"):
            writer.languages.append(code)
            code = writer.language()
        context["language"] = code
    sentences, kwargs = {}, {}
    for instruction in chosen:
        if instruction in (REPEAT, CONSTRAINED):
            continue
        if instruction == WORDS:
            kwargs[instruction], sentences[instruction] = writer.words_limit(task, context)
        else:
            kwargs[instruction], sentences[instruction] = writer.say(instruction, task, context)
    order = [i for i in chosen if i in sentences]
    rng.shuffle(order)
    # Whole-answer formats read best last.
    order.sort(key=lambda i: i in (TWO, JSON_FORMAT, QUOTATION))
    request = " ".join([task["text"]] + [sentences[i] for i in order])
    if REPEAT in chosen:
        kwargs[REPEAT] = {"prompt_to_repeat": request}
        prompt = request + " " + rng.choice(repeat_phrases)
    else:
        prompt = request
    return prompt, [kwargs[i] for i in chosen]


def make_novel(records, tasks):
    """Re-compose, in key order, every prompt too similar to an earlier one (in place);
    returns the keys changed."""
    rng = random.Random(SEED + 1)
    writer = Writer(rng)
    kept, changed = [], []
    for index, (prompt, chosen, kwargs, task) in enumerate(records):
        tokens = rouge_tokens(prompt)
        attempts = 0
        while too_similar(tokens, kept):
            attempts += 1
            if chosen == [CONSTRAINED]:
                prompt = task + " " + rng.choice(CONSTRAINED_PHRASES + MORE_CONSTRAINED_PHRASES)
            else:
                if attempts % 25 == 0:  # this task stays too close to another prompt: take another
                    task = rng.choice([t for t in tasks if all(suits(i, t["kind"]) for i in chosen)])
                language = next((k["language"] for i, k in zip(chosen, kwargs) if i == LANGUAGE), None)
                prompt, kwargs = compose(rng, writer, task, chosen, language, REPEAT_PHRASES + MORE_REPEAT_PHRASES)
                if REPEAT in chosen and NO_COMMA in chosen and "," in kwargs[0]["prompt_to_repeat"]:
                    continue
            tokens = rouge_tokens(prompt)
        if attempts:
            changed.append(index + 1)
            records[index] = (prompt, chosen, kwargs, task)
        kept.append(tokens)
    return changed


def main():
    rng = random.Random(SEED)
    writer = Writer(rng)
    tasks = read_tasks()
    questions = read_lines("questions.txt")
    counts = {i: 0 for i in GENERAL + list(SPECIAL_COUNTS) + [CONSTRAINED]}

    records = []
    for question in questions:
        records.append((question + " " + rng.choice(CONSTRAINED_PHRASES), [CONSTRAINED], [{}], question))
        counts[CONSTRAINED] += 1

    leads = [lead for lead, k in SPECIAL_COUNTS.items() for _ in range(k)]
    leads += [None] * (TOTAL - len(records) - len(leads))
    rng.shuffle(leads)
    order = []
    while len(order) < len(leads):
        batch = tasks[:]
        rng.shuffle(batch)
        order += batch
    seen = set()
    for lead, task in zip(leads, order):
        if lead and not suits(lead, task["kind"]):
            task = rng.choice([t for t in tasks if suits(lead, t["kind"])])
        while True:
            chosen = pick_instructions(rng, task, lead, counts)
            prompt, kwargs = compose(rng, writer, task, chosen)
            # A request to repeat that holds a comma cannot be repeated without commas.
            repeats_a_comma = REPEAT in chosen and NO_COMMA in chosen and "," in kwargs[0]["prompt_to_repeat"]
            if prompt not in seen and not repeats_a_comma:
                break
        seen.add(prompt)
        for i in chosen:
            counts[i] += 1
        records.append((prompt, chosen, kwargs, task))

    rng.shuffle(records)
    changed = make_novel(records, tasks)
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as f:
        for key, (prompt, ids, kwargs, _) in enumerate(records, start=1):
            f.write(json.dumps({"key": key, "prompt": prompt, "instruction_id_list": ids, "kwargs": kwargs},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} prompts to {os.path.relpath(OUTPUT, ROOT)}; "
          f"re-composed to stay below ROUGE-L {MAX_SIMILARITY}: keys {', '.join(map(str, changed))}")
    for i in sorted(counts):
        print(f"  {i:46} {counts[i]}")


if __name__ == "__main__":
    main()
