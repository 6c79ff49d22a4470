package summary

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// Households writing in the scripts that are shaped on paper: Arabic,
// Hebrew, Persian, Urdu, Hindi, Bengali, Tamil, Thai and Khmer, and an
// English household with a trip to Cairo written in Arabic letters. Every
// title must come back from the PDF in the order it was written, and a
// right-to-left title must be set with its first word at the right.

// scriptHousehold is one couple's words in their script.
type scriptHousehold struct {
	name           string // the gallery's name for it
	household      string
	a, b           string // the partners
	titles         []string
	note, value    string
	rtl            bool
	firstWord      string // the first word of titles[0], as written
	lastWord       string // and its last
	ritual, column string
}

var scriptHouseholds = []scriptHousehold{
	{name: "arabic", household: "بيت ليلى ويوسف 🏠", a: "ليلى", b: "يوسف", rtl: true,
		titles:    []string{"رحلة إلى القاهرة في الربيع", "تعلم الخط العربي معاً", "Trip to القاهرة in May"},
		firstWord: "رحلة", lastWord: "الربيع", ritual: "قهوة الصباح", column: "قيد التنفيذ",
		note: "كان أسبوعاً جيداً، مشينا معاً كل مساء", value: "العائلة"},
	{name: "hebrew", household: "הבית של נועה ואיתי", a: "נועה", b: "איתי", rtl: true,
		titles:    []string{"טיול לירושלים באביב", "ללמוד לבשל ביחד"},
		firstWord: "טיול", lastWord: "באביב", ritual: "קפה של בוקר", column: "בתהליך",
		note: "שבוע טוב, הלכנו יחד כל ערב", value: "משפחה"},
	{name: "persian", household: "خانهٔ سارا و امید", a: "سارا", b: "امید", rtl: true,
		titles:    []string{"سفر به اصفهان در بهار", "یادگیری پیانو با هم"},
		firstWord: "سفر", lastWord: "بهار", ritual: "چای عصر", column: "در حال انجام",
		note: "هفتهٔ خوبی بود، هر شب با هم قدم زدیم", value: "خانواده"},
	{name: "urdu", household: "عائشہ اور علی کا گھر", a: "عائشہ", b: "علی", rtl: true,
		titles:    []string{"لاہور کا سفر ٹرین سے", "ہر ہفتے اردو شاعری پڑھنا"},
		firstWord: "لاہور", lastWord: "سے", ritual: "شام کی چہل قدمی", column: "جاری",
		note: "اچھا ہفتہ تھا، ہم ہر شام ساتھ چلے", value: "خاندان"},
	{name: "hindi", household: "प्रिया और राहुल का घर", a: "प्रिया", b: "राहुल",
		titles: []string{"हिंदी में कहानियाँ पढ़ना", "गोवा की यात्रा की योजना"}, ritual: "सुबह की सैर", column: "जारी",
		note: "अच्छा हफ़्ता था, हम हर शाम साथ चले", value: "परिवार"},
	{name: "bengali", household: "অনন্যা ও অর্জুনের বাড়ি", a: "অনন্যা", b: "অর্জুন",
		titles: []string{"রবীন্দ্রসঙ্গীত শেখা", "দার্জিলিং ভ্রমণের পরিকল্পনা"}, ritual: "সন্ধ্যার চা", column: "চলছে",
		note: "ভালো সপ্তাহ ছিল, আমরা প্রতি সন্ধ্যায় হাঁটলাম", value: "পরিবার"},
	{name: "tamil", household: "மீனா மற்றும் கார்த்திக் வீடு", a: "மீனா", b: "கார்த்திக்",
		titles: []string{"தமிழ் இலக்கியம் படித்தல்", "மதுரைக்கு பயணம்"}, ritual: "காலை நடை", column: "நடக்கிறது",
		note: "நல்ல வாரம், ஒவ்வொரு மாலையும் ஒன்றாக நடந்தோம்", value: "குடும்பம்"},
	{name: "thai", household: "บ้านของมาลีและสมชาย", a: "มาลี", b: "สมชาย",
		titles: []string{"เที่ยวเชียงใหม่ด้วยกัน", "เรียนทำอาหารไทยทุกสัปดาห์"}, ritual: "กาแฟตอนเช้า", column: "กำลังทำ",
		note: "สัปดาห์ที่ดี เราเดินเล่นด้วยกันทุกเย็น", value: "ครอบครัว"},
	{name: "khmer", household: "ផ្ទះរបស់សុភា និងវិចិត្រ", a: "សុភា", b: "វិចិត្រ",
		titles: []string{"ដើរលេងនៅសៀមរាប", "រៀនធ្វើម្ហូបខ្មែរ"}, ritual: "កាហ្វេពេលព្រឹក", column: "កំពុងធ្វើ",
		note: "សប្តាហ៍ល្អ យើងដើរលេងជាមួយគ្នារាល់ល្ងាច", value: "គ្រួសារ"},
	{name: "mixed", household: "Sam & Nour", a: "Sam", b: "Nour",
		titles: []string{"Trip to القاهرة in May", "Read «ألف ليلة وليلة» together"}, ritual: "Morning coffee", column: "Doing",
		note: "A good week: we walked to القلعة every evening", value: "Family"},
}

