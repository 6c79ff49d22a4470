// Package replica syncs Venn between computers through any shared folder
// (Dropbox, Syncthing, iCloud, OneDrive, a NAS) without ever opening a live
// database there.
//
// Each device owns one file, Venn/replicas/<device-id>.venn: a small SQLite
// file holding every field this device knows with its clock stamp, written
// to a hidden temporary file, synced to disk and renamed into place. Only
// its owner writes it, so a sync service never has a conflict to resolve.
// Every other valid replica is merged field by field (last writer wins by
// hybrid logical clock). A file that is half-copied, damaged, from a newer
// Venn or not a replica at all is skipped whole and tried again later.
// With a household passphrase, replicas are encrypted with age.
package replica
