package l1_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/internal/evmtest"
	"github.com/zkrollup/zkrollup/l1"
	"github.com/zkrollup/zkrollup/rollup"
)

// lightConfig is a production-depth deployment with blockSlots slots and
// no verifiers (gov's address stands in for them): enough for what the
// constructor and commitBlocks check, which never call a verifier. gov is
// governance and the operator; the genesis root is 1.
func lightConfig(gov common.Address, slots int) rollupcontract.RollupConfig {
	var genesis fr.Element
	genesis.SetUint64(1)
	return rollupcontract.RollupConfig{
		BlockShapes: []uint16{uint16(slots)}, BlockVerifiers: []common.Address{gov}, ExitVerifier: gov,
		AccountDepth: big.NewInt(int64(rollup.ProdParams.AccountDepth)),
		BalanceDepth: big.NewInt(int64(rollup.ProdParams.BalanceDepth)), RollupChainId: rollup.ProdParams.ChainID,
		PriorityExpiryBlocks: 1000, GenesisRoot: genesis.Bytes(), Governance: gov, Operator: gov,
	}
}

// lightGenesis is the stored block 0 of a lightConfig deployment.
func lightGenesis() l1.StoredBlock {
	var genesis fr.Element
	genesis.SetUint64(1)
	return l1.Genesis(genesis)
}

// deployLight deploys cfg on c from gov and fails the test unless it succeeds.
func deployLight(t *testing.T, c *evmtest.Chain, gov *ecdsa.PrivateKey, cfg rollupcontract.RollupConfig) common.Address {
	t.Helper()
	addr, _ := c.Deploy(t, gov, common.FromHex(rollupcontract.RollupMetaData.Bin), abiR.PackConstructor(cfg))
	return addr
}
