package rollup

import (
	"slices"
	"testing"
)

// TestExecutedOpAccounts: the accounts an op names, for histories: the
// acting account, and the receiver when the op's pubdata has one.
func TestExecutedOpAccounts(t *testing.T) {
	for _, tc := range []struct {
		op   ExecutedOp
		want []uint32
	}{
		{ExecutedOp{Type: OpNoop}, nil},
		{ExecutedOp{Type: OpDeposit, Account: 4}, []uint32{4}},
		{ExecutedOp{Type: OpDepositRefund, Account: 0}, nil}, // took no account
		{ExecutedOp{Type: OpTransfer, Account: 4, To: 7}, []uint32{4, 7}},
		{ExecutedOp{Type: OpTransferToNew, Account: 4, To: 9}, []uint32{4, 9}},
		{ExecutedOp{Type: OpTransfer, Account: 4, To: 4}, []uint32{4}},
		{ExecutedOp{Type: OpSpotTrade, Account: 2, To: 3}, []uint32{2, 3}},
		{ExecutedOp{Type: OpWithdraw, Account: 5, To: 8}, []uint32{5}}, // To is not a withdrawal's field
		{ExecutedOp{Type: OpCancelOrder, Account: 6}, []uint32{6}},
		{ExecutedOp{Type: OpType(250), Account: 1}, nil},
	} {
		if got := tc.op.Accounts(); !slices.Equal(got, tc.want) {
			t.Errorf("%v: %v, want %v", tc.op.Type, got, tc.want)
		}
	}
}
