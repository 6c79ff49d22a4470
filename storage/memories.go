package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// A memory's photo is not in the database: the row names it (photo), and
// the photo is a file of its own in the data folder and the shared folder.

const memoryColumns = "id, author_id, title, day, words, photo, private"

// Memories returns every live memory, newest first.
func (s *Store) Memories(ctx context.Context) ([]model.Memory, error) {
	return queryRows(ctx, s.db, "memories", "SELECT "+memoryColumns+" FROM memories WHERE deleted = 0 ORDER BY day DESC, id", scanMemory)
}

// Memory reads one live memory.
func (s *Store) Memory(ctx context.Context, id string) (model.Memory, error) {
	ms, err := queryRows(ctx, s.db, "memory", "SELECT "+memoryColumns+" FROM memories WHERE deleted = 0 AND id = ?", scanMemory, id)
	if err != nil {
		return model.Memory{}, err
	}
	if len(ms) == 0 {
		return model.Memory{}, fmt.Errorf("memory %s: %w", id, ErrNotFound)
	}
	return ms[0], nil
}

// MemoryPhoto is what the photo files of a memory row are told by: the
// photo's id, whose memory it is, and whether it is private or deleted.
type MemoryPhoto struct {
	Photo    string
	AuthorID string
	Private  bool
	Deleted  bool
}

// MemoryPhotos returns every memory row that names a photo, live or
// deleted (a deleted memory's photo is removed on every computer).
func (s *Store) MemoryPhotos(ctx context.Context) ([]MemoryPhoto, error) {
	return queryRows(ctx, s.db, "memory photos", "SELECT photo, author_id, private, deleted FROM memories WHERE photo != '' ORDER BY photo",
		func(r *sql.Rows) (MemoryPhoto, error) {
			var p MemoryPhoto
			err := r.Scan(&p.Photo, &p.AuthorID, &p.Private, &p.Deleted)
			return p, err
		})
}

func scanMemory(r *sql.Rows) (model.Memory, error) {
	var m model.Memory
	var day string
	err := r.Scan(&m.ID, &m.AuthorID, &m.Title, &day, &m.Words, &m.Photo, &m.Private)
	m.Day, _ = model.ParseDate(day)
	return m, err
}

// PutMemory writes a memory (the changed fields when old is given).
func (tx *Tx) PutMemory(old *model.Memory, m model.Memory) error {
	var prev []Field
	if old != nil {
		prev = memoryFields(*old)
	}
	return tx.putRow("memories", m.ID, prev, memoryFields(m))
}

func memoryFields(m model.Memory) []Field {
	return []Field{{"author_id", m.AuthorID}, {"title", m.Title}, {"day", m.Day.String()}, {"words", m.Words},
		{"photo", m.Photo}, {"private", m.Private}}
}

// Memory reads one live memory in the transaction.
func (tx *Tx) Memory(id string) (model.Memory, error) {
	ms, err := queryRows(tx.ctx, tx.tx, "memory", "SELECT "+memoryColumns+" FROM memories WHERE deleted = 0 AND id = ?", scanMemory, id)
	if err != nil {
		return model.Memory{}, err
	}
	if len(ms) == 0 {
		return model.Memory{}, fmt.Errorf("memory %s: %w", id, ErrNotFound)
	}
	return ms[0], nil
}

// PrivateMemoryPhotos returns the photos of a partner's private memories
// in the transaction: the photo files a lock seals with the rows.
func (tx *Tx) PrivateMemoryPhotos(partnerID string) ([]string, error) {
	return queryRows(tx.ctx, tx.tx, "private memories' photos", "SELECT photo FROM memories WHERE private <> 0 AND author_id = ? AND photo != '' ORDER BY photo",
		func(r *sql.Rows) (string, error) {
			var id string
			err := r.Scan(&id)
			return id, err
		}, partnerID)
}
