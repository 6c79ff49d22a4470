package widgets

import (
	"image/color"
	"maps"
	"reflect"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// CardHeight is the fixed height of a goal card: room for a title on two
// lines and the line of chips, so a board column's rows are evenly spaced
// (dragging finds the gap under the pointer by arithmetic).
const CardHeight = 78

// titleLines is how many lines a card's title wraps to before it is cut.
const titleLines = 2

// GoalCard draws one goal on the board: a strip in the owner's colour, the
// title on up to two lines, and a line with target quarter or date, checklist progress and
// labels. It reports taps, double taps, right clicks and drags.
type GoalCard struct {
	widget.BaseWidget

	Goal     model.Goal
	Color    color.NRGBA
	Selected bool
	// Today is the day the due-date chip is read against (nil: today).
	Today func() model.Date
	// LabelColours are the colours chosen for labels, keyed in lower case.
	LabelColours map[string]string

	OnTapped       func(id string)
	OnDoubleTapped func(id string)
	OnSecondary    func(id string, at fyne.Position)
	OnDragged      func(id string, at fyne.Position)
	OnDragEnd      func(id string)

	hovered bool
	// drawn is what the card was last set to show, so setting the same
	// again (a board redrawn after another card changed) costs nothing.
	drawn drawnCard
}

// drawnCard is what a card's drawing depends on besides the theme.
type drawnCard struct {
	set    bool
	day    model.Date
	labels map[string]string
}

var (
	_ fyne.Tappable          = (*GoalCard)(nil)
	_ fyne.DoubleTappable    = (*GoalCard)(nil)
	_ fyne.SecondaryTappable = (*GoalCard)(nil)
	_ fyne.Draggable         = (*GoalCard)(nil)
	_ desktop.Hoverable      = (*GoalCard)(nil)
)

// NewGoalCard returns an empty card; Set fills it.
func NewGoalCard() *GoalCard {
	c := &GoalCard{}
	c.ExtendBaseWidget(c)
	return c
}

// Set shows a goal and refreshes the card, unless it shows the very same
// already (the same goal, colour, selection, labels' colours and day).
func (c *GoalCard) Set(g model.Goal, col color.NRGBA, selected bool) {
	day := c.today()
	if c.drawn.set && c.Selected == selected && c.Color == col && c.drawn.day == day &&
		maps.Equal(c.drawn.labels, c.LabelColours) && reflect.DeepEqual(c.Goal, g) {
		return
	}
	c.Goal, c.Color, c.Selected = g, col, selected
	c.drawn = drawnCard{set: true, day: day, labels: c.LabelColours}
	c.Refresh()
}

// Tapped selects the card.
func (c *GoalCard) Tapped(*fyne.PointEvent) {
	if c.OnTapped != nil && c.Goal.ID != "" {
		c.OnTapped(c.Goal.ID)
	}
}

// DoubleTapped opens the card.
func (c *GoalCard) DoubleTapped(*fyne.PointEvent) {
	if c.OnDoubleTapped != nil && c.Goal.ID != "" {
		c.OnDoubleTapped(c.Goal.ID)
	}
}

// TappedSecondary opens the card's menu.
func (c *GoalCard) TappedSecondary(ev *fyne.PointEvent) {
	if c.OnSecondary != nil && c.Goal.ID != "" {
		c.OnSecondary(c.Goal.ID, ev.AbsolutePosition)
	}
}

// Dragged reports the pointer's absolute position while the card is dragged.
func (c *GoalCard) Dragged(ev *fyne.DragEvent) {
	if c.OnDragged != nil && c.Goal.ID != "" {
		c.OnDragged(c.Goal.ID, ev.AbsolutePosition)
	}
}

// DragEnd reports that the card was dropped.
func (c *GoalCard) DragEnd() {
	if c.OnDragEnd != nil && c.Goal.ID != "" {
		c.OnDragEnd(c.Goal.ID)
	}
}

func (c *GoalCard) today() model.Date {
	if c.Today != nil {
		return c.Today()
	}
	return model.DateOf(time.Now())
}

// MouseIn highlights the card under the pointer.
func (c *GoalCard) MouseIn(*desktop.MouseEvent) { c.hovered = true; c.Refresh() }

// MouseMoved is part of desktop.Hoverable.
func (c *GoalCard) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the hover highlight.
func (c *GoalCard) MouseOut() { c.hovered = false; c.Refresh() }

// Chip is one coloured tag on a card's second line: a label, or where the
// goal stands against its date. A chip without a fill is plain text.
type Chip struct {
	Text string
	Fill color.Color // nil: plain text
	Ink  color.Color // the text's colour on the fill
}

// Chip colours for where a goal stands against its target date.
var (
	overdueFill = color.NRGBA{R: 0xd9, G: 0x3f, B: 0x3f, A: 0xff}
	soonFill    = color.NRGBA{R: 0xf2, G: 0xb1, B: 0x3c, A: 0xff}
	doneFill    = color.NRGBA{R: 0x2f, G: 0x9e, B: 0x6a, A: 0xff}
)

// filledChip is a chip on a fill, its ink (and the fill, when need be)
// chosen so that its text reads at WCAG's 4.5:1.
func filledChip(text string, fill color.NRGBA) Chip {
	fill, ink := model.ReadableFill(fill)
	return Chip{Text: text, Fill: fill, Ink: ink}
}

// maxLabelChips is how many labels a card shows as chips; more are counted.
const maxLabelChips = 3

// Chips are the card's second line: where the goal stands against its
// date (overdue, due soon, done, or the date), or its target quarter; its
// labels in their colours; checklist progress; private.
func Chips(g model.Goal, today model.Date, labelColours map[string]string) []Chip {
	var out []Chip
	tr := i18n.Screen()
	day := tr.DayMonth(g.Due.Time())
	switch model.DueStatusOf(g, today) {
	case model.DueOverdue:
		out = append(out, filledChip(say("ui.board.chipOverdue", "Day", day), overdueFill))
	case model.DueSoon:
		out = append(out, filledChip(dueSoonWords(g.Due, today), soonFill))
	case model.DueDone:
		out = append(out, filledChip(say("ui.board.chipDone", "Day", day), doneFill))
	case model.DueLater:
		out = append(out, Chip{Text: say("ui.board.chipDue", "Day", tr.DayMonthYear(g.Due.Time()))})
	default:
		if !g.TargetQuarter.IsZero() {
			out = append(out, Chip{Text: tr.Quarter(g.TargetQuarter.Year, g.TargetQuarter.Q)})
		}
	}
	for i, l := range g.Labels {
		if i == maxLabelChips {
			out = append(out, Chip{Text: say("ui.board.chipMoreLabels", "N", tr.Int(len(g.Labels)-maxLabelChips))})
			break
		}
		out = append(out, filledChip(l, HexColor(model.LabelColour(l, labelColours))))
	}
	if done, total := g.Progress(); total > 0 {
		out = append(out, Chip{Text: sayN("ui.board.chipSteps", total, "Done", done)})
	}
	if g.Private {
		out = append(out, Chip{Text: say("ui.board.chipPrivate")})
	}
	return out
}

// dueSoonWords names a date in the week ahead.
func dueSoonWords(due, today model.Date) string {
	switch due {
	case today:
		return say("ui.board.dueToday")
	case today.AddDays(1):
		return say("ui.board.dueTomorrow")
	}
	return say("ui.board.dueOn", "Day", ShortDay(due.Time()))
}

// MetaLine is the card's second line in words, the chips' texts joined.
func MetaLine(g model.Goal, today model.Date, labelColours map[string]string) string {
	var parts []string
	for _, c := range Chips(g, today, labelColours) {
		parts = append(parts, c.Text)
	}
	return strings.Join(parts, "  ·  ")
}

// CreateRenderer builds the card's drawing.
func (c *GoalCard) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = 6
	strip := canvas.NewRectangle(color.Transparent)
	strip.CornerRadius = 2
	r := &cardRenderer{card: c, bg: bg, strip: strip}
	for range titleLines {
		line := canvas.NewText("", color.Black)
		line.TextStyle = fyne.TextStyle{Bold: true}
		r.title = append(r.title, line)
	}
	r.Refresh()
	return r
}

