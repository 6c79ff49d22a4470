package forms

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// presenceButton is the tap's button of a word.
func presenceButton(t *testing.T, p *Presence, word string) *widget.Button {
	t.Helper()
	for _, b := range p.buttons {
		if b.Text == word {
			return b
		}
	}
	t.Fatalf("the presence tap has no %q", word)
	return nil
}

// A joint block that happened offers the tap in its dialog: on a computer
// of nobody's, the partner chosen in "Rating as" rates; the other's rating
// shows only once both rated.
func TestAJointBlockThatHappenedAsksHowPresentItFelt(t *testing.T) {
	h := newTestHost(t, false)
	h.newHousehold(t)
	yesterday := h.Today().AddDays(-1)
	b, err := h.svc.SaveBlock(h.ctx, model.Block{Title: "Dîner sans téléphones 📵 — 晚饭", Kind: model.KindJoint,
		Start: model.WallTime{Date: yesterday, Minute: 19 * 60}, End: model.WallTime{Date: yesterday, Minute: 21 * 60}})
	if err != nil {
		t.Fatal(err)
	}
	future := b
	future.ID = ""
	if f := ShowBlock(h, future, model.Date{}, nil); f.presence != nil {
		t.Fatal("a new block asks how present it felt")
	}
	f := ShowBlock(h, b, yesterday, nil)
	p := f.presence
	if p == nil || p.as == nil {
		t.Fatal("the joint block that happened offers no tap, or no Rating as on a computer of nobody's")
	}
	a, other := h.partners[0], h.partners[1]
	test.Tap(presenceButton(t, p, "Really together"))
	if want := "Waiting for " + other.Short(); !strings.Contains(p.Status(), want) {
		t.Fatalf("after %s's tap the tap says %q, want %q", a.Short(), p.Status(), want)
	}
	if presenceButton(t, p, "Really together").Importance != widget.HighImportance {
		t.Error("the chosen word is not shown as chosen")
	}
	p.as.SetSelectedIndex(1)
	if !strings.Contains(p.Status(), a.Short()+" said how present it felt") || presenceButton(t, p, "Really together").Importance == widget.HighImportance {
		t.Fatalf("%s sees %q before rating", other.Short(), p.Status())
	}
	test.Tap(presenceButton(t, p, "Partly there"))
	if want := other.Short() + ": Partly there · " + a.Short() + ": Really together"; p.Status() != want {
		t.Fatalf("after both rated: %q, want %q", p.Status(), want)
	}
	f.dialog.Hide()
}

// On a computer that belongs to a partner, the tap rates for them alone.
func TestThePresenceTapOnAPartnersComputerRatesForThemOnly(t *testing.T) {
	h := newTestHost(t, false)
	h.newHousehold(t)
	if err := h.svc.SetThisPartner(h.ctx, h.partners[1].ID); err != nil {
		t.Fatal(err)
	}
	r, err := h.svc.SaveRitual(h.ctx, model.Ritual{Title: "Walk", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: h.Today().AddDays(-7)})
	if err != nil {
		t.Fatal(err)
	}
	p := NewPresence(h, model.Occasion{Kind: model.OccasionRitual, RefID: r.ID, Day: h.Today()}, "“Walk” today", nil)
	if p.as != nil {
		t.Fatal("a partner's computer offers to rate as the other")
	}
	test.Tap(presenceButton(t, p, "Present"))
	got, err := h.svc.Presence(h.ctx, model.Occasion{Kind: model.OccasionRitual, RefID: r.ID, Day: h.Today()}, h.partners[1].ID)
	if err != nil || got.Mine != 3 {
		t.Fatalf("the tap rated %+v %v for this computer's partner", got, err)
	}
}

// newHousehold makes the household Zoë & Łukasz with names longer than a
// lane's label, as people type them.
func (h *testHost) newHousehold(t *testing.T) {
	t.Helper()
	err := h.svc.SaveHousehold(h.ctx, app.HouseholdSetup{Name: "Zoë & Łukasz", Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: "Zoë-Éloïse Marchand-Ortega 🌻", Color: "#3b82f6"}, B: app.PartnerSetup{Name: "Łukasz محمد", Color: "#e07a5f"}})
	if err != nil {
		t.Fatal(err)
	}
	h.reload()
}
