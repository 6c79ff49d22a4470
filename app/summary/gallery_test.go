package summary

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
	"github.com/vennplanner/venn/storage"
)

// The summary gallery: households that printed summaries must survive,
// printed on both papers. The tests check the text that comes back and the
// number of pages; with VENN_GALLERY=DIR (scripts/summary-gallery) the PDFs
// and their pages as PNG images are also written to DIR, to look at.

// galleryNow is the day the gallery is printed on.
var galleryNow = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

var q4 = model.Quarter{Year: 2026, Q: 4}

// worldTitles are goal titles as couples type them: every script the
// summary promises, emoji alone and in sequences, accents composed and
// not.
var worldTitles = []string{
	"Party 🎉",
	"学习中文 📚 每天三十分钟",
	"日本語の勉強を続ける",
	"한국어 배우기 🇰🇷",
	"Выучить русский язык",
	"Μάθε ελληνικά ☕",
	"Café crème ✓ every Sunday ★",
	"👩‍❤️‍👨 Anniversary trip to Kraków",
	"Nguyễn family phở night 🍜🏽",
	"Ein Straßenfest für die Nachbarschaft",
	"Zoe\u0308's garden 🌱 → compost",
}

// galleryHousehold is one awkward household.
type galleryHousehold struct {
	name  string
	build func(t testing.TB, s *app.Service)
	// want is text that must come back from every page set.
	want []string
	// maxQuarterPages bounds the quarter's pages on either paper.
	maxQuarterPages int
	year            bool // print the year too
	// charts is how many charts each PDF must hold at least (every
	// chart printed is checked: no text on its plot, no labels touching).
	charts int
	// grey writes the pages in greyscale too, as most home printers
	// print them.
	grey bool
	// script, for a household writing in a shaped script, is its words,
	// each of which must come back in the order it was written.
	script *scriptHousehold
}

var galleryHouseholds = []galleryHousehold{
	{name: "empty", maxQuarterPages: 1, want: []string{"Our quarter: 2026-Q4", "No goals were planned, in progress or finished in this quarter, and none was aimed at it."}},
	{name: "demo", build: func(t testing.TB, s *app.Service) {
		if err := s.Demo(context.Background(), 1); err != nil {
			t.Fatal(err)
		}
	}, maxQuarterPages: 7, year: true, // five, until appreciations, agreements, "worth talking about" and the needs came in
		want: []string{"Run a half marathon", "What we value", "Development contracts", "Finish the UX certificate",
			"Appreciations", "Agreements and requests", "Worth talking about", "Autonomy, competence and relatedness"}},
	{name: "world", build: buildWorld, maxQuarterPages: 5, year: true,
		want: append(append([]string{"Zoë Ångström-Łukasiewicz", "王小明", "Утренний кофе ☕", "周末徒步 🥾", "Σάββατο βράδυ 🍷",
			"Свобода", "家庭 ❤️", "Каждую неделю по главе.", "搬家到大阪"}, worldTitles[:8]...), "Zoë's garden 🌱 → compost")},
	{name: "60-rituals", build: buildManyRituals, maxQuarterPages: 7, want: []string{"Ritual 1 ", "Ritual 60 "}},
	{name: "600-goals", build: buildManyGoals, maxQuarterPages: 28, want: []string{"Goal number 1 ", "Goal number 600 "}},
	{name: "long-names", build: buildLongNames, maxQuarterPages: 4, want: []string{"Bartholomew-Alexander", "Svetlana", "Shared"}},
	{name: "longest-latin", maxQuarterPages: 9, year: true, charts: 4, grey: true,
		build: buildLongest(longestName("Bartholomew-Alexander Montgomery-Fitzwilliam "), longestName("Svetlana Aleksandrovna Konstantinopolskaya ")),
		want:  []string{"Bartholomew-Alexander Montgomery-Fitzwilliam", "Svetlana Aleksandrovna"}},
	{name: "longest-cjk", maxQuarterPages: 9, year: true, charts: 4, grey: true,
		build: buildLongest(longestName("王小明李"), longestName("山田花子")), want: []string{"王小明李王小明李", "山田花子山田花子"}},
	{name: "longest-arabic", maxQuarterPages: 9, year: true, charts: 4, grey: true,
		build: buildLongest(longestName("ليلى عبد الرحمن "), longestName("يوسف الحسيني "))},
}

