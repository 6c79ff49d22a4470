package views

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// textureKey is what the GL painter keys a text's texture by: the same
// words in the same size, style and colour share one texture.
type textureKey struct {
	text  string
	size  float32
	style fyne.TextStyle
	color color.NRGBA
}

// textureTally is what a screen needs drawn as textures: one per distinct
// text and one per image, gradient or raster object (those are cached per
// object, so two copies of one icon are two textures).
type textureTally struct {
	texts  map[textureKey]bool
	images map[fyne.CanvasObject]bool
	// shapes counts the rectangles, circles, lines and polygons drawn: a
	// software renderer keeps tens of kilobytes for each in a frame.
	shapes int
}

func newTextureTally() textureTally {
	return textureTally{texts: map[textureKey]bool{}, images: map[fyne.CanvasObject]bool{}}
}

func (t textureTally) total() int { return len(t.texts) + len(t.images) }

// add counts into t what else is in u: what several screens need at once.
func (t textureTally) add(u textureTally) {
	for k := range u.texts {
		t.texts[k] = true
	}
	for o := range u.images {
		t.images[o] = true
	}
}

func (t textureTally) bold() (n int) {
	for k := range t.texts {
		if k.style.Bold {
			n++
		}
	}
	return n
}

// tallyTextures walks what the window draws, as the painter does: only
// visible objects, and only those inside every scroll's visible part.
func tallyTextures(root fyne.CanvasObject, size fyne.Size) textureTally {
	tally := newTextureTally()
	var walk func(o fyne.CanvasObject, pos, clipPos fyne.Position, clipSize fyne.Size)
	walk = func(o fyne.CanvasObject, pos, clipPos fyne.Position, clipSize fyne.Size) {
		if o == nil || !o.Visible() {
			return
		}
		sz := o.Size()
		if pos.Y > clipPos.Y+clipSize.Height || pos.Y+sz.Height < clipPos.Y ||
			pos.X > clipPos.X+clipSize.Width || pos.X+sz.Width < clipPos.X {
			return
		}
		switch x := o.(type) {
		case *canvas.Text:
			if x.Text != "" {
				tally.texts[textureKey{x.Text, x.TextSize, x.TextStyle, color.NRGBAModel.Convert(x.Color).(color.NRGBA)}] = true
			}
			return
		case *canvas.Image, *canvas.Raster, *canvas.LinearGradient, *canvas.RadialGradient:
			tally.images[o] = true
			return
		case *canvas.Rectangle:
			if painted(x.FillColor) || (painted(x.StrokeColor) && x.StrokeWidth > 0) {
				tally.shapes++
			}
			return
		case *canvas.Circle, *canvas.Line, *canvas.ArbitraryPolygon, *canvas.RegularPolygon, *canvas.Arc, *canvas.Ellipse, *canvas.BezierCurve:
			tally.shapes++
			return
		case *container.Scroll:
			x0, y0 := max(clipPos.X, pos.X), max(clipPos.Y, pos.Y)
			x1, y1 := min(clipPos.X+clipSize.Width, pos.X+sz.Width), min(clipPos.Y+clipSize.Height, pos.Y+sz.Height)
			clipPos, clipSize = fyne.NewPos(x0, y0), fyne.NewSize(x1-x0, y1-y0)
		}
		var kids []fyne.CanvasObject
		switch x := o.(type) {
		case *fyne.Container:
			kids = x.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(x).Objects()
		}
		for _, k := range kids {
			walk(k, pos.Add(k.Position()), clipPos, clipSize)
		}
	}
	walk(root, fyne.NewPos(0, 0), fyne.NewPos(0, 0), size)
	return tally
}

// painted reports whether a colour draws anything.
func painted(c color.Color) bool {
	if c == nil {
		return false
	}
	_, _, _, a := c.RGBA()
	return a > 0
}

