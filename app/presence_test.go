package app

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
)

// sharedRitual saves a shared ritual that began a month ago.
func sharedRitual(t *testing.T, s *Service, title string, who model.Owner) model.Ritual {
	t.Helper()
	r, err := s.SaveRitual(context.Background(), model.Ritual{Title: title, Who: who,
		Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: s.today().AddDays(-40)})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPresenceIsRatedOnceByEachAndShownWhenBothRated(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, b := setUp(t, s)
	r := sharedRitual(t, s, "Thé sans écrans 🍵 — 茶の時間", model.Shared)
	occ := model.Occasion{Kind: model.OccasionRitual, RefID: r.ID, Day: s.today().AddDays(-1)}
	if err := s.RatePresence(ctx, occ, a.ID, 3); err != nil {
		t.Fatal(err)
	}
	mine, err := s.Presence(ctx, occ, a.ID)
	if err != nil || mine != (OccasionPresence{Mine: 3}) {
		t.Fatalf("Zoë sees %+v %v, want her 3 alone", mine, err)
	}
	theirs, err := s.Presence(ctx, occ, b.ID)
	if err != nil || theirs != (OccasionPresence{TheyRated: true}) {
		t.Fatalf("Łukasz sees %+v %v before he rated, want only that Zoë rated", theirs, err)
	}
	months, err := s.PresenceMonths(ctx, occ.Day, occ.Day)
	if err != nil || months[0][0].Occasions != 0 {
		t.Fatalf("a held rating counts in the months: %+v %v", months, err)
	}
	// She changes her mind; then he rates: both see both.
	if err := s.RatePresence(ctx, occ, a.ID, 4); err != nil {
		t.Fatal(err)
	}
	if err := s.RatePresence(ctx, occ, b.ID, 2); err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		reader string
		want   OccasionPresence
	}{{a.ID, OccasionPresence{Mine: 4, Theirs: 2, Both: true, TheyRated: true}}, {b.ID, OccasionPresence{Mine: 2, Theirs: 4, Both: true, TheyRated: true}}} {
		if got, err := s.Presence(ctx, occ, x.reader); err != nil || got != x.want {
			t.Errorf("reader %s sees %+v %v, want %+v", x.reader, got, err, x.want)
		}
	}
	ratings, err := s.Store().PresenceRatings(ctx)
	if err != nil || len(ratings) != 2 || ratings[0].Private || ratings[1].Private {
		t.Fatalf("ratings after both rated: %+v %v", ratings, err)
	}
	months, err = s.PresenceMonths(ctx, occ.Day, occ.Day)
	if err != nil || len(months) != 2 || months[0][0].Mean != 4 || months[1][0].Mean != 2 {
		t.Fatalf("months %+v %v", months, err)
	}
}

func TestPresenceRefusesWhatIsNotTimeTogetherThatHappened(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, _ := setUp(t, s)
	shared := sharedRitual(t, s, "Walk", model.Shared)
	solo := sharedRitual(t, s, "Run alone", model.Owner(a.ID))
	yesterday := s.today().AddDays(-1)
	for _, tc := range []struct {
		name    string
		occ     model.Occasion
		partner string
		rating  int
	}{
		{"tomorrow", model.Occasion{Kind: model.OccasionRitual, RefID: shared.ID, Day: s.today().AddDays(1)}, a.ID, 3},
		{"a solo ritual", model.Occasion{Kind: model.OccasionRitual, RefID: solo.ID, Day: yesterday}, a.ID, 3},
		{"no such block", model.Occasion{Kind: model.OccasionBlock, RefID: shared.ID, Day: yesterday}, a.ID, 3},
		{"a stranger", model.Occasion{Kind: model.OccasionRitual, RefID: shared.ID, Day: yesterday}, "01970000-0000-7000-8000-00000000bad1", 3},
		{"zero", model.Occasion{Kind: model.OccasionRitual, RefID: shared.ID, Day: yesterday}, a.ID, 0},
		{"five", model.Occasion{Kind: model.OccasionRitual, RefID: shared.ID, Day: yesterday}, a.ID, model.PresenceScale + 1},
	} {
		if err := s.RatePresence(ctx, tc.occ, tc.partner, tc.rating); err == nil {
			t.Errorf("%s: rated", tc.name)
		}
	}
	if ratings, _ := s.Store().PresenceRatings(ctx); len(ratings) != 0 {
		t.Fatalf("refused ratings were kept: %+v", ratings)
	}
}

// On a computer that belongs to one partner, the other cannot be rated for.
func TestPresenceOnAPartnersComputerIsTheirsAlone(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, b := setUp(t, s)
	r := sharedRitual(t, s, "Dinner", model.Shared)
	occ := model.Occasion{Kind: model.OccasionRitual, RefID: r.ID, Day: s.today()}
	if err := s.SetThisPartner(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	err := s.RatePresence(ctx, occ, b.ID, 4)
	var ve *model.ValidationError
	if !errors.As(err, &ve) || !strings.Contains(ve.Error(), "Łukasz says how present it felt on their own computer") {
		t.Fatalf("rating as Łukasz on Zoë's computer: %v", err)
	}
	if err := s.RatePresence(ctx, occ, a.ID, 4); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Presence(ctx, occ, b.ID); got.Mine != 0 || got.Theirs != 0 || !got.TheyRated {
		t.Fatalf("Łukasz sees %+v", got)
	}
}
