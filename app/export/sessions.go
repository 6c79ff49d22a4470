package export

import (
	"slices"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

type contractReviewRow struct {
	ID     string `json:"id"`
	Day    string `json:"day"`
	Note   string `json:"note"`
	Rating int    `json:"rating"`
}

func readValue(im *importer, o *object) error {
	partners, err := im.tx.Partners()
	if err != nil {
		return err
	}
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	owner, kind, text, rank, goals, private := o.str("owner"), o.str("kind"), o.str("text"), o.str("rank"), o.strings("goals"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	all, err := im.tx.Values()
	if err != nil {
		return err
	}
	var old *model.Value
	v := model.Value{ID: id, Owner: model.Shared, Kind: model.ValueCore, Rank: model.RankBetween("", "")}
	if i := slices.IndexFunc(all, func(x model.Value) bool { return x.ID == id }); i >= 0 {
		old, v = &all[i], all[i]
	}
	if owner != nil {
		v.Owner = model.Owner(*owner)
	}
	if kind != nil {
		v.Kind = model.ValueKind(*kind)
	}
	set(&v.Text, text)
	set(&v.Private, private)
	if rank != nil {
		if !model.ValidRank(*rank) {
			return importErr("%s: %q is not a rank", o.where, *rank)
		}
		v.Rank = *rank
	}
	if goals != nil {
		v.Goals = nil
		for _, g := range *goals {
			if _, err := im.tx.Goal(g); err != nil {
				return importErr("%s: no goal with id %q", o.where, g)
			}
			v.Goals = append(v.Goals, g)
		}
	}
	if err := v.Validate(partners); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(v.ID, im.tx.PutValue(old, v))
}

func readContract(im *importer, o *object) error {
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	goalID, commitment, support, started := o.str("goal_id"), o.str("commitment"), o.str("support"), o.date("started")
	every := o.integer("review_every_weeks")
	reviews := field[[]contractReviewRow](o, "reviews", `a list of {"id", "day", "note", "rating"}`)
	if o.err != nil {
		return o.err
	}
	var old *model.Contract
	c := model.Contract{ID: id, EveryWeeks: 4}
	if cur, err := im.tx.Contract(id); err == nil {
		old, c = &cur, cur
	}
	set(&c.GoalID, goalID)
	set(&c.Commitment, commitment)
	set(&c.Support, support)
	set(&c.Started, started)
	set(&c.EveryWeeks, every)
	g, err := im.tx.Goal(c.GoalID)
	if err != nil {
		return importErr("%s: no goal with id %q", o.where, c.GoalID)
	}
	if g.Owner == model.Shared {
		return importErr("%s: a contract belongs to a personal goal", o.where)
	}
	c.Private = g.Private
	if err := c.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	if err := im.tx.PutContract(old, c); err != nil {
		return err
	}
	if reviews != nil {
		for i, r := range *reviews {
			day, err := model.ParseDate(r.Day)
			rv := model.ContractReview{ID: r.ID, Day: day, Note: r.Note, Rating: r.Rating}
			if err == nil {
				err = rv.Validate()
			}
			if err != nil || rv.ID == "" {
				return importErr("%s: review %d: %s", o.where, i+1, msg(errOr(err, "it needs an id")))
			}
			if err := im.tx.PutContractReview(c.ID, rv, c.Private); err != nil {
				return err
			}
		}
	}
	return im.wrote(c.ID, nil)
}

func errOr(err error, msg string) error {
	if err != nil {
		return err
	}
	return &model.ValidationError{Message: msg}
}

func readMilestone(im *importer, o *object) error {
	partners, err := im.tx.Partners()
	if err != nil {
		return err
	}
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	title, day, goalID, owner, celebration := o.str("title"), o.date("day"), o.str("goal_id"), o.str("owner"), o.str("celebration")
	reached, reachedOn, private := o.boolean("reached"), o.date("reached_on"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	var old *model.Milestone
	m := model.Milestone{ID: id, Owner: model.Shared}
	if cur, err := im.tx.Milestone(id); err == nil {
		old, m = &cur, cur
	}
	set(&m.Title, title)
	set(&m.Day, day)
	set(&m.GoalID, goalID)
	set(&m.Celebration, celebration)
	set(&m.Reached, reached)
	set(&m.ReachedOn, reachedOn)
	set(&m.Private, private)
	if owner != nil {
		m.Owner = model.Owner(*owner)
	}
	if m.GoalID != "" {
		if _, err := im.tx.Goal(m.GoalID); err != nil {
			return importErr("%s: no goal with id %q", o.where, m.GoalID)
		}
	}
	if err := m.Validate(partners); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(m.ID, im.tx.PutMilestone(old, m))
}

func readSession(im *importer, o *object) error {
	quarter, day, notes, decisions := o.str("quarter"), o.date("day"), o.str("notes"), o.str("decisions")
	step, done, private := o.integer("step"), o.boolean("done"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	if quarter == nil {
		return importErr("%s needs a quarter", o.where)
	}
	q, err := model.ParseQuarter(*quarter)
	if err != nil || q.IsZero() {
		return importErr("%s: %q is not a quarter like 2026-Q4", o.where, *quarter)
	}
	id := storage.SessionID(q)
	old, found, err := im.tx.Session(id)
	if err != nil {
		return err
	}
	x := model.Session{ID: id, Quarter: q}
	if found {
		x = old
	}
	set(&x.Day, day)
	set(&x.Notes, notes)
	set(&x.Decisions, decisions)
	set(&x.Step, step)
	set(&x.Done, done)
	set(&x.Private, private)
	if err := x.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	if found {
		return im.wrote(x.ID, im.tx.PutSession(&old, x))
	}
	return im.wrote(x.ID, im.tx.PutSession(nil, x))
}
