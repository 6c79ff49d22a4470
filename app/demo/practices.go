package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// demoAppreciation is one note of the demo: who wrote it (slot), how many
// days ago, its words, and whether it may be printed.
type demoAppreciation struct {
	from      model.Slot
	daysAgo   int
	text      string
	printable bool
}

var demoAppreciations = []demoAppreciation{
	{model.SlotA, 1, "I appreciate how you took Mum's call on Sunday and just listened — no fixing, just there. 💛", true},
	{model.SlotB, 2, "Thank you for guarding my Thursday climbing evening even when the week went sideways.", true},
	{model.SlotA, 6, "You noticed I was tired before I did, and cooked the dal without a word. Merci.", false},
	{model.SlotB, 9, "I love how brave you were presenting the café plan to the bank. Proud of you ☕", true},
	{model.SlotA, 15, "The way you laugh at your own puns at 7 a.m. makes the mornings lighter.", false},
	{model.SlotB, 21, "Thank you for planning the Lisbon weekend down to the pastéis de nata.", true},
	{model.SlotA, 33, "I appreciate that you asked before saying yes to your brother's move — it felt like us.", true},
	{model.SlotB, 47, "You kept our Sunday walk going through the rain. Small thing, big deal.", false},
	{model.SlotA, 61, "Your patience with the new budget spreadsheet. Really.", false},
}

// demoRequests tell the stories a request can have: agreed and kept as an
// agreement, agreed and not yet turned into anything, a counter-proposal
// waiting for an answer, one to talk about, and one new from each partner.
var demoRequests = []struct {
	from            model.Slot
	daysAgo         int
	need, proposal  string
	reply           model.Reply
	counter         string
	becameAgreement bool
}{
	{model.SlotB, 40, "Two hours alone after work on busy days", "I go quiet for two hours, then we watch a film together", model.ReplyAgree, "", true},
	{model.SlotB, 5, "Time together that isn't errands", "The Saturday market, just the two of us, every week", model.ReplyAgree, "", false},
	{model.SlotB, 2, "To cook together again", "Wednesday dinners: we pick a recipe on Sunday", model.ReplyOpen, "", false},
	{model.SlotA, 12, "More time with my sister now she's back in town", "One Saturday a month is hers", model.ReplyCounter, "One Saturday a month, and we keep Sunday for us", false},
	{model.SlotB, 8, "Less phone at dinner", "Phones in the drawer from 19:00", model.ReplyTalk, "", false},
	{model.SlotA, 1, "A slow morning on Saturdays", "No plans before 11:00 on Saturdays", model.ReplyOpen, "", false},
}

var demoAgreements = []struct {
	text      string
	agreedAgo int
	revisitIn int // days from today; 0: no revisit day
}{
	{"We ask each other not to make plans for the other without asking first.", 200, 60},
	{"We ask each other to say \"I need an hour\" instead of going silent.", 120, -2},
}

var demoJournal = map[model.Slot][]struct {
	daysAgo int
	text    string
}{
	model.SlotA: {
		{0, "Quiet evening. The café numbers finally add up — I want to tell Liam but I also want to sit with it alone first."},
		{3, "Felt crowded this week. Not by Liam, by everything. Booked the pottery class anyway. 🏺"},
		{10, "Sister back in town. I miss the version of me that spent whole Saturdays with her."},
	},
	model.SlotB: {
		{1, "Climbing went well — sent the orange route. Want to keep Thursdays sacred."},
		{5, "Dinner phones thing: I'm not sure I said it kindly. Try again on Sunday."},
	},
}

