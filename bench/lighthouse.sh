#!/usr/bin/env bash
# Lighthouse scores of the public pages (issue 16): the home page, the catalogue, a product page, the shop and a
# verification page, mobile (Lighthouse's default) and desktop (--preset=desktop), with Debian's Chromium.
#   bench/lighthouse.sh [base-url]     (default http://localhost:8080: a running demo, ./mvnw spring-boot:run)
# Needs Node.js/npm (npx fetches Lighthouse 12 once) and chromium. Performance depends on the machine's load:
# run it on a quiet machine. Prints one line per page and form factor: performance / accessibility /
# best practices / SEO, and the failing audits of the last three.
set -euo pipefail
BASE=${1:-http://localhost:8080}
OUT=${OUT:-/tmp/ocop-lighthouse}
mkdir -p "$OUT"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
slug=$(curl -fs "$BASE/api/v1/public/products?size=1" | sed -E 's/.*"slug":"([^"]+)".*/\1/')
code=$(curl -fs "$BASE/api/v1/public/products?size=1" | sed -E 's/.*"certificateCode":"([^"]+)".*/\1/')
pages="/ /products /products/$slug /shop /verify/$code"
printf '%-44s %-8s %s\n' page form "perf / a11y / best / SEO"
for page in $pages; do
  for form in mobile desktop; do
    name=$(echo "$page-$form" | tr '/' '_')
    preset=""; [ "$form" = desktop ] && preset="--preset=desktop"
    npx -y lighthouse@12 "$BASE$page" $preset --quiet --output=json --output-path="$OUT/$name.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "$page $form: lighthouse failed"; continue; }
    python3 - "$OUT/$name.json" "$page" "$form" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); c = r["categories"]
s = " / ".join(str(round((c[k]["score"] or 0) * 100)) for k in ("performance", "accessibility", "best-practices", "seo"))
failing = [a for k in ("accessibility", "best-practices", "seo") for ref in c[k]["auditRefs"]
           for a in [r["audits"][ref["id"]]] if ref["weight"] > 0 and a["score"] is not None and a["score"] < 1]
print(f"{sys.argv[2]:<44} {sys.argv[3]:<8} {s}" + (("   failing: " + ", ".join(a["id"] for a in failing)) if failing else ""))
PY
  done
done
