package replica_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// snapshot is one replica as some device wrote it at some moment.
type snapshot struct {
	from int
	r    replica.Replica
}

// TestConvergenceProperty runs random operations on random devices and
// delivers random snapshots of their replicas in random order, with
// repeats and gaps. After everyone finally sees everyone's latest replica,
// every device's export must be identical.
func TestConvergenceProperty(t *testing.T) {
	seeds := convergenceSeeds
	if testing.Short() {
		seeds = 20
	}
	races := 0
	for seed := range seeds {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { races += runConvergence(t, uint64(seed)) })
	}
	// Edits of one text at once happen in these runs (about one run in six),
	// so the races' keeping is part of what converges.
	if races == 0 && !t.Failed() {
		t.Fatal("no run had two computers change one text at once")
	}
}

// runConvergence runs one seed and returns how many races it kept.
func runConvergence(t *testing.T, seed uint64) int {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	ctx := context.Background()
	w, shared := newWorld(), t.TempDir()
	n := 2 + rng.IntN(2) // 2 or 3 devices
	// Clocks off by minutes or hours never stop a merge. (Clocks more than a
	// day apart hold the edits from the one ahead back until it is put
	// right: TestAClockAYearOffIsHeldBackThenRecovers.)
	skews := []time.Duration{0, time.Hour, -time.Hour, 10 * time.Hour, -10 * time.Hour, -3 * time.Minute}
	devs := make([]*device, n)
	for i := range devs {
		devs[i] = newDevice(t, w, shared, fmt.Sprintf("dev%d", i), skews[rng.IntN(len(skews))], "")
	}
	devs[0].setUp()
	// Everyone starts from the household.
	first := snapshotOf(t, devs[0])
	for _, d := range devs[1:] {
		apply(t, d, first)
	}
	var goalIDs []string
	var sent []snapshot
	for range 25 + rng.IntN(25) {
		k := rng.IntN(n)
		d := devs[k]
		w.tick()
		randomOp(t, rng, d, &goalIDs)
		if rng.IntN(3) == 0 {
			sent = append(sent, snapshot{from: k, r: snapshotOf(t, d).r})
		}
		// Now and then a hostile file turns up in the folder too: none of it
		// may land anywhere.
		if rng.IntN(6) == 0 {
			applyHostile(t, rng, devs[rng.IntN(n)], goalIDs)
		}
		// Now and then a device forgets the tombstones every file it could
		// still receive (every snapshot ever sent, stale copies included)
		// has heard of, once every other device has sent one.
		if rng.IntN(4) == 0 {
			compactAgainst(t, devs, rng.IntN(n), sent)
		}
		// Deliver a random earlier snapshot to a random device, sometimes twice.
		if len(sent) > 0 && rng.IntN(2) == 0 {
			s := sent[rng.IntN(len(sent))]
			k := rng.IntN(n)
			to := devs[k]
			// A computer never merges its own files (it reads them only to
			// notice a copy of its data folder at work).
			if k != s.from {
				apply(t, to, s)
				if rng.IntN(4) == 0 {
					apply(t, to, s)
				}
			}
		}
	}
	// Both partners finish every check-in week on the first computer, so no
	// answer is left waiting for the other's.
	_, partners, _ := devs[0].svc.Household(ctx)
	for _, week := range checkinWeeks {
		for _, p := range partners {
			answerCheckin(t, devs[0], week, p.ID, rng.IntN(3), "final", model.VisibleUntilBoth)
		}
	}
	// Final delivery: everyone's latest state to everyone, in random order, twice.
	for range 2 {
		var finals []snapshot
		for i := range devs {
			finals = append(finals, snapshot{from: i, r: snapshotOf(t, devs[i]).r})
		}
		for _, i := range rng.Perm(n) {
			for _, j := range rng.Perm(n) {
				if i != j {
					apply(t, devs[i], finals[j])
				}
			}
		}
	}
	requireSame(t, devs...)
	if strings.Contains(devs[0].export(), hostileMark) {
		t.Fatal("a hostile field landed")
	}
	return strings.Count(racesOf(t, devs[0]), "\n")
}

