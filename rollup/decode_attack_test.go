package rollup

// Differential attack tests of the registry refactor (a5c549a): the
// registry-driven wire and pubdata codecs must accept exactly the bytes the
// hand-written codecs of 9e68335 accepted, decode them to the same values
// and encode every value to the same bytes. The old codecs are copied here
// verbatim (renamed) as the reference.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/zkrollup/zkrollup/crypto"
	"github.com/zkrollup/zkrollup/num"
)

// ---- the codecs of 9e68335 ----

const (
	oldTransferWireSize     = 38 + crypto.PublicKeySize + crypto.SignatureSize
	oldWithdrawWireSize     = 49 + crypto.PublicKeySize + crypto.SignatureSize
	oldChangePubKeyWireSize = 1 + 4 + crypto.PublicKeySize + 2 + PackedFeeSize + 4 + crypto.SignatureSize + 65
	oldDepositWireSize      = 1 + 20 + 2 + 16
	oldFullExitWireSize     = 1 + 4 + 20 + 2
)

var oldPubdataSize = [...]int{
	OpNoop: 1, OpDeposit: 43, OpTransfer: 18, OpTransferToNew: 38, OpWithdraw: 45, OpFullExit: 43, OpChangePubKey: 53,
}

func oldPubdataSizeOf(t OpType) int {
	if int(t) < len(oldPubdataSize) {
		return oldPubdataSize[t]
	}
	return 0
}

func oldEncodeTx(tx Tx) ([]byte, error) {
	switch t := tx.(type) {
	case *Transfer:
		b := t.SignedBytes()
		b = append(b, t.PubKey[:]...)
		return append(b, t.Signature[:]...), nil
	case *Withdraw:
		b := t.SignedBytes()
		b = append(b, t.PubKey[:]...)
		return append(b, t.Signature[:]...), nil
	case *ChangePubKey:
		b := make([]byte, 0, oldChangePubKeyWireSize)
		b = append(b, byte(OpChangePubKey))
		b = binary.BigEndian.AppendUint32(b, t.AccountID)
		b = append(b, t.NewPubKey[:]...)
		b = binary.BigEndian.AppendUint16(b, t.FeeToken)
		b = append(b, t.Fee[:]...)
		b = binary.BigEndian.AppendUint32(b, t.Nonce)
		b = append(b, t.Signature[:]...)
		return append(b, t.EthSignature[:]...), nil
	case *Deposit:
		b := make([]byte, 0, oldDepositWireSize)
		b = append(b, byte(OpDeposit))
		b = append(b, t.To[:]...)
		b = binary.BigEndian.AppendUint16(b, t.Token)
		amt := t.Amount.Bytes()
		return append(b, amt[:]...), nil
	case *FullExit:
		b := make([]byte, 0, oldFullExitWireSize)
		b = append(b, byte(OpFullExit))
		b = binary.BigEndian.AppendUint32(b, t.AccountID)
		b = append(b, t.Owner[:]...)
		return binary.BigEndian.AppendUint16(b, t.Token), nil
	case nil:
		return nil, fmt.Errorf("%w: nil transaction", ErrMalformed)
	}
	return nil, fmt.Errorf("%w: %T", ErrUnknownOpType, tx)
}

func oldDecodeTx(b []byte) (Tx, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty transaction", ErrMalformed)
	}
	t := OpType(b[0])
	want := map[OpType]int{
		OpTransfer: oldTransferWireSize, OpWithdraw: oldWithdrawWireSize, OpChangePubKey: oldChangePubKeyWireSize,
		OpDeposit: oldDepositWireSize, OpFullExit: oldFullExitWireSize,
	}[t]
	if want == 0 {
		return nil, fmt.Errorf("%w: type byte %d", ErrUnknownOpType, b[0])
	}
	if len(b) != want {
		return nil, fmt.Errorf("%w: %s is %d bytes, got %d", ErrMalformed, t, want, len(b))
	}
	r := &reader{b: b, off: 1}
	switch t {
	case OpTransfer:
		tx := &Transfer{From: r.u32()}
		r.into(tx.To[:])
		tx.Token = r.u16()
		r.into(tx.Amount[:])
		r.into(tx.Fee[:])
		tx.Nonce = r.u32()
		r.into(tx.PubKey[:])
		r.into(tx.Signature[:])
		if _, err := tx.Amount.Value(); err != nil {
			return nil, err
		}
		return tx, nil
	case OpWithdraw:
		tx := &Withdraw{From: r.u32()}
		r.into(tx.To[:])
		tx.Token = r.u16()
		tx.Amount = r.u128()
		r.into(tx.Fee[:])
		tx.Nonce = r.u32()
		r.into(tx.PubKey[:])
		r.into(tx.Signature[:])
		return tx, nil
	case OpChangePubKey:
		tx := &ChangePubKey{AccountID: r.u32()}
		r.into(tx.NewPubKey[:])
		tx.FeeToken = r.u16()
		r.into(tx.Fee[:])
		tx.Nonce = r.u32()
		r.into(tx.Signature[:])
		r.into(tx.EthSignature[:])
		return tx, nil
	case OpDeposit:
		tx := &Deposit{}
		r.into(tx.To[:])
		tx.Token = r.u16()
		tx.Amount = r.u128()
		return tx, nil
	default: // OpFullExit
		tx := &FullExit{AccountID: r.u32()}
		r.into(tx.Owner[:])
		tx.Token = r.u16()
		return tx, nil
	}
}

