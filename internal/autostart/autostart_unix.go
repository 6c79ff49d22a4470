//go:build !windows && !darwin

package autostart

import (
	"os"
	"path/filepath"

	"github.com/vennplanner/venn/internal/atomicfile"
)

func path() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "autostart", appID+".desktop")
}

func enable(exe string) error {
	p := path()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteBytes(p, 0o644, []byte(desktopEntry(exe)))
}

func disable() error { return os.Remove(path()) }

func enabled() bool {
	_, err := os.Stat(path())
	return err == nil
}

func where() string { return path() }
