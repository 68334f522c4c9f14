#!/usr/bin/env bash
# Batch benchmark: release build, synthetic jobs from the built-in catalog (fixed seed),
# `footprint batch` over 1M and 10M rows; prints wall time, rows/s and peak RSS.
# Usage: bash Benchmarks/batch.sh [ROWS...]   (default: 1000000 10000000)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product footprint >/dev/null
binary="$(swift build -c release --show-bin-path)/footprint"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for rows in "${@:-1000000 10000000}"; do
  for n in $rows; do
    python3 Benchmarks/generate_jobs.py "$n" > "$work/jobs.csv"
    size=$(du -m "$work/jobs.csv" | cut -f1)
    # Warm the page cache so the figure is the tool's, not the disk's.
    cat "$work/jobs.csv" > /dev/null
    /usr/bin/time -f "%e %M" -o "$work/time" "$binary" batch "$work/jobs.csv" --output "$work/out.csv" 2> "$work/stderr" || true
    read -r wall rss < "$work/time"
    out_rows=$(($(wc -l < "$work/out.csv") - 1))
    python3 - "$n" "$size" "$wall" "$rss" "$out_rows" <<'PY'
import sys
n, size, wall, rss, out_rows = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"{n:>10,} rows ({size} MB): {wall:.2f} s wall, {n / max(wall, 1e-9):,.0f} rows/s, peak RSS {rss / 1024:.1f} MB, {out_rows:,} output rows")
PY
    tail -1 "$work/stderr"
  done
done
