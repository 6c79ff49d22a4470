package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// openInner shows one of the check-ins' inner tabs.
func openInner(ui *UI, inner int) *checkinsScreen {
	ui.openCheckins(inner)
	return ui.checkinsTab()
}

// pick chooses a partner in a picker, as a click on the drop-down would.
func pick(p *partnerPicker, name string) { p.sel.SetSelected(name) }

func TestBetweenUsSendsAnAppreciationAndAnswersARequest(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	maya, liam := ui.partners[0], ui.partners[1]
	b := openInner(ui, checkinsBetween).between
	pick(b.writer, maya.Name)
	if b.send.Text != "Send to "+liam.Name {
		t.Fatalf("the send button says %q", b.send.Text)
	}
	test.Type(b.appreciation, "Merci for the crêpes 🥞 — и за терпение")
	test.Tap(b.printable)
	test.Tap(b.send)
	notes, _ := ui.svc.Appreciations(ui.ctx)
	if len(notes) != 1 || notes[0].ToID != liam.ID || !notes[0].Printable || !strings.Contains(notes[0].Text, "и за терпение") {
		t.Fatalf("sent %+v", notes)
	}
	if b.appreciation.Text != "" || !strings.Contains(windowText(w), "To "+liam.Name) {
		t.Error("after sending, the field is not empty or the note is not listed")
	}
	// An empty note is refused in plain words.
	test.Tap(b.send)
	if !strings.Contains(windowText(w), "Say what you appreciate") {
		t.Error("no word about the empty note")
	}
	ui.dismissTop()

	// Maya asks; she cannot answer her own request.
	test.Type(b.need, "Time with my sister")
	test.Type(b.proposal, "One Saturday a month")
	test.Tap(b.ask)
	if hasButton(w, "Agree") {
		t.Error("Maya is offered to agree to her own request")
	}
	// Liam agrees, then keeps it as an agreement in one step.
	pick(b.writer, liam.Name)
	tapButtonLabelled(t, w, "Agree")
	tapButtonLabelled(t, w, "Keep as agreement")
	agreements, _ := ui.svc.Agreements(ui.ctx)
	if len(agreements) != 1 || agreements[0].Text != "One Saturday a month" {
		t.Fatalf("agreements %+v", agreements)
	}
	if !strings.Contains(windowText(w), "Kept as one of your agreements.") || !strings.Contains(windowText(w), "One Saturday a month") {
		t.Error("the request and the agreement are not shown as such")
	}
}

func TestACounterProposalIsAcceptedByTheOneWhoAsked(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	maya, liam := ui.partners[0], ui.partners[1]
	if _, err := ui.svc.MakeRequest(ui.ctx, maya.ID, "Quiet mornings", "No plans before 11"); err != nil {
		t.Fatal(err)
	}
	b := openInner(ui, checkinsBetween).between
	pick(b.writer, liam.Name)
	tapButtonLabelled(t, w, "Counter-propose…")
	entries := overlayWidgets[*entry](w)
	if len(entries) != 1 {
		t.Fatalf("the counter-proposal form has %d fields", len(entries))
	}
	test.Type(entries[0], "No plans before 10, and I bring coffee ☕")
	tapButtonLabelled(t, w, "Send")
	pick(b.writer, maya.Name)
	tapButtonLabelled(t, w, "Accept the counter-proposal")
	reqs, _ := ui.svc.Requests(ui.ctx)
	if len(reqs) != 1 || reqs[0].Reply != model.ReplyAgree || reqs[0].Agreed() != "No plans before 10, and I bring coffee ☕" {
		t.Fatalf("request %+v", reqs)
	}
	// Agreed, it goes into the calendar in one step.
	tapButtonLabelled(t, w, "Add to calendar")
	if ui.tabs.SelectedIndex() != int(tabCheckins) {
		t.Fatal("adding to the calendar left the screen before the couple asked")
	}
	cal, _ := ui.svc.Calendar(ui.ctx, ui.today(), ui.today().AddDays(7))
	found := false
	for _, o := range cal.Occurrence {
		found = found || o.Block.Title == "No plans before 10, and I bring coffee ☕"
	}
	if !found {
		t.Error("no block in the calendar")
	}
}

func hasButton(w fyne.Window, text string) bool {
	roots := append([]fyne.CanvasObject{w.Canvas().Content()}, w.Canvas().Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			if b, ok := o.(*widget.Button); ok && b.Visible() && b.Text == text {
				return true
			}
		}
	}
	return false
}

