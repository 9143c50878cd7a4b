-- One benchmark run for bench/load.ts, configured from the environment:
-- WRK_METHOD, WRK_BODY and WRK_HEADERS ("name: value" lines) shape the request;
-- WRK_UNIQUE=1 replaces "[<id>]" in the body with a number fresh for every request;
-- WRK_AMOUNT=N stops after N answers (smoke runs).
-- At the end it prints one JSON line with the counts and the latency percentiles (ms).

local body = os.getenv("WRK_BODY")
local unique = os.getenv("WRK_UNIQUE") == "1"
local amount = tonumber(os.getenv("WRK_AMOUNT") or "0")

wrk.method = os.getenv("WRK_METHOD") or "GET"
wrk.body = body
for name, value in string.gmatch(os.getenv("WRK_HEADERS") or "", "([^:\n]+): ([^\n]*)") do
  wrk.headers[name] = value
end

local sequence = 0
if unique and body then
  request = function()
    sequence = sequence + 1
    return wrk.format(nil, nil, nil, (string.gsub(body, "%[<id>%]", tostring(sequence))))
  end
end

if amount > 0 then
  local answered = 0
  response = function()
    answered = answered + 1
    if answered >= amount then wrk.thread:stop() end
  end
end

done = function(summary, latency)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%f,"p50":%f,"p99":%f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
