package rollup

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/state"
)

// ErrPubdataMismatch means an operation from L1 pubdata re-executes under
// the rules to other pubdata than L1 published (a full exit of another
// amount, a ChangePubKey of another owner, an account id the rules do not
// allow): the data is not what the proven block executed.
var ErrPubdataMismatch = errors.New("an operation from L1 pubdata re-executes to other pubdata")

// ErrEthSignatures means a block's L1 authorisations do not match its
// ChangePubKey operations one to one (65 bytes each, in order).
var ErrEthSignatures = errors.New("the block's L1 authorisations do not match its ChangePubKey operations")

// proven is the request an operation from L1 pubdata stood for, rebuilt
// from the pubdata and the state: the signature the block's proof checked
// is not published, so sig is the key the proof showed signed it (the
// account's registered key, or a ChangePubKey's new one).
type proven struct {
	tx  Tx
	sig *sigResult
	// credit is the account the pubdata names for the address a Deposit or
	// a Transfer credits; refund: none (a DepositRefund).
	credit uint32
	refund bool
}

// policy is the AccountPolicy that makes the rules pick the pubdata's id.
func (p *proven) policy(*state.State, common.Address) (uint32, error) {
	if p.refund {
		return 0, ErrNoAccount
	}
	return p.credit, nil
}

// ReplayPubdata re-executes a committed block from what L1 holds of it:
// its header, its compact pubdata (operations back to back) and the L1
// authorisations of its ChangePubKey operations (65 bytes each, in order).
// Each operation is rebuilt as the request it stood for and applied under
// the same rules as any other; signatures are not re-checked (L1 does not
// publish them: the block's proof did). Every operation must re-encode to
// exactly its pubdata and the sealed block must end at wantRoot. On any
// error nothing is left open or uncommitted; on success the caller commits
// the state.
func (m *Machine) ReplayPubdata(h BlockHeader, pubdata, ethSigs []byte, wantRoot [32]byte) (*Block, error) {
	return m.replayPubdata(h, pubdata, ethSigs, &wantRoot)
}

// ReplayPubdataDeferred is ReplayPubdata without the state root: the
// returned block's OldRoot and NewRoot are zero, and nothing is hashed.
// Whoever replays a run of blocks this way must check the state root
// (State().Root()) against a later block's before trusting the state:
// the root is the only check that the operations, applied under the
// rules, gave the state L1 committed to. Hashing once per run instead of
// once per block is what makes a long restore fast.
func (m *Machine) ReplayPubdataDeferred(h BlockHeader, pubdata, ethSigs []byte) (*Block, error) {
	return m.replayPubdata(h, pubdata, ethSigs, nil)
}

func (m *Machine) replayPubdata(h BlockHeader, pubdata, ethSigs []byte, wantRoot *[32]byte) (*Block, error) {
	ops, err := DecodePubdata(pubdata)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", h.Number, err)
	}
	if err := m.begin(h, wantRoot != nil); err != nil {
		return nil, err
	}
	b, err := m.replayPubdataOpen(h, ops, pubdata, ethSigs, wantRoot)
	if err != nil {
		if aerr := m.AbortBlock(); aerr != nil {
			err = errors.Join(err, aerr)
		}
		return nil, err
	}
	return b, nil
}

func (m *Machine) replayPubdataOpen(h BlockHeader, ops []ExecutedOp, pubdata, ethSigs []byte, wantRoot *[32]byte) (*Block, error) {
	off, sigOff := 0, 0
	for i := range ops {
		s, err := spec(ops[i].Type)
		if err != nil {
			return nil, err
		}
		raw := pubdata[off : off+s.PubdataSize()]
		off += len(raw)
		var ethSig [65]byte
		if s.Type == OpChangePubKey {
			if sigOff+65 > len(ethSigs) {
				return nil, fmt.Errorf("block %d op %d: %w: %d bytes for ChangePubKey number %d", h.Number, i, ErrEthSignatures, len(ethSigs), sigOff/65+1)
			}
			copy(ethSig[:], ethSigs[sigOff:])
			sigOff += 65
		}
		if err := m.applyPubdata(s, &ops[i], raw, ethSig); err != nil {
			return nil, fmt.Errorf("block %d op %d (%s): %w", h.Number, i, s.Name, err)
		}
	}
	if sigOff != len(ethSigs) {
		return nil, fmt.Errorf("block %d: %w: %d bytes left over", h.Number, ErrEthSignatures, len(ethSigs)-sigOff)
	}
	if wantRoot == nil {
		return m.seal(false)
	}
	return m.sealAndCheck(h, *wantRoot)
}

// applyPubdata applies one operation decoded from raw under the rules.
func (m *Machine) applyPubdata(s *OpSpec, o *ExecutedOp, raw []byte, ethSig [65]byte) error {
	if s.fromPubdata == nil {
		return fmt.Errorf("%w: %s is not an operation a block executes", ErrUnknownOpType, s.Name)
	}
	p, err := s.fromPubdata(m, o, ethSig)
	if err != nil {
		return err
	}
	saved := m.policy
	m.policy = p.policy
	r, err := m.apply(p.tx, p.sig)
	m.policy = saved
	if err != nil {
		return err
	}
	if got := r.Op.EncodePubdata(nil); !bytes.Equal(got, raw) {
		// the operation is applied: the caller aborts the block
		return fmt.Errorf("%w: the rules give %x, L1 published %x", ErrPubdataMismatch, got, raw)
	}
	return nil
}

// sealAndCheck seals the open block and checks its new root.
func (m *Machine) sealAndCheck(h BlockHeader, wantRoot [32]byte) (*Block, error) {
	b, err := m.SealBlock()
	if err != nil {
		return nil, err
	}
	if b.NewRoot.Bytes() != wantRoot {
		return nil, fmt.Errorf("%w: block %d gives %x, stored %x", ErrReplayMismatch, h.Number, b.NewRoot.Bytes(), wantRoot)
	}
	return b, nil
}

// signerKey is the key the proof showed signed an L2 operation of account
// id: its registered key (zero if it has none, which the rules refuse).
func (m *Machine) signerKey(id uint32) (*sigResult, uint32, error) {
	if err := m.checkAccountID(id); err != nil {
		return nil, 0, err
	}
	acc, err := m.st.Account(id)
	if err != nil {
		return nil, 0, err
	}
	return &sigResult{pkh: acc.PubKeyHash}, acc.Nonce, nil
}
