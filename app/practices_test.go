package app

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

func TestAnAppreciationGoesToThePartner(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	zoe, lukasz := setUp(t, s)
	a, err := s.SendAppreciation(ctx, zoe.ID, "  Dziękuję for the pierogi night 🥟  ", false)
	if err != nil {
		t.Fatal(err)
	}
	if a.ToID != lukasz.ID || a.Text != "Dziękuję for the pierogi night 🥟" || a.Day != s.today() {
		t.Fatalf("sent %+v", a)
	}
	if _, err := s.SendAppreciation(ctx, "someone", "hi", false); !model.IsValidation(err) {
		t.Errorf("an appreciation from a stranger: %v", err)
	}
	if _, err := s.SendAppreciation(ctx, zoe.ID, " ", false); !model.IsValidation(err) {
		t.Errorf("an empty appreciation: %v", err)
	}
	got, _ := s.AppreciationsFor(ctx, lukasz.ID, s.today().AddDays(-14))
	if len(got) != 1 || got[0].ID != a.ID {
		t.Fatalf("Łukasz received %+v", got)
	}
	if mine, _ := s.AppreciationsFor(ctx, zoe.ID, s.today().AddDays(-14)); len(mine) != 0 {
		t.Errorf("Zoë received her own note: %+v", mine)
	}
	if err := s.SetAppreciationPrintable(ctx, a.ID, true); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Appreciations(ctx); !all[0].Printable {
		t.Error("not printable after being marked so")
	}
	if err := s.DeleteAppreciation(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.SetAppreciationPrintable(ctx, a.ID, false); !errors.Is(err, ErrAppreciationGone) {
		t.Errorf("marking a deleted note: %v", err)
	}
}

func TestARequestIsAnsweredAndBecomesSomething(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	zoe, lukasz := setUp(t, s)
	r, err := s.MakeRequest(ctx, zoe.ID, "Two hours alone after work", "Then a film together")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AnswerRequest(ctx, r.ID, zoe.ID, model.ReplyAgree, ""); !model.IsValidation(err) {
		t.Errorf("Zoë agreed to her own request: %v", err)
	}
	if _, err := s.RequestToRitual(ctx, r.ID); !model.IsValidation(err) {
		t.Errorf("an unanswered request became a ritual: %v", err)
	}
	if _, err := s.AnswerRequest(ctx, r.ID, lukasz.ID, model.ReplyCounter, " "); !model.IsValidation(err) {
		t.Errorf("a counter-proposal without words: %v", err)
	}
	r, err = s.AnswerRequest(ctx, r.ID, lukasz.ID, model.ReplyCounter, "One hour, then a walk and a film")
	if err != nil {
		t.Fatal(err)
	}
	// Zoë accepts the counter-proposal: it is what they agreed.
	if r, err = s.AnswerRequest(ctx, r.ID, zoe.ID, model.ReplyAgree, ""); err != nil {
		t.Fatal(err)
	}
	if r.Reply != model.ReplyAgree || r.Agreed() != "One hour, then a walk and a film" || r.AnsweredOn != s.today() {
		t.Fatalf("after accepting: %+v", r)
	}
	a, err := s.RequestToAgreement(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "One hour, then a walk and a film" || a.RequestID != r.ID || a.Revisit != model.DateOf(s.today().Time().AddDate(0, 3, 0)) {
		t.Errorf("agreement %+v", a)
	}
	reqs, _ := s.Requests(ctx)
	if len(reqs) != 1 || reqs[0].Became != model.BecameAgreement {
		t.Errorf("the request does not say it became an agreement: %+v", reqs)
	}

	// Another one, agreed as proposed, goes into the calendar and the rituals.
	r2, _ := s.MakeRequest(ctx, lukasz.ID, "Слишком мало времени вдвоём", strings.Repeat("Долгая прогулка ", 20))
	if _, err := s.AnswerRequest(ctx, r2.ID, zoe.ID, model.ReplyAgree, ""); err != nil {
		t.Fatal(err)
	}
	b, err := s.RequestToBlock(ctx, r2.ID)
	if err != nil {
		t.Fatal(err)
	}
	tomorrow := s.today().AddDays(1)
	if b.Kind != model.KindJoint || b.Start.Date != tomorrow || !slices.Equal(b.Days, []time.Weekday{tomorrow.Time().Weekday()}) ||
		len([]rune(b.Title)) > model.MaxTitleLen || !strings.HasPrefix(b.Title, "Долгая прогулка") {
		t.Errorf("block %+v", b)
	}
	rit, err := s.RequestToRitual(ctx, r2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if rit.Who != model.Shared || rit.Cadence != (model.Cadence{Times: 1, Per: model.PerWeek}) {
		t.Errorf("ritual %+v", rit)
	}
	view, _ := s.Calendar(ctx, tomorrow, tomorrow.AddDays(8))
	n := 0
	for _, o := range view.Occurrence {
		if o.Block.ID == b.ID {
			n++
		}
	}
	if n != 2 {
		t.Errorf("the weekly block shows %d times in eight days, want 2", n)
	}
	if err := s.DeleteRequest(ctx, r2.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AnswerRequest(ctx, r2.ID, zoe.ID, model.ReplyTalk, ""); !errors.Is(err, ErrRequestGone) {
		t.Errorf("answering a deleted request: %v", err)
	}
}

func TestAgreementsAreKeptAndRevisited(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	setUp(t, s)
	a, err := s.SaveAgreement(ctx, model.Agreement{Text: "We ask each other not to plan for the other without asking.", Revisit: s.today().AddDays(30)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Agreed != s.today() || a.DueForRevisit(s.today()) || !a.DueForRevisit(s.today().AddDays(30)) {
		t.Errorf("agreement %+v", a)
	}
	if _, err := s.SaveAgreement(ctx, model.Agreement{Text: "x", Revisit: s.today().AddDays(-1)}); !model.IsValidation(err) {
		t.Errorf("a revisit day before the agreement: %v", err)
	}
	a.Text = "We ask each other to ask first."
	if _, err := s.SaveAgreement(ctx, a); err != nil {
		t.Fatal(err)
	}
	all, _ := s.Agreements(ctx)
	if len(all) != 1 || all[0].Text != a.Text {
		t.Fatalf("agreements %+v", all)
	}
	if err := s.DeleteAgreement(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveAgreement(ctx, a); !errors.Is(err, ErrAgreementGone) {
		t.Errorf("saving a deleted agreement: %v", err)
	}
}

func TestHealthChecksArePrivateUnlessShared(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	zoe, lukasz := setUp(t, s)
	week := s.WeekOf(ctx, s.today())
	if _, err := s.SaveHealthCheck(ctx, model.HealthCheck{PartnerID: zoe.ID, Week: s.today(), Physical: 3, Mental: 2, Emotional: 4, Note: "Zmęczona", Private: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveHealthCheck(ctx, model.HealthCheck{PartnerID: lukasz.ID, Week: s.today(), Physical: 6, Mental: 2, Emotional: 4}); !model.IsValidation(err) {
		t.Errorf("a 6 of 5: %v", err)
	}
	forLukasz, _ := s.Health(ctx, s.today(), lukasz.ID)
	if len(forLukasz.Checks) != 0 || forLukasz.Due[zoe.ID] {
		t.Errorf("Łukasz sees Zoë's private check: %+v", forLukasz)
	}
	forZoe, _ := s.Health(ctx, s.today(), zoe.ID)
	if h := forZoe.ThisWeek[zoe.ID]; h.Week != week || h.Note != "Zmęczona" || forZoe.Due[zoe.ID] || !forZoe.Due[lukasz.ID] {
		t.Errorf("Zoë's view %+v", forZoe)
	}
	// Shared, the same week's check is one row, now visible to Łukasz.
	if _, err := s.SaveHealthCheck(ctx, model.HealthCheck{PartnerID: zoe.ID, Week: week.AddDays(3), Physical: 3, Mental: 3, Emotional: 4}); err != nil {
		t.Fatal(err)
	}
	forLukasz, _ = s.Health(ctx, s.today(), lukasz.ID)
	if len(forLukasz.Checks) != 1 || forLukasz.Checks[0].Mental != 3 {
		t.Errorf("after sharing: %+v", forLukasz.Checks)
	}
	if err := s.SetHealthCadence(ctx, lukasz.ID, 9); !model.IsValidation(err) {
		t.Errorf("every nine weeks: %v", err)
	}
	if err := s.SetHealthCadence(ctx, zoe.ID, 1); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Health(ctx, s.today().AddDays(7), zoe.ID); !v.Due[zoe.ID] || v.Every[zoe.ID] != 1 {
		t.Errorf("weekly: next week is due: %+v", v)
	}
	c := HealthChart(forLukasz)
	if len(c.Categories) != HealthWeeks || c.Categories[HealthWeeks-1] == "" || len(c.Series) != 1 || c.Series[0].Values[HealthWeeks-1] != 10.0/3 {
		t.Errorf("trend %v %+v", c.Categories, c.Series)
	}
	if got := HealthWeekWords(forLukasz, HealthWeeks-1); !strings.Contains(got, "mental 3 (so-so)") {
		t.Errorf("the week's checks in words: %q", got)
	}
}

func TestTheJournalIsPerPartnerAndSearchable(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	zoe, lukasz := setUp(t, s)
	for _, text := range []string{"Kawa w Café Nero ☕", "Spacer nad Wisłą", "北京的冬天很冷"} {
		if _, err := s.SaveJournalEntry(ctx, model.JournalEntry{PartnerID: zoe.ID, Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.SaveJournalEntry(ctx, model.JournalEntry{PartnerID: lukasz.ID, Text: "Mój dziennik"}); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"": 3, "cafe": 1, "WISŁĄ": 1, "wisla": 1, "冬天": 1, "dziennik": 0} {
		if got, _ := s.Journal(ctx, zoe.ID, q); len(got) != want {
			t.Errorf("search %q: %d entries, want %d", q, len(got), want)
		}
	}
	page, _ := s.Journal(ctx, lukasz.ID, "")
	if len(page) != 1 {
		t.Fatalf("Łukasz's journal: %+v", page)
	}
	page[0].Text = "Mój dziennik, dłuższy"
	if _, err := s.SaveJournalEntry(ctx, page[0]); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Journal(ctx, lukasz.ID, "dłuższy"); len(got) != 1 || got[0].ID != page[0].ID {
		t.Errorf("an edited page: %+v", got)
	}
	if err := s.DeleteJournalEntry(ctx, zoe.ID, page[0].ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Journal(ctx, lukasz.ID, ""); len(got) != 1 {
		t.Error("Zoë deleted a page of Łukasz's journal")
	}
	// It never reaches the shared folder.
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
	other := newService(t)
	if err := other.JoinHousehold(ctx, shared, "", "Łukasz", ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := other.Journal(ctx, lukasz.ID, ""); len(got) != 0 {
		t.Errorf("the journal travelled through the folder: %+v", got)
	}
}

func TestTheEighthSignJoinsAnExistingListOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, dir, Options{Now: steadyClock, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	setUp(t, s)
	// A household from before the eighth sign: seven signs, one reworded.
	err = s.store.Update(ctx, func(tx *storage.Tx) error {
		ranks := model.RanksSpread(7)
		for i, d := range model.DefaultSigns[:7] {
			text := d.Text
			if i == 0 {
				text = "Our own words"
			}
			if err := tx.PutSign(model.Sign{ID: storage.DerivedID("default-sign", d.Key), Text: text, Kind: d.Kind, Rank: ranks[i]}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	signs, err := s.Signs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	measured := storage.DerivedID("default-sign", model.MeasuredSign)
	if len(signs) != len(model.DefaultSigns) || signs[7].ID != measured || signs[0].Text != "Our own words" {
		t.Fatalf("signs %+v", signs)
	}
	if err := s.RetireSign(ctx, measured, true); err != nil {
		t.Fatal(err)
	}
	s.Close()
	again, err := Open(ctx, dir, Options{Now: steadyClock, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	signs, _ = again.Signs(ctx)
	if len(signs) != len(model.DefaultSigns) || !signs[7].Retired {
		t.Errorf("after reopening, the retired eighth sign came back or doubled: %+v", signs)
	}
}

// A household from before the newer signs keeps its signs and ratings,
// gains the newer signs once, and its list then leans as much each way.
func TestAnOldHouseholdGainsTheNewerSignsOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	open := func() *Service {
		s, err := Open(ctx, dir, Options{Now: steadyClock, Secrets: &fakeKeychain{secrets: map[string]string{}}})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := open()
	zoe, _ := setUp(t, s)
	month := MonthOf(s.today())
	var old []model.Sign
	var ratings []model.Rating
	err := s.store.Update(ctx, func(tx *storage.Tx) error {
		ranks := model.RanksSpread(8)
		for i, d := range model.DefaultSigns[:8] {
			sg := model.Sign{ID: storage.DerivedID("default-sign", d.Key), Text: d.Text, Kind: d.Kind, Rank: ranks[i]}
			r := model.Rating{ID: tx.RatingID(month, zoe.ID, sg.ID), Month: month, PartnerID: zoe.ID, SignID: sg.ID, Score: 3 * (i % 2)}
			old, ratings = append(old, sg), append(ratings, r)
			if err := tx.PutSign(sg); err != nil {
				return err
			}
			if err := tx.PutRating(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	want := model.GaugeFor(month, zoe.ID, ratings, old)
	for range 2 {
		again := open()
		v, err := again.Balance(ctx, month)
		again.Close()
		if err != nil {
			t.Fatal(err)
		}
		side := map[model.Lean]int{}
		for _, sg := range v.Signs {
			side[sg.Kind]++
		}
		if len(v.Signs) != len(model.DefaultSigns) || side[model.LeanIndependent] != side[model.LeanTogether] {
			t.Fatalf("after the update: %d signs, %v per side", len(v.Signs), side)
		}
		if got := v.Partners[0].Gauge; got != want || len(v.Partners[0].Scores) != 8 {
			t.Errorf("the month's ratings read differently after the update: %+v, was %+v", got, want)
		}
	}
}

func TestTheDemoHasSomethingWorthTalkingAbout(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	setUp(t, s)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	_, partners, _ := s.Household(ctx)
	for _, viewer := range []string{"", partners[0].ID, partners[1].ID} {
		signals, err := s.WorthTalkingAbout(ctx, viewer)
		if err != nil {
			t.Fatal(err)
		}
		var health []string
		for _, sg := range signals {
			if sg.Key == "health" {
				health = append(health, sg.PartnerID)
			}
		}
		// The first partner shares her falling checks; the second keeps his private.
		if !slices.Equal(health, []string{partners[0].ID}) {
			t.Errorf("viewer %q: health signals for %v", viewer, health)
		}
	}
	slips, err := s.MeasuredSlips(ctx, s.today())
	if err != nil || len(slips) != 2 {
		t.Fatalf("slips %v %v", slips, err)
	}
}

// A partner's people of their own are theirs alone: the isolation signal
// they feed is seen by them, never by the other partner nor on paper, and
// a lock seals the list.
func TestPeopleOfOnesOwnFeedASignalOnlyTheirOwnerSees(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	zoe, lukasz := setUp(t, s)
	today := s.today()
	p, err := s.SavePerson(ctx, model.Person{PartnerID: zoe.ID, Name: "  Inès Moreau 🎻 ", How: "from the orchestra", EveryWeeks: 4,
		Added: today.AddDays(-120), LastMet: today.AddDays(-70)})
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Inès Moreau 🎻" || p.ID == "" {
		t.Fatalf("saved %+v", p)
	}
	if _, err := s.SavePerson(ctx, model.Person{PartnerID: zoe.ID, Name: "Тётя Наташа", EveryWeeks: 2, LastMet: today.AddDays(1)}); !model.IsValidation(err) {
		t.Errorf("a meeting tomorrow was noted: %v", err)
	}
	isolation := func(viewer string) bool {
		signals, err := s.WorthTalkingAbout(ctx, viewer)
		if err != nil {
			t.Fatal(err)
		}
		return slices.ContainsFunc(signals, func(sg model.Signal) bool { return sg.Key == "isolation" })
	}
	if !isolation(zoe.ID) || isolation(lukasz.ID) || isolation("") {
		t.Errorf("isolation seen by Zoë %v, by Łukasz %v, on paper %v; want Zoë alone", isolation(zoe.ID), isolation(lukasz.ID), isolation(""))
	}
	if err := s.MetToday(ctx, zoe.ID, p.ID); err != nil {
		t.Fatal(err)
	}
	if isolation(zoe.ID) {
		t.Error("meeting Inès today did not end the signal")
	}
	if got, _ := s.People(ctx, lukasz.ID); len(got) != 0 {
		t.Errorf("Łukasz's list holds Zoë's people: %+v", got)
	}
	if err := s.SetLock(ctx, zoe.ID, liamPassword); err != nil {
		t.Fatal(err)
	}
	if err := s.Lock(ctx, zoe.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.People(ctx, zoe.ID); !errors.Is(err, ErrPeopleLocked) {
		t.Errorf("a locked list reads: %v", err)
	}
	if strings.Contains(exportString(t, s), "Inès") {
		t.Error("a locked partner's people are in the export")
	}
	if err := s.DeletePerson(ctx, zoe.ID, p.ID); !errors.Is(err, ErrPeopleLocked) {
		t.Errorf("a locked list lost someone: %v", err)
	}
}
