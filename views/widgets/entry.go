package widgets

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Keys without a modifier (F1, Escape) never reach a window's shortcuts in
// the desktop driver: they go to the focused widget, or to the canvas when
// nothing has focus. Venn catches them in both places — the canvas handler
// its window sets, and Entry, the text field every screen and form uses —
// so F1 opens the shortcut list and Escape closes the dialog on top
// wherever the keyboard focus is.

// windowKeys maps a canvas to the handler of its window's keys. A window's
// keys are read on the UI goroutine, but its UI may be closed from the
// quit watch's goroutine when the window is stuck, so the map is locked.
var windowKeys = keyHandlers{m: map[fyne.Canvas]func(*fyne.KeyEvent) bool{}}

// keyHandlers is a map of canvases to key handlers, safe to use from any
// goroutine.
type keyHandlers struct {
	mu sync.Mutex
	m  map[fyne.Canvas]func(*fyne.KeyEvent) bool
}

func (k *keyHandlers) set(c fyne.Canvas, handle func(*fyne.KeyEvent) bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.m[c] = handle
}

func (k *keyHandlers) get(c fyne.Canvas) func(*fyne.KeyEvent) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.m[c]
}

func (k *keyHandlers) remove(c fyne.Canvas) {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.m, c)
}

// HandleWindowKeys makes handle the first to see the unmodified keys typed
// in any Entry on canvas c; handle reports whether it used the key. A nil
// handle forgets the canvas (when its window closes).
func HandleWindowKeys(c fyne.Canvas, handle func(*fyne.KeyEvent) bool) {
	if handle == nil {
		windowKeys.remove(c)
		return
	}
	windowKeys.set(c, handle)
}

// Entry is a text field that lets the window see F1 and Escape first.
type Entry struct {
	widget.Entry
	// Name is what the field is for ("Title"), for a screen reader;
	// without one it is named by its placeholder.
	Name string
	// OnEscape, if set, runs on an Escape the window did not use.
	OnEscape func()
}

// NewEntry returns a one-line text field.
func NewEntry() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry returns a text field of several lines that wraps words.
func NewMultiLineEntry() *Entry {
	e := NewEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// NewPasswordEntry returns a text field that hides what is typed.
func NewPasswordEntry() *Entry {
	e := NewEntry()
	e.Password = true
	return e
}

// AcceptsTab is false even for a field of several lines: Tab moves on to
// the next control, so the keyboard is never caught in a field.
func (e *Entry) AcceptsTab() bool { return false }

// TypedKey offers the key to the window before the field handles it.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
		if handle := windowKeys.get(c); handle != nil && handle(ev) {
			return
		}
	}
	if ev.Name == fyne.KeyEscape && e.OnEscape != nil {
		e.OnEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