func TestSummaryGallery(t *testing.T) {
	for _, bin := range []string{"pdftotext", "pdffonts", "pdfinfo"} {
		if _, err := exec.LookPath(bin); err != nil {
			t.Fatalf("%s is needed (apt-get install poppler-utils)", bin)
		}
	}
	out := os.Getenv("VENN_GALLERY")
	for _, h := range append(galleryHouseholds, scriptGallery()...) {
		t.Run(h.name, func(t *testing.T) {
			t.Parallel()
			s, err := app.Open(context.Background(), t.TempDir(), app.Options{Now: func() time.Time { return galleryNow }})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if h.build != nil {
				h.build(t, s)
			}
			periods := []Period{{Quarter: q4, Year: 2026}}
			if h.year {
				periods = append(periods, Period{Year: 2026})
			}
			for _, p := range periods {
				for _, paper := range []string{report.PaperA4, report.PaperLetter} {
					var buf bytes.Buffer
					if err := Write(context.Background(), s, &buf, p, paper); err != nil {
						t.Fatalf("%s on %s: %v", p, paper, err)
					}
					text, pages := pdfText(t, buf.Bytes())
					flat := strings.Join(strings.Fields(text), " ")
					for _, w := range h.want {
						if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) && !strings.Contains(text, w) {
							t.Errorf("%s on %s: %q does not come back from the PDF", p, paper, w)
						}
					}
					if !p.Quarter.IsZero() && pages > h.maxQuarterPages {
						t.Errorf("%s on %s: %d pages, want at most %d", p, paper, pages, h.maxQuarterPages)
					}
					if !strings.Contains(text, fmt.Sprintf("Page %d of %d", pages, pages)) {
						t.Errorf("%s on %s: the last page is not numbered %d of %d", p, paper, pages, pages)
					}
					checkNoOrphanHeadings(t, fmt.Sprintf("%s on %s", p, paper), text)
					checkFontsEmbedded(t, buf.Bytes())
					checkCharts(t, fmt.Sprintf("%s on %s", p, paper), buf.Bytes(), h.charts)
					if h.script != nil {
						checkScript(t, fmt.Sprintf("%s on %s", p, paper), buf.Bytes(), text, h.script)
					}
					if out != "" {
						writeGalleryPages(t, out, fmt.Sprintf("%s-%s-%s", h.name, p, paper), buf.Bytes(), h.grey)
					}
					t.Logf("%s %s on %s: %d pages, %d KB", h.name, p, paper, pages, buf.Len()/1024)
				}
			}
		})
	}
}

// headings are the section titles a summary prints.
var headings = []string{"Goals", "What we value", "Milestones reached", "Development contracts", "Time, money and energy",
	"Rituals", "Calendar balance", "Check-in highlights", "Balance self-assessment", "Life events and decisions",
	"Annual relationship health review", "The year, quarter by quarter", "Session notes", "Aimed at the next quarter",
	"Aimed at the next year"}

var laneHeading = regexp.MustCompile(`\(\d+\)$`)

// checkNoOrphanHeadings fails when a page's last line of content is a
// heading (or a lane's name), its content left for the next page.
func checkNoOrphanHeadings(t *testing.T, what, text string) {
	t.Helper()
	for i, page := range strings.Split(text, "\f") {
		var last string
		for _, l := range strings.Split(page, "\n") {
			l = strings.TrimSpace(l)
			if l != "" && !strings.HasPrefix(l, "Page ") {
				last = l
			}
		}
		if slices.Contains(headings, last) || laneHeading.MatchString(last) {
			t.Errorf("%s: page %d ends with the heading %q", what, i+1, last)
		}
	}
}

// checkFontsEmbedded fails when pdffonts lists a font that is not embedded.
func checkFontsEmbedded(t *testing.T, pdf []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatalf("pdffonts: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no font:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name, type…, encoding, emb, sub, uni, object, generation
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("a font is not embedded: %s", l)
		}
	}
}