func TestAHealthCheckStaysPrivateUnlessShared(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	maya, liam := ui.partners[0], ui.partners[1]
	h := openInner(ui, checkinsHealth).health
	pick(h.who, maya.Name)
	if h.share.Checked {
		t.Fatal("sharing is on by default")
	}
	for i, v := range []string{"4", "2", "3"} {
		h.scores[i].SetSelected(v)
	}
	if h.words[1].Text != "Mental: 2 (low)" {
		t.Errorf("the choice in words: %q", h.words[1].Text)
	}
	test.Type(h.note, "Schlecht geschlafen")
	test.Tap(h.save)
	forLiam, _ := ui.svc.Health(ui.ctx, ui.today(), liam.ID)
	forMaya, _ := ui.svc.Health(ui.ctx, ui.today(), maya.ID)
	if len(forLiam.Checks) != 0 || len(forMaya.Checks) != 1 || forMaya.Checks[0].Mental != 2 || !forMaya.Checks[0].Private {
		t.Fatalf("Liam sees %d checks, Maya %+v", len(forLiam.Checks), forMaya.Checks)
	}
	pick(h.who, liam.Name)
	if !strings.Contains(windowText(w), maya.Name+" has not shared a health check") {
		t.Error("Liam's view does not say Maya keeps hers")
	}
	if h.scores[0].Selected != "" || h.note.Text != "" {
		t.Error("Liam's form shows Maya's check")
	}
	// Leaving a score out is refused, not guessed.
	h.scores[0].SetSelected("5")
	test.Tap(h.save)
	if !strings.Contains(windowText(w), "Rate your mental health") {
		t.Error("no word about the missing score")
	}
	ui.dismissTop()
	// The cadence is each partner's own.
	h.cadence.SetSelected(cadenceWords(4))
	if v, _ := ui.svc.Health(ui.ctx, ui.today(), liam.ID); v.Every[liam.ID] != 4 || v.Every[maya.ID] != model.DefaultHealthWeeks {
		t.Errorf("cadences %v", v.Every)
	}
}

func TestTheJournalKeepsEveryEditAndSearches(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	maya, liam := ui.partners[0], ui.partners[1]
	j := openInner(ui, checkinsJournal).journal
	pick(j.who, maya.Name)
	test.Type(j.editor, "Café with Jess. 北京 next year?")
	// A new page without pressing Save: the first one is kept.
	tapButtonLabelled(t, w, "New page")
	test.Type(j.editor, "Second page")
	pick(j.who, liam.Name) // switching partner keeps it too
	pages, _ := ui.svc.Journal(ui.ctx, maya.ID, "")
	if len(pages) != 2 {
		t.Fatalf("Maya's journal has %d pages, want 2", len(pages))
	}
	if got, _ := ui.svc.Journal(ui.ctx, liam.ID, ""); len(got) != 0 || len(j.entries) != 0 {
		t.Error("Liam's journal shows Maya's pages")
	}
	pick(j.who, maya.Name)
	test.Type(j.search, "cafe")
	if len(j.entries) != 1 || !strings.HasPrefix(j.entries[0].Text, "Café") {
		t.Fatalf("search found %+v", j.entries)
	}
	j.list.Select(0)
	if j.editor.Text != "Café with Jess. 北京 next year?" {
		t.Errorf("the editor shows %q", j.editor.Text)
	}
	test.Type(j.search, "zzz")
	if !strings.Contains(j.empty.Text, "No page holds") {
		t.Errorf("an empty search says %q", j.empty.Text)
	}
}

// TestAQuestionIsDrawnAndAnotherOne: every "Another" shows a question other
// than the one on the card, even when chance would draw the same card again
// (the draw is made steady here: the same number every time).
func TestAQuestionIsDrawnAndAnotherOne(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	ui.random = func(int) int { return 7 }
	ui.drawQuestion()
	shown := func() string {
		for _, r := range overlayWidgets[*widget.RichText](w) {
			if seg, ok := r.Segments[0].(*widget.TextSegment); ok && len(r.Segments) == 1 && seg.Style == widget.RichTextStyleSubHeading {
				return r.String() // the card
			}
		}
		return ""
	}
	texts := map[string]bool{}
	previous := shown()
	for range 6 {
		texts[previous] = true
		tapButtonLabelled(t, w, "Another")
		next := shown()
		if next == "" || next == previous {
			t.Fatalf("Another showed %q after %q", next, previous)
		}
		previous = next
	}
	texts[previous] = true
	deck, _ := ui.svc.Questions(ui.ctx)
	for text := range texts {
		found := false
		for _, q := range deck {
			found = found || q.Text == text
		}
		if !found {
			t.Errorf("%q is not in the deck", text)
		}
	}
	ui.dismissTop()
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Error("Escape did not close the question")
	}
}

func TestTodayAndBalanceBringThePracticesUp(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabToday)
	text := windowText(w)
	for _, want := range []string{"Maya to Liam", "Maya asks: “A slow morning on Saturdays”", "Health check-in due"} {
		if !strings.Contains(text, want) {
			t.Errorf("Today lacks %q", want)
		}
	}
	tapButtonLabelled(t, w, "Answer")
	if ui.tabs.SelectedIndex() != int(tabCheckins) || ui.checkinsTab().tabs.SelectedIndex() != checkinsBetween {
		t.Error("Answer did not lead to Between us")
	}
	openInner(ui, checkinsBalance)
	text = windowText(w)
	for _, want := range []string{"Worth asking how Maya is really doing", "health check-ins are falling", "Measured from the board"} {
		if !strings.Contains(text, want) {
			t.Errorf("Balance lacks %q", want)
		}
	}
}

