package demo

import (
	"context"
	"fmt"
	"math/rand/v2"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// CheckinWeeks is how many weeks of check-ins the demo writes.
const CheckinWeeks = 16

var demoAnswers = map[model.Slot][3][]string{
	model.SlotA: {
		{"The Sunday long run along the river — 16 km and I felt strong.", "Book club: we argued about the ending for an hour.",
			"Sketching at the café on Saturday morning.", "Finishing module 4 of the UX course.", "Swimming before work, twice.",
			"A quiet evening reading on my own.", "Pottery taster class with Jess."},
		{"Cooking the lemon risotto together and dancing in the kitchen.", "The phone-free walk on Wednesday, talking about Italy.",
			"Liam's gig — I was so proud.", "Saturday market and a slow breakfast.", "Planning the garden party together.",
			"Lazy Sunday morning, coffee in bed.", "Watching the storm from the balcony."},
		{"No", "Nothing this week.", "No.", "A little — the weekend filled up with plans I didn't choose.", "no", "Not really.", "No, all good."},
	},
	model.SlotB: {
		{"Band practice — the new song finally came together.", "Climbing with Tom, sent my first 6b.", "Sanding the desk top in the workshop.",
			"Cycling to work every day.", "Friday music day: wrote two verses.", "Five-a-side on Tuesday.", "Italian conversation group."},
		{"Our walk after dinner on Thursday.", "Cooking the Ottolenghi aubergine together.", "Maya coming to the gig.",
			"The Sunday morning run-and-pancakes.", "Talking about the house over wine.", "Board games with friends at ours.", "Visiting Gran together."},
		{"No.", "Nothing", "Yes: we decided the holiday dates without me really weighing in.", "nope", "No.", "Not this week.", "No"},
	},
}

// demoFelt is each autonomy answer's choice, parallel to the answers'
// third pool: the partners' own No, A little or Yes.
var demoFelt = map[model.Slot][]model.Felt{
	model.SlotA: {model.FeltNo, model.FeltNo, model.FeltNo, model.FeltALittle, model.FeltNo, model.FeltNo, model.FeltNo},
	model.SlotB: {model.FeltNo, model.FeltNo, model.FeltYes, model.FeltNo, model.FeltNo, model.FeltNo, model.FeltNo},
}

// feltSince is how many weeks ago Venn began asking for the choice: older
// autonomy answers have words only, as a household that used Venn before
// would have.
const feltSince = 12

// demoCheckins writes weekly check-ins for the last CheckinWeeks weeks
// (this week only Maya has answered, so hers waits), a year of monthly
// self-assessments (Liam leaning together lately) and last year's review.
func (s *filler) demoCheckins(ctx context.Context, partners []model.Partner) error {
	if err := s.ensureDefaults(ctx); err != nil {
		return err
	}
	prompts, err := s.Store().Prompts(ctx)
	if err != nil {
		return err
	}
	signs, err := s.Store().Signs(ctx)
	if err != nil {
		return err
	}
	h, _, err := s.Household(ctx)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(2026, 8))
	thisWeek := model.WeekOf(s.today(), h.WeekStart)
	return s.Update(ctx, func(tx *storage.Tx) error {
		for w := CheckinWeeks - 1; w >= 0; w-- {
			week := thisWeek.AddDays(-7 * w)
			for _, p := range partners {
				if w == 0 && p.Slot == model.SlotB {
					continue // Liam has not answered this week yet
				}
				for i, pr := range prompts[:3] {
					pool := demoAnswers[p.Slot][i]
					pick := (w*3 + i + int(p.Slot[0])) % len(pool)
					a := storage.StoredAnswer{Answer: model.Answer{
						ID: tx.AnswerID(week, p.ID, pr.ID), Week: week, PartnerID: p.ID, PromptID: pr.ID,
						Text: pool[pick], Visibility: model.VisibleUntilBoth,
					}}
					if pr.Kind == model.PromptAutonomy && w < feltSince {
						a.Felt = demoFelt[p.Slot][pick]
					}
					if p.Slot == model.SlotB && i == 2 && w == 5 {
						a.Text, a.Visibility, a.Felt = "Some evenings I want the flat to myself and don't know how to say it.", model.VisiblePrivate, model.FeltALittle
					}
					a.Private = a.HeldBack(w > 0)
					if err := tx.PutAnswer(nil, a); err != nil {
						return err
					}
				}
				if err := tx.MarkAnswered(week, p.Slot); err != nil {
					return err
				}
			}
		}
		thisMonth := monthOf(s.today())
		for m := 11; m >= 0; m-- {
			month := model.DateOf(thisMonth.Time().AddDate(0, -m, 0))
			for _, p := range partners {
				for _, sg := range signs {
					score := rng.IntN(2)
					if p.Slot == model.SlotB && sg.Kind == model.LeanTogether && m < 4 {
						score = 1 + rng.IntN(3) // Liam's downtime has been crowded out lately
					}
					r := model.Rating{ID: tx.RatingID(month, p.ID, sg.ID), Month: month, PartnerID: p.ID, SignID: sg.ID, Score: score}
					if err := tx.PutRating(r); err != nil {
						return err
					}
				}
				if err := tx.PutCloseness(demoCloseness(tx, month, p, m)); err != nil {
					return err
				}
				if err := putDemoNeeds(tx, month, p, m); err != nil {
					return err
				}
			}
		}
		rituals, err := tx.Rituals()
		if err != nil {
			return err
		}
		last := s.today().Year - 1
		r := model.Review{
			ID: storage.ReviewID(last), Year: last,
			Principles: "Adventure, community, lifelong learning. We added: protect each other's solo time.",
			Celebrations: "Maya's promotion to senior designer. Liam's first gig with the band. Paying off the car. " +
				"The cabin weekend, the first of our quarterly getaways.",
			AnswerA: "Mostly yes. I want to guard my Sunday runs better when things get busy.",
			AnswerB: "Yes, though I sometimes say yes to plans when I need an evening alone.",
			Notes:   "Next year: more shared learning (the dance class), and say out loud when we need space.",
		}
		for i, rit := range rituals {
			d := model.DecideKeep
			if i == 2 {
				d = model.DecideAdapt
			}
			r.Rituals = append(r.Rituals, model.ReviewRitual{RitualID: rit.ID, Decision: d})
		}
		if err := tx.PutReview(nil, r); err != nil {
			return fmt.Errorf("demo review: %w", err)
		}
		return nil
	})
}

