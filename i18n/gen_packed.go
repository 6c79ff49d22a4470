//go:build ignore

// Writes packed/<lang>.json.gz for every language but English: the
// language's catalogue files in catalog/ (<lang>.json and the window's
// ui-<part>.<lang>.json) merged into one JSON object, gzipped. Venn
// carries these instead of the files (0.18 MB instead of 0.72 MB); a test
// checks they say what the files say. Run by `go generate ./i18n` after
// editing a translation.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	languages, err := filepath.Glob("catalog/[a-z][a-z].json")
	if err != nil {
		log.Fatal(err)
	}
	for _, path := range languages {
		tag := strings.TrimSuffix(filepath.Base(path), ".json")
		if tag == "en" {
			continue // English is read at every start: kept as it is
		}
		if err := pack(tag); err != nil {
			log.Fatal(err)
		}
	}
}

func pack(tag string) error {
	parts, err := filepath.Glob("catalog/ui-*." + tag + ".json")
	if err != nil {
		return err
	}
	merged := map[string]json.RawMessage{}
	for _, path := range append([]string{"catalog/" + tag + ".json"}, parts...) {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		part := map[string]json.RawMessage{}
		if err := json.Unmarshal(data, &part); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		for key, v := range part {
			if _, twice := merged[key]; twice {
				return fmt.Errorf("%s: %s is also in another part of the catalogue", path, key)
			}
			merged[key] = v
		}
	}
	text, err := json.Marshal(merged) // keys sorted: the same files give the same bytes
	if err != nil {
		return err
	}
	var packed bytes.Buffer
	zw, err := gzip.NewWriterLevel(&packed, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(text); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile("packed/"+tag+".json.gz", packed.Bytes(), 0o644)
}
