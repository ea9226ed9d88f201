package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/rollup/scenario"
)

// demoScript is what `make run` shows until the node exists: deposits,
// key registration, transfers (one creating an account), a withdrawal, a
// full exit and transfers the rules reject.
const demoScript = `
# Block 1: L1 deposits arrive as priority operations; alice registers her
# L2 key, authorised by a signature of her L1 address.
deposit alice 1000000000000000000 ETH
deposit alice 5000 DAI
deposit bob 20000000000000000 ETH
changepubkey alice
> block
# Block 2: transfers (carol has no account yet: the transfer creates it),
# and a withdrawal to L1. Rejected transactions take no slot.
changepubkey bob fee 1000000000000 ETH
transfer alice bob 250000000000000000 ETH fee 100000000000000
transfer alice carol 1200 DAI fee 3
transfer bob alice 999 ETH badsig !sig                    # forged signature
transfer bob alice 1000000000000000000 ETH !insufficient  # more than bob has
withdraw alice 100000000000000000 ETH fee 100000000000000
> block
# Block 3: carol exits through L1; a replayed nonce is rejected.
fullexit carol DAI
transfer alice bob 1 ETH nonce 0 !nonce
> block
expect carol DAI 0
expect op ETH 201000000000000
expect op DAI 3
expect alice ETH 649800000000000000
`

func runDemo(_ context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	file := fs.String("script", "", "run this scenario file instead of the built-in demo")
	profile := fs.String("profile", "test", "protocol parameters: test, dev or prod")
	if err := fs.Parse(args); err != nil {
		return err
	}
	p, err := paramsFor(*profile)
	if err != nil {
		return err
	}
	text := demoScript
	if *file != "" {
		b, err := os.ReadFile(*file)
		if err != nil {
			return err
		}
		text = string(b)
	}
	fmt.Fprintf(out, "zkrollup demo: profile %s (account tree depth %d, balance tree depth %d, %d slots per block)\n",
		*profile, p.AccountDepth, p.BalanceDepth, p.BlockSlots)
	r, err := scenario.Run(p, text, out)
	if err != nil {
		return err
	}
	root, err := r.State.Root()
	if err != nil {
		return err
	}
	rb := root.Bytes()
	fmt.Fprintf(out, "final state root 0x%x after %d blocks\n", rb, len(r.Blocks))
	return nil
}

func paramsFor(profile string) (rollup.Params, error) {
	switch profile {
	case "test":
		return rollup.TestParams, nil
	case "dev":
		return rollup.DevParams, nil
	case "prod":
		return rollup.ProdParams, nil
	}
	return rollup.Params{}, fmt.Errorf("unknown profile %q: use test, dev or prod", profile)
}
