package l1_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// TestKeyAuthorisationForAnotherDeploymentIsRefused (issue 14, item 14): a
// ChangePubKey's L1 authorisation names the contract and the L1 chain id,
// so one signed for another deployment with the same rollup chain id is
// refused by the contract at commit, and by the native rules before that.
func TestKeyAuthorisationForAnotherDeploymentIsRefused(t *testing.T) {
	e := newEnv(t)
	e.depositETH("A", wei("1000000000000000000"))
	e.readRequests()
	genesis := e.stored[0]
	here := e.l2.P.L1
	for _, c := range []struct {
		name string
		l1   rollup.L1Domain
	}{
		{"another contract on this L1", rollup.L1Domain{ChainID: here.ChainID, Contract: common.HexToAddress("0x00000000000000000000000000000000000000aa")}},
		{"this contract's address on another L1", rollup.L1Domain{ChainID: here.ChainID + 1, Contract: here.Contract}},
	} {
		t.Run(c.name, func(t *testing.T) {
			// The block as an operator of the other deployment would build it.
			f, err := scenario.New(params)
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetL1(c.l1); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Apply(e.deposit(0)); err != nil {
				t.Fatal(err)
			}
			cpk, err := f.Build("changepubkey A") // authorised for the other deployment
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Apply(cpk); err != nil {
				t.Fatal(err)
			}
			b, err := f.Seal()
			if err != nil {
				t.Fatal(err)
			}
			e.reverts(e.op, e.commitData(genesis, e.commitArg(b)), "BadEthSignature")

			// This deployment's rules refuse the same request.
			g, err := scenario.New(params)
			if err != nil {
				t.Fatal(err)
			}
			if err := g.SetL1(here); err != nil {
				t.Fatal(err)
			}
			if _, err := g.Apply(e.deposit(0)); err != nil {
				t.Fatal(err)
			}
			if _, err := g.Apply(cpk); !errors.Is(err, rollup.ErrBadEthSignature) {
				t.Fatalf("this deployment's rules: got %v, want %v", err, rollup.ErrBadEthSignature)
			}
		})
	}
	// and the honest block commits
	e.block("changepubkey A")
	e.commit(1)
}
