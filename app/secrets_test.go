package app

import (
	"context"
	"sync"
	"testing"
)

// fakeKeychain is a keychain in memory; broken makes it a computer
// without one.
type fakeKeychain struct {
	mu      sync.Mutex
	secrets map[string]string
	broken  bool
}

func (k *fakeKeychain) Get(account string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.broken {
		return "", ErrNoKeychain
	}
	v, ok := k.secrets[account]
	if !ok {
		return "", ErrNoSecret
	}
	return v, nil
}

func (k *fakeKeychain) Set(account, secret string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.broken {
		return ErrNoKeychain
	}
	k.secrets[account] = secret
	return nil
}

func (k *fakeKeychain) Delete(account string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.broken {
		return ErrNoKeychain
	}
	delete(k.secrets, account)
	return nil
}

const householdPass = "our Sunday-evening passphrase ☕"

func openWithKeychain(t *testing.T, dir string, k Secrets) *Service {
	t.Helper()
	s, err := Open(context.Background(), dir, Options{Secrets: k, Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTheHouseholdPassphraseLivesInTheKeychainNotTheFile(t *testing.T) {
	t.Setenv("VENN_PASSPHRASE", "")
	ctx := context.Background()
	dir := t.TempDir()
	k := &fakeKeychain{secrets: map[string]string{}}
	s := openWithKeychain(t, dir, k)
	setUp(t, s)
	if err := s.SetSyncPassphrase(ctx, householdPass); err != nil {
		t.Fatal(err)
	}
	if set, _ := s.SyncSettings(ctx); !set.HasPassphrase || set.PassKept != PassKeptKeychain {
		t.Fatalf("settings %+v", set)
	}
	if _, err := s.AutoBackup(ctx); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if hits := filesHolding(t, dir, householdPass); len(hits) > 0 {
		t.Errorf("the passphrase is on disk: %v", hits)
	}
	s = openWithKeychain(t, dir, k)
	defer s.Close()
	if pass, kept := s.passphraseKept(); pass != householdPass || kept != PassKeptKeychain {
		t.Fatalf("after a restart: %q from %q", pass, kept)
	}
	if err := s.SetSyncPassphrase(ctx, ""); err != nil || len(k.secrets) != 0 {
		t.Fatalf("forgetting the passphrase: %v, %v", err, k.secrets)
	}
}

func TestAPassphraseAnOlderVennSavedMovesOutOfTheFile(t *testing.T) {
	t.Setenv("VENN_PASSPHRASE", "")
	ctx := context.Background()
	for _, broken := range []bool{false, true} {
		dir := t.TempDir()
		k := &fakeKeychain{secrets: map[string]string{}, broken: broken}
		s := openWithKeychain(t, dir, k)
		setUp(t, s)
		if err := s.store.SetMeta(ctx, metaPassphrase, householdPass); err != nil {
			t.Fatal(err)
		}
		s.Close()
		if hits := filesHolding(t, dir, householdPass); len(hits) == 0 {
			t.Fatal("the older Venn's passphrase should be in the file before the move")
		}
		s = openWithKeychain(t, dir, k)
		pass, kept := s.passphraseKept()
		want := PassKeptKeychain
		if broken {
			want = PassKeptSession // no keychain: kept until Venn closes
		}
		if pass != householdPass || kept != want {
			t.Errorf("keychain broken %v: %q kept in %q", broken, pass, kept)
		}
		if hits := filesHolding(t, dir, householdPass); len(hits) > 0 {
			t.Errorf("keychain broken %v: the passphrase is still on disk: %v", broken, hits)
		}
		s.Close()
		if broken {
			s = openWithKeychain(t, dir, k)
			if set, _ := s.SyncSettings(ctx); set.HasPassphrase {
				t.Error("without a keychain the passphrase must be asked for again after a restart")
			}
			s.Close()
		}
	}
}

func TestWithoutAKeychainThePassphraseIsKeptForTheSessionOnly(t *testing.T) {
	t.Setenv("VENN_PASSPHRASE", "")
	ctx := context.Background()
	dir := t.TempDir()
	k := &fakeKeychain{broken: true}
	s := openWithKeychain(t, dir, k)
	setUp(t, s)
	if err := s.SetSyncPassphrase(ctx, householdPass); err != nil {
		t.Fatal(err)
	}
	if set, _ := s.SyncSettings(ctx); set.PassKept != PassKeptSession {
		t.Fatalf("kept in %q", set.PassKept)
	}
	s.Close()
	if hits := filesHolding(t, dir, householdPass); len(hits) > 0 {
		t.Errorf("the passphrase is on disk: %v", hits)
	}
}
