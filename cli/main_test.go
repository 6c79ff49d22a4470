package cli

import (
	"os"
	"testing"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/internal/testdisk"
)

// TestMain keeps the tests' folders in memory where it can: see testdisk.
func TestMain(m *testing.M) {
	// The tests read English: the machine's own language must not change it.
	os.Setenv("LC_ALL", "C")
	os.Unsetenv(i18n.EnvVar)
	os.Exit(testdisk.Main(m))
}
