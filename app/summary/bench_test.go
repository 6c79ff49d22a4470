package summary

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// BenchmarkQuarterSummary writes the quarter's PDF for the demo household
// (a year of ritual history, a quarter of resources), as `venn summary` does.
func BenchmarkQuarterSummary(b *testing.B) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	s, err := app.Open(context.Background(), b.TempDir(), app.Options{Now: func() time.Time { return now }})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.Demo(context.Background(), 1); err != nil {
		b.Fatal(err)
	}
	q := Period{Quarter: model.Quarter{Year: 2026, Q: 4}, Year: 2026}
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(context.Background(), s, &buf, q, "A4"); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}

// BenchmarkWorldQuarterSummary writes the quarter's PDF for a household
// writing in Chinese, Russian, Greek and emoji: the CJK and emoji fonts are
// loaded once, then each PDF shapes, wraps and subsets them.
func BenchmarkWorldQuarterSummary(b *testing.B) {
	s, err := app.Open(context.Background(), b.TempDir(), app.Options{Now: func() time.Time { return galleryNow }})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	buildWorld(b, s)
	q := Period{Quarter: q4, Year: 2026}
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(context.Background(), s, &buf, q, "A4"); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}

// englishTwin is the Arabic household of the script gallery written in
// English: the same goals, ritual, value, contract and figures.
var englishTwin = scriptHousehold{name: "english", household: "Laila & Yusuf's home 🏠", a: "Laila", b: "Yusuf",
	titles: []string{"A trip to Cairo in the spring", "Learn Arabic calligraphy together", "Trip to Cairo in May"},
	ritual: "Morning coffee", column: "In progress", note: "A good week, we walked together every evening", value: "Family"}

// benchmarkScriptSummary writes the quarter's PDF for one of the script
// gallery's households.
func benchmarkScriptSummary(b *testing.B, sh scriptHousehold) {
	s, err := app.Open(context.Background(), b.TempDir(), app.Options{Now: func() time.Time { return galleryNow }})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	sh.build(b, s)
	q := Period{Quarter: q4, Year: 2026}
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(context.Background(), s, &buf, q, "A4"); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}

// BenchmarkArabicQuarterSummary writes the quarter's PDF for a household
// writing in Arabic: every word shaped and drawn as outlines, every line
// put in visual order. BenchmarkEnglishQuarterSummary is the same
// household in English, to compare with.
func BenchmarkArabicQuarterSummary(b *testing.B) { benchmarkScriptSummary(b, scriptHouseholds[0]) }

func BenchmarkEnglishQuarterSummary(b *testing.B) { benchmarkScriptSummary(b, englishTwin) }
