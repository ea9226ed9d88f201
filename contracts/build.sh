#!/usr/bin/env bash
# Rebuilds the committed contract artefacts from the Solidity sources:
# ABI and bytecode (solc combined-JSON) into BUILD_DIR and abigen v2 Go
# bindings into GEN_DIR. `make contracts` runs it on the committed
# directories; a test runs it into temporary ones and compares.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/build}"
gen="${2:-$here/gen}"
go="${GO:-go}"

# contract name : Go package of its binding
bindings=(Rollup:rollupcontract TestToken:testtoken FeeOnTransferToken:feetoken ReentrantToken:reentranttoken)

node "$here/compile.js" --build "$build"
for b in "${bindings[@]}"; do
  contract="${b%%:*}" pkg="${b##*:}"
  mkdir -p "$gen/$pkg"
  (cd "$here/.." && "$go" tool abigen --v2 --combined-json "$build/$contract.json" --pkg "$pkg" --out "$gen/$pkg/$pkg.go")
done
