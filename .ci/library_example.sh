#!/usr/bin/env bash
# The README's "Use as a library" example: the README's Swift block that starts with
# `import Footprint` must be Examples/LibraryExample/Sources/LibraryExample/main.swift as it
# is; that package (depending on this repository by path) must build and run; and the kWh
# and kg CO2e it prints must equal `footprint estimate --format json`'s within 1e-9 relative.
# Run from anywhere; .ci/run runs it in its stand-alone copy.
set -euo pipefail
cd "$(dirname "$0")/.."
example=Examples/LibraryExample

readme_block=$(awk '
  /^```swift$/ { inside = 1; block = ""; next }
  inside && /^```$/ { if (block ~ /^import Footprint\n/) { printf "%s", block; exit } inside = 0; next }
  inside { block = block $0 "\n" }
' README.md)
if ! diff <(printf '%s\n' "$readme_block") "$example/Sources/LibraryExample/main.swift"; then
  echo "error: README.md's library example differs from $example/Sources/LibraryExample/main.swift (above)" >&2
  exit 1
fi

printed=$(swift run --package-path "$example" LibraryExample)
expected=$(swift run footprint estimate --hardware "A100 SXM4 80GB" --count 8 --hours 72 --region aws:us-east-1 --format json)
python3 - "$printed" "$expected" <<'PY'
import json, re, sys
printed, expected = sys.argv[1], json.loads(sys.argv[2])
found = re.match(r"(\S+) kWh, (\S+) kg CO2e$", printed.splitlines()[0])
if not found:
    sys.exit(f"error: the library example's first line is not 'KWH kWh, KG kg CO2e': {printed.splitlines()[0]!r}")
for label, value, key in [("kWh", float(found[1]), "energy_kwh"), ("kg CO2e", float(found[2]), "co2e_kg")]:
    if abs(value - expected[key]) > 1e-9 * abs(expected[key]):
        sys.exit(f"error: the library example prints {value} {label}, footprint estimate {key} {expected[key]}")
print(f"Library example: {found[1]} kWh, {found[2]} kg CO2e, as footprint estimate.")
PY
