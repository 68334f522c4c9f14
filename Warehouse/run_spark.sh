#!/usr/bin/env bash
# The Spark (local mode) equivalence check, run by hand (too heavy for CI): needs Java 17;
# installs pyspark into a virtual environment of its own. Usage: bash Warehouse/run_spark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${FOOTPRINT_WAREHOUSE_VENV:-.build/warehouse-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -c "import pyspark" 2>/dev/null || "$venv/bin/pip" install --quiet pyspark
swift build -c release --product footprint
"$venv/bin/python" Warehouse/equivalence.py --engine spark --footprint .build/release/footprint --rows "${1:-100000}"
