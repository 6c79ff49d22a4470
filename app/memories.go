package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// ErrMemoryGone is returned for a memory removed meanwhile.
var ErrMemoryGone = errors.New("that memory no longer exists; it may have been removed on the other computer")

// YearAgoShown bounds the memories "this month a year ago" shows on Today.
const YearAgoShown = 3

// photoDir is where this computer keeps the memories' photos: files of
// their own beside the database, never in it.
func (s *Service) photoDir() string { return filepath.Join(filepath.Dir(s.store.Path()), "photos") }

// thumbDir is the cache of thumbnails, made on first use.
func (s *Service) thumbDir() string { return filepath.Join(s.photoDir(), "thumbs") }

// ThumbnailDir is the folder of the thumbnails' cache (benchmarks empty it).
func (s *Service) ThumbnailDir() string { return s.thumbDir() }

// photoPath is where a photo is kept on this computer.
func (s *Service) photoPath(id string) string { return filepath.Join(s.photoDir(), id+".jpg") }

// MemoryTimeline returns the memories timeline, newest first: own entries,
// milestones reached, goals finished and the shared moments named in
// check-ins (only answers both partners have shared).
func (s *Service) MemoryTimeline(ctx context.Context) ([]model.Remembered, error) {
	src, err := s.memorySources(ctx)
	if err == nil {
		src.Finished, err = s.finishedGoals(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("load memories: %w", err)
	}
	return model.MemoryTimeline(src), nil
}

// MemoriesYearAgo returns "this month a year ago": the memories of this
// month last year, oldest first, at most YearAgoShown.
func (s *Service) MemoriesYearAgo(ctx context.Context) ([]model.Remembered, error) {
	today := s.today()
	first := model.Date{Year: today.Year - 1, Month: today.Month, Day: 1}
	last := model.DateOf(first.Time().AddDate(0, 1, -1))
	src, err := s.memorySources(ctx)
	if err != nil {
		return nil, fmt.Errorf("load memories: %w", err)
	}
	// Only the goals finished that month are read (Today is drawn at start).
	if src.Finished, err = s.finishedGoalsIn(ctx, first, last); err != nil {
		return nil, fmt.Errorf("load memories: %w", err)
	}
	return model.YearAgo(model.MemoryTimeline(src), today, YearAgoShown), nil
}

func (s *Service) memorySources(ctx context.Context) (model.MemorySources, error) {
	var src model.MemorySources
	var err error
	if src.Own, err = s.store.Memories(ctx); err != nil {
		return src, err
	}
	if src.Milestones, err = s.store.Milestones(ctx); err != nil {
		return src, err
	}
	answers, err := s.store.Answers(ctx)
	if err != nil {
		return src, err
	}
	src.Rewarding = storage.DerivedID("default-prompt", "rewarding")
	for _, a := range answers {
		if a.PromptID == src.Rewarding {
			src.Answers = append(src.Answers, model.SharedAnswer{Answer: a.Answer, Private: a.Private})
		}
	}
	return src, nil
}

// finishedGoals returns the goals in Done with the day each moved there
// (by the column's stamp, in this computer's calendar).
func (s *Service) finishedGoals(ctx context.Context) ([]model.FinishedGoal, error) {
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return nil, err
	}
	moved, err := s.store.FieldsWritten(ctx, "goals", "board_column")
	if err != nil {
		return nil, err
	}
	var out []model.FinishedGoal
	for _, g := range goals {
		if g.Column != model.ColumnDone {
			continue
		}
		at, ok := moved[g.ID]
		if !ok {
			at = g.Created
		}
		if at.IsZero() {
			continue
		}
		out = append(out, model.FinishedGoal{Goal: g, Day: model.DateOf(at.In(s.now().Location()))})
	}
	return out, nil
}

// finishedGoalsIn returns the goals that moved into Done between from and
// to (and are still there), reading only those goals.
func (s *Service) finishedGoalsIn(ctx context.Context, from, to model.Date) ([]model.FinishedGoal, error) {
	moved, err := s.store.FieldsWritten(ctx, "goals", "board_column")
	if err != nil {
		return nil, err
	}
	var out []model.FinishedGoal
	for id, at := range moved {
		day := model.DateOf(at.In(s.now().Location()))
		if day.Before(from) || to.Before(day) {
			continue
		}
		g, err := s.store.Goal(ctx, id)
		if errors.Is(err, storage.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if g.Column == model.ColumnDone {
			out = append(out, model.FinishedGoal{Goal: g, Day: day})
		}
	}
	return out, nil
}

// PhotoChange says what a save does to a memory's photo.
type PhotoChange struct {
	Path   string // a picked file to use, "" to keep the photo as it is
	Remove bool   // take the photo away
}

// SaveMemory adds a memory (empty ID) or saves one; a picked photo is
// checked, written again as Venn keeps photos and kept beside the data.
func (s *Service) SaveMemory(ctx context.Context, m model.Memory, photo PhotoChange) (model.Memory, error) {
	m.Title, m.Words = strings.TrimSpace(m.Title), strings.TrimSpace(m.Words)
	if err := m.Validate(); err != nil {
		return m, err
	}
	var old *model.Memory
	if m.ID == "" {
		if err := s.mayChangeMemory(ctx, m); err != nil {
			return m, err
		}
	} else {
		o, err := s.memory(ctx, m.ID)
		if err != nil {
			return m, err
		}
		if err := s.mayChangeMemory(ctx, o); err != nil {
			return m, err
		}
		old, m.Photo, m.AuthorID = &o, o.Photo, o.AuthorID
	}
	newPhoto, err := s.takePhoto(ctx, photo.Path)
	if err != nil {
		return m, err
	}
	if newPhoto != "" || photo.Remove {
		m.Photo = newPhoto
	}
	if m.ID == "" {
		m.ID = storage.NewID()
	}
	err = s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !partnerIn(partners, m.AuthorID) {
			return model.Invalid("partner", "ui.model.memoryWhose")
		}
		return tx.PutMemory(old, m)
	})
	if err != nil {
		s.dropPhoto(newPhoto)
		return m, err
	}
	if old != nil && old.Photo != "" && old.Photo != m.Photo {
		s.dropPhoto(old.Photo)
	}
	return m, nil
}

