package wallet

import (
	"fmt"
	"math/big"
	"strings"
)

// ParseUnits reads a decimal amount ("1.5") in a token with the given
// decimals into base units; more fractional digits than decimals is an error.
func ParseUnits(s string, decimals int) (*big.Int, error) {
	s = strings.TrimSpace(s)
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		return nil, fmt.Errorf("amount %q: want a non-negative decimal like 1.5", s)
	}
	if len(frac) > decimals {
		return nil, fmt.Errorf("amount %q has more than %d decimals", s, decimals)
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", decimals-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("amount %q: want a non-negative decimal like 1.5", s)
	}
	return v, nil
}

// FormatUnits writes base units as a decimal with the token's decimals,
// without trailing zeros.
func FormatUnits(v *big.Int, decimals int) string {
	if v == nil {
		return "0"
	}
	s := new(big.Int).Abs(v).String()
	if len(s) <= decimals {
		s = strings.Repeat("0", decimals-len(s)+1) + s
	}
	whole, frac := s[:len(s)-decimals], strings.TrimRight(s[len(s)-decimals:], "0")
	if v.Sign() < 0 {
		whole = "-" + whole
	}
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}
