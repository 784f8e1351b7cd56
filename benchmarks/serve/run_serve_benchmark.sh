#!/usr/bin/env bash
# Throughput and latency of `ifeval serve` against a Python reference server doing the
# same job with the official checkers (benchmarks/serve/reference_server.py), in one run,
# on loopback: items verified per second and p50/p99 latency for batches of 1, 16 and
# 256 real shared-data responses, strict and loose, driven by wrk (verify.lua).
#
# Usage: benchmarks/serve/run_serve_benchmark.sh
#   SECONDS_PER_RUN (10): wrk's duration per batch size and server (the Python side gets
#   PY_SECONDS_256 (30) at 256 items, where one request takes seconds).
#   CONNECTIONS (4): concurrent keep-alive connections (one wrk thread).
#   PY_WORKERS ("1 2"): Python reference runs with 1 process (as a FastAPI/uvicorn server
#   starts) and with one process per core (pre-fork).
#   IFEVAL_BIN: the server binary (default: the static release build, built if missing).
#   OFFICIAL_PYTHON, LM_EVAL_DIR, NLTK_DATA: the official checkers (defaults: the oracle
#   venv under /work/oracles/ifeval; LM_EVAL_DIR holds `lm_eval/tasks/ifeval` from the
#   unpacked lm-eval wheel, under empty `lm_eval/__init__.py` and `lm_eval/tasks/__init__.py`,
#   so that the package's task registry, and its dependencies, are not imported:
#     mkdir -p shim/lm_eval/tasks && touch shim/lm_eval/__init__.py shim/lm_eval/tasks/__init__.py
#     ln -s $WHEEL/lm_eval/tasks/ifeval shim/lm_eval/tasks/ifeval).
# Needs ../shared (the responses are read from there, bodies are written to $WORK).
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${SECONDS_PER_RUN:-10}"
py_secs_256="${PY_SECONDS_256:-30}"
connections="${CONNECTIONS:-4}"
py_workers="${PY_WORKERS:-1 2}"
work="${WORK:-/tmp/ifeval-serve-bench}"
shared="${SHARED:-../shared}/ifeval"
python="${OFFICIAL_PYTHON:-/work/oracles/ifeval/venv/bin/python}"
lm_eval="${LM_EVAL_DIR:-/work/oracles/serve/shim}"
export NLTK_DATA="${NLTK_DATA:-/work/oracles/ifeval/nltk_data}"
bin="${IFEVAL_BIN:-.build-static/release/ifeval}"
swift_port=18080
py_port=18081
mkdir -p "$work"
if [ ! -x "$bin" ]; then
  swift build -c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-static \
    >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
fi
python3 benchmarks/serve/make_bodies.py "$shared" "$work" 1 16 256
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(swift --version 2>&1 | head -1)"
echo "load before: $(uptime)"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_for() {  # URL: at most 60 s
  for _ in $(seq 600); do
    curl -sf "$1/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "no answer from $1" >&2; exit 1
}

run_wrk() {  # URL SIZE SECONDS -> one JSON line
  BODIES="$work/bodies-$2.jsonl" wrk -t1 -c"$connections" -d"$3s" --timeout 300s -s benchmarks/serve/verify.lua "$1" \
    2>>"$work/wrk-errors.log" | tail -1
}

report() {  # NAME SIZE JSON
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
name, size, r = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
seconds = r["duration_us"] / 1e6
print(f"| {name} | {size} | {r['requests']} | {r['requests'] * size / seconds:,.0f} | "
      f"{r['p50_us'] / 1000:,.1f} | {r['p99_us'] / 1000:,.1f} | {r['errors']} |")
PY
}

"$bin" serve --port "$swift_port" >"$work/serve.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$swift_port"

# The two servers agree on the first 256-item batch (unstable langdetect cells aside).
check_agreement() {
  python3 - "$work/bodies-256.jsonl" "$swift_port" "$py_port" <<'PY'
import json, sys, urllib.request
body = open(sys.argv[1], "rb").readline()
def ask(port):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/verify", data=body, headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(request, timeout=600).read())["results"]
ours, theirs = ask(sys.argv[2]), ask(sys.argv[3])
cells = sum(len(o["strict"]) + len(o["loose"]) for o in ours)
items = [json.loads(body)["items"][i] for i in range(len(ours))]
differ = [(item["instruction_id_list"][k], json.dumps(item["kwargs"][k]), m) for item, o, t in zip(items, ours, theirs)
          for m in ("strict", "loose") for k, (a, b) in enumerate(zip(o[m], t[m])) if a != b]
print(f"agreement on the first 256-item batch: {cells - len(differ)} of {cells} verdicts equal; differing: {differ}")
PY
}

echo
echo "| server | batch | requests | items/s | p50 ms | p99 ms | errors |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for size in 1 16 256; do
  report "ifeval serve (--jobs $(nproc))" "$size" "$(run_wrk "http://127.0.0.1:$swift_port" "$size" "$secs")"
done
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()

for workers in $py_workers; do
  "$python" benchmarks/serve/reference_server.py "$lm_eval" "$py_port" "$workers" >"$work/reference.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$py_port"
  for size in 1 16 256; do
    duration="$secs"; [ "$size" = 256 ] && duration="$py_secs_256"
    report "Python reference ($workers process$([ "$workers" = 1 ] || echo es))" "$size" "$(run_wrk "http://127.0.0.1:$py_port" "$size" "$duration")"
  done
  if [ "$workers" = "$(echo $py_workers | awk '{print $1}')" ]; then
    "$bin" serve --port "$swift_port" >>"$work/serve.log" 2>&1 &
    swift_pid=$!
    wait_for "http://127.0.0.1:$swift_port"
    agreement=$(check_agreement)
    kill "$swift_pid"; wait "$swift_pid" 2>/dev/null || true
  fi
  kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()
done
echo
echo "$agreement"
echo "load after: $(uptime)"
