package aggregator

import (
	"bytes"
	"context"

	"github.com/zkrollup/zkrollup/keys"
	"github.com/zkrollup/zkrollup/prover"
)

// Prover turns a serialized block witness into a proof (gnark's binary
// form). The aggregator verifies every proof before storing it. The
// in-process LocalProver is one; the prover cluster is another.
type Prover interface {
	Prove(ctx context.Context, witness []byte) ([]byte, error)
}

// LocalProver proves in this process, with the proving key of the
// witness's block shape.
type LocalProver struct {
	Keys *keys.Ladder
}

// Prove implements Prover.
func (p LocalProver) Prove(_ context.Context, w []byte) ([]byte, error) {
	set, _, err := p.Keys.ForWitness(w)
	if err != nil {
		return nil, err
	}
	var proof bytes.Buffer
	if err := prover.Prove(set.CCS, set.PK, bytes.NewReader(w), &proof); err != nil {
		return nil, err
	}
	return proof.Bytes(), nil
}