func oldEncodePubdata(o *ExecutedOp, b []byte) []byte {
	b = append(b, byte(o.Type))
	amt := o.Amount.Bytes()
	switch o.Type {
	case OpDeposit:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, amt[:]...)
		b = append(b, o.Address[:]...)
	case OpTransfer, OpTransferToNew:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = binary.BigEndian.AppendUint32(b, o.To)
		if o.Type == OpTransferToNew {
			b = append(b, o.Address[:]...)
		}
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, o.PackedAmount[:]...)
		b = append(b, o.Fee[:]...)
	case OpWithdraw:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, amt[:]...)
		b = append(b, o.Fee[:]...)
		b = append(b, o.Address[:]...)
	case OpFullExit:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = append(b, o.Address[:]...)
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, amt[:]...)
	case OpChangePubKey:
		b = binary.BigEndian.AppendUint32(b, o.Account)
		b = append(b, o.PubKeyHash[:]...)
		b = append(b, o.Address[:]...)
		b = binary.BigEndian.AppendUint32(b, o.Nonce)
		b = binary.BigEndian.AppendUint16(b, o.Token)
		b = append(b, o.Fee[:]...)
	}
	return b
}

func oldDecodePubdata(b []byte) ([]ExecutedOp, error) {
	var ops []ExecutedOp
	for off := 0; off < len(b); {
		t := OpType(b[off])
		n := oldPubdataSizeOf(t)
		if n == 0 || t == OpNoop {
			return nil, fmt.Errorf("%w: byte %d: operation type %d", ErrUnknownOpType, off, b[off])
		}
		if off+n > len(b) {
			return nil, fmt.Errorf("%w: byte %d: %s needs %d bytes, %d left", ErrMalformed, off, t, n, len(b)-off)
		}
		op, err := oldDecodeOne(b[off : off+n])
		if err != nil {
			return nil, fmt.Errorf("byte %d: %w", off, err)
		}
		ops = append(ops, op)
		off += n
	}
	return ops, nil
}

func oldDecodeOne(b []byte) (ExecutedOp, error) {
	r := &reader{b: b}
	o := ExecutedOp{Type: OpType(r.u8())}
	switch o.Type {
	case OpDeposit:
		o.Account, o.Token, o.Amount = r.u32(), r.u16(), r.u128()
		r.into(o.Address[:])
	case OpTransfer, OpTransferToNew:
		o.Account, o.To = r.u32(), r.u32()
		if o.Type == OpTransferToNew {
			r.into(o.Address[:])
		}
		o.Token = r.u16()
		r.into(o.PackedAmount[:])
		r.into(o.Fee[:])
		v, err := o.PackedAmount.Value()
		if err != nil {
			return o, err
		}
		o.Amount = v
	case OpWithdraw:
		o.Account, o.Token, o.Amount = r.u32(), r.u16(), r.u128()
		r.into(o.Fee[:])
		r.into(o.Address[:])
	case OpFullExit:
		o.Account = r.u32()
		r.into(o.Address[:])
		o.Token, o.Amount = r.u16(), r.u128()
	case OpChangePubKey:
		o.Account = r.u32()
		r.into(o.PubKeyHash[:])
		r.into(o.Address[:])
		o.Nonce, o.Token = r.u32(), r.u16()
		r.into(o.Fee[:])
	}
	return o, nil
}

// ---- the differential checks ----

