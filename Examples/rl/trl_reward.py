"""A TRL reward function backed by `ifeval serve`: one batched HTTP request per step.

    ifeval serve --port 8080 &
    IFEVAL_URL=http://127.0.0.1:8080 python train.py

    from trl import GRPOConfig, GRPOTrainer
    from trl_reward import ifeval_reward
    trainer = GRPOTrainer(model=..., reward_funcs=[ifeval_reward], train_dataset=dataset, args=GRPOConfig(...))

The dataset needs the IFEval columns `instruction_id_list` and `kwargs` (the official or
the Hugging Face `google/IFEval` layout; `null` arguments are dropped as the official code
drops them) beside `prompt`. TRL passes every extra column to reward functions as a
keyword argument, one value per completion, so the function receives them as lists.
Only `requests` is needed (or swap in `httpx.post`, same call).
"""
import os

import requests

IFEVAL_URL = os.environ.get("IFEVAL_URL", "http://127.0.0.1:8080")
# "strict" or "loose"; "all" (1.0 when every instruction is followed) or "fraction".
IFEVAL_MODE = os.environ.get("IFEVAL_MODE", "strict")
IFEVAL_REWARD = os.environ.get("IFEVAL_REWARD", "all")
_session = requests.Session()


def _text(completion):
    # Conversational datasets give a list of messages; standard ones a string.
    if isinstance(completion, str):
        return completion
    return completion[-1]["content"]


def ifeval_reward(prompts, completions, instruction_id_list, kwargs, **_):
    items = [
        {"instruction_id_list": ids, "kwargs": kw, "response": _text(completion),
         "prompt": prompt if isinstance(prompt, str) else None}
        for prompt, completion, ids, kw in zip(prompts, completions, instruction_id_list, kwargs)
    ]
    answer = _session.post(
        f"{IFEVAL_URL}/v1/verify",
        json={"items": items, "mode": IFEVAL_MODE, "reward": IFEVAL_REWARD,
              # Reasoning models: score the answer after </think>.
              "strip_thinking": True,
              # A malformed row scores 0 instead of failing the step.
              "invalid_items": "score_zero"},
        timeout=300,
    )
    answer.raise_for_status()
    return [result["reward"][IFEVAL_MODE] for result in answer.json()["results"]]
