-- POST a new tip or propaganda activity ($BENCH_KIND = tip | activity) with a fresh Idempotency-Key per request and
-- the bearer token of $BENCH_TOKEN, in turn into each "province:commune" of $BENCH_TARGETS (comma-separated).
-- Prints a RESULT line.
local token = os.getenv("BENCH_TOKEN")
local kind = os.getenv("BENCH_KIND")
local targets = {}
for province, commune in string.gmatch(os.getenv("BENCH_TARGETS"), "(%d+):(%d+)") do
  table.insert(targets, { province, commune })
end
local run = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local threads = {}
local counter = 0

-- Each wrk thread runs this script in a Lua state of its own; setup gives each a distinct global thread_id. It must
-- stay a global: a local of the same name here would hide it and give every thread the same keys and bodies, so half
-- the requests would be replays of the other thread's, not writes.
setup = function(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

local categories = { "DRUGS", "THEFT", "FRAUD", "GAMBLING", "PUBLIC_ORDER", "TRAFFIC" }
local forms = { "COMMUNITY_MEETING", "LOUDSPEAKER_BROADCAST", "LEAFLET_DISTRIBUTION", "MOBILE_PROPAGANDA" }

request = function()
  counter = counter + 1
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%s-%d-%d", kind, run, thread_id, counter),
  }
  local target = targets[(counter + thread_id) % #targets + 1]
  local province, commune = target[1], target[2]
  local body
  if kind == "tip" then
    body = string.format('{"receivedAt":"2026-09-15T08:30:00+07:00","channel":"HOTLINE","category":"%s",'
      .. '"provinceCode":"%s","communeCode":"%s","summary":"Tin báo thử tải %s-%d-%d"}',
      categories[counter % #categories + 1], province, commune, run, thread_id, counter)
    return wrk.format("POST", "/api/v1/tips", headers, body)
  end
  body = string.format('{"title":"Họp dân thử tải %s-%d-%d","form":"%s","topics":["CRIME_PREVENTION"],"provinceCode":"%s",'
    .. '"communeCode":"%s","heldOn":"2026-09-15","organiser":"POLICE","sessions":1,"participants":%d}',
    run, thread_id, counter, forms[counter % #forms + 1], province, commune, 20 + counter % 200)
  return wrk.format("POST", "/api/v1/activities", headers, body)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad))
end
