package prover

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkrollup/zkrollup/circuit"
	"github.com/zkrollup/zkrollup/rollup"
)

var (
	goldenVK  = filepath.Join("testdata", "block_test_profile.vk")
	goldenSol = filepath.Join("testdata", "block_test_profile_verifier.sol.golden")
)

// TestExportSolidityGolden: the verifier exported from a fixed verifying key
// (test profile) is byte-for-byte the committed one. Regenerate both with
// ZKROLLUP_UPDATE_GOLDEN=1 (runs a Groth16 setup).
func TestExportSolidityGolden(t *testing.T) {
	if os.Getenv("ZKROLLUP_UPDATE_GOLDEN") != "" {
		ccs, err := Compile(circuit.ShapeOf(rollup.TestParams))
		if err != nil {
			t.Fatal(err)
		}
		_, vk, err := UnsafeSetup(ccs)
		if err != nil {
			t.Fatal(err)
		}
		var vb, sb bytes.Buffer
		if _, err := vk.WriteTo(&vb); err != nil {
			t.Fatal(err)
		}
		if err := ExportSolidity(vk, &sb); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenVK, vb.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenSol, sb.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	vb, err := os.ReadFile(goldenVK)
	if err != nil {
		t.Fatalf("%v (regenerate with ZKROLLUP_UPDATE_GOLDEN=1)", err)
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(bytes.NewReader(vb)); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := ExportSolidity(vk, &got); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(goldenSol)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("exported verifier differs from %s (%d vs %d bytes)", goldenSol, got.Len(), len(want))
	}
	for _, must := range []string{"contract Verifier", "function verifyProof", "pragma solidity"} {
		if !bytes.Contains(want, []byte(must)) {
			t.Errorf("verifier lacks %q", must)
		}
	}
}
