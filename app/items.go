package app

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// The couple's own lists — check-in prompts and signs of imbalance — are
// one concept (model.Item): seeded with defaults, added to, reworded,
// reordered and retired the same way. itemList binds a list to its rows.
type itemList[K model.ItemKind] struct {
	noun     string // "prompt", "sign", "question"
	table    string // where its rows live
	prefix   string // of the defaults' derived ids
	defaults []model.DefaultItem[K]
	later    []string // keys of defaults added after the list's first Venn
	read     func(st *storage.Store, ctx context.Context) ([]model.Item[K], error)
	put      func(tx *storage.Tx, it model.Item[K]) error
	written  func(tx *storage.Tx) (int, error)
}

var (
	promptList = itemList[model.PromptKind]{noun: "prompt", table: "prompts", prefix: "default-prompt", defaults: model.DefaultPrompts,
		read: (*storage.Store).Prompts, put: (*storage.Tx).PutPrompt, written: (*storage.Tx).PromptsEverWritten}
	signList = itemList[model.Lean]{noun: "sign", table: "balance_signs", prefix: "default-sign", defaults: model.DefaultSigns,
		later: model.NewerSigns,
		read:  (*storage.Store).Signs, put: (*storage.Tx).PutSign, written: (*storage.Tx).SignsEverWritten}
	questionList = itemList[model.Depth]{noun: "question", table: "questions", prefix: "default-question", defaults: model.DefaultQuestions,
		read: (*storage.Store).Questions, put: (*storage.Tx).PutQuestion, written: (*storage.Tx).QuestionsEverWritten}
)

// seed writes the list's defaults if the household never had any items of
// it. Their ids are derived from fixed keys and they are written under
// storage.SeedStamp, so two computers that both seed them end up with one
// set, and an edit of a default is never undone by a seed arriving late. A
// default added in a later Venn (the newer signs) joins an existing list
// at its end, once: a default that was ever written — since retired,
// perhaps — is never written again.
func (l itemList[K]) seed(tx *storage.Tx) error {
	n, err := l.written(tx)
	if err != nil {
		return err
	}
	if n == 0 {
		ranks := model.RanksSpread(len(l.defaults))
		for i, d := range l.defaults {
			if err := storage.SeedItem(tx, l.table, model.Item[K]{ID: storage.DerivedID(l.prefix, d.Key), Text: d.Text, Kind: d.Kind, Rank: ranks[i]}); err != nil {
				return err
			}
		}
		return nil
	}
	for _, d := range l.defaults {
		if !slices.Contains(l.later, d.Key) {
			continue
		}
		id := storage.DerivedID(l.prefix, d.Key)
		ever, err := tx.RowEverWritten(l.table, id)
		if err != nil || ever {
			if err != nil {
				return err
			}
			continue
		}
		last, err := tx.LastRank(l.table)
		if err != nil {
			return err
		}
		if err := storage.SeedItem(tx, l.table, model.Item[K]{ID: id, Text: d.Text, Kind: d.Kind, Rank: model.RankBetween(last, "")}); err != nil {
			return err
		}
	}
	return nil
}

// ensureDefaults seeds the prompts, signs and questions the first time they are asked
// for, once per open data.
func (s *Service) ensureDefaults(ctx context.Context) error {
	if s.defaultsSeeded.Load() {
		return nil
	}
	err := s.store.Update(ctx, func(tx *storage.Tx) error {
		if err := promptList.seed(tx); err != nil {
			return err
		}
		if err := questionList.seed(tx); err != nil {
			return err
		}
		return signList.seed(tx)
	})
	s.defaultsSeeded.Store(err == nil)
	return err
}

func listItems[K model.ItemKind](ctx context.Context, s *Service, l itemList[K]) ([]model.Item[K], error) {
	if err := s.ensureDefaults(ctx); err != nil {
		return nil, err
	}
	return l.read(s.store, ctx)
}

// saveItem adds an item at the end of its list (empty ID) or saves its
// words; its place and kind stay as they were.
func saveItem[K model.ItemKind](ctx context.Context, s *Service, l itemList[K], it model.Item[K]) (model.Item[K], error) {
	it.Text = strings.TrimSpace(it.Text)
	if err := it.Validate(); err != nil {
		return it, err
	}
	all, err := listItems(ctx, s, l)
	if err != nil {
		return it, err
	}
	if it.ID == "" {
		it.ID = storage.NewID()
		last := ""
		if len(all) > 0 {
			last = all[len(all)-1].Rank
		}
		it.Rank = model.RankBetween(last, "")
	} else {
		i := slices.IndexFunc(all, func(o model.Item[K]) bool { return o.ID == it.ID })
		if i < 0 {
			return it, gone(l.noun)
		}
		it.Rank, it.Kind = all[i].Rank, all[i].Kind
	}
	return it, s.update(ctx, func(tx *storage.Tx) error { return l.put(tx, it) })
}

