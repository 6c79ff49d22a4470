package app

import (
	"context"
	"errors"
	"fmt"

	"github.com/zalando/go-keyring"
)

// Secrets keeps small secrets — the household's sync passphrase — in the
// operating system's keychain: the Secret Service on Linux, the Keychain on
// macOS, the Credential Manager on Windows. Never in Venn's database.
type Secrets interface {
	// Get returns the secret, ErrNoSecret when there is none, or an error
	// wrapping ErrNoKeychain when the computer has no keychain to ask.
	Get(account string) (string, error)
	Set(account, secret string) error
	Delete(account string) error
}

// ErrNoKeychain means the computer has no keychain Venn can use (a Linux
// desktop without a Secret Service, say).
var ErrNoKeychain = errors.New("this computer has no keychain Venn can use")

// ErrNoSecret means the keychain holds no such secret.
var ErrNoSecret = errors.New("no such secret in the keychain")

// keychainService is the name Venn's secrets go under in the keychain.
const keychainService = "Venn"

// OSKeychain is the operating system's keychain.
type OSKeychain struct{}

// Get reads a secret.
func (OSKeychain) Get(account string) (string, error) {
	v, err := keyring.Get(keychainService, account)
	switch {
	case errors.Is(err, keyring.ErrNotFound):
		return "", ErrNoSecret
	case err != nil:
		return "", fmt.Errorf("%w (%v)", ErrNoKeychain, err)
	}
	return v, nil
}

// Set saves a secret.
func (OSKeychain) Set(account, secret string) error {
	if err := keyring.Set(keychainService, account, secret); err != nil {
		return fmt.Errorf("%w (%v)", ErrNoKeychain, err)
	}
	return nil
}

// Delete removes a secret; removing one that is not there is fine.
func (OSKeychain) Delete(account string) error {
	err := keyring.Delete(keychainService, account)
	if err != nil && !errors.Is(err, keyring.ErrNotFound) {
		return fmt.Errorf("%w (%v)", ErrNoKeychain, err)
	}
	return nil
}

// Where a household passphrase is kept on this computer.
const (
	PassKeptNowhere  = ""
	PassKeptKeychain = "keychain" // in the operating system's keychain
	PassKeptSession  = "session"  // no keychain: only until Venn closes
	PassKeptEnv      = "env"      // $VENN_PASSPHRASE
)

// passAccount is the keychain account of this data folder's passphrase.
func (s *Service) passAccount() string { return "sync passphrase " + s.store.Device() }

// movePassphraseToKeychain takes a passphrase saved by an older Venn out of
// the database: into the keychain, or, without one, into memory for this
// session. Either way it is no longer in the file or its next backups.
func (s *Service) movePassphraseToKeychain(ctx context.Context) error {
	old, err := s.store.Meta(ctx, metaPassphrase)
	if err != nil || old == "" {
		return err
	}
	if err := s.secrets.Set(s.passAccount(), old); err != nil {
		s.log.Warn("no keychain for the household passphrase: kept until Venn closes", "err", err)
		s.rememberPass(old)
	}
	if err := s.store.SetMeta(ctx, metaPassphrase, ""); err != nil {
		return err
	}
	return s.store.Checkpoint(ctx)
}

func (s *Service) rememberPass(p string) {
	s.mu.Lock()
	s.sessionPass = p
	s.mu.Unlock()
}

func (s *Service) rememberedPass() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessionPass
}