// hostileMark is in every value a hostile file carries.
const hostileMark = "HOSTILE"

// applyHostile merges a handful of fields no honest computer writes: wrong
// types, unknown owners and columns, stamps from the future, a stranger
// claiming a third partner's place. All must be refused.
func applyHostile(t *testing.T, rng *rand.Rand, d *device, goalIDs []string) {
	t.Helper()
	stranger := "01970000-0000-7000-8000-00000000bad2"
	now := model.Stamp{WallMS: d.now().UnixMilli() + int64(rng.IntN(1000)), Device: stranger}
	future := model.Stamp{WallMS: d.now().Add(400 * 24 * time.Hour).UnixMilli(), Device: stranger}
	row := storage.NewID()
	if len(goalIDs) > 0 {
		row = goalIDs[rng.IntN(len(goalIDs))]
	}
	fields := []storage.SyncField{
		{Table: "goals", RowID: row, Column: "title", Value: hostileMark + " from the future", Stamp: future},
		{Table: "goals", RowID: row, Column: "archived", Value: hostileMark, Stamp: now},
		{Table: "goals", RowID: row, Column: "owner", Value: storage.NewID(), Stamp: now},
		{Table: "goals", RowID: row, Column: hostileMark, Value: "x", Stamp: now},
		{Table: "partners", RowID: storage.NewID(), Column: "name", Value: hostileMark, Stamp: now},
		{Table: "goal_steps", RowID: storage.NewID(), Column: "text", Value: hostileMark + strings.Repeat("!", 300), Stamp: now},
		{Table: "rituals", RowID: storage.NewID(), Column: "times", Value: int64(-1), Stamp: now},
	}
	res, err := d.svc.Store().ApplyFields(context.Background(), fields)
	if err != nil {
		t.Fatalf("%s: a hostile file: %v", d.name, err)
	}
	if res.Fields != 0 || res.RefusedCount != len(fields) {
		t.Fatalf("%s: %d hostile fields merged, %d refused", d.name, res.Fields, res.RefusedCount)
	}
}

