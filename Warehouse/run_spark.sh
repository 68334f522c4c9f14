#!/usr/bin/env bash
# The Spark (local mode) equivalence check, run by hand (too heavy for CI): needs Java 17;
# installs pyspark into a virtual environment of its own. Usage: bash Warehouse/run_spark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
source Warehouse/common.sh
warehouse_python pyspark pyspark
run_equivalence spark "${1:-100000}"
