package sequencer

import (
	"encoding/binary"
	"errors"
	"fmt"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/rollup"
	"github.com/zkrollup/zkrollup/store"
)

// pendingOp is an operation applied in the open block.
type pendingOp struct {
	hash     [32]byte
	priority *uint64        // id of the priority request, for deposits and full exits
	fill     *store.FillPos // a SpotTrade: the position of the engine fill it settles
	raw      []byte         // rollup.EncodeTx
	receipt  rollup.Receipt
}

// openBlock is the block being built.
type openBlock struct {
	header   rollup.BlockHeader
	openedAt int64 // unix milliseconds
	ops      []pendingOp
}

var errBadPending = errors.New("malformed pending block")

// encode writes the open block for the store: header, then each op's
// hash, priority id or fill position (flag 1 or 2, or none: 0) and
// encoded request.
func (b *openBlock) encode() []byte {
	out := binary.BigEndian.AppendUint64(nil, b.header.Number)
	out = binary.BigEndian.AppendUint64(out, b.header.Timestamp)
	out = binary.BigEndian.AppendUint32(out, b.header.FeeAccount)
	out = binary.BigEndian.AppendUint64(out, uint64(b.openedAt))
	out = binary.BigEndian.AppendUint32(out, uint32(len(b.ops)))
	for _, op := range b.ops {
		out = append(out, op.hash[:]...)
		if op.priority != nil {
			out = append(out, 1)
			out = binary.BigEndian.AppendUint64(out, *op.priority)
		} else if op.fill != nil {
			out = append(out, 2)
			out = binary.BigEndian.AppendUint64(out, op.fill.Seq)
			out = binary.BigEndian.AppendUint32(out, op.fill.Sub)
		} else {
			out = append(out, 0)
		}
		out = binary.BigEndian.AppendUint32(out, uint32(len(op.raw)))
		out = append(out, op.raw...)
	}
	return out
}

func decodeOpen(b []byte) (*openBlock, error) {
	if len(b) < 32 {
		return nil, errBadPending
	}
	ob := &openBlock{header: rollup.BlockHeader{
		Number: binary.BigEndian.Uint64(b), Timestamp: binary.BigEndian.Uint64(b[8:]), FeeAccount: binary.BigEndian.Uint32(b[16:]),
	}, openedAt: int64(binary.BigEndian.Uint64(b[20:]))}
	n := binary.BigEndian.Uint32(b[28:])
	b = b[32:]
	for i := uint32(0); i < n; i++ {
		if len(b) < 33 {
			return nil, fmt.Errorf("%w: op %d", errBadPending, i)
		}
		var op pendingOp
		copy(op.hash[:], b)
		flag := b[32]
		b = b[33:]
		switch flag {
		case 0:
		case 1:
			if len(b) < 8 {
				return nil, fmt.Errorf("%w: op %d", errBadPending, i)
			}
			v := binary.BigEndian.Uint64(b)
			op.priority = &v
			b = b[8:]
		case 2:
			if len(b) < 12 {
				return nil, fmt.Errorf("%w: op %d", errBadPending, i)
			}
			op.fill = &store.FillPos{Seq: binary.BigEndian.Uint64(b), Sub: binary.BigEndian.Uint32(b[8:])}
			b = b[12:]
		default:
			return nil, fmt.Errorf("%w: op %d: flag %d", errBadPending, i, flag)
		}
		if len(b) < 4 || uint32(len(b)-4) < binary.BigEndian.Uint32(b) {
			return nil, fmt.Errorf("%w: op %d", errBadPending, i)
		}
		l := binary.BigEndian.Uint32(b)
		op.raw = append([]byte(nil), b[4:4+l]...)
		b = b[4+l:]
		ob.ops = append(ob.ops, op)
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errBadPending, len(b))
	}
	return ob, nil
}

// priorityHash identifies a priority operation in the block's op list
// (two deposits can carry the same fields, so the id is what is unique).
func priorityHash(id uint64) [32]byte {
	return ethcrypto.Keccak256Hash([]byte("zkrollup:priority"), binary.BigEndian.AppendUint64(nil, id))
}