// mayChangeMemory says whether this computer may change a memory: its
// words are its author's, and only the author's computer changes them.
func (s *Service) mayChangeMemory(ctx context.Context, m model.Memory) error {
	me, err := s.store.Meta(ctx, metaPartner)
	if err != nil || me == "" || me == m.AuthorID {
		return err
	}
	return model.Invalid("partner", "ui.model.memoryPartners")
}

func (s *Service) memory(ctx context.Context, id string) (model.Memory, error) {
	m, err := s.store.Memory(ctx, id)
	if errors.Is(err, storage.ErrNotFound) {
		return m, ErrMemoryGone
	}
	return m, err
}

// takePhoto reads a picked file, checks it and keeps it under a new id
// ("" when no file was picked).
func (s *Service) takePhoto(ctx context.Context, path string) (string, error) {
	if path == "" {
		return "", nil
	}
	data, err := readPicked(path)
	if err != nil {
		return "", err
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	kept, err := model.PreparePhoto(data)
	if err != nil {
		return "", err
	}
	id := storage.NewID()
	if err := s.keepPhoto(id, kept); err != nil {
		return "", err
	}
	return id, nil
}

// readPicked reads a picked photo, refusing one over the bound before
// reading it.
func readPicked(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &model.ValidationError{Field: "photo", Message: "Venn could not open that file: " + err.Error()}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > model.MaxPhotoInput {
		return nil, model.ErrPhotoTooBig
	}
	data, err := io.ReadAll(io.LimitReader(f, model.MaxPhotoInput+1))
	if err != nil {
		return nil, fmt.Errorf("read the photo: %w", err)
	}
	if len(data) > model.MaxPhotoInput {
		return nil, model.ErrPhotoTooBig
	}
	return data, nil
}

// keepPhoto writes a checked photo into the data folder.
func (s *Service) keepPhoto(id string, data []byte) error {
	if err := os.MkdirAll(s.photoDir(), 0o755); err != nil {
		return fmt.Errorf("keep the photo: %w", err)
	}
	if err := atomicfile.WriteBytes(s.photoPath(id), 0o644, data); err != nil {
		return fmt.Errorf("keep the photo: %w", err)
	}
	return nil
}

// dropPhoto removes a photo and its thumbnail from this computer.
func (s *Service) dropPhoto(id string) {
	if !storage.ValidID(id) {
		return
	}
	for _, p := range []string{s.photoPath(id), s.thumbPath(id)} {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			s.log.Warn("remove a photo", "err", err)
		}
	}
}

// DeleteMemory removes a memory and its photo; the other computer removes
// its copy of the photo when the removal reaches it.
func (s *Service) DeleteMemory(ctx context.Context, id string) error {
	m, err := s.memory(ctx, id)
	if err != nil {
		return err
	}
	if err := s.mayChangeMemory(ctx, m); err != nil {
		return err
	}
	if err := s.update(ctx, func(tx *storage.Tx) error { return tx.Delete("memories", id) }); err != nil {
		return err
	}
	s.dropPhoto(m.Photo)
	s.dropSealedPhoto(m.Photo)
	return nil
}

// Memory returns one of the partners' own memories.
func (s *Service) Memory(ctx context.Context, id string) (model.Memory, error) {
	return s.memory(ctx, id)
}

// HasPhoto reports whether this computer holds a photo (one still on its
// way from the other computer does not).
func (s *Service) HasPhoto(id string) bool {
	if !storage.ValidID(id) {
		return false
	}
	_, err := os.Stat(s.photoPath(id))
	return err == nil
}

// PhotoThumbnail returns a photo's thumbnail as a small JPEG, made once and
// kept on disk beside the photos; os.ErrNotExist when the photo is not on
// this computer (yet).
func (s *Service) PhotoThumbnail(id string) ([]byte, error) {
	if !storage.ValidID(id) {
		return nil, os.ErrNotExist
	}
	cached := s.thumbPath(id)
	if data, err := os.ReadFile(cached); err == nil {
		return data, nil
	}
	data, err := os.ReadFile(s.photoPath(id))
	if err != nil {
		return nil, err
	}
	thumb, err := model.ThumbnailJPEG(data, model.ThumbSide)
	if err != nil {
		return nil, fmt.Errorf("photo %s: %w", id, err)
	}
	if err := os.MkdirAll(s.thumbDir(), 0o755); err == nil {
		if err := atomicfile.WriteBytes(cached, 0o644, thumb); err != nil {
			s.log.Warn("keep a thumbnail", "err", err)
		}
	}
	if !s.HasPhoto(id) {
		// Sealed by a lock while the thumbnail was made.
		_ = shred(cached)
	}
	return thumb, nil
}

// PhotoBytes returns a kept photo's bytes (for the printed summary).
func (s *Service) PhotoBytes(id string) ([]byte, error) {
	if !storage.ValidID(id) {
		return nil, os.ErrNotExist
	}
	return os.ReadFile(s.photoPath(id))
}