// chipShape is one chip's drawing: a rounded fill and its text.
type chipShape struct {
	fill *canvas.Rectangle
	text *canvas.Text
}

type cardRenderer struct {
	card      *GoalCard
	bg, strip *canvas.Rectangle
	// title is the title's lines, broken to fit only when it or the
	// card's width changed: a card is refreshed on every hover.
	title    []*canvas.Text
	wrapped  string  // the title the lines were broken from
	wrapW    float32 // and for which width
	wrapSize float32 // and text size
	chips    []Chip
	shapes   []chipShape // grown as needed, never shrunk, so a reused card keeps its objects
	objects  []fyne.CanvasObject
}

const (
	chipPadX = 5
	chipGap  = 4
)

func (r *cardRenderer) Layout(size fyne.Size) {
	const inset, textX, lineGap = 3, 16, 3
	r.bg.Move(fyne.NewPos(0, inset))
	r.bg.Resize(fyne.NewSize(size.Width, size.Height-2*inset))
	r.strip.Move(fyne.NewPos(6, inset+8))
	r.strip.Resize(fyne.NewSize(4, size.Height-2*inset-16))
	r.wrapTitle(size.Width - textX - 6)
	// The title's lines and the chips sit together in the middle of the
	// card: a one-line title leaves no hole between them.
	lineH := fyne.MeasureText("Ag", r.card.Theme().Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Height
	chipH := captionSize(r.card) + 6
	lines := 0
	for _, t := range r.title {
		if t.Text != "" {
			lines++
		}
	}
	block := float32(lines) * lineH
	if len(r.chips) > 0 {
		block += lineGap + chipH
	}
	y := max(inset, (size.Height-block)/2)
	for _, t := range r.title {
		t.Move(fyne.NewPos(textX, y))
		t.Resize(fyne.NewSize(size.Width-textX-6, lineH))
		if t.Text != "" {
			y += lineH
		}
	}
	r.layoutChips(textX, y+lineGap, size.Width-4)
}

// wrapTitle breaks the title into its lines for width, unless it was
// broken for the same already.
func (r *cardRenderer) wrapTitle(width float32) {
	title, size := r.card.Goal.Title, r.card.Theme().Size(theme.SizeNameText)
	if title == r.wrapped && width == r.wrapW && size == r.wrapSize {
		return
	}
	r.wrapped, r.wrapW, r.wrapSize = title, width, size
	lines := FitLines(title, size, fyne.TextStyle{Bold: true}, width, titleLines)
	for i, t := range r.title {
		t.Text = ""
		if i < len(lines) {
			t.Text = lines[i]
		}
	}
}

// layoutChips places the chips from x along the second line, hiding those
// that do not fit whole.
func (r *cardRenderer) layoutChips(x, y, right float32) {
	size := captionSize(r.card)
	h := size + 6
	for i, sh := range r.shapes {
		if i >= len(r.chips) {
			sh.fill.Hide()
			sh.text.Hide()
			continue
		}
		w := sh.text.MinSize().Width
		pad := float32(0)
		if r.chips[i].Fill != nil {
			pad = chipPadX
		}
		if x+w+2*pad > right {
			sh.fill.Hide()
			sh.text.Hide()
			continue
		}
		sh.fill.Move(fyne.NewPos(x, y))
		sh.fill.Resize(fyne.NewSize(w+2*pad, h))
		sh.text.Move(fyne.NewPos(x+pad, y+(h-sh.text.MinSize().Height)/2))
		sh.text.Resize(fyne.NewSize(w, sh.text.MinSize().Height))
		sh.fill.Show()
		sh.text.Show()
		if r.chips[i].Fill == nil {
			sh.fill.Hide()
		}
		x += w + 2*pad + chipGap
	}
}

func (r *cardRenderer) MinSize() fyne.Size { return fyne.NewSize(120, CardHeight) }

func (r *cardRenderer) Refresh() {
	c := r.card
	th := c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.StrokeWidth = 1
	r.bg.StrokeColor = th.Color(theme.ColorNameSeparator, v)
	switch {
	case c.Selected:
		r.bg.StrokeWidth = 2
		r.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	case c.hovered:
		r.bg.StrokeColor = th.Color(theme.ColorNameHover, v)
		r.bg.FillColor = blend(r.bg.FillColor, th.Color(theme.ColorNameHover, v))
	}
	r.strip.FillColor = c.Color
	ink := th.Color(theme.ColorNameForeground, v)
	for _, t := range r.title {
		t.Color, t.TextSize = ink, th.Size(theme.SizeNameText)
	}
	r.chips = Chips(c.Goal, c.today(), c.LabelColours)
	for len(r.shapes) < len(r.chips) {
		fill := canvas.NewRectangle(color.Transparent)
		fill.CornerRadius = 4
		text := canvas.NewText("", color.Black)
		text.TextSize = captionSize(c)
		r.shapes = append(r.shapes, chipShape{fill: fill, text: text})
		r.objects = nil
	}
	muted := th.Color(theme.ColorNamePlaceHolder, v)
	for i, ch := range r.chips {
		sh := r.shapes[i]
		sh.text.Text = ch.Text
		sh.text.TextSize = captionSize(c)
		sh.text.Color = muted
		sh.fill.FillColor = color.Transparent
		if ch.Fill != nil {
			sh.fill.FillColor, sh.text.Color = ch.Fill, ch.Ink
		}
		sh.text.TextStyle = fyne.TextStyle{Bold: ch.Fill != nil && ch.Ink == model.LightInk}
	}
	r.Layout(c.Size())
	r.bg.Refresh()
	r.strip.Refresh()
	for _, t := range r.title {
		t.Refresh()
	}
	for _, sh := range r.shapes {
		sh.fill.Refresh()
		sh.text.Refresh()
	}
}

func (r *cardRenderer) Objects() []fyne.CanvasObject {
	if r.objects == nil {
		r.objects = []fyne.CanvasObject{r.bg, r.strip}
		for _, t := range r.title {
			r.objects = append(r.objects, t)
		}
		for _, sh := range r.shapes {
			r.objects = append(r.objects, sh.fill, sh.text)
		}
	}
	return r.objects
}

func (r *cardRenderer) Destroy() {}

// blend lays a translucent colour over an opaque one ("over" compositing of
// premultiplied values).
func blend(base, over color.Color) color.Color {
	br, bg, bb, _ := base.RGBA()
	or, og, ob, oa := over.RGBA()
	mix := func(b, o uint32) uint8 { return uint8((o + b*(0xffff-oa)/0xffff) >> 8) }
	return color.NRGBA{R: mix(br, or), G: mix(bg, og), B: mix(bb, ob), A: 0xff}
}

// NewChip draws one chip on its own, as the cards draw it (for Settings and
// legends): text on a rounded fill, dark ink on the light label colours.
func NewChip(text string, fill color.NRGBA) fyne.CanvasObject {
	fill, ink := model.ReadableFill(fill)
	bg := canvas.NewRectangle(fill)
	bg.CornerRadius = 4
	t := canvas.NewText(text, ink)
	t.TextSize = theme.CaptionTextSize()
	return container.NewStack(bg, container.New(layout.NewCustomPaddedLayout(3, 3, chipPadX, chipPadX), t))
}