func snapshotOf(t *testing.T, d *device) snapshot {
	t.Helper()
	fields, err := d.svc.Store().SyncedFields(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return snapshot{r: replica.Replica{Fields: fields}}
}

func apply(t *testing.T, d *device, s snapshot) {
	t.Helper()
	res, err := d.svc.Store().ApplyFields(context.Background(), s.r.Fields)
	if err != nil {
		t.Fatalf("%s: apply: %v", d.name, err)
	}
	if res.RefusedCount > 0 {
		t.Fatalf("%s: an honest device's fields were refused: %+v", d.name, res.Refused)
	}
	// As a sync pass does: share answers whose week both have now answered.
	if err := d.svc.ReleaseHeldAnswers(context.Background()); err != nil {
		t.Fatalf("%s: release answers: %v", d.name, err)
	}
}

var titles = []string{"Run a half marathon", "Two weeks in Italy", "Adopt a dog", "Learn pottery", "Save for a house", "Read 12 books"}

func randomOp(t *testing.T, rng *rand.Rand, d *device, ids *[]string) {
	ctx := context.Background()
	_, partners, err := d.svc.Household(ctx)
	if err != nil {
		t.Fatal(err)
	}
	owners := []model.Owner{model.Shared, model.Owner(partners[0].ID), model.Owner(partners[1].ID)}
	pick := func() (string, bool) {
		if len(*ids) == 0 {
			return "", false
		}
		id := (*ids)[rng.IntN(len(*ids))]
		if _, err := d.svc.Goal(ctx, id); err != nil {
			return "", false // not here (yet), or deleted
		}
		return id, true
	}
	switch rng.IntN(8) {
	case 3:
		randomBlockOp(t, rng, d, partners)
		return
	case 0:
		randomRitualOp(t, rng, d, owners)
		return
	case 1:
		randomResourceOp(t, rng, d, partners, pick)
		return
	case 2:
		randomCheckinOp(t, rng, d, partners)
		return
	case 4:
		if rng.IntN(2) == 0 {
			randomPracticeOp(t, rng, d, partners)
			return
		}
	}
	switch op := rng.IntN(10); {
	case op < 3 || len(*ids) == 0:
		g, err := d.svc.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr(titles[rng.IntN(len(titles))]), Owner: model.Ptr(owners[rng.IntN(3)])})
		if err != nil {
			t.Fatal(err)
		}
		*ids = append(*ids, g.ID)
	case op < 5:
		if id, ok := pick(); ok {
			d.svc.UpdateGoal(ctx, id, model.GoalPatch{Title: model.Ptr(fmt.Sprintf("%s v%d", titles[rng.IntN(len(titles))], rng.IntN(100)))})
		}
	case op == 5:
		if id, ok := pick(); ok {
			d.svc.MoveGoal(ctx, id, app.Placement{Owner: owners[rng.IntN(3)], Column: model.Columns[rng.IntN(4)], After: app.End})
		}
	case op == 6:
		if id, ok := pick(); ok {
			d.svc.DeleteGoal(ctx, id)
		}
	case op == 7:
		if id, ok := pick(); ok {
			d.svc.ArchiveGoal(ctx, id, rng.IntN(2) == 0)
		}
	case op == 8:
		if id, ok := pick(); ok {
			d.svc.UpdateGoal(ctx, id, model.GoalPatch{Notes: model.Ptr(fmt.Sprint("note ", rng.IntN(1000))), Labels: &[]string{"x", titles[rng.IntN(3)]}})
		}
	case op == 9 && rng.IntN(2) == 0:
		// The checklist: add a step, tick or untick one, rename or drop one.
		if id, ok := pick(); ok {
			g, _ := d.svc.Goal(ctx, id)
			steps := append([]model.ChecklistStep(nil), g.Checklist...)
			switch k := rng.IntN(4); {
			case k == 0 || len(steps) == 0:
				steps = append(steps, model.ChecklistStep{Text: fmt.Sprint("step ", rng.IntN(100))})
			case k == 1:
				i := rng.IntN(len(steps))
				steps[i].Done = !steps[i].Done
			case k == 2:
				steps[rng.IntN(len(steps))].Text = fmt.Sprint("renamed ", rng.IntN(100))
			default:
				i := rng.IntN(len(steps))
				steps = append(steps[:i], steps[i+1:]...)
			}
			d.svc.UpdateGoal(ctx, id, model.GoalPatch{Checklist: &steps})
		}
	default:
		d.svc.SaveColumns(ctx, model.ColumnSettings{Column: model.Columns[rng.IntN(4)], Name: fmt.Sprint("Col ", rng.IntN(50)), WIPLimit: rng.IntN(5)})
	}
}

