package walk

import (
	"context"
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

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/vennplanner/venn/app"
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
	shots := os.Getenv("VENN_WALK_SHOTS")
	if shots == "" {
		shots = filepath.Join(tmp, "shots")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
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

// fillDemo creates the demo household in dir, with Liam's space locked.
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
	if err != nil {
		svc.Close()
		return err
	}
	return svc.Close()
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

// screenshot writes what the window shows now to the shots folder. The
// X server takes it (ImageMagick's import): reading the driver's own front
// buffer gives black on Xvfb's software OpenGL.
func screenshot(t *testing.T, name string) {
	t.Helper()
	settle()
	path := filepath.Join(h.shots, name+".png")
	if out, err := exec.Command("import", "-window", h.xid, path).CombinedOutput(); err != nil {
		t.Errorf("screenshot %s: %v: %s", name, err, out)
	}
}
