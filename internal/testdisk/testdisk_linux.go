package testdisk

import (
	"os"
	"syscall"
)

// memory is where Linux keeps a memory file system every user may write.
const memory = "/dev/shm"

// needed is the room the tests' databases and replicas take at most.
const needed = 1 << 30

// memoryDir makes a folder for the tests in memory, if there is room.
func memoryDir() (string, bool) {
	if os.Getenv("VENN_TEST_DISK") != "" {
		return "", false
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs(memory, &st); err != nil || st.Bavail*uint64(st.Bsize) < needed {
		return "", false
	}
	dir, err := os.MkdirTemp(memory, "venn-test-")
	if err != nil {
		return "", false
	}
	return dir, true
}