// checkDecodeTxMatchesOld: DecodeTx and DecodeL2Tx accept exactly what the
// old DecodeTx accepted, decode it to the same request, and EncodeTx gives
// the old encoding back.
func checkDecodeTxMatchesOld(t *testing.T, b []byte) {
	t.Helper()
	got, err := DecodeTx(b)
	want, oldErr := oldDecodeTx(b)
	if (err == nil) != (oldErr == nil) {
		t.Fatalf("%x: DecodeTx err %v, old decoder err %v", b, err, oldErr)
	}
	if err != nil {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%x: DecodeTx gives %#v, old decoder %#v", b, got, want)
	}
	enc, err := EncodeTx(got)
	if err != nil {
		t.Fatalf("%x: EncodeTx: %v", b, err)
	}
	oldEnc, _ := oldEncodeTx(want)
	if !bytes.Equal(enc, oldEnc) || !bytes.Equal(enc, b) {
		t.Fatalf("%x: EncodeTx %x, old %x", b, enc, oldEnc)
	}
	l2, l2Err := DecodeL2Tx(b)
	if priority := b[0] == byte(OpDeposit) || b[0] == byte(OpFullExit); priority != (l2Err != nil) {
		t.Fatalf("%x: DecodeL2Tx err %v for a priority=%v type", b, l2Err, priority)
	}
	if l2Err == nil && !reflect.DeepEqual(l2, want) {
		t.Fatalf("%x: DecodeL2Tx gives %#v, old %#v", b, l2, want)
	}
}

// checkDecodePubdataMatchesOld: DecodePubdata accepts exactly what the old
// decoder accepted, with the same operations, and EncodePubdata lays every
// decoded operation out as the old encoder did.
// addedSince reports an op type the protocol gained after the old decoders
// (issue 14: DepositRefund; issue 17: SpotTrade, CancelOrder); their
// behaviour is tested on its own.
func addedSince(t OpType) bool { return t == OpDepositRefund || t == OpSpotTrade || t == OpCancelOrder }

func checkDecodePubdataMatchesOld(t *testing.T, b []byte) {
	t.Helper()
	got, err := DecodePubdata(b)
	want, oldErr := oldDecodePubdata(b)
	for i := range got {
		if addedSince(got[i].Type) {
			return // pubdata the old decoder had no type for
		}
	}
	if (err == nil) != (oldErr == nil) {
		t.Fatalf("%x: DecodePubdata err %v, old decoder err %v", b, err, oldErr)
	}
	if err != nil {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%x: DecodePubdata gives %+v, old %+v", b, got, want)
	}
	for i := range got {
		if n, o := got[i].EncodePubdata(nil), oldEncodePubdata(&want[i], nil); !bytes.Equal(n, o) {
			t.Fatalf("op %d: EncodePubdata %x, old %x", i, n, o)
		}
	}
}

// opFromBytes builds an arbitrary ExecutedOp (any type byte, every field
// set, consistent or not) from fuzz input.
func opFromBytes(b []byte) ExecutedOp {
	var buf [1 + 4 + 4 + 20 + 2 + 16 + 5 + 2 + 20 + 4]byte
	copy(buf[:], b)
	r := &reader{b: buf[:]}
	o := ExecutedOp{Type: OpType(r.u8()), Account: r.u32(), To: r.u32()}
	r.into(o.Address[:])
	o.Token = r.u16()
	o.Amount = r.u128()
	r.into(o.PackedAmount[:])
	r.into(o.Fee[:])
	r.into(o.PubKeyHash[:])
	o.Nonce = r.u32()
	return o
}

func pubdataSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	var all []byte
	for _, op := range sampleOps() {
		b := op.EncodePubdata(nil)
		seeds = append(seeds, b)
		all = append(all, b...)
	}
	seeds = append(seeds, all, []byte{}, []byte{0}, []byte{7}, []byte{255})
	// every type byte at every length up to a slot and one more
	for ty := 0; ty <= 8; ty++ {
		for n := 1; n <= SlotBytes+1; n++ {
			b := bytes.Repeat([]byte{0xff}, n)
			b[0] = byte(ty)
			seeds = append(seeds, b, append([]byte{byte(ty)}, make([]byte, n-1)...))
		}
	}
	return seeds
}

func txSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	for _, tx := range sampleTxs(t) {
		b, err := EncodeTx(tx)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, b, b[:len(b)-1], append(b, 0))
		for ty := 0; ty <= 8; ty++ { // the same bytes under every type byte
			c := bytes.Clone(b)
			c[0] = byte(ty)
			seeds = append(seeds, c)
		}
	}
	// every type byte at every wire length (TransferToNew and Noop have none)
	for ty := 0; ty <= 8; ty++ {
		for n := 1; n <= oldChangePubKeyWireSize+1; n++ {
			b := make([]byte, n)
			b[0] = byte(ty)
			seeds = append(seeds, b)
		}
	}
	return seeds
}

