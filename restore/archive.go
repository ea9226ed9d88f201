package restore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/zkrollup/zkrollup/da"
)

// Errors of a blob archive. A BlobError wraps one of them (or the
// archive's read error) and names the blob.
var (
	// ErrBlobMissing: the archive has no blob of a versioned hash a commit
	// transaction carried.
	ErrBlobMissing = errors.New("the blob archive has no blob of this versioned hash")
	// ErrBlobMismatch: the archive's blob is not the one L1 committed to
	// (its KZG commitment has another versioned hash, or it is no blob).
	ErrBlobMismatch = errors.New("the blob archive's blob is not the one L1 committed to")
)

// BlobError is a blob the archive could not give as L1 committed to it.
type BlobError struct {
	VersionedHash common.Hash
	Where         string // where the archive looked (a file path)
	Err           error  // ErrBlobMissing, ErrBlobMismatch, or the read error
}

func (e *BlobError) Error() string {
	return fmt.Sprintf("blob %s (%s): %v", e.VersionedHash, e.Where, e.Err)
}

func (e *BlobError) Unwrap() error { return e.Err }

// BlobArchive serves blobs by versioned hash. It is untrusted: BlobSource
// checks every blob it serves against the hash.
type BlobArchive interface {
	// Blob returns the blob stored under versioned hash h, or an error
	// wrapping ErrBlobMissing when there is none.
	Blob(ctx context.Context, h common.Hash) (*kzg4844.Blob, error)
	// Where says where it keeps the blob of h (for messages).
	Where(h common.Hash) string
}

// BlobFileSuffix ends a blob file's name: the 0x-hex versioned hash, then it.
const BlobFileSuffix = ".blob"

// DirArchive is a directory of blob files, each named by its versioned
// hash (<0x-hex versioned hash>.blob) and holding the blob's 131,072 raw
// bytes: what WriteBlobArchive writes, and what anyone can mirror.
type DirArchive struct{ Dir string }

var _ BlobArchive = DirArchive{}

// Where implements BlobArchive: the file of h.
func (a DirArchive) Where(h common.Hash) string {
	return filepath.Join(a.Dir, h.Hex()+BlobFileSuffix)
}

// Blob implements BlobArchive.
func (a DirArchive) Blob(_ context.Context, h common.Hash) (*kzg4844.Blob, error) {
	path := a.Where(h)
	var b kzg4844.Blob
	// an untrusted archive: only a regular file of exactly a blob's size is
	// read (not a huge file, a FIFO or a device behind a link)
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &BlobError{VersionedHash: h, Where: path, Err: ErrBlobMissing}
	case err != nil:
		return nil, &BlobError{VersionedHash: h, Where: path, Err: err}
	case !fi.Mode().IsRegular() || fi.Size() != int64(len(b)):
		return nil, &BlobError{VersionedHash: h, Where: path, Err: fmt.Errorf("%w: not a regular file of %d bytes (%s, %d bytes)", ErrBlobMismatch, len(b), fi.Mode().Type(), fi.Size())}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &BlobError{VersionedHash: h, Where: path, Err: err}
	}
	defer f.Close()
	if _, err := io.ReadFull(f, b[:]); err != nil {
		return nil, &BlobError{VersionedHash: h, Where: path, Err: fmt.Errorf("%w: %v", ErrBlobMismatch, err)}
	}
	return &b, nil
}

// verifiedBlob reads the blob of versioned hash h from a and checks it is
// the one L1 committed to.
func verifiedBlob(ctx context.Context, a BlobArchive, h common.Hash) (*kzg4844.Blob, error) {
	b, err := a.Blob(ctx, h)
	if err != nil {
		var be *BlobError
		if errors.As(err, &be) {
			return nil, err
		}
		return nil, &BlobError{VersionedHash: h, Where: a.Where(h), Err: err}
	}
	c, err := da.Commit(b)
	if err != nil {
		return nil, &BlobError{VersionedHash: h, Where: a.Where(h), Err: fmt.Errorf("%w: %w", ErrBlobMismatch, err)}
	}
	if got := da.VersionedHash(c); got != h {
		return nil, &BlobError{VersionedHash: h, Where: a.Where(h), Err: fmt.Errorf("%w: its versioned hash is %s", ErrBlobMismatch, got)}
	}
	return b, nil
}

// WriteBlobArchive writes blobs into the archive directory dir (made if
// missing), each as <0x-hex versioned hash>.blob, crash-safely: a
// temporary file, fsync, rename, then the directory fsynced. A blob
// already there is written again (the same bytes under the same name).
func WriteBlobArchive(dir string, blobs []kzg4844.Blob) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("blob archive: %w", err)
	}
	a := DirArchive{Dir: dir}
	for i := range blobs {
		c, err := da.Commit(&blobs[i])
		if err != nil {
			return fmt.Errorf("blob archive: blob %d: %w", i, err)
		}
		if err := writeFileAtomic(a.Where(da.VersionedHash(c)), blobs[i][:]); err != nil {
			return fmt.Errorf("blob archive: blob %d: %w", i, err)
		}
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("blob archive: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("blob archive: sync %s: %w", dir, err)
	}
	return nil
}

// writeFileAtomic writes data to path through a temporary file in the
// same directory, fsynced before it is renamed over path.
func writeFileAtomic(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil { // others mirror it
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
