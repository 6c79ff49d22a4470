package guessing

import (
	"bytes"
	"compress/gzip"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/trustelem/zxcvbn"
	"github.com/trustelem/zxcvbn/frequency"
)

// hints are the words a household's lock form passes as hints.
var hints = []string{"Maya", "Liam", "Zoë", "Okonkwo-Bauer", "明美", "Ярослава", "نور"}

// corpus is what people type as passphrases: common passwords, names with
// digits, l33t words, keyboard walks, dates in several forms, repeats,
// sequences, diceware-style phrases, long random strings, and text in
// other scripts.
func corpus() []string {
	c := []string{
		"", "a", "A", "1", " ", "\n", "password", "Password1", "PASSWORD", "123456", "12345678", "qwerty",
		"letmein", "iloveyou", "trustno1", "monkey", "dragon", "football", "baseball", "sunshine",
		"princess", "welcome", "shadow", "superman", "michael", "jennifer", "abc123", "123123",
		"maya", "Maya2019", "liam1990", "MayaLiam", "mayaandliam", "liam&maya4ever", "zoë", "Zoë1985",
		"okonkwo-bauer", "OkonkwoBauer77", "yalsavoraY", "ayam", "mailliam",
		"jessica1", "Jordan23", "michelle1987", "sarah!", "Thomas2001", "smith99", "Garcia_1975",
		"p@ssw0rd", "P@$$w0rd!", "l3tm31n", "h4ck3r", "1337h4x0r", "s3cr3t", "tr0ub4dor&3", "Tr0ub4dour&3",
		"m4y4", "l14m", "b4s3b4ll", "5unsh1n3", "!lov3you", "|iam", "<0ff33", "c@t$&d0g$", "ph0t0gr4ph",
		"qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx", "qazwsxedc", "!QAZ2wsx", "poiuytrewq",
		"1234qwer", "zaq12wsx", "asdf;lkj", "7894561230", "147258369", "963852741", "+-*/", "0147",
		"QWERTY", "Qwerty123!", "aoeuidhtns", "pyfgcrl", "',.pyf", "~!@#$%^&*()", "1q2w3e4r5t",
		"01/01/1990", "1/1/91", "12-25-1988", "1988-12-25", "25.12.1988", "19881225", "122588",
		"2512", "31121999", "1999.12.31", "13/2/1921", "02/02/02", "912/20/919", "12/20/1991.12.20",
		"2015_06_04", "4 july 1976", "07 04 1976", "1976\n", "1191\n", "1 1 1991", "19 5 2001",
		"born1984", "maya0512liam", "liam_2010_05_17", "2050", "1000-10-10", "0/0/00",
		"aaaaaa", "aaaaaaaaaaaa", "abcabcabc", "aabaab", "aabaabaabaab", "xyxyxy", "1212121212",
		"hahaha", "lollollol", "passwordpassword", "mayamaya", "!!!!!!", "zzzzzzzzzz", "abab\nabab",
		"ééé", "éééééé", "中中", "中中中中", "ннн", "😀😀😀", "abé abé", "xéxéxé",
		"abcdef", "abcdefghij", "ABCDEFG", "zyxwvu", "9876543210", "0123456789", "acegik", "13579",
		"ZYX", "aaabbbccc", "az", "za", "abcdefghijklmnopqrstuvwxyz",
		"correct horse battery staple", "correcthorsebatterystaple", "Correct-Horse-Battery-Staple",
		"tumble garden lantern obey", "river quiet umbrella seven", "apple banana cherry dates",
		"mango tango fandango", "the quick brown fox", "stop and smell the roses",
		"kx9#Lp2@qV", "8347291046", "h7Gq!x2Zp0Lr", "Xj4$mN8&qW2!zR6", "aQ3v9ZkP1xL7", "gJ8d2Ls0Qe",
		"Tq7&vN2$kM9!pL4#", "3nF8xQ2wL9vK", "yR5%hG1*cT8@", "mN0pQ7rS2tU5",
		"café au lait", "crème brûlée", "Ångström", "façade1990", "naïve-señor", "Müller2019",
		"düsseldorf", "smørrebrød", "Łódź", "straße", "ÉCOLE", "ñandú",
		"我爱你", "我爱你一生一世", "明美と大輝", "사랑해요", "ありがとう", "北京2008", "上海1990年",
		"مرحبا", "أحبك", "نور٢٠٢٠", "١٢٣٤٥٦", "١١١٩٩١", "١/١/١٩٩١", "٢٠١٥", "१२३४",
		"привет", "Ярослава", "люблю тебя", "Москва2014", "пароль123", "йцукен",
		"❤️❤️", "🐶🐱", "maya❤️liam", "🔑🔑🔑🔑", "🌙 and ⭐", "👨‍👩‍👧",
		"maya\tliam", "1\u30001\u30001991", "1\u00a01\u00a091", "Maya Liam 2024", "our home 🏠 2019",
		// Corners where the estimate follows the reference estimator's
		// reading: dates in other scripts' digits or ending in a line
		// break, repeats of characters of several bytes, and l33t with
		// many letters in play.
		"١11991", "x١11991", "11991\n", "1/1/91\n", "12\n12\n1991", "٣1/1/91",
		"中中ab中中ab", "ab中ab中", "aa中中bb", "éaéaéa\nxx", "x\nx\nx\n",
		"xxliammaya!A20%3[", "00lovemaya 7@😀é", "_lovemaya0@5|3é0ab\n", "4lovemaya/5lW2/asd20wordW",
		"4(3!0$+%2", "p4$$w0rd!|7", "8@(3|1$+0%2", "|_|$3r!@7", "b!7(h3$", "7h3|!57",
	}
	for _, w := range []string{"sunflower", "Maya", "Okonkwo", "ocean", "Ярослава", "明美"} {
		for _, tail := range []string{"1", "123", "2020", "!", "_88", "1987", "@home", "99!"} {
			c = append(c, w+tail)
		}
	}
	for _, w := range []string{"batteries", "leetspeak", "sesame", "glassware", "tissues"} {
		c = append(c, strings.NewReplacer("a", "4", "e", "3", "s", "$", "t", "7", "i", "!").Replace(w))
		c = append(c, strings.NewReplacer("a", "@", "e", "3", "s", "5", "l", "1", "i", "|", "o", "0").Replace(w))
	}
	for _, sep := range []string{"", " ", "-", "/", "\\", "_", "."} {
		c = append(c, "13"+sep+"2"+sep+"1921", "1"+sep+"11"+sep+"1991", "88"+sep+"8"+sep+"8")
	}
	for _, n := range []int{3, 5, 8, 13, 21} {
		c = append(c, strings.Repeat("ab1", n), strings.Repeat("Maya", n/2+1), strings.Repeat("x", n*3))
	}
	for i := range 40 {
		c = append(c, pseudoRandom(uint64(i)+1, 8+i%40))
	}
	return c
}

