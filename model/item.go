package model

import (
	"strings"
	"unicode/utf8"
)

// An item is an entry of one of the couple's own lists: a check-in prompt
// (asked every week) or a sign of imbalance (rated every month). Both start
// from defaults, can be added to, reworded, reordered and retired — never
// deleted, since answers and ratings refer to them — and differ only in
// their kind: a prompt's PromptKind, a sign's Lean.

// ItemKind is the kind of an item: PromptKind or Lean.
type ItemKind interface {
	~string
	// item describes the kind's list for validation messages, and whether
	// the kind is one of the list's.
	item() (noun, needs string, known bool)
}

// Item is one entry of a couple's list.
type Item[K ItemKind] struct {
	ID      string
	Text    string
	Kind    K
	Rank    string
	Retired bool
}

// Prompt is one question of the weekly check-in.
type Prompt = Item[PromptKind]

// Sign is one sign of imbalance each partner rates monthly.
type Sign = Item[Lean]

// DefaultItem is one of the items a household starts with; its key is
// stable, so two computers seed the same rows.
type DefaultItem[K ItemKind] struct {
	Key  string
	Text string
	Kind K
}

// MaxItemLen bounds an item's text (a prompt's question, a sign's sentence).
const MaxItemLen = 300

// Validate checks an item's text and kind.
func (it Item[K]) Validate() error {
	noun, _, known := it.Kind.item()
	empty, tooLong, unknown := itemKeys(noun)
	text := strings.TrimSpace(it.Text)
	if text == "" {
		return invalid(noun, empty)
	}
	if utf8.RuneCountInString(text) > MaxItemLen {
		return invalid(noun, tooLong, "Max", MaxItemLen)
	}
	if !known {
		return invalid(noun, unknown, "Kind", quoted(string(it.Kind)))
	}
	return nil
}

// itemKeys are the catalogue keys of an item's messages: its text is
// empty, too long, or its kind unknown.
func itemKeys(noun string) (empty, tooLong, unknown string) {
	switch noun {
	case "prompt":
		return "ui.model.promptEmpty", "ui.model.promptTooLong", "ui.model.promptKindUnknown"
	case "sign":
		return "ui.model.signEmpty", "ui.model.signTooLong", "ui.model.signKindUnknown"
	}
	return "ui.model.questionEmpty", "ui.model.questionTooLong", "ui.model.questionKindUnknown"
}

func (k PromptKind) item() (string, string, bool) {
	return "prompt", "a question", k == PromptPlain || k == PromptAutonomy
}

func (l Lean) item() (string, string, bool) {
	return "sign", "a sentence", l == LeanIndependent || l == LeanTogether
}
