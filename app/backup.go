package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

const backupPrefix = "venn-"

// BackupDir is where automatic backups are kept: beside the database.
func (s *Service) BackupDir() string { return filepath.Join(filepath.Dir(s.store.Path()), "backups") }

// AutoBackup makes today's backup if there is none yet (a consistent copy
// made with SQLite's online backup API) and prunes old ones, keeping seven
// daily and four weekly backups. It returns the path written, or "" when
// today's backup already existed.
func (s *Service) AutoBackup(ctx context.Context) (string, error) {
	dir := s.BackupDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("back up: %w", err)
	}
	today := s.today()
	path := filepath.Join(dir, backupPrefix+today.String()+".db")
	written := ""
	if _, err := os.Stat(path); os.IsNotExist(err) {
		if err := s.store.BackupTo(ctx, path); err != nil {
			return "", err
		}
		written = path
	}
	return written, s.pruneBackups(dir)
}

// pruneBackups removes daily backups that the retention rule does not keep.
func (s *Service) pruneBackups(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("list backups: %w", err)
	}
	byDay := map[model.Date]string{}
	var days []model.Date
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, backupPrefix) || !strings.HasSuffix(name, ".db") {
			continue
		}
		d, err := model.ParseDate(strings.TrimSuffix(strings.TrimPrefix(name, backupPrefix), ".db"))
		if err != nil || d.IsZero() {
			continue
		}
		byDay[d] = name
		days = append(days, d)
	}
	keep := map[model.Date]bool{}
	for _, d := range model.BackupsToKeep(days) {
		keep[d] = true
	}
	for d, name := range byDay {
		if !keep[d] {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				s.log.Warn("prune backup", "file", name, "err", err)
			}
		}
	}
	return nil
}

// Restore replaces this Venn's data with a backup (or any Venn database
// file), after checking it and keeping a copy of the current data in the
// backups folder. It returns the path of that copy.
func (s *Service) Restore(ctx context.Context, path string) (string, error) {
	if err := storage.CheckVennFile(ctx, path); err != nil {
		return "", err
	}
	dir := s.BackupDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	before := filepath.Join(dir, "before-restore-"+s.now().Format("2006-01-02-150405")+".db")
	if err := s.store.BackupTo(ctx, before); err != nil {
		return "", fmt.Errorf("keep a copy of the current data before restoring: %w", err)
	}
	if err := s.store.RestoreFrom(ctx, path); err != nil {
		return before, err
	}
	s.defaultsSeeded.Store(false) // the restored data may predate the defaults
	s.changed()
	return before, nil
}