// pseudoRandom makes a repeatable string of n characters from a mix of
// letters, digits, symbols and a few non-ASCII characters.
func pseudoRandom(seed uint64, n int) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?|~ "
	extra := []rune("éüßçñ中文ДЖ٣🙂")
	var b strings.Builder
	for range n {
		seed = seed*6364136223846793005 + 1442695040888963407
		k := int(seed >> 33)
		if k%11 == 0 {
			b.WriteRune(extra[k%len(extra)])
		} else {
			b.WriteByte(alphabet[k%len(alphabet)])
		}
	}
	return b.String()
}

// sameEstimate says whether two guess counts agree to within a relative
// 1e-9 (sums of products may round in another order).
func sameEstimate(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// checkMatchesLibrary holds Guesses to the library's PasswordStrength.
// The library visits its word lists in Go's map order, and on some
// passphrases (a word in two lists over the same span) its estimate
// varies from run to run; Guesses gives the lowest of them. So the
// library is asked several times: none of its answers may be below
// Guesses (never more generous), and one must equal it.
func checkMatchesLibrary(t *testing.T, p string, hints []string) {
	t.Helper()
	got := Guesses(p, hints)
	var seen []float64
	for try := 0; try < 64; try++ {
		want := zxcvbn.PasswordStrength(p, hints).Guesses
		if want < got && !sameEstimate(got, want) {
			t.Errorf("Guesses(%q, %q) = %g, more generous than the library's %g", p, hints, got, want)
			return
		}
		seen = append(seen, want)
		if try >= 3 && slices.ContainsFunc(seen, func(w float64) bool { return sameEstimate(got, w) }) {
			return
		}
	}
	t.Errorf("Guesses(%q, %q) = %g, the library estimates %g", p, hints, got, seen[:4])
}

func TestGuessesMatchLibrary(t *testing.T) {
	c := corpus()
	if len(c) < 300 {
		t.Fatalf("the corpus has %d passphrases, want a few hundred", len(c))
	}
	for i, p := range c {
		if i%corpusStride == 0 {
			checkMatchesLibrary(t, p, hints)
			checkMatchesLibrary(t, p, nil)
		}
	}
}

func TestHintWordsAreGuessedEarly(t *testing.T) {
	with, without := Guesses("okonkwobauer明美", []string{"Okonkwo", "明美"}), Guesses("okonkwobauer明美", nil)
	if with >= without {
		t.Errorf("hint words did not make the passphrase easier: %g with, %g without", with, without)
	}
}

func TestInvalidUTF8IsTheWeakest(t *testing.T) {
	if g := Guesses("abc\xffdef", nil); g != 0 {
		t.Errorf("Guesses of invalid UTF-8 = %g, want 0", g)
	}
}

func TestDictionariesAreBuiltOnce(t *testing.T) {
	w, again := dictionaries(), dictionaries()
	if w != again {
		t.Fatal("the ranked lists were built twice")
	}
	if _, ok := w.rows["password"]; !ok {
		t.Fatal(`"password" is not in the ranked lists`)
	}
}

// The packed lists Venn carries are the library's lists, word for word and
// in order: run `go generate ./storage/vault/guessing` after updating it.
func TestPackedWordListsAreTheLibrarys(t *testing.T) {
	lists, err := frequencyLists(packedWordLists)
	if err != nil {
		t.Fatal(err)
	}
	if len(lists) != len(frequency.FrequencyLists) {
		t.Fatalf("%d packed lists, the library has %d", len(lists), len(frequency.FrequencyLists))
	}
	for name, want := range frequency.FrequencyLists {
		if got := lists[name]; !slices.Equal(got, want) {
			t.Errorf("packed list %q has %d words, differing from the library's %d", name, len(got), len(want))
		}
	}
}

func TestDamagedWordListsAreRefused(t *testing.T) {
	if _, err := frequencyLists("not gzip"); err == nil {
		t.Error("bytes that are not gzip were read as word lists")
	}
	if _, err := frequencyLists(gzipped(t, "password\n#passwords\n123456\n")); err == nil {
		t.Error("a word before the first list's name was accepted")
	}
	lists, err := frequencyLists(gzipped(t, "#names\nzoë\n明美\n#empty\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(lists["names"], []string{"zoë", "明美"}) || len(lists["empty"]) != 0 || len(lists) != 2 {
		t.Errorf("lists read as %q", lists)
	}
}

func gzipped(t *testing.T, text string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func FuzzGuessesMatchLibrary(f *testing.F) {
	for i, p := range corpus() {
		if len(p) <= 64 && i%corpusStride == 0 {
			f.Add(p)
		}
	}
	f.Fuzz(func(t *testing.T, p string) {
		if len(p) > 64 {
			return
		}
		if !utf8.ValidString(p) {
			if g := Guesses(p, hints); g != 0 {
				t.Errorf("Guesses(%q) = %g, want 0 for invalid UTF-8", p, g)
			}
			return
		}
		checkMatchesLibrary(t, p, hints)
	})
}

// BenchmarkFirstStrength measures the first estimate after Venn starts:
// the ranked lists are built first.
func BenchmarkFirstStrength(b *testing.B) {
	for b.Loop() {
		dictionaries = onceWordLists()
		Guesses("Tr0ub4dour&3 maya 1988", hints)
	}
}

// BenchmarkLaterStrength measures an estimate once the lists are built.
func BenchmarkLaterStrength(b *testing.B) {
	dictionaries()
	for b.Loop() {
		Guesses("Tr0ub4dour&3 maya 1988", hints)
	}
}

// BenchmarkLibraryStrength measures the library's estimate of the same
// passphrase, its lists built when the test binary started.
func BenchmarkLibraryStrength(b *testing.B) {
	for b.Loop() {
		zxcvbn.PasswordStrength("Tr0ub4dour&3 maya 1988", hints)
	}
}

// Prepare builds the lists beside a form's first question, and the answer
// is the same as without it (run with -race, the two must not collide).
func TestPrepareThenAskGivesTheSameEstimate(t *testing.T) {
	want := Guesses("correct horse battery staple", []string{"Maya", "Liam"})
	Prepare()
	if got := Guesses("correct horse battery staple", []string{"Maya", "Liam"}); got != want {
		t.Fatalf("after Prepare the estimate is %v, want %v", got, want)
	}
}
