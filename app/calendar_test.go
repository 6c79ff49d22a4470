package app

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	vennics "github.com/vennplanner/venn/app/ics"
	"github.com/vennplanner/venn/model"
)

func TestICSRoundTripsRecurringBlocks(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	// A series with an end and a deleted occurrence, across midnight.
	_, partners, _ := s.Household(ctx)
	b, err := s.SaveBlock(ctx, model.Block{Title: "Night shift, Zoë’s; \"quotes\", commas", Kind: model.KindSolo, Owner: partners[0].ID,
		Start: model.WallTime{Date: model.Date{Year: 2026, Month: 11, Day: 2}, Minute: 22 * 60}, End: model.WallTime{Date: model.Date{Year: 2026, Month: 11, Day: 3}, Minute: 6 * 60},
		Days: []time.Weekday{time.Monday, time.Thursday}, Until: model.Date{Year: 2027, Month: 3, Day: 1}, Notes: "line one\nline two"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteOccurrence(ctx, b.ID, model.Date{Year: 2026, Month: 11, Day: 12}); err != nil {
		t.Fatal(err)
	}
	stored, _ := s.store.Blocks(ctx)
	// The files leave out a ritual's paused days (the demo's illness), as
	// the calendar does: those days come back as skipped ones.
	paused, _ := s.store.PausedEntries(ctx)
	blocks := model.WithoutPausedDays(stored, model.PausedDays(paused))
	files, err := s.CalendarFiles(ctx)
	if err != nil || len(files) != 3 {
		t.Fatalf("files %v %v", files, err)
	}
	seen := 0
	for _, f := range files {
		var buf bytes.Buffer
		if err := s.WriteICS(ctx, &buf, f); err != nil {
			t.Fatal(err)
		}
		if _, err := ics.ParseCalendar(bytes.NewReader(buf.Bytes())); err != nil {
			t.Fatalf("%s does not parse: %v", f.Name, err)
		}
		got, err := vennics.Parse(&buf)
		if err != nil {
			t.Fatal(err)
		}
		var want []model.Block
		for _, b := range blocks {
			if !b.Private && vennics.Holds(f, b) {
				want = append(want, b)
			}
		}
		if len(got) != len(want) || len(want) == 0 {
			t.Fatalf("%s: %d events, want %d", f.Name, len(got), len(want))
		}
		for _, w := range want {
			i := slices.IndexFunc(got, func(g model.Block) bool { return g.ID == w.ID })
			if i < 0 {
				t.Fatalf("%s: %q is missing", f.Name, w.Title)
			}
			g := got[i]
			if w.Days != nil {
				// A weekly series is written from its first real day (a
				// monthly or yearly one starts on one already).
				first := vennics.FirstOccurrence(w)
				w.End, w.Start = w.End.AddMinutes(first.MinutesSince(w.Start)), first
				if !slices.Contains(w.Days, g.Start.Date.Time().Weekday()) {
					t.Errorf("%s: %q starts on a day its rule does not name", f.Name, w.Title)
				}
			}
			if g.Title != w.Title || g.Kind != w.Kind || g.Start != w.Start || g.End != w.End || g.Until != w.Until ||
				!slices.Equal(g.Days, w.Days) || g.Cycle != w.Cycle || !slices.Equal(g.Skip, w.Skip) || g.Notes != w.Notes {
				t.Errorf("%s: %q came back as\n%+v\nwant\n%+v", f.Name, w.Title, g, w)
			}
			seen++
		}
		if strings.Contains(buf.String(), "Therapy") {
			t.Errorf("%s holds a private block", f.Name)
		}
		if text := buf.String(); strings.Count(text, "\r\n") != strings.Count(text, "\n") || strings.Count(text, "\r") != strings.Count(text, "\r\n") {
			t.Errorf("%s does not end every line with CRLF, or holds a lone CR", f.Name)
		}
	}
	if seen != len(blocks)-1 {
		t.Fatalf("%d of %d blocks written (one is private)", seen, len(blocks))
	}
}

func TestCalendarWeekBalanceMarkersAndMoves(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC))
	week := model.Date{Year: 2026, Month: 11, Day: 23}
	v, err := s.Calendar(ctx, week, week.AddDays(6))
	if err != nil {
		t.Fatal(err)
	}
	maya, liam := v.Partners[0], v.Partners[1]
	// Maya: run 2 h + study 2×2 h + therapy 1 h; Liam: band 3 h + music 4 h + dentist 1 h.
	if v.Balance.Solo[maya.ID] != 7*60 || v.Balance.Solo[liam.ID] != 8*60 {
		t.Fatalf("solo minutes %v", v.Balance.Solo)
	}
	if v.Balance.Joint != (150+210+90) || v.Balance.Buffer != 180 || v.Balance.Flexible != 180 {
		t.Fatalf("balance %+v", v.Balance)
	}
	if len(v.Flags) != 0 {
		t.Fatalf("the demo week meets its aims, yet: %v", v.Flags)
	}
	if err := s.SetCalendarTargets(ctx, model.BalanceTargets{SoloEach: 8 * 60, Joint: 8 * 60}); err != nil {
		t.Fatal(err)
	}
	v, _ = s.Calendar(ctx, week, week.AddDays(6))
	if text := strings.Join(v.Flags, "\n"); len(v.Flags) != 2 || !strings.Contains(text, "Maya has 7 h of solo time") || !strings.Contains(text, "Joint time is 7 h 30 min") {
		t.Fatalf("flags %v", v.Flags)
	}
	var ritualMarkers int
	for _, ms := range v.Markers {
		for _, m := range ms {
			if m.Minute >= 0 {
				ritualMarkers++
			}
		}
	}
	if ritualMarkers == 0 {
		t.Fatal("no ritual reminders on the calendar")
	}
	// Goals' target dates are all-day markers on their day.
	q := model.Quarter{Year: 2026, Q: 4}
	qv, _ := s.Calendar(ctx, q.First(), q.Last())
	dues := 0
	for i, ms := range qv.Markers {
		for _, m := range ms {
			if m.GoalID != "" && !m.Milestone { // a milestone of a goal is on its own day
				dues++
				if g, _ := s.Goal(ctx, m.GoalID); g.Due != q.First().AddDays(i) || m.Minute != -1 {
					t.Fatalf("goal marker %+v on day %d", m, i)
				}
			}
		}
	}
	if dues == 0 {
		t.Fatal("no goal target dates on the calendar")
	}
	// Move the one-off dentist to Wednesday 10:00 for 90 minutes.
	var dentist model.Occurrence
	for _, o := range v.Occurrence {
		if o.Block.Title == "Dentist" {
			dentist = o
		}
	}
	moved, err := s.MoveBlock(ctx, dentist.Block.ID, dentist.Day, model.WallTime{Date: week.AddDays(2), Minute: 600}, 90)
	if err != nil || moved.Start.String() != "2026-11-25T10:00" || moved.End.String() != "2026-11-25T11:30" {
		t.Fatalf("moved %+v %v", moved, err)
	}
	// Moving a series occurrence from Thursday to Friday moves the series.
	var band model.Occurrence
	for _, o := range v.Occurrence {
		if o.Block.Title == "Band practice" {
			band = o
		}
	}
	moved, err = s.MoveBlock(ctx, band.Block.ID, band.Day, model.WallTime{Date: band.Day.AddDays(1), Minute: 18 * 60}, 180)
	if err != nil || !slices.Equal(moved.Days, []time.Weekday{time.Friday}) || moved.Start.Minute != 18*60 {
		t.Fatalf("moved series %+v %v", moved, err)
	}
	// Bad input changes nothing.
	before := exportString(t, s)
	bad := []model.Block{
		{Title: "Backwards", Kind: model.KindJoint, Start: model.WallTime{Date: week, Minute: 600}, End: model.WallTime{Date: week, Minute: 500}},
		{Title: "Too long", Kind: model.KindJoint, Start: model.WallTime{Date: week, Minute: 600}, End: model.WallTime{Date: week.AddDays(8), Minute: 600}},
		{Title: "No weekday", Kind: model.KindJoint, Start: model.WallTime{Date: week, Minute: 600}, End: model.WallTime{Date: week, Minute: 660}, Days: []time.Weekday{}},
	}
	for _, b := range bad {
		if _, err := s.SaveBlock(ctx, b); !model.IsValidation(err) {
			t.Errorf("%s: %v", b.Title, err)
		}
	}
	if _, err := s.MoveBlock(ctx, band.Block.ID, band.Day, model.WallTime{Date: band.Day, Minute: 600}, 8*24*60+1); !model.IsValidation(err) {
		t.Errorf("resizing past 7 days: %v", err)
	}
	if after := exportString(t, s); after != before {
		t.Fatalf("bad input changed the data: %s", firstDiff(before, after))
	}
}

