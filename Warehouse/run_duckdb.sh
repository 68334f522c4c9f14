#!/usr/bin/env bash
# The DuckDB equivalence check: a virtual environment of its own with duckdb, a release
# build of footprint, then 100,000 generated jobs through footprint batch and through the
# script of `footprint export sql --dialect duckdb` (Warehouse/equivalence.py). Fails
# loudly on any difference. Usage: bash Warehouse/run_duckdb.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${FOOTPRINT_WAREHOUSE_VENV:-.build/warehouse-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -c "import duckdb" 2>/dev/null || "$venv/bin/pip" install --quiet duckdb
swift build -c release --product footprint
"$venv/bin/python" Warehouse/equivalence.py --engine duckdb --footprint .build/release/footprint --rows "${1:-100000}"
