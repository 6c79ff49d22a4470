package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	opened := false
	code = Main(context.Background(), args, &out, &errb, func(context.Context, string, bool) error { opened = true; return nil })
	if opened {
		t.Fatalf("a sub-command opened the window: %v", args)
	}
	return code, out.String(), errb.String()
}

func TestDemoExportImportRoundTrip(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if code, out, errs := run(t, "--data", a, "demo"); code != 0 || !strings.Contains(out, "30 goals") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	if code, _, errs := run(t, "--data", a, "demo"); code != 1 || !strings.Contains(errs, "already has goals") {
		t.Fatalf("second demo: %d %q", code, errs)
	}
	file := filepath.Join(t.TempDir(), "venn.json")
	if code, _, errs := run(t, "--data", a, "export", "--out", file); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	var doc map[string]any
	data, _ := os.ReadFile(file)
	if err := json.Unmarshal(data, &doc); err != nil || doc["format"] != "venn-export" {
		t.Fatalf("export file: %v %v", err, doc["format"])
	}
	if code, out, errs := run(t, "--data", b, "import", file); code != 0 || !strings.Contains(out, "goals: 30 added, 0 updated") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	_, first, _ := run(t, "--data", a, "export")
	_, second, _ := run(t, "--data", b, "export")
	strip := func(s string) string {
		i := strings.Index(s, `"exported_at"`)
		return s[:i] + s[strings.Index(s[i:], "\n")+i:]
	}
	if strip(first) != strip(second) {
		t.Fatal("export of the imported copy differs")
	}
	if code, out, _ := run(t, "--data", b, "doctor"); code != 0 || !strings.Contains(out, "ok") {
		t.Fatalf("doctor: %d %q", code, out)
	}
}

func TestBadInputGivesPlainErrors(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(t.TempDir(), "junk.json")
	os.WriteFile(junk, []byte("{not json"), 0o600)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--data", dir, "import", junk}, 1, "not valid JSON"},
		{[]string{"--data", dir, "import", filepath.Join(dir, "missing.json")}, 1, "no such file"},
		{[]string{"--data", dir, "import"}, 2, "exactly one file"},
		{[]string{"--data", dir, "frobnicate"}, 2, "unknown command"},
		{[]string{"--data", dir, "demo", "--scale", "0"}, 1, "between 1 and"},
		{[]string{"--data", dir, "demo", "--scale", "x"}, 2, "invalid value"},
	}
	for _, c := range cases {
		code, _, errs := run(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
}

func TestNotAVennDatabase(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "venn.db"), []byte(strings.Repeat("garbage ", 100)), 0o600)
	code, _, errs := run(t, "--data", dir, "export")
	if code != 1 || !strings.Contains(errs, "not a Venn database") {
		t.Fatalf("exit %d, %q", code, errs)
	}
}

func TestExportFailureLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "venn.db"), []byte(strings.Repeat("garbage ", 100)), 0o600)
	out := filepath.Join(t.TempDir(), "out.json")
	if code, _, _ := run(t, "--data", dir, "export", "--out", out); code == 0 {
		t.Fatal("export of a broken database succeeded")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("a failed export left a file behind")
	}
}

func TestNoCommandOpensWindow(t *testing.T) {
	var got string
	var tray bool
	open := func(_ context.Context, dir string, trayOnly bool) error { got, tray = dir, trayOnly; return nil }
	code := Main(context.Background(), []string{"--data", "/tmp/x"}, &bytes.Buffer{}, &bytes.Buffer{}, open)
	if code != 0 || got != "/tmp/x" || tray {
		t.Fatalf("exit %d, window on %q, tray only %v", code, got, tray)
	}
	// At login Venn starts in the tray only.
	if code := Main(context.Background(), []string{"--data", "/tmp/x", "--tray"}, &bytes.Buffer{}, &bytes.Buffer{}, open); code != 0 || !tray {
		t.Fatalf("--tray: exit %d, tray only %v", code, tray)
	}
}

