package rollup_test

import (
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

func TestTxHashIdentifiesTheSignedBytes(t *testing.T) {
	r, err := scenario.New(rollup.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Exec("deposit A 100 ETH\nchangepubkey A"); err != nil {
		t.Fatal(err)
	}
	a, err := r.Build("transfer A B 5 ETH fee 1")
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.Build("transfer A B 6 ETH fee 1")
	if err != nil {
		t.Fatal(err)
	}
	ha, err := rollup.TxHash(a)
	if err != nil {
		t.Fatal(err)
	}
	ha2, _ := rollup.TxHash(a)
	hb, _ := rollup.TxHash(b)
	if ha != ha2 || ha == hb || ha == ([32]byte{}) {
		t.Fatalf("hashes %x %x %x: want equal for the same tx, different otherwise", ha, ha2, hb)
	}
}
