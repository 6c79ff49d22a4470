package views

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/go-gl/glfw/v3.4/glfw"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
)

// helperRunEnv names the data folder runWindowForTest opens the real
// window on, when a test runs this test binary again as Venn's window (the
// desktop driver starts once per process, on its main goroutine).
const helperRunEnv = "VENN_TEST_RUN_WINDOW"

// helperTrayEnv, set, starts that window in the tray, as at login.
const helperTrayEnv = "VENN_TEST_RUN_IN_TRAY"

// runWindowForTest runs Venn's window as Run does for the command line and
// returns the process's exit code: 3 for ErrWindowFailed, 0 when the
// window ran and closed, 4 for any other error.
func runWindowForTest(data string) int {
	err := Run(context.Background(), data, nil, StartOptions{TrayOnly: os.Getenv(helperTrayEnv) != ""})
	fmt.Fprintf(os.Stderr, "venn: %v\n", err)
	switch {
	case errors.Is(err, ErrWindowFailed):
		return 3
	case err != nil:
		return 4
	}
	return 0
}

// A display that answers but hangs up before the graphics library can
// start (as an X server refusing a user it does not authorise does) passes
// the check for a desktop; the window then cannot be shown. Venn says so
// in words and stops, with no stack trace and no crash report for the
// next start to mention, and its data closed.
func TestADisplayThatHangsUpIsExplainedNotCrashedOn(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the display is an X server's socket in Linux's abstract namespace")
	}
	display := displayThatHangsUp(t)
	for _, inTray := range []bool{false, true} {
		t.Run(fmt.Sprintf("in the tray %v", inTray), func(t *testing.T) {
			data := t.TempDir()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
			home := t.TempDir()
			cmd.Env = append(os.Environ(), helperRunEnv+"="+data, "DISPLAY="+display, "WAYLAND_DISPLAY=",
				"HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_RUNTIME_DIR="+home)
			if inTray {
				cmd.Env = append(cmd.Env, helperTrayEnv+"=1")
			}
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 3 {
				t.Fatalf("the window's run ended with %v, want ErrWindowFailed (exit 3); it said:\n%s", err, out)
			}
			checkExplained(t, string(out), data)
		})
	}
}

// checkExplained fails unless Venn said in words why there is no window,
// left no crash report and had opened (and closed) its data.
func checkExplained(t *testing.T, said, data string) {
	t.Helper()
	for _, want := range []string{"the window could not be opened", "did not let Venn draw", "venn help"} {
		if !strings.Contains(said, want) {
			t.Errorf("Venn's words lack %q:\n%s", want, said)
		}
	}
	if strings.Contains(said, "panic") || strings.Contains(said, "goroutine ") {
		t.Errorf("Venn crashed instead of explaining:\n%s", said)
	}
	if reports, _ := os.ReadDir(filepath.Join(data, "crashes")); len(reports) > 0 {
		t.Errorf("a crash report was left for the next start: %v", reports)
	}
	if _, err := os.Stat(filepath.Join(data, "venn.db")); err != nil {
		t.Errorf("the data folder was not opened before the window: %v", err)
	}
}

// displayThatHangsUp listens as an X display that accepts a connection
// and closes it at once, and returns the display's name.
func displayThatHangsUp(t *testing.T) string {
	t.Helper()
	for n := 4100; n < 4200; n++ {
		l, err := net.Listen("unix", fmt.Sprintf("@/tmp/.X11-unix/X%d", n))
		if err != nil {
			continue // taken
		}
		t.Cleanup(func() { l.Close() })
		go func() {
			for {
				c, err := l.Accept()
				if err != nil {
					return
				}
				c.Close()
			}
		}()
		return fmt.Sprintf(":%d", n)
	}
	t.Fatal("no free display number to listen on")
	return ""
}

// The reason is said in the language the command line speaks.
func TestAWindowThatCannotOpenIsExplainedInTheCommandLinesLanguage(t *testing.T) {
	err := startFailure(&glfw.Error{Code: glfw.ErrorCode(0x00010001), Desc: "The GLFW library is not initialized"})
	if !errors.Is(err, ErrWindowFailed) {
		t.Fatalf("%v is not ErrWindowFailed", err)
	}
	for lang, want := range map[string]string{"en": "the window could not be opened", "de": "Fenster konnte nicht geöffnet werden",
		"fr": "n’a pas pu s’ouvrir", "es": "No se pudo abrir", "ar": "تعذّر فتح النافذة"} {
		said := app.UserMessageIn(i18n.For(lang), err)
		if !strings.Contains(strings.ToLower(said), strings.ToLower(want)) || !strings.Contains(said, "venn help") || !strings.Contains(said, "not initialized") {
			t.Errorf("in %s: %q", lang, said)
		}
	}
}
