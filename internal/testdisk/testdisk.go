// Package testdisk puts the tests' temporary folders in memory where the
// machine has a memory file system (/dev/shm on Linux).
//
// Venn syncs every commit and every replica it writes to disk, as it
// should; the tests write thousands of them. On a disk whose fsync takes
// 20 ms (a laptop's encrypted disk, a VM with write barriers) the replica
// tests take four minutes instead of twenty seconds. In memory the same
// calls are made and return at once; nothing a test checks depends on the
// medium (no test can cut the power). VENN_TEST_DISK=1 keeps them on disk.
package testdisk

import (
	"os"
)

// Main runs the tests (a *testing.M, or what wraps one) with TMPDIR in
// memory when it can, and returns the exit code for os.Exit. Use it from a
// package's TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(testdisk.Main(m)) }
func Main(m interface{ Run() int }) int {
	defer Use()()
	return m.Run()
}

// Use points TMPDIR at memory when it can; the function it returns removes
// the folder.
func Use() (cleanup func()) {
	dir, ok := memoryDir()
	if !ok {
		return func() {}
	}
	os.Setenv("TMPDIR", dir)
	return func() { os.RemoveAll(dir) }
}
