-- wrk script for bench/pages.sh: each request takes a random path from the file named by PATHS, sends the
-- SESSION cookie when given, and at the end prints one tab-separated line:
-- requests/s, p50, p95, p99 (ms), requests, non-2xx/3xx responses, socket errors.
local paths = {}
local session = os.getenv("SESSION")

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  math.randomseed(42 + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 1000)
  if session and session ~= "" then
    wrk.headers["Cookie"] = "SESSION=" .. session
  end
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT\t%.0f\t%.1f\t%.1f\t%.1f\t%d\t%d\t%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
