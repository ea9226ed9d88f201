package prover

import (
	"bytes"
	"crypto/sha256"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkrollup/zkrollup/circuit"
)

// TestMeasureProving measures compile, setup and prove for one circuit shape
// given as ZKROLLUP_MEASURE="accountDepth,balanceDepth,slots[,orderDepth]"
// (order depth 2 unless given: it only picks a constant); run one
// process per shape under /usr/bin/time -v for its peak memory (the numbers
// in docs/BENCHMARKS.md). It proves an all-Noop block, which costs the same
// as any other: every slot runs every rule.
func TestMeasureProving(t *testing.T) {
	spec := os.Getenv("ZKROLLUP_MEASURE")
	if spec == "" {
		t.Skip("set ZKROLLUP_MEASURE=accountDepth,balanceDepth,slots[,orderDepth] to measure")
	}
	v := [4]int{3: 2}
	for i, f := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(f)
		if err != nil || i > 3 {
			t.Fatalf("bad ZKROLLUP_MEASURE %q", spec)
		}
		v[i] = n
	}
	shape := circuit.Shape{AccountDepth: v[0], BalanceDepth: v[1], OrderDepth: v[3], Slots: v[2], FeeSlots: 2, ChainID: 1}
	// ZKROLLUP_MEASURE_BLOB=G: the blob-mode circuit, with typed slots in
	// groups of G when G > 0 (issue 19)
	if g := os.Getenv("ZKROLLUP_MEASURE_BLOB"); g != "" {
		n, err := strconv.Atoi(g)
		if err != nil || n < 0 {
			t.Fatalf("bad ZKROLLUP_MEASURE_BLOB %q: a slot group, 0 for untyped", g)
		}
		shape.Blob, shape.SlotGroup = true, n
	}
	a, err := noopBlock(shape)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	ccs, err := Compile(shape)
	if err != nil {
		t.Fatal(err)
	}
	compile := time.Since(start)
	start = time.Now()
	pk, vk, err := UnsafeSetup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	setup := time.Since(start)
	var pkb bytes.Buffer
	if _, err := pk.WriteRawTo(&pkb); err != nil {
		t.Fatal(err)
	}
	// what a node's start pays besides compiling: the key file's checksum
	// and reading it (keys.load)
	start = time.Now()
	_ = sha256.Sum256(pkb.Bytes())
	if _, err := groth16.NewProvingKey(ecc.BN254).UnsafeReadFrom(bytes.NewReader(pkb.Bytes())); err != nil {
		t.Fatal(err)
	}
	load := time.Since(start)
	wb, err := EncodeWitness(a)
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	var proof bytes.Buffer
	if err := Prove(ccs, pk, bytes.NewReader(wb), &proof); err != nil {
		t.Fatal(err)
	}
	prove := time.Since(start)
	if err := Verify(vk, proof.Bytes(), a.Commitment.(*big.Int)); err != nil {
		t.Fatal(err)
	}
	t.Logf("MEASURE depths %d/%d slots %d (blob %v, slot group %d): %d constraints, compile %s, setup %s, prove %s, raw proving key %d MB, key load %s (checksum and read; a start adds the compile)",
		v[0], v[1], v[2], shape.Blob, shape.SlotGroup, ccs.GetNbConstraints(), compile.Round(time.Millisecond), setup.Round(time.Second), prove.Round(time.Millisecond), pkb.Len()>>20,
		load.Round(time.Millisecond))
}
