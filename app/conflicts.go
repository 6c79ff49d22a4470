package app

import (
	"context"
	"errors"
	"time"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// EditRace is two edits of one text made at the same time, as the screens
// tell it: "Liam changed the title of “Trip” to “Sicily” while you wrote
// “Puglia”". The words that lost are kept, one click from being used.
type EditRace struct {
	ID string
	// Field is the field that raced ("title", "notes", "answer_a"…);
	// WhatIn names it with its item: "the title of “Two weeks in Sicily”".
	Field   string
	subject raceSubject
	// GoalID is the goal the field belongs to ("" for other items).
	GoalID string
	Kept   string // the words in the field now (or when the race was met)
	Lost   string // the words that lost, kept here
	// KeptBy and LostBy name who wrote each ("you" for this computer's
	// partner, "" when the computer is not known); KeptAt and LostAt when.
	KeptBy, LostBy string
	KeptAt, LostAt time.Time
	// Combined says notes hold both versions' lines.
	Combined bool
	// Seen says the notice was dismissed on this computer.
	Seen bool
}

// SentenceIn says the race in one line in tr's language (nil: English):
// "Liam changed the title of “Trip” to “Sicily” while you wrote “Puglia”".
func (r EditRace) SentenceIn(tr *i18n.Tr) string {
	who := func(w string) string {
		switch w {
		case "":
			return tr.T("ui.model.raceSomeone")
		case "you":
			return tr.T("ui.model.raceYou")
		}
		return w
	}
	if r.Combined {
		return upperFirst(tr.T("ui.model.raceCombined", "Who", who(r.KeptBy), "Other", who(r.LostBy), "What", r.WhatIn(tr)))
	}
	return upperFirst(tr.T("ui.model.race", "Who", who(r.KeptBy), "What", r.WhatIn(tr), "Kept", model.Shorten(r.Kept, 60),
		"Other", who(r.LostBy), "Lost", model.Shorten(r.Lost, 60)))
}

// WhatIn names the field and its item in tr's language (nil: English).
func (r EditRace) WhatIn(tr *i18n.Tr) string { return r.subject.in(tr) }

// raceSubject is what raced, as catalogue keys: the field, and the item it
// belongs to by its title or by its kind.
type raceSubject struct {
	field string // the field's noun ("the title"), or a whole phrase ("a goal's title") when whole
	whole bool
	title string // the item's title, when it has one
	item  string // the item's kind ("a checklist step"), when it has no title
}

func (s raceSubject) in(tr *i18n.Tr) string {
	field := tr.T(s.field)
	switch {
	case s.whole:
		return field
	case s.title != "":
		return tr.T("ui.model.raceFieldOf", "Field", field, "Title", model.Shorten(s.title, 40))
	case s.item != "":
		return tr.T("ui.model.raceFieldOfItem", "Field", field, "Item", tr.T(s.item))
	}
	return field
}

// fieldNouns name the text fields that race.
var fieldNouns = map[string]string{
	"title": "ui.model.raceFieldTitle", "notes": "ui.model.raceFieldNotes", "text": "ui.model.raceFieldWords",
	"name": "ui.model.raceFieldName", "celebration": "ui.model.raceFieldCelebration",
	"decisions": "ui.model.raceFieldDecisions", "principles": "ui.model.raceFieldPrinciples",
	"celebrations": "ui.model.raceFieldCelebrations", "commitment": "ui.model.raceFieldCommitment",
	"support": "ui.model.raceFieldSupport", "note": "ui.model.raceFieldNote",
	"answer_a": "ui.model.raceFieldAnswerA", "answer_b": "ui.model.raceFieldAnswerB",
}

// itemNouns name the items whose text fields race, for notices without a
// title of their own.
var itemNouns = map[string]string{
	"household": "ui.model.raceItemHousehold", "partners": "ui.model.raceItemPartner",
	"board_columns": "ui.model.raceItemColumn", "goal_steps": "ui.model.raceItemStep",
	"sessions": "ui.model.raceItemSession", "reviews": "ui.model.raceItemReview",
	"contracts": "ui.model.raceItemContract", "agreements": "ui.model.raceItemAgreement",
	"prompts": "ui.model.raceItemPrompt", "questions": "ui.model.raceItemQuestion",
	"balance_signs": "ui.model.raceItemSign", "value_entries": "ui.model.raceItemValue",
	"contract_reviews": "ui.model.raceItemContractReview", "goals": "ui.model.raceItemGoal",
}

// titleNouns name the title of the items that have one: the title is the
// item's name ("a goal's title", not the title of the words that won).
var titleNouns = map[string]string{
	"goals": "ui.model.raceTitleGoal", "rituals": "ui.model.raceTitleRitual", "blocks": "ui.model.raceTitleBlock",
	"life_events": "ui.model.raceTitleLifeEvent", "milestones": "ui.model.raceTitleMilestone",
}

// EditRaces lists the edits made at the same time that Venn kept, newest
// first; unseenOnly leaves out those dismissed on this computer.
func (s *Service) EditRaces(ctx context.Context, unseenOnly bool) ([]EditRace, error) {
	cs, err := s.store.Conflicts(ctx)
	if err != nil {
		return nil, err
	}
	return s.describeRaces(ctx, cs, unseenOnly)
}

// GoalRaces lists the races of one goal's fields and checklist, newest first.
func (s *Service) GoalRaces(ctx context.Context, goalID string) ([]EditRace, error) {
	cs, err := s.store.ConflictsOf(ctx, "goals", goalID)
	if err != nil {
		return nil, err
	}
	return s.describeRaces(ctx, cs, false)
}

func (s *Service) describeRaces(ctx context.Context, cs []storage.Conflict, unseenOnly bool) ([]EditRace, error) {
	who, err := s.deviceNames(ctx)
	if err != nil {
		return nil, err
	}
	mine := s.store.Device()
	name := func(device string) string {
		if device == mine {
			return "you"
		}
		return who[device]
	}
	out := make([]EditRace, 0, len(cs))
	for _, c := range cs {
		if unseenOnly && c.Seen {
			continue
		}
		r := EditRace{ID: c.ID, Kept: c.Kept, Lost: c.Lost, KeptBy: name(c.KeptStamp.Device), LostBy: name(c.LostStamp.Device),
			KeptAt: time.UnixMilli(c.KeptStamp.WallMS).In(s.now().Location()), LostAt: time.UnixMilli(c.LostStamp.WallMS).In(s.now().Location()),
			Combined: c.Combined, Seen: c.Seen}
		r.subject, r.GoalID = s.raceWhat(ctx, c)
		r.Field = c.Column
		out = append(out, r)
	}
	return out, nil
}

// raceWhat names a race's field and item, and the goal it belongs to.
func (s *Service) raceWhat(ctx context.Context, c storage.Conflict) (subject raceSubject, goalID string) {
	subject.field = fieldNouns[c.Column]
	if subject.field == "" {
		subject.field = "ui.model.raceFieldAny"
	}
	if key := titleNouns[c.Table]; c.Column == "title" && key != "" {
		subject = raceSubject{field: key, whole: true}
		if c.Table == "goals" {
			goalID = c.Row
		}
		return subject, goalID
	}
	switch c.Table {
	case "goals":
		if g, err := s.store.Goal(ctx, c.Row); err == nil {
			subject.title = g.Title
			return subject, g.ID
		}
		subject.item = itemNouns["goals"]
		return subject, c.Row
	case "rituals", "blocks", "life_events", "milestones":
		if title, err := s.store.TitleOf(ctx, c.Table, c.Row); err == nil && title != "" {
			subject.title = title
			return subject, ""
		}
	}
	subject.item = itemNouns[c.Table]
	return subject, ""
}

// DismissRace closes a race's notice on this computer; the words that lost
// stay in the goal's activity.
func (s *Service) DismissRace(ctx context.Context, id string) error {
	if err := s.store.SeeConflict(ctx, id); err != nil {
		return err
	}
	s.changed()
	return nil
}

// ErrRaceGone means the item a race was about is gone.
var ErrRaceGone = errors.New("the item these words belonged to was deleted or made private meanwhile")

// UseLostWords puts the words that lost a race back into their field, as
// an edit of this computer's (it reaches the partner like any other, and
// Ctrl+Z takes it back), and closes the notice here.
func (s *Service) UseLostWords(ctx context.Context, id string) error {
	err := s.update(ctx, func(tx *storage.Tx) error {
		c, err := tx.Conflict(id)
		if err != nil {
			return goneAs(err, ErrRaceGone)
		}
		if err := storage.ValidateField(c.Table, c.Row, c.Column, c.Lost); err != nil {
			return &model.ValidationError{Field: c.Column, Message: "These words cannot be used here any more: " + err.Error() + "."}
		}
		if live, err := tx.RowLiveAndShared(c.Table, c.Row); err != nil || !live {
			if err == nil {
				err = ErrRaceGone
			}
			return err
		}
		return tx.SetFields(c.Table, c.Row, storage.Field{Name: c.Column, Value: c.Lost})
	})
	if err != nil {
		return err
	}
	return s.DismissRace(ctx, id)
}
