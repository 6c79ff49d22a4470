package app

import (
	"fmt"
	"os"
	"testing"

	"go.uber.org/goleak"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/internal/testdisk"
)

// TestMain runs the crash test's child when asked to, and otherwise runs
// the tests with their folders in memory (testdisk) and checks that no test
// leaves a goroutine behind (sync loops, watchers, timers).
func TestMain(m *testing.M) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		runCrashChild(dir)
		return
	}
	// The tests read English unless they choose a language: the machine's
	// own must not change it.
	os.Setenv("LC_ALL", "C")
	os.Unsetenv(i18n.EnvVar)
	cleanup := testdisk.Use()
	code := m.Run()
	if code == 0 {
		if err := goleak.Find(); err != nil {
			fmt.Fprintln(os.Stderr, "goroutines left behind:", err)
			code = 1
		}
	}
	cleanup()
	os.Exit(code)
}
