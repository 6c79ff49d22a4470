package summary

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// The year summary has a page of memories: shared ones with their small
// photos, never a private one; a quarter summary has none.
func TestYearSummaryPrintsAPageOfMemories(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	_, partners, _ := s.Household(ctx)
	img := image.NewRGBA(image.Rect(0, 0, 320, 240))
	for x := range 320 {
		img.Set(x, x%240, color.RGBA{20, 120, 200, 255})
	}
	var buf bytes.Buffer
	_ = jpeg.Encode(&buf, img, nil)
	path := filepath.Join(t.TempDir(), "sea.jpg")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveMemory(ctx, model.Memory{AuthorID: partners[0].ID, Title: "First swim in the sea, Ærø", Day: model.Date{Year: 2026, Month: 7, Day: 4}}, app.PhotoChange{Path: path}); err != nil {
		t.Fatal(err)
	}
	var year bytes.Buffer
	if err := Write(ctx, s, &year, Period{Year: 2026}, "A4"); err != nil {
		t.Fatal(err)
	}
	text, _ := pdfText(t, year.Bytes())
	for _, want := range []string{"Memories of the year", "First swim in the sea, Ærø", "Pottery class, both hands in clay"} {
		if !strings.Contains(text, want) {
			t.Errorf("the year summary lacks %q:\n%s", want, text[max(0, strings.Index(text, "Memories of"))-0:])
		}
	}
	if strings.Contains(text, "The song I am writing for her") {
		t.Error("a private memory is printed")
	}
	if !bytes.Contains(year.Bytes(), []byte("/Subtype /Image")) {
		t.Error("the memory's photo is not drawn")
	}
	var quarter bytes.Buffer
	if err := Write(ctx, s, &quarter, Period{Year: 2026, Quarter: model.Quarter{Year: 2026, Q: 4}}, "A4"); err != nil {
		t.Fatal(err)
	}
	if text, _ := pdfText(t, quarter.Bytes()); strings.Contains(text, "Memories of the year") {
		t.Error("a quarter summary prints the year's memories")
	}
}
