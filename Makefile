GO ?= go

.PHONY: run test test-fast bench fuzz fmt-check vet contracts

# `make run` starts the whole rollup in one process: an embedded L1
# (JSON-RPC on 127.0.0.1:8545) with the contracts deployed, the node
# (JSON-RPC and the explorer, http://127.0.0.1:3030/), the watcher, the aggregator, the L1 sender
# and an in-process prover; three dev accounts deposit 100 ETH each. The
# first start sets up the dev circuit keys (data/keys/dev, for 4- and
# 16-slot blocks: about 5 minutes on 2 cores); later starts reuse them. The chain is new at every start.
run: contracts/node_modules
	$(GO) run ./cmd/zkrollup dev

test: fmt-check vet contracts/node_modules tools/anvil/node_modules
	$(GO) test -count=1 -timeout 30m ./...
	$(GO) test -count=1 -race ./store/ ./mempool/ ./sequencer/ ./api/

# The pinned Solidity compiler (solc-js) the EVM tests compile with.
contracts/node_modules: contracts/package.json contracts/package-lock.json
	npm ci --prefix contracts --no-audit --no-fund
	@touch $@

# anvil, the external L1 node of the end-to-end test (linux-amd64 build;
# elsewhere the test skips and says so).
tools/anvil/node_modules: tools/anvil/package.json tools/anvil/package-lock.json
	npm ci --prefix tools/anvil --no-audit --no-fund || echo "anvil not installed: e2e/anvil_test.go will skip"
	@touch $@

# Rebuilds the contracts' ABI/bytecode (contracts/build) and Go bindings
# (contracts/gen) from the Solidity sources; commit the result.
# contracts/artefacts_test.go fails when the committed files differ.
contracts: contracts/node_modules
	GO=$(GO) contracts/build.sh contracts/build contracts/gen

test-fast:
	$(GO) test -short ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# Benchmarks behind docs/BENCHMARKS.md.
bench:
	$(GO) test -run XXX -bench . -benchtime 3x ./...

# Runs every fuzz target for FUZZTIME each.
FUZZTIME ?= 20s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list 'Fuzz.*' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; $(GO) test -run XXX -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done
