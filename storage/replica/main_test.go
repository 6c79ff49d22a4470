package replica_test

import (
	"os"
	"testing"

	"github.com/vennplanner/venn/internal/testdisk"
)

// TestMain keeps the tests' folders in memory where it can: see testdisk.
func TestMain(m *testing.M) { os.Exit(testdisk.Main(m)) }
