package guessing

import (
	"compress/gzip"
	_ "embed" // the word lists
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/trustelem/zxcvbn/match"
)

// packedWordLists holds the frequency lists of the reference estimator
// (github.com/trustelem/zxcvbn/frequency), gzipped: 0.4 MB of Venn's
// read-only data instead of 2.3 MB of Go strings, unpacked the first
// time a strength is asked. gen_wordlists.go writes it; a test checks
// it against the library's lists.
//
//go:generate go run gen_wordlists.go
//go:embed wordlists.txt.gz
var packedWordLists string

// frequencyLists reads packed, the frequency lists: each a line "#name"
// followed by its words a line each, most common first. The words are
// slices of one unpacked string.
func frequencyLists(packed string) (map[string][]string, error) {
	zr, err := gzip.NewReader(strings.NewReader(packed))
	if err != nil {
		return nil, fmt.Errorf("unpack word lists: %w", err)
	}
	defer zr.Close()
	text, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("unpack word lists: %w", err)
	}
	lists := make(map[string][]string)
	name := ""
	for line := range strings.Lines(string(text)) {
		line = strings.TrimSuffix(line, "\n")
		if rest, ok := strings.CutPrefix(line, "#"); ok {
			name = rest
			lists[name] = nil
			continue
		}
		if name == "" {
			return nil, errors.New("unpack word lists: a word before the first list's name")
		}
		lists[name] = append(lists[name], line)
	}
	return lists, nil
}

// hintsList names the ranked list of the guesser's hint words.
const hintsList = "user_inputs"

// rankedList maps a lower-case word to its rank, 1 for the most common.
// A word listed twice keeps its later (higher) rank.
type rankedList map[string]int

func rankList(words []string) rankedList {
	r := make(rankedList, len(words))
	for i, w := range words {
		r[strings.ToLower(w)] = i + 1
	}
	return r
}

// wordLists is every frequency list, ranked: one map from a word to its
// row, and per row the word's rank in each list (0 when not in it).
type wordLists struct {
	names []string // the lists in a fixed order, hint words last
	rows  map[string]int32
	ranks []int32 // len(rows) × (len(names)-1)
}

// dictionaries builds the ranked lists the first time they are needed:
// building them takes milliseconds and megabytes that Venn's start has no
// use for.
var dictionaries = onceWordLists()

func onceWordLists() func() *wordLists { return sync.OnceValue(buildWordLists) }

func buildWordLists() *wordLists {
	lists, err := frequencyLists(packedWordLists)
	if err != nil {
		// Cannot happen in a built Venn (a test reads the same bytes);
		// without lists the estimate is only more generous.
		slog.Error("strength estimate without word lists", "err", err)
	}
	return rankWordLists(lists)
}

func rankWordLists(lists map[string][]string) *wordLists {
	names := make([]string, 0, len(lists)+1)
	for n := range lists {
		names = append(names, n)
	}
	slices.Sort(names)
	total := 0
	for _, n := range names {
		total += len(lists[n])
	}
	w := &wordLists{names: append(names, hintsList), rows: make(map[string]int32, total)}
	w.ranks = make([]int32, 0, total*len(names))
	for k, n := range names {
		for i, word := range lists[n] {
			w.set(strings.ToLower(word), k, int32(i+1))
		}
	}
	return w
}

func (w *wordLists) set(word string, list int, rank int32) {
	width := len(w.names) - 1
	row, ok := w.rows[word]
	if !ok {
		row = int32(len(w.rows))
		w.rows[word] = row
		w.ranks = append(w.ranks, make([]int32, width)...)
	}
	w.ranks[int(row)*width+list] = rank
}

// wordMatches finds every substring of password that is in a list, in
// any case: a dictionary match per list it is in.
func (w *wordLists) wordMatches(password string, hints rankedList) []*match.Match {
	var out []*match.Match
	for i := range password {
		for end := range password[i:] {
			// The span ends at the first byte of its last character, as
			// the reference estimator's does: lower-cased, that cut byte
			// reads as U+FFFD, which no frequency list has.
			j := i + end
			out = w.appendWord(out, password[i:j+1], i, j, hints)
		}
	}
	match.Sort(out)
	return out
}

// appendWord adds a match per list that has token's word, the rarest
// first.
//
// The order matters: of two matches over the same span, the scoring keeps
// a longer sequence ending in the first even when a shorter one ending in
// the second does better, and so has one more way to go on from there.
// The reference estimator visits its lists in Go's map order, which
// varies from run to run, and its estimate varies with it (for
// "xxliammaya!A20%3[" with Maya a hint: 1.5e15 or 6.5e14). Rarest first
// gives the lowest of its estimates, never a more generous one.
func (w *wordLists) appendWord(out []*match.Match, token string, i, j int, hints rankedList) []*match.Match {
	word := strings.ToLower(token)
	start := len(out)
	width := len(w.names) - 1
	if row, ok := w.rows[word]; ok {
		for k, rank := range w.ranks[int(row)*width : int(row+1)*width] {
			if rank > 0 {
				out = append(out, wordMatch(token, word, i, j, int(rank), w.names[k]))
			}
		}
	}
	if rank, ok := hints[word]; ok {
		out = append(out, wordMatch(token, word, i, j, rank, hintsList))
	}
	same := out[start:]
	sort.SliceStable(same, func(a, b int) bool { return same[a].Rank > same[b].Rank })
	return out
}

func wordMatch(token, word string, i, j, rank int, list string) *match.Match {
	return &match.Match{Pattern: "dictionary", I: i, J: j, Token: token, MatchedWord: word, Rank: rank, DictionaryName: list}
}

// reversedMatches finds listed words written backwards.
func (w *wordLists) reversedMatches(password string, hints rankedList) []*match.Match {
	n := len(password)
	out := w.wordMatches(reverse(password), hints)
	for _, m := range out {
		m.Token = reverse(m.Token)
		m.Reversed = true
		m.I, m.J = n-1-m.J, n-1-m.I
	}
	match.Sort(out)
	return out
}

// reverse reverses s character by character; a byte that is no character
// becomes U+FFFD.
func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}
