package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// Local (never synced) settings of sync.
const (
	metaSyncFolder = "sync_folder"
	// metaPassphrase is where Venn before the keychain kept the household
	// passphrase; it is moved out on start (see secrets.go).
	metaPassphrase = "sync_passphrase"
	metaPartner    = storage.MetaThisPartner
	// metaJoinHousehold is the household this computer asked to join, for
	// the merges before its data holds it.
	metaJoinHousehold = "join_household"
	// metaEncryptionChosen records that the couple chose whether to use a
	// household passphrase; until then this computer writes no file.
	metaEncryptionChosen = "sync_encryption_chosen"
)

// SyncSettings are this computer's sync choices.
type SyncSettings struct {
	Folder        string
	HasPassphrase bool
	// PassKept says where the passphrase is kept: PassKeptKeychain,
	// PassKeptSession (no keychain: until Venn closes), PassKeptEnv.
	PassKept   string
	PartnerID  string // which partner this computer belongs to
	DeviceName string
	// EncryptionChosen says the couple chose whether to use a household
	// passphrase: until they have, this computer writes nothing to the
	// shared folder (its first file would otherwise be unencrypted).
	EncryptionChosen bool
}

// SyncStatus is what Settings › Sync shows.
type SyncStatus struct {
	Folder   string
	Running  bool
	LastSync time.Time
	Report   replica.Report
	Err      error
}

// ErrNoSyncFolder means no shared folder was chosen yet.
var ErrNoSyncFolder = errors.New("no sync folder chosen yet: choose one in Settings › Sync (or pass --folder)")

type syncState struct {
	mu      sync.Mutex
	syncer  *replica.Syncer
	key     string // folder, passphrase and partner the syncer was made for
	status  SyncStatus
	loop    *syncLoop
	watches map[int]func()
	nextID  int
}

