package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// itemTable is where a kind of list item lives: prompts in prompts (kind
// column "kind"), signs in balance_signs (kind column "lean").
type itemTable struct{ name, kind string }

var (
	promptTable   = itemTable{"prompts", "kind"}
	signTable     = itemTable{"balance_signs", "lean"}
	questionTable = itemTable{"questions", "depth"}
)

// items reads a list's live items in their order.
func items[K model.ItemKind](ctx context.Context, db *sql.DB, t itemTable) ([]model.Item[K], error) {
	return queryRows(ctx, db, t.name, "SELECT id, text, "+t.kind+", rank, retired FROM "+t.name+" WHERE deleted = 0 ORDER BY rank, id",
		func(r *sql.Rows) (model.Item[K], error) {
			var it model.Item[K]
			var kind string
			err := r.Scan(&it.ID, &it.Text, &kind, &it.Rank, &it.Retired)
			it.Kind = K(kind)
			return it, err
		})
}

// putItem writes every field of an item.
func putItem[K model.ItemKind](tx *Tx, t itemTable, it model.Item[K]) error {
	return tx.SetFields(t.name, it.ID,
		Field{"text", it.Text}, Field{t.kind, string(it.Kind)}, Field{"rank", it.Rank}, Field{"retired", it.Retired})
}

// Prompts returns every live check-in prompt in order (retired ones too).
func (s *Store) Prompts(ctx context.Context) ([]model.Prompt, error) {
	return items[model.PromptKind](ctx, s.db, promptTable)
}

// Signs returns every live sign of imbalance in order (retired ones too).
func (s *Store) Signs(ctx context.Context) ([]model.Sign, error) {
	return items[model.Lean](ctx, s.db, signTable)
}

// PutPrompt writes every field of a prompt.
func (tx *Tx) PutPrompt(p model.Prompt) error { return putItem(tx, promptTable, p) }

// PutSign writes every field of a sign.
func (tx *Tx) PutSign(sg model.Sign) error { return putItem(tx, signTable, sg) }

// Questions returns the deck of open questions in order (retired ones too).
func (s *Store) Questions(ctx context.Context) ([]model.Question, error) {
	return items[model.Depth](ctx, s.db, questionTable)
}

// PutQuestion writes every field of a question.
func (tx *Tx) PutQuestion(q model.Question) error { return putItem(tx, questionTable, q) }

// QuestionsEverWritten reports how many questions this household ever had.
func (tx *Tx) QuestionsEverWritten() (int, error) { return tx.count(questionTable.name) }

// PromptsEverWritten reports how many prompts this household ever had.
func (tx *Tx) PromptsEverWritten() (int, error) { return tx.count(promptTable.name) }

// SignsEverWritten reports how many signs this household ever had.
func (tx *Tx) SignsEverWritten() (int, error) { return tx.count(signTable.name) }

// SeedStamp is the stamp of a default item Venn seeds (a default prompt,
// sign or question): the same on every computer and older than any edit.
// Two computers that seed the same default at once write the same row
// under the same stamp, so the merge keeps one row and sees no race, and a
// partner's edit of it (a rewording, a retirement) wins over a seed that
// arrives later from a computer that had not heard of the edit yet.
var SeedStamp = model.Stamp{WallMS: seedWallMS, Device: DerivedID("venn", "defaults")}

// seedWallMS is 1 January 2024, before any Venn household.
const seedWallMS = 1_704_067_200_000

// SeedItem writes a default item of the list kept in table ("prompts",
// "balance_signs", "questions") under SeedStamp.
func SeedItem[K model.ItemKind](tx *Tx, table string, it model.Item[K]) error {
	for _, t := range []itemTable{promptTable, signTable, questionTable} {
		if t.name == table {
			return tx.SetFieldsAt(t.name, it.ID, SeedStamp,
				Field{"text", it.Text}, Field{t.kind, string(it.Kind)}, Field{"rank", it.Rank}, Field{"retired", it.Retired})
		}
	}
	return fmt.Errorf("seed %s: not a list of items", table)
}
