//go:build darwin

package autostart

import (
	"os"
	"path/filepath"

	"github.com/vennplanner/venn/internal/atomicfile"
)

func path() string {
	home, _ := os.UserHomeDir()
	return filepath.Join(home, "Library", "LaunchAgents", appID+".plist")
}

func enable(exe string) error {
	p := path()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteBytes(p, 0o644, []byte(launchAgent(exe)))
}

func disable() error { return os.Remove(path()) }

func enabled() bool {
	_, err := os.Stat(path())
	return err == nil
}

func where() string { return path() }
