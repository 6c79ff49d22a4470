package app

import (
	"context"
	"errors"
	"os"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// strayPhotoAge is how old a photo named by no memory must be before it is
// removed from this computer (a photo is written just before its memory).
const strayPhotoAge = time.Hour

// photoPass is what one sync pass does with the memories' photos.
type photoPass struct {
	s        *Service
	folder   string
	pass     string
	me       string // the partner this computer belongs to, "" when not chosen
	canWrite bool   // this computer may write to the shared folder
	fetched  int
	warnings []string
}

// syncPhotos moves the memories' photos through the shared folder after a
// merge: a shared memory's photo is copied there (encrypted with the
// household's passphrase when there is one) and fetched from there when
// this computer has none; a removed memory's photo is removed on this
// computer and from the folder, and a private one's never leaves (or is
// taken back from the folder, sealed by a lock too). Before holds the
// other partner's photos named before the merge: one no memory names any
// more (its memory made private) is removed at once. It reports how many
// photos arrived and what went wrong, in words.
func (s *Service) syncPhotos(ctx context.Context, folder string, canWrite bool, before map[string]bool) (int, []string) {
	set, pass, err := s.syncConfig(ctx)
	if err != nil {
		return 0, nil
	}
	rows, err := s.store.MemoryPhotos(ctx)
	if err != nil {
		return 0, []string{"Could not read the memories' photos: " + UserMessageIn(nil, err)}
	}
	p := &photoPass{s: s, folder: folder, pass: pass, me: set.PartnerID, canWrite: canWrite}
	named := make(map[string]bool, len(rows))
	for _, r := range rows {
		if ctx.Err() != nil {
			return p.fetched, p.warnings
		}
		named[r.Photo] = true
		p.one(ctx, r)
	}
	p.takeBackSealed()
	for id := range before {
		if !named[id] {
			s.dropPhoto(id)
		}
	}
	s.sweepStrayPhotos(named)
	return p.fetched, p.warnings
}

// othersPhotos returns the photos named by the memories this computer may
// lose to a merge (the other partner's, which they may make private).
func (s *Service) othersPhotos(ctx context.Context) map[string]bool {
	rows, err := s.store.MemoryPhotos(ctx)
	if err != nil {
		return nil
	}
	me, _ := s.store.Meta(ctx, metaPartner)
	out := map[string]bool{}
	for _, r := range rows {
		if me == "" || r.AuthorID != me {
			out[r.Photo] = true
		}
	}
	return out
}

// takeBackSealed removes from the shared folder every photo a lock sealed
// here: a memory made private just before its author locked their space
// was never seen private by a sync pass.
func (p *photoPass) takeBackSealed() {
	if !p.canWrite {
		return
	}
	for _, id := range p.s.sealedPhotoIDs() {
		if err := replica.RemovePhoto(p.folder, id); err != nil {
			p.warn(id, "could not be removed from the shared folder", err)
		}
	}
}

func (p *photoPass) warn(id, what string, err error) {
	if len(p.warnings) < 3 {
		p.warnings = append(p.warnings, "Photo "+model.Shorten(id, 8)+": "+what+" ("+UserMessageIn(nil, err)+")")
	}
	p.s.log.Warn("memory photo", "photo", id, "what", what, "err", err)
}

func (p *photoPass) one(ctx context.Context, r storage.MemoryPhoto) {
	keepHere := !r.Deleted && !(r.Private && p.me != "" && r.AuthorID != p.me)
	shared := !r.Deleted && !r.Private
	if !keepHere {
		p.s.dropPhoto(r.Photo)
	}
	if !shared {
		if p.canWrite {
			if err := replica.RemovePhoto(p.folder, r.Photo); err != nil {
				p.warn(r.Photo, "could not be removed from the shared folder", err)
			}
		}
		return
	}
	if p.s.HasPhoto(r.Photo) {
		if p.canWrite && !replica.HasPhoto(p.folder, r.Photo, p.pass) {
			p.put(ctx, r.Photo)
		}
		return
	}
	p.fetch(r.Photo)
}

func (p *photoPass) put(ctx context.Context, id string) {
	data, err := os.ReadFile(p.s.photoPath(id))
	if err == nil {
		err = model.CheckStoredPhoto(data)
	}
	if err == nil {
		err = replica.WritePhoto(ctx, p.folder, id, data, p.pass)
	}
	if err != nil {
		p.warn(id, "could not be copied to the shared folder", err)
	}
}

func (p *photoPass) fetch(id string) {
	data, err := replica.ReadPhoto(p.folder, id, p.pass)
	if errors.Is(err, replica.ErrPhotoMissing) {
		return // not there yet: the next pass looks again
	}
	if err == nil {
		err = model.CheckStoredPhoto(data)
	}
	if err == nil {
		err = p.s.keepPhoto(id, data)
	}
	if err != nil {
		p.warn(id, "from the shared folder was not taken", err)
		return
	}
	p.fetched++
}

// sweepStrayPhotos removes this computer's photos that no memory names
// (a memory forgotten after its removal, a photo replaced elsewhere) once
// they are old enough not to be one whose memory is being written. While
// a space is locked it waits: a photo its sealed memory names may have
// been kept plain by an older Venn, and is sealed when its owner next
// unlocks and locks.
func (s *Service) sweepStrayPhotos(named map[string]bool) {
	if s.anyLocked() {
		return
	}
	entries, err := os.ReadDir(s.photoDir())
	if err != nil {
		return
	}
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), ".jpg")
		if !ok || e.IsDir() || named[id] || !storage.ValidID(id) {
			continue
		}
		if info, err := e.Info(); err == nil && s.now().Sub(info.ModTime()) > strayPhotoAge {
			s.dropPhoto(id)
		}
	}
}
