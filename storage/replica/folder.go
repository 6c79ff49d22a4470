package replica

import (
	"path/filepath"
	"strings"
)

// Dir returns where replicas live inside the chosen shared folder.
func Dir(folder string) string { return filepath.Join(folder, "Venn", "replicas") }

// FileName is the replica file a device owns.
func FileName(deviceID string) string { return deviceID + Ext }

// fileKind sorts a folder entry.
type fileKind int

const (
	kindIgnore  fileKind = iota // temp, hidden or sync-service files: not ours to mention
	kindReplica                 // a replica or a sync service's conflicted copy of one
	kindForeign                 // something else: skipped with a reason
)

// classify decides what to do with a file in the replicas folder by its
// name alone. Conflicted copies made by sync services keep the .venn ending
// ("x (Maya's conflicted copy 2026-11-22).venn", "x.sync-conflict-….venn",
// "x-LAPTOP.venn", "x 2.venn") and are replicas like any other: the device id
// inside, not the name, says whose they are.
func classify(name string) fileKind {
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "."), // hidden, our temp files, .syncthing.*.tmp, .*.icloud, .dropbox*
		strings.HasPrefix(name, "~"), // ~syncthing~*.tmp
		strings.HasSuffix(lower, ".tmp"),
		strings.HasSuffix(lower, ".part"),
		strings.HasSuffix(lower, ".icloud"),
		lower == "desktop.ini", lower == "thumbs.db", lower == ".ds_store", lower == "icon\r":
		return kindIgnore
	case strings.HasSuffix(lower, Ext):
		return kindReplica
	}
	return kindForeign
}
