package i18n

import (
	"testing"
	"time"
)

func TestDatesInEachLanguage(t *testing.T) {
	day := time.Date(2027, time.March, 5, 0, 0, 0, 0, time.UTC)
	end := time.Date(2027, time.December, 31, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		tag, dayMonth, long, rng, numeric, hint, clock string
	}{
		{"en", "5 Mar", "5 March 2027", "5 Mar – 31 Dec 2027", "05/03/2027", "DD/MM/YYYY or 2027-03-15", "18:30"},
		{"en_US.UTF-8", "5 Mar", "5 March 2027", "5 Mar – 31 Dec 2027", "03/05/2027", "MM/DD/YYYY or 2027-03-15", "6:30 pm"},
		{"de_DE.UTF-8", "5. März", "5. März 2027", "5. März – 31. Dez. 2027", "05.03.2027", "TT.MM.JJJJ oder 2027-03-15", "18:30"},
		{"fr-CA", "5 mars", "5 mars 2027", "5 mars – 31 déc. 2027", "05/03/2027", "JJ/MM/AAAA ou 2027-03-15", "18:30"},
		{"es", "5 mar", "5 de marzo de 2027", "5 mar – 31 dic 2027", "05/03/2027", "DD/MM/AAAA o 2027-03-15", "18:30"},
		{"ar", "5 مارس", "5 مارس 2027", "5 مارس – 31 ديسمبر 2027", "05/03/2027", "يوم/شهر/سنة أو 2027-03-15", "18:30"},
	} {
		tr := For(c.tag)
		for what, got := range map[string][2]string{
			"DayMonth": {tr.DayMonth(day), c.dayMonth}, "LongDate": {tr.LongDate(day), c.long},
			"Range": {tr.Range(day, end), c.rng}, "NumericDate": {tr.NumericDate(day), c.numeric},
			"DateHint": {tr.DateHint(), c.hint}, "Clock": {tr.Clock(18*60 + 30), c.clock},
		} {
			if got[0] != got[1] {
				t.Errorf("%s %s = %q, want %q", c.tag, what, got[0], got[1])
			}
		}
	}
}

func TestNumbersInEachLanguage(t *testing.T) {
	for tag, want := range map[string]string{"en": "12,345 2.5", "de": "12.345 2,5", "fr": "12\u00a0345 2,5", "es": "12.345 2,5", "ar": "12,345 2.5"} {
		tr := For(tag)
		if got := tr.Int(12345) + " " + tr.Decimal(2.5, 1); got != want {
			t.Errorf("%s: %q, want %q", tag, got, want)
		}
	}
}

func TestUnknownLanguagesSpeakEnglish(t *testing.T) {
	for _, tag := range []string{"", "C", "POSIX", "xx", "pt_BR.UTF-8", "日本語", "de\x00"} {
		if got := For(tag).Lang().Tag; got != "en" && tag != "de\x00" {
			t.Errorf("For(%q) speaks %s", tag, got)
		}
	}
	var nilTr *Tr
	if got := nilTr.T("ics.empty.summary"); got != "Nothing planned yet" {
		t.Errorf("a nil translator says %q", got)
	}
	if got := For("de").T("no.such.key"); got != "no.such.key" {
		t.Errorf("an unknown key comes out as %q", got)
	}
}

func TestChooseFollowsTheAskedLanguageWhenComplete(t *testing.T) {
	t.Setenv(EnvVar, "")
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "de_DE.UTF-8")
	if got := Choose(Calendar, "", "").Lang().Tag; got != "de" {
		t.Errorf("a German system's calendar speaks %s", got)
	}
	if got := Choose(Window, "", "").Lang().Tag; got != "de" {
		t.Errorf("a German system's window speaks %s", got)
	}
	if got := Choose(Calendar, "", "fr").Lang().Tag; got != "fr" {
		t.Errorf("the setting fr gives %s", got)
	}
	t.Setenv(EnvVar, "es")
	if got := Choose(Calendar, "", "fr").Lang().Tag; got != "es" {
		t.Errorf("VENN_LANG=es with the setting fr gives %s", got)
	}
	if got := Choose(Calendar, "ar", "fr").Lang().Tag; got != "ar" {
		t.Errorf("--lang ar gives %s", got)
	}
	if got := Choose(Calendar, "pt", "fr").Lang().Tag; got != "en" {
		t.Errorf("--lang pt (no catalogue) gives %s, not English", got)
	}
}
