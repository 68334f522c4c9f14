#!/usr/bin/env bash
# Builds the libFuzzer binary (the Footprint library's sources, the generated data tables and
# Fuzz/FuzzTargets.swift, with -sanitize=fuzzer,address) and runs the targets one at a time.
#
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 10 s each, every target)
#   FUZZ_RUNS=N Fuzz/run.sh 0 [TARGET...]            (N executions each instead of a time)
#
# Each target has its own longest input: a name or a number is short, a file is not.
# Seeds come from Tests/Fixtures, Examples and Data; the corpora grow in .build/fuzz/corpus
# (not tracked). A crash, leak or hang (1 s timeout) stops with status 1 and leaves the
# input in .build/fuzz/; make it a regression test. Needs only the Swift toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v swiftc >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swiftc ]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi
seconds=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv batch series json names numbers)
work=.build/fuzz
mkdir -p "$work"

# The generated data tables come from the build plugin.
swift build --target Footprint >/dev/null
# A copy, so that a concurrent `swift build` regenerating it does not disturb the compiler.
cp "$(find .build/plugins/outputs -path '*Footprint*' -name EmbeddedTables.swift | head -1)" "$work/EmbeddedTables.swift.new"
cmp -s "$work/EmbeddedTables.swift.new" "$work/EmbeddedTables.swift" || mv "$work/EmbeddedTables.swift.new" "$work/EmbeddedTables.swift"
tables=$work/EmbeddedTables.swift
binary=$work/footprint-fuzz
if [ ! -x "$binary" ] || [ -n "$(find Sources/Footprint Fuzz/FuzzTargets.swift "$tables" -newer "$binary" -print -quit)" ]; then
  echo "building $binary"
  find Sources/Footprint -name '*.swift' -print0 | xargs -0 swiftc -module-name Footprint -package-name footprint -parse-as-library \
    -sanitize=fuzzer,address -O -swift-version 6 -lm "$tables" Fuzz/FuzzTargets.swift -o "$binary" \
    >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi

seed() {
  local target=$1 corpus=$work/corpus/$1
  mkdir -p "$corpus"
  case $target in
    csv|batch) cp Examples/*.csv Tests/Fixtures/timeshift/*.csv "$corpus"/ 2>/dev/null || true
               for f in Data/*.csv; do head -c 4096 "$f" > "$corpus/$(basename "$f")"; done ;;
    series|json) cp Tests/Fixtures/timeshift/*.csv Tests/Fixtures/timeshift/upstream/*.json \
                    Tests/Fixtures/timeshift/upstream/*.csv "$corpus"/ 2>/dev/null || true ;;
    names) cut -d, -f1 Tests/FootprintTests/Fixtures/*-names.csv | head -300 | split -l 1 - "$corpus/name-" ;;
    numbers) i=0; for n in 1 0.5 -3 1e3 1.5e-2 .5 5. 72 24h 1:30 2024-06-03T00:00:00Z 2024-06-03T00:00:00+02:00; do
               printf '%s' "$n" > "$corpus/number-$i"; i=$((i + 1)); done ;;
  esac
}

for target in "${targets[@]}"; do
  seed "$target"
  case $target in
    names|numbers) max_len=256 ;;
    *) max_len=8192 ;;
  esac
  if [ -n "${FUZZ_RUNS:-}" ]; then budget=(-runs="$FUZZ_RUNS"); echo "== $target: $FUZZ_RUNS runs"
  else budget=(-max_total_time="$seconds"); echo "== $target: ${seconds}s"; fi
  FUZZ_TARGET=$target "$binary" "$work/corpus/$target" "${budget[@]}" -timeout=1 -rss_limit_mb=2048 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$work/$target-" 2>&1 \
    | grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::slowest_unit_time_sec|stat::peak_rss_mb|==[0-9]+==|SUMMARY|.*(ERROR|Fatal|deadly|crash|leak|timeout))' || true
  if ls "$work/$target-"* >/dev/null 2>&1; then
    echo "error: $target found a failing input: $(ls "$work/$target-"*)" >&2
    exit 1
  fi
done
