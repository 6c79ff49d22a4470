package model

import (
	_ "embed"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/vennplanner/venn/i18n"
)

// Getting help: what a relationship therapist or coach does, where to find
// one (professional directories by country, kept as plain data), and the
// page a couple can take to a first conversation, built from their own
// signals and reviewed by each of them before it is printed.

// HelpWhatIn says what a relationship therapist or coach does, in Venn's
// words, in tr's language (nil: English).
func HelpWhatIn(tr *i18n.Tr) []string {
	return []string{tr.T("ui.method.helpWhatTherapist"), tr.T("ui.method.helpWhatCoach"), tr.T("ui.method.helpWhatFind")}
}

// SoloHelpIn says that help is for one person too, in tr's language.
func SoloHelpIn(tr *i18n.Tr) string { return tr.T("ui.method.soloHelp") }

// Directory is one place to find a professional.
type Directory struct {
	Country string // ISO 3166 two letters, or "*" for every country
	Name    string
	What    string
	URL     string
}

//go:embed helpdata/directories.tsv
var directoriesTSV string

var (
	directoriesOnce sync.Once
	directories     []Directory
	directoriesErr  error
)

// Directories are every directory Venn knows, in the file's order.
func Directories() ([]Directory, error) {
	directoriesOnce.Do(func() { directories, directoriesErr = ParseDirectories(directoriesTSV) })
	return directories, directoriesErr
}

// ParseDirectories reads directories from tab-separated lines: country,
// name, what it is, address. Blank lines and lines starting with # are
// skipped; an address must be https.
func ParseDirectories(text string) ([]Directory, error) {
	var out []Directory
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("directories line %d: %d fields, want 4", n+1, len(f))
		}
		d := Directory{Country: strings.TrimSpace(f[0]), Name: strings.TrimSpace(f[1]), What: strings.TrimSpace(f[2]), URL: strings.TrimSpace(f[3])}
		if err := d.check(); err != nil {
			return nil, fmt.Errorf("directories line %d: %w", n+1, err)
		}
		out = append(out, d)
	}
	return out, nil
}

func (d Directory) check() error {
	if d.Country != "*" && (len(d.Country) != 2 || strings.ToUpper(d.Country) != d.Country) {
		return fmt.Errorf("country %q is not two capital letters or *", d.Country)
	}
	if d.Name == "" || d.What == "" {
		return fmt.Errorf("a directory needs a name and what it is")
	}
	u, err := url.Parse(d.URL)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return fmt.Errorf("address %q is not an https address", d.URL)
	}
	return nil
}

// DirectoriesFor are the directories of a country, then those for every
// country.
func DirectoriesFor(all []Directory, country string) []Directory {
	var own, every []Directory
	for _, d := range all {
		switch d.Country {
		case strings.ToUpper(country):
			own = append(own, d)
		case "*":
			every = append(every, d)
		}
	}
	return append(own, every...)
}

// DirectoryCountries are the countries with directories of their own,
// sorted.
func DirectoryCountries(all []Directory) []string {
	var out []string
	for _, d := range all {
		if d.Country != "*" && !slices.Contains(out, d.Country) {
			out = append(out, d.Country)
		}
	}
	slices.Sort(out)
	return out
}

// TalkTopic is one thing a couple may take to a first conversation.
type TalkTopic struct {
	Title string
	Seen  string // what Venn saw, in numbers
}

// TalkTopics are the topics of the page a couple can take to a therapist
// or coach: each signal worth talking about, those that held for more
// than a quarter first.
func TalkTopics(signals []Signal) []TalkTopic {
	ordered := slices.Clone(signals)
	slices.SortStableFunc(ordered, func(a, b Signal) int {
		switch {
		case a.Persists == b.Persists:
			return 0
		case a.Persists:
			return -1
		}
		return 1
	})
	out := make([]TalkTopic, 0, len(ordered))
	for _, s := range ordered {
		seen := s.Seen
		if s.Persists {
			seen += " (for more than one quarter)"
		}
		out = append(out, TalkTopic{Title: s.Title, Seen: seen})
	}
	return out
}

// SelfExploration is the personal goal Venn offers for time of one's own
// with a therapist, a coach or oneself.
func SelfExploration() (title string, steps []ChecklistStep) {
	return "Time to explore what matters to me (therapy, coaching or reflection)", []ChecklistStep{
		{Text: "Write down what I would like to understand or change"},
		{Text: "Look for someone qualified who fits, or choose a way to reflect on my own"},
		{Text: "Book a first conversation"},
		{Text: "After a month: is it helping?"},
	}
}

// ReflectionPromptsIn are questions for a journal page of one's own, in
// tr's language (nil: English).
func ReflectionPromptsIn(tr *i18n.Tr) []string {
	return []string{
		tr.T("ui.method.prompt1"), tr.T("ui.method.prompt2"), tr.T("ui.method.prompt3"), tr.T("ui.method.prompt4"),
		tr.T("ui.method.prompt5"), tr.T("ui.method.prompt6"), tr.T("ui.method.prompt7"), tr.T("ui.method.prompt8"),
	}
}
