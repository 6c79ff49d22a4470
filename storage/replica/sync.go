package replica

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Local settings this package keeps in the store's local_meta.
const (
	metaLastChecksum = "replica_checksum"
)

// SkewTolerance is how far apart clocks may be before the user is warned.
const SkewTolerance = 5 * time.Minute

// Device is another computer of the household, as last seen in its replica.
type Device struct {
	ID        string
	Name      string
	PartnerID string
	LastSeen  time.Time // when it last wrote its replica (its own clock)
	File      string
}

// Merged is one replica merged in a pass.
type Merged struct {
	File      string
	Device    string // the writer's device name
	Fields    int    // fields that changed here
	Withdrawn int
	Refused   int               // fields not merged (values Venn cannot accept, stamps too far ahead…)
	Examples  []storage.Refused // the first of them, with why
	// Protected counts the rows the file would have changed that are not
	// its writer's to change here: private or sealed on this computer, or
	// one person's words written on another computer. Left alone, not
	// errors.
	Protected     int
	ProtectedRows []storage.Refused
}

// Skipped is a file left alone in a pass, and why.
type Skipped struct {
	File   string
	Reason string
}

// Report is what one sync pass did.
type Report struct {
	At        time.Time
	Wrote     bool
	Merged    []Merged
	Skipped   []Skipped
	Devices   []Device
	Warnings  []string
	Changed   bool // data here changed
	Household string
	// Compacted counts deleted rows forgotten because every computer of
	// the household has heard of their delete (see compact.go).
	Compacted int
	// NeedPassphrase is set when files were left alone because they are
	// encrypted and this computer has no household passphrase;
	// WrongPassphrase when this computer's passphrase does not open them.
	NeedPassphrase  bool
	WrongPassphrase bool
	// Held says why this computer's own file was not written ("" when it
	// was, or was not asked to be): the couple has not chosen whether to
	// use a passphrase yet, or the household is encrypted and this computer
	// has no passphrase — it never writes a plain file beside encrypted ones.
	Held string
}

// Options configure a Syncer.
type Options struct {
	Folder     string // the shared folder the couple chose
	Passphrase string // "" for no encryption
	DeviceName string // shown to the partner, e.g. the computer's name
	PartnerID  string // which partner this computer belongs to, if chosen
	Now        func() time.Time
	Logger     *slog.Logger
	// Household is the household this computer joins, when it has none yet:
	// files of any other household in the folder are left alone.
	Household string
	// AfterMerge, if set, runs after the merge and before this device's
	// replica is written: the place for rules that react to what the
	// partner sent (sharing check-in answers once both have answered).
	AfterMerge func(ctx context.Context) error
	// Hold, when set, says why this computer's file must not be written
	// yet (the couple has not chosen whether to use a passphrase).
	Hold string
}

// Syncer runs sync passes for one store. It is safe for concurrent use;
// passes run one at a time.
type Syncer struct {
	store *storage.Store
	opts  Options

	mu sync.Mutex
	// encrypted is set while the last merge found other computers' files
	// encrypted: without a passphrase, this computer then writes nothing.
	encrypted bool
	applied   map[string]fileSig   // files merged whole, unchanged since
	rejected  map[string]rejection // files refused whole, unchanged since
	devices   map[string]Device    // the writer of each file read
	seen      map[string]seen      // what each file read holds, for compaction
}

// rejection remembers a refused file, so an unchanged bad file costs
// nothing on later passes.
type rejection struct {
	sig       fileSig
	reason    string
	needPass  bool // refused for want of the household passphrase
	wrongPass bool // refused: the passphrase does not open it
}

func newestDevice(a, b Device) Device {
	if a.ID == "" || b.LastSeen.After(a.LastSeen) {
		return b
	}
	return a
}

type fileSig struct {
	size    int64
	modTime time.Time
}

// New returns a Syncer for the store.
func New(store *storage.Store, opts Options) *Syncer {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Syncer{store: store, opts: opts, applied: map[string]fileSig{}, rejected: map[string]rejection{}, devices: map[string]Device{}, seen: map[string]seen{}}
}

// Folder returns the shared folder.
func (s *Syncer) Folder() string { return s.opts.Folder }

// OwnPath returns this device's replica file.
func (s *Syncer) OwnPath() string {
	return filepath.Join(Dir(s.opts.Folder), FileName(s.store.Device()))
}

