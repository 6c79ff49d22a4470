package model

import (
	"strconv"
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
)

// TestWordsInGerman: a validation error, a page of the guide, the first
// steps and the presence words come out in German when asked, and stay
// English in Message and with a nil translator.
func TestWordsInGerman(t *testing.T) {
	de := i18n.For("de")
	err := Goal{Column: ColumnIdeas}.Validate(nil)
	ve, ok := err.(*ValidationError)
	if !ok {
		t.Fatalf("a goal without a title: %v, want a ValidationError", err)
	}
	if got := ve.In(de); got != "Ein Ziel braucht einen Titel." {
		t.Errorf("in German: %q", got)
	}
	if ve.Error() != "A goal needs a title." || ve.In(nil) != ve.Error() {
		t.Errorf("in English: %q, %q", ve.Error(), ve.In(nil))
	}
	long := Goal{Title: strings.Repeat("x", MaxTitleLen+1), Column: ColumnIdeas}.Validate(nil).(*ValidationError)
	if got := long.In(de); !strings.HasPrefix(got, "Der Titel ist ") || !strings.Contains(got, strconv.Itoa(MaxTitleLen)) {
		t.Errorf("a named value in German: %q", got)
	}
	heart := MethodIn(de)[0]
	if heart.Key != MethodHeart || heart.Title != "Ich kann ohne dich leben, aber ich entscheide mich für dich" ||
		!strings.Contains(heart.Paragraphs[0], "Venn beruht auf einer Idee") || strings.Contains(heart.Paragraphs[0], "Venn is built") {
		t.Errorf("the guide's first page in German: %+v", heart)
	}
	if MethodIn(nil)[0].Title != "I can live without you, but I choose not to" {
		t.Errorf("the guide in English: %q", MethodIn(nil)[0].Title)
	}
	if s := FirstStepsIn(de, FirstStepFacts{}); s[0].When != "Tag 1" || s[0].Text == FirstSteps(FirstStepFacts{})[0].Text {
		t.Errorf("first steps in German: %+v", s[0])
	}
	if w := PresenceWordsIn(de); w[4] != "Ganz zusammen" || PresenceWordsIn(nil)[4] != "Really together" {
		t.Errorf("presence words: %q, %q", w[4], PresenceWordsIn(nil)[4])
	}
}

// TestSaidValuesInTheMessagesLanguage: a word inside a message (the
// cadence's period) is said in the message's language, and in English in
// Message.
func TestSaidValuesInTheMessagesLanguage(t *testing.T) {
	ve := Cadence{Times: 9, Per: PerWeek}.Validate().(*ValidationError)
	if ve.Error() != "9 times per week is more than the 7 days a week has." {
		t.Errorf("in English: %q", ve.Error())
	}
	if got := ve.In(i18n.For("de")); got != "9-mal pro Woche ist öfter, als es Tage darin gibt (7)." {
		t.Errorf("in German: %q", got)
	}
}

// A refusal reads its words only when it is said: one made as a package
// starts (app's ErrWrongPassphrase) reads no catalogue while Venn starts.
func TestARefusalSaysItsWordsWhenAsked(t *testing.T) {
	v := Invalid("passphrase", "ui.model.wrongPassphrase")
	if v.Message != "" {
		t.Errorf("a refusal read the catalogue when made: %q", v.Message)
	}
	if v.Error() != i18n.English().T("ui.model.wrongPassphrase") || v.Error() == "" || v.In(nil) != v.Error() {
		t.Errorf("in English: %q", v.Error())
	}
	if de := i18n.For("de"); v.In(de) != de.T("ui.model.wrongPassphrase") || v.In(de) == v.Error() {
		t.Errorf("in German: %q", v.In(de))
	}
}
