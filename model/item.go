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
	noun, needs, known := it.Kind.item()
	text := strings.TrimSpace(it.Text)
	if text == "" {
		return invalidf(noun, "A %s needs %s.", noun, needs)
	}
	if utf8.RuneCountInString(text) > MaxItemLen {
		return invalidf(noun, "Please keep a %s to %d characters.", noun, MaxItemLen)
	}
	if !known {
		return invalidf(noun, "Unknown %s kind %q.", noun, string(it.Kind))
	}
	return nil
}

func (k PromptKind) item() (string, string, bool) {
	return "prompt", "a question", k == PromptPlain || k == PromptAutonomy
}

func (l Lean) item() (string, string, bool) {
	return "sign", "a sentence", l == LeanIndependent || l == LeanTogether
}
