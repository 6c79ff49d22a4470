package vault

import (
	"bytes"
	"errors"
	"testing"
)

func TestKeyWrapsAndSealsAndOnlyThePassphraseOpens(t *testing.T) {
	key, id, err := NewKey("correct horse battery", 10)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(key.Wrapped, []byte(id.String())) || bytes.Contains(key.Wrapped, []byte("correct horse")) {
		t.Fatal("the wrapped key holds the key or the passphrase in the clear")
	}
	sealed, err := Seal([]byte("Some evenings I want the flat to myself 🫖"), key.Recipient)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("evenings")) {
		t.Fatal("sealed text is readable")
	}
	if _, err := Unwrap(key, "correct horse batterz"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("a wrong passphrase: %v", err)
	}
	opened, err := Unwrap(key, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Open(sealed, opened)
	if err != nil || string(plain) != "Some evenings I want the flat to myself 🫖" {
		t.Fatalf("opened %q, %v", plain, err)
	}
	other, _, _ := NewKey("another passphrase", 10)
	otherID, _ := Unwrap(other, "another passphrase")
	if _, err := Open(sealed, otherID); err == nil {
		t.Error("another partner's key opened the sealed text")
	}
}

func TestCheckPassphrase(t *testing.T) {
	for p, ok := range map[string]bool{
		"": false, "        ": false, "12345": false, "123456": true, "short": false, "long enough": true,
		"élan vital": true, "日本語のパスフレーズ": true, "١٢٣٤٥٦": true,
	} {
		if err := CheckPassphrase(p); (err == nil) != ok {
			t.Errorf("%q: %v", p, err)
		}
	}
}

// FuzzOpen feeds damaged and made-up sealed items to Open: it may refuse
// them, never panic, and never open what was not sealed to the key.
func FuzzOpen(f *testing.F) {
	key, _, err := NewKey("fuzzing passphrase", 10)
	if err != nil {
		f.Fatal(err)
	}
	id, err := Unwrap(key, "fuzzing passphrase")
	if err != nil {
		f.Fatal(err)
	}
	good, _ := Seal([]byte(`{"t":"goals","c":{"id":"x"}}`), key.Recipient)
	f.Add(good)
	f.Add([]byte("age-encryption.org/v1\n-> X25519 abc\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		plain, err := Open(data, id)
		if err == nil && !bytes.Equal(data, good) && len(plain) > 0 && bytes.Equal(plain, []byte(`{"t":"goals","c":{"id":"x"}}`)) {
			t.Fatal("a changed item opened to the original")
		}
		_, _ = Unwrap(Key{Recipient: key.Recipient, Wrapped: data}, "fuzzing passphrase")
	})
}
