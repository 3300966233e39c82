-- wrk script of bench/shop.sh.
--   wrk ... -s bench/shop.lua http://127.0.0.1:18089 -- page|listings|checkout <commune> <listing ids, comma-separated>
-- page:     GET /shop, the public listing page (full page with the layout)
-- listings: GET /api/v1/shop/listings?q=ocop
-- checkout: POST /api/v1/shop/orders, a cart of 1 to 3 random listings (usually of different producers: one order
--           per producer), 1 to 3 of each, a random Vietnamese mobile number, cash on delivery (any answer of 400 or more
--           counts as an error in wrk's summary)
local threads = {}
counts = {}
local mode = "page"
local commune = ""
local listings = {}

setup = function(thread)
  table.insert(threads, thread)
end

-- the answers by status, so that a burst shows what its failures were (409 sold out, 502/503 from the balancer, ...)
response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

init = function(args)
  mode = args[1] or "page"
  commune = args[2] or ""
  for id in string.gmatch(args[3] or "", "[^,]+") do table.insert(listings, id) end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

request = function()
  if mode == "listings" then
    return wrk.format("GET", "/api/v1/shop/listings?q=ocop")
  elseif mode == "checkout" then
    local items = {}
    for i = 1, math.random(3) do
      items[i] = string.format('{"listingId":"%s","quantity":%d}', listings[math.random(#listings)], math.random(3))
    end
    local body = string.format('{"items":[%s],"buyer":{"name":"Người mua","phone":"09%08d","address":"Xóm 1",'
      .. '"communeCode":"%s"},"paymentMethod":"COD"}', table.concat(items, ","), math.random(10000000, 99999999), commune)
    return wrk.format("POST", "/api/v1/shop/orders",
      { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
  end
  return wrk.format("GET", "/shop")
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests=%d errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms throughput=%.0f/s\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6)))
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts") or {}) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, string.format("%d=%d", status, n)) end
  table.sort(parts)
  io.write("statuses: " .. table.concat(parts, " ") .. "\n")
end
