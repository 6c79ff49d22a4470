package summary

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/internal/testdisk"
	"github.com/vennplanner/venn/model"
)

// TestMain keeps the tests' folders in memory where it can: see testdisk.
func TestMain(m *testing.M) {
	// The tests read English unless they choose a language: the machine's
	// own must not change it.
	os.Setenv("LC_ALL", "C")
	os.Unsetenv(i18n.EnvVar)
	os.Exit(testdisk.Main(m))
}

// openAt opens a service on a temp folder whose clock says now.
func openAt(t testing.TB, now time.Time) *app.Service {
	t.Helper()
	s, err := app.Open(context.Background(), t.TempDir(), app.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// demoAt is the demo household as it looks on the day now.
func demoAt(t testing.TB, now time.Time) *app.Service {
	t.Helper()
	s := openAt(t, now)
	if err := s.Demo(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	return s
}

// summaryNow is the day the summary tests that need no particular day
// run on: a Wednesday in the middle of a quarter, whenever they run.
var summaryNow = time.Date(2026, 11, 18, 10, 30, 0, 0, time.Local)

// newService opens an empty service on that day.
func newService(t testing.TB) *app.Service { return openAt(t, summaryNow) }

// setUp makes the household Zoë & Łukasz.
func setUp(t testing.TB, s *app.Service) (a, b model.Partner) {
	t.Helper()
	err := s.SaveHousehold(context.Background(), app.HouseholdSetup{
		Name: "Zoë & Łukasz", Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: "Zoë", Color: "#3b82f6"}, B: app.PartnerSetup{Name: "Łukasz", Color: "#e07a5f"},
	})
	if err != nil {
		t.Fatal(err)
	}
	_, partners, err := s.Household(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return partners[0], partners[1]
}
