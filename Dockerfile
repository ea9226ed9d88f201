# syntax=docker/dockerfile:1
#
# The zkrollup binary (node, prover, keys, wallet) in a small image: a
# static build (CGO_ENABLED=0: gnark, go-ethereum, Pebble and modernc's
# SQLite are pure Go) on distroless, run as a non-root user. The image is
# what k8s/node.yaml and k8s/provers.yaml run as zkrollup:latest.
#
#   docker build -t zkrollup:latest .
#   docker run --rm zkrollup:latest help
#
# Not in it: node and solc-js, which `zkrollup deploy` and `zkrollup dev`
# need to compile a key set's Solidity verifier (deploy from a checkout).
# See docs/PROVERS.md, "The image".

ARG GO_VERSION=1.26.8

FROM golang:${GO_VERSION} AS build
WORKDIR /src
# Modules first, so a source change does not download them again.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/zkrollup ./cmd/zkrollup

# distroless/static: CA certificates (an https L1 URL), tzdata, /tmp, and a
# nonroot user (uid 65532), nothing else — no shell.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/zkrollup /usr/local/bin/zkrollup
USER 65532:65532
WORKDIR /home/nonroot
# JSON-RPC, the prover server (gRPC), metrics; each listens where its flag says.
EXPOSE 3030 3040 9100
ENTRYPOINT ["/usr/local/bin/zkrollup"]
CMD ["help"]
