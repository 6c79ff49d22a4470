package views

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/views/widgets"
)

// windowText is every label's text in the window and its dialogs.
func windowText(w fyne.Window) string {
	var sb strings.Builder
	roots := append([]fyne.CanvasObject{w.Canvas().Content()}, w.Canvas().Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			switch l := o.(type) {
			case *widget.Label:
				if l.Visible() {
					sb.WriteString(l.Text + "\n")
				}
			case *widgets.FitLabel:
				if l.Visible() {
					sb.WriteString(l.Text + "\n")
				}
			}
		}
	}
	return sb.String()
}

func TestCheckinAnswerRevealAndPrivate(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	maya, liam := ui.partners[0], ui.partners[1]
	if s.readerID != maya.ID || len(s.view.Prompts) != 3 {
		t.Fatalf("answering as %q with %d prompts", s.readerID, len(s.view.Prompts))
	}
	prompts := s.view.Prompts
	// Maya answers: one for both, one private for good.
	test.Type(s.entries[prompts[0].ID], "The long run by the river")
	test.Type(s.entries[prompts[2].ID], "A little, about the weekend")
	s.vis[prompts[2].ID].SetSelected(model.VisiblePrivate.Label())
	test.Tap(s.save)
	if !strings.Contains(s.status.Text, "Liam has not answered yet") {
		t.Fatalf("status after Maya answered: %q", s.status.Text)
	}
	// Liam sits down at the same laptop: Maya's answer is not shown yet.
	s.reader.SetSelected(liam.Name)
	if s.readerID != liam.ID {
		t.Fatal("the reader did not change")
	}
	text := windowText(w)
	if strings.Contains(text, "The long run") || strings.Contains(text, "about the weekend") {
		t.Fatalf("Maya's answers show before Liam answered:\n%s", text)
	}
	if !strings.Contains(text, "Maya has answered; you will see it once you have answered too.") {
		t.Fatalf("no waiting note:\n%s", text)
	}
	test.Type(s.entries[prompts[0].ID], "Band practice")
	test.Tap(s.save)
	text = windowText(w)
	if !strings.Contains(text, "Maya: The long run by the river") {
		t.Fatalf("Maya's answer is not revealed after both answered:\n%s", text)
	}
	if strings.Contains(text, "about the weekend") || !strings.Contains(text, "Maya kept this answer private.") {
		t.Fatalf("Maya's private answer showed to Liam:\n%s", text)
	}
	// Typing and then leaving the week saves the words.
	test.Type(s.entries[prompts[1].ID], "Our Sunday walk")
	s.goToWeek(s.week.AddDays(-7))
	s.goToWeek(s.week.AddDays(7))
	if s.entries[prompts[1].ID].Text != "Our Sunday walk" {
		t.Fatalf("an answer typed before changing week was lost: %q", s.entries[prompts[1].ID].Text)
	}
	// History and search.
	s.tabs.SelectIndex(1)
	if len(s.history) != 1 || !strings.Contains(s.historyTitle(s.history[0]), "both answered") {
		t.Fatalf("history: %+v", s.history)
	}
	s.search.SetText("weekend")
	if len(s.history) != 0 {
		t.Fatal("search found Maya's private answer for Liam")
	}
	s.search.SetText("river")
	if len(s.history) != 1 {
		t.Fatal("search did not find the shared answer")
	}
}

func setUpHousehold(t *testing.T, ui *UI) {
	t.Helper()
	err := ui.svc.SaveHousehold(ui.ctx, app.HouseholdSetup{
		Name: "Maya & Liam", Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: "Maya", Color: "#3b82f6"}, B: app.PartnerSetup{Name: "Liam", Color: "#e07a5f"},
	})
	if err != nil {
		t.Fatal(err)
	}
	ui.showMain()
}