// withoutCheckins drops the check-in answers and private items from an
// export and counts the answers.
func withoutCheckins(t *testing.T, export string) (string, int) {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal([]byte(export), &doc); err != nil {
		t.Fatal(err)
	}
	n := len(doc["checkins"].([]any))
	delete(doc, "checkins")
	delete(doc, "journal") // a journal never leaves its computer
	delete(doc, "people")  // nor a partner's people of their own
	// How present time together felt travels only from the rater's own
	// computer: the demo rated for both on one that belonged to nobody.
	delete(doc, "presence")
	delete(doc, "presence_marks")
	// Private items stay on their computer.
	for key, list := range doc {
		if items, ok := list.([]any); ok {
			var kept []any
			for _, c := range items {
				if item, _ := c.(map[string]any); item == nil || item["private"] != true {
					kept = append(kept, c)
				}
			}
			doc[key] = kept
		}
	}
	out, _ := json.Marshal(doc)
	return string(out), n
}

func TestSyncCommandCreatesJoinsAndReports(t *testing.T) {
	maya, liam, shared := t.TempDir(), t.TempDir(), t.TempDir()
	run(t, "--data", maya, "demo")
	code, out, errs := run(t, "--data", maya, "sync", "--folder", shared)
	if code != 0 || !strings.Contains(out, "wrote") {
		t.Fatalf("first sync: %d %q %q", code, out, errs)
	}
	if code, _, errs := run(t, "--data", liam, "sync", "--folder", shared); code != 1 || !strings.Contains(errs, "--as") {
		t.Fatalf("sync without a household and without --as: %d %q", code, errs)
	}
	code, out, errs = run(t, "--data", liam, "sync", "--folder", shared, "--as", "Liam")
	if code != 0 || !strings.Contains(out, "Joined") || !strings.Contains(out, "other computer") {
		t.Fatalf("join: %d %q %q", code, out, errs)
	}
	// The folder is remembered.
	if code, out, errs := run(t, "--data", maya, "sync"); code != 0 || !strings.Contains(out, shared) {
		t.Fatalf("second sync: %d %q %q", code, out, errs)
	}
	_, a, _ := run(t, "--data", maya, "export")
	_, b, _ := run(t, "--data", liam, "export")
	// Everything but the check-in answers Maya's computer holds back
	// (until Liam answers this week, or private for good) is on both.
	ca, na := withoutCheckins(t, stripExportTime(a))
	cb, nb := withoutCheckins(t, stripExportTime(b))
	if ca != cb {
		t.Fatal("the two computers' exports differ after sync")
	}
	if !strings.Contains(a, "sent the orange route") || strings.Contains(b, "sent the orange route") {
		t.Fatal("the journal should be in Maya's computer's export only")
	}
	if nb == 0 || nb >= na {
		t.Fatalf("check-in answers: Maya has %d, Liam %d; Liam should have the shared ones only", na, nb)
	}
	os.WriteFile(filepath.Join(shared, "Venn", "replicas", "broken.venn"), []byte("nope"), 0o644)
	code, out, _ = run(t, "--data", maya, "doctor")
	if code != 1 || !strings.Contains(out, "broken.venn") || !strings.Contains(out, "ok") {
		t.Fatalf("doctor with a broken replica: %d %q", code, out)
	}
}

// stripExportTime removes the export's timestamp line.
func stripExportTime(s string) string {
	i := strings.Index(s, `"exported_at"`)
	if i < 0 {
		return s
	}
	return s[:i] + s[strings.Index(s[i:], "\n")+i:]
}

func TestBackupAndRestoreCommands(t *testing.T) {
	dir := t.TempDir()
	run(t, "--data", dir, "demo")
	code, out, errs := run(t, "--data", dir, "backup")
	if code != 0 || !strings.Contains(out, "Backed up to") {
		t.Fatalf("backup: %d %q %q", code, out, errs)
	}
	backup := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(out), "Backed up to "), ".")
	_, before, _ := run(t, "--data", dir, "export")
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("junk ", 200)), 0o600)
	if code, _, errs := run(t, "--data", dir, "restore", junk); code != 1 || !strings.Contains(errs, "not a Venn database") {
		t.Fatalf("restore of junk: %d %q", code, errs)
	}
	if code, out, errs := run(t, "--data", dir, "restore", backup); code != 0 || !strings.Contains(out, "kept in") {
		t.Fatalf("restore: %d %q %q", code, out, errs)
	}
	_, after, _ := run(t, "--data", dir, "export")
	if stripExportTime(before) != stripExportTime(after) {
		t.Fatal("restoring today's backup changed the data")
	}
}

