-- wrk script for the `ifeval serve` benchmark: POSTs /v1/verify bodies read from
-- BODIES (one JSON body per line), in turn, and prints one JSON line of results:
-- requests, duration, p50/p99 latency (microseconds), errors.
local bodies = {}
local next_body = 1

function init(args)
  local path = os.getenv("BODIES")
  for line in io.lines(path) do
    bodies[#bodies + 1] = line
  end
  -- Each wrk thread starts at a different place in the list.
  next_body = (math.random(1, #bodies))
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/v1/verify", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("status " .. status .. ": " .. string.sub(body, 1, 200) .. "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "mean_us": %.0f, "errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
