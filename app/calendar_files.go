package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/vennplanner/venn/app/ics"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/internal/atomicfile"
)

// CalendarFile is one iCalendar file Venn writes (see package ics).
type CalendarFile = ics.File

// CalendarFiles lists the files the household's calendar is written as, one
// per partner and one for joint time, with names that never collide.
func (s *Service) CalendarFiles(ctx context.Context) ([]CalendarFile, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	return ics.Files(h.Name, partners, s.Translator(ctx, i18n.Calendar)), nil
}

// WriteICS writes one calendar file (RFC 5545) with the blocks that belong
// in it, and the rhythm: rituals with reminder times (one event per cadence
// they had, paused days left out), goals' target dates and planned
// sessions, each with an alarm. Private items are never written.
func (s *Service) WriteICS(ctx context.Context, w io.Writer, f CalendarFile) error {
	blocks, err := s.store.Blocks(ctx)
	if err != nil {
		return err
	}
	rhythm, err := s.rhythm(ctx)
	if err != nil {
		return err
	}
	return ics.Encode(w, f, blocks, rhythm, s.now())
}

// rhythm gathers what a calendar file carries beside the blocks.
func (s *Service) rhythm(ctx context.Context) (ics.Rhythm, error) {
	var r ics.Rhythm
	var err error
	if r.Rituals, err = s.store.Rituals(ctx); err != nil {
		return r, err
	}
	if r.Adaptations, err = s.store.Adaptations(ctx); err != nil {
		return r, err
	}
	if r.Entries, err = s.store.PausedEntries(ctx); err != nil {
		return r, err
	}
	if r.Goals, err = s.store.Goals(ctx); err != nil {
		return r, err
	}
	if r.Sessions, err = s.store.Sessions(ctx); err != nil {
		return r, err
	}
	writes, err := s.store.LastWrites(ctx)
	if err != nil {
		return r, err
	}
	r.Changed = make(map[string]time.Time, len(writes))
	for id, st := range writes {
		r.Changed[id] = time.UnixMilli(st.WallMS).UTC()
	}
	return r, nil
}

// metaCalendarInFolder remembers whether the calendar files are written
// into the shared folder on every sync (this computer's choice).
const metaCalendarInFolder = "calendar_in_folder"

// CalendarInFolder reports whether each sync writes the calendar files
// into the shared folder.
func (s *Service) CalendarInFolder(ctx context.Context) bool {
	v, err := s.store.Meta(ctx, metaCalendarInFolder)
	return err == nil && v == "1"
}

// SetCalendarInFolder turns writing the calendar files on each sync on or off.
func (s *Service) SetCalendarInFolder(ctx context.Context, on bool) error {
	v := ""
	if on {
		v = "1"
	}
	return s.store.SetMeta(ctx, metaCalendarInFolder, v)
}

// CalendarFolder is where sync writes the calendar files, for calendar apps
// to subscribe to: a folder of this computer's own inside the shared folder
// (named after the computer and its id), so two computers never write the
// same file there.
func (s *Service) CalendarFolder(syncFolder string) string {
	return filepath.Join(syncFolder, "Venn", "calendars", ics.FileSafe(deviceName())+"-"+s.store.Device()[:8])
}

// writeFolderCalendars writes the calendar files into the shared folder
// when the couple asked for it. Private blocks are never written. With a
// household passphrase none are kept there: a calendar app cannot read an
// encrypted file, and a plain one would be readable by anyone with the
// folder; any this computer wrote before are taken away.
func (s *Service) writeFolderCalendars(ctx context.Context, folder string) error {
	dir := s.CalendarFolder(folder)
	pass, err := s.passphrase(ctx)
	if err != nil {
		return err
	}
	if !s.CalendarInFolder(ctx) || pass != "" {
		if _, err := os.Stat(dir); err == nil {
			return os.RemoveAll(dir)
		}
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("make the calendar folder: %w", err)
	}
	files, err := s.CalendarFiles(ctx)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := s.WriteICSFile(ctx, filepath.Join(dir, f.Name), f); err != nil {
			return err
		}
	}
	return nil
}

// WriteICSFile writes one calendar file through a temporary file, so a
// calendar app never reads half of it.
func (s *Service) WriteICSFile(ctx context.Context, path string, f CalendarFile) error {
	err := atomicfile.Write(path, 0o644, func(w io.Writer) error { return s.WriteICS(ctx, w, f) })
	if err != nil {
		return fmt.Errorf("save the calendar %s: %w", filepath.Base(path), err)
	}
	return nil
}
