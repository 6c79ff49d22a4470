//go:build ignore

// Writes wordlists.txt.gz, the frequency lists Venn's guesser ranks words
// by, from github.com/trustelem/zxcvbn/frequency: every list in name
// order, each a line "#name" followed by its words a line each, most
// common first. Run by `go generate ./storage/vault/guessing`.
package main

import (
	"bytes"
	"compress/gzip"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/trustelem/zxcvbn/frequency"
)

func main() {
	names := make([]string, 0, len(frequency.FrequencyLists))
	for name := range frequency.FrequencyLists {
		names = append(names, name)
	}
	slices.Sort(names)
	var packed bytes.Buffer
	zw, err := gzip.NewWriterLevel(&packed, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range names {
		text := "#" + name + "\n" + strings.Join(frequency.FrequencyLists[name], "\n") + "\n"
		if _, err := zw.Write([]byte(text)); err != nil {
			log.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("wordlists.txt.gz", packed.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
