package scenario

import (
	"strings"
	"testing"

	"github.com/zkrollup/zkrollup/rollup"
)

func TestRules(t *testing.T) {
	for _, tc := range RuleCases {
		t.Run(tc.Name, func(t *testing.T) {
			if _, err := Run(rollup.TestParams, tc.Text, nil); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestRulesCoverEveryError keeps the table honest: every named error is
// exercised by at least one case.
func TestRulesCoverEveryError(t *testing.T) {
	used := map[string]bool{}
	for _, tc := range append(append([]RuleCase(nil), RuleCases...), TradeCases...) {
		for _, f := range strings.Fields(tc.Text) {
			if strings.HasPrefix(f, "!") {
				used[f[1:]] = true
			}
		}
	}
	skip := map[string]string{
		"nonceoverflow": "needs 2^32 transactions; covered by TestNonceOverflowRejected",
		"account":       "needs a full account tree; covered by TestAccountTreeFullRejected",
		"zeroaddr":      "names always have an address; covered by TestZeroAddressRejected",
	}
	for name := range Errors {
		if !used[name] && skip[name] == "" {
			t.Errorf("no rule case expects error %q", name)
		}
	}
}
