package walk

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/vault"
	"github.com/vennplanner/venn/views"
)

// h is the one real window every test drives. The desktop driver must run
// on the main goroutine, so TestMain runs the app and the tests run beside it.
var h *harness

type harness struct {
	app     fyne.App
	session *views.Session
	win     fyne.Window
	xid     string // the window's X id, for xdotool
	tmp     string // HOME, preferences and data of this run
	shots   string // where screenshots go
	stopped chan struct{}

	fyneErrors *errorLog
	desktop    *desktopServices // the tray host and notification server, on a session bus
}

func TestMain(m *testing.M) {
	if os.Getenv("VENN_WALK") == "" || os.Getenv("DISPLAY") == "" {
		fmt.Println("real-window walk skipped: scripts/window-walk runs it on Xvfb (it needs VENN_WALK=1 and a DISPLAY)")
		os.Exit(0)
	}
	if _, err := exec.LookPath("xdotool"); err != nil {
		fmt.Fprintln(os.Stderr, "the real-window walk needs xdotool (apt-get install xdotool)")
		os.Exit(1)
	}
	os.Exit(run(m))
}

func run(m *testing.M) int {
	tmp, err := os.MkdirTemp("", "venn-walk-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	// Preferences (theme, window size) and the file dialogs' home folder
	// belong to this run, not to whoever runs it.
	for _, dir := range []string{"config", "home/.cache", "home/Documents", "home/Desktop", "home/Downloads", "home/Music", "home/Pictures", "home/Videos", "data"} {
		if err := os.MkdirAll(filepath.Join(tmp, dir), 0o700); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	os.Setenv("XDG_CONFIG_HOME", filepath.Join(tmp, "config"))
	os.Setenv("HOME", filepath.Join(tmp, "home"))
	os.Setenv("XDG_CACHE_HOME", filepath.Join(tmp, "home/.cache"))
	// The file dialogs list these folders as favourites.
	userDirs := ""
	for _, d := range []string{"Desktop", "Documents", "Download", "Music", "Pictures", "Videos"} {
		name := strings.ToUpper(d)
		dir := d
		if d == "Download" {
			dir = "Downloads"
		}
		userDirs += fmt.Sprintf("XDG_%s_DIR=\"$HOME/%s\"\n", name, dir)
	}
	if err := os.WriteFile(filepath.Join(tmp, "config", "user-dirs.dirs"), []byte(userDirs), 0o600); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	os.Unsetenv("FYNE_THEME")
	data := filepath.Join(tmp, "data")
	if err := fillDemo(data); err != nil {
		fmt.Fprintln(os.Stderr, "demo data:", err)
		return 1
	}
	// Screenshots are taken when asked for (a folder to keep them in):
	// without one the walk checks the same and draws no pictures.
	shots := os.Getenv("VENN_WALK_SHOTS")
	if shots != "" {
		if err := os.MkdirAll(shots, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}

	// Fyne reports its own errors through the standard logger: a walk that
	// makes Fyne complain fails.
	errs := &errorLog{}
	log.SetOutput(errs)

	desktop, err := startDesktopServices()
	if err != nil {
		fmt.Fprintln(os.Stderr, "desktop services:", err)
		return 1
	}
	a := fyneapp.NewWithID(views.AppID)
	stopped := make(chan struct{})
	a.Lifecycle().SetOnStopped(func() { close(stopped) })
	s, err := views.Open(context.Background(), a, data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "open the window:", err)
		return 1
	}
	h = &harness{app: a, session: s, win: s.Window, tmp: tmp, shots: shots, stopped: stopped, fyneErrors: errs, desktop: desktop}

	code := 1
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := h.findWindow(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			fyne.Do(a.Quit)
			return
		}
		time.Sleep(time.Second) // the first frames
		settle()
		// What Fyne said while starting (no D-Bus on Xvfb, …) is not the
		// walk's business.
		for _, line := range errs.take() {
			fmt.Fprintln(os.Stderr, "walk: at start:", line)
		}
		code = m.Run()
		select {
		case <-stopped:
		default:
			fyne.Do(a.Quit)
		}
	}()
	a.Run()
	<-done
	if err := s.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "close:", err)
		code = 1
	}
	return code
}

