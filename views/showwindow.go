package views

import (
	"errors"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// ErrWindowFailed means the desktop was there but the window could not be
// drawn on it: the graphics library could not start (the display hung up
// on Venn or refused it, as an X server does to a user it does not
// authorise), which the toolkit only notices when the window is shown.
var ErrWindowFailed = errors.New("the window could not be opened")

// showWindow shows win, or says why it cannot. The toolkit lets the
// graphics library's panic through when the library never started; that
// panic becomes ErrWindowFailed, in words, instead of a crash.
func showWindow(win fyne.Window) error { return underGraphics(win.Show) }

// graphicsStarted says whether the graphics library started, for a start
// in the tray, which shows no window until asked: the run loop would
// otherwise stop at its first step with the library's panic.
func graphicsStarted() error { return underGraphics(func() { glfw.GetPlatform() }) }

// underGraphics runs do, a first call into the graphics library, and turns
// the library's panic into startFailure's error.
func underGraphics(do func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = startFailure(r)
		}
	}()
	do()
	return nil
}

// startFailure is ErrWindowFailed for the graphics library's panic r. Any
// other panic goes on: it is a bug, and a crash report says where.
func startFailure(r any) error {
	var glfwErr *glfw.Error
	if cause, ok := r.(error); !ok || !errors.As(cause, &glfwErr) {
		panic(r)
	}
	return &startError{kind: ErrWindowFailed, key: "cli.desktop.refused", pairs: []any{"Err", glfwErr.Error()}}
}