// SyncSettings returns this computer's sync choices.
func (s *Service) SyncSettings(ctx context.Context) (SyncSettings, error) {
	folder, err := s.store.Meta(ctx, metaSyncFolder)
	if err != nil {
		return SyncSettings{}, err
	}
	pass, kept := s.passphraseKept()
	partner, err := s.store.Meta(ctx, metaPartner)
	if err != nil {
		return SyncSettings{}, err
	}
	chosen, err := s.store.Meta(ctx, metaEncryptionChosen)
	if err != nil {
		return SyncSettings{}, err
	}
	set := SyncSettings{Folder: folder, HasPassphrase: pass != "", PassKept: kept, PartnerID: partner, DeviceName: deviceName()}
	// A Venn from before this choice that already wrote its file chose
	// by writing it.
	set.EncryptionChosen = chosen != "" || set.HasPassphrase || (folder != "" && fileExists(filepath.Join(replica.Dir(folder), replica.FileName(s.store.Device()))))
	return set, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// passphrase is the household passphrase: $VENN_PASSPHRASE, else the one
// typed this session, else the keychain's; "" when there is none.
func (s *Service) passphrase(context.Context) (string, error) {
	pass, _ := s.passphraseKept()
	return pass, nil
}

// passphraseKept is the household passphrase and where it was found.
func (s *Service) passphraseKept() (pass, kept string) {
	if env := os.Getenv("VENN_PASSPHRASE"); env != "" {
		return env, PassKeptEnv
	}
	if p := s.rememberedPass(); p != "" {
		return p, PassKeptSession
	}
	p, err := s.secrets.Get(s.passAccount())
	if err != nil {
		if !errors.Is(err, ErrNoSecret) {
			s.log.Debug("keychain", "err", err)
		}
		return "", PassKeptNowhere
	}
	return p, PassKeptKeychain
}

func deviceName() string {
	name, err := os.Hostname()
	if err != nil || name == "" {
		return "a computer"
	}
	return name
}

// SetSyncFolder chooses the shared folder. A folder that holds another
// household's data is refused.
func (s *Service) SetSyncFolder(ctx context.Context, folder string) error {
	folder = strings.TrimSpace(folder)
	if folder == "" {
		return model.Invalid("folder", "ui.model.syncChooseFolder")
	}
	abs, err := filepath.Abs(folder)
	if err != nil {
		return fmt.Errorf("sync folder: %w", err)
	}
	info, err := os.Stat(abs)
	if err != nil || !info.IsDir() {
		return model.Invalid("folder", "ui.model.syncFolderUnreachable", "Folder", abs)
	}
	if err := s.checkFolderHousehold(ctx, abs); err != nil {
		return err
	}
	if err := os.MkdirAll(replica.Dir(abs), 0o755); err != nil {
		return model.Invalid("folder", "ui.model.syncFolderNotWritable", "Folder", abs, "Err", err)
	}
	return s.store.SetMeta(ctx, metaSyncFolder, abs)
}

// checkFolderHousehold refuses a folder holding another household's replicas.
func (s *Service) checkFolderHousehold(ctx context.Context, folder string) error {
	h, err := s.store.Household(ctx)
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	pass, err := s.passphrase(ctx)
	if err != nil {
		return err
	}
	found, _, err := replica.Households(ctx, folder, pass)
	if err != nil {
		return err
	}
	for _, f := range found {
		if f.ID != h.ID {
			return model.Invalid("folder", "ui.model.syncOtherHousehold")
		}
	}
	return nil
}

// ErrPassphraseDoesNotOpen is a household passphrase that does not open the
// files the other computers wrote: using it would split the household.
var ErrPassphraseDoesNotOpen = model.Invalid("passphrase", "ui.model.syncPassphraseDoesNotOpen")

// SetSyncPassphrase keeps (or, empty, forgets) the household passphrase on
// this computer: in the operating system's keychain, or — where there is
// none — in memory until Venn closes, never in Venn's file. Every computer
// of the household needs the same one, so a passphrase is first tried on
// the other computers' files in the shared folder: one that opens none of
// their encrypted files is refused, and nothing changes. Forgetting the
// passphrase takes this computer's encrypted file out of the folder (it
// writes no plain one while the other computers encrypt theirs). Either
// way the couple has chosen, and this computer may write its file.
func (s *Service) SetSyncPassphrase(ctx context.Context, pass string) error {
	if pass != "" && len([]rune(pass)) < 8 {
		return model.Invalid("passphrase", "ui.model.syncPassphraseShort")
	}
	folder, err := s.store.Meta(ctx, metaSyncFolder)
	if err != nil {
		return err
	}
	if folder != "" && pass != "" {
		keys, err := replica.Keys(ctx, folder, s.store.Device(), pass)
		if err != nil {
			return fmt.Errorf("check the passphrase: %w", err)
		}
		if keys.Encrypted > 0 && keys.Opened == 0 {
			s.log.Info("a household passphrase that opens none of the folder's files was refused")
			return ErrPassphraseDoesNotOpen
		}
	}
	if err := s.keepPassphrase(pass); err != nil {
		return err
	}
	if pass == "" && folder != "" {
		s.removeOwnEncryptedFile(folder)
	}
	return s.store.SetMeta(ctx, metaEncryptionChosen, "1")
}

// removeOwnEncryptedFile takes this computer's encrypted file out of the
// shared folder, once it has no passphrase to write one.
func (s *Service) removeOwnEncryptedFile(folder string) {
	path := filepath.Join(replica.Dir(folder), replica.FileName(s.store.Device()))
	data, err := os.ReadFile(path)
	if err != nil || !replica.IsEncrypted(data) {
		return
	}
	if err := os.Remove(path); err != nil {
		s.log.Warn("remove this computer's encrypted file", "err", err)
	}
}

// ChooseNoPassphrase records that the household's shared folder is not
// encrypted: this computer writes its file from now on. (An encrypted
// household still gets no plain file from it: see replica.Report.Held.)
func (s *Service) ChooseNoPassphrase(ctx context.Context) error {
	return s.SetSyncPassphrase(ctx, "")
}

// UseCurrentPassphrase is the command line's choice: sync as the
// passphrase this computer has ($VENN_PASSPHRASE, or the keychain's) says,
// encrypted or not — after trying it on the other computers' files.
func (s *Service) UseCurrentPassphrase(ctx context.Context) error {
	set, pass, err := s.syncConfig(ctx)
	if err != nil {
		return err
	}
	if pass != "" {
		keys, err := replica.Keys(ctx, set.Folder, s.store.Device(), pass)
		if err != nil {
			return fmt.Errorf("check the passphrase: %w", err)
		}
		if keys.Encrypted > 0 && keys.Opened == 0 {
			return ErrPassphraseDoesNotOpen
		}
	}
	return s.store.SetMeta(ctx, metaEncryptionChosen, "1")
}

// keepPassphrase keeps the passphrase in the keychain, or in memory.
func (s *Service) keepPassphrase(pass string) error {
	s.rememberPass("")
	if pass == "" {
		if err := s.secrets.Delete(s.passAccount()); err != nil && !errors.Is(err, ErrNoKeychain) {
			return err
		}
		return nil
	}
	if err := s.secrets.Set(s.passAccount(), pass); err != nil {
		if !errors.Is(err, ErrNoKeychain) {
			return err
		}
		s.log.Info("no keychain: the household passphrase is kept until Venn closes")
		s.rememberPass(pass)
	}
	return nil
}

// SetThisPartner records which partner this computer belongs to.
func (s *Service) SetThisPartner(ctx context.Context, partnerID string) error {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return err
	}
	if err := model.ValidateOwner(model.Owner(partnerID), partners); err != nil || partnerID == string(model.Shared) {
		return model.Invalid("partner", "ui.model.choosePartner")
	}
	return s.store.SetMeta(ctx, metaPartner, partnerID)
}

