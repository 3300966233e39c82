-- wrk script of bench/portal.sh: public pages asked as many different visitors ask them, so that few requests
-- repeat. At start every thread generates the same list of SIZE distinct catalogue searches from SEED (product
-- kinds with and without diacritics, adjectives, place names, small typos, star filters, sorting, pages 2-4) and
-- walks its own share of it (thread t of T takes entries t, t+T, t+2T, …), so no search is asked twice until the
-- list is used up. Modes:
--   trivial  GET /robots.txt (the reference: what the same JVM answers with no work);
--   api      GET /api/v1/public/products?<search>;
--   page     GET /products?<search> with HX-Request (the results fragment: search, facet counts, rendering);
--   product  GET /products/bench-<i> (random seeded products);
--   home     GET / ;
--   verify   GET /verify/<code> (the codes of real certificates, one per line in CODES).
--   wrk -t2 -c50 -d20s -s bench/portal-diverse.lua http://127.0.0.1:18084 -- MODE SEED SIZE PRODUCTS PLACES CODES
-- PLACES: one place a line, "with diacritics|without" (bench/portal.sh writes it from the unit list).
local mode, seed, size, products = "api", 1, 20000, 20000
local places, codes, list = {}, {}, {}
local next_index, step = 0, 1

local kinds = {
  { "Nước mắm", "nuoc mam" }, { "Kẹo cu đơ", "keo cu do" }, { "Bưởi Phúc Trạch", "buoi phuc trach" },
  { "Cam Vũ Quang", "cam vu quang" }, { "Mật ong", "mat ong" }, { "Chè xanh", "che xanh" },
  { "Nhung hươu", "nhung huou" }, { "Mực khô", "muc kho" }, { "Gạo hữu cơ", "gao huu co" },
  { "Tinh dầu bưởi", "tinh dau buoi" }, { "Cao dược liệu", "cao duoc lieu" }, { "Rượu nếp", "ruou nep" },
  { "Bánh đa vừng", "banh da vung" }, { "Chả bò", "cha bo" }, { "Dầu lạc", "dau lac" },
  { "Tương Nam Đàn", "tuong nam dan" }, { "Muối Vĩnh Ngọc", "muoi vinh ngoc" }, { "Nón lá", "non la" },
  { "Mây tre đan", "may tre dan" }, { "Trà thảo mộc", "tra thao moc" } }
local adjectives = {
  { "truyền thống", "truyen thong" }, { "đặc biệt", "dac biet" }, { "thượng hạng", "thuong hang" },
  { "hảo hạng", "hao hang" }, { "sạch", "sach" }, { "gia truyền", "gia truyen" }, { "xuất khẩu", "xuat khau" },
  { "hữu cơ", "huu co" }, { "cao cấp", "cao cap" } }
local producers = { { "Hợp tác xã", "hop tac xa" }, { "Công ty", "cong ty" }, { "Tổ hợp tác", "to hop tac" } }
local neighbours = "qwertyuiopasdfghjklzxcvbnm"

