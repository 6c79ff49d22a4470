package app

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
)

// The page for a first conversation holds the topics the couple kept and
// their own words, and nothing they left out.
func TestTheTalkPageHoldsWhatTheCoupleKept(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	_, partners, _ := s.Household(ctx)
	topics, err := s.TalkTopics(ctx, partners[0].ID)
	if err != nil || len(topics) < 2 {
		t.Fatalf("the demo has %d topics (%v)", len(topics), err)
	}
	kept, left := topics[:1], topics[1]
	var buf bytes.Buffer
	words := "Wir streiten über Geld — und über 家务 😅"
	if err := s.WriteTalkPage(ctx, &buf, kept, words, "A4"); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed (apt-get install poppler-utils)")
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = &buf
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"What we would like to talk about", kept[0].Title, "Wir streiten über Geld", "家务"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, left.Title) {
		t.Errorf("the page holds %q, which the couple left out", left.Title)
	}
}

func TestSelfExplorationIsAPrivateGoalOfOnesOwn(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	maya, _ := setUp(t, s)
	g, added, err := s.AddSelfExploration(ctx, maya.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !added || g.Owner != model.Owner(maya.ID) || !g.Private || len(g.Checklist) < 3 {
		t.Fatalf("the goal: %+v", g)
	}
	// Asked again, Maya keeps the one she has.
	again, added, err := s.AddSelfExploration(ctx, maya.ID)
	if err != nil || added || again.ID != g.ID {
		t.Fatalf("asked twice: added %v, %q then %q (%v)", added, g.ID, again.ID, err)
	}
}
