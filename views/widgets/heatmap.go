package widgets

import (
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// HeatMap draws a ritual's recent days as a calendar grid: a column per
// week, a row per weekday, the months named above and every other weekday
// on the left. Done days are filled in the ritual's colour, skipped days
// grey, paused days outlined, days with nothing logged faint.
type HeatMap struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name      string
	Weeks     int
	Today     model.Date
	WeekStart time.Weekday
	Start     model.Date // the ritual's first day; earlier cells stay empty
	Color     color.NRGBA
	Days      map[model.Date]model.EntryStatus
}

// HeatCell is the size of one day's square.
const HeatCell = 13

// NewHeatMap returns a heat map of the last weeks.
func NewHeatMap(weeks int) *HeatMap {
	h := &HeatMap{Weeks: weeks, Days: map[model.Date]model.EntryStatus{}}
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer builds the days' squares as one raster: a heat map of
// six months is 182 squares, and a software-rendered desktop spends tens of
// kilobytes on each shape drawn in a frame, but one texture on a raster.
func (h *HeatMap) CreateRenderer() fyne.WidgetRenderer {
	r := &heatRenderer{h: h}
	r.cells = canvas.NewRaster(r.paint)
	for range h.Weeks {
		r.months = append(r.months, captionText(h, fyne.TextAlignLeading))
	}
	for range 7 {
		r.weekdays = append(r.weekdays, captionText(h, fyne.TextAlignLeading))
	}
	r.Refresh()
	return r
}

// captionText is a small label drawn on a widget's canvas (a day's number,
// a month's name), coloured when its widget refreshes.
func captionText(w themed, align fyne.TextAlign) *canvas.Text {
	t := canvas.NewText("", color.Black)
	t.TextSize = captionSize(w)
	t.Alignment = align
	return t
}

type heatRenderer struct {
	h        *HeatMap
	cells    *canvas.Raster
	looks    []cellLook     // one per day, week by week
	months   []*canvas.Text // one per week column; set where a month begins
	weekdays []*canvas.Text // one per row; every other one is named
}

// cellLook is how one day's square is painted.
type cellLook struct {
	fill, stroke color.NRGBA
	outlined     bool
}

const heatGap = 3

// heatRadius rounds the squares' corners.
const heatRadius = 2

// The room the labels take: the weekday names on the left, the months on top.
const (
	heatLeft = 24
	heatTop  = 16
)

// firstDay is the top-left cell's day.
func (h *HeatMap) firstDay() model.Date {
	ws := model.PeriodStart(model.PerWeek, h.Today, h.WeekStart)
	return model.DateOf(ws.Time().AddDate(0, 0, -7*(h.Weeks-1)))
}

// DayAt returns the day a cell shows.
func (h *HeatMap) DayAt(week, weekday int) model.Date {
	return model.DateOf(h.firstDay().Time().AddDate(0, 0, 7*week+weekday))
}

// gridSize is the squares' extent without the labels.
func (h *HeatMap) gridSize() fyne.Size {
	return fyne.NewSize(float32(h.Weeks*(HeatCell+heatGap)-heatGap), float32(7*(HeatCell+heatGap)-heatGap))
}

func (r *heatRenderer) Layout(fyne.Size) {
	r.cells.Move(fyne.NewPos(heatLeft, heatTop))
	r.cells.Resize(r.h.gridSize())
	for week, t := range r.months {
		t.Move(fyne.NewPos(heatLeft+float32(week*(HeatCell+heatGap)), 0))
	}
	for wd, t := range r.weekdays {
		t.Move(fyne.NewPos(0, heatTop+float32(wd*(HeatCell+heatGap))-1))
	}
}

func (r *heatRenderer) MinSize() fyne.Size {
	return fyne.NewSize(heatLeft+float32(r.h.Weeks*(HeatCell+heatGap)), heatTop+float32(7*(HeatCell+heatGap)))
}

func (r *heatRenderer) Refresh() {
	h := r.h
	th := h.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	for week, t := range r.months {
		t.Text, t.Color = "", fg
		first := h.DayAt(week, 0)
		if week == 0 || first.Month != h.DayAt(week-1, 0).Month {
			if week < len(r.months)-2 || week == 0 { // room for the name
				t.Text = i18n.Screen().MonthShort(first.Month)
			}
		}
		t.Refresh()
	}
	for wd, t := range r.weekdays {
		t.Text, t.Color = "", fg
		if wd%2 == 0 {
			t.Text = weekdayMin(h.DayAt(0, wd).Time().Weekday())
		}
		t.Refresh()
	}
	r.looks = h.cellLooks(th, v)
	r.Layout(h.Size())
	r.cells.Refresh()
}

// cellLooks says how each day's square is painted: done days in the mark
// colour, skipped grey, paused outlined, days with nothing logged faint,
// days before the start or after today left out.
func (h *HeatMap) cellLooks(th fyne.Theme, v fyne.ThemeVariant) []cellLook {
	nrgba := func(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }
	empty := nrgba(th.Color(theme.ColorNameInputBackground, v))
	grey := nrgba(th.Color(theme.ColorNameDisabled, v))
	mark := MarkColour(h.Color, th.Color(theme.ColorNameBackground, v))
	looks := make([]cellLook, h.Weeks*7)
	for i := range looks {
		d := h.DayAt(i/7, i%7)
		switch {
		case h.Today.Before(d) || d.Before(h.Start):
		case h.Days[d] == model.Done:
			looks[i].fill = mark
		case h.Days[d] == model.Skipped:
			looks[i].fill = grey
		case h.Days[d] == model.Paused:
			looks[i] = cellLook{fill: Tint(h.Color, 0x30), stroke: Tint(h.Color, 0xa0), outlined: true}
		default:
			looks[i].fill = empty
		}
	}
	return looks
}

// paint draws the squares at the raster's size in pixels, so they stay
// sharp at any scale.
func (r *heatRenderer) paint(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	size := r.h.gridSize()
	if size.Width <= 0 || w <= 0 {
		return img
	}
	scale := float64(w) / float64(size.Width)
	for i, look := range r.looks {
		week, wd := i/7, i%7
		x := float64(week*(HeatCell+heatGap)) * scale
		y := float64(wd*(HeatCell+heatGap)) * scale
		paintRoundSquare(img, x, y, HeatCell*scale, heatRadius*scale, scale, look)
	}
	return img
}

// paintRoundSquare paints a square of side px at (x, y) with rounded
// corners of radius, its edges smoothed over a pixel; an outlined look
// gets a border one unit (scale pixels) wide.
func paintRoundSquare(img *image.NRGBA, x, y, side, radius, scale float64, look cellLook) {
	if look.fill.A == 0 && !look.outlined {
		return
	}
	b := img.Bounds()
	x0, y0 := max(b.Min.X, int(math.Floor(x))), max(b.Min.Y, int(math.Floor(y)))
	x1, y1 := min(b.Max.X, int(math.Ceil(x+side))), min(b.Max.Y, int(math.Ceil(y+side)))
	half := side / 2
	for py := y0; py < y1; py++ {
		for px := x0; px < x1; px++ {
			d := roundBoxDistance(float64(px)+0.5-(x+half), float64(py)+0.5-(y+half), half, radius)
			cover := math.Min(1, math.Max(0, 0.5-d))
			if cover == 0 {
				continue
			}
			c := look.fill
			if look.outlined && d > -scale {
				c = look.stroke
			}
			c.A = uint8(float64(c.A)*cover + 0.5)
			img.SetNRGBA(px, py, c)
		}
	}
}

// roundBoxDistance is the signed distance from (px, py), relative to a
// square's centre, to the square's rounded edge: negative inside.
func roundBoxDistance(px, py, half, radius float64) float64 {
	qx, qy := math.Abs(px)-half+radius, math.Abs(py)-half+radius
	outside := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
	return outside + math.Min(math.Max(qx, qy), 0) - radius
}

func (r *heatRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, 1+len(r.months)+len(r.weekdays))
	out = append(out, r.cells)
	for _, t := range r.months {
		out = append(out, t)
	}
	for _, t := range r.weekdays {
		out = append(out, t)
	}
	return out
}

