# Shared by the run_*.sh equivalence checks (sourced, from the repository root): a virtual
# environment of their own, a release build of footprint, and the check itself.

# warehouse_python MODULE PACKAGE: creates the virtual environment (FOOTPRINT_WAREHOUSE_VENV,
# default .build/warehouse-venv) when missing, pip-installs PACKAGE unless MODULE imports, and
# sets $python to its interpreter.
warehouse_python() {
  local venv="${FOOTPRINT_WAREHOUSE_VENV:-.build/warehouse-venv}"
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
  fi
  "$venv/bin/python" -c "import $1" 2>/dev/null || "$venv/bin/pip" install --quiet "$2"
  python="$venv/bin/python"
}

# run_equivalence ENGINE ROWS: runs Warehouse/equivalence.py with the footprint binary
# FOOTPRINT_BINARY, or else with a release build made now.
run_equivalence() {
  local binary="${FOOTPRINT_BINARY:-}"
  if [ -z "$binary" ]; then
    swift build -c release --product footprint
    binary=.build/release/footprint
  fi
  "$python" Warehouse/equivalence.py --engine "$1" --footprint "$binary" --rows "$2"
}