// randomRitualOp adds a ritual, logs or clears a day, pauses a few days or
// adapts a cadence, on days every simulated clock accepts.
func randomRitualOp(t *testing.T, rng *rand.Rand, d *device, owners []model.Owner) {
	ctx := context.Background()
	view, err := d.svc.Rituals(ctx, app.RitualFilter{})
	if err != nil {
		t.Fatal(err)
	}
	day := model.DateOf(time.Date(2025, 1, 1+rng.IntN(150), 0, 0, 0, 0, time.UTC))
	if len(view.Rituals) == 0 || rng.IntN(5) == 0 {
		_, err := d.svc.SaveRitual(ctx, model.Ritual{Title: titles[rng.IntN(len(titles))], Who: owners[rng.IntN(3)],
			Cadence: model.Cadence{Times: 1 + rng.IntN(3), Per: model.PerWeek}, Start: model.Date{Year: 2024, Month: 1, Day: 1}})
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	r := view.Rituals[rng.IntN(len(view.Rituals))].Ritual
	statuses := []model.EntryStatus{model.Done, model.Skipped, model.Paused}
	switch rng.IntN(5) {
	case 0:
		d.svc.ClearEntry(ctx, r.ID, day)
	case 1:
		d.svc.Pause(ctx, r.ID, day, model.DateOf(day.Time().AddDate(0, 0, rng.IntN(5))), "away")
	case 2:
		d.svc.Adapt(ctx, r.ID, day, model.Cadence{Times: 1, Per: model.PerMonth}, "adapted")
	case 3:
		d.svc.ConfirmPart(ctx, r.ID, day, model.SlotB, rng.IntN(2) == 0)
	default:
		if err := d.svc.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: day, Status: statuses[rng.IntN(3)], Reason: "r"}, true); err != nil {
			t.Fatal(err)
		}
	}
}

// randomResourceOp sets a capacity, an allocation or logs an actual.
func randomResourceOp(t *testing.T, rng *rand.Rand, d *device, partners []model.Partner, pick func() (string, bool)) {
	ctx := context.Background()
	p := partners[rng.IntN(2)]
	day := model.DateOf(time.Date(2025, 3, 1+rng.IntN(60), 0, 0, 0, 0, time.UTC))
	r := model.Resources[rng.IntN(3)]
	switch rng.IntN(3) {
	case 0:
		if err := d.svc.SetCapacity(ctx, p.ID, r, model.Amount(60*rng.IntN(20)), day); err != nil {
			t.Fatal(err)
		}
	case 1:
		if id, ok := pick(); ok {
			split := rng.IntN(101)
			d.svc.SetAllocation(ctx, id, r, model.Amount(rng.IntN(600)), split, 100-split)
		}
	default:
		if id, ok := pick(); ok {
			d.svc.LogActual(ctx, model.Actual{GoalID: id, PartnerID: p.ID, Resource: r, Amount: model.Amount(1 + rng.IntN(300)), Day: day})
		}
	}
}

var checkinWeeks = []model.Date{{Year: 2026, Month: 10, Day: 26}, {Year: 2026, Month: 11, Day: 2}, {Year: 2026, Month: 11, Day: 9}}

// randomCheckinOp answers one prompt of a week as one partner, held until
// both have answered or shared at once.
func randomCheckinOp(t *testing.T, rng *rand.Rand, d *device, partners []model.Partner) {
	vis := []model.Visibility{model.VisibleUntilBoth, model.VisibleNow}[rng.IntN(2)]
	answerCheckin(t, d, checkinWeeks[rng.IntN(len(checkinWeeks))], partners[rng.IntN(2)].ID, rng.IntN(3), fmt.Sprint("answer ", rng.IntN(1000)), vis)
}

func answerCheckin(t *testing.T, d *device, week model.Date, partnerID string, prompt int, text string, vis model.Visibility) {
	t.Helper()
	ctx := context.Background()
	prompts, err := d.svc.Prompts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	in := []app.AnswerInput{{PromptID: prompts[prompt].ID, Text: text, Visibility: vis}}
	if err := d.svc.SaveCheckin(ctx, week, partnerID, in); err != nil {
		t.Fatalf("%s: check-in: %v", d.name, err)
	}
}

