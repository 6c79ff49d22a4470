package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// practiceBench is the demo at scale 334 (10,020 goals) with three years of
// weekly health checks for both partners, 600 requests and 1,000
// appreciations.
func practiceBench(b *testing.B) *Service {
	b.Helper()
	ctx := context.Background()
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	s, err := Open(ctx, b.TempDir(), Options{Now: func() time.Time { return now }, Logger: quietLog, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if err := s.Demo(ctx, benchScale); err != nil {
		b.Fatal(err)
	}
	_, partners, _ := s.Household(ctx)
	week := s.WeekOf(ctx, s.today())
	err = s.store.Update(ctx, func(tx *storage.Tx) error {
		for w := range 156 {
			day := week.AddDays(-7 * w)
			for i, p := range partners {
				h := model.HealthCheck{ID: tx.HealthCheckID(day, p.ID), PartnerID: p.ID, Week: day,
					Physical: 1 + (w+i)%5, Mental: 1 + (w/3+i)%5, Emotional: 1 + (w/7)%5, Private: i == 1}
				if err := tx.PutHealthCheck(h); err != nil {
					return err
				}
			}
		}
		for i := range 600 {
			r := model.Request{ID: storage.NewID(), FromID: partners[i%2].ID, Day: s.today().AddDays(-i * 2), Need: fmt.Sprint("need ", i),
				Reply: []model.Reply{model.ReplyAgree, model.ReplyTalk, model.ReplyCounter, model.ReplyOpen}[i%4], Counter: "counter"}
			if err := tx.PutRequest(nil, r); err != nil {
				return err
			}
		}
		for i := range 1000 {
			a := model.Appreciation{ID: storage.NewID(), FromID: partners[i%2].ID, ToID: partners[1-i%2].ID, Day: s.today().AddDays(-i), Text: "Thank you ☕"}
			if err := tx.PutAppreciation(nil, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkWorthTalkingAbout finds the Balance tab's signals: goals,
// rituals, life events, health checks, requests and three months of
// balance ratings, two quarters over.
func BenchmarkWorthTalkingAbout(b *testing.B) {
	s := practiceBench(b)
	ctx := context.Background()
	_, partners, _ := s.Household(ctx)
	for b.Loop() {
		if _, err := s.WorthTalkingAbout(ctx, partners[0].ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTodayWithPractices is the Today view (opened first at start)
// with the everyday practices on it.
func BenchmarkTodayWithPractices(b *testing.B) {
	s := practiceBench(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.Today(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJournalSearch searches 2,000 pages of a journal (about 1,000
// characters each, accents and all) for two words, folded.
func BenchmarkJournalSearch(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir(), Options{Logger: quietLog, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	a, _ := setUp(b, s)
	page := strings.Repeat("Un café au bord de la Wisła, puis une longue marche. ", 18)
	err = s.store.Update(ctx, func(tx *storage.Tx) error {
		for i := range 2000 {
			j := model.JournalEntry{ID: storage.NewID(), PartnerID: a.ID, Day: s.today().AddDays(-i), Text: fmt.Sprint(page, i), Updated: s.now()}
			if err := tx.PutJournalEntry(j); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		got, err := s.Journal(ctx, a.ID, "cafe wisla 1999")
		if err != nil || len(got) != 1 {
			b.Fatalf("%d pages, %v", len(got), err)
		}
	}
}