// demoCloseness tells a year's story in pictures: Maya felt them drift a
// little apart in the summer and came back close; Liam has felt crowded
// lately (the EP, the knee) and wishes for a little more room. Maya shares
// hers; Liam has not shared this month's yet.
func demoCloseness(tx *storage.Tx, month model.Date, p model.Partner, monthsAgo int) model.Closeness {
	mayaNow := []int{5, 5, 5, 4, 4, 3, 3, 4, 4, 5, 5, 5}    // oldest first
	liamNow := []int{4, 4, 5, 5, 5, 4, 4, 5, 6, 6, 6, 6}    // closer and closer…
	liamWished := []int{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4} // …than he wishes, lately
	i := 11 - monthsAgo
	c := model.Closeness{ID: tx.ClosenessID(month, p.ID), Month: month, PartnerID: p.ID}
	if p.Slot == model.SlotA {
		c.Now, c.Wished = mayaNow[i], 5
	} else {
		c.Now, c.Wished = liamNow[i], liamWished[i]
		c.Private = monthsAgo == 0
	}
	return c
}

// putDemoNeeds rates the two monthly needs: Maya felt less capable in the
// summer's crunch and grew again; Liam, crowded lately, feels close to Maya
// but far from friends of his own, and keeps this month's on his computer.
func putDemoNeeds(tx *storage.Tx, month model.Date, p model.Partner, monthsAgo int) error {
	i := 11 - monthsAgo
	scores := map[model.Need]int{model.NeedCompetence: []int{2, 2, 3, 2, 1, 1, 2, 2, 3, 3, 3, 3}[i], model.NeedRelatedness: 2}
	if p.Slot == model.SlotB {
		scores = map[model.Need]int{model.NeedCompetence: 2, model.NeedRelatedness: []int{3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1}[i]}
	}
	for _, n := range model.MonthlyNeeds {
		r := model.NeedRating{ID: tx.NeedRatingID(month, p.ID, n), Month: month, PartnerID: p.ID, Need: n, Score: scores[n],
			Private: p.Slot == model.SlotB && monthsAgo == 0}
		if err := tx.PutNeedRating(r); err != nil {
			return fmt.Errorf("demo needs: %w", err)
		}
	}
	return nil
}
