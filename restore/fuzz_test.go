package restore

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkrollup/zkrollup/contracts/gen/rollupcontract"
	"github.com/zkrollup/zkrollup/l1"
)

// FuzzDecodeCommit: any input, from a transaction or a trace, decodes to
// blocks or an error; it never panics.
func FuzzDecodeCommit(f *testing.F) {
	c := rollupcontract.NewRollup()
	f.Add(c.PackCommitBlocks(l1.StoredBlock{Number: 3}, []l1.CommitBlock{{Timestamp: 5, Pubdata: []byte{2, 0, 0, 0, 1}, EthSignatures: make([]byte, 65)}}))
	f.Add(c.PackCommitBlocks(l1.StoredBlock{}, nil))
	f.Add(c.PackCommitProveExecute(l1.StoredBlock{Number: 3}, []l1.CommitBlock{{Timestamp: 5, Pubdata: []byte{2, 0, 0, 0, 1}}},
		[][]byte{{1}}, [][][]byte{{{4, 0}}}))
	f.Add([]byte{0xde, 0xad})
	s, err := NewCalldataSource(nil, common.Address{1})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := s.decode(data)
		if err == nil && d.first == 0 {
			t.Fatal("decoded a commit after block 2^64-1")
		}
	})
}

// FuzzDecodeBlobCommit: any input decodes to a blob commit call
// (commitBlobBlocks, commitProveExecuteBlobs) or an error; it never panics.
func FuzzDecodeBlobCommit(f *testing.F) {
	c := rollupcontract.NewRollup()
	f.Add(c.PackCommitBlobBlocks(l1.StoredBlock{Number: 3}, []l1.BlobBlock{{Timestamp: 5, Slots: 4, DataLength: 5, L1Pubdata: []byte{2, 0, 0, 0, 1},
		EthSignatures: make([]byte, 65)}}, []l1.BlobData{{Kzg: make([]byte, 96)}}, [][]byte{{1}}))
	f.Add(c.PackCommitBlobBlocks(l1.StoredBlock{}, nil, nil, nil))
	f.Add(c.PackCommitProveExecuteBlobs(l1.StoredBlock{Number: 3}, []l1.BlobBlock{{Timestamp: 5, Slots: 4, DataLength: 5}},
		[]l1.BlobData{{Kzg: make([]byte, 96)}}, [][]byte{{1}}, [][]byte{{2}}, [][][]byte{{{3}}}))
	f.Add([]byte{0xde, 0xad})
	s, err := NewBlobSource(nil, common.Address{1}, DirArchive{Dir: f.TempDir()})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := s.decode(data)
		if err == nil && d.first == 0 {
			t.Fatal("decoded a commit after block 2^64-1")
		}
	})
}

// FuzzParseCallTrace: any trace JSON gives calls or an error, never a panic.
func FuzzParseCallTrace(f *testing.F) {
	f.Add([]byte(`{"type":"CALL","to":"0x0000000000000000000000000000000000000001","input":"0x12","calls":[{"type":"CALL","error":"x","calls":[{}]}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		_, _ = ParseCallTrace(raw)
	})
}
