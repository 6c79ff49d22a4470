package views

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/model"
)

// Getting help lists the directories of the country chosen (and the
// international ones), says what to do elsewhere, and adds a private goal
// of one's own to explore what matters.
func TestGettingHelpListsWhereToFindSomeone(t *testing.T) {
	ui, w := newTestUI(t, true)
	g := ui.showGettingHelp()
	g.country.SetSelected("United Kingdom")
	if findButton(t, w, "Open Relate") == nil || findButton(t, w, "Open ICEEFT") == nil {
		t.Fatal("the UK's directories are not listed")
	}
	g.country.SetSelected(otherCountry)
	if text := windowText(w); !strings.Contains(text, "Your doctor") {
		t.Fatalf("another country gets no advice:\n%s", text)
	}
	test.Tap(findButton(t, w, "Add a goal to explore what matters to me"))
	board, err := ui.svc.Board(ui.ctx, model.BoardFilter{Search: "Time to explore what matters to me"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, lane := range board.Lanes {
		for _, cell := range lane.Cells {
			for _, goal := range cell {
				found = found || (goal.Private && string(goal.Owner) == ui.thisPartnerID())
			}
		}
	}
	if !found {
		t.Fatal("no private goal of one's own to explore what matters")
	}
}

// The page for a first conversation is saved only once both partners have
// read it, and holds only the topics they kept.
func TestTheTalkPageWaitsForBothToReadIt(t *testing.T) {
	ui, _ := newTestUI(t, true)
	f := ui.showTalkPage()
	if len(f.topics) < 2 || !f.save.Disabled() {
		t.Fatalf("%d topics; save enabled before anyone read it: %v", len(f.topics), !f.save.Disabled())
	}
	f.read[0].SetChecked(true)
	if !f.save.Disabled() {
		t.Fatal("the page can be saved when only one of you read it")
	}
	f.read[1].SetChecked(true)
	if f.save.Disabled() {
		t.Fatal("both read it, yet it cannot be saved")
	}
	f.keep[1].SetChecked(false)
	f.words.SetText("Nous aimerions parler de notre temps à deux 🙂")
	path := filepath.Join(t.TempDir(), "talk.pdf")
	f.path.entry.SetText(path)
	test.Tap(f.save)
	waitFor(t, func() bool { _, err := os.Stat(path); return err == nil })
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	if !strings.Contains(text, f.topics[0].Title) || strings.Contains(text, f.topics[1].Title) || !strings.Contains(text, "Nous aimerions parler") {
		t.Fatalf("the page holds the wrong topics or words:\n%s", text)
	}
}

// The journal offers a question to reflect on; "Write about it" starts a
// page with it.
func TestTheJournalOffersQuestionsToReflectOn(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.tabs.SelectIndex(checkinsJournal)
	j := s.journal
	first := j.prompt.Text
	test.Tap(findButton(t, w, "Another question"))
	if j.prompt.Text == first || !strings.HasPrefix(j.prompt.Text, "A question for you: ") {
		t.Fatalf("another question: %q after %q", j.prompt.Text, first)
	}
	test.Tap(findButton(t, w, "Write about it"))
	if q := model.ReflectionPromptsIn(nil)[j.asked]; !strings.HasPrefix(j.editor.Text, q) || j.open.ID != "" {
		t.Fatalf("the new page starts %q, not with the question %q", j.editor.Text, q)
	}
}
