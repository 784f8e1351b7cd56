#!/usr/bin/env python3
"""Measures how deeply nested JSON the official `detectable_format:json_format` check
parses before `json.loads` raises RecursionError, for arrays, objects and a mix, when
the checkers are called from main() (as the reference oracle does), from a module-level
loop, and from absl's app.run (as Google's evaluation_main.py runs them). The
RecursionError is not the ValueError the checker catches: it stops the official run.

Usage: NLTK_DATA=... python json_depth.py [LM_EVAL_DIR]
"""
import sys
import types

LM = sys.argv[1] if len(sys.argv) > 1 else "/work/oracles/ifeval/wheel/lm_eval_pkg"
for name, path in [("lm_eval", LM + "/lm_eval"), ("lm_eval.tasks", LM + "/lm_eval/tasks")]:
    module = types.ModuleType(name)
    module.__path__ = [path]
    sys.modules[name] = module
from lm_eval.tasks.ifeval import utils  # noqa: E402

INP = utils.InputExample(key=0, instruction_id_list=["detectable_format:json_format"], prompt="p", kwargs=[{}])
SHAPES = {
    "arrays": lambda n: "[" * n + "]" * n,
    "objects": lambda n: "{\"a\": " * (n - 1) + "{}" + "}" * (n - 1),
    "mixed": lambda n: "".join("[" if i % 2 == 0 else "{\"k\":" for i in range(n)) + "1"
    + "".join("]" if i % 2 == 0 else "}" for i in reversed(range(n))),
}


def deepest(shape):
    """The deepest nesting that parses, called at this function's stack depth."""
    best = None
    for n in range(900, 1001):
        try:
            utils.test_instruction_following_strict(INP, SHAPES[shape](n))
            utils.test_instruction_following_loose(INP, SHAPES[shape](n))
            best = n
        except RecursionError:
            break
    return best


if __name__ == "__main__":
    # deepest() runs its loop one frame above the module, as a main() function would.
    for shape in SHAPES:
        print(f"from main(): {shape} parse up to {deepest(shape)} levels")
    # A module-level loop is one frame shallower than main().
    for shape in SHAPES:
        best = None
        for n in range(900, 1001):
            try:
                utils.test_instruction_following_strict(INP, SHAPES[shape](n))
                best = n
            except RecursionError:
                break
        print(f"module level: {shape} parse up to {best} levels")
    try:
        from absl import app

        def absl_main(argv):
            del argv
            for shape in SHAPES:
                best = None
                for n in range(900, 1001):
                    try:
                        utils.test_instruction_following_strict(INP, SHAPES[shape](n))
                        best = n
                    except RecursionError:
                        break
                print(f"absl app.run: {shape} parse up to {best} levels")
        sys.argv = sys.argv[:1]
        app.run(absl_main)
    except ImportError:
        print("absl not installed")
