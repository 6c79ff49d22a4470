package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/vennplanner/venn/storage/replica"
)

// ownFile is a service's replica file in the shared folder.
func ownFile(s *Service, shared string) string {
	return filepath.Join(replica.Dir(shared), replica.FileName(s.store.Device()))
}

// encryptedHousehold is Maya's demo household syncing through shared with
// passphrase, and Liam's computer joined with it.
func encryptedHousehold(t *testing.T, passphrase string) (maya, liam *Service, shared string) {
	t.Helper()
	ctx := context.Background()
	shared = t.TempDir()
	maya = newService(t)
	if err := maya.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := maya.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	// The first file waits until the couple chose.
	rep, err := maya.SyncNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Wrote || rep.Held == "" {
		t.Fatalf("a file was written before the couple chose whether to use a passphrase: %+v", rep)
	}
	if _, err := os.Stat(ownFile(maya, shared)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the first file did not wait: %v", err)
	}
	if err := maya.SetSyncPassphrase(ctx, passphrase); err != nil {
		t.Fatal(err)
	}
	if rep, err := maya.SyncNow(ctx); err != nil || !rep.Wrote {
		t.Fatalf("after choosing: %+v %v", rep, err)
	}
	data, err := os.ReadFile(ownFile(maya, shared))
	if err != nil || !replica.IsEncrypted(data) {
		t.Fatalf("the first file of an encrypted household is not encrypted: %v", err)
	}
	liam = newService(t)
	if err := liam.JoinHousehold(ctx, shared, passphrase, "Liam", ""); err != nil {
		t.Fatal(err)
	}
	return maya, liam, shared
}

func TestAMistypedPassphraseIsRefusedAndNothingIsWritten(t *testing.T) {
	ctx := context.Background()
	_, liam, shared := encryptedHousehold(t, "our kitchen table")
	if err := liam.SetSyncPassphrase(ctx, "our kitchen tabel"); !errors.Is(err, ErrPassphraseDoesNotOpen) {
		t.Fatalf("a mistyped passphrase: %v", err)
	}
	if pass, _ := liam.passphrase(ctx); pass != "our kitchen table" {
		t.Fatalf("the refused passphrase replaced the right one: %q", pass)
	}
	if rep, err := liam.SyncNow(ctx); err != nil || rep.NeedPassphrase || rep.WrongPassphrase {
		t.Fatalf("sync after a refused passphrase: %+v %v", rep, err)
	}
	after, err := os.ReadFile(ownFile(liam, shared))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := replica.Decode(ctx, after, "our kitchen table"); err != nil {
		t.Fatalf("Liam's file no longer opens with the household's passphrase: %v", err)
	}
}

func TestAnEncryptedHouseholdNeverGetsAPlainFile(t *testing.T) {
	ctx := context.Background()
	_, liam, shared := encryptedHousehold(t, "our kitchen table")
	// Liam's keychain lost the passphrase (a new login, a reinstall).
	liam.rememberPass("")
	if err := liam.secrets.Delete(liam.passAccount()); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(ownFile(liam, shared)); err != nil {
		t.Fatal(err)
	}
	liam.StopSync()
	rep, err := liam.SyncNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.NeedPassphrase || rep.Wrote || rep.Held == "" {
		t.Fatalf("without the passphrase: %+v", rep)
	}
	if _, err := os.Stat(ownFile(liam, shared)); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a plain file was written beside the household's encrypted ones")
	}
	// A wrong one is refused; the right one brings sync back.
	if err := liam.SetSyncPassphrase(ctx, "kitchen table"); !errors.Is(err, ErrPassphraseDoesNotOpen) {
		t.Fatalf("a wrong passphrase: %v", err)
	}
	if err := liam.SetSyncPassphrase(ctx, "our kitchen table"); err != nil {
		t.Fatal(err)
	}
	if rep, err := liam.SyncNow(ctx); err != nil || !rep.Wrote || rep.NeedPassphrase {
		t.Fatalf("with the passphrase again: %+v %v", rep, err)
	}
}

func TestForgettingThePassphraseTakesThisComputersEncryptedFileAway(t *testing.T) {
	ctx := context.Background()
	maya, _, shared := encryptedHousehold(t, "our kitchen table")
	if err := maya.SetSyncPassphrase(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(ownFile(maya, shared)); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("Maya's encrypted file stayed in the folder after she forgot the passphrase")
	}
	// Liam still encrypts: Maya's computer writes nothing until he stops too.
	rep, err := maya.SyncNow(ctx)
	if err != nil || rep.Wrote || rep.Held == "" {
		t.Fatalf("Maya without a passphrase in an encrypted household: %+v %v", rep, err)
	}
}