// TestScreensStayWithinTheirTextureBudget keeps the four screens the
// window's memory is measured on (scripts/window-bench) from drawing many
// more textures unnoticed. On a software-rendered desktop each texture
// costs about 60 KB of memory however small it is, and Fyne keeps a hidden
// screen's textures for a minute, so a heat map with a label per cell or a
// board with an icon per chip is megabytes. The budgets are what each screen
// drew at 1280×800 on the demo household when they were set, plus a fifth
// (Today's since it is laid out in full after each reload: before, cards
// that grew were cut at their old size, and 9 of its checks went undrawn).
// Shapes have a budget too: a frame of Rituals drew 401 (a heat map of
// 182 squares, an area of 51 polygons), about 14 MB on a software
// renderer; the shape budgets are the counts after that was mended, plus a
// fifth. With -v it logs what the four need together, the counts
// scripts/window-bench gives the bare window to draw.
func TestScreensStayWithinTheirTextureBudget(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showMain()
	size := fyne.NewSize(1280, 800)
	w.Resize(size)
	budgets := map[tab]int{tabToday: 73, tabBoard: 143, tabCalendar: 178, tabRituals: 92}
	shapeBudgets := map[tab]int{tabToday: 24, tabBoard: 138, tabCalendar: 112, tabRituals: 186}
	most := 0
	together := newTextureTally()
	for _, tb := range []tab{tabToday, tabCalendar, tabRituals, tabBoard} {
		ui.showTab(tb)
		got := tallyTextures(w.Canvas().Content(), size)
		together.add(got)
		t.Logf("%s: %d texts, %d images, %d shapes", screens[tb].title(), len(got.texts), len(got.images), got.shapes)
		most = max(most, got.shapes)
		if got.shapes > shapeBudgets[tb] {
			t.Errorf("%s draws %d shapes in a frame; its budget is %d", screens[tb].title(), got.shapes, shapeBudgets[tb])
		}
		if len(got.texts) == 0 {
			t.Errorf("%s: no text counted; the walk no longer reaches the screen", screens[tb].title())
		}
		if got.total() > budgets[tb] {
			t.Errorf("%s draws %d textures (%d texts, %d images); its budget is %d",
				screens[tb].title(), got.total(), len(got.texts), len(got.images), budgets[tb])
		}
	}
	t.Logf("together: %d texts (%d bold), %d images; at most %d shapes in one frame", len(together.texts), together.bold(), len(together.images), most)
}

func TestTextureCountSharesTextsButNotImages(t *testing.T) {
	fg := color.NRGBA{R: 10, G: 20, B: 30, A: 255}
	same := func() *canvas.Text { return canvas.NewText("Mo 16", fg) }
	bold := canvas.NewText("Mo 16", fg)
	bold.TextStyle.Bold = true
	hidden := canvas.NewText("hidden", fg)
	hidden.Hide()
	icon := func() fyne.CanvasObject { return canvas.NewImageFromResource(nil) }
	clear := canvas.NewRectangle(color.Transparent) // drawn as nothing
	row := container.NewVBox(same(), same(), bold, hidden, icon(), icon(), clear, canvas.NewRectangle(fg), canvas.NewLine(fg))
	row.Resize(fyne.NewSize(200, 300))
	// Far below a scroll's visible part: not drawn.
	inner := container.NewWithoutLayout(canvas.NewText("far below", fg))
	inner.Objects[0].Move(fyne.NewPos(0, 900))
	inner.Objects[0].Resize(fyne.NewSize(100, 20))
	inner.Resize(fyne.NewSize(200, 1000))
	scroll := container.NewVScroll(inner)
	scroll.Resize(fyne.NewSize(200, 100))
	root := container.NewVBox(row, scroll)
	root.Resize(fyne.NewSize(200, 400))

	got := tallyTextures(root, fyne.NewSize(200, 400))
	if len(got.texts) != 2 || got.bold() != 1 || len(got.images) != 2 || got.shapes != 2 {
		t.Errorf("counted %d texts (%d bold), %d images and %d shapes, want 2 (1 bold), 2 and 2: one texture for the two same texts, one for the bold, none for hidden or scrolled away; one per image; a shape for the filled rectangle and the line, none for the clear one",
			len(got.texts), got.bold(), len(got.images), got.shapes)
	}
}
