package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

type exportSession struct {
	ID        string `json:"id"`
	Quarter   string `json:"quarter"`
	Day       string `json:"day"`
	Step      int    `json:"step"`
	Notes     string `json:"notes"`
	Decisions string `json:"decisions"`
	Done      bool   `json:"done"`
	Private   bool   `json:"private"`
}

type exportValue struct {
	ID      string   `json:"id"`
	Owner   string   `json:"owner"`
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Rank    string   `json:"rank"`
	Goals   []string `json:"goals"`
	Private bool     `json:"private"`
}

type exportContract struct {
	ID         string                 `json:"id"`
	GoalID     string                 `json:"goal_id"`
	Commitment string                 `json:"commitment"`
	Support    string                 `json:"support"`
	EveryWeeks int                    `json:"review_every_weeks"`
	Started    string                 `json:"started"`
	Reviews    []exportContractReview `json:"reviews"`
}

type exportContractReview struct {
	ID     string `json:"id"`
	Day    string `json:"day"`
	Note   string `json:"note"`
	Rating int    `json:"rating"`
}

type exportMilestone struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Day         string `json:"day"`
	GoalID      string `json:"goal_id"`
	Owner       string `json:"owner"`
	Reached     bool   `json:"reached"`
	ReachedOn   string `json:"reached_on"`
	Celebration string `json:"celebration"`
	Private     bool   `json:"private"`
}

func (s *Service) exportSessions(ctx context.Context, doc *exportDoc) error {
	sessions, err := s.store.Sessions(ctx)
	if err != nil {
		return err
	}
	for _, x := range sessions {
		doc.Sessions = append(doc.Sessions, exportSession{ID: x.ID, Quarter: x.Quarter.String(), Day: x.Day.String(), Step: x.Step,
			Notes: x.Notes, Decisions: x.Decisions, Done: x.Done, Private: x.Private})
	}
	values, err := s.store.Values(ctx)
	if err != nil {
		return err
	}
	slices.SortFunc(values, func(a, b model.Value) int { return strings.Compare(a.ID, b.ID) })
	for _, v := range values {
		goals := append([]string{}, v.Goals...)
		slices.Sort(goals)
		doc.Values = append(doc.Values, exportValue{ID: v.ID, Owner: string(v.Owner), Kind: string(v.Kind), Text: v.Text, Rank: v.Rank, Goals: goals, Private: v.Private})
	}
	contracts, err := s.store.Contracts(ctx)
	if err != nil {
		return err
	}
	for _, c := range contracts {
		ec := exportContract{ID: c.ID, GoalID: c.GoalID, Commitment: c.Commitment, Support: c.Support, EveryWeeks: c.EveryWeeks,
			Started: c.Started.String(), Reviews: []exportContractReview{}}
		for _, r := range c.Reviews {
			ec.Reviews = append(ec.Reviews, exportContractReview{ID: r.ID, Day: r.Day.String(), Note: r.Note, Rating: r.Rating})
		}
		doc.Contracts = append(doc.Contracts, ec)
	}
	milestones, err := s.store.Milestones(ctx)
	if err != nil {
		return err
	}
	for _, m := range milestones {
		doc.Milestones = append(doc.Milestones, exportMilestone{ID: m.ID, Title: m.Title, Day: m.Day.String(), GoalID: m.GoalID,
			Owner: string(m.Owner), Reached: m.Reached, ReachedOn: m.ReachedOn.String(), Celebration: m.Celebration, Private: m.Private})
	}
	return nil
}

func (s *Service) importSessions(tx *storage.Tx, doc importDoc, res *ImportResult) error {
	partners, err := tx.Partners()
	if err != nil {
		return err
	}
	for i, raw := range doc.values {
		if err := importValue(tx, object{raw: raw, where: fmt.Sprintf("value %d", i+1)}, partners); err != nil {
			return err
		}
		res.SessionRowsSaved++
	}
	for i, raw := range doc.contracts {
		if err := importContract(tx, object{raw: raw, where: fmt.Sprintf("contract %d", i+1)}); err != nil {
			return err
		}
		res.SessionRowsSaved++
	}
	for i, raw := range doc.milestones {
		if err := importMilestone(tx, object{raw: raw, where: fmt.Sprintf("milestone %d", i+1)}, partners); err != nil {
			return err
		}
		res.SessionRowsSaved++
	}
	for i, raw := range doc.sessions {
		if err := importSession(tx, object{raw: raw, where: fmt.Sprintf("session %d", i+1)}); err != nil {
			return err
		}
		res.SessionRowsSaved++
	}
	return nil
}

func importValue(tx *storage.Tx, o object, partners []model.Partner) error {
	id, err := requiredID(&o)
	if err != nil {
		return err
	}
	owner, kind, text, rank, goals, private := o.str("owner"), o.str("kind"), o.str("text"), o.str("rank"), o.strings("goals"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	all, err := tx.Values()
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
			if _, err := tx.Goal(g); err != nil {
				return importErr("%s: no goal with id %q", o.where, g)
			}
			v.Goals = append(v.Goals, g)
		}
	}
	if err := v.Validate(partners); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	return tx.PutValue(old, v)
}

func importContract(tx *storage.Tx, o object) error {
	id, err := requiredID(&o)
	if err != nil {
		return err
	}
	goalID, commitment, support, started := o.str("goal_id"), o.str("commitment"), o.str("support"), o.date("started")
	every := o.integer("review_every_weeks")
	reviews := field[[]exportContractReview](&o, "reviews", `a list of {"id", "day", "note", "rating"}`)
	if o.err != nil {
		return o.err
	}
	var old *model.Contract
	c := model.Contract{ID: id, EveryWeeks: 4}
	if cur, err := tx.Contract(id); err == nil {
		old, c = &cur, cur
	}
	set(&c.GoalID, goalID)
	set(&c.Commitment, commitment)
	set(&c.Support, support)
	set(&c.Started, started)
	set(&c.EveryWeeks, every)
	g, err := tx.Goal(c.GoalID)
	if err != nil {
		return importErr("%s: no goal with id %q", o.where, c.GoalID)
	}
	if g.Owner == model.Shared {
		return importErr("%s: a contract belongs to a personal goal", o.where)
	}
	c.Private = g.Private
	if err := c.Validate(); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	if err := tx.PutContract(old, c); err != nil {
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
				return importErr("%s: review %d: %s", o.where, i+1, UserMessage(errOr(err, "it needs an id")))
			}
			if err := tx.PutContractReview(c.ID, rv, c.Private); err != nil {
				return err
			}
		}
	}
	return nil
}

func errOr(err error, msg string) error {
	if err != nil {
		return err
	}
	return &model.ValidationError{Message: msg}
}

func importMilestone(tx *storage.Tx, o object, partners []model.Partner) error {
	id, err := requiredID(&o)
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
	if cur, err := tx.Milestone(id); err == nil {
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
		if _, err := tx.Goal(m.GoalID); err != nil {
			return importErr("%s: no goal with id %q", o.where, m.GoalID)
		}
	}
	if err := m.Validate(partners); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	return tx.PutMilestone(old, m)
}

func importSession(tx *storage.Tx, o object) error {
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
	old, found, err := tx.Session(id)
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
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	if found {
		return tx.PutSession(&old, x)
	}
	return tx.PutSession(nil, x)
}