func TestCheckinPromptsAndBreathingAndTrend(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	if !strings.Contains(s.trendText.Text, "of the last 12 weeks") || len(s.trend.Objects) != trendWeeks {
		t.Fatalf("autonomy trend: %q, %d squares", s.trendText.Text, len(s.trend.Objects))
	}
	if _, err := ui.svc.SavePrompt(ui.ctx, model.Prompt{Text: "What do you want more of next week?"}); err != nil {
		t.Fatal(err)
	}
	s.reloadWeek()
	if len(s.view.Prompts) != 4 {
		t.Fatalf("%d prompts after adding one", len(s.view.Prompts))
	}
	b := ui.showBreathing()
	if b.cue.Text != "Breathe in…" {
		t.Fatalf("the pause starts with %q", b.cue.Text)
	}
	b.show(5 * time.Second)
	if b.cue.Text != "Breathe out…" || b.progress.Value <= 0 || !strings.Contains(b.left.Text, "4:55") {
		t.Fatalf("five seconds in: %q %v %q", b.cue.Text, b.progress.Value, b.left.Text)
	}
	b.show(pauseLength)
	if !strings.Contains(b.cue.Text, "Welcome back") || b.progress.Value != 1 {
		t.Fatalf("the end: %q", b.cue.Text)
	}
	b.dialog.Hide()
	if !b.done {
		t.Fatal("closing the pause did not stop it")
	}
}

func TestBalanceRatingShowsGaugeAndStrategies(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.tabs.SelectIndex(2)
	b := s.balance
	if len(b.view.Partners) != 2 || len(b.radios) != len(model.DefaultSigns) {
		t.Fatalf("balance view: %d partners, %d signs", len(b.view.Partners), len(b.radios))
	}
	// Liam leans together in the demo; rating as Maya, every "together" sign often.
	for _, sg := range b.view.Signs {
		word := model.ScoreWordsIn(nil)[0]
		if sg.Kind == model.LeanTogether {
			word = model.ScoreWordsIn(nil)[3]
		}
		b.radios[sg.ID].SetSelected(word)
	}
	b.save()
	text := windowText(w)
	if !strings.Contains(text, "Leaning together this month") || !strings.Contains(text, "Book a solo slot") {
		t.Fatalf("no lean or strategies after rating:\n%s", text)
	}
	if c := b.chart.Description(); len(c.Series) != 2 || !strings.Contains(c.Words(), "leaning together") {
		t.Fatalf("the trend chart does not show both partners, Liam leaning together: %q", c.Words())
	}
	// The couple's own sign is rated alongside the defaults.
	if _, err := ui.svc.SaveSign(ui.ctx, model.Sign{Text: "We only talk about logistics", Kind: model.LeanIndependent}); err != nil {
		t.Fatal(err)
	}
	b.reload()
	if len(b.radios) != len(model.DefaultSigns)+1 || !strings.Contains(windowText(w), "We only talk about logistics") {
		t.Fatalf("the couple's own sign is not offered (%d signs)", len(b.radios))
	}
}

func TestAnnualReviewSavesAndRetires(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.tabs.SelectIndex(checkinsReview)
	r := s.review
	if len(r.decisions) == 0 {
		t.Fatal("no rituals to review")
	}
	r.principles.SetText("Adventure, community, lifelong learning")
	r.answers[1].SetText("Yes — and I want more evenings alone")
	var retired string
	for id, radio := range r.decisions {
		radio.SetSelected("Retire")
		retired = id
		break
	}
	r.save()
	if r.status.Text != "Saved." {
		t.Fatalf("status %q", r.status.Text)
	}
	v, _ := ui.svc.Review(ui.ctx, ui.today().Year)
	if v.Review.AnswerB != "Yes — and I want more evenings alone" || v.Review.Principles == "" {
		t.Fatalf("saved review %+v", v.Review)
	}
	for _, rv := range v.Rituals {
		if rv.Ritual.ID == retired && !rv.Ritual.Archived {
			t.Fatal("the retired ritual was not archived")
		}
	}
}

// buttonsText is every button's text in the window and its dialogs.
func buttonsText(w fyne.Window) string {
	var sb strings.Builder
	roots := append([]fyne.CanvasObject{w.Canvas().Content()}, w.Canvas().Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			if b, ok := o.(*widget.Button); ok && b.Visible() {
				sb.WriteString(b.Text + "\n")
			}
		}
	}
	return sb.String()
}

