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

# run_equivalence ENGINE ROWS: builds footprint (release) and runs Warehouse/equivalence.py.
run_equivalence() {
  swift build -c release --product footprint
  "$python" Warehouse/equivalence.py --engine "$1" --footprint .build/release/footprint --rows "$2"
}
