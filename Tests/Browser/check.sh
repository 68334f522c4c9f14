#!/usr/bin/env bash
# Browser check of the HTML reports (not part of `swift test`): renders the report of each
# verb (estimate, regions, when, batch) in headless Chromium, with networking disabled, to
# PNG and PDF, and fails when a page refers to the network, a chart has no bars or points,
# or a screenshot is blank. Installs Chromium from Debian's packages when it is missing
# (needs root). Usage: bash Tests/Browser/check.sh [OUTPUT_DIR]   (default: a temporary one)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=Tests/Browser
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
out=${1:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

swift build --product footprint >/dev/null
footprint=$(swift build --show-bin-path)/footprint

# One report per verb; the batch input has a failing row, so that the errors table shows.
"$footprint" estimate --hardware "A100 SXM4 80GB" --count 8 --hours 72 --region aws:us-east-1 \
  --cpu "EPYC 7763" --cores 16 --memory 512 --include-embodied --format html > "$out/estimate.html"
"$footprint" regions --hardware "H100 SXM5 80GB" --count 8 --hours 100 --region aws:us-east-1 \
  --limit 0 --provider aws --country US,CA,SE --format html > "$out/regions.html"
"$footprint" when --series Examples/synthetic_hourly_intensity.csv --zone ZONE_SOLAR --power 3200 --pue 1.2 \
  --hours 4 --format html > "$out/when.html"
{ cat Examples/team_jobs.csv; echo "typo,search,2024-06-28,A1000,1,5,aws:eu-central-1"; } > "$out/jobs.csv"
status=0
"$footprint" batch "$out/jobs.csv" --summary-by team,quarter --format html > "$out/batch.html" 2>/dev/null || status=$?
[ "$status" = 65 ] || { echo "error: batch with a failing row exited $status, not 65" >&2; exit 1; }

# Networking off: in a network namespace of its own when possible, and every host
# unresolvable and every proxy connection refused in any case.
isolate=()
if command -v unshare >/dev/null 2>&1 && unshare -n true 2>/dev/null; then isolate=(unshare -n); fi
render() {
  timeout 120 "${isolate[@]}" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --host-resolver-rules="MAP * ~NOTFOUND" --proxy-server="127.0.0.1:9" --proxy-bypass-list="<-loopback>" \
    --user-data-dir="$out/profile" --window-size=1000,1400 "$@" 2>/dev/null
}
for page in estimate regions when batch; do
  python3 $here/inspect.py html "$out/$page.html"
  render --screenshot="$out/$page.png" "file://$out/$page.html" >/dev/null
  render --no-pdf-header-footer --print-to-pdf="$out/$page.pdf" "file://$out/$page.html" >/dev/null
  python3 $here/inspect.py png "$out/$page.png"
  python3 $here/inspect.py pdf "$out/$page.pdf"
  # Text that overflows its box: a copy of the page with a measuring script, its DOM dumped.
  python3 $here/inspect.py probe "$out/$page.html" $here/overflow.js > "$out/$page.probe.html"
  render --virtual-time-budget=2000 --dump-dom "file://$out/$page.probe.html" > "$out/$page.dom.html"
  python3 $here/inspect.py overflow "$out/$page.dom.html"
done
echo "Browser check passed: reports, screenshots and PDFs in $out"