func gone(noun string) error {
	return errors.New("that " + noun + " no longer exists; it may have been deleted on the other computer")
}

// changeItem changes one item, given the list it is in and its place.
func changeItem[K model.ItemKind](ctx context.Context, s *Service, l itemList[K], id string, change func(it *model.Item[K], all []model.Item[K], i int)) error {
	all, err := listItems(ctx, s, l)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(all, func(o model.Item[K]) bool { return o.ID == id })
	if i < 0 {
		return gone(l.noun)
	}
	it := all[i]
	change(&it, all, i)
	return s.update(ctx, func(tx *storage.Tx) error { return l.put(tx, it) })
}

// moveBy returns a change that moves an item one place up (-1) or down (+1).
func moveBy[K model.ItemKind](by int) func(it *model.Item[K], all []model.Item[K], i int) {
	return func(it *model.Item[K], all []model.Item[K], i int) {
		switch {
		case by < 0 && i > 0:
			before := ""
			if i > 1 {
				before = all[i-2].Rank
			}
			it.Rank = model.RankBetween(before, all[i-1].Rank)
		case by > 0 && i < len(all)-1:
			after := ""
			if i < len(all)-2 {
				after = all[i+2].Rank
			}
			it.Rank = model.RankBetween(all[i+1].Rank, after)
		}
	}
}

func retire[K model.ItemKind](retired bool) func(it *model.Item[K], _ []model.Item[K], _ int) {
	return func(it *model.Item[K], _ []model.Item[K], _ int) { it.Retired = retired }
}

// Prompts returns the check-in prompts (retired ones too), seeding the
// defaults on first use.
func (s *Service) Prompts(ctx context.Context) ([]model.Prompt, error) {
	return listItems(ctx, s, promptList)
}

// SavePrompt adds a prompt at the end (empty ID) or saves one's text.
func (s *Service) SavePrompt(ctx context.Context, p model.Prompt) (model.Prompt, error) {
	return saveItem(ctx, s, promptList, p)
}

// RetirePrompt retires a prompt (its past answers stay) or brings it back.
func (s *Service) RetirePrompt(ctx context.Context, id string, retired bool) error {
	return changeItem(ctx, s, promptList, id, retire[model.PromptKind](retired))
}

// MovePrompt moves a prompt one place up (-1) or down (+1).
func (s *Service) MovePrompt(ctx context.Context, id string, by int) error {
	return changeItem(ctx, s, promptList, id, moveBy[model.PromptKind](by))
}

// Signs returns the signs of imbalance (retired ones too), seeding the
// defaults on first use.
func (s *Service) Signs(ctx context.Context) ([]model.Sign, error) {
	return listItems(ctx, s, signList)
}

// SaveSign adds a couple's own sign at the end (empty ID) or saves one's
// words.
func (s *Service) SaveSign(ctx context.Context, sg model.Sign) (model.Sign, error) {
	return saveItem(ctx, s, signList, sg)
}

// RetireSign retires a sign (its past ratings stay) or brings it back.
func (s *Service) RetireSign(ctx context.Context, id string, retired bool) error {
	return changeItem(ctx, s, signList, id, retire[model.Lean](retired))
}

// MoveSign moves a sign one place up (-1) or down (+1).
func (s *Service) MoveSign(ctx context.Context, id string, by int) error {
	return changeItem(ctx, s, signList, id, moveBy[model.Lean](by))
}

// Questions returns the deck of open questions (retired ones too), seeding
// the starter deck on first use.
func (s *Service) Questions(ctx context.Context) ([]model.Question, error) {
	return listItems(ctx, s, questionList)
}

// SaveQuestion adds a couple's own question at the end (empty ID) or saves
// one's words.
func (s *Service) SaveQuestion(ctx context.Context, q model.Question) (model.Question, error) {
	return saveItem(ctx, s, questionList, q)
}

// RetireQuestion takes a question out of the deck or puts it back.
func (s *Service) RetireQuestion(ctx context.Context, id string, retired bool) error {
	return changeItem(ctx, s, questionList, id, retire[model.Depth](retired))
}

// MoveQuestion moves a question one place up (-1) or down (+1).
func (s *Service) MoveQuestion(ctx context.Context, id string, by int) error {
	return changeItem(ctx, s, questionList, id, moveBy[model.Depth](by))
}
