#!/usr/bin/env python3
"""Writes Tests/IFEvalEngineTests/Vectors/langdetect_vectors.json: what langdetect 1.0.9
(DetectorFactory.seed = 0, profiles loaded in shared profile_order.txt order) says about
the texts of langdetect_texts.py and variants derived from them.

Run with the oracle venv: /tmp/oracle/bin/python Scripts/oracle/langdetect_vectors.py
Each vector: text, language (detect's result, or null where LangDetectException is
raised) and probabilities (detect_langs as [code, repr(probability)] pairs, or null)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
PROFILES = os.path.join(ROOT, "..", "shared", "reference-data", "langdetect")
OUT = os.path.join(ROOT, "Tests", "IFEvalEngineTests", "Vectors", "langdetect_vectors.json")

sys.path.insert(0, HERE)
import langdetect_texts as texts  # noqa: E402
from langdetect import detector_factory  # noqa: E402
from langdetect.lang_detect_exception import LangDetectException  # noqa: E402


def seeded_factory(profile_dir=PROFILES):
    """langdetect's module-level factory, with profiles in the golden runs' order."""
    order = open(os.path.join(profile_dir, "profile_order.txt")).read().split()
    factory = detector_factory.DetectorFactory()
    factory.load_json_profile(
        [open(os.path.join(profile_dir, "profiles", name), encoding="utf-8").read() for name in order])
    factory.set_seed(0)
    detector_factory._factory = factory
    return factory


def oracle(text):
    try:
        language = detector_factory.detect(text)
        probabilities = [[p.lang, repr(p.prob)] for p in detector_factory.detect_langs(text)]
    except LangDetectException:
        return None, None
    return language, probabilities


def all_texts():
    result = []
    for language, items in texts.BY_LANGUAGE.items():
        for text in items:
            result.append(("lang:" + language, text))
            if len(text) > 20:
                result.append(("prefix:" + language, text[:12]))
            if text.upper() != text and len(text) > 20:
                result.append(("upper:" + language, text.upper()))
            if text.lower() != text:
                result.append(("lower:" + language, text.lower()))
    result += [("other", t) for t in texts.OTHER_LANGUAGES]
    result += [("mixed", t) for t in texts.MIXED]
    result += [("special", t) for t in texts.SPECIAL]
    english = " ".join(texts.BY_LANGUAGE["en"])
    japanese = "".join(texts.BY_LANGUAGE["ja"])
    russian = " ".join(texts.BY_LANGUAGE["ru"])
    # Longer than max_text_length: what comes after 10,000 code points is ignored.
    result.append(("long", (english + " ") * 40 + japanese * 20))
    result.append(("long", (japanese + " ") * 200 + english * 20))
    # Mostly Cyrillic with some Latin words: cleaning_text drops the Latin letters.
    result.append(("cleaning", (russian + " Hello world, ") * 5))
    result.append(("cleaning", "Windows " + russian))
    # All 30 languages in one text.
    result.append(("all", " ".join(items[0] for items in texts.BY_LANGUAGE.values())))
    return result


def main():
    seeded_factory()
    vectors = []
    for kind, text in all_texts():
        language, probabilities = oracle(text)
        vectors.append({"kind": kind, "text": text, "language": language, "probabilities": probabilities})
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(vectors, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d vectors to %s" % (len(vectors), OUT))


if __name__ == "__main__":
    main()