// randomPracticeOp makes a request or answers one (two computers often
// answer the same request at once), sends an appreciation, or records a
// shared health check for a week both computers may record at once.
func randomPracticeOp(t *testing.T, rng *rand.Rand, d *device, partners []model.Partner) {
	t.Helper()
	ctx := context.Background()
	p := partners[rng.IntN(2)]
	requests, err := d.svc.Requests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	switch k := rng.IntN(4); {
	case k == 0 || len(requests) == 0:
		if _, err := d.svc.MakeRequest(ctx, p.ID, fmt.Sprint("need ", rng.IntN(100)), "proposal"); err != nil {
			t.Fatalf("%s: request: %v", d.name, err)
		}
	case k == 1:
		r := requests[rng.IntN(len(requests))]
		by := partners[0].ID
		if by == r.FromID {
			by = partners[1].ID
		}
		reply := []model.Reply{model.ReplyAgree, model.ReplyCounter, model.ReplyTalk}[rng.IntN(3)]
		d.svc.AnswerRequest(ctx, r.ID, by, reply, fmt.Sprint("counter ", rng.IntN(100))) //nolint:errcheck // may be refused
	case k == 2:
		if _, err := d.svc.SendAppreciation(ctx, p.ID, fmt.Sprint("thank you ", rng.IntN(100)), rng.IntN(2) == 0); err != nil {
			t.Fatalf("%s: appreciation: %v", d.name, err)
		}
	default:
		h := model.HealthCheck{PartnerID: p.ID, Week: checkinWeeks[rng.IntN(len(checkinWeeks))],
			Physical: 1 + rng.IntN(5), Mental: 1 + rng.IntN(5), Emotional: 1 + rng.IntN(5), Note: fmt.Sprint("note ", rng.IntN(10))}
		if _, err := d.svc.SaveHealthCheck(ctx, h); err != nil {
			t.Fatalf("%s: health: %v", d.name, err)
		}
	}
}

// randomBlockOp adds a calendar block or moves, resizes or thins one, so two
// computers often edit the same block's two ends at once.
func randomBlockOp(t *testing.T, rng *rand.Rand, d *device, partners []model.Partner) {
	ctx := context.Background()
	day := model.Date{Year: 2026, Month: 11, Day: 16 + rng.IntN(14)}
	v, err := d.svc.Calendar(ctx, model.Date{Year: 2026, Month: 11, Day: 16}, model.Date{Year: 2026, Month: 11, Day: 29})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Occurrence) == 0 || rng.IntN(4) == 0 {
		b := model.Block{Title: titles[rng.IntN(len(titles))], Kind: model.KindJoint,
			Start: model.WallTime{Date: day, Minute: 60 * rng.IntN(20)}}
		b.End = model.WallTime{Date: day, Minute: b.Start.Minute + 30 + 30*rng.IntN(6)}
		if rng.IntN(2) == 0 {
			b.Kind, b.Owner = model.KindSolo, partners[rng.IntN(2)].ID
		}
		if rng.IntN(2) == 0 {
			b.Days = []time.Weekday{day.Time().Weekday()}
		}
		if _, err := d.svc.SaveBlock(ctx, b); err != nil {
			t.Fatal(err)
		}
		return
	}
	o := v.Occurrence[rng.IntN(len(v.Occurrence))]
	switch rng.IntN(3) {
	case 0:
		d.svc.DeleteOccurrence(ctx, o.Block.ID, o.Day)
	default:
		d.svc.MoveBlock(ctx, o.Block.ID, o.Day, model.WallTime{Date: o.Day.AddDays(rng.IntN(3) - 1), Minute: 30 * rng.IntN(40)}, 30+30*rng.IntN(8))
	}
}

// compactAgainst drops on devs[i] the tombstones that every snapshot sent
// by the other devices has heard of, when each of them has sent one.
func compactAgainst(t *testing.T, devs []*device, i int, sent []snapshot) {
	t.Helper()
	var files []replica.Replica
	from := map[int]bool{}
	for _, s := range sent {
		if s.from != i {
			files = append(files, s.r)
			from[s.from] = true
		}
	}
	if len(from) < len(devs)-1 {
		return
	}
	if _, err := devs[i].svc.Store().DropTombstones(context.Background(), replica.HeardOf(files...)); err != nil {
		t.Fatal(err)
	}
}
