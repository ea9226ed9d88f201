package wallet

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// ErrNoKeyFile means the wallet file does not exist yet.
var ErrNoKeyFile = errors.New("no wallet file: create one with `zkrollup wallet create` or `zkrollup wallet import KEY`, or use --dev N")

// keyFile is the wallet file: the L1 private key, from which the L2 key
// is derived. Written with mode 0600; it is a plaintext secret.
type keyFile struct {
	Address string `json:"address"`
	L1Key   string `json:"l1Key"`
}

// SaveKey writes key to path, refusing to replace an existing file.
func SaveKey(path string, key *ecdsa.PrivateKey) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	b, err := json.MarshalIndent(keyFile{Address: ethcrypto.PubkeyToAddress(key.PublicKey).Hex(),
		L1Key: fmt.Sprintf("%x", ethcrypto.FromECDSA(key))}, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists: not replacing a key (move it away first)", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// LoadKey reads the key saved at path.
func LoadKey(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w (looked at %s)", ErrNoKeyFile, path)
	}
	if err != nil {
		return nil, err
	}
	var kf keyFile
	if err := json.Unmarshal(b, &kf); err != nil {
		return nil, fmt.Errorf("wallet file %s: %w", path, err)
	}
	return ParseKey(kf.L1Key)
}

// ParseKey reads a hex private key (with or without 0x).
func ParseKey(s string) (*ecdsa.PrivateKey, error) {
	k, err := ethcrypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, fmt.Errorf("not a private key (64 hex digits): %w", err)
	}
	return k, nil
}
