package app

import (
	"context"
	"errors"
	"fmt"
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
	// What names the field and its item: "the title of “Two weeks in Sicily”".
	What string
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

// Sentence says the race in one line, for a notice.
func (r EditRace) Sentence() string {
	if r.Combined {
		return fmt.Sprintf("%s and %s both added to %s at the same time: both versions' lines are kept.", upperFirst(orSomeone(r.KeptBy)), orSomeone(r.LostBy), r.What)
	}
	return fmt.Sprintf("%s changed %s to “%s” while %s wrote “%s”. The later one is kept; the other is one click away.",
		upperFirst(orSomeone(r.KeptBy)), r.What, model.Shorten(r.Kept, 60), orSomeone(r.LostBy), model.Shorten(r.Lost, 60))
}

// SentenceIn is Sentence in tr's language. Other languages name the
// writers and both versions but not which field raced: the field's name
// is in English in the data ("the title of …"); the notice's Show opens it.
func (r EditRace) SentenceIn(tr *i18n.Tr) string {
	if tr.Lang().Tag == "en" {
		return r.Sentence()
	}
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
		return tr.T("ui.model.raceCombined", "Who", upperFirst(who(r.KeptBy)), "Other", who(r.LostBy))
	}
	return tr.T("ui.model.race", "Who", upperFirst(who(r.KeptBy)), "Kept", model.Shorten(r.Kept, 60), "Other", who(r.LostBy), "Lost", model.Shorten(r.Lost, 60))
}

func orSomeone(who string) string {
	if who == "" {
		return "someone on another computer"
	}
	return who
}

// fieldNouns names text fields in notices.
var fieldNouns = map[string]string{
	"title": "the title", "notes": "the notes", "text": "the words", "name": "the name", "celebration": "the celebration",
	"decisions": "the decisions", "principles": "the principles", "celebrations": "the celebrations", "commitment": "the commitment",
	"support": "the support", "note": "the note", "answer_a": "the first answer", "answer_b": "the second answer",
}

// itemNouns names the items whose text fields race, for notices without a
// title of their own.
var itemNouns = map[string]string{
	"household": "your household", "partners": "a partner", "board_columns": "a board column", "goal_steps": "a checklist step",
	"sessions": "a goal-mapping session", "reviews": "the annual review", "contracts": "a development contract",
	"agreements": "an agreement", "prompts": "a check-in prompt", "questions": "a question", "balance_signs": "a balance sign",
	"value_entries": "a value", "contract_reviews": "a contract's review",
}

// titledNouns name the items with a title.
var titledNouns = map[string]string{
	"goals": "a goal", "rituals": "a ritual", "blocks": "a calendar block", "life_events": "a life event", "milestones": "a milestone",
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
		r.What, r.GoalID = s.raceWhat(ctx, c)
		out = append(out, r)
	}
	return out, nil
}

// raceWhat names a race's field and item, and the goal it belongs to.
func (s *Service) raceWhat(ctx context.Context, c storage.Conflict) (what, goalID string) {
	noun := fieldNouns[c.Column]
	if noun == "" {
		noun = "a text"
	}
	if c.Column == "title" && titledNouns[c.Table] != "" {
		// The title is the item's name: "a goal's title", not the title of
		// the words that won.
		if c.Table == "goals" {
			return "a goal's title", c.Row
		}
		return titledNouns[c.Table] + "'s title", ""
	}
	switch c.Table {
	case "goals":
		if g, err := s.store.Goal(ctx, c.Row); err == nil {
			return fmt.Sprintf("%s of “%s”", noun, model.Shorten(g.Title, 40)), g.ID
		}
		return noun + " of a goal", c.Row
	case "rituals", "blocks", "life_events", "milestones":
		if title, err := s.store.TitleOf(ctx, c.Table, c.Row); err == nil && title != "" {
			return fmt.Sprintf("%s of “%s”", noun, model.Shorten(title, 40)), ""
		}
	}
	if item := itemNouns[c.Table]; item != "" {
		return noun + " of " + item, ""
	}
	return noun, ""
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