// walkPassphrase is Liam's lock in the walk's household: his private
// space is locked when the window opens, so the walk meets the locked
// screens and the unlock dialogs.
const walkPassphrase = "the walk's quiet room"

// fillDemo creates the demo household in dir, with Liam's space locked,
// on Maya's computer, as a month of two computers leaves it: a title both
// changed at once, an answer written for Maya on Liam's laptop, and a lock
// Maya reset whose items are kept. So the walk meets the notice of an
// edit made at the same time, Today's list of them with its buttons, the
// goal form's, the answer kept beside hers, and the way back to a reset
// lock's items.
func fillDemo(dir string) error {
	ctx := context.Background()
	svc, err := app.Open(ctx, dir, app.Options{})
	if err != nil {
		return err
	}
	if err := svc.Demo(ctx, 1); err != nil {
		svc.Close()
		return err
	}
	_, partners, err := svc.Household(ctx)
	if err == nil {
		err = svc.SetLock(ctx, partners[1].ID, walkPassphrase)
	}
	if err == nil {
		err = twoComputers(ctx, svc, partners[0], partners[1])
	}
	if err == nil {
		err = fullCells(ctx, svc, partners[1])
	}
	if err == nil {
		err = svc.DemoMemories(ctx, 8, 480) // memories with photos, for their thumbnails
	}
	if err != nil {
		svc.Close()
		return err
	}
	return svc.Close()
}

// twoComputers leaves in svc (Maya's computer) what a month of syncing with
// Liam's laptop leaves.
func twoComputers(ctx context.Context, svc *app.Service, maya, liam model.Partner) error {
	if err := svc.SetThisPartner(ctx, maya.ID); err != nil {
		return err
	}
	laptop := storage.NewID()
	if err := svc.Store().RememberDevicePartner(ctx, laptop, liam.ID); err != nil {
		return err
	}
	board, err := svc.Board(ctx, model.BoardFilter{})
	if err != nil {
		return err
	}
	var italy string
	for _, lane := range board.Lanes {
		for _, cell := range lane.Cells {
			for _, g := range cell {
				if g.Title == "Two weeks in Italy" {
					italy = g.ID
				}
			}
		}
	}
	week := svc.WeekOf(ctx, model.DateOf(svc.Now()))
	prompts, err := svc.Prompts(ctx)
	if err != nil || italy == "" || len(prompts) == 0 {
		return fmt.Errorf("the demo household lacks its Italy goal or its prompts: %v", err)
	}
	rituals, err := svc.Rituals(ctx, app.RitualFilter{})
	if err != nil || len(rituals.Rituals) == 0 {
		return fmt.Errorf("the demo household lacks rituals: %v", err)
	}
	at := model.Stamp{WallMS: svc.Now().UnixMilli() + 60_000, Device: laptop}
	answer := storage.NewID()
	if _, err := svc.Store().ApplyFields(ctx, []storage.SyncField{
		{Table: "goals", RowID: italy, Column: "title", Value: "Three weeks in Sicily 🍋", Stamp: at},
		{Table: "rituals", RowID: rituals.Rituals[0].Ritual.ID, Column: "title", Value: "Coffee on the balcony ☕", Stamp: at},
		{Table: "checkins", RowID: answer, Column: "week", Value: week.String(), Stamp: at},
		{Table: "checkins", RowID: answer, Column: "partner_id", Value: maya.ID, Stamp: at},
		{Table: "checkins", RowID: answer, Column: "prompt_id", Value: prompts[0].ID, Stamp: at},
		{Table: "checkins", RowID: answer, Column: "answer", Value: "The soup after our walk, written together on Liam's laptop", Stamp: at},
		{Table: "checkins", RowID: answer, Column: "visibility", Value: string(model.VisibleNow), Stamp: at},
		{Table: "checkins", RowID: answer, Column: "private", Value: int64(0), Stamp: at},
	}); err != nil {
		return err
	}
	return keptFromAReset(ctx, svc, maya)
}

// fullCellTitles are the goals the walk adds to the shared Planned cell, so
// it holds five: titles as people type them, one long enough to wrap.
var fullCellTitles = []string{
	"Zoë's 40th: a surprise weekend in Kraków 🇵🇱 with everyone she loves",
	"Переехать в квартиру с балконом до весны",
}