local function pick(t)
  return t[math.random(#t)]
end

-- one small typo in one word of three letters or more: a letter dropped, doubled, replaced or two swapped
local function typo(words)
  local candidates = {}
  for i, w in ipairs(words) do
    if #w >= 3 then candidates[#candidates + 1] = i end
  end
  if #candidates == 0 then return words end
  local i = pick(candidates)
  local w = words[i]
  local p = math.random(2, #w)
  local kind = math.random(4)
  if kind == 1 then
    w = w:sub(1, p - 1) .. w:sub(p + 1)
  elseif kind == 2 then
    w = w:sub(1, p) .. w:sub(p, p) .. w:sub(p + 1)
  elseif kind == 3 then
    local r = math.random(#neighbours)
    w = w:sub(1, p - 1) .. neighbours:sub(r, r) .. w:sub(p + 1)
  else
    w = w:sub(1, p - 2) .. w:sub(p, p) .. w:sub(p - 1, p - 1) .. w:sub(p + 1)
  end
  words[i] = w
  return words
end

local function split(s)
  local words = {}
  for w in s:gmatch("%S+") do words[#words + 1] = w end
  return words
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~ ]", function(c) return string.format("%%%02X", string.byte(c)) end):gsub(" ", "+"))
end

-- one search as a visitor types it: text (with or without diacritics, perhaps a typo) and some filters
local function search()
  local parts = {}
  local shape = math.random(100)
  local kind = pick(kinds)
  if shape <= 12 and #places > 0 then
    parts[#parts + 1] = pick(places)                                         -- a place alone
  elseif shape <= 20 then
    local p = pick(producers)
    parts[#parts + 1] = { p[1] .. " " .. kind[1], p[2] .. " " .. kind[2] }  -- a producer's kind
  else
    local words, plain = split(kind[1]), split(kind[2])
    if #words > 2 and math.random() < 0.3 then                               -- the first words only
      parts[#parts + 1] = { words[1] .. " " .. words[2], plain[1] .. " " .. plain[2] }
    else
      parts[#parts + 1] = kind
    end
    if math.random() < 0.3 then parts[#parts + 1] = pick(adjectives) end
    if math.random() < 0.3 and #places > 0 then parts[#parts + 1] = pick(places) end
  end
  local accents = math.random() < 0.5 and 1 or 2
  local text = {}
  for _, p in ipairs(parts) do text[#text + 1] = p[accents] end
  text = table.concat(text, " ")
  if math.random() < 0.3 then
    -- a typo, typed without diacritics: one edit of the plain letters of one word
    local plain = {}
    for _, p in ipairs(parts) do plain[#plain + 1] = p[2] end
    text = table.concat(typo(split(table.concat(plain, " "))), " ")
  end
  if math.random() < 0.5 then text = text:lower() end
  local q = "q=" .. encode(text)
  if math.random() < 0.2 then q = q .. "&stars=" .. math.random(3, 5) end
  if math.random() < 0.1 then q = q .. "&sort=" .. pick({ "name", "newest", "stars" }) end
  if math.random() < 0.3 then q = q .. "&page=" .. math.random(2, 4) end
  return q
end

local function lines(path)
  local out = {}
  if path == nil or path == "" then return out end
  local f = io.open(path, "r")
  if f == nil then return out end
  for line in f:lines() do
    if line ~= "" then
      local a, b = line:match("^(.-)|(.*)$")
      out[#out + 1] = a and { a, b } or { line, line }
    end
  end
  f:close()
  return out
end

local thread_count = 0
setup = function(thread)
  thread:set("thread_id", thread_count)
  thread_count = thread_count + 1
end

init = function(args)
  mode = args[1] or mode
  seed = tonumber(args[2] or seed)
  size = tonumber(args[3] or size)
  products = tonumber(args[4] or products)
  places = lines(args[5])
  codes = lines(args[6])
  math.randomseed(seed)
  if mode == "api" or mode == "page" then
    local seen = {}
    local attempts = 0
    while #list < size and attempts < size * 20 do
      attempts = attempts + 1
      local q = search()
      if not seen[q] then
        seen[q] = true
        list[#list + 1] = q
      end
    end
  end
  next_index = (thread_id or 0) + 1
  step = tonumber(args[7] or 2)
  math.randomseed(seed * 7919 + (thread_id or 0))
end

request = function()
  if mode == "api" or mode == "page" then
    local q = list[next_index]
    next_index = next_index + step
    if next_index > #list then next_index = ((next_index - 1) % step) + 1 end
    if mode == "page" then
      return wrk.format("GET", "/products?" .. q, { ["HX-Request"] = "true" })
    end
    return wrk.format("GET", "/api/v1/public/products?" .. q)
  elseif mode == "product" then
    return wrk.format("GET", "/products/bench-" .. math.random(0, products - 1))
  elseif mode == "home" then
    return wrk.format("GET", "/")
  elseif mode == "verify" then
    return wrk.format("GET", "/verify/" .. pick(codes)[1])
  end
  return wrk.format("GET", "/robots.txt")
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests=%d errors=%d non2xx=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms throughput=%.0f/s\n",
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6)))
end