// scriptGallery is the gallery's household for each script.
func scriptGallery() []galleryHousehold {
	var out []galleryHousehold
	for _, sh := range scriptHouseholds {
		out = append(out, galleryHousehold{name: "script-" + sh.name, build: sh.build, maxQuarterPages: 4, charts: 1,
			want: []string{sh.a, sh.b}, script: &sh})
	}
	return out
}

// build makes the household: its names, its goals in three columns, a
// ritual, a core value, a development contract with a review in its
// words, and time given and used, so the charts carry the names.
func (sh scriptHousehold) build(t testing.TB, s *app.Service) {
	ctx := context.Background()
	if err := s.SaveHousehold(ctx, app.HouseholdSetup{Name: sh.household, Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: sh.a, Color: "#3b82f6"}, B: app.PartnerSetup{Name: sh.b, Color: "#e07a5f"}}); err != nil {
		t.Fatal(err)
	}
	_, partners, err := s.Household(ctx)
	if err != nil {
		t.Fatal(err)
	}
	owners := []model.Owner{model.Owner(partners[0].ID), model.Owner(partners[1].ID), model.Shared}
	cols := []model.Column{model.ColumnDoing, model.ColumnPlanned, model.ColumnDone}
	var goals []model.Goal
	for i, title := range sh.titles {
		goals = append(goals, mustGoal(t, s, title, owners[i%3], cols[i%3]))
	}
	if err := s.SaveColumns(ctx, model.ColumnSettings{Column: model.ColumnDoing, Name: sh.column}); err != nil {
		t.Fatal(err)
	}
	r, err := s.SaveRitual(ctx, model.Ritual{Title: sh.ritual, Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: q4.First()})
	if err != nil {
		t.Fatal(err)
	}
	keepRitual(t, s, r, 7)
	if _, err := s.SaveValue(ctx, model.Value{Owner: owners[0], Kind: model.ValueCore, Text: sh.value}); err != nil {
		t.Fatal(err)
	}
	c, err := s.SaveContract(ctx, model.Contract{GoalID: goals[0].ID, Commitment: sh.titles[1], EveryWeeks: 2, Started: model.Date{Year: 2026, Month: 10, Day: 5}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ReviewContract(ctx, c.ID, model.ContractReview{Day: model.Date{Year: 2026, Month: 10, Day: 19}, Rating: 4, Note: sh.note}); err != nil {
		t.Fatal(err)
	}
	for _, p := range partners {
		if err := s.SetCapacity(ctx, p.ID, model.Time, 10*60, q4.First()); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetAllocation(ctx, goals[0].ID, model.Time, 4*60, 0, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogActual(ctx, model.Actual{GoalID: goals[0].ID, PartnerID: partners[0].ID, Resource: model.Time, Amount: 150, Day: model.Date{Year: 2026, Month: 11, Day: 10}}); err != nil {
		t.Fatal(err)
	}
}

// logicalForm is text as compared once extracted: letters and digits
// only. poppler moves spaces around right-to-left words, wraps them in
// direction marks, and orders a line by its own reckoning, which takes
// punctuation and a word's last mark (the tanween of "معاً") for
// left-to-right text; the PDF keeps them in place (see report/bidi.go).
func logicalForm(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mc, r) {
			return r
		}
		return -1
	}, s)
}

// logicalPieces cuts s where poppler may reorder it: at punctuation and
// symbols.
func logicalPieces(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && !unicode.IsSpace(r)
	})
}

// checkScript fails when a title, the note or the names do not come back
// in the order they were written, or a right-to-left title does not read
// from the right.
func checkScript(t *testing.T, what string, pdf []byte, text string, sh *scriptHousehold) {
	t.Helper()
	got := logicalForm(text)
	for _, w := range append(append([]string{sh.note, sh.household, sh.ritual}, sh.titles...), sh.a, sh.b) {
		for _, piece := range logicalPieces(w) {
			if !strings.Contains(got, logicalForm(piece)) {
				t.Errorf("%s: %q of %q does not come back in logical order", what, piece, w)
			}
		}
	}
	if !sh.rtl {
		return
	}
	// poppler gives each word's letters as they stand, left to right.
	words := pdfWords(t, pdf)
	find := func(w string) []pdfBox {
		rs := []rune(w)
		slices.Reverse(rs)
		var out []pdfBox
		for _, b := range words {
			if b.text == string(rs) {
				out = append(out, b)
			}
		}
		return out
	}
	firsts, lasts := find(sh.firstWord), find(sh.lastWord)
	found := false
	for _, f := range firsts {
		for _, l := range lasts {
			if f.page == l.page && f.y0 > l.y0-1 && f.y0 < l.y0+1 {
				found = true
				if f.x0 <= l.x1 {
					t.Errorf("%s: %q starts at %.0f pt, left of %q, the last word of %q", what, sh.firstWord, f.x0, sh.lastWord, sh.titles[0])
				}
			}
		}
	}
	if !found {
		t.Errorf("%s: the words %q and %q of %q are not found on one line", what, sh.firstWord, sh.lastWord, sh.titles[0])
	}
}
