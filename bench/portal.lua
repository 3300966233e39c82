-- wrk script of bench/portal.sh: 20 public catalogue searches in turn (with and without diacritics, with typos,
-- facets, sorting and paging). Mode "api" asks /api/v1/public/products, mode "page" the catalogue page's htmx
-- fragment (/products with HX-Request: search, facet counts and rendering).
--   wrk -t2 -c50 -d20s -s bench/portal.lua http://127.0.0.1:18084 -- api|page
local queries = {
  "q=nuoc+mam", "q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm", "q=n%C6%B0%C6%A1c+mam", "q=keo+cu+do",
  "q=k%E1%BA%B9o+cu+%C4%91%C6%A1", "q=buoi+phuc+trach", "q=mat+ong&stars=4", "q=nuoc+mma", "q=keo+cu",
  "q=cam+vu+quang&sort=name", "stars=5", "group=G2", "unit=441", "q=che+xanh&unit=439", "q=nhung+huou",
  "q=tinh+dau", "q=hop+tac+xa", "q=gao+huu+co&stars=3", "sort=newest", "q=muoi+vinh+ngoc&page=2" }
local counter = 0
local mode = "api"

init = function(args)
  if args[1] then mode = args[1] end
  counter = math.random(#queries)
end

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  if mode == "page" then
    return wrk.format("GET", "/products?" .. q, { ["HX-Request"] = "true" })
  end
  return wrk.format("GET", "/api/v1/public/products?" .. q)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests=%d errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms throughput=%.0f/s\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6)))
end