// manyIdeas is how many ideas the walk adds to Liam's lane: more than a
// cell shows before "Show N more".
const manyIdeas = 9

// fullCells fills two of the board's cells as a real board fills them: the
// shared Planned cell to five cards (the board at 1024×640 is checked with
// it) and Liam's Ideas past what a cell shows unfolded.
func fullCells(ctx context.Context, svc *app.Service, liam model.Partner) error {
	shared, planned := model.Shared, model.ColumnPlanned
	for _, title := range fullCellTitles {
		if _, err := svc.CreateGoal(ctx, model.GoalPatch{Title: &title, Owner: &shared, Column: &planned}); err != nil {
			return err
		}
	}
	his, ideas := model.Owner(liam.ID), model.ColumnIdeas
	for i := range manyIdeas {
		title := fmt.Sprintf("Idea %d: 一起去看樱花 🌸", i+1)
		if _, err := svc.CreateGoal(ctx, model.GoalPatch{Title: &title, Owner: &his, Column: &ideas}); err != nil {
			return err
		}
	}
	return nil
}

// keptFromAReset leaves what a lock of Maya's, reset two days ago, kept:
// one sealed goal, behind a passphrase nobody types in the walk. (Sealing
// her space for real would hide her private demo items from the walk.)
func keptFromAReset(ctx context.Context, svc *app.Service, maya model.Partner) error {
	key, _, err := vault.NewKey("an old lock of Maya's, reset", 10)
	if err != nil {
		return err
	}
	id := storage.NewID()
	row, err := json.Marshal(map[string]any{"t": "goals", "c": map[string]any{
		"id": id, "title": "A letter I have not sent yet ✉️", "owner": maya.ID, "board_column": "ideas", "rank": "i", "private": 1,
	}})
	if err != nil {
		return err
	}
	blob, err := vault.Seal(row, key.Recipient)
	if err != nil {
		return err
	}
	at := svc.Now().Add(-48 * time.Hour).UTC().Format(time.RFC3339Nano)
	db := svc.Store().DB()
	if _, err := db.ExecContext(ctx, "INSERT INTO reset_locks(partner_id, reset_at, recipient, wrapped) VALUES(?, ?, ?, ?)", maya.ID, at, key.Recipient, key.Wrapped); err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, "INSERT INTO reset_sealed(partner_id, reset_at, tbl, row_id, blob) VALUES(?, ?, 'goals', ?, ?)", maya.ID, at, id, blob)
	return err
}

// findWindow waits for the window to be mapped and learns its X id. The
// class must be "Venn", the launcher's StartupWMClass, or docks cannot
// match the window to its icon.
func (h *harness) findWindow() error {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		out, err := exec.Command("xdotool", "search", "--onlyvisible", "--class", "^Venn$").Output()
		if ids := strings.Fields(string(out)); err == nil && len(ids) > 0 {
			h.xid = ids[len(ids)-1]
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	out, _ := exec.Command("xdotool", "search", "--onlyvisible", "--name", "Venn", "getwindowclassname").CombinedOutput()
	return fmt.Errorf("no visible window of class Venn (the window's class is %q)", strings.TrimSpace(string(out)))
}

// errorLog collects what Fyne logs.
type errorLog struct {
	mu    sync.Mutex
	lines []string
}

func (e *errorLog) Write(p []byte) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	os.Stderr.Write(p)
	e.lines = append(e.lines, strings.TrimSpace(string(p)))
	return len(p), nil
}

// take returns and forgets what was logged since the last call.
func (e *errorLog) take() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := e.lines
	e.lines = nil
	return out
}

// checkFyneErrors fails t for anything Fyne logged since the last check.
func checkFyneErrors(t *testing.T, where string) {
	t.Helper()
	for _, line := range h.fyneErrors.take() {
		t.Errorf("%s: Fyne logged: %s", where, line)
	}
}

// progress says what the walk is about to do on standard error at once, so
// that a crash of the window shows what was being pressed.
func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "walk: "+format+"\n", args...)
}

