package app

import (
	"fmt"
	"os"
	"testing"

	"go.uber.org/goleak"

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
