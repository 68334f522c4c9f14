#!/usr/bin/env bash
# The DocC documentation of the library, with the toolchain's own docc (no package plugin):
# the Footprint module's symbol graph, then the catalog Sources/Footprint/Footprint.docc
# converted into .build/docs, every warning (a broken link, an undocumented parameter of a
# partly documented function) an error. The symbol graph is built in a scratch path of its
# own, so the compiler flags it needs never invalidate the ordinary build in .build.
# Run from anywhere; .ci/run runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
docc=$(command -v docc || echo "$(dirname "$(readlink -f "$(command -v swift)")")/docc")
scratch=.build/docc
symbols=$scratch/symbol-graphs
rm -rf "$symbols" .build/docs
swift build --scratch-path "$scratch" --target Footprint \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$symbols"
"$docc" convert Sources/Footprint/Footprint.docc --additional-symbol-graph-dir "$symbols" --output-path .build/docs \
  --fallback-display-name Footprint --fallback-bundle-identifier org.footprint.Footprint --warnings-as-errors
echo "Documentation built in .build/docs."
