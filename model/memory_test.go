package model

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
	"time"
)

func md(y, m, d int) Date { return Date{Year: y, Month: time.Month(m), Day: d} }

func TestAMemoryValidates(t *testing.T) {
	ok := Memory{AuthorID: "a", Title: "Our first hike 🥾", Day: md(2026, 5, 4), Words: strings.Repeat("é", MaxMemoryWordsLen)}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []Memory{
		{AuthorID: "a", Title: " ", Day: md(2026, 5, 4)},
		{AuthorID: "a", Title: strings.Repeat("x", MaxMemoryTitleLen+1), Day: md(2026, 5, 4)},
		{AuthorID: "a", Title: "t", Words: strings.Repeat("x", MaxMemoryWordsLen+1), Day: md(2026, 5, 4)},
		{AuthorID: "a", Title: "t"},
		{Title: "t", Day: md(2026, 5, 4)},
		{AuthorID: "a", Title: "a\u202eb", Day: md(2026, 5, 4)},
	} {
		if err := bad.Validate(); !IsValidation(err) {
			t.Errorf("%+v: %v, want a plain refusal", bad, err)
		}
	}
}

func TestTheTimelineMergesItsSourcesNewestFirst(t *testing.T) {
	src := MemorySources{
		Own: []Memory{
			{ID: "m1", AuthorID: "a", Title: "Picnic", Day: md(2026, 6, 1), Photo: "p1"},
			{ID: "m2", AuthorID: "b", Title: "Kept to myself", Day: md(2026, 6, 3), Private: true},
		},
		Milestones: []Milestone{
			{ID: "s1", Title: "Paid off the car", Reached: true, ReachedOn: md(2026, 6, 2), Owner: Shared, Celebration: "dinner out"},
			{ID: "s2", Title: "Not yet", Day: md(2026, 6, 2), Owner: Shared},
			{ID: "s3", Title: "Private one", Reached: true, ReachedOn: md(2026, 6, 2), Owner: "a", Private: true},
		},
		Finished: []FinishedGoal{
			{Goal: Goal{ID: "g1", Title: "Learn to sail", Column: ColumnDone, Owner: Shared}, Day: md(2026, 5, 20)},
			{Goal: Goal{ID: "g2", Title: "Private goal", Column: ColumnDone, Owner: "a", Private: true}, Day: md(2026, 5, 21)},
			{Goal: Goal{ID: "g3", Title: "Moved back", Column: ColumnDoing, Owner: Shared}, Day: md(2026, 5, 22)},
			{Goal: Goal{ID: "g4", Title: "Day unknown", Column: ColumnDone, Owner: Shared}},
		},
		Rewarding: "rw",
		Answers: []SharedAnswer{
			{Answer: Answer{ID: "c1", Week: md(2026, 5, 25), PartnerID: "a", PromptID: "rw", Text: "The long walk on Sunday"}},
			{Answer: Answer{ID: "c2", Week: md(2026, 5, 25), PartnerID: "b", PromptID: "rw", Text: "Held back"}, Private: true},
			{Answer: Answer{ID: "c3", Week: md(2026, 5, 25), PartnerID: "b", PromptID: "other", Text: "Another prompt"}},
			{Answer: Answer{ID: "c4", Week: md(2026, 5, 25), PartnerID: "b", PromptID: "rw", Text: "  "}},
		},
	}
	got := MemoryTimeline(src)
	var ids []string
	for _, m := range got {
		ids = append(ids, m.ID)
	}
	want := "m2 s1 m1 c1 g1"
	if strings.Join(ids, " ") != want {
		t.Fatalf("timeline %v, want %s", ids, want)
	}
	if got[2].Photo != "p1" || got[1].Words != "dinner out" || got[0].Private != true || got[3].Kind != MemoryHighlight {
		t.Errorf("entries lost their details: %+v", got)
	}
}

func TestAYearAgoIsTodaysMonthLastYear(t *testing.T) {
	tl := MemoryTimeline(MemorySources{Own: []Memory{
		{ID: "a", Title: "last year, this month, late", Day: md(2025, 3, 30)},
		{ID: "b", Title: "last year, this month, early", Day: md(2025, 3, 1)},
		{ID: "c", Title: "last year, next month", Day: md(2025, 4, 1)},
		{ID: "d", Title: "this year", Day: md(2026, 3, 2)},
		{ID: "e", Title: "two years ago", Day: md(2024, 3, 2)},
	}})
	got := YearAgo(tl, md(2026, 3, 15), 5)
	if len(got) != 2 || got[0].ID != "b" || got[1].ID != "a" {
		t.Fatalf("a year ago: %+v", got)
	}
	if got := YearAgo(tl, md(2026, 3, 15), 1); len(got) != 1 || got[0].ID != "b" {
		t.Fatalf("bounded: %+v", got)
	}
	// 29 February: the month is what counts.
	if got := YearAgo(tl, md(2026, 2, 28), 5); len(got) != 0 {
		t.Fatalf("february: %+v", got)
	}
	if got := InYear(tl, 2025); len(got) != 3 {
		t.Fatalf("in 2025: %+v", got)
	}
}

func testPicture(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{uint8(x), uint8(y), 128, 200})
		}
	}
	return img
}

