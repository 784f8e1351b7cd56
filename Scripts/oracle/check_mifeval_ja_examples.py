#!/usr/bin/env python3
"""Checks the M-IFEval Japanese verifiers' examples against M-IFEval's own checkers.

Usage:
  ifeval instructions --suite mifeval-ja --json > examples.json
  $ORACLE/venv/bin/python Scripts/oracle/check_mifeval_ja_examples.py MIFEVAL_DIR < examples.json
where MIFEVAL_DIR holds the official code (../shared/reference-code/m-ifeval) and ORACLE is the
M-IFEval oracle (../shared/oracles/mifeval-ja-setup.sh: janome 0.5.0, ja_sentence_segmenter 0.0.2,
langdetect 1.0.9). kwargs are passed as given, as M-IFEval does; langdetect is seeded with 0.
Only the ja instruction module is imported. Prints each disagreement and exits 1 if there is one.
"""
import json
import sys

sys.path.insert(0, sys.argv[1])
import langdetect  # noqa: E402
from instructions import ja_instructions  # noqa: E402

langdetect.DetectorFactory.seed = 0
CLASSES = {
    "keywords:existence": "KeywordChecker", "keywords:frequency": "KeywordFrequencyChecker",
    "keywords:forbidden_words": "ForbiddenWords", "keywords:letter_frequency": "LetterFrequencyChecker",
    "language:response_language": "ResponseLanguageChecker", "length_constraints:number_sentences": "NumberOfSentences",
    "length_constraints:number_paragraphs": "ParagraphChecker", "length_constraints:number_letters": "NumberOfLetters",
    "length_constraints:nth_paragraph_first_word": "ParagraphFirstWordCheck",
    "detectable_content:number_placeholders": "PlaceholderChecker", "detectable_content:postscript": "PostscriptChecker",
    "detectable_format:number_bullet_lists": "BulletListChecker", "detectable_format:number_numbered_lists": "NumberedListChecker",
    "detectable_format:constrained_response": "ConstrainedResponseChecker",
    "detectable_format:number_highlighted_sections": "HighlightSectionChecker",
    "detectable_format:multiple_sections": "SectionChecker", "detectable_format:json_format": "JsonFormat",
    "detectable_format:title": "TitleChecker", "combination:two_responses": "TwoResponsesChecker",
    "combination:repeat_prompt": "RepeatPromptThenAnswer", "startend:end_checker": "EndChecker",
    "startend:sentence_unified_end": "SentenceEndingUnification", "detectable_format:nominal_ending": "NominalEndingChecker",
    "letters:furigana": "FuriganaForKanji", "letters:kansuuji": "KanjiNumberNotationChecker", "letters:no_katakana": "NoKatakana",
    "letters:katakana_only": "KatakanaOnly", "letters:no_hiragana": "NoHiragana", "letters:hiragana_only": "HiraganaOnly",
    "letters:kanji": "KanjiLimit", "punctuation:no_comma": "CommaChecker", "punctuation:no_period": "PeriodChecker",
    "startend:quotation": "QuotationChecker",
}

examples = json.load(sys.stdin)
bad = 0
for e in examples:
    cls = getattr(ja_instructions, CLASSES[e["instruction_id"].removeprefix("ja:")])
    inst = cls(e["instruction_id"])
    inst.build_description(**(e["kwargs"] or {}))
    try:
        official = bool(inst.check_following(e["response"]))
    except Exception as error:  # noqa: BLE001
        official = "raises %s" % type(error).__name__
    if official != e["expected"] or (e["ours"] is not None and e["ours"] != official):
        bad += 1
        print(f"{e['instruction_id']}: official {official}, expected {e['expected']}, ours {e['ours']}: {e['response']!r}")
print(f"{len(examples) - bad} of {len(examples)} examples agree with the official checkers")
sys.exit(1 if bad else 0)
