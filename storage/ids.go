package storage

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	mathrand "math/rand/v2"
	"sync"
	"time"

	"github.com/google/uuid"
)

// Where new ids come from: rows' ids (NewID), this computer's device id and
// its secret for personal ids. Normally the clock and crypto/rand; a test
// that compares a whole household byte for byte (the demo's export against
// its golden file) makes them repeatable with RepeatableIDs.

// ids is the source of new ids and secrets.
var ids idSource

type idSource struct {
	mu     sync.Mutex
	seeded *mathrand.ChaCha8 // nil: the clock and crypto/rand
	made   uint64            // ids made from the seeded source
}

// NewID returns a fresh UUID v7, so ids sort by creation time.
func NewID() string {
	ids.mu.Lock()
	defer ids.mu.Unlock()
	if ids.seeded == nil {
		return uuid.Must(uuid.NewV7()).String()
	}
	return ids.repeatableV7()
}

// repeatableBase is the time in the ids a seeded source makes.
var repeatableBase = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()

// repeatableV7 makes the next id of the seeded source: a UUID v7 whose
// time is a count of the ids made, so they sort as they were made, like
// the clock's, and whose random bits come from the seed.
func (s *idSource) repeatableV7() string {
	var u uuid.UUID
	ms := uint64(repeatableBase) + s.made
	binary.BigEndian.PutUint64(u[0:], ms<<16|s.seeded.Uint64()&0xffff)
	binary.BigEndian.PutUint64(u[8:], s.seeded.Uint64())
	u[6] = u[6]&0x0f | 0x70 // version 7
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	s.made++
	return u.String()
}

// secret fills b with secret bytes.
func (s *idSource) secret(b []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seeded == nil {
		if _, err := rand.Read(b); err != nil {
			return fmt.Errorf("read random bytes: %w", err)
		}
		return nil
	}
	_, err := s.seeded.Read(b)
	return err
}

// RepeatableIDs makes new ids, device ids and id secrets come from a source
// seeded with seed until restore is called, so the same steps make the same
// household byte for byte. It is for tests; ids stay unique within the
// process, but are predictable, so never for a real household.
func RepeatableIDs(seed uint64) (restore func()) {
	var key [32]byte
	binary.LittleEndian.PutUint64(key[:], seed)
	ids.mu.Lock()
	ids.seeded, ids.made = mathrand.NewChaCha8(key), 0
	ids.mu.Unlock()
	return func() {
		ids.mu.Lock()
		ids.seeded = nil
		ids.mu.Unlock()
	}
}
