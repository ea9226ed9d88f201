package l1

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
)

// RevertError is a revert of the rollup contract (or of a verifier it
// called) decoded into the Solidity error's name and arguments.
type RevertError struct {
	Name string
	Args []any
	Data []byte
}

func (e *RevertError) Error() string {
	if len(e.Args) == 0 {
		return "rollup contract reverted: " + e.Name
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("rollup contract reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
}

var contractABI = func() *abi.ABI {
	a, err := rollupcontract.RollupMetaData.ParseABI()
	if err != nil {
		return &abi.ABI{} // unreachable: the generated ABI is valid JSON (a test parses it)
	}
	return a
}()

// Errors of gnark's exported Groth16 verifier, which reach us bubbled up.
var verifierErrors = map[[4]byte]string{}

func init() {
	for _, sig := range []string{"ProofInvalid()", "PublicInputNotInField()", "CommitmentInvalid()"} {
		var sel [4]byte
		copy(sel[:], ethcrypto.Keccak256([]byte(sig)))
		verifierErrors[sel] = strings.TrimSuffix(sig, "()")
	}
}

// DecodeRevert finds the revert data in err (as returned by eth_call or
// eth_estimateGas) and decodes it. It returns nil if err carries none.
func DecodeRevert(err error) *RevertError {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return nil
	}
	var data []byte
	switch v := de.ErrorData().(type) {
	case string:
		data, _ = hexutil.Decode(v)
	case []byte:
		data = v
	}
	return DecodeRevertData(data)
}

// DecodeRevertData decodes raw revert data; nil if there is none.
func DecodeRevertData(data []byte) *RevertError {
	if len(data) < 4 {
		return nil
	}
	var sel [4]byte
	copy(sel[:], data)
	if name, ok := verifierErrors[sel]; ok {
		return &RevertError{Name: name, Data: data}
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return &RevertError{Name: "Error", Args: []any{reason}, Data: data}
	}
	for name, e := range contractABI.Errors {
		if [4]byte(e.ID[:4]) == sel {
			args, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				args = nil
			}
			return &RevertError{Name: name, Args: args, Data: data}
		}
	}
	return &RevertError{Name: fmt.Sprintf("unknown error 0x%x", sel), Data: data}
}