// demoPractices writes the everyday practices: appreciations both ways,
// requests and agreements, health check-ins (Maya shares hers, every two
// weeks, dipping lately; Liam keeps his weekly ones private), and a few
// pages of each partner's journal.
func (s *filler) demoPractices(ctx context.Context, partners []model.Partner) error {
	h, _, err := s.Household(ctx)
	if err != nil {
		return err
	}
	bySlot := map[model.Slot]model.Partner{}
	for _, p := range partners {
		bySlot[p.Slot] = p
	}
	other := func(sl model.Slot) model.Partner {
		if sl == model.SlotA {
			return bySlot[model.SlotB]
		}
		return bySlot[model.SlotA]
	}
	today := s.today()
	return s.Update(ctx, func(tx *storage.Tx) error {
		for _, a := range demoAppreciations {
			ap := model.Appreciation{ID: storage.NewID(), FromID: bySlot[a.from].ID, ToID: other(a.from).ID,
				Day: today.AddDays(-a.daysAgo), Text: a.text, Printable: a.printable}
			if err := tx.PutAppreciation(nil, ap); err != nil {
				return err
			}
		}
		for _, r := range demoRequests {
			q := model.Request{ID: storage.NewID(), FromID: bySlot[r.from].ID, Day: today.AddDays(-r.daysAgo),
				Need: r.need, Proposal: r.proposal, Reply: r.reply, Counter: r.counter}
			if r.reply != model.ReplyOpen {
				q.AnsweredOn = q.Day.AddDays(1)
			}
			if r.becameAgreement {
				q.Became = model.BecameAgreement
				a := model.Agreement{ID: storage.NewID(), Text: "We ask each other for two quiet hours after a busy day, then a film together.",
					Agreed: q.AnsweredOn, Revisit: today.AddDays(50), RequestID: q.ID}
				if err := tx.PutAgreement(nil, a); err != nil {
					return err
				}
			}
			if err := tx.PutRequest(nil, q); err != nil {
				return err
			}
		}
		for _, a := range demoAgreements {
			ag := model.Agreement{ID: storage.NewID(), Text: a.text, Agreed: today.AddDays(-a.agreedAgo)}
			if a.revisitIn != 0 {
				ag.Revisit = today.AddDays(a.revisitIn)
			}
			if err := tx.PutAgreement(nil, ag); err != nil {
				return err
			}
		}
		if err := demoHealth(tx, bySlot, model.WeekOf(today, h.WeekStart)); err != nil {
			return err
		}
		if err := demoPeople(tx, bySlot, today); err != nil {
			return err
		}
		if err := demoMemories(tx, bySlot, today); err != nil {
			return err
		}
		for _, slot := range []model.Slot{model.SlotA, model.SlotB} {
			for _, j := range demoJournal[slot] {
				day := today.AddDays(-j.daysAgo)
				e := model.JournalEntry{ID: storage.NewID(), PartnerID: bySlot[slot].ID, Day: day, Text: j.text,
					Updated: day.Time().Add(21 * time.Hour)}
				if err := tx.PutJournalEntry(e); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// demoHealth writes half a year of health checks.
func demoHealth(tx *storage.Tx, bySlot map[model.Slot]model.Partner, thisWeek model.Date) error {
	maya, liam := bySlot[model.SlotA], bySlot[model.SlotB]
	if err := tx.PutHealthPlan(model.HealthPlan{PartnerID: maya.ID, EveryWeeks: 2}); err != nil {
		return err
	}
	if err := tx.PutHealthPlan(model.HealthPlan{PartnerID: liam.ID, EveryWeeks: 1}); err != nil {
		return err
	}
	// Maya, every other week, oldest first: steady, then a dip over the
	// last six weeks (the café plan), shared with Liam.
	maya3 := [][3]int{{4, 4, 4}, {4, 5, 4}, {4, 4, 5}, {5, 4, 4}, {4, 4, 4}, {4, 4, 4}, {4, 4, 4}, {4, 4, 3}, {4, 3, 3}, {3, 3, 2}}
	notes := map[int]string{7: "Busy at work.", 8: "Sleeping badly since the bank meeting.", 9: "Tired. Need a slow weekend."}
	for i, sc := range maya3 {
		week := thisWeek.AddDays(-14 * (len(maya3) - 1 - i))
		h := model.HealthCheck{ID: tx.HealthCheckID(week, maya.ID), PartnerID: maya.ID, Week: week,
			Physical: sc[0], Mental: sc[1], Emotional: sc[2], Note: notes[i]}
		if err := tx.PutHealthCheck(h); err != nil {
			return err
		}
	}
	// Liam, weekly and private, steady with a cold in the middle.
	for w := 11; w >= 1; w-- {
		week := thisWeek.AddDays(-7 * w)
		p := 4
		if w == 6 {
			p = 2
		}
		h := model.HealthCheck{ID: tx.HealthCheckID(week, liam.ID), PartnerID: liam.ID, Week: week,
			Physical: p, Mental: 4, Emotional: 4, Private: true}
		if w == 6 {
			h.Note = "Cold. Stayed in."
		}
		if err := tx.PutHealthCheck(h); err != nil {
			return err
		}
	}
	return nil
}

// demoPeople gives each partner a few people of their own: Maya sees hers
// often; Liam, busy with the EP and his knee, has not met any of his for
// ten weeks, which the Balance tab notes for him alone.
func demoPeople(tx *storage.Tx, bySlot map[model.Slot]model.Partner, today model.Date) error {
	people := []struct {
		slot              model.Slot
		name, how         string
		every, metDaysAgo int
	}{
		{model.SlotA, "Inès Moreau", "From the design school", 4, 9},
		{model.SlotA, "Grandma Rosa", "My grandmother", 2, 12},
		{model.SlotA, "The Thursday climbers", "Climbing gym", 2, 3},
		{model.SlotB, "Tom", "Band, since school", 4, 70},
		{model.SlotB, "Ólafur", "Old flatmate", 8, 90},
	}
	for _, x := range people {
		p := model.Person{ID: storage.NewID(), PartnerID: bySlot[x.slot].ID, Name: x.name, How: x.how, EveryWeeks: x.every,
			LastMet: today.AddDays(-x.metDaysAgo), Added: today.AddDays(-200)}
		if err := tx.PutPerson(p); err != nil {
			return fmt.Errorf("demo people: %w", err)
		}
	}
	return nil
}

// demoMemories gives the timeline a few entries of the partners' own: one
// from this month last year (for "this month a year ago" on Today), and
// one Liam keeps to himself.
func demoMemories(tx *storage.Tx, bySlot map[model.Slot]model.Partner, today model.Date) error {
	yearAgo := model.Date{Year: today.Year - 1, Month: today.Month, Day: min(today.Day, 28)}
	memories := []struct {
		slot         model.Slot
		title, words string
		day          model.Date
		private      bool
	}{
		{model.SlotA, "The keys to our first flat", "We sat on the floor and ate noodles out of the box.", yearAgo, false},
		{model.SlotB, "Pottery class, both hands in clay", "The bowl came out crooked and we kept it.", today.AddDays(-40), false},
		{model.SlotA, "Swimming in the lake at night", "", today.AddDays(-75), false},
		{model.SlotB, "The song I am writing for her", "Not ready to share yet.", today.AddDays(-12), true},
	}
	for _, x := range memories {
		m := model.Memory{ID: storage.NewID(), AuthorID: bySlot[x.slot].ID, Title: x.title, Words: x.words, Day: x.day, Private: x.private}
		if err := tx.PutMemory(nil, m); err != nil {
			return fmt.Errorf("demo memories: %w", err)
		}
	}
	return nil
}