func TestLifeEventDecisionAndUndo(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, _ := setUp(t, s)
	q4 := model.Quarter{Year: 2026, Q: 4}
	run, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Half marathon"), Owner: model.Ptr(model.Owner(a.ID)), TargetQuarter: &q4, Due: &model.Date{Year: 2026, Month: 12, Day: 6}})
	desk, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Standing desk"), Owner: model.Ptr(model.Owner(a.ID))})
	if err := s.SetAllocation(ctx, run.ID, model.Time, 240, 50, 50); err != nil {
		t.Fatal(err)
	}
	r, _ := s.SaveRitual(ctx, model.Ritual{Title: "Long run", Who: model.Owner(a.ID), Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: model.Date{Year: 2026, Month: 1, Day: 1}})
	logged := model.Date{Year: 2026, Month: 11, Day: 3}
	if err := s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: logged, Status: model.Done}, true); err != nil {
		t.Fatal(err)
	}
	d := model.Decision{
		Postpone: []model.PostponeStep{{GoalID: run.ID, Weeks: 6}},
		Pause:    []model.PauseStep{{RitualID: r.ID, From: model.Date{Year: 2026, Month: 11, Day: 1}, To: model.Date{Year: 2026, Month: 11, Day: 14}}},
		Move:     []model.MoveStep{{Resource: model.Time, FromGoal: run.ID, ToGoal: desk.ID, Amount: 120}},
	}
	preview, err := s.PreviewDecision(ctx, d)
	if err != nil || len(preview) != 3 || !strings.Contains(preview[0].Summary, "due 6 Dec 2026, now 17 Jan 2027") {
		t.Fatalf("preview %+v %v", preview, err)
	}
	if g, _ := s.Goal(ctx, run.ID); g.Due != (model.Date{Year: 2026, Month: 12, Day: 6}) {
		t.Fatal("the preview changed the goal")
	}
	e, err := s.LogLifeEvent(ctx, model.LifeEvent{Kind: model.EventIllness, Title: "Sprained ankle", Day: model.Date{Year: 2026, Month: 11, Day: 1}}, d)
	if err != nil {
		t.Fatal(err)
	}
	if g, _ := s.Goal(ctx, run.ID); g.Due != (model.Date{Year: 2027, Month: 1, Day: 17}) || g.TargetQuarter != (model.Quarter{Year: 2027, Q: 1}) {
		t.Fatalf("postponed goal %+v", g)
	}
	allocs, _ := s.GoalAllocations(ctx, desk.ID)
	if allocs[model.Time].Amount != 120 {
		t.Fatalf("moved allocation %v", allocs)
	}
	view, _ := s.Rituals(ctx, RitualFilter{})
	paused := 0
	for _, en := range view.Rituals[0].Entries {
		if en.Status == model.Paused {
			paused++
		}
	}
	if paused != 13 {
		t.Fatalf("%d days paused, want 13 (14 less the logged one)", paused)
	}
	// Later, the desk's allocation is edited by hand and a paused day is logged.
	if err := s.SetAllocation(ctx, desk.ID, model.Time, 90, 50, 50); err != nil {
		t.Fatal(err)
	}
	if err := s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: model.Date{Year: 2026, Month: 11, Day: 8}, Status: model.Done}, true); err != nil {
		t.Fatal(err)
	}
	rep, err := s.UndoLifeEvent(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Undone) != 1 || len(rep.Kept) != 2 || !strings.Contains(strings.Join(rep.Kept, "\n"), "“Standing desk” was changed since") {
		t.Fatalf("undo report %+v", rep)
	}
	if g, _ := s.Goal(ctx, run.ID); g.Due != (model.Date{Year: 2026, Month: 12, Day: 6}) || g.TargetQuarter != q4 {
		t.Fatalf("the postponement was not undone: %+v", g)
	}
	view, _ = s.Rituals(ctx, RitualFilter{})
	for _, en := range view.Rituals[0].Entries {
		if en.Status == model.Paused {
			t.Fatalf("a paused day is left after undo: %s", en.Day)
		}
	}
	if len(view.Rituals[0].Entries) != 2 {
		t.Fatalf("the two logged days must stay: %d entries", len(view.Rituals[0].Entries))
	}
	if allocs, _ := s.GoalAllocations(ctx, desk.ID); allocs[model.Time].Amount != 90 {
		t.Fatal("an edited allocation was overwritten by undo")
	}
	if _, err := s.UndoLifeEvent(ctx, e.ID); !model.IsValidation(err) {
		t.Fatalf("a second undo: %v", err)
	}
	events, _ := s.LifeEvents(ctx)
	if len(events) != 1 || !events[0].Undone || len(events[0].Changes) != 3 {
		t.Fatalf("events %+v", events)
	}
}

