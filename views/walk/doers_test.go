package walk

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// walkStepDoer opens a shared goal with steps by double-clicking its card,
// chooses in its first step's own choice another partner to do it, and
// saves: the goal must then name that partner for the step. The step is
// then given back to whoever did it before, the same way.
func walkStepDoer(t *testing.T, c combo, page string) {
	t.Helper()
	card, g := sharedCardWithSteps()
	if card == nil {
		t.Errorf("%s: no shared goal with steps is on screen", page)
		return
	}
	step := g.Checklist[0]
	other := chooseStepDoer(t, c, page, card, step.Doer, true)
	if other == "" {
		return
	}
	if got := stepDoer(t, g.ID, step.ID); got != other {
		t.Errorf("%s: choosing who does %q saved %q, want %q", page, step.Text, got, other)
	}
	card, _ = sharedCardWithSteps()
	chooseStepDoer(t, c, page, card, step.Doer, false)
	if got := stepDoer(t, g.ID, step.ID); got != step.Doer {
		t.Errorf("%s: giving %q back saved %q, want %q", page, step.Text, got, step.Doer)
	}
}

// sharedCardWithSteps is the first card on screen of a shared goal with
// steps, and its goal.
func sharedCardWithSteps() (*widgets.GoalCard, model.Goal) {
	for _, card := range boardCards() {
		var g model.Goal
		onUI(func() { g = card.Goal })
		if _, ok := cardCentre(card); ok && g.Owner == model.Shared && len(g.Checklist) > 0 {
			return card, g
		}
	}
	return nil, model.Goal{}
}

// chooseStepDoer opens the card's goal form, and in the first step's
// choice picks another partner than was (other) or was itself, then
// saves; it returns who the choice names.
func chooseStepDoer(t *testing.T, c combo, page string, card *widgets.GoalCard, was model.Owner, other bool) model.Owner {
	t.Helper()
	form := openByDoubleClick(t, page, card)
	if form == nil {
		return ""
	}
	sel := selectOffering(form, "Anyone")
	if sel == nil {
		t.Errorf("%s: the shared goal's form has no choice of who does a step", page)
		key(t, "Escape")
		return ""
	}
	if !scrollIntoView(sel) {
		t.Errorf("%s: the step's doer choice cannot be scrolled into view", page)
	}
	option, who := doerOption(t, sel, was, other)
	click(t, sel)
	at, ok := textOnTop(option)
	if !ok {
		screenshot(t, fileName(c.String(), "step-doer-not-offered"))
		t.Fatalf("%s: opening the step's doer choice shows no %q", page, option)
	}
	screenshot(t, fileName(c.String(), pageName(page, c)+" step doer"))
	clickAt(t, at, "1")
	var chosen string
	onUI(func() { chosen = sel.Selected })
	if chosen != option {
		t.Errorf("%s: clicking %q in the doer choice chose %q", page, option, chosen)
	}
	click(t, findButton(form, "Save"))
	checkFyneErrors(t, page+" step doer")
	return who
}

// openByDoubleClick double-clicks a card and returns the form it opened.
func openByDoubleClick(t *testing.T, page string, card *widgets.GoalCard) fyne.CanvasObject {
	t.Helper()
	at, ok := cardCentre(card)
	if !ok {
		t.Errorf("%s: the card is not on screen", page)
		return nil
	}
	var before fyne.CanvasObject
	onUI(func() { before = topOverlay(h.win.Canvas()) })
	moveTo(t, at)
	time.Sleep(30 * time.Millisecond)
	xdo(t, "click", "--repeat", "2", "--delay", "80", "1")
	settle()
	var form fyne.CanvasObject
	onUI(func() { form = topOverlay(h.win.Canvas()) })
	if form == nil || form == before {
		t.Errorf("%s: double-clicking a card opened no form", page)
		return nil
	}
	return form
}

// doerOption is the option of sel to pick and who it names: with other,
// the first partner who is not was; without, was itself. The options are
// Anyone, each partner in order, Both.
func doerOption(t *testing.T, sel *widget.Select, was model.Owner, other bool) (string, model.Owner) {
	t.Helper()
	_, partners, err := h.session.Service.Household(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	owners := []model.Owner{""}
	for _, p := range partners {
		owners = append(owners, model.Owner(p.ID))
	}
	owners = append(owners, model.Shared)
	var options []string
	onUI(func() { options = sel.Options })
	for i, o := range owners {
		partner := o != "" && o != model.Shared
		if i < len(options) && ((other && partner && o != was) || (!other && o == was)) {
			return options[i], o
		}
	}
	t.Fatalf("the doer choice offers %q", options)
	return "", ""
}

// stepDoer is who a goal's step names, as saved.
func stepDoer(t *testing.T, goalID, stepID string) model.Owner {
	t.Helper()
	for _, s := range goal(t, goalID).Checklist {
		if s.ID == stepID {
			return s.Doer
		}
	}
	t.Fatalf("goal %s has no step %s", goalID, stepID)
	return ""
}