func (r *heatRenderer) Destroy() {}

// ScoreBar draws a ritual's strength (0..1) as a short bar in its colour.
type ScoreBar struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name string
	// Decorative bars (a colour dot) say only their Name.
	Decorative bool
	Value      float64
	Color      color.NRGBA
}

// NewScoreBar returns an empty bar.
func NewScoreBar() *ScoreBar {
	b := &ScoreBar{}
	b.ExtendBaseWidget(b)
	return b
}

// Set shows a value and refreshes.
func (b *ScoreBar) Set(v float64, c color.NRGBA) {
	b.Value, b.Color = min(1, max(0, v)), c
	b.Refresh()
}

// CreateRenderer draws the track and the fill.
func (b *ScoreBar) CreateRenderer() fyne.WidgetRenderer {
	track := canvas.NewRectangle(color.Transparent)
	track.CornerRadius = 4
	fill := canvas.NewRectangle(color.Transparent)
	fill.CornerRadius = 4
	r := &barRenderer{b: b, track: track, fill: fill}
	r.Refresh()
	return r
}

type barRenderer struct {
	b           *ScoreBar
	track, fill *canvas.Rectangle
}

func (r *barRenderer) Layout(size fyne.Size) {
	r.track.Resize(size)
	r.fill.Resize(fyne.NewSize(size.Width*float32(r.b.Value), size.Height))
}

func (r *barRenderer) MinSize() fyne.Size { return fyne.NewSize(80, 8) }

func (r *barRenderer) Refresh() {
	mark := MarkColour(r.b.Color, r.b.Theme().Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant()))
	r.track.FillColor = Tint(mark, 0x30)
	r.fill.FillColor = mark
	r.Layout(r.b.Size())
	r.track.Refresh()
	r.fill.Refresh()
}

func (r *barRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *barRenderer) Destroy()                     {}