func writeGalleryPages(t *testing.T, dir, name string, pdf []byte, grey bool) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-png", "-r", "60", path, filepath.Join(dir, name)).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	if !grey {
		return
	}
	if out, err := exec.Command("pdftoppm", "-png", "-gray", "-r", "60", path, filepath.Join(dir, name+"-grey")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm -gray: %v\n%s", err, out)
	}
}

func mustGoal(t testing.TB, s *app.Service, title string, owner model.Owner, col model.Column, steps ...model.ChecklistStep) model.Goal {
	t.Helper()
	p := model.GoalPatch{Title: &title, Owner: &owner, Column: &col, TargetQuarter: &q4}
	if len(steps) > 0 {
		p.Checklist = &steps
	}
	g, err := s.CreateGoal(context.Background(), p)
	if err != nil {
		t.Fatalf("goal %q: %v", title, err)
	}
	return g
}

// keepRitual logs a ritual as kept on most of its days in the quarter.
func keepRitual(t testing.TB, s *app.Service, r model.Ritual, every int) {
	t.Helper()
	err := s.Store().Update(context.Background(), func(tx *storage.Tx) error {
		for d, i := q4.First(), 0; d.Before(model.DateOf(s.Now())); d, i = d.AddDays(1), i+1 {
			if i%every == 0 && i%(every*5) != every*2 {
				if err := tx.PutEntry(model.RitualEntry{ID: storage.NewID(), RitualID: r.ID, Day: d, Status: model.Done}, false); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// buildWorld is a couple writing in many scripts, with emoji everywhere a
// title or a note can take one.
func buildWorld(t testing.TB, s *app.Service) {
	ctx := context.Background()
	if err := s.SaveHousehold(ctx, app.HouseholdSetup{Name: "Zoë & 王小明 🏡", Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: "Zoë Ångström-Łukasiewicz", Color: "#3b82f6"}, B: app.PartnerSetup{Name: "王小明", Color: "#e07a5f"}}); err != nil {
		t.Fatal(err)
	}
	_, partners, err := s.Household(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, b := model.Owner(partners[0].ID), model.Owner(partners[1].ID)
	owners := []model.Owner{a, b, model.Shared}
	cols := []model.Column{model.ColumnPlanned, model.ColumnDoing, model.ColumnDone}
	var goals []model.Goal
	for i, title := range worldTitles {
		goals = append(goals, mustGoal(t, s, title, owners[i%3], cols[i%3],
			model.ChecklistStep{Text: "第一步 ✓", Done: true}, model.ChecklistStep{Text: "Второй шаг"}))
	}
	if err := s.SaveColumns(ctx, model.ColumnSettings{Column: model.ColumnDoing, Name: "进行中 🔥"}); err != nil {
		t.Fatal(err)
	}
	for i, title := range []string{"Утренний кофе ☕", "周末徒步 🥾", "Σάββατο βράδυ 🍷"} {
		r, err := s.SaveRitual(ctx, model.Ritual{Title: title, Who: owners[i], Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: q4.First()})
		if err != nil {
			t.Fatal(err)
		}
		keepRitual(t, s, r, 7)
	}
	for _, v := range []model.Value{
		{Owner: a, Kind: model.ValueCore, Text: "Свобода"},
		{Owner: b, Kind: model.ValueCore, Text: "家庭 ❤️"},
		{Owner: model.Shared, Kind: model.ValueCore, Text: "Φιλία 🤝"},
	} {
		if _, err := s.SaveValue(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	c, err := s.SaveContract(ctx, model.Contract{GoalID: goals[4].ID, Commitment: "Каждую неделю по главе. 📖", Support: "王小明 asks me a word a day 😊",
		EveryWeeks: 2, Started: model.Date{Year: 2026, Month: 10, Day: 5}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ReviewContract(ctx, c.ID, model.ContractReview{Day: model.Date{Year: 2026, Month: 10, Day: 19}, Rating: 4, Note: "Хорошо! 👍🏽 漢字も少し。"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogLifeEvent(ctx, model.LifeEvent{Kind: model.EventMove, Title: "搬家到大阪 📦", Day: model.Date{Year: 2026, Month: 11, Day: 2}}, model.Decision{}); err != nil {
		t.Fatal(err)
	}
	// Resources and balance ratings, so that the charts carry the names.
	for _, p := range partners {
		if err := s.SetCapacity(ctx, p.ID, model.Time, 10*60, q4.First()); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetAllocation(ctx, goals[0].ID, model.Time, 4*60, 0, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogActual(ctx, model.Actual{GoalID: goals[0].ID, PartnerID: partners[0].ID, Resource: model.Time, Amount: 150, Day: model.Date{Year: 2026, Month: 11, Day: 10}}); err != nil {
		t.Fatal(err)
	}
	signs, err := s.Signs(ctx)
	if err != nil || len(signs) == 0 {
		t.Fatalf("signs: %v (%d)", err, len(signs))
	}
	for i, p := range partners {
		for m := 10; m <= 11; m++ {
			if err := s.SaveRatings(ctx, model.Date{Year: 2026, Month: time.Month(m), Day: 1}, p.ID, map[string]int{signs[0].ID: i + m%2}, false); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// buildManyRituals is a household that tracks sixty rituals.
func buildManyRituals(t testing.TB, s *app.Service) {
	ctx := context.Background()
	a, b := setUp(t, s)
	owners := []model.Owner{model.Owner(a.ID), model.Owner(b.ID), model.Shared}
	for i := 1; i <= 60; i++ {
		c := model.Cadence{Times: 1 + i%3, Per: model.PerWeek}
		r, err := s.SaveRitual(ctx, model.Ritual{Title: fmt.Sprintf("Ritual %d ", i) + []string{"walk", "call home", "stretch", "read aloud"}[i%4],
			Who: owners[i%3], Cadence: c, Start: q4.First()})
		if err != nil {
			t.Fatal(err)
		}
		keepRitual(t, s, r, 1+i%5)
	}
}

// buildManyGoals is a household with six hundred goals in the quarter.
func buildManyGoals(t testing.TB, s *app.Service) {
	a, b := setUp(t, s)
	owners := []model.Owner{model.Owner(a.ID), model.Owner(b.ID), model.Shared}
	cols := []model.Column{model.ColumnIdeas, model.ColumnPlanned, model.ColumnDoing, model.ColumnDone}
	for i := 1; i <= 600; i++ {
		mustGoal(t, s, fmt.Sprintf("Goal number %d for the quarter", i), owners[i%3], cols[i%4])
	}
}

// buildLongNames has names and titles at the longest Venn allows, and
// words too long for any column.
func buildLongNames(t testing.TB, s *app.Service) {
	ctx := context.Background()
	long := func(s string, n int) string { return strings.Repeat(s, n)[:n] }
	if err := s.SaveHousehold(ctx, app.HouseholdSetup{Name: long("The Household of Many Long Names ", model.MaxNameLen), Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: "Bartholomew-Alexander Montgomery-Fitzwilliam", Color: "#3b82f6"},
		B: app.PartnerSetup{Name: "Svetlana Aleksandrovna Konstantinopolskaya", Color: "#e07a5f"}}); err != nil {
		t.Fatal(err)
	}
	_, partners, err := s.Household(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveColumns(ctx, model.ColumnSettings{Column: model.ColumnDoing, Name: long("Things we are working on right now ", 30)}); err != nil {
		t.Fatal(err)
	}
	mustGoal(t, s, long("Renovate the whole house, room by room, starting with the kitchen and ending with the attic ", model.MaxTitleLen),
		model.Owner(partners[0].ID), model.ColumnDoing, model.ChecklistStep{Text: "Kitchen", Done: true}, model.ChecklistStep{Text: "Attic"})
	mustGoal(t, s, "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsantrag"+strings.Repeat("x", 60),
		model.Owner(partners[1].ID), model.ColumnPlanned)
	mustGoal(t, s, long("A shared goal with a title that goes on and on ", model.MaxTitleLen), model.Shared, model.ColumnDone)
}