// Pass merges every other replica, then writes this device's own (unless
// it is held: see Report.Held).
func (s *Syncer) Pass(ctx context.Context) (Report, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rep, err := s.merge(ctx)
	if err != nil {
		return rep, err
	}
	if rep.Held = s.held(); rep.Held != "" {
		return rep, nil
	}
	if err := s.writeOwn(ctx); err != nil {
		return rep, err
	}
	rep.Wrote = true
	return rep, nil
}

// ErrHeld is returned by WriteOwn when this computer's file may not be
// written yet; Report.Held says why.
var ErrHeld = errors.New("this computer's file is not written yet")

// held says why this computer's file may not be written now, or "".
func (s *Syncer) held() string {
	switch {
	case s.opts.Hold != "":
		return s.opts.Hold
	case s.encrypted && s.opts.Passphrase == "":
		return "Your household's shared folder is encrypted: type the household passphrase in Settings › Sync. " +
			"Until then this computer writes nothing there (never a file your partner's computer could not trust)."
	}
	return ""
}

// Merge merges every other replica without writing this device's own.
func (s *Syncer) Merge(ctx context.Context) (Report, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.merge(ctx)
}

// WriteOwn writes this device's replica, or returns ErrHeld.
func (s *Syncer) WriteOwn(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held() != "" {
		return ErrHeld
	}
	return s.writeOwn(ctx)
}

// Held says why this computer's file is not written now, or "".
func (s *Syncer) Held() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.held()
}

func (s *Syncer) writeOwn(ctx context.Context) error {
	if _, err := s.store.RepairPrivacy(ctx); err != nil {
		return err
	}
	fields, err := s.store.SyncedFields(ctx)
	if err != nil {
		return err
	}
	household := ""
	if h, err := s.store.Household(ctx); err == nil {
		household = h.ID
	}
	r := Replica{
		Meta: Meta{
			DeviceID: s.store.Device(), DeviceName: s.opts.DeviceName, PartnerID: s.opts.PartnerID,
			HouseholdID: household, SchemaVersion: storage.SchemaVersion(), WrittenAt: s.opts.Now(),
		},
		Fields: fields,
	}
	if err := Write(ctx, s.OwnPath(), r, s.opts.Passphrase); err != nil {
		return err
	}
	// Remember what we wrote, to recognise a second computer writing as us.
	return s.store.SetMeta(ctx, metaLastChecksum, checksum(fields))
}

func (s *Syncer) merge(ctx context.Context) (Report, error) {
	rep, err := s.mergeFiles(ctx)
	if err == nil {
		s.encrypted = rep.NeedPassphrase
	}
	if err == nil && s.opts.AfterMerge != nil {
		if err := s.opts.AfterMerge(ctx); err != nil {
			return rep, fmt.Errorf("after merging: %w", err)
		}
	}
	return rep, err
}

// mergePass is one pass over the folder's files.
type mergePass struct {
	s          *Syncer
	seen       map[string]seen // per other computer's file in the folder
	incomplete bool            // a file of the household could not be taken into account
	rep        Report
	now        time.Time
	dir        string
	household  string // the household this computer belongs to ("" before joining)
	lastOwn    string // checksum of the replica this computer wrote last
	devices    map[string]Device
	peerClocks []time.Time // when other computers wrote, by their clocks
}

func (s *Syncer) mergeFiles(ctx context.Context) (Report, error) {
	now := s.opts.Now()
	p := &mergePass{s: s, rep: Report{At: now}, now: now, dir: Dir(s.opts.Folder), household: s.opts.Household, devices: map[string]Device{}, seen: map[string]seen{}}
	if err := os.MkdirAll(p.dir, 0o755); err != nil {
		return p.rep, fmt.Errorf("open the sync folder %s: %w", s.opts.Folder, err)
	}
	entries, err := os.ReadDir(p.dir)
	if err != nil {
		return p.rep, fmt.Errorf("read the sync folder %s: %w", p.dir, err)
	}
	if h, err := s.store.Household(ctx); err == nil {
		p.household = h.ID
	}
	if p.lastOwn, err = s.store.Meta(ctx, metaLastChecksum); err != nil {
		return p.rep, err
	}
	// Merge the owners' own files first, conflicted copies after: order does
	// not change the result, but it keeps the report tidy.
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return p.rep, err
		}
		if err := p.entry(ctx, e); err != nil {
			return p.rep, err
		}
	}
	return p.rep, p.finish(ctx)
}

func (p *mergePass) skip(name, reason string) {
	p.rep.Skipped = append(p.rep.Skipped, Skipped{File: name, Reason: reason})
	p.incomplete = true
}

