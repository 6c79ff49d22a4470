package vault

import (
	"bytes"
	"errors"
	"strings"
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

// The weakest secret a lock takes needs a year of one core to guess; short
// PINs, common words and the partners' names do not.
func TestCheckPassphrase(t *testing.T) {
	for p, ok := range map[string]bool{
		"": false, "        ": false, "123456": false, "12345678": false, "834729104": false, "password1": false,
		"maya1234": false, "Liam2026!": false, "long enough": false,
		"8347291046":                   true, // ten random digits: a PIN that can take a year
		"correct horse battery staple": true, "élan vital et sérénité": true, "日本語のパスフレーズです": true,
		"our kitchen table": true, "Zoë loves the sea 🌊": true,
	} {
		if err := CheckPassphrase(p, "Maya", "Liam"); (err == nil) != ok {
			t.Errorf("%q: %v (%s)", p, err, StrengthOf(p, "Maya", "Liam").Words)
		}
	}
}

// A secret accepted takes at least MinCrackTime at SecondsPerGuess; one
// refused says how long it would take, plainly.
func TestStrengthSaysHowLongAGuessTakes(t *testing.T) {
	weak := StrengthOf("123456")
	if weak.OK || !strings.Contains(weak.Words, "second") || !strings.Contains(weak.Words, "too easy") {
		t.Fatalf("a six-digit PIN: %+v", weak)
	}
	strong := StrengthOf("8347291046")
	if !strong.OK || strong.Guesses*SecondsPerGuess < MinCrackTime.Seconds() || !strings.Contains(strong.Words, "year") {
		t.Fatalf("ten random digits: %+v", strong)
	}
	if err := CheckPassphrase("123456"); err == nil || !strings.Contains(err.Error(), "at least a year") {
		t.Fatalf("the refusal does not say what is asked: %v", err)
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

// BenchmarkOneGuess is what one guess at a lock's passphrase costs on one
// core: one scrypt at the work factor locks use. The strength a lock asks
// of its secret (MinGuesses) follows from it: see strength.go.
func BenchmarkOneGuess(b *testing.B) {
	key, _, err := NewKey("the right passphrase, long", DefaultWorkFactor)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Unwrap(key, "a wrong guess at it"); err != ErrWrongPassphrase {
			b.Fatal(err)
		}
	}
}
