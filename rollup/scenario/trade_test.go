package scenario

import (
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
)

// TestTradeRules runs every trading rule natively.
func TestTradeRules(t *testing.T) {
	for _, c := range TradeCases {
		t.Run(c.Name, func(t *testing.T) {
			if _, err := Run(rollup.TestParams, c.Text, nil); err != nil {
				t.Fatal(err)
			}
		})
	}
}
