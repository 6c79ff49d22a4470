package app

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// metaNudges holds this computer's nudge settings (local, not synced).
const metaNudges = "nudge_settings"

// NudgeSettings returns this computer's nudge settings (the defaults until
// changed).
func (s *Service) NudgeSettings(ctx context.Context) (model.NudgeSettings, error) {
	out := model.DefaultNudgeSettings()
	raw, err := s.store.Meta(ctx, metaNudges)
	if err != nil || raw == "" {
		return out, err
	}
	var saved model.NudgeSettings
	if err := json.Unmarshal([]byte(raw), &saved); err != nil || saved.Validate() != nil {
		s.log.Warn("nudge settings unreadable: using the defaults", "err", err)
		return out, nil
	}
	if saved.Off == nil {
		saved.Off = map[model.NudgeKind]bool{}
	}
	for k, at := range out.At {
		if saved.At[k] == "" {
			if saved.At == nil {
				saved.At = map[model.NudgeKind]string{}
			}
			saved.At[k] = at
		}
	}
	return saved, nil
}

// SaveNudgeSettings keeps this computer's nudge settings.
func (s *Service) SaveNudgeSettings(ctx context.Context, ns model.NudgeSettings) error {
	if err := ns.Validate(); err != nil {
		return err
	}
	raw, err := json.Marshal(ns)
	if err != nil {
		return fmt.Errorf("save reminders: %w", err)
	}
	return s.store.SetMeta(ctx, metaNudges, string(raw))
}

// DueNudges returns the notifications to send now, for the partner this
// computer belongs to (for both when that is not chosen): never one twice,
// bundled, and a few a day at most.
func (s *Service) DueNudges(ctx context.Context) ([]model.Notification, error) {
	settings, err := s.NudgeSettings(ctx)
	if err != nil {
		return nil, err
	}
	facts, err := s.nudgeFacts(ctx, settings)
	if err != nil {
		return nil, err
	}
	now := s.now()
	sent, today, err := s.store.SentNudges(ctx, now.AddDate(0, 0, -400), now)
	if err != nil {
		return nil, err
	}
	return s.sayNudges(ctx, model.DueNudges(facts, settings, now, sent, today)), nil
}

// sayNudges puts notifications into the language reminders speak on this
// computer: each nudge's words, and a bundle's title and lines.
func (s *Service) sayNudges(ctx context.Context, notes []model.Notification) []model.Notification {
	tr := s.Translator(ctx, i18n.Reminders)
	if tr.Lang().Tag == "en" {
		return notes
	}
	for i, n := range notes {
		lines := make([]string, len(n.Nudges))
		for k, x := range n.Nudges {
			if x.Msg != "" {
				n.Nudges[k].Text = tr.T(x.Msg, nudgeArgs(tr, x)...)
			}
			lines[k] = "• " + n.Nudges[k].Text
		}
		if len(n.Nudges) == 1 {
			notes[i].Body = n.Nudges[0].Text
			continue
		}
		notes[i].Title = tr.N("remind.bundle", len(n.Nudges))
		notes[i].Body = strings.Join(lines, "\n")
	}
	return notes
}

// nudgeArgs are a nudge's words as a message's name, value pairs, its day
// written the language's way.
func nudgeArgs(tr *i18n.Tr, n model.Nudge) []any {
	var out []any
	for k, v := range n.Args {
		out = append(out, k, v)
	}
	if !n.Day.IsZero() {
		out = append(out, "Day", tr.WeekdayDate(n.Day.Time()))
	}
	return out
}

// MarkNudgesSent records a notification's nudges as sent.
func (s *Service) MarkNudgesSent(ctx context.Context, n model.Notification) error {
	keys := make([]string, len(n.Nudges))
	for i, x := range n.Nudges {
		keys[i] = x.Key
	}
	return s.store.MarkNudgesSent(ctx, keys, s.now())
}

// nudgeFacts gathers what the nudges look at, for this computer's partner.
func (s *Service) nudgeFacts(ctx context.Context, settings model.NudgeSettings) (model.NudgeFacts, error) {
	v, err := s.Today(ctx)
	if err != nil {
		return model.NudgeFacts{}, err
	}
	h, _, err := s.Household(ctx)
	if err != nil {
		return model.NudgeFacts{}, err
	}
	me, err := s.store.Meta(ctx, metaPartner)
	if err != nil {
		return model.NudgeFacts{}, err
	}
	mine := func(o model.Owner) bool { return me == "" || o == model.Shared || o == model.Owner(me) }
	f := model.NudgeFacts{WeekStart: h.WeekStart, SessionExists: v.SessionThisQuarter}
	todaysFacts(&f, v, settings, mine)
	reviews, err := s.store.Reviews(ctx)
	if err != nil {
		return f, err
	}
	for _, r := range reviews {
		f.ReviewExists = f.ReviewExists || r.Year == v.Day.Year
	}
	people, err := s.store.AllPeople(ctx)
	if err != nil {
		return f, fmt.Errorf("load people: %w", err)
	}
	for _, p := range people {
		if mine(model.Owner(p.PartnerID)) && p.Due(v.Day) {
			f.People = append(f.People, p)
		}
	}
	return f, nil
}

// betweenFacts takes the everyday practices that wait for this computer's
// partner: requests to answer (an open one waits for the partner asked, a
// counter-proposal for the one who asked), agreements to revisit, a health
// check due.
func betweenFacts(f *model.NudgeFacts, v TodayView, mine func(model.Owner) bool) {
	names := map[string]string{}
	for _, p := range v.Partners {
		names[p.ID] = p.Name
	}
	for _, r := range v.Between.Waiting {
		waitsFor := r.FromID
		if r.Reply == model.ReplyOpen {
			waitsFor = otherPartner(v.Partners, r.FromID)
		}
		if mine(model.Owner(waitsFor)) {
			f.Requests = append(f.Requests, model.RequestNudge{Request: r, From: names[r.FromID]})
		}
	}
	f.Agreements = v.Between.Revisit
	for _, p := range v.Between.HealthDue {
		// A partner who never made a health check is not nudged to: Today
		// shows it, a notification would nag.
		f.HealthDue = f.HealthDue || (mine(model.Owner(p.ID)) && v.Between.HealthStarted[p.ID])
	}
}

// todaysFacts takes from the Today view what concerns this computer's
// partner (mine) and both.
func todaysFacts(f *model.NudgeFacts, v TodayView, settings model.NudgeSettings, mine func(model.Owner) bool) {
	for owner, rs := range v.Rituals {
		for _, r := range rs {
			if mine(owner) && r.Today.Due {
				f.Rituals = append(f.Rituals, r.Ritual)
			}
		}
	}
	f.CheckinAnswered, f.BalanceRated = true, true
	for _, p := range v.Unanswered {
		f.CheckinAnswered = f.CheckinAnswered && !mine(model.Owner(p.ID))
	}
	for _, p := range v.Unrated {
		f.BalanceRated = f.BalanceRated && !mine(model.Owner(p.ID))
	}
	for _, r := range v.Reviews {
		if mine(r.Owner) {
			f.ContractsDue = append(f.ContractsDue, model.ContractNudge{ID: r.Contract.ID, GoalTitle: r.GoalTitle, Due: r.Contract.NextReview()})
		}
	}
	betweenFacts(f, v, mine)
	horizon := v.Day.AddDays(settings.GoalDaysAhead)
	for owner, gs := range v.GoalsDue {
		for _, g := range gs {
			if mine(owner) && !horizon.Before(g.Due) {
				f.GoalsComingDue = append(f.GoalsComingDue, g)
			}
		}
	}
}