// TestDecodersMatchTheOldOnes runs the differential checks on every seed
// (each type byte at each length, sample transactions and pubdata).
func TestDecodersMatchTheOldOnes(t *testing.T) {
	for _, b := range txSeeds(t) {
		checkDecodeTxMatchesOld(t, b)
	}
	for _, b := range pubdataSeeds(t) {
		checkDecodePubdataMatchesOld(t, b)
	}
	for ty := 0; ty <= 255; ty++ {
		if addedSince(OpType(ty)) {
			continue
		}
		o := opFromBytes(bytes.Repeat([]byte{0xa5}, 80))
		o.Type = OpType(ty)
		if n, old := o.EncodePubdata(nil), oldEncodePubdata(&o, nil); !bytes.Equal(n, old) {
			t.Errorf("type %d: EncodePubdata %x, old %x", ty, n, old)
		}
	}
}

func FuzzDecodeTxMatchesOld(f *testing.F) {
	for _, b := range txSeeds(f) {
		f.Add(b)
	}
	f.Fuzz(checkDecodeTxMatchesOld)
}

func FuzzDecodePubdataMatchesOld(f *testing.F) {
	for _, b := range pubdataSeeds(f) {
		f.Add(b)
	}
	f.Fuzz(checkDecodePubdataMatchesOld)
}

// FuzzEncodePubdataMatchesOld: any operation value, consistent or not,
// encodes to the old bytes.
func FuzzEncodePubdataMatchesOld(f *testing.F) {
	for _, op := range sampleOps() {
		b := []byte{byte(op.Type)}
		b = binary.BigEndian.AppendUint32(b, op.Account)
		f.Add(append(b, 1, 2, 3))
	}
	f.Add([]byte{9, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		o := opFromBytes(b)
		if addedSince(o.Type) {
			return
		}
		if n, old := o.EncodePubdata(nil), oldEncodePubdata(&o, nil); !bytes.Equal(n, old) {
			t.Fatalf("%+v: EncodePubdata %x, old %x", o, n, old)
		}
	})
}

// FuzzEncodeTxMatchesOld: every request value encodes to the old bytes
// (the hash, TxHash, is of these bytes).
func FuzzEncodeTxMatchesOld(f *testing.F) {
	f.Add(uint8(2), []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, kind uint8, b []byte) {
		var buf [256]byte
		copy(buf[:], b)
		var tx Tx
		a := common.Address(buf[10:30])
		var amt [16]byte
		copy(amt[:], buf[30:46])
		switch kind % 5 {
		case 0:
			tx = &Deposit{To: a, Token: binary.BigEndian.Uint16(buf[0:]), Amount: num.FromBytes(amt)}
		case 1:
			tx = &FullExit{AccountID: binary.BigEndian.Uint32(buf[0:]), Owner: a, Token: binary.BigEndian.Uint16(buf[4:])}
		case 2:
			w := &Transfer{From: binary.BigEndian.Uint32(buf[0:]), To: a, Token: binary.BigEndian.Uint16(buf[4:]), Nonce: binary.BigEndian.Uint32(buf[6:])}
			copy(w.Amount[:], buf[46:])
			copy(w.Fee[:], buf[51:])
			copy(w.PubKey[:], buf[53:])
			copy(w.Signature[:], buf[85:])
			tx = w
		case 3:
			w := &Withdraw{From: binary.BigEndian.Uint32(buf[0:]), To: a, Token: binary.BigEndian.Uint16(buf[4:]), Nonce: binary.BigEndian.Uint32(buf[6:]), Amount: num.FromBytes(amt)}
			copy(w.Fee[:], buf[51:])
			copy(w.PubKey[:], buf[53:])
			copy(w.Signature[:], buf[85:])
			tx = w
		case 4:
			c := &ChangePubKey{AccountID: binary.BigEndian.Uint32(buf[0:]), FeeToken: binary.BigEndian.Uint16(buf[4:]), Nonce: binary.BigEndian.Uint32(buf[6:])}
			copy(c.NewPubKey[:], buf[46:])
			copy(c.Fee[:], buf[78:])
			copy(c.Signature[:], buf[80:])
			copy(c.EthSignature[:], buf[150:])
			tx = c
		}
		n, err := EncodeTx(tx)
		old, oldErr := oldEncodeTx(tx)
		if err != nil || oldErr != nil || !bytes.Equal(n, old) {
			t.Fatalf("%#v: EncodeTx %x (%v), old %x (%v)", tx, n, err, old, oldErr)
		}
		if h, err := TxHash(tx); err != nil || h != ethcrypto.Keccak256Hash(old) {
			t.Fatalf("TxHash changed: %x %v", h, err)
		}
	})
}