func TestCalendarCommandWritesICSFiles(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	run(t, "--data", dir, "demo")
	if code, _, errs := run(t, "--data", dir, "calendar"); code != 2 || !strings.Contains(errs, "--out") {
		t.Fatalf("calendar without --out: %d %q", code, errs)
	}
	code, stdout, errs := run(t, "--data", dir, "calendar", "--out", out)
	if code != 0 || strings.Count(stdout, "Wrote") != 3 {
		t.Fatalf("calendar: %d %q %q", code, stdout, errs)
	}
	data, err := os.ReadFile(filepath.Join(out, "venn-together.ics"))
	if err != nil || !strings.Contains(string(data), "BEGIN:VCALENDAR") || !strings.Contains(string(data), "RRULE:FREQ=WEEKLY") {
		t.Fatalf("venn-together.ics: %v\n%s", err, data)
	}
	if code, _, _ := run(t, "--data", dir, "calendar", "--out", filepath.Join(out, "missing")); code != 1 {
		t.Fatal("writing into a folder that does not exist succeeded")
	}
}

func TestHelpExtraArgumentsAndMissingData(t *testing.T) {
	dir := t.TempDir()
	run(t, "--data", dir, "demo")
	for _, cmd := range []string{"export", "import", "doctor", "sync", "summary", "calendar", "backup", "restore", "demo"} {
		code, stdout, errs := run(t, "--data", dir, cmd, "--help")
		if code != 0 || !strings.Contains(stdout, "Usage") {
			t.Errorf("venn %s --help: exit %d, %q %q", cmd, code, stdout, errs)
		}
	}
	if code, stdout, errs := run(t, "--data", dir, "export", "file.json"); code != 2 || stdout != "" || !strings.Contains(errs, "file.json") {
		t.Errorf("venn export file.json: exit %d, printed %d bytes, %q", code, len(stdout), errs)
	}
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	for _, args := range [][]string{{"export"}, {"doctor"}, {"summary", "--quarter", "2026-Q4", "--out", filepath.Join(t.TempDir(), "q.pdf")}, {"calendar", "--out", t.TempDir()}} {
		code, _, errs := run(t, append([]string{"--data", missing}, args...)...)
		if code != 1 || !strings.Contains(errs, "holds no Venn data") {
			t.Errorf("venn %s on a missing folder: exit %d, %q", args[0], code, errs)
		}
		if _, err := os.Stat(missing); !os.IsNotExist(err) {
			t.Fatalf("venn %s made %s", args[0], missing)
		}
	}
}

// Only the window, a valid demo, an accepted import or restore and joining
// a household may start a data folder: a mistyped --data, a refused file
// or a wrong option leave nothing behind, and say so.
func TestAMistypedDataFolderIsNotMadeIntoOne(t *testing.T) {
	parent := t.TempDir()
	typo := filepath.Join(parent, "venn-dtaa")
	bad := filepath.Join(parent, "not-an-export.json")
	if err := os.WriteFile(bad, []byte(`{"format": "something else", "goals": [{"title": "Café ☕"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"backup"},
		{"sync"},
		{"sync", "--folder", parent},
		{"demo", "--scale", "0"},
		{"import", bad},
		{"restore", bad},
		{"export"},
		{"doctor"},
	} {
		code, out, errs := run(t, append([]string{"--data", typo}, args...)...)
		if code == 0 {
			t.Errorf("%v on a folder with no data succeeded: %q", args, out)
		}
		if strings.Contains(out, "Backed up") {
			t.Errorf("%v says it backed up nothing: %q", args, out)
		}
		if _, err := os.Stat(typo); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%v made the mistyped data folder (%q): %v", args, errs, err)
		}
	}
	// A folder that exists but holds no data is left as it was, too.
	empty := t.TempDir()
	run(t, "--data", empty, "import", bad)
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Fatalf("a refused import left %d files in an empty folder", len(entries))
	}
	// A valid demo does make one.
	if code, _, errs := run(t, "--data", typo, "demo"); code != 0 {
		t.Fatalf("demo: %q", errs)
	}
	if code, out, _ := run(t, "--data", typo, "backup"); code != 0 || !strings.Contains(out, "Backed up") {
		t.Fatalf("backup of real data: %d %q", code, out)
	}
}
