package app

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// pieces are what people's text is made of, and what a paste or a hostile
// file slips in: letters in many scripts, emoji sequences, line breaks and
// tabs, and characters that are not text (NUL, bell, DEL, C1 controls,
// direction overrides, isolates).
var pieces = []string{
	"a", "Z", " ", "é", "Ł", "ё", "日本", "ليلى", "שלום", "🌱", "👩‍👩‍👧", "🇵🇹", "e\u0301",
	"\n", "\t", "\r\n", "\x00", "\a", "\x7f", "\u0085", "\u202e", "\u202a", "\u2066", "\u200f", "\ufeff",
}

func randomText(rng *rand.Rand, longest int) string {
	var sb strings.Builder
	n := rng.IntN(longest)
	for range n {
		sb.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return sb.String()
}

// TestEveryPathChecksTextAlike is the one-set-of-checks property: whatever
// a local edit or an import writes, a merge on the partner's computer
// accepts; an import accepts exactly what a local edit accepts. Both
// computers can therefore never part over a value one of them wrote.
func TestEveryPathChecksTextAlike(t *testing.T) {
	ctx := context.Background()
	local := newService(t)
	setUp(t, local)
	into := newService(t) // the household arrives with the first import
	// The import's file: this household's export, one goal's title swapped.
	g, err := local.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Learn to sail")})
	if err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if err := local.Export(ctx, &file); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 30))
	cases := 600
	if testing.Short() {
		cases = 150
	}
	accepted, refused := 0, 0
	for i := range cases {
		title := randomText(rng, 12)
		if i%10 == 0 {
			title = strings.Repeat("ü", model.MaxTitleLen-2) + randomText(rng, 5) // about the longest title
		}
		notes := randomText(rng, 30)
		_, localErr := local.UpdateGoal(ctx, g.ID, model.GoalPatch{Title: &title, Notes: &notes})
		if localErr == nil {
			accepted++
			stored, err := local.Goal(ctx, g.ID)
			if err != nil {
				t.Fatal(err)
			}
			for col, v := range map[string]string{"title": stored.Title, "notes": stored.Notes} {
				if err := storage.ValidateField("goals", g.ID, col, v); err != nil {
					t.Fatalf("a local edit wrote %s %q, which the partner's merge refuses: %v", col, v, err)
				}
			}
		} else {
			refused++
			if !model.IsValidation(localErr) {
				t.Fatalf("a local edit of %q failed without words for people: %v", title, localErr)
			}
		}
		_, importErr := into.Import(ctx, strings.NewReader(swapTitle(t, file.Bytes(), g.ID, title, notes)))
		if (importErr == nil) != (localErr == nil) {
			t.Fatalf("title %q, notes %q: a local edit says %v, an import says %v", title, notes, localErr, importErr)
		}
	}
	if accepted == 0 || refused == 0 {
		t.Fatalf("the cases did not cover both sides: %d accepted, %d refused", accepted, refused)
	}
}

// swapTitle sets one goal's title and notes in an export.
func swapTitle(t *testing.T, export []byte, id, title, notes string) string {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(export, &doc); err != nil {
		t.Fatal(err)
	}
	for _, g := range doc["goals"].([]any) {
		m := g.(map[string]any)
		if m["id"] == id {
			m["title"], m["notes"] = title, notes
		}
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
