package app

import (
	"context"
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

func TestLivingVennAgreesWithTheResourcePanel(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	for _, span := range []Span{SpanWeek, SpanMonth, SpanQuarter} {
		for _, r := range model.Resources {
			got, err := s.LivingVenn(ctx, span, s.today(), r, nil)
			if err != nil {
				t.Fatal(err)
			}
			panel, err := s.Resources(ctx, span, s.today())
			if err != nil {
				t.Fatal(err)
			}
			want := VennOf(panel, r, true, "This "+string(span))
			if got.OwnA != want.OwnA || got.OwnB != want.OwnB || got.Shared != want.Shared || got.Shape != want.Shape || got.Words != want.Words {
				t.Errorf("%s, %s: %+v, the panel says %+v", span, r, got, want)
			}
			if got.Shape.Empty() || got.Shared == 0 {
				t.Errorf("%s, %s: the demo plans shared %s, the picture has none", span, r, r)
			}
		}
	}
}

func TestLivingVennNamesASpanThatIsNotThisOne(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	for span, want := range map[Span]string{SpanMonth: "In October 2026 ", SpanQuarter: "In 2026-Q3 "} {
		day := model.Date{Year: 2026, Month: 10, Day: 5}
		if span == SpanQuarter {
			day = model.Date{Year: 2026, Month: 8, Day: 5}
		}
		v, err := s.LivingVenn(ctx, span, day, model.Time, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(v.Words, want) {
			t.Errorf("%s: %q", span, v.Words)
		}
	}
	if v, _ := s.LivingVenn(ctx, SpanWeek, s.today(), model.Time, nil); !strings.HasPrefix(v.Words, "This week ") {
		t.Errorf("this week: %q", v.Words)
	}
	// The words are in the language the caller asks for, whatever the
	// window speaks.
	if v, _ := s.LivingVenn(ctx, SpanWeek, s.today(), model.Time, i18n.For("de")); !strings.HasPrefix(v.Words, "Diese Woche: ") {
		t.Errorf("this week in German: %q", v.Words)
	}
}

func TestLivingVennOfAnEmptyHouseholdSaysWhatToDo(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	setUp(t, s)
	v, err := s.LivingVenn(ctx, SpanWeek, s.today(), model.Money, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !v.Shape.Empty() || v.Words != "No money is planned for this week yet: allocate some to your goals on the Resources tab." {
		t.Errorf("%+v", v)
	}
}

func TestClosenessChoicesArePrivateUntilShared(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, b := setUp(t, s)
	month := MonthOf(s.today())
	for _, bad := range []model.Closeness{
		{Month: month, PartnerID: a.ID, Now: 0, Wished: 3},
		{Month: month, PartnerID: a.ID, Now: 3, Wished: 8},
		{Month: month, PartnerID: "someone else", Now: 3, Wished: 3},
	} {
		if err := s.SaveCloseness(ctx, bad); !model.IsValidation(err) {
			t.Errorf("%+v accepted: %v", bad, err)
		}
	}
	// Any day of the month stands for the month.
	if err := s.SaveCloseness(ctx, model.Closeness{Month: month.AddDays(9), PartnerID: a.ID, Now: 3, Wished: 5, Private: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCloseness(ctx, model.Closeness{Month: month, PartnerID: b.ID, Now: 6, Wished: 6}); err != nil {
		t.Fatal(err)
	}
	asB, err := s.Closeness(ctx, month, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := asB.Choices[a.ID]; ok || asB.Choices[b.ID].Now != 6 {
		t.Fatalf("as %s: %+v", b.Name, asB.Choices)
	}
	if last := asB.Trends[a.ID][len(asB.Trends[a.ID])-1]; last.Now != 0 || len(asB.Trends[a.ID]) != BalanceMonths {
		t.Errorf("%s's private pictures are in %s's trend: %+v", a.Name, b.Name, asB.Trends[a.ID])
	}
	// Shown: saved again, same row.
	if err := s.SaveCloseness(ctx, model.Closeness{Month: month, PartnerID: a.ID, Now: 4, Wished: 5}); err != nil {
		t.Fatal(err)
	}
	asB, _ = s.Closeness(ctx, month, b.ID)
	if got := asB.Choices[a.ID]; got.Now != 4 || got.Private {
		t.Errorf("after showing: %+v", got)
	}
	all, _ := s.store.Closeness(ctx)
	if len(all) != 2 {
		t.Errorf("%d rows for two partners' month", len(all))
	}
	if !strings.Contains(exportString(t, s), `"closeness"`) {
		t.Error("the export has no closeness key")
	}
}
