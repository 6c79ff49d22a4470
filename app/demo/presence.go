package demo

import (
	"context"
	"slices"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// demoPresence rates how present the shared rituals' days of the last six
// months felt: Maya and Liam both rated most (their ratings shared), with
// phones creeping back in the spring and better since; the last one is
// Maya's alone, waiting for Liam.
func (s *filler) demoPresence(ctx context.Context, partners []model.Partner) error {
	rituals, err := s.Store().Rituals(ctx)
	if err != nil {
		return err
	}
	shared := map[string]bool{}
	for _, r := range rituals {
		shared[r.ID] = r.Who == model.Shared && !r.Private
	}
	entries, err := s.Store().RitualEntries(ctx)
	if err != nil {
		return err
	}
	today := s.today()
	from := today.AddDays(-182)
	var days []model.Occasion
	for _, e := range entries {
		if shared[e.RitualID] && e.Status == model.Done && !e.Day.Before(from) && !today.Before(e.Day) {
			days = append(days, model.Occasion{Kind: model.OccasionRitual, RefID: e.RitualID, Day: e.Day})
		}
	}
	slices.SortStableFunc(days, func(a, b model.Occasion) int { return a.Day.Compare(b.Day) })
	return s.Update(ctx, func(tx *storage.Tx) error {
		for i, occ := range days {
			monthsAgo := model.DaysFrom(occ.Day, today) / 30
			for k, p := range partners {
				if i == len(days)-1 && k == 1 {
					continue // Liam has not said yet
				}
				if err := putDemoPresence(tx, occ, p, demoRating(monthsAgo, i, k), i != len(days)-1); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// demoRating dips three to four months ago and climbs since; partner k
// and the day's place i vary it a little.
func demoRating(monthsAgo, i, k int) int {
	base := []int{4, 3, 3, 2, 2, 3, 3}[min(monthsAgo, 6)]
	if k == 1 && monthsAgo%2 == 1 {
		base-- // Liam's phone buzzed more in some months
	}
	return min(max(base+(i+k)%3-1, 1), model.PresenceScale)
}

func putDemoPresence(tx *storage.Tx, occ model.Occasion, p model.Partner, rating int, both bool) error {
	key := occ.Key()
	r := model.PresenceRating{ID: tx.PresenceID(key, p.ID), Occasion: key, Day: occ.Day, PartnerID: p.ID, Rating: rating, Private: !both}
	if err := tx.PutPresence(nil, r); err != nil {
		return err
	}
	return tx.MarkRated(key, occ.Day, p.Slot)
}
