#!/usr/bin/env bash
# Regenerates the Go code of prover.proto with protoc and the pinned
# plugins (protoc-gen-go v1.36.12, protoc-gen-go-grpc v1.5.1) into DIR
# (default: this directory). proverpb/gen_test.go checks the committed
# files match.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here}"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
GOBIN="$bin" "${GO:-go}" install google.golang.org/protobuf/cmd/protoc-gen-go@v1.36.12
GOBIN="$bin" "${GO:-go}" install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.5.1
PATH="$bin:$PATH" protoc -I "$here" --go_out="$out" --go_opt=paths=source_relative \
  --go-grpc_out="$out" --go-grpc_opt=paths=source_relative "$here/prover.proto"
