//go:build !linux

package testdisk

// memoryDir: only Linux is known to offer a memory file system to every
// user; elsewhere the tests stay on disk.
func memoryDir() (string, bool) { return "", false }