// entry looks at one folder entry: files that are not replicas, and
// replicas unchanged since they were read or refused, are passed over.
// Only an error that stops the whole pass is returned.
func (p *mergePass) entry(ctx context.Context, e os.DirEntry) error {
	name := e.Name()
	if e.IsDir() {
		return nil
	}
	switch classify(name) {
	case kindIgnore:
		return nil
	case kindForeign:
		p.rep.Skipped = append(p.rep.Skipped, Skipped{File: name, Reason: "is not a Venn replica (ignored)"})
		return nil
	}
	info, err := e.Info()
	if err != nil {
		p.skip(name, "could not be read; will try again")
		return nil
	}
	sig := fileSig{size: info.Size(), modTime: info.ModTime()}
	if old, ok := p.s.applied[name]; ok && old == sig {
		if d, ok := p.s.devices[name]; ok {
			p.devices[d.ID] = newestDevice(p.devices[d.ID], d)
			p.peerClocks = append(p.peerClocks, d.LastSeen)
		}
		if sn, ok := p.s.seen[name]; ok {
			p.seen[name] = sn
		}
		return nil // read before and unchanged since
	}
	if bad, ok := p.s.rejected[name]; ok && bad.sig == sig {
		p.skip(name, bad.reason) // refused before and unchanged since: not read again
		p.rep.NeedPassphrase = p.rep.NeedPassphrase || bad.needPass
		p.rep.WrongPassphrase = p.rep.WrongPassphrase || bad.wrongPass
		return nil
	}
	r, err := Read(ctx, filepath.Join(p.dir, name), p.s.opts.Passphrase)
	if err != nil {
		var se *SkipError
		if !errors.As(err, &se) {
			return err
		}
		p.reject(name, sig, se.Reason)
		switch {
		case errors.Is(se.Err, ErrNeedPassphrase):
			p.s.rejected[name] = rejection{sig: sig, reason: se.Reason, needPass: true}
			p.rep.NeedPassphrase = true
		case errors.Is(se.Err, ErrWrongPassphrase):
			p.s.rejected[name] = rejection{sig: sig, reason: se.Reason, wrongPass: true}
			p.rep.WrongPassphrase = true
		}
		return nil
	}
	if r.Meta.DeviceID == p.s.store.Device() {
		return p.own(ctx, name, sig, r)
	}
	return p.peer(ctx, name, sig, r)
}

// reject refuses a file until it changes.
func (p *mergePass) reject(name string, sig fileSig, reason string) {
	delete(p.s.applied, name)
	p.s.rejected[name] = rejection{sig: sig, reason: reason}
	p.skip(name, reason)
}

// own handles this computer's own file, or a sync service's copy of it. If
// it holds edits stamped by this device that this device never made,
// another computer is using this computer's identity.
func (p *mergePass) own(ctx context.Context, name string, sig fileSig, r Replica) error {
	if r.Meta.Checksum != p.lastOwn {
		cloned, err := p.s.store.HasUnknownOwnStamps(ctx, r.Fields)
		if err != nil {
			return err
		}
		if cloned {
			p.rep.Warnings = append(p.rep.Warnings, fmt.Sprintf(
				"%s holds changes made by another computer that uses this computer's identity (was Venn's data folder copied?). They were not merged.", name))
			return nil
		}
	}
	p.s.applied[name] = sig
	// This computer's files (and any copy a sync service made of one) are
	// in the folder too: what they lack may not be forgotten either.
	p.s.seen[name] = seenIn(r)
	p.seen[name] = p.s.seen[name]
	return nil
}

