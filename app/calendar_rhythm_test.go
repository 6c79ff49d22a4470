package app

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/vennplanner/venn/model"
)

// movingClock is a service clock the test moves forward by hand.
type movingClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *movingClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *movingClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// rhythmService opens a household of two on 18 November 2026 at 10:00.
func rhythmService(t *testing.T) (*Service, *movingClock) {
	t.Helper()
	clock := &movingClock{now: time.Date(2026, 11, 18, 10, 0, 0, 0, time.Local)}
	s, err := Open(context.Background(), t.TempDir(), Options{Now: clock.Now, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	setUp(t, s)
	return s, clock
}

func day(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// jointICS writes the couple's joint calendar file.
func jointICS(t *testing.T, s *Service) string {
	t.Helper()
	files, err := s.CalendarFiles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.PartnerID == "" {
			var buf bytes.Buffer
			if err := s.WriteICS(context.Background(), &buf, f); err != nil {
				t.Fatal(err)
			}
			return buf.String()
		}
	}
	t.Fatal("no joint file")
	return ""
}

// icsEvent finds an event by the start of its UID.
func icsEvent(t *testing.T, text, uidPrefix string) *ics.VEvent {
	t.Helper()
	cal, err := ics.ParseCalendar(strings.NewReader(text))
	if err != nil {
		t.Fatalf("the file does not parse: %v\n%s", err, text)
	}
	for _, e := range cal.Events() {
		if strings.HasPrefix(e.Id(), uidPrefix) {
			return e
		}
	}
	t.Fatalf("no event %s… in\n%s", uidPrefix, text)
	return nil
}

func icsProp(e *ics.VEvent, p ics.ComponentProperty) string {
	if v := e.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

// pythonOccurrences expands every event of the file with Python's icalendar
// and dateutil (a second reader): for each event whose UID starts with
// prefix, the days it happens on between from and to, EXDATEs taken out.
// It returns nil when Python's icalendar is not installed.
func pythonOccurrences(t *testing.T, text, prefix string, from, to model.Date) []string {
	t.Helper()
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import icalendar, dateutil").Run() != nil {
		t.Log("python3-icalendar is not installed: the second reader is skipped")
		return nil
	}
	path := filepath.Join(t.TempDir(), "cal.ics")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", `import sys, datetime, icalendar
from dateutil.rrule import rrulestr
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
lo = datetime.datetime.strptime(sys.argv[3], '%Y-%m-%d')
hi = datetime.datetime.strptime(sys.argv[4], '%Y-%m-%d') + datetime.timedelta(days=1)
days = set()
for ev in cal.walk('VEVENT'):
    if not str(ev['UID']).startswith(sys.argv[2]):
        continue
    start = ev.decoded('DTSTART')
    ex = set()
    raw = ev.get('EXDATE')
    for e in (raw if isinstance(raw, list) else [raw] if raw is not None else []):
        for d in e.dts:
            ex.add(d.dt)
    if 'RRULE' in ev:
        rule = rrulestr(ev['RRULE'].to_ical().decode(), dtstart=start)
        times = rule.between(lo, hi, inc=True)
    else:
        times = [start] if lo <= start < hi else []
    for x in times:
        if x not in ex:
            days.add(x.date().isoformat())
print('\n'.join(sorted(days)))`, path, prefix, from.String(), to.String()).CombinedOutput()
	if err != nil {
		t.Fatalf("icalendar reads the file: %s %v", out, err)
	}
	return strings.Fields(string(out))
}

// markerDays lists the days the calendar shows a ritual's reminder on.
func markerDays(t *testing.T, s *Service, title string, from, to model.Date) []string {
	t.Helper()
	v, err := s.Calendar(context.Background(), from, to)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ms := range v.Markers {
		for _, m := range ms {
			if m.Title == title && m.Minute >= 0 {
				out = append(out, m.Day.String())
			}
		}
	}
	return out
}

// blockDays lists the days a block titled title shows on the calendar.
func blockDays(t *testing.T, s *Service, title string, from, to model.Date) []string {
	t.Helper()
	v, err := s.Calendar(context.Background(), from, to)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range v.Occurrence {
		if o.Block.Title == title {
			out = append(out, o.Day.String())
		}
	}
	return out
}

func daysBetween(from, to string, keep func(model.Date) bool) []string {
	var out []string
	for d := day(from); !day(to).Before(d); d = d.AddDays(1) {
		if keep(d) {
			out = append(out, d.String())
		}
	}
	return out
}

func sequenceOf(t *testing.T, e *ics.VEvent) int {
	t.Helper()
	n, err := strconv.Atoi(icsProp(e, ics.ComponentPropertySequence))
	if err != nil {
		t.Errorf("event %s has no SEQUENCE: %v", e.Id(), err)
		return -1
	}
	return n
}

func TestAPausedRitualLeavesTheCalendarAndItsFiles(t *testing.T) {
	ctx := context.Background()
	s, clock := rhythmService(t)
	walk, err := s.SaveRitual(ctx, model.Ritual{Title: "Abendspaziergang 🌙 散步", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerDay},
		Start: day("2026-11-01"), ReminderTime: "21:00"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveBlock(ctx, model.Block{Title: "Walk, phones at home", Kind: model.KindJoint, RitualID: walk.ID,
		Start: model.WallTime{Date: day("2026-11-02"), Minute: 20*60 + 30}, End: model.WallTime{Date: day("2026-11-02"), Minute: 21*60 + 15},
		Days: []time.Weekday{time.Monday, time.Wednesday, time.Friday}}); err != nil {
		t.Fatal(err)
	}
	before := jointICS(t, s)
	seq := sequenceOf(t, icsEvent(t, before, "ritual-"+walk.ID))

	// A flu: a week without the walk.
	clock.add(time.Hour)
	if n, err := s.Pause(ctx, walk.ID, day("2026-11-20"), day("2026-11-26"), "Grippe — 发烧"); err != nil || n != 7 {
		t.Fatalf("pause: %d %v", n, err)
	}
	paused := func(d model.Date) bool { return !d.Before(day("2026-11-20")) && !day("2026-11-26").Before(d) }
	from, to := day("2026-11-16"), day("2026-11-29")
	wantMarks := daysBetween("2026-11-16", "2026-11-29", func(d model.Date) bool { return !paused(d) })
	if got := markerDays(t, s, walk.Title, from, to); !slices.Equal(got, wantMarks) {
		t.Errorf("the calendar reminds of the walk on\n%v\nwant\n%v", got, wantMarks)
	}
	mwf := func(d model.Date) bool {
		wd := d.Time().Weekday()
		return wd == time.Monday || wd == time.Wednesday || wd == time.Friday
	}
	wantBlocks := daysBetween("2026-11-16", "2026-11-29", func(d model.Date) bool { return mwf(d) && !paused(d) })
	if got := blockDays(t, s, "Walk, phones at home", from, to); !slices.Equal(got, wantBlocks) {
		t.Errorf("the walk's time shows on\n%v\nwant\n%v", got, wantBlocks)
	}

	after := jointICS(t, s)
	reminder := icsEvent(t, after, "ritual-"+walk.ID)
	if len(reminder.GetProperties(ics.ComponentPropertyExdate)) == 0 {
		t.Errorf("the reminder has no EXDATE for the paused days:\n%s", after)
	}
	if got := sequenceOf(t, reminder); got <= seq {
		t.Errorf("the paused reminder's SEQUENCE is %d, was %d: phones would keep the old one", got, seq)
	}
	if icsProp(reminder, ics.ComponentPropertyLastModified) == "" {
		t.Error("the paused reminder has no LAST-MODIFIED")
	}
	if got := pythonOccurrences(t, after, "ritual-"+walk.ID, from, to); got != nil && !slices.Equal(got, wantMarks) {
		t.Errorf("icalendar reminds on\n%v\nwant\n%v", got, wantMarks)
	}
	// Days already past paused (back-filled) gave the ritual no time.
	if _, err := s.Pause(ctx, walk.ID, day("2026-11-11"), day("2026-11-13"), "Migraine"); err != nil {
		t.Fatal(err)
	}
	rv, err := s.Rituals(ctx, RitualFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rv.Rituals {
		// Of Mon, Wed and Fri from 2 Nov to now (11:00 on the 18th), 11 and 13 Nov were paused.
		if r.Ritual.ID == walk.ID && (len(r.Calendar) != 1 || r.Calendar[0].Minutes != 5*45) {
			t.Errorf("the walk's calendar time in four weeks: %+v, want 5 × 45 min", r.Calendar)
		}
	}
	block := icsEvent(t, after, "0") // block ids are UUID v7: they start with 0
	if got := pythonOccurrences(t, after, strings.TrimSuffix(block.Id(), "@venn"), from, to); got != nil && !slices.Equal(got, wantBlocks) {
		t.Errorf("icalendar has the walk's time on\n%v\nwant\n%v", got, wantBlocks)
	}
}

func TestACadenceChangeEndsTheOldRecurrenceAndStartsTheNew(t *testing.T) {
	ctx := context.Background()
	s, clock := rhythmService(t)
	date, err := s.SaveRitual(ctx, model.Ritual{Title: "Soirée à deux 💃", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerWeek},
		Start: day("2026-09-04"), ReminderTime: "18:30", ReminderDays: []time.Weekday{time.Friday}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveBlock(ctx, model.Block{Title: "Date night", Kind: model.KindJoint, RitualID: date.ID,
		Start: model.WallTime{Date: day("2026-09-04"), Minute: 19 * 60}, End: model.WallTime{Date: day("2026-09-04"), Minute: 22*60 + 30},
		Days: []time.Weekday{time.Friday}}); err != nil {
		t.Fatal(err)
	}
	clock.add(time.Hour)
	// Weekly dinner becomes a monthly adventure from December.
	if err := s.Adapt(ctx, date.ID, day("2026-12-01"), model.Cadence{Times: 1, Per: model.PerMonth}, "Something new each month"); err != nil {
		t.Fatal(err)
	}
	from, to := day("2026-11-16"), day("2027-03-07")
	want := []string{"2026-11-20", "2026-11-27", "2026-12-04", "2027-01-01", "2027-02-05", "2027-03-05"}
	if got := markerDays(t, s, date.Title, from, to); !slices.Equal(got, want) {
		t.Errorf("the calendar reminds of the date on\n%v\nwant\n%v", got, want)
	}
	if got := blockDays(t, s, "Date night", from, to); !slices.Equal(got, want) {
		t.Errorf("date night's time shows on\n%v\nwant\n%v", got, want)
	}
	text := jointICS(t, s)
	old := icsEvent(t, text, "ritual-"+date.ID+"@")
	if rule := icsProp(old, ics.ComponentPropertyRrule); !strings.Contains(rule, "FREQ=WEEKLY") || !strings.Contains(rule, "UNTIL=20261130T") {
		t.Errorf("the weekly reminder does not end before the change: %s", rule)
	}
	adapted := icsEvent(t, text, "ritual-"+date.ID+"-")
	if rule := icsProp(adapted, ics.ComponentPropertyRrule); !strings.Contains(rule, "FREQ=MONTHLY") {
		t.Errorf("the new reminder repeats %s", rule)
	}
	if len(adapted.Alarms()) != 1 {
		t.Error("the new reminder has no alarm")
	}
	if got := pythonOccurrences(t, text, "ritual-"+date.ID, from, to); got != nil && !slices.Equal(got, want) {
		t.Errorf("icalendar reminds on\n%v\nwant\n%v", got, want)
	}
	var blockIDs []string
	blocks, _ := s.store.Blocks(ctx)
	for _, b := range blocks {
		if b.RitualID == date.ID {
			blockIDs = append(blockIDs, b.ID)
		}
	}
	if len(blockIDs) != 2 {
		t.Fatalf("%d blocks for the ritual, want the old series and the new one", len(blockIDs))
	}
	var all []string
	for _, id := range blockIDs {
		all = append(all, pythonOccurrences(t, text, id, from, to)...)
	}
	slices.Sort(all)
	if all != nil && !slices.Equal(all, want) {
		t.Errorf("icalendar has date night's time on\n%v\nwant\n%v", all, want)
	}
}

func TestACalendarFileWithNothingInItIsValidAndSaysWhy(t *testing.T) {
	s, _ := rhythmService(t)
	files, err := s.CalendarFiles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		var buf bytes.Buffer
		if err := s.WriteICS(context.Background(), &buf, f); err != nil {
			t.Fatal(err)
		}
		text := buf.String()
		cal, err := ics.ParseCalendar(strings.NewReader(text))
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		// RFC 5545: a VCALENDAR holds at least one component.
		if len(cal.Components) == 0 {
			t.Errorf("%s is an empty VCALENDAR:\n%s", f.Name, text)
		}
		if len(cal.Events()) != 0 {
			t.Errorf("%s shows %d events for a household with nothing planned", f.Name, len(cal.Events()))
		}
		if !strings.Contains(text, "X-WR-CALDESC:") || !strings.Contains(text, "Nothing") {
			t.Errorf("%s does not say why it is empty:\n%s", f.Name, text)
		}
		if got := pythonOccurrences(t, text, "", day("2026-01-01"), day("2027-12-31")); len(got) != 0 {
			t.Errorf("%s: icalendar finds events on %v", f.Name, got)
		}
	}
}
