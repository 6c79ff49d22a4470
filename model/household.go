package model

import (
	"fmt"
	"github.com/vennplanner/venn/i18n"
	"image/color"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Slot tells the two partners apart in a stable way: A is shown on the left
// (top lane), B on the right (bottom lane).
type Slot string

// The two partner slots.
const (
	SlotA Slot = "a"
	SlotB Slot = "b"
)

// Partner is one of the two people of a household.
type Partner struct {
	ID    string
	Slot  Slot
	Name  string
	Color string // "#rrggbb"
}

// Household is the couple's shared settings.
type Household struct {
	ID        string
	Name      string
	Currency  string       // ISO 4217 code, e.g. "EUR"
	WeekStart time.Weekday // Monday or Sunday
}

// Limits on household settings.
const MaxNameLen = 60

var colorPattern = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
var currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)

// Validate checks a partner's name and colour.
func (p Partner) Validate() error {
	name := strings.TrimSpace(p.Name)
	if name == "" {
		return invalid("name", "ui.model.partnerName")
	}
	if utf8.RuneCountInString(name) > MaxNameLen {
		return invalid("name", "ui.model.namesTooLong", "Max", MaxNameLen)
	}
	if !colorPattern.MatchString(p.Color) {
		return invalid("color", "ui.model.colorInvalid", "Color", quoted(p.Color))
	}
	if p.Slot != SlotA && p.Slot != SlotB {
		return invalid("slot", "ui.model.slotUnknown", "Slot", quoted(p.Slot))
	}
	return nil
}

// Validate checks the household's settings.
func (h Household) Validate() error {
	if utf8.RuneCountInString(strings.TrimSpace(h.Name)) > MaxNameLen {
		return invalid("name", "ui.model.householdNameTooLong", "Max", MaxNameLen)
	}
	if !currencyPattern.MatchString(h.Currency) {
		return invalid("currency", "ui.model.currencyInvalid", "Currency", quoted(h.Currency))
	}
	if h.WeekStart != time.Monday && h.WeekStart != time.Sunday {
		return invalid("week start", "ui.model.weekStart")
	}
	return nil
}

// ValidatePartners checks both partners and that they are told apart.
func ValidatePartners(a, b Partner) error {
	if err := a.Validate(); err != nil {
		return err
	}
	if err := b.Validate(); err != nil {
		return err
	}
	if strings.EqualFold(strings.TrimSpace(a.Name), strings.TrimSpace(b.Name)) {
		return invalid("name", "ui.model.namesDiffer")
	}
	return nil
}

// PartnerColors are the calm colours offered in set-up.
var PartnerColors = []string{"#3b82f6", "#e07a5f", "#10b981", "#8b5cf6", "#f2a541", "#ec4899", "#0ea5e9", "#64748b"}

// SharedColor is the colour of the shared lane.
const SharedColor = "#9a7bb5"

// ParseHexColor converts "#rrggbb" into its components.
func ParseHexColor(s string) (r, g, b uint8, err error) {
	if !colorPattern.MatchString(s) {
		return 0, 0, 0, fmt.Errorf("%q is not a colour like #3b82f6", s)
	}
	var v uint32
	_, err = fmt.Sscanf(s[1:], "%06x", &v)
	return uint8(v >> 16), uint8(v >> 8), uint8(v), err
}

// OwnerName is what the lanes, filters and summaries call an owner.
// OwnerNameIn is OwnerName in tr's language (nil: English).
func OwnerNameIn(tr *i18n.Tr, o Owner, partners []Partner) string {
	switch name := OwnerName(o, partners); {
	case o == Shared:
		return tr.T("ui.model.ownerShared")
	case name == "Unknown":
		return tr.T("ui.model.ownerUnknown")
	default:
		return name
	}
}

func OwnerName(o Owner, partners []Partner) string {
	if o == Shared {
		return "Shared"
	}
	for _, p := range partners {
		if Owner(p.ID) == o {
			return p.Name
		}
	}
	return "Unknown"
}

// OwnerColor is an owner's colour: the partner's, or the shared violet.
func OwnerColor(o Owner, partners []Partner) string {
	for _, p := range partners {
		if Owner(p.ID) == o {
			return p.Color
		}
	}
	return SharedColor
}

// RGBA turns "#rrggbb" into a colour; an unreadable value is grey.
func RGBA(hex string) color.NRGBA {
	r, g, b, err := ParseHexColor(hex)
	if err != nil {
		return color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xff}
}

// ShortNameLen is how many characters of a name the screens show where
// room is short (buttons, choices, headings); longer names end in "…".
const ShortNameLen = 24

// Short is the partner's name as the screens show it: whole up to
// ShortNameLen characters, cut with "…" after that.
func (p Partner) Short() string { return Shorten(p.Name, ShortNameLen) }

// Shorten cuts s to at most n characters, the last being "…" when cut.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
