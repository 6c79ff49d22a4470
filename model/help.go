package model

import (
	_ "embed"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
)

// Getting help: what a relationship therapist or coach does, where to find
// one (professional directories by country, kept as plain data), and the
// page a couple can take to a first conversation, built from their own
// signals and reviewed by each of them before it is printed.

// HelpWhat says what a relationship therapist or coach does, in Venn's
// words.
var HelpWhat = []string{
	"A relationship therapist (also called a couples counsellor) meets the two of you together, sometimes each of you alone, and helps you see the patterns you are caught in, say what is hard to say, and try new ways of being together. Many couples go for a handful of sessions; you do not need to be in crisis.",
	"A relationship coach works more on the present and the future: goals, habits, how you share time and decisions. A coach is not a health professional; when old hurts, anxiety or low mood are part of the picture, look for a therapist.",
	"Look for someone qualified and registered with a professional body, who works with couples, and whom you both feel at ease with. A first conversation is for finding that out: it is fine to try someone else.",
}

// SoloHelp says that help is for one person too.
var SoloHelp = "Help is not only for couples. Time with a therapist or coach of your own, or simply time to reflect, is a personal goal like any other — and it often helps the two of you as much as it helps you."

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

// ReflectionPrompts are questions for a journal page of one's own.
var ReflectionPrompts = []string{
	"When did I last feel fully myself? What was I doing, and with whom?",
	"What do I want for myself this year that has nothing to do with us?",
	"What do I find hard to ask for — from my partner, or from anyone?",
	"Which of my needs have I been putting last lately, and why?",
	"What did I learn about closeness in the family I grew up in?",
	"When I feel hurt, what do I tend to do first? What would I like to do instead?",
	"What would I tell a good friend who felt the way I feel now?",
	"What am I proud of in how I have grown in the last year?",
}
