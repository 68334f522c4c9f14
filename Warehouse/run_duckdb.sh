#!/usr/bin/env bash
# The DuckDB equivalence check: a virtual environment of its own with duckdb, a release
# build of footprint, then 100,000 generated jobs through footprint batch and through the
# script of `footprint export sql --dialect duckdb` (its view and its per-row macro;
# Warehouse/equivalence.py). Fails loudly on any difference. Usage: bash Warehouse/run_duckdb.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
source Warehouse/common.sh
warehouse_python duckdb duckdb
run_equivalence duckdb "${1:-100000}"