func TestSyncWritesCalendarFilesWhenAsked(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	shared := t.TempDir()
	if err := s.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if err := s.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.CalendarFolder(shared)); !os.IsNotExist(err) {
		t.Fatal("calendar files were written without being asked for")
	}
	if err := s.SetCalendarInFolder(ctx, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	files, _ := os.ReadDir(s.CalendarFolder(shared))
	if len(files) != 3 {
		t.Fatalf("%d calendar files in the folder, want 3", len(files))
	}
	for _, f := range files {
		data, _ := os.ReadFile(filepath.Join(s.CalendarFolder(shared), f.Name()))
		if strings.Contains(string(data), "Therapy") {
			t.Fatalf("%s holds a private block", f.Name())
		}
		if _, err := ics.ParseCalendar(bytes.NewReader(data)); err != nil {
			t.Fatalf("%s: %v", f.Name(), err)
		}
	}
}

func TestCalendarFileNamesNeverCollide(t *testing.T) {
	ctx := context.Background()
	for _, names := range [][2]string{{"Sam!", "Sam?"}, {"Alex K.", "Alex K"}, {"Joint", "Together"}, {"Zoë", "Łukasz"}} {
		s := newService(t)
		err := s.SaveHousehold(ctx, HouseholdSetup{Name: "Us", Currency: "EUR", WeekStart: time.Monday,
			A: PartnerSetup{names[0], "#3b82f6"}, B: PartnerSetup{names[1], "#e07a5f"}})
		if err != nil {
			t.Fatal(err)
		}
		files, err := s.CalendarFiles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, f := range files {
			if seen[strings.ToLower(f.Name)] {
				t.Errorf("partners %q: two calendar files are called %s", names, f.Name)
			}
			seen[strings.ToLower(f.Name)] = true
		}
	}
}

