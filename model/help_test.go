package model

import (
	"slices"
	"strings"
	"testing"
)

func TestTheDirectoriesFileIsValid(t *testing.T) {
	all, err := Directories()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 5 {
		t.Fatalf("%d directories", len(all))
	}
	gb := DirectoriesFor(all, "gb")
	if len(gb) < 2 || gb[0].Name != "Relate" || gb[len(gb)-1].Country != "*" {
		t.Errorf("for the UK: %+v", gb)
	}
	if got := DirectoriesFor(all, "ZZ"); len(got) == 0 || got[0].Country != "*" {
		t.Errorf("a country without directories of its own still gets the international ones: %+v", got)
	}
	if cs := DirectoryCountries(all); len(cs) < 4 || !slices.IsSorted(cs) {
		t.Errorf("countries %v", cs)
	}
}

func TestParseDirectoriesRefusesWhatIsNotADirectory(t *testing.T) {
	for name, text := range map[string]string{
		"three fields":  "GB\tRelate\thttps://www.relate.org.uk",
		"plain http":    "GB\tRelate\tcounselling\thttp://www.relate.org.uk",
		"a script":      "GB\tRelate\tcounselling\tjavascript:alert(1)",
		"country words": "United Kingdom\tRelate\tcounselling\thttps://www.relate.org.uk",
		"no name":       "GB\t\tcounselling\thttps://www.relate.org.uk",
	} {
		if _, err := ParseDirectories(text); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	got, err := ParseDirectories("# a note\n\nFR\tExemple\tUn annuaire\thttps://example.org\r\n")
	if err != nil || len(got) != 1 || got[0].Country != "FR" || got[0].URL != "https://example.org" {
		t.Errorf("a note, a blank line and a Windows line ending: %+v, %v", got, err)
	}
}

func FuzzParseDirectories(f *testing.F) {
	f.Add(directoriesTSV)
	f.Add("GB\tx\ty\thttps://a.b\n*\tz\tw\thttps://c")
	f.Fuzz(func(t *testing.T, text string) {
		ds, err := ParseDirectories(text)
		if err != nil {
			return
		}
		for _, d := range ds {
			if d.check() != nil {
				t.Fatalf("parsed a directory that does not check: %+v", d)
			}
		}
	})
}

func TestTalkTopicsPutWhatHeldLongestFirst(t *testing.T) {
	topics := TalkTopics([]Signal{
		{Title: "Maya's health check-ins are falling", Seen: "from 12 to 8"},
		{Title: "Liam carries most of the flexibility", Seen: "3 of 3 times", Persists: true},
	})
	if len(topics) != 2 || topics[0].Title != "Liam carries most of the flexibility" || !strings.Contains(topics[0].Seen, "more than one quarter") {
		t.Fatalf("topics %+v", topics)
	}
	if title, steps := SelfExploration(); title == "" || len(steps) < 3 {
		t.Error("no goal to explore oneself")
	}
}
