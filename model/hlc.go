package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Stamp is a hybrid logical clock reading: wall-clock milliseconds, a counter
// that orders events within one millisecond (or while the wall clock lags
// behind a stamp already seen), and the device that made it, which breaks ties.
type Stamp struct {
	WallMS  int64
	Counter uint32
	Device  string
}

// stampWallDigits and stampCounterDigits fix the width of the encoded form so
// that encoded stamps sort as strings exactly as Compare orders them.
const (
	stampWallDigits    = 15
	stampCounterDigits = 10
)

// String encodes the stamp so that byte order equals clock order:
// "000001763800000000-0000000003-<device>".
func (s Stamp) String() string {
	// Built by hand: it runs for every field of every merge.
	b := make([]byte, 0, stampWallDigits+stampCounterDigits+2+len(s.Device))
	b = appendPadded(b, uint64(max(s.WallMS, 0)), stampWallDigits)
	b = append(b, '-')
	b = appendPadded(b, uint64(s.Counter), stampCounterDigits)
	b = append(b, '-')
	return string(append(b, s.Device...))
}

// appendPadded appends n in decimal, zero-padded to width digits.
func appendPadded(b []byte, n uint64, width int) []byte {
	var digits [20]byte
	i := len(digits)
	for n > 0 || i == len(digits) {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	for pad := width - (len(digits) - i); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, digits[i:]...)
}

// ParseStamp decodes a stamp written by Stamp.String.
func ParseStamp(v string) (Stamp, error) {
	wall, rest, ok1 := strings.Cut(v, "-")
	counter, device, ok2 := strings.Cut(rest, "-")
	if !ok1 || !ok2 || len(wall) != stampWallDigits || len(counter) != stampCounterDigits || device == "" {
		return Stamp{}, fmt.Errorf("malformed clock stamp %q", v)
	}
	w, err := strconv.ParseInt(wall, 10, 64)
	if err != nil || w < 0 || w > MaxWallMS {
		return Stamp{}, fmt.Errorf("malformed clock stamp %q", v)
	}
	c, err := strconv.ParseUint(counter, 10, 32)
	if err != nil {
		return Stamp{}, fmt.Errorf("malformed clock stamp %q", v)
	}
	return Stamp{WallMS: w, Counter: uint32(c), Device: device}, nil
}

// Compare orders stamps by wall time, then counter, then device id.
// It returns -1, 0 or +1.
func (s Stamp) Compare(o Stamp) int {
	switch {
	case s.WallMS != o.WallMS:
		return cmpInt(s.WallMS, o.WallMS)
	case s.Counter != o.Counter:
		return cmpInt(int64(s.Counter), int64(o.Counter))
	default:
		return strings.Compare(s.Device, o.Device)
	}
}

// IsZero reports whether the stamp was never set.
func (s Stamp) IsZero() bool { return s == Stamp{} }

func cmpInt(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// Clock is a hybrid logical clock for one device. It never goes backwards,
// even when the wall clock does, and it moves past every stamp it observes,
// so a write made after seeing a partner's edit always wins over that edit.
// It is safe for concurrent use.
type Clock struct {
	mu     sync.Mutex
	device string
	now    func() time.Time
	last   Stamp
}

// NewClock returns a clock for device that continues after last (the newest
// stamp this device has issued or seen; zero for a new device). now is the
// wall clock; nil means time.Now.
func NewClock(device string, last Stamp, now func() time.Time) *Clock {
	if now == nil {
		now = time.Now
	}
	return &Clock{device: device, now: now, last: Stamp{WallMS: last.WallMS, Counter: last.Counter, Device: device}}
}

// Device returns the id of the device the clock stamps for.
func (c *Clock) Device() string { return c.device }

// MaxWallMS is the latest wall time a stamp can carry (it fills the
// encoded form's fifteen digits; the year 33658).
const MaxWallMS = 999_999_999_999_999

// Now issues a new stamp, later than every stamp issued or observed before.
// The counter never wraps: at its end the stamp moves on a millisecond, so
// stamps keep increasing whatever a clock once saw.
func (c *Clock) Now() Stamp {
	c.mu.Lock()
	defer c.mu.Unlock()
	wall := min(c.now().UnixMilli(), MaxWallMS)
	switch {
	case wall > c.last.WallMS:
		c.last = Stamp{WallMS: wall, Device: c.device}
	case c.last.Counter == math.MaxUint32 && c.last.WallMS < MaxWallMS:
		c.last = Stamp{WallMS: c.last.WallMS + 1, Device: c.device}
	case c.last.Counter < math.MaxUint32:
		c.last = Stamp{WallMS: c.last.WallMS, Counter: c.last.Counter + 1, Device: c.device}
	}
	return c.last
}

// Observe moves the clock past a stamp received from another device.
// Callers only pass stamps they accepted: one far in the future would keep
// this clock there (see storage.MaxStampAhead).
func (c *Clock) Observe(remote Stamp) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if remote.WallMS > c.last.WallMS || (remote.WallMS == c.last.WallMS && remote.Counter > c.last.Counter) {
		c.last = Stamp{WallMS: min(remote.WallMS, MaxWallMS), Counter: remote.Counter, Device: c.device}
	}
}

// Ahead says how far a stamp is past the wall time now, or zero when it is
// not ahead; it never overflows, whatever the stamp holds.
func Ahead(s Stamp, now time.Time) time.Duration {
	diff := s.WallMS - now.UnixMilli()
	if diff <= 0 {
		return 0
	}
	if diff > int64(math.MaxInt64/time.Millisecond) {
		return time.Duration(math.MaxInt64)
	}
	return time.Duration(diff) * time.Millisecond
}

// Reset forgets every stamp issued or observed: the clock continues from
// the wall clock. Only for a clock known to have been pushed far ahead
// (see storage.Store.RestampFuture).
func (c *Clock) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.last = Stamp{Device: c.device}
}

// Last returns the newest stamp issued or observed.
func (c *Clock) Last() Stamp {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.last
}
