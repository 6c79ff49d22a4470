package ics

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/arran4/golang-ical"

	"github.com/vennplanner/venn/model"
)

// TestNoControlCharacterReachesTheFile: RFC 5545 allows no control
// character in a text value but the tab; a line end is written escaped.
// Text that came from an older Venn, a paste or another calendar may hold
// them, so the writer drops them, wherever the text goes.
func TestNoControlCharacterReachesTheFile(t *testing.T) {
	partner := model.Partner{ID: "p1", Name: "Zoë\x1b[31m", Slot: model.SlotA}
	f := Files("Zoë & Łukasz\x00", []model.Partner{partner}, nil)[0]
	start := model.WallTime{Date: model.Date{Year: 2026, Month: 11, Day: 20}, Minute: 9 * 60}
	blocks := []model.Block{{ID: "b1", Title: "Bell\a and escape\x1b[31m red\x7f\u0085 — 散步", Kind: model.KindSolo, Owner: "p1",
		Start: start, End: start.AddMinutes(60), Notes: "line one\r\nline two\rline three\vtab\there\x0c"}}
	rhythm := Rhythm{Rituals: []model.Ritual{{ID: "r1", Title: "Morning\x08 pages ☕", Who: "p1", Cadence: model.Cadence{Times: 1, Per: model.PerDay},
		Start: start.Date, ReminderTime: "07:30"}}}
	var buf bytes.Buffer
	if err := Encode(&buf, f, blocks, rhythm, time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	for i, r := range strings.ReplaceAll(text, "\r\n", "") {
		if (r < 0x20 && r != '\t') || (r >= 0x7f && r <= 0x9f) || r == utf8.RuneError {
			t.Fatalf("a raw control character %U at %d:\n%q", r, i, text)
		}
	}
	cal, err := ical.ParseCalendar(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range cal.Events() {
		got[e.Id()] = e.GetProperty(ical.ComponentPropertySummary).Value
		if e.Id() == "b1@venn" {
			got["notes"] = e.GetProperty(ical.ComponentPropertyDescription).Value
		}
	}
	want := map[string]string{
		"b1@venn":        "Bell and escape[31m red — 散步",
		"notes":          "line one\nline two\nline threetab\there",
		"ritual-r1@venn": "Morning pages ☕",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s reads %q, want %q", k, got[k], w)
		}
	}
	if !strings.Contains(text, "X-WR-CALNAME:Zoë[31m's solo time") {
		t.Errorf("the calendar's name is not cleaned:\n%s", text)
	}
}
