package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// DataDirEnv names the environment variable that overrides the data folder.
const DataDirEnv = "VENN_DATA"

// ResolveDataDir picks the data folder: the --data flag if given, else
// $VENN_DATA, else the per-user data folder of the platform.
func ResolveDataDir(flag string) (string, error) {
	if flag != "" {
		return filepath.Abs(flag)
	}
	if env := os.Getenv(DataDirEnv); env != "" {
		return filepath.Abs(env)
	}
	return defaultDataDir()
}

func defaultDataDir() (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin":
		base, err := os.UserConfigDir() // %AppData%, ~/Library/Application Support
		if err != nil {
			return "", fmt.Errorf("find your data folder: %w", err)
		}
		return filepath.Join(base, "Venn"), nil
	default:
		if xdg := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(xdg) {
			return filepath.Join(xdg, "venn"), nil
		}
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find your data folder: %w", err)
		}
		return filepath.Join(home, ".local", "share", "venn"), nil
	}
}
