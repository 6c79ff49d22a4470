package app

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Errors of requests and agreements, in plain words.
var (
	ErrRequestGone   = errors.New("that request no longer exists; it may have been deleted on the other computer")
	ErrAgreementGone = errors.New("that agreement no longer exists; it may have been deleted on the other computer")
)

// MakeRequest writes a partner's need and proposal, dated today.
func (s *Service) MakeRequest(ctx context.Context, fromID, need, proposal string) (model.Request, error) {
	r := model.Request{ID: storage.NewID(), FromID: fromID, Day: s.today(), Need: strings.TrimSpace(need), Proposal: strings.TrimSpace(proposal)}
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !partnerIn(partners, fromID) {
			return model.Invalid("partner", "ui.model.requestWhose")
		}
		if err := r.Validate(); err != nil {
			return err
		}
		return tx.PutRequest(nil, r)
	})
	return r, err
}

// Requests returns every request of the household's partners, newest first.
func (s *Service) Requests(ctx context.Context) ([]model.Request, error) {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	return s.requestsOf(ctx, partners)
}

// requestsOf reads the requests the partners given made.
func (s *Service) requestsOf(ctx context.Context, partners []model.Partner) ([]model.Request, error) {
	all, err := s.store.Requests(ctx)
	var out []model.Request
	for _, r := range all {
		if partnerIn(partners, r.FromID) {
			out = append(out, r)
		}
	}
	return out, err
}

// AnswerRequest records byID's reply to a request: agree, counter-propose
// (with counter), or talk. The partner who asked may not answer their own
// request, except to accept (agree) or discuss (talk) a counter-proposal.
func (s *Service) AnswerRequest(ctx context.Context, id, byID string, reply model.Reply, counter string) (model.Request, error) {
	var r model.Request
	err := s.update(ctx, func(tx *storage.Tx) error {
		old, err := tx.Request(id)
		if err != nil {
			return goneAs(err, ErrRequestGone)
		}
		r = old
		own := byID == old.FromID
		if own && (old.Reply != model.ReplyCounter || reply == model.ReplyCounter) {
			return model.Invalid("partner", "ui.model.partnerAnswers")
		}
		r.Reply = reply
		if reply == model.ReplyCounter {
			r.Counter = strings.TrimSpace(counter)
		} else if !own && reply == model.ReplyAgree {
			r.Counter = "" // agreed as proposed
		}
		r.AnsweredOn = s.today()
		if err := r.Validate(); err != nil {
			return err
		}
		return tx.PutRequest(&old, r)
	})
	return r, err
}

// DeleteRequest deletes a request, on the computer it was written on.
func (s *Service) DeleteRequest(ctx context.Context, id string) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		if err := s.mayChangeWords(tx, "requests", id, "request"); err != nil {
			return err
		}
		return tx.Delete("requests", id)
	})
}

// turnRequest turns an agreed request into something, in one write: build
// builds and writes it (it is given the request and the partners), then the
// request records what it became.
func (s *Service) turnRequest(ctx context.Context, id string, o model.Outcome, build func(tx *storage.Tx, r model.Request, partners []model.Partner) error) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		r, err := tx.Request(id)
		if err != nil {
			return goneAs(err, ErrRequestGone)
		}
		if r.Reply != model.ReplyAgree {
			return model.Invalid("reply", "ui.model.agreeFirst")
		}
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if err := build(tx, r, partners); err != nil {
			return err
		}
		next := r
		next.Became = o
		return tx.PutRequest(&r, next)
	})
}

// clipRunes shortens s to at most n characters, with an ellipsis.
func clipRunes(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// fromRequest is the note a request's ritual or block carries.
func fromRequest(r model.Request) string {
	return clipRunes("From a request: "+r.Need, model.MaxNotesLen)
}

// RequestToRitual turns an agreed request into a shared weekly ritual, in
// one step; the couple adjusts it on the Rituals tab.
func (s *Service) RequestToRitual(ctx context.Context, id string) (model.Ritual, error) {
	var rit model.Ritual
	err := s.turnRequest(ctx, id, model.BecameRitual, func(tx *storage.Tx, r model.Request, partners []model.Partner) error {
		rit = model.Ritual{ID: storage.NewID(), Title: clipRunes(r.Agreed(), model.MaxTitleLen), Who: model.Shared,
			Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: s.today(), Notes: fromRequest(r)}
		if err := rit.Validate(partners); err != nil {
			return err
		}
		return tx.PutRitual(nil, rit)
	})
	return rit, err
}

// RequestToBlock turns an agreed request into a weekly calendar block,
// tomorrow evening from 19:00 to 21:00 and every week on that day; the
// couple moves it where it belongs in the calendar.
func (s *Service) RequestToBlock(ctx context.Context, id string) (model.Block, error) {
	var b model.Block
	err := s.turnRequest(ctx, id, model.BecameBlocks, func(tx *storage.Tx, r model.Request, partners []model.Partner) error {
		day := s.today().AddDays(1)
		b = model.Block{ID: storage.NewID(), Title: clipRunes(r.Agreed(), model.MaxTitleLen), Kind: model.KindJoint,
			Start: model.WallTime{Date: day, Minute: 19 * 60}, End: model.WallTime{Date: day, Minute: 21 * 60},
			Days: []time.Weekday{day.Time().Weekday()}, Notes: fromRequest(r)}
		if err := b.Validate(partners); err != nil {
			return err
		}
		return tx.PutBlock(nil, b)
	})
	return b, err
}

// RequestToAgreement keeps an agreed request as one of the couple's
// agreements, to revisit in three months.
func (s *Service) RequestToAgreement(ctx context.Context, id string) (model.Agreement, error) {
	var a model.Agreement
	err := s.turnRequest(ctx, id, model.BecameAgreement, func(tx *storage.Tx, r model.Request, _ []model.Partner) error {
		today := s.today()
		a = model.Agreement{ID: storage.NewID(), Text: clipRunes(r.Agreed(), model.MaxAgreementLen), Agreed: today,
			Revisit: model.DateOf(today.Time().AddDate(0, 3, 0)), RequestID: r.ID}
		if err := a.Validate(); err != nil {
			return err
		}
		return tx.PutAgreement(nil, a)
	})
	return a, err
}

// Agreements returns the couple's agreements, oldest first.
func (s *Service) Agreements(ctx context.Context) ([]model.Agreement, error) {
	return s.store.Agreements(ctx)
}

// SaveAgreement adds an agreement (empty ID) or saves one.
func (s *Service) SaveAgreement(ctx context.Context, a model.Agreement) (model.Agreement, error) {
	a.Text = strings.TrimSpace(a.Text)
	if a.Agreed.IsZero() {
		a.Agreed = s.today()
	}
	if err := a.Validate(); err != nil {
		return a, err
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		if a.ID == "" {
			a.ID = storage.NewID()
			return tx.PutAgreement(nil, a)
		}
		old, err := tx.Agreement(a.ID)
		if err != nil {
			return goneAs(err, ErrAgreementGone)
		}
		return tx.PutAgreement(&old, a)
	})
	return a, err
}

// DeleteAgreement deletes an agreement.
func (s *Service) DeleteAgreement(ctx context.Context, id string) error {
	return s.update(ctx, func(tx *storage.Tx) error { return tx.Delete("agreements", id) })
}