func TestCalendarFilesStayOutOfAnEncryptedFolder(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	shared := t.TempDir()
	if err := s.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if err := s.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCalendarInFolder(ctx, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if files, _ := os.ReadDir(s.CalendarFolder(shared)); len(files) != 3 {
		t.Fatalf("%d calendar files without a passphrase, want 3", len(files))
	}
	if err := s.SetSyncPassphrase(ctx, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.CalendarFolder(shared)); !os.IsNotExist(err) {
		t.Fatal("plain calendar files stayed in a folder the household encrypts")
	}
}

func TestCalendarFilesCarryTheRhythmWithAlarms(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	_, partners, _ := s.Household(ctx)
	maya := partners[0]
	if _, err := s.SaveRitual(ctx, model.Ritual{Title: "Morning pages ☕", Who: model.Owner(maya.ID), Cadence: model.Cadence{Times: 3, Per: model.PerWeek},
		ReminderTime: "07:30", ReminderDays: []time.Weekday{time.Monday, time.Wednesday, time.Friday}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveRitual(ctx, model.Ritual{Title: "Secret journal", Who: model.Owner(maya.ID), Cadence: model.Cadence{Times: 1, Per: model.PerDay},
		ReminderTime: "22:00", Private: true}); err != nil {
		t.Fatal(err)
	}
	due := model.Date{Year: 2027, Month: 2, Day: 14}
	if _, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Book the Italy flights"), Due: &due}); err != nil {
		t.Fatal(err)
	}
	files, _ := s.CalendarFiles(ctx)
	var mine, joint string
	for _, f := range files {
		var buf bytes.Buffer
		if err := s.WriteICS(ctx, &buf, f); err != nil {
			t.Fatal(err)
		}
		cal, err := ics.ParseCalendar(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, e := range cal.Events() {
			if strings.HasPrefix(e.Id(), "ritual-") && len(e.Alarms()) != 1 {
				t.Errorf("%s: a ritual without its alarm", f.Name)
			}
		}
		switch f.PartnerID {
		case maya.ID:
			mine = buf.String()
		case "":
			joint = buf.String()
		}
	}
	for _, want := range []string{"SUMMARY:Morning pages ☕", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", "BEGIN:VALARM", "TRIGGER:PT0M", "ACTION:DISPLAY"} {
		if !strings.Contains(mine, want) {
			t.Errorf("Maya's file lacks %q", want)
		}
	}
	if strings.Contains(mine, "Secret journal") || strings.Contains(joint, "Secret journal") {
		t.Error("a private ritual is in a calendar file")
	}
	for _, want := range []string{"SUMMARY:Due: Book the Italy flights", "DTSTART;VALUE=DATE:20270214", "TRIGGER:-PT15H"} {
		if !strings.Contains(joint, want) {
			t.Errorf("the joint file lacks %q", want)
		}
	}
	// Another reader: Python's icalendar (scripts/setup installs it).
	if py := "/usr/bin/python3"; exec.Command(py, "-c", "import icalendar").Run() == nil {
		path := filepath.Join(t.TempDir(), "mine.ics")
		os.WriteFile(path, []byte(mine), 0o600)
		out, err := exec.Command(py, "-c", `import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(sum(1 for c in cal.walk('VALARM')))`, path).CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) == "0" {
			t.Errorf("icalendar reads %s: %s %v", path, out, err)
		}
	}
}

func TestABlockLinkedToAGoalCountsAsTimeUsedForIt(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	s, err := Open(ctx, t.TempDir(), Options{Now: func() time.Time { return now }, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	zoe, lukasz := setUp(t, s)
	g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Salsa together 💃"), Owner: model.Ptr(model.Shared)})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := s.Resources(ctx, SpanMonth, s.today())
	class := model.Block{Title: "Salsa class", Kind: model.KindJoint, GoalID: g.ID, Days: []time.Weekday{time.Monday},
		Start: model.WallTime{Date: model.Date{Year: 2026, Month: 11, Day: 2}, Minute: 19 * 60}, End: model.WallTime{Date: model.Date{Year: 2026, Month: 11, Day: 2}, Minute: 20*60 + 30}}
	if _, err := s.SaveBlock(ctx, class); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Resources(ctx, SpanMonth, s.today())
	used := func(v ResourcesView) model.Amount {
		for _, row := range v.Goals {
			if row.Goal.ID == g.ID {
				return row.Used[model.Time]
			}
		}
		return 0
	}
	// Four Mondays are over (2, 9, 16, 23 Nov): 90 min each, for both partners.
	if used(before) != 0 || used(after) != 4*90*2 {
		t.Errorf("used %d min before, %d after; want 0 and %d", used(before), used(after), 4*90*2)
	}
	for _, p := range []model.Partner{zoe, lukasz} {
		for _, b := range after.Balances[p.ID] {
			if b.Resource == model.Time && b.Used != 4*90 {
				t.Errorf("%s used %d min of time this month, want %d", p.Name, b.Used, 4*90)
			}
		}
	}
	// A link to a goal that is gone is refused in words.
	if err := s.DeleteGoal(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	class.Title = "Salsa again"
	if _, err := s.SaveBlock(ctx, class); !model.IsValidation(err) || !strings.Contains(err.Error(), "no longer exists") {
		t.Errorf("a block for a deleted goal: %v", err)
	}
}

func TestAJointBlockOverSoloTimeIsAskedAbout(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC))
	thursday := model.Date{Year: 2026, Month: 11, Day: 26}
	dinner := model.Block{Title: "Dinner with the Okafors", Kind: model.KindJoint,
		Start: model.WallTime{Date: thursday, Minute: 20 * 60}, End: model.WallTime{Date: thursday, Minute: 23 * 60}}
	clashes, err := s.SoloClashes(ctx, dinner)
	if err != nil {
		t.Fatal(err)
	}
	// Thursday evening is Liam's band practice and Maya's study.
	if len(clashes) != 2 || clashes[0].Block.Title != "Band practice" || clashes[1].Block.Title != "UX course study" {
		t.Fatalf("clashes %+v", clashes)
	}
	dinner.Start.Date, dinner.End.Date = thursday.AddDays(2), thursday.AddDays(2) // Saturday evening is free
	if clashes, _ := s.SoloClashes(ctx, dinner); len(clashes) != 0 {
		t.Errorf("Saturday clashes with %+v", clashes)
	}
}

func TestMilestonesAreAllDayMarkers(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC))
	day := s.today().AddDays(24) // the demo's "Ten years together"
	v, err := s.Calendar(ctx, day.AddDays(-1), day.AddDays(1))
	if err != nil {
		t.Fatal(err)
	}
	var got []Marker
	for _, ms := range v.Markers {
		for _, m := range ms {
			if m.Milestone {
				got = append(got, m)
			}
		}
	}
	if len(got) != 1 || got[0].Title != "Ten years together" || got[0].Minute != -1 || got[0].Day != day {
		t.Fatalf("milestone markers %+v", got)
	}
}
