package app

import (
	"context"
	"errors"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// ErrJournalLocked is returned when a locked partner's journal is asked for.
var ErrJournalLocked = errors.New("this journal is locked: unlock your private space to read or write it")

// Journal returns a partner's journal entries holding every word of query
// (accents and case aside), newest first. A partner's journal is never
// synced; while their space is locked it is sealed, and this says so.
func (s *Service) Journal(ctx context.Context, partnerID, query string) ([]model.JournalEntry, error) {
	if s.IsLocked(partnerID) {
		return nil, ErrJournalLocked
	}
	all, err := s.store.Journal(ctx, partnerID)
	if err != nil || strings.TrimSpace(query) == "" {
		return all, err
	}
	var out []model.JournalEntry
	for _, j := range all {
		if model.Matches(j.Text, query) {
			out = append(out, j)
		}
	}
	return out, nil
}

// SaveJournalEntry writes a journal entry (a new one when its ID is
// empty), dated today unless it has a day.
func (s *Service) SaveJournalEntry(ctx context.Context, j model.JournalEntry) (model.JournalEntry, error) {
	if s.IsLocked(j.PartnerID) {
		return j, ErrJournalLocked
	}
	if j.Day.IsZero() {
		j.Day = s.today()
	}
	j.Text = strings.TrimRight(j.Text, " \t\n")
	if err := j.Validate(); err != nil {
		return j, err
	}
	if j.ID == "" {
		j.ID = storage.NewID()
	}
	j.Updated = s.now()
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !partnerIn(partners, j.PartnerID) {
			return model.Invalid("partner", "ui.model.journalWhose")
		}
		return tx.PutJournalEntry(j)
	})
	return j, err
}

// DeleteJournalEntry deletes a journal entry for good.
func (s *Service) DeleteJournalEntry(ctx context.Context, partnerID, id string) error {
	if s.IsLocked(partnerID) {
		return ErrJournalLocked
	}
	return s.update(ctx, func(tx *storage.Tx) error { return tx.DeleteJournalEntry(partnerID, id) })
}
