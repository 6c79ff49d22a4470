package summary

import (
	"image/color"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// The window's charts speak its language: titles, axes and the words a
// pointed week says.
func TestTheWindowsChartsSpeakItsLanguage(t *testing.T) {
	de := i18n.For("de")
	week := model.DateOf(time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC))
	health := HealthChart(de, app.HealthView{Week: week, Partners: []model.Partner{{ID: "a", Name: "Zoë", Color: "#3b82f6"}}})
	if health.Title != "Gesundheits-Check-ins, Woche für Woche" || !strings.HasPrefix(health.Names[len(health.Names)-1], "Woche vom") {
		t.Errorf("health chart: %q, %q", health.Title, health.Names[len(health.Names)-1])
	}
	if got := health.Format(3); got != "3,0 von 5 (mittel)" {
		t.Errorf("a health value says %q", got)
	}
	r := model.Ritual{Title: "Sonntagslauf", Start: week.AddDays(-300), Cadence: model.Cadence{Times: 1, Per: model.PerWeek}}
	strength := StrengthChart(de, app.RitualView{Ritual: r, Cadence: r.Cadence}, week, color.NRGBA{R: 200, A: 255})
	if strength.Title != "Stärke, Woche für Woche" || !slices.Contains(strength.Categories, "Okt.") {
		t.Errorf("strength chart: %q, months %q", strength.Title, strength.Categories)
	}
}