func TestAPickedPhotoIsWrittenAgainBounded(t *testing.T) {
	var pngData, jpgData bytes.Buffer
	if err := png.Encode(&pngData, testPicture(3000, 1000)); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpgData, testPicture(300, 400), nil); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"png": pngData.Bytes(), "jpeg": jpgData.Bytes()} {
		out, err := PreparePhoto(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := CheckStoredPhoto(out); err != nil {
			t.Fatalf("%s: what Venn writes it refuses: %v", name, err)
		}
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(out))
		if err != nil || max(cfg.Width, cfg.Height) > PhotoSide {
			t.Fatalf("%s: %+v %v", name, cfg, err)
		}
		if name == "png" && (cfg.Width != PhotoSide || cfg.Height != 682) {
			t.Errorf("png scaled to %dx%d", cfg.Width, cfg.Height)
		}
		th, err := Thumbnail(out, ThumbSide)
		if err != nil || max(th.Bounds().Dx(), th.Bounds().Dy()) != ThumbSide {
			t.Fatalf("%s thumbnail: %v %v", name, th.Bounds(), err)
		}
	}
}

func TestPhotosVennCannotReadAreRefusedPlainly(t *testing.T) {
	heic := append([]byte{0, 0, 0, 24}, []byte("ftypheic\x00\x00\x00\x00mif1heic")...)
	cases := map[string]struct {
		data []byte
		want error
	}{
		"heic":    {heic, ErrPhotoHEIC},
		"gif":     {[]byte("GIF89a\x01\x00\x01\x00"), ErrPhotoFormat},
		"empty":   {nil, ErrPhotoFormat},
		"broken":  {[]byte{0xff, 0xd8, 0xff, 0xe0, 1, 2, 3}, ErrPhotoBroken},
		"too big": {make([]byte, MaxPhotoInput+1), ErrPhotoTooBig},
	}
	for name, c := range cases {
		if _, err := PreparePhoto(c.data); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
	if !strings.Contains(ErrPhotoHEIC.Error(), "export it as JPEG") {
		t.Error("the HEIC refusal should say what to do")
	}
	// A picture whose header claims a huge size is refused before decoding.
	var huge bytes.Buffer
	_ = png.Encode(&huge, testPicture(1, 1))
	b := huge.Bytes()
	b[16], b[17], b[18], b[19] = 0, 1, 0, 0 // width 65536
	if _, err := PreparePhoto(b); !errors.Is(err, ErrPhotoSize) && !errors.Is(err, ErrPhotoBroken) {
		t.Errorf("a huge header: %v", err)
	}
}

func TestAStoredPhotoMustBeOneVennWrote(t *testing.T) {
	var big, pngData bytes.Buffer
	_ = jpeg.Encode(&big, testPicture(PhotoSide+1, 10), nil)
	_ = png.Encode(&pngData, testPicture(10, 10))
	for name, data := range map[string][]byte{"too wide": big.Bytes(), "png": pngData.Bytes(), "too long": make([]byte, MaxPhotoStored+1)} {
		if err := CheckStoredPhoto(data); err == nil {
			t.Errorf("%s accepted from the shared folder", name)
		}
	}
}

// FuzzCheckStoredPhoto: whatever is in the shared folder, checking and
// thumbnailing it never panics, and a photo it accepts makes a thumbnail
// of bounded size.
func FuzzCheckStoredPhoto(f *testing.F) {
	var small bytes.Buffer
	_ = jpeg.Encode(&small, testPicture(40, 30), nil)
	var pngData bytes.Buffer
	_ = png.Encode(&pngData, testPicture(8, 8))
	f.Add(small.Bytes())
	f.Add(pngData.Bytes())
	f.Add([]byte{0xff, 0xd8, 0xff, 0xdb})
	f.Add([]byte("\x00\x00\x00\x18ftypheic"))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := CheckStoredPhoto(data)
		th, terr := Thumbnail(data, ThumbSide)
		if err == nil {
			if terr != nil {
				t.Fatalf("accepted but no thumbnail: %v", terr)
			}
			if b := th.Bounds(); b.Dx() > ThumbSide || b.Dy() > ThumbSide {
				t.Fatalf("thumbnail %v", b)
			}
		}
		_, _ = PreparePhoto(data)
	})
}

func TestADaysOwnMemoriesComeFirst(t *testing.T) {
	d := md(2026, 6, 1)
	tl := MemoryTimeline(MemorySources{
		Own:        []Memory{{ID: "o", Title: "Zebra crossing", Day: d}},
		Milestones: []Milestone{{ID: "s", Title: "A milestone", Reached: true, ReachedOn: d}},
		Finished:   []FinishedGoal{{Goal: Goal{ID: "g", Title: "A goal", Column: ColumnDone}, Day: d}},
		Rewarding:  "rw",
		Answers:    []SharedAnswer{{Answer: Answer{ID: "c", Week: d, PromptID: "rw", Text: "A moment"}}},
	})
	var got []string
	for _, m := range tl {
		got = append(got, m.ID)
	}
	if strings.Join(got, "") != "osgc" {
		t.Fatalf("a day's order: %v", got)
	}
}
