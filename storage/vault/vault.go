// Package vault holds the cryptography of a partner's lock: an age X25519
// key pair per partner, whose private half is kept only wrapped by scrypt
// of the partner's passphrase, and the sealing of private rows to the
// public half. Sealing needs no passphrase (a row can be locked away at any
// time); opening needs the private key, which costs one scrypt to unwrap.
package vault

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"filippo.io/age"
)

// DefaultWorkFactor is scrypt's work factor (2^18 iterations, about a
// second on a laptop): slow enough to make guessing a passphrase from a
// stolen file expensive, fast enough to unlock.
const DefaultWorkFactor = 18

// maxWorkFactor is the most an unlock accepts from the stored key.
const maxWorkFactor = 20

// MaxPassphrase is the longest passphrase accepted.
const MaxPassphrase = 1024

// ErrWrongPassphrase is returned when a passphrase does not open the key.
var ErrWrongPassphrase = errors.New("that passphrase does not unlock this space")

// Key is a partner's key pair as stored: the public half in the clear, the
// private half wrapped.
type Key struct {
	Recipient string // age1…
	Wrapped   []byte
}

// NewKey makes a key pair and wraps its private half with the passphrase
// (workFactor 0 means DefaultWorkFactor).
func NewKey(passphrase string, workFactor int) (Key, *age.X25519Identity, error) {
	if err := CheckPassphrase(passphrase); err != nil {
		return Key{}, nil, err
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return Key{}, nil, fmt.Errorf("make a key: %w", err)
	}
	wrapped, err := Wrap(id, passphrase, workFactor)
	if err != nil {
		return Key{}, nil, err
	}
	return Key{Recipient: id.Recipient().String(), Wrapped: wrapped}, id, nil
}

// Wrap encrypts the private key with scrypt of the passphrase.
func Wrap(id *age.X25519Identity, passphrase string, workFactor int) ([]byte, error) {
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, fmt.Errorf("wrap the key: %w", err)
	}
	if workFactor <= 0 {
		workFactor = DefaultWorkFactor
	}
	r.SetWorkFactor(workFactor)
	return seal([]byte(id.String()), r)
}

// Unwrap opens the private key with the passphrase: one scrypt.
func Unwrap(k Key, passphrase string) (*age.X25519Identity, error) {
	sid, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	// A tampered file must not make an unlock take minutes.
	sid.SetMaxWorkFactor(maxWorkFactor)
	plain, err := open(k.Wrapped, sid)
	if err != nil {
		var wrong *age.NoIdentityMatchError
		if errors.As(err, &wrong) || errors.Is(err, age.ErrIncorrectIdentity) {
			return nil, ErrWrongPassphrase
		}
		return nil, fmt.Errorf("unwrap the key: %w", err)
	}
	id, err := age.ParseX25519Identity(string(plain))
	if err != nil {
		return nil, fmt.Errorf("unwrap the key: %w", err)
	}
	if id.Recipient().String() != k.Recipient {
		return nil, errors.New("the stored key does not match its public half")
	}
	return id, nil
}

// Seal encrypts data to the partner's public key.
func Seal(data []byte, recipient string) ([]byte, error) {
	r, err := age.ParseX25519Recipient(recipient)
	if err != nil {
		return nil, fmt.Errorf("read the public key: %w", err)
	}
	return seal(data, r)
}

// Open decrypts what Seal sealed.
func Open(sealed []byte, id *age.X25519Identity) ([]byte, error) {
	return open(sealed, id)
}

func seal(data []byte, r age.Recipient) ([]byte, error) {
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	if _, err := w.Write(data); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return buf.Bytes(), nil
}

// maxOpen bounds what one sealed blob may open to.
const maxOpen = 16 << 20

func open(sealed []byte, id age.Identity) ([]byte, error) {
	r, err := age.Decrypt(bytes.NewReader(sealed), id)
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(io.LimitReader(r, maxOpen+1))
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	if len(out) > maxOpen {
		return nil, errors.New("open: a sealed item is too large")
	}
	return out, nil
}
