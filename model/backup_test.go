package model

import (
	"strings"
	"testing"
)

func TestBackupsToKeep(t *testing.T) {
	// A backup every day for 60 days up to Sunday 22 Nov 2026.
	var days []Date
	end := day("2026-11-22")
	for i := range 60 {
		days = append(days, DateOf(end.Time().AddDate(0, 0, -i)))
	}
	keep := BackupsToKeep(days)
	var got []string
	for _, d := range keep {
		got = append(got, d.String())
	}
	want := []string{
		"2026-11-22", "2026-11-21", "2026-11-20", "2026-11-19", "2026-11-18", "2026-11-17", "2026-11-16", // the week of Mon 16 Nov
		"2026-11-15", // newest of the week of 9 Nov
		"2026-11-08", // week of 2 Nov
		"2026-11-01", // week of 26 Oct
		"2026-10-25", // week of 19 Oct
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("kept %v\nwant %v", got, want)
	}
	if len(BackupsToKeep(days[:3])) != 3 {
		t.Fatal("fewer than seven backups are all kept")
	}
	// Gaps: backups only on some days still keep seven dailies first.
	sparse := []Date{day("2026-11-22"), day("2026-10-01"), day("2026-09-01"), day("2026-11-20"), day("2026-11-20")}
	if got := BackupsToKeep(sparse); len(got) != 4 {
		t.Fatalf("sparse backups: %v", got)
	}
}
