package rollup

import (
	"testing"
)

// TestSlotBytesIsTheLargestPubdata: the padded slot is exactly the largest
// operation's pubdata.
func TestSlotBytesIsTheLargestPubdata(t *testing.T) {
	largest := 0
	for _, s := range Ops() {
		largest = max(largest, s.PubdataSize())
	}
	if largest != SlotBytes {
		t.Fatalf("SlotBytes is %d, the largest pubdata %d: set SlotBytes (and SLOT_BYTES in Rollup.sol)", SlotBytes, largest)
	}
}

// TestRegistryIsConsistent: every entry sits at its own type, has a name
// and fields of known widths, and its flags agree with what its request
// type implements — "is this op signed?" has one answer.
func TestRegistryIsConsistent(t *testing.T) {
	names := map[string]bool{}
	for i, s := range Ops() {
		if int(s.Type) != i {
			t.Errorf("entry %d holds type %d", i, s.Type)
		}
		if s.Name == "" || names[s.Name] {
			t.Errorf("type %d: name %q is empty or taken", i, s.Name)
		}
		names[s.Name] = true
		for _, f := range s.Pubdata {
			if f.Size() == 0 {
				t.Errorf("%s: pubdata field %s has no size", s.Name, f)
			}
		}
		if s.Priority && s.Signed {
			t.Errorf("%s: a priority operation comes from L1 and carries no L2 signature", s.Name)
		}
		req, err := Spec(s.Request)
		if err != nil {
			t.Errorf("%s: request type: %v", s.Name, err)
			continue
		}
		if req.Signed != s.Signed || req.Priority != s.Priority {
			t.Errorf("%s: signed/priority (%v/%v) differ from its request %s's (%v/%v)", s.Name, s.Signed, s.Priority, req.Name, req.Signed, req.Priority)
		}
		if s.Request != s.Type {
			if s.newTx != nil || s.apply != nil {
				t.Errorf("%s: executes from %s, so it has no request codec or rule of its own", s.Name, req.Name)
			}
			continue
		}
		if s.Type == OpNoop {
			continue
		}
		if s.newTx == nil || s.apply == nil {
			t.Errorf("%s: a request type needs a wire codec and a rule", s.Name)
			continue
		}
		tx := s.newTx()
		if tx.TxType() != s.Type {
			t.Errorf("%s: its request says it is %s", s.Name, tx.TxType())
		}
		if _, ok := tx.(L2Tx); ok != s.Signed {
			t.Errorf("%s: implements L2Tx = %v, registry says signed = %v", s.Name, ok, s.Signed)
		}
		if (s.fromL1 != nil) != s.Priority {
			t.Errorf("%s: rebuilt from L1 pubdata = %v, registry says priority = %v", s.Name, s.fromL1 != nil, s.Priority)
		}
		if s.wireSize == 0 {
			t.Errorf("%s: wire size not set", s.Name)
		}
	}
}

// TestRegistryCannotBeChangedFromOutside: what Ops and Spec return are copies.
func TestRegistryCannotBeChangedFromOutside(t *testing.T) {
	ops := Ops()
	ops[OpTransfer].Signed = false
	ops[OpTransfer].Pubdata[0] = FieldAmount
	s, _ := Spec(OpWithdraw)
	s.Withdrawal = false
	if got, _ := Spec(OpTransfer); !got.Signed || got.Pubdata[0] != FieldAccount {
		t.Fatalf("Transfer's spec changed through Ops: %+v", got)
	}
	if !OpWithdraw.IsWithdrawal() {
		t.Fatal("Withdraw's spec changed through Spec")
	}
}