// onUI runs f on the UI goroutine and waits for it.
func onUI(f func()) { fyne.DoAndWait(f) }

// settle gives the driver time to take X events in and draw a frame.
func settle() {
	time.Sleep(80 * time.Millisecond)
	onUI(func() {})
	time.Sleep(60 * time.Millisecond)
	onUI(func() {})
}

// xdo runs xdotool with args.
func xdo(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("xdotool", args...).CombinedOutput(); err != nil {
		t.Fatalf("xdotool %s: %v: %s", strings.Join(args, " "), err, out)
	}
}

// key sends keys (xdotool names, e.g. "ctrl+n", "F1") to the window as X
// key events, as a keyboard would.
func key(t *testing.T, keys ...string) {
	t.Helper()
	for _, k := range keys {
		progress("key %s", k)
		xdo(t, append([]string{"key", "--clearmodifiers", "--window", h.xid}, k)...)
		settle()
	}
}

// typeText types text into the window as X key events.
func typeText(t *testing.T, text string) {
	t.Helper()
	progress("type %q", text)
	xdo(t, "type", "--delay", "30", "--window", h.xid, text)
	settle()
}

// typeMixed types text as X key events, its letters beyond ASCII (ë, —)
// pasted as a keyboard's compose key or input method would bring them:
// xdotool's own way of typing them (remapping a spare key) does not reach
// GLFW.
func typeMixed(t *testing.T, text string) {
	t.Helper()
	for len(text) > 0 {
		n := strings.IndexFunc(text, func(r rune) bool { return r > unicode.MaxASCII })
		switch {
		case n < 0:
			typeText(t, text)
			return
		case n > 0:
			typeText(t, text[:n])
			text = text[n:]
		default:
			end := strings.IndexFunc(text, func(r rune) bool { return r <= unicode.MaxASCII })
			if end < 0 {
				end = len(text)
			}
			paste(t, text[:end])
			text = text[end:]
		}
	}
}

// paste puts text on the clipboard and sends Ctrl+V.
func paste(t *testing.T, text string) {
	t.Helper()
	onUI(func() { h.app.Clipboard().SetContent(text) })
	key(t, "ctrl+v")
}

// moveTo moves the pointer to the canvas position p (in Fyne units).
func moveTo(t *testing.T, p fyne.Position) {
	t.Helper()
	var scale float32
	onUI(func() { scale = h.win.Canvas().Scale() })
	xdo(t, "mousemove", "--window", h.xid, strconv.Itoa(int(p.X*scale)), strconv.Itoa(int(p.Y*scale)))
}

// clickAt clicks the canvas position p (in Fyne units).
func clickAt(t *testing.T, p fyne.Position, button string) {
	t.Helper()
	moveTo(t, p)
	time.Sleep(30 * time.Millisecond)
	xdo(t, "click", button)
	settle()
}

// resize sets the window's size and checks the window took it: a window
// whose content needs more room than the screen has is cut off.
func resize(t *testing.T, size fyne.Size) {
	t.Helper()
	onUI(func() { h.win.Resize(size) })
	settle()
	time.Sleep(200 * time.Millisecond)
	settle()
}

// canvasSize is the window's canvas size now.
func canvasSize() fyne.Size {
	var s fyne.Size
	onUI(func() { s = h.win.Canvas().Size() })
	return s
}

var unsafeName = regexp.MustCompile(`[^a-z0-9]+`)

// fileName makes a screenshot name from words.
func fileName(parts ...string) string {
	var out []string
	for _, p := range parts {
		p = strings.Trim(unsafeName.ReplaceAllString(strings.ToLower(p), "-"), "-")
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "--")
}

// screenshot writes what the window shows now to the shots folder, when
// there is one. The X server takes it (ImageMagick's import): reading the
// driver's own front buffer gives black on Xvfb's software OpenGL.
func screenshot(t *testing.T, name string) {
	t.Helper()
	settle()
	if h.shots == "" {
		return
	}
	path := filepath.Join(h.shots, name+".png")
	if out, err := exec.Command("import", "-window", h.xid, path).CombinedOutput(); err != nil {
		t.Errorf("screenshot %s: %v: %s", name, err, out)
	}
}