// peer merges another computer's file of this household.
func (p *mergePass) peer(ctx context.Context, name string, sig fileSig, r Replica) error {
	m := r.Meta
	switch {
	case m.HouseholdID == "":
		p.reject(name, sig, "names no household, so it was not written by one of your computers")
		return nil
	case p.household == "":
		p.skip(name, "was left alone: this computer has not joined a household yet")
		return nil
	case m.HouseholdID != p.household:
		p.reject(name, sig, "belongs to another household")
		return nil
	}
	d := Device{ID: m.DeviceID, Name: m.DeviceName, PartnerID: m.PartnerID, LastSeen: m.WrittenAt, File: name}
	p.devices[m.DeviceID] = newestDevice(p.devices[m.DeviceID], d)
	// Which partner each computer belongs to: whose own computer wrote a
	// person's answer, and who made an edit.
	if err := p.s.store.RememberDevicePartner(ctx, m.DeviceID, m.PartnerID); err != nil {
		return err
	}
	p.s.devices[name] = d
	p.peerClocks = append(p.peerClocks, m.WrittenAt)
	p.rep.Warnings = append(p.rep.Warnings, skewWarnings(m, p.now)...)
	if m.SchemaVersion < storage.SchemaVersion() {
		p.rep.Warnings = append(p.rep.Warnings, fmt.Sprintf("Venn on %s is older than this one: update it there, so that all of its changes arrive (an older Venn keeps checklists and labels in a way this one no longer merges).", cmp.Or(m.DeviceName, name)))
	}
	res, err := p.s.store.ApplyFieldsFrom(ctx, r.Fields, storage.Origin{Receiver: p.s.opts.PartnerID})
	if err != nil {
		p.skip(name, "could not be merged: "+err.Error())
		return nil
	}
	p.s.applied[name] = sig
	p.s.seen[name] = seenIn(r)
	p.seen[name] = p.s.seen[name]
	if h, err := p.s.store.Household(ctx); err == nil {
		p.household = h.ID // a first merge brings the household along
	}
	p.rep.Merged = append(p.rep.Merged, Merged{File: name, Device: m.DeviceName, Fields: res.Fields, Withdrawn: res.Withdrawn,
		Refused: res.RefusedCount, Examples: res.Refused, Protected: res.Protected, ProtectedRows: res.ProtectedRows})
	p.rep.Warnings = append(p.rep.Warnings, refusalWarnings(name, m, res, p.s.store.Clock().Last(), p.now)...)
	if res.Fields > 0 || res.Withdrawn > 0 {
		p.rep.Changed = true
	}
	return nil
}

// finish lists the computers seen and deals with this computer's clock:
// stamps far ahead of now are renewed when the other computers agree.
func (p *mergePass) finish(ctx context.Context) error {
	for _, d := range p.devices {
		p.rep.Devices = append(p.rep.Devices, d)
	}
	sort.Slice(p.rep.Devices, func(i, j int) bool { return p.rep.Devices[i].Name < p.rep.Devices[j].Name })
	p.rep.Household = p.household
	if err := p.compact(ctx); err != nil {
		return err
	}
	ahead := model.Ahead(p.s.store.Clock().Last(), p.now)
	if ahead <= SkewTolerance {
		return nil
	}
	renewed, ok, err := p.s.renewOwnStamps(ctx, p.peerClocks, p.now)
	switch {
	case err != nil:
		return err
	case ok:
		p.rep.Warnings = append(p.rep.Warnings, fmt.Sprintf("This computer's changes were stamped about %s in the future (its clock was wrong and has been put right); %d of them were renewed so your other computers take them.", model.RoundDuration(ahead), renewed))
		p.rep.Changed = true
	default:
		p.rep.Warnings = append(p.rep.Warnings, fmt.Sprintf("This computer's clock seems to be %s behind your other computers. Sync still works; fix the clock when you can.", model.RoundDuration(ahead)))
	}
	return nil
}

// renewOwnStamps renews the stamps this computer wrote while its clock was
// far ahead — only when the other computers' clocks agree with this one's
// now, so it is this clock that was wrong then and is right now (a clock
// that jumped back would make every stamp look ahead).
func (s *Syncer) renewOwnStamps(ctx context.Context, peers []time.Time, now time.Time) (int, bool, error) {
	if model.Ahead(s.store.Clock().Last(), now) <= storage.MaxStampAhead || len(peers) == 0 {
		return 0, false, nil
	}
	for _, p := range peers {
		if d := p.Sub(now); d > storage.MaxStampAhead || d < -storage.MaxStampAhead {
			return 0, false, nil
		}
	}
	n, err := s.store.RestampFuture(ctx)
	return n, err == nil, err
}

// refusalWarnings says, in words, what was not merged from a file and why.
func refusalWarnings(name string, m Meta, res storage.ApplyResult, ownClock model.Stamp, now time.Time) []string {
	var out []string
	who := m.DeviceName
	if who == "" {
		who = name
	}
	if res.Cloned {
		out = append(out, fmt.Sprintf("%s holds changes stamped with this computer's identity that this computer never made (was Venn's data folder copied to another computer?). They were not merged.", who))
	}
	if res.Ahead > 0 {
		clock := fmt.Sprintf("The clock on %s is about %s ahead of this computer's", who, model.RoundDuration(res.Ahead))
		if model.Ahead(ownClock, now) > storage.MaxStampAhead {
			clock = fmt.Sprintf("This computer's clock seems to be about %s behind %s's", model.RoundDuration(res.Ahead), who)
		}
		out = append(out, clock+"; changes stamped that far ahead wait until the two clocks agree. Fix whichever clock is wrong.")
	}
	if other := res.RefusedCount; other > 0 && res.Ahead == 0 && !res.Cloned {
		example := res.Refused[0]
		out = append(out, fmt.Sprintf("%d change(s) in %s were not merged because Venn could not accept them (for example %s %s: %s).",
			other, name, example.Table, example.RowID, example.Reason))
	}
	return out
}

