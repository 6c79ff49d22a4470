package app

import (
	"os"
	"testing"

	"go.uber.org/goleak"
)

// TestMain runs the crash test's child when asked to, and otherwise checks
// that no test leaves a goroutine behind (sync loops, watchers, timers).
func TestMain(m *testing.M) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		runCrashChild(dir)
		return
	}
	goleak.VerifyTestMain(m)
}
