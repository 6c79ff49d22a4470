package app

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/vennplanner/venn/storage"
)

// ActivityLine is one edit of a goal as its field stamps tell it: when,
// who (a partner's name; "" when the computer is not known), and what.
type ActivityLine struct {
	When time.Time
	Who  string
	What string // "made this goal", "changed the column and the place"
	// Here says the edit was made on this computer (which may belong to
	// nobody in particular when both of you use it).
	Here bool
}

// goalFieldNouns names a goal's fields in the activity.
var goalFieldNouns = map[string]string{
	"title": "the title", "notes": "the notes", "owner": "whose it is", "board_column": "the column",
	"rank": "the place", "target_quarter": "the quarter", "start_date": "the start", "due_date": "the target date",
	"archived": "whether it is archived", "private": "whether it is private", "deleted": "whether it exists",
}

// GoalActivity lists a goal's edits, newest first: the fields written in
// the same second by the same computer make one line. Venn keeps the last
// write of each field, so an edit later overwritten in full is not listed.
func (s *Service) GoalActivity(ctx context.Context, goalID string) ([]ActivityLine, error) {
	writes, err := s.store.GoalWrites(ctx, goalID)
	if err != nil {
		return nil, err
	}
	who, err := s.deviceNames(ctx)
	if err != nil {
		return nil, err
	}
	type key struct {
		device string
		second int64
	}
	groups := map[key][]storage.FieldWrite{}
	for _, w := range writes {
		k := key{w.Stamp.Device, w.Stamp.WallMS / 1000}
		groups[k] = append(groups[k], w)
	}
	out := make([]ActivityLine, 0, len(groups))
	for k, ws := range groups {
		out = append(out, ActivityLine{When: time.UnixMilli(k.second * 1000).In(s.now().Location()), Who: who[k.device],
			What: activityWords(ws), Here: k.device == s.store.Device()})
	}
	slices.SortFunc(out, func(a, b ActivityLine) int { return cmp.Or(b.When.Compare(a.When), strings.Compare(a.What, b.What)) })
	return out, nil
}

// activityWords says what one edit did.
func activityWords(ws []storage.FieldWrite) string {
	var nouns []string
	add := func(n string) {
		if !slices.Contains(nouns, n) {
			nouns = append(nouns, n)
		}
	}
	for _, w := range ws {
		switch {
		case w.Table == "goals" && w.Col == "created_at":
			return "made this goal"
		case w.Table == "goal_steps":
			add("the checklist")
		case w.Table == "goal_labels":
			add("the labels")
		case goalFieldNouns[w.Col] != "":
			add(goalFieldNouns[w.Col])
		}
	}
	slices.Sort(nouns)
	switch len(nouns) {
	case 0:
		return "changed it"
	case 1:
		return "changed " + nouns[0]
	}
	return "changed " + strings.Join(nouns[:len(nouns)-1], ", ") + " and " + nouns[len(nouns)-1]
}

// deviceNames maps each computer Venn knows to its partner's name: this
// one through the sync choice, the others through their replica files.
func (s *Service) deviceNames(ctx context.Context) (map[string]string, error) {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	owners, err := s.store.DevicePartners(ctx)
	if err != nil {
		return nil, err
	}
	if mine, err := s.store.Meta(ctx, metaPartner); err == nil && mine != "" {
		owners[s.store.Device()] = mine
	}
	out := make(map[string]string, len(owners))
	for device, partnerID := range owners {
		for _, p := range partners {
			if p.ID == partnerID {
				out[device] = p.Name
			}
		}
	}
	return out, nil
}