// skewWarnings compares a replica's clocks with ours.
func skewWarnings(m Meta, now time.Time) []string {
	var out []string
	who := m.DeviceName
	if who == "" {
		who = "another computer"
	}
	// Past a day apart, the refused stamps' own warning says what to fix.
	if ahead := m.WrittenAt.Sub(now); ahead > SkewTolerance && ahead <= storage.MaxStampAhead {
		out = append(out, fmt.Sprintf("The clock on %s is about %s ahead of this one. Sync still works; fix the clock when you can.", who, model.RoundDuration(ahead)))
	}
	if !m.Newest.IsZero() {
		// Ahead never overflows, whatever a file's header holds.
		if behind := model.Ahead(m.Newest, m.WrittenAt); behind > SkewTolerance && behind <= storage.MaxStampAhead {
			out = append(out, fmt.Sprintf("The clock on %s seems to be about %s behind. Sync still works; fix the clock when you can.", who, model.RoundDuration(behind)))
		}
	}
	return out
}

// Household is a household whose replicas are in a folder, as the join
// screen shows it.
type Household struct {
	ID          string
	Partners    []string // the partners' names, as the files hold them
	Devices     []string // the computers that wrote its files
	LastWritten time.Time
}

// Households lists the households whose replicas are in a folder, newest
// first, to offer joining one. It reads without merging anything; files
// that name no household are left out.
func Households(ctx context.Context, folder, passphrase string) ([]Household, []Skipped, error) {
	dir := Dir(folder)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read the sync folder %s: %w", dir, err)
	}
	byID := map[string]*householdSeen{}
	var skipped []Skipped
	for _, e := range entries {
		if e.IsDir() || classify(e.Name()) != kindReplica {
			continue
		}
		r, err := Read(ctx, filepath.Join(dir, e.Name()), passphrase)
		if err != nil {
			var se *SkipError
			if errors.As(err, &se) {
				skipped = append(skipped, Skipped{File: e.Name(), Reason: se.Reason})
				continue
			}
			return nil, nil, err
		}
		id := r.Meta.HouseholdID
		if id == "" {
			continue
		}
		if byID[id] == nil {
			byID[id] = &householdSeen{Household: Household{ID: id}, partners: map[string]*partnerSeen{}}
		}
		byID[id].add(r)
	}
	return newestFirst(byID), skipped, nil
}

// householdSeen is a household as the files read so far tell it: several
// files (one per computer) add to one household.
type householdSeen struct {
	Household
	partners map[string]*partnerSeen // partner id → name and slot
}

// partnerSeen is a partner's name and slot, as a household's files hold them.
type partnerSeen struct{ name, slot string }

// add counts one of the household's files: the computer that wrote it, when
// it was written, and the partners' names and slots it holds.
func (h *householdSeen) add(r Replica) {
	m := r.Meta
	if m.DeviceName != "" && !slices.Contains(h.Devices, m.DeviceName) {
		h.Devices = append(h.Devices, m.DeviceName)
	}
	if m.WrittenAt.After(h.LastWritten) {
		h.LastWritten = m.WrittenAt
	}
	for _, f := range r.Fields {
		h.addPartnerField(f)
	}
}

// addPartnerField keeps a partner's name or slot; other fields are left out.
func (h *householdSeen) addPartnerField(f storage.SyncField) {
	if f.Table != "partners" || (f.Column != "name" && f.Column != "slot") {
		return
	}
	p := h.partners[f.RowID]
	if p == nil {
		p = &partnerSeen{}
		h.partners[f.RowID] = p
	}
	if v, ok := f.Value.(string); ok && f.Column == "name" {
		p.name = v
	} else if ok {
		p.slot = v
	}
}

// household returns the household with its partners' names, ordered by slot
// (then name).
func (h *householdSeen) household() Household {
	out := h.Household
	ps := slices.Collect(maps.Values(h.partners))
	sort.Slice(ps, func(i, j int) bool { return ps[i].slot+ps[i].name < ps[j].slot+ps[j].name })
	for _, p := range ps {
		out.Partners = append(out.Partners, p.name)
	}
	return out
}

// newestFirst returns the households seen, the last written first.
func newestFirst(byID map[string]*householdSeen) []Household {
	out := make([]Household, 0, len(byID))
	for _, h := range byID {
		out = append(out, h.household())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].LastWritten.After(out[j].LastWritten) })
	return out
}