// A request that arrives from the partner's computer while the screen is
// open shows at once in full: its words and the buttons to answer, laid
// out, not a header with nothing under it.
func TestARequestArrivingFromThePartnerShowsInFull(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	maya, liam := ui.partners[0], ui.partners[1]
	if err := ui.svc.SetThisPartner(ui.ctx, liam.ID); err != nil {
		t.Fatal(err)
	}
	b := openInner(ui, checkinsBetween).between
	pick(b.writer, liam.Name)
	// Maya asks on her computer; the request arrives with sync.
	laptop := liamsLaptop(t, ui) // a second computer (whoever's)
	at := model.Stamp{WallMS: testClock().UnixMilli(), Device: laptop}
	id := storage.NewID()
	if _, err := ui.svc.Store().ApplyFields(ui.ctx, []storage.SyncField{
		{Table: "requests", RowID: id, Column: "from_id", Value: maya.ID, Stamp: at},
		{Table: "requests", RowID: id, Column: "day", Value: ui.today().String(), Stamp: at},
		{Table: "requests", RowID: id, Column: "need", Value: "Une soirée seule chaque semaine 🌙", Stamp: at},
		{Table: "requests", RowID: id, Column: "proposal", Value: "Thursdays, and we cook on Fridays", Stamp: at},
		{Table: "requests", RowID: id, Column: "reply", Value: string(model.ReplyOpen), Stamp: at},
	}); err != nil {
		t.Fatal(err)
	}
	ui.dataChanged()
	// The list is laid out at the size it now needs at once (looking at
	// the window's objects lays them out again, so it is measured first).
	if got, want := b.requests.Size().Height, b.requests.MinSize().Height; got < want {
		t.Fatalf("the requests are drawn %.0f px tall and need %.0f: what arrived is cut off", got, want)
	}
	var need *widget.Label
	var agree *widget.Button
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		switch x := o.(type) {
		case *widget.Label:
			if strings.Contains(x.Text, "Une soirée seule") {
				need = x
			}
		case *widget.Button:
			if x.Text == "Agree" {
				agree = x
			}
		}
	}
	if need == nil || agree == nil {
		t.Fatalf("the arriving request lacks its words or its answers:\n%s", windowText(w))
	}
	if need.Size().Height < need.MinSize().Height || need.Size().Width < 100 || agree.Size().Height < agree.MinSize().Height {
		t.Fatalf("the arriving request is not laid out: words %v (needs %v), Agree %v", need.Size(), need.MinSize(), agree.Size())
	}
}

// My people: someone is added through the form, shown on the list with
// their details, noted as met today, and removed only once confirmed; the
// other partner's list stays apart.
func TestMyPeopleAddsMeetsAndRemovesAfterAsking(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	maya, liam := ui.partners[0], ui.partners[1]
	p := openInner(ui, checkinsPeople).people
	pick(p.who, maya.Name)
	tapButtonLabelled(t, w, "Add someone…")
	entries := overlayWidgets[*entry](w)
	if len(entries) < 2 {
		t.Fatalf("the form has %d text fields", len(entries))
	}
	test.Type(entries[0], "Тётя Наташа 🌻")
	test.Type(entries[1], "my aunt in Kyiv")
	tapButtonLabelled(t, w, "Save")
	p.reload()
	if len(p.people) != 1 || p.people[0].Name != "Тётя Наташа 🌻" || p.people[0].EveryWeeks != 4 {
		t.Fatalf("the list holds %+v", p.people)
	}
	if !strings.Contains(p.details.Text, "my aunt in Kyiv") || !strings.Contains(p.details.Text, "every 4 weeks") {
		t.Errorf("the details read %q", p.details.Text)
	}
	tapButtonLabelled(t, w, "We met today")
	p.reload()
	if p.people[0].LastMet != ui.today() {
		t.Errorf("met today noted as %v", p.people[0].LastMet)
	}
	pick(p.who, liam.Name)
	if len(p.people) != 0 {
		t.Errorf("Liam's list shows Maya's people: %+v", p.people)
	}
	pick(p.who, maya.Name)
	tapButtonLabelled(t, w, "Remove…")
	if got, _ := ui.svc.People(ui.ctx, maya.ID); len(got) != 1 {
		t.Fatal("Remove… removed before asking")
	}
	tapButtonLabelled(t, w, "Yes")
	if got, _ := ui.svc.People(ui.ctx, maya.ID); len(got) != 0 {
		t.Errorf("confirmed, the person is still there: %+v", got)
	}
}
