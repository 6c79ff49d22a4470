//go:build linux || freebsd || openbsd || netbsd || dragonfly

package views

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
)

// Without a display, the window says so in a sentence and exits, before
// anything is made: no stack trace, no data folder.
func TestWithoutADesktopVennSaysSoAndMakesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	for _, env := range []map[string]string{
		{"DISPLAY": "", "WAYLAND_DISPLAY": ""},
		{"DISPLAY": ":4091", "WAYLAND_DISPLAY": ""},
		{"DISPLAY": "not a display", "WAYLAND_DISPLAY": "wayland-404"},
	} {
		for k, v := range env {
			t.Setenv(k, v)
		}
		err := Run(context.Background(), dir, nil, StartOptions{})
		if !errors.Is(err, ErrNoDesktop) || !strings.Contains(err.Error(), "Venn needs one to open its window") || !strings.Contains(err.Error(), "venn help") {
			t.Fatalf("with %v: %v", env, err)
		}
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("with %v the data folder was made", env)
		}
		// The command line says it in the language it was started in.
		if said := app.UserMessageIn(i18n.For("de"), err); !strings.Contains(said, "kein grafischer Desktop") || !strings.Contains(said, "venn help") {
			t.Errorf("with %v, in German: %q", env, said)
		}
	}
	// A Wayland socket that answers is a desktop.
	runtime := t.TempDir()
	l, err := net.Listen("unix", filepath.Join(runtime, "wayland-1"))
	if err != nil {
		t.Skip("no unix sockets here:", err)
	}
	defer l.Close()
	t.Setenv("XDG_RUNTIME_DIR", runtime)
	t.Setenv("WAYLAND_DISPLAY", "wayland-1")
	if err := findDesktop(); err != nil {
		t.Fatalf("a reachable Wayland display: %v", err)
	}
}