// syncConfig returns the sync settings and passphrase, or ErrNoSyncFolder.
func (s *Service) syncConfig(ctx context.Context) (SyncSettings, string, error) {
	set, err := s.SyncSettings(ctx)
	if err != nil {
		return set, "", err
	}
	if set.Folder == "" {
		return set, "", ErrNoSyncFolder
	}
	pass, err := s.passphrase(ctx)
	return set, pass, err
}

// syncer returns a Syncer for the current settings, reusing the last one
// while the settings are unchanged (it remembers which files it merged).
func (s *Service) syncer(ctx context.Context) (*replica.Syncer, error) {
	set, pass, err := s.syncConfig(ctx)
	if err != nil {
		return nil, err
	}
	joining, err := s.store.Meta(ctx, metaJoinHousehold)
	if err != nil {
		return nil, err
	}
	key := set.Folder + "\x00" + pass + "\x00" + set.PartnerID + "\x00" + joining
	s.sync.mu.Lock()
	defer s.sync.mu.Unlock()
	if s.sync.syncer == nil {
		if n := replica.RemoveLeftovers(); n > 0 {
			s.log.Info("removed temporary replica copies an older Venn left behind", "count", n)
		}
	}
	hold := ""
	if !set.EncryptionChosen {
		hold = "Choose in Settings › Sync whether your household uses a passphrase: this computer writes its file to the shared folder once you have."
	}
	key += "\x00" + hold
	if s.sync.syncer == nil || s.sync.key != key {
		s.sync.syncer = replica.New(s.store, replica.Options{
			Folder: set.Folder, Passphrase: pass, DeviceName: set.DeviceName, PartnerID: set.PartnerID, Now: s.now, Logger: s.log,
			Household: joining, AfterMerge: s.ReleaseHeldAnswers, Hold: hold,
		})
		s.sync.key = key
	}
	return s.sync.syncer, nil
}

// SyncNow runs one pass: merge every other computer's replica, then write
// this computer's own. Screens refresh when the merge changed something.
func (s *Service) SyncNow(ctx context.Context) (replica.Report, error) {
	sy, err := s.syncer(ctx)
	if err != nil {
		return replica.Report{}, err
	}
	before := s.othersPhotos(ctx)
	rep, err := sy.Pass(ctx)
	if err == nil {
		if cerr := s.writeFolderCalendars(ctx, sy.Folder()); cerr != nil {
			rep.Warnings = append(rep.Warnings, "Could not write the calendar files: "+UserMessageIn(nil, cerr))
		}
		s.photosAfterPass(ctx, sy.Folder(), rep.Held == "", before, &rep)
	}
	s.recordSync(sy.Folder(), rep, err)
	if rep.Changed {
		s.changed()
	}
	return rep, err
}

