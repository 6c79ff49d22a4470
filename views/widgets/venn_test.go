package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/model"
)

func TestVennPictureSaysTheNumbersOfThePartPointedAt(t *testing.T) {
	test.NewTempApp(t)
	v := NewVennPicture()
	v.Shape = model.VennOf(9, 7, 11)
	v.Detail = func(region int) string {
		return map[int]string{VennOnlyA: "Maya's own: 9 h", VennOnlyB: "Liam's own: 7 h", VennTogether: "Together: 11 h"}[region]
	}
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(300, 140))
	v.Resize(fyne.NewSize(300, 140))
	ca, cb, ra, rb := v.geometry()
	if ra <= 0 || rb <= 0 || cb.X <= ca.X || cb.X-ca.X >= ra+rb {
		t.Fatalf("circles at %v r%v and %v r%v should overlap, A left of B", ca, ra, cb, rb)
	}
	cases := []struct {
		at   fyne.Position
		want string
	}{
		{fyne.NewPos(ca.X-ra+3, ca.Y), "Maya's own: 9 h"},
		{fyne.NewPos(cb.X+rb-3, cb.Y), "Liam's own: 7 h"},
		{fyne.NewPos((ca.X+ra+cb.X-rb)/2, ca.Y), "Together: 11 h"},
		{fyne.NewPos(1, 1), ""},
	}
	for _, c := range cases {
		v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: c.at}})
		if got := v.Caption(); got != c.want {
			t.Errorf("pointing at %v: caption %q, want %q", c.at, got, c.want)
		}
	}
	// Tapping works where there is no pointer, and the caption is drawn.
	test.TapAt(v, fyne.NewPos(ca.X-ra+3, ca.Y))
	if !drawsText(v, "Maya's own: 9 h") {
		t.Error("the tapped part's numbers are not drawn")
	}
	v.MouseOut()
	if v.Caption() != "" || drawsText(v, "Maya's own: 9 h") {
		t.Error("the numbers stay after the pointer left")
	}
}

func TestVennPictureDrawsNothingWithoutAmounts(t *testing.T) {
	test.NewTempApp(t)
	v := NewVennPicture()
	v.Resize(fyne.NewSize(200, 100))
	if r := v.RegionAt(fyne.NewPos(100, 50)); r != VennOutside {
		t.Errorf("an empty picture has region %d", r)
	}
	if n := len(test.WidgetRenderer(v).Objects()); n != 0 {
		t.Errorf("an empty picture draws %d objects", n)
	}
}

func TestClosenessScaleChoosesByTapAndKeys(t *testing.T) {
	test.NewTempApp(t)
	var got []int
	s := NewClosenessScale(HexColor("#3b82f6"), func(k int) { got = append(got, k) })
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(350, 50))
	s.Resize(fyne.NewSize(350, 50))
	test.TapAt(s, fyne.NewPos(50*2+10, 20)) // the third picture
	if s.Selected != 3 {
		t.Fatalf("tapped the third picture, selected %d", s.Selected)
	}
	if w.Canvas().Focused() != s {
		t.Error("tapping does not give the scale the keyboard focus")
	}
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	s.TypedRune('7')
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // already at the end
	s.TypedRune('9')                                // no such picture
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	want := []int{3, 4, 5, 4, 7, 1}
	if len(got) != len(want) {
		t.Fatalf("changes %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("changes %v, want %v", got, want)
		}
	}
	// Seven pairs of circles, the chosen one boxed, and the focus ring.
	var circles, boxes int
	for _, o := range test.WidgetRenderer(s).Objects() {
		switch o.(type) {
		case *canvas.Circle:
			circles++
		case *canvas.Rectangle:
			boxes++
		}
	}
	if circles != 2*model.ClosenessSteps || boxes != 2 {
		t.Errorf("%d circles and %d boxes drawn", circles, boxes)
	}
}

// drawsText reports whether a widget's renderer draws the text.
func drawsText(w fyne.Widget, s string) bool {
	for _, o := range test.WidgetRenderer(w).Objects() {
		if t, ok := o.(*canvas.Text); ok && t.Text == s {
			return true
		}
	}
	return false
}
