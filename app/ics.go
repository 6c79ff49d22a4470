package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/model"
)

// CalendarFile is one iCalendar file Venn writes: a partner's solo time,
// or the couple's joint time (joint commitments, flexible time, buffers).
type CalendarFile struct {
	Name      string // file name, e.g. "venn-maya-solo.ics"
	Title     string // calendar name shown in calendar apps
	PartnerID string // "" for the joint file
}

// CalendarFiles lists the files an export writes, one per partner and one
// for joint time. Their names never collide: partners whose names read the
// same as a file name ("Sam" and "Sam", "Alex K." and "Alex K") are told
// apart by their place, and no partner's file can take the joint file's
// name (a partner called "Joint" gets venn-joint-solo.ics).
func (s *Service) CalendarFiles(ctx context.Context) ([]CalendarFile, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	var out []CalendarFile
	seen := map[string]int{}
	for _, p := range partners {
		seen[fileSafe(p.Name)]++
	}
	for _, p := range partners {
		slug := fileSafe(p.Name)
		if seen[slug] > 1 {
			slug += "-" + string(p.Slot)
		}
		out = append(out, CalendarFile{Name: "venn-" + slug + "-solo.ics", Title: p.Name + "'s solo time", PartnerID: p.ID})
	}
	name := h.Name
	if name == "" {
		name = "Our"
	}
	return append(out, CalendarFile{Name: "venn-together.ics", Title: name + " — joint time"}), nil
}

// fileSafe keeps letters and digits of a name for a file name.
func fileSafe(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '_':
			b.WriteByte('-')
		case r > 127:
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "partner"
	}
	return b.String()
}

// WriteICS writes one calendar file (RFC 5545) with the blocks that belong
// in it. Private blocks are never written. Times are "floating" local
// times, so every calendar app shows them at the same wall-clock time.
func (s *Service) WriteICS(ctx context.Context, w io.Writer, f CalendarFile) error {
	blocks, err := s.store.Blocks(ctx)
	if err != nil {
		return err
	}
	cal := ics.NewCalendarFor("Venn")
	cal.SetMethod(ics.MethodPublish)
	cal.SetName(f.Title)
	cal.SetXWRCalName(f.Title)
	stamp := s.now().UTC()
	for _, b := range blocks {
		if b.Private || !inCalendarFile(b, f) {
			continue
		}
		addEvent(cal, b, stamp)
	}
	// RFC 5545 wants CRLF line ends; some readers refuse anything else.
	if err := cal.SerializeTo(w, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("write the calendar: %w", err)
	}
	return nil
}

func inCalendarFile(b model.Block, f CalendarFile) bool {
	if f.PartnerID != "" {
		return b.Kind == model.KindSolo && b.Owner == f.PartnerID
	}
	return b.Kind != model.KindSolo
}

const icsLocal = "20060102T150405"

var icsDays = []string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

func icsTime(w model.WallTime) string {
	return fmt.Sprintf("%04d%02d%02dT%02d%02d00", w.Date.Year, int(w.Date.Month), w.Date.Day, w.Minute/60, w.Minute%60)
}

func addEvent(cal *ics.Calendar, b model.Block, stamp time.Time) {
	e := cal.AddEvent(b.ID + "@venn")
	e.SetDtStampTime(stamp)
	e.SetSummary(oneLineEnds(b.Title))
	if b.Notes != "" {
		e.SetDescription(oneLineEnds(b.Notes))
	}
	e.AddCategory(string(b.Kind))
	start, end := b.Start, b.End
	if b.Repeats() {
		// A weekly series starts on its first real day: a DTSTART on a
		// weekday the rule does not name is an extra event to some readers.
		first := firstOccurrence(b)
		end = end.AddMinutes(first.MinutesSince(start))
		start = first
	}
	e.SetProperty(ics.ComponentPropertyDtStart, icsTime(start))
	e.SetProperty(ics.ComponentPropertyDtEnd, icsTime(end))
	if b.Kind == model.KindBuffer || b.Kind == model.KindFlexible {
		e.SetTimeTransparency(ics.TransparencyTransparent)
	}
	if !b.Repeats() {
		return
	}
	days := make([]string, len(b.Days))
	for i, d := range b.Days {
		days[i] = icsDays[d]
	}
	rule := "FREQ=WEEKLY;BYDAY=" + strings.Join(days, ",")
	if !b.Until.IsZero() {
		rule += ";UNTIL=" + icsTime(model.WallTime{Date: b.Until, Minute: 23*60 + 59})[:13] + "59"
	}
	e.AddRrule(rule)
	for _, d := range b.Skip {
		e.AddExdate(icsTime(model.WallTime{Date: d, Minute: b.Start.Minute}))
	}
}

