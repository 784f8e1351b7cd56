"""A verl custom_reward_function backed by `ifeval serve`: one batched HTTP request per
step, through verl's batch reward manager (the default "naive" manager calls the function
once per sample; with it, use `compute_score_one` below instead).

    ifeval serve --port 8080 &
    python -m verl.trainer.main_ppo ... \
        reward_model.reward_manager=batch \
        custom_reward_function.path=Examples/rl/verl_reward.py \
        custom_reward_function.name=compute_score

Each row's `reward_model.ground_truth` holds the item's instructions: a dict, or a JSON
string of one, with `instruction_id_list` and `kwargs` (official or Hugging Face layout),
and optionally `prompt` (for combination:repeat_prompt it is not needed: the text to
repeat is in kwargs). Only `requests` is needed (or `httpx.post`, same call).
"""
import json
import os

import requests

IFEVAL_URL = os.environ.get("IFEVAL_URL", "http://127.0.0.1:8080")
IFEVAL_MODE = os.environ.get("IFEVAL_MODE", "strict")  # or "loose"
IFEVAL_REWARD = os.environ.get("IFEVAL_REWARD", "all")  # or "fraction"
_session = requests.Session()


def _item(solution_str, ground_truth):
    truth = json.loads(ground_truth) if isinstance(ground_truth, str) else dict(ground_truth)
    return {"instruction_id_list": list(truth["instruction_id_list"]), "kwargs": list(truth["kwargs"]),
            "prompt": truth.get("prompt"), "response": solution_str}


def _verify(items):
    answer = _session.post(
        f"{IFEVAL_URL}/v1/verify",
        json={"items": items, "mode": IFEVAL_MODE, "reward": IFEVAL_REWARD,
              "strip_thinking": True, "invalid_items": "score_zero"},
        timeout=300,
    )
    answer.raise_for_status()
    return [result["reward"][IFEVAL_MODE] for result in answer.json()["results"]]


def compute_score(data_sources, solution_strs, ground_truths, extra_infos=None, **_):
    """Batch reward manager: every sample of the step in one request."""
    return _verify([_item(s, g) for s, g in zip(solution_strs, ground_truths)])


def compute_score_one(data_source, solution_str, ground_truth, extra_info=None, **_):
    """Per-sample managers (one request per sample: slower, same verdicts)."""
    return _verify([_item(solution_str, ground_truth)])[0]
