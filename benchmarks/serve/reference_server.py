#!/usr/bin/env python3
"""The Python reference for the `ifeval serve` benchmark: an HTTP server doing the same
job the way peers do it (NeMo Gym's resources server, open-instruct's reward function):
the official IFEval checkers (lm-eval's copy) called per item, strict and loose.

It takes the same `POST /v1/verify` body as `ifeval serve` ({"items": [{instruction_id_list,
kwargs, response, prompt?}]}) and answers the same shape ({"results": [{"strict": [...],
"loose": [...], "reward": {"strict": x, "loose": y}}]}), so that one load generator drives
both. Standard library only besides the checkers' own dependencies (nltk, langdetect,
immutabledict).

Usage: NLTK_DATA=... python reference_server.py LM_EVAL_DIR PORT [WORKERS]
WORKERS processes (default 1, as a FastAPI/uvicorn server starts) accept on one
listening socket (pre-fork), so that the Python side may use every core too.
"""
import http.server
import json
import os
import signal
import sys

sys.path.insert(0, sys.argv[1])
from langdetect import DetectorFactory  # noqa: E402

DetectorFactory.seed = 0
from lm_eval.tasks.ifeval import utils  # noqa: E402


def verify(body):
    results = []
    for item in body["items"]:
        example = utils.InputExample(key=0, instruction_id_list=item["instruction_id_list"],
                                     prompt=item.get("prompt") or "", kwargs=item["kwargs"])
        response = item.get("response") or ""
        strict = utils.test_instruction_following_strict(example, response).follow_instruction_list
        loose = utils.test_instruction_following_loose(example, response).follow_instruction_list
        results.append({"strict": strict, "loose": loose,
                        "reward": {"strict": float(all(strict)), "loose": float(all(loose))}})
    return {"results": results}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the load generator expects

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        try:
            answer = json.dumps(verify(json.loads(self.rfile.read(length)))).encode()
            status = 200
        except Exception as error:  # noqa: BLE001 - a reference server answers every request
            answer = json.dumps({"error": {"message": str(error)}}).encode()
            status = 400
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def do_GET(self):
        answer = b'{"status": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def main():
    port = int(sys.argv[2])
    workers = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    # Load the checkers' models (Punkt, langdetect profiles) before forking.
    verify({"items": [{"instruction_id_list": ["language:response_language", "length_constraints:number_sentences"],
                       "kwargs": [{"language": "en"}, {"relation": "less than", "num_sentences": 3}],
                       "response": "Warm up the models. Twice."}]})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    children = []
    for _ in range(workers - 1):
        pid = os.fork()
        if pid == 0:
            server.serve_forever()
            os._exit(0)
        children.append(pid)
    def stop(*_):
        for pid in children:
            os.kill(pid, signal.SIGTERM)
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    print(f"reference server: listening on http://127.0.0.1:{port} ({workers} worker(s))", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
