package report

import (
	"image/color"
	"testing"

	"gonum.org/v1/plot/vg"
)

var light = Style{
	Background: color.White, Foreground: color.Black, Grid: color.Gray{Y: 220},
	Series: []color.Color{color.RGBA{59, 130, 246, 255}, color.RGBA{154, 123, 181, 255}, color.RGBA{200, 200, 200, 255}, color.RGBA{224, 122, 95, 255}},
}

func TestSplitChartDrawsItsBars(t *testing.T) {
	img, err := SplitChart([]SplitRow{
		{Label: "Maya · time", Personal: 50, Shared: 20, Free: 30},
		{Label: "Liam · time", Personal: 80, Shared: 20, Free: 0},
	}, light, 6*vg.Inch, 3*vg.Inch)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() != 576 || b.Dy() != 288 {
		t.Fatalf("image %v, want 576×288 at 96 dpi", b)
	}
	// The personal series' blue must be drawn, in a sizeable area.
	blue := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 == 59 && g>>8 == 130 && bl>>8 == 246 {
				blue++
			}
		}
	}
	if blue < 2000 {
		t.Fatalf("only %d pixels of the personal colour", blue)
	}
}

func TestWeeklyChartFollowsTheBackground(t *testing.T) {
	dark := light
	dark.Background, dark.Foreground = color.RGBA{28, 27, 34, 255}, color.White
	img, err := WeeklyChart("Time: allocated vs used", "hours", []WeekBar{{"W1", 10, 8}, {"W2", 10, 12}}, dark, 5*vg.Inch, 3*vg.Inch)
	if err != nil {
		t.Fatal(err)
	}
	r, g, b, _ := img.At(2, 2).RGBA()
	if r>>8 != 28 || g>>8 != 27 || b>>8 != 34 {
		t.Fatalf("corner pixel %d,%d,%d: the dark background was not used", r>>8, g>>8, b>>8)
	}
}

func TestBucketKeepsPausesAndAverages(t *testing.T) {
	weeks := []float64{1, 0, -1, -1, 0.5, 0.5}
	got := bucket(weeks, 3)
	want := []float64{0.5, -1, 0.5}
	if len(got) != len(want) {
		t.Fatalf("bucket = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("bucket = %v, want %v", got, want)
		}
	}
	if got := bucket(weeks, 10); len(got) != len(weeks) {
		t.Fatal("a short strip was bucketed")
	}
}

// TestSplitChartDrawsEachPartnerInTheirColour: each row's personal share is
// in its partner's colour, the shared share a tint of it, and what is free
// a grey that shows on a dark background too.
func TestSplitChartDrawsEachPartnerInTheirColour(t *testing.T) {
	maya, liam := color.NRGBA{59, 130, 246, 255}, color.NRGBA{224, 122, 95, 255}
	dark := light
	dark.Background, dark.Foreground, dark.Grid = color.NRGBA{28, 27, 34, 255}, color.White, color.NRGBA{60, 60, 66, 255}
	for name, st := range map[string]Style{"light": light, "dark": dark} {
		img, err := SplitChart([]SplitRow{
			{Label: "Maya · time", Personal: 50, Shared: 20, Free: 30, Color: maya},
			{Label: "Liam · time", Personal: 40, Shared: 30, Free: 30, Color: liam},
		}, st, 6*vg.Inch, 3*vg.Inch)
		if err != nil {
			t.Fatal(err)
		}
		count := func(c color.Color, top bool) int {
			want := color.NRGBAModel.Convert(c).(color.NRGBA)
			b := img.Bounds()
			n := 0
			for y := b.Min.Y; y < b.Max.Y; y++ {
				if (y < b.Dy()/2) != top {
					continue
				}
				for x := b.Min.X; x < b.Max.X; x++ {
					if got := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA); got == want {
						n++
					}
				}
			}
			return n
		}
		// Maya's row is drawn at the top, Liam's below.
		if count(maya, true) < 1500 || count(liam, false) < 1500 || count(liam, true) > 200 {
			t.Errorf("%s: the rows are not in their partners' colours (Maya top %d, Liam below %d, Liam top %d)",
				name, count(maya, true), count(liam, false), count(liam, true))
		}
		if count(splitColor(st, maya, 1), true) < 500 {
			t.Errorf("%s: Maya's shared share is not in a tint of her colour", name)
		}
		free := color.NRGBAModel.Convert(splitColor(st, maya, 2)).(color.NRGBA)
		bg := color.NRGBAModel.Convert(st.Background).(color.NRGBA)
		if d := int(free.R) - int(bg.R); d*d < 30*30 {
			t.Errorf("%s: what is free (%v) hardly differs from the background (%v)", name, free, bg)
		}
	}
}
