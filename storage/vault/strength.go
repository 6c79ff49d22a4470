package vault

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/vennplanner/venn/storage/vault/guessing"
)

// How strong a lock's secret must be. Someone who copies Venn's file can
// guess at a partner's passphrase offline, one scrypt per guess
// (DefaultWorkFactor: 2^18, 256 MB). BenchmarkOneGuess measured 0.48 s a
// guess on one core of the machine Venn is built on (2026-12); a core twice
// as fast would take SecondsPerGuess. The weakest secret a lock accepts
// must take that core at least MinCrackTime to find, by the guess count
// package guessing estimates for it, the zxcvbn way (an attacker who tries
// common words, names, dates, keyboard runs and digit strings first).
const (
	SecondsPerGuess = 0.24
	MinCrackTime    = 365 * 24 * time.Hour
)

// MinGuesses is the guess count a secret needs: MinCrackTime of guessing.
var MinGuesses = MinCrackTime.Seconds() / SecondsPerGuess

// Strength is how hard a secret is to guess, as the lock form shows it
// while it is typed.
type Strength struct {
	Guesses float64       // the estimated guesses to find it
	Time    time.Duration // how long one core takes for them (capped)
	OK      bool          // strong enough for a lock
	// Words says it in a few words: "about 3 days to guess — too easy",
	// "about 40 years to guess".
	Words string
}

// PrepareStrength gets ready, in the background, to estimate strengths:
// for a form that is about to ask.
func PrepareStrength() { guessing.Prepare() }

// StrengthOf estimates how hard secret is to guess; hints are words the
// guesser would try first (the partners' names, the household's).
func StrengthOf(secret string, hints ...string) Strength {
	if secret == "" {
		return Strength{Words: "type a passphrase"}
	}
	guesses := guessing.Guesses(secret, hints)
	s := Strength{Guesses: guesses, OK: guesses >= MinGuesses}
	secs := guesses * SecondsPerGuess
	if secs > float64(math.MaxInt64/int64(time.Second)) {
		s.Time = time.Duration(math.MaxInt64)
	} else {
		s.Time = time.Duration(secs * float64(time.Second))
	}
	span := spanWords(secs)
	if span != "centuries" {
		span = "about " + span
	}
	s.Words = span + " to guess on one computer"
	if !s.OK {
		s.Words += " — too easy: add a word or two"
	}
	return s
}

// spanWords says a span of seconds roughly: "40 seconds", "3 days",
// "200 years", "centuries".
func spanWords(secs float64) string {
	const minute, hour, day = 60.0, 3600.0, 86400.0
	const month, year = 30 * day, 365 * day
	switch {
	case secs >= 1000*year:
		return "centuries"
	case secs >= year:
		return plural(int(secs/year), "year")
	case secs >= month:
		return plural(int(secs/month), "month")
	case secs >= day:
		return plural(int(secs/day), "day")
	case secs >= hour:
		return plural(int(secs/hour), "hour")
	case secs >= minute:
		return plural(int(secs/minute), "minute")
	}
	return plural(max(1, int(secs)), "second")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// CheckPassphrase says, in plain words, why a secret is not good enough for
// a lock, or returns nil: it must take a year of one core to guess (a
// string of digits only when it is long and random enough to).
func CheckPassphrase(p string, hints ...string) error {
	switch {
	case strings.TrimSpace(p) == "":
		return fmt.Errorf("type a passphrase")
	case len([]rune(p)) > MaxPassphrase:
		return fmt.Errorf("please keep the passphrase to %d characters", MaxPassphrase)
	}
	if s := StrengthOf(p, hints...); !s.OK {
		return fmt.Errorf("this passphrase would take about %s to guess from a copy of Venn's file; "+
			"choose one that takes at least a year — three or four unrelated words do", spanWords(s.Guesses*SecondsPerGuess))
	}
	return nil
}