// oneLineEnds turns every kind of line end into "\n", which the calendar
// writer escapes: a raw CR in a text value breaks some readers (vobject).
func oneLineEnds(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// firstOccurrence is when a weekly block first happens: its start, moved
// forward to the first of its weekdays.
func firstOccurrence(b model.Block) model.WallTime {
	start := b.Start
	for range 7 {
		if slices.Contains(b.Days, start.Date.Time().Weekday()) {
			return start
		}
		start.Date = start.Date.AddDays(1)
	}
	return b.Start
}

// ParseICS reads blocks back from a calendar file Venn wrote (or any with
// floating or UTC times and weekly rules): the kind from CATEGORIES, the
// id from the UID.
func ParseICS(r io.Reader) ([]model.Block, error) {
	cal, err := ics.ParseCalendar(r)
	if err != nil {
		return nil, fmt.Errorf("read the calendar: %w", err)
	}
	var out []model.Block
	for _, e := range cal.Events() {
		b := model.Block{ID: strings.TrimSuffix(e.Id(), "@venn"), Kind: model.KindJoint}
		if p := e.GetProperty(ics.ComponentPropertySummary); p != nil {
			b.Title = p.Value
		}
		if p := e.GetProperty(ics.ComponentPropertyDescription); p != nil {
			b.Notes = p.Value
		}
		if p := e.GetProperty(ics.ComponentPropertyCategories); p != nil {
			b.Kind = model.BlockKind(p.Value)
		}
		if b.Start, err = icsWall(e.GetProperty(ics.ComponentPropertyDtStart)); err != nil {
			return nil, fmt.Errorf("event %q: start: %w", b.Title, err)
		}
		if b.End, err = icsWall(e.GetProperty(ics.ComponentPropertyDtEnd)); err != nil {
			return nil, fmt.Errorf("event %q: end: %w", b.Title, err)
		}
		for _, p := range e.GetProperties(ics.ComponentPropertyRrule) {
			for _, part := range strings.Split(p.Value, ";") {
				k, v, _ := strings.Cut(part, "=")
				switch k {
				case "BYDAY":
					b.Days = []time.Weekday{}
					for _, d := range strings.Split(v, ",") {
						if i := slices.Index(icsDays, d); i >= 0 {
							b.Days = append(b.Days, time.Weekday(i))
						}
					}
				case "UNTIL":
					if t, err := time.Parse(icsLocal, strings.TrimSuffix(v, "Z")); err == nil {
						b.Until = model.DateOf(t)
					}
				}
			}
		}
		for _, p := range e.GetProperties(ics.ComponentPropertyExdate) {
			for _, v := range strings.Split(p.Value, ",") {
				if w, err := icsWall(&ics.IANAProperty{BaseProperty: ics.BaseProperty{Value: v}}); err == nil {
					b.Skip = append(b.Skip, w.Date)
				}
			}
		}
		out = append(out, b)
	}
	return out, nil
}

func icsWall(p *ics.IANAProperty) (model.WallTime, error) {
	if p == nil {
		return model.WallTime{}, fmt.Errorf("missing")
	}
	t, err := time.Parse(icsLocal, strings.TrimSuffix(p.Value, "Z"))
	if err != nil {
		return model.WallTime{}, err
	}
	return model.WallTime{Date: model.DateOf(t), Minute: t.Hour()*60 + t.Minute()}, nil
}

// metaCalendarInFolder remembers whether the calendar files are written
// into the shared folder on every sync (this computer's choice).
const metaCalendarInFolder = "calendar_in_folder"

// CalendarInFolder reports whether each sync writes the calendar files
// into the shared folder.
func (s *Service) CalendarInFolder(ctx context.Context) bool {
	v, err := s.store.Meta(ctx, metaCalendarInFolder)
	return err == nil && v == "1"
}

// SetCalendarInFolder turns writing the calendar files on each sync on or off.
func (s *Service) SetCalendarInFolder(ctx context.Context, on bool) error {
	v := ""
	if on {
		v = "1"
	}
	return s.store.SetMeta(ctx, metaCalendarInFolder, v)
}

// CalendarFolder is where sync writes the calendar files, for calendar apps
// to subscribe to: a folder of this computer's own inside the shared folder
// (named after the computer and its id), so two computers never write the
// same file there.
func (s *Service) CalendarFolder(syncFolder string) string {
	return filepath.Join(syncFolder, "Venn", "calendars", fileSafe(deviceName())+"-"+s.store.Device()[:8])
}

// writeFolderCalendars writes the calendar files into the shared folder
// when the couple asked for it. Private blocks are never written. With a
// household passphrase none are kept there: a calendar app cannot read an
// encrypted file, and a plain one would be readable by anyone with the
// folder; any this computer wrote before are taken away.
func (s *Service) writeFolderCalendars(ctx context.Context, folder string) error {
	dir := s.CalendarFolder(folder)
	pass, err := s.passphrase(ctx)
	if err != nil {
		return err
	}
	if !s.CalendarInFolder(ctx) || pass != "" {
		if _, err := os.Stat(dir); err == nil {
			return os.RemoveAll(dir)
		}
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("make the calendar folder: %w", err)
	}
	files, err := s.CalendarFiles(ctx)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := s.WriteICSFile(ctx, filepath.Join(dir, f.Name), f); err != nil {
			return err
		}
	}
	return nil
}

// WriteICSFile writes one calendar file through a temporary file, so a
// calendar app never reads half of it.
func (s *Service) WriteICSFile(ctx context.Context, path string, f CalendarFile) error {
	err := atomicfile.Write(path, 0o644, func(w io.Writer) error { return s.WriteICS(ctx, w, f) })
	if err != nil {
		return fmt.Errorf("save the calendar %s: %w", filepath.Base(path), err)
	}
	return nil
}