func (s *Service) recordSync(folder string, rep replica.Report, err error) {
	s.sync.mu.Lock()
	s.sync.status.Folder = folder
	s.sync.status.Err = err
	if err == nil {
		s.sync.status.LastSync = rep.At
		s.sync.status.Report = rep
	}
	fns := make([]func(), 0, len(s.sync.watches))
	for _, fn := range s.sync.watches {
		fns = append(fns, fn)
	}
	s.sync.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// SyncStatus returns the last pass's outcome.
func (s *Service) SyncStatus() SyncStatus {
	s.sync.mu.Lock()
	defer s.sync.mu.Unlock()
	st := s.sync.status
	st.Running = s.sync.loop != nil
	return st
}

// OnSyncStatus registers fn to run after every sync pass (on any goroutine).
func (s *Service) OnSyncStatus(fn func()) (cancel func()) {
	s.sync.mu.Lock()
	defer s.sync.mu.Unlock()
	if s.sync.watches == nil {
		s.sync.watches = map[int]func(){}
	}
	id := s.sync.nextID
	s.sync.nextID++
	s.sync.watches[id] = fn
	return func() {
		s.sync.mu.Lock()
		defer s.sync.mu.Unlock()
		delete(s.sync.watches, id)
	}
}

// FoundHousehold is a household whose replicas are in a folder.
type FoundHousehold = replica.Household

// ErrSeveralHouseholds means the folder holds more than one household's
// files: the person must say which to join.
var ErrSeveralHouseholds = errors.New("this folder holds more than one household")

// JoinHousehold makes this computer (with no household yet) part of the
// household whose replicas are in folder, as the partner named partnerName.
// householdID picks the household when the folder holds several (a decoy, an
// old household); "" joins the only one there.
func (s *Service) JoinHousehold(ctx context.Context, folder, passphrase, partnerName, householdID string) error {
	found, skipped, err := s.FolderHouseholds(ctx, folder, passphrase)
	if err != nil {
		return err
	}
	if householdID == "" {
		if householdID, err = onlyHousehold(found, skipped); err != nil {
			return err
		}
	}
	if !slices.ContainsFunc(found, func(h FoundHousehold) bool { return h.ID == householdID }) {
		return model.Invalid("household", "ui.model.syncHouseholdMissing")
	}
	if h, _, err := s.Household(ctx); err == nil && h.ID != householdID {
		// Joining again (say, to pick the other partner) is fine; joining a
		// second household is not.
		return model.Invalid("household", "ui.model.syncAlreadyHousehold")
	}
	// The passphrase opened the household's files (it was found with it):
	// joining is choosing it, or choosing none.
	if passphrase != "" {
		if err := s.keepPassphrase(passphrase); err != nil {
			return err
		}
	}
	if err := s.store.SetMeta(ctx, metaEncryptionChosen, "1"); err != nil {
		return err
	}
	if err := s.store.SetMeta(ctx, metaJoinHousehold, householdID); err != nil {
		return err
	}
	if err := s.SetSyncFolder(ctx, folder); err != nil {
		return err
	}
	sy, err := s.syncer(ctx)
	if err != nil {
		return err
	}
	rep, err := sy.Merge(ctx)
	s.recordSync(sy.Folder(), rep, err)
	if err != nil {
		return err
	}
	_, partners, err := s.Household(ctx)
	if errors.Is(err, ErrNoHousehold) {
		msg := "The household's files could not be read yet."
		for _, sk := range rep.Skipped {
			msg += fmt.Sprintf("\n%s %s.", sk.File, sk.Reason)
		}
		return &model.ValidationError{Field: "folder", Message: msg}
	}
	if err != nil {
		return err
	}
	s.changed()
	var names []string
	for _, p := range partners {
		names = append(names, p.Name)
		if strings.EqualFold(strings.TrimSpace(p.Name), strings.TrimSpace(partnerName)) {
			if err := s.SetThisPartner(ctx, p.ID); err != nil {
				return err
			}
			_, err := s.SyncNow(ctx)
			return err
		}
	}
	return whichPartner(names)
}

// whichPartner asks which of the household's partners (by name) this
// computer's person is.
func whichPartner(names []string) error {
	if len(names) == 2 {
		return model.Invalid("partner", "ui.model.syncWhichPartner", "A", names[0], "B", names[1])
	}
	return &model.ValidationError{Field: "partner", Message: fmt.Sprintf("This household's partners are %s; which one are you?", strings.Join(names, " and "))}
}

// onlyHousehold is the one household a folder holds, or why there is not
// one to join without asking which.
func onlyHousehold(found []FoundHousehold, skipped []replica.Skipped) (string, error) {
	switch len(found) {
	case 0:
		msg := "There is no Venn household in this folder yet. Set Venn up on one computer and sync it to this folder first."
		for _, sk := range skipped {
			msg += fmt.Sprintf("\n%s %s.", sk.File, sk.Reason)
		}
		return "", &model.ValidationError{Field: "folder", Message: msg}
	case 1:
		return found[0].ID, nil
	}
	var names []string
	for _, h := range found {
		names = append(names, DescribeHousehold(h))
	}
	return "", fmt.Errorf("%w: %s. Choose which one to join", ErrSeveralHouseholds, strings.Join(names, "; "))
}

// DescribeHousehold names a household found in a folder for people:
// "Maya & Liam (Maya's laptop, written 28 Nov 2026)".
func DescribeHousehold(h FoundHousehold) string {
	who := strings.Join(h.Partners, " & ")
	if who == "" {
		who = "A household"
	}
	var parts []string
	if len(h.Devices) > 0 {
		parts = append(parts, strings.Join(h.Devices, ", "))
	}
	if !h.LastWritten.IsZero() {
		parts = append(parts, "written "+h.LastWritten.Local().Format("2 Jan 2006"))
	}
	if len(parts) == 0 {
		return who
	}
	return who + " (" + strings.Join(parts, ", ") + ")"
}

// FolderHouseholds lists what a folder holds, for the join screen. An empty
// passphrase means the one this computer knows ($VENN_PASSPHRASE, or the
// one saved), if any.
func (s *Service) FolderHouseholds(ctx context.Context, folder, passphrase string) ([]FoundHousehold, []replica.Skipped, error) {
	if passphrase == "" {
		known, err := s.passphrase(ctx)
		if err != nil {
			return nil, nil, err
		}
		passphrase = known
	}
	return replica.Households(ctx, folder, passphrase)
}

// StartSync runs sync in the background while Venn is open: a pass now,
// this computer's replica written a few seconds after each edit, other
// computers' replicas merged when the folder changes and every 30 seconds.
// It does nothing when no folder is chosen. StopSync ends it.
func (s *Service) StartSync(ctx context.Context) error {
	set, err := s.SyncSettings(ctx)
	if err != nil || set.Folder == "" {
		return err
	}
	s.sync.mu.Lock()
	if s.sync.loop != nil {
		s.sync.mu.Unlock()
		return nil
	}
	folder := set.Folder
	l := replica.StartLoop(ctx, folder, replica.FileName(s.store.Device()), replica.LoopWork{
		Pass:       func(ctx context.Context, write bool) { s.syncPass(ctx, folder, write) },
		FinalWrite: s.finalSyncWrite,
		Log:        s.log,
	})
	s.sync.loop = &syncLoop{Loop: l, stopEdits: s.OnChange(l.NoteEdit)}
	s.sync.mu.Unlock()
	return nil
}

// StopSync ends background sync, writing this computer's replica one last
// time. It waits for the background work to finish.
func (s *Service) StopSync() {
	s.sync.mu.Lock()
	l := s.sync.loop
	s.sync.loop = nil
	s.sync.mu.Unlock()
	if l == nil {
		return
	}
	l.stopEdits()
	l.Stop()
}

// syncLoop is the running loop and the hook that tells it of edits.
type syncLoop struct {
	*replica.Loop
	stopEdits func()
}

// RestartSync applies changed sync settings to the background loop.
func (s *Service) RestartSync(ctx context.Context) error {
	s.StopSync()
	return s.StartSync(ctx)
}

// syncPass is one pass of the background loop: merge, write this
// computer's replica when asked or when the merge changed something, then
// the calendar files; the outcome goes to Settings › Sync.
func (s *Service) syncPass(ctx context.Context, folder string, write bool) {
	sy, err := s.syncer(ctx)
	if err != nil {
		s.recordSync(folder, replica.Report{}, err)
		return
	}
	before := s.othersPhotos(ctx)
	rep, err := sy.Merge(ctx)
	if err == nil && (write || rep.Changed || rep.Compacted > 0) {
		err = sy.WriteOwn(ctx)
		if errors.Is(err, replica.ErrHeld) {
			rep.Held, err = sy.Held(), nil
		}
		rep.Wrote = err == nil && rep.Held == ""
		if err == nil {
			if cerr := s.writeFolderCalendars(ctx, sy.Folder()); cerr != nil {
				rep.Warnings = append(rep.Warnings, "Could not write the calendar files: "+UserMessageIn(nil, cerr))
			}
		}
	}
	if err == nil {
		s.photosAfterPass(ctx, sy.Folder(), sy.Held() == "", before, &rep)
	}
	if ctx.Err() != nil {
		return
	}
	s.recordSync(sy.Folder(), rep, err)
	if err != nil {
		s.log.Warn("sync", "err", err)
	}
	if rep.Changed {
		s.changed()
	}
}

// photosAfterPass moves the memories' photos after a pass (see
// syncPhotos); a photo that arrived counts as a change, so screens redraw.
func (s *Service) photosAfterPass(ctx context.Context, folder string, canWrite bool, before map[string]bool, rep *replica.Report) {
	fetched, warnings := s.syncPhotos(ctx, folder, canWrite, before)
	rep.Warnings = append(rep.Warnings, warnings...)
	if fetched > 0 {
		rep.Changed = true
	}
}

// finalSyncWrite writes this computer's replica as the loop stops.
func (s *Service) finalSyncWrite(ctx context.Context) {
	sy, err := s.syncer(ctx)
	if err == nil {
		err = sy.WriteOwn(ctx)
	}
	if err != nil && !errors.Is(err, replica.ErrHeld) {
		s.log.Warn("final sync write", "err", err)
	}
}

// ReplicaCheck is one file's health, for `venn doctor`.
type ReplicaCheck struct {
	File    string
	Device  string
	Fields  int
	Problem string // "" when the file is a sound replica
}

// CheckReplicas reads every replica in the sync folder without merging.
func (s *Service) CheckReplicas(ctx context.Context) ([]ReplicaCheck, error) {
	set, pass, err := s.syncConfig(ctx)
	if err != nil {
		return nil, err
	}
	dir := replica.Dir(set.Folder)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read the sync folder: %w", err)
	}
	var out []ReplicaCheck
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(strings.ToLower(e.Name()), replica.Ext) || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		r, err := replica.Read(ctx, filepath.Join(dir, e.Name()), pass)
		if err != nil {
			out = append(out, ReplicaCheck{File: e.Name(), Problem: err.Error()})
			continue
		}
		c := ReplicaCheck{File: e.Name(), Device: r.Meta.DeviceName, Fields: len(r.Fields)}
		bad := 0
		for _, f := range r.Fields {
			if err := storage.CheckField(f, s.now()); err != nil {
				if bad == 0 {
					c.Problem = fmt.Sprintf("%s %s: %v", f.Table, f.RowID, err)
				}
				bad++
			}
		}
		if bad > 1 {
			c.Problem = fmt.Sprintf("%d fields Venn would not merge, the first: %s", bad, c.Problem)
		}
		out = append(out, c)
	}
	return out, nil
}
