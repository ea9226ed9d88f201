package aggregator

import (
	"bytes"
	"context"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"

	"github.com/zkrollup/zkrollup/prover"
)

// Prover turns a serialized block witness into a proof (gnark's binary
// form). The aggregator verifies every proof before storing it. The
// in-process LocalProver is one; the prover cluster is another.
type Prover interface {
	Prove(ctx context.Context, witness []byte) ([]byte, error)
}

// LocalProver proves in this process with a proving key.
type LocalProver struct {
	CCS constraint.ConstraintSystem
	PK  groth16.ProvingKey
}

// Prove implements Prover.
func (p LocalProver) Prove(_ context.Context, w []byte) ([]byte, error) {
	var proof bytes.Buffer
	if err := prover.Prove(p.CCS, p.PK, bytes.NewReader(w), &proof); err != nil {
		return nil, err
	}
	return proof.Bytes(), nil
}