func TestAutonomyIsTheirOwnChoice(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	maya, liam := ui.partners[0], ui.partners[1]
	autonomy := s.view.Prompts[2]
	if autonomy.Kind != model.PromptAutonomy || s.felt[autonomy.ID] == nil || len(s.felt) != 1 {
		t.Fatalf("the choice is offered on %d prompts", len(s.felt))
	}
	// Maya's words sound like a "no", her choice says "a little"; she
	// shares it now.
	test.Type(s.entries[autonomy.ID], "Nothing this week.")
	s.felt[autonomy.ID].SetSelected(model.FeltALittle.Label())
	s.vis[autonomy.ID].SetSelected(model.VisibleNow.Label())
	test.Tap(s.save)
	v, _ := ui.svc.Checkin(ui.ctx, s.week, maya.ID)
	if a, _ := v.Answer(maya.ID, autonomy.ID); a.Felt != model.FeltALittle || a.Text != "Nothing this week." {
		t.Fatalf("saved %+v", a)
	}
	if !strings.Contains(s.trendText.Text, "in 1 of the last 12 weeks") {
		t.Errorf("trend: %q", s.trendText.Text)
	}
	// Liam sees her choice with her words, and answers with a choice only.
	s.reader.SetSelected(liam.Name)
	if s.felt[autonomy.ID].Selected != "" {
		t.Error("Maya's choice shows in Liam's own answer")
	}
	if !strings.Contains(windowText(w), "Maya: A little — Nothing this week.") {
		t.Errorf("Liam does not see Maya's choice:\n%s", windowText(w))
	}
	s.felt[autonomy.ID].SetSelected(model.FeltRatherNot.Label())
	test.Tap(s.save)
	v, _ = ui.svc.Checkin(ui.ctx, s.week, liam.ID)
	if a, ok := v.Answer(liam.ID, autonomy.ID); !ok || a.Felt != model.FeltRatherNot || !v.Marks.Both() {
		t.Fatalf("Liam's choice alone: %+v, both answered %v", a, v.Marks.Both())
	}
	// The balance tab counts the month's choices.
	s.tabs.SelectIndex(2)
	if !strings.Contains(windowText(w), "Autonomy in November: felt it compromised in 1 of 1 week answered (1 a little, 0 yes)") {
		t.Errorf("the balance tab lacks Maya's autonomy line:\n%s", windowText(w))
	}
}

func TestAnAnswerWrittenForHerOnTheOtherComputerIsShownBesideHers(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	maya, liam := ui.partners[0], ui.partners[1]
	if err := ui.svc.SetThisPartner(ui.ctx, maya.ID); err != nil {
		t.Fatal(err)
	}
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	prompt := s.view.Prompts[0]
	test.Type(s.entries[prompt.ID], "Our walk by the river 🌊")
	s.vis[prompt.ID].SetSelected(model.VisibleNow.Label())
	test.Tap(s.save)
	// Liam's laptop, where they answered together, wrote an answer for Maya
	// too; it arrives with sync.
	laptop := storage.NewID()
	if err := ui.svc.Store().RememberDevicePartner(ui.ctx, laptop, liam.ID); err != nil {
		t.Fatal(err)
	}
	at := model.Stamp{WallMS: testClock().UnixMilli(), Device: laptop}
	row := storage.NewID()
	res, err := ui.svc.Store().ApplyFields(ui.ctx, []storage.SyncField{
		{Table: "checkins", RowID: row, Column: "week", Value: s.view.Week.String(), Stamp: at},
		{Table: "checkins", RowID: row, Column: "partner_id", Value: maya.ID, Stamp: at},
		{Table: "checkins", RowID: row, Column: "prompt_id", Value: prompt.ID, Stamp: at},
		{Table: "checkins", RowID: row, Column: "answer", Value: "The soup after the walk", Stamp: at},
		{Table: "checkins", RowID: row, Column: "visibility", Value: string(model.VisibleNow), Stamp: at},
		{Table: "checkins", RowID: row, Column: "private", Value: int64(0), Stamp: at},
	})
	if err != nil || res.Fields != 6 {
		t.Fatalf("merge: %+v %v", res, err)
	}
	s.reloadWeek()
	if got := s.entries[prompt.ID].Text; got != "Our walk by the river 🌊" {
		t.Fatalf("Maya's own answer gave way to the one from Liam's laptop: %q", got)
	}
	text := windowText(w)
	if !strings.Contains(text, "Also written for Maya on Liam's computer: “The soup after the walk”") {
		t.Fatalf("the other computer's answer is not shown beside hers:\n%s", text)
	}
	tapButtonLabelled(t, w, "Use these words")
	if got := s.entries[prompt.ID].Text; got != "The soup after the walk" || !s.dirty {
		t.Fatalf("“Use these words” gave %q (dirty %v)", got, s.dirty)
	}
	// Saved as hers, the same words are not shown twice.
	test.Tap(s.save)
	s.reloadWeek()
	if text := windowText(w); strings.Contains(text, "Also written") {
		t.Fatalf("the words taken into her answer are still shown beside it:\n%s", text)
	}
}
