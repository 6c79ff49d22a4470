package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
)

// TestTheCommandLineSpeaksTheLanguageAsked: --lang, VENN_LANG and the
// setting each choose the language of the help, the messages and the
// calendar files' names; a language Venn does not have gives English.
func TestTheCommandLineSpeaksTheLanguageAsked(t *testing.T) {
	if _, out, _ := run(t, "--lang", "de", "help"); !strings.Contains(out, "Aufruf:") || !strings.Contains(out, "Zusammenfassung") {
		t.Errorf("--lang de help:\n%s", out)
	}
	if _, out, _ := run(t, "--lang", "pt", "help"); !strings.Contains(out, "Usage:") {
		t.Errorf("--lang pt help is not English:\n%s", out)
	}
	t.Setenv(i18n.EnvVar, "fr")
	if code, _, errs := run(t, "bogus"); code != 2 || !strings.Contains(errs, "commande inconnue \"bogus\"") {
		t.Errorf("VENN_LANG=fr, unknown command: %d %q", code, errs)
	}
	t.Setenv(i18n.EnvVar, "")
	dir := t.TempDir()
	if code, out, errs := run(t, "--lang", "ar", "--data", dir, "demo"); code != 0 || !strings.Contains(out, "أُنشئت أسرة العرض") || !strings.Contains(out, "30 هدفًا") {
		t.Fatalf("--lang ar demo: %d %q %q", code, out, errs)
	}
	// A refusal is said in the language asked for too.
	missing := filepath.Join(t.TempDir(), "nowhere")
	if code, _, errs := run(t, "--lang", "de", "--data", dir, "sync", "--folder", missing); code != 1 || !strings.Contains(errs, "ist kein Ordner, den Venn erreichen kann") {
		t.Errorf("--lang de, a shared folder that is not there: %d %q", code, errs)
	}
	setLanguage(t, dir, "es")
	out := t.TempDir()
	if code, said, errs := run(t, "--data", dir, "calendar", "--out", out); code != 0 || !strings.Contains(said, "Tiempo propio de") || !strings.Contains(said, "escrito") {
		t.Fatalf("calendar with the setting es: %d %q %q", code, said, errs)
	}
	data, err := os.ReadFile(filepath.Join(out, "venn-together.ics"))
	if err != nil || !strings.Contains(string(data), "tiempo juntos") || !strings.Contains(string(data), "Es la hora de") {
		t.Errorf("the joint calendar is not in Spanish: %v\n%.600s", err, data)
	}
}

func setLanguage(t *testing.T, dir, tag string) {
	t.Helper()
	svc, err := app.Open(context.Background(), dir, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	if err := svc.SetLanguage(context.Background(), tag); err != nil {
		t.Fatal(err)
	}
	if err := svc.SetLanguage(context.Background(), "klingon"); err == nil {
		t.Error("a language Venn does not speak was kept")
	}
}
