package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FitLabel is one line of text drawn as a label draws it — the same
// padding, size and colours — and cut to its width with an ellipsis. A
// label with truncation shapes its text as a paragraph on every refresh; a
// FitLabel cuts it (FitText) only when its text, style, size or width
// changed, which counts in list rows that refresh on every scroll.
type FitLabel struct {
	widget.BaseWidget

	Text      string
	TextStyle fyne.TextStyle
	// SizeName is the theme size of the text; empty is the text size.
	SizeName fyne.ThemeSizeName
	// Importance colours the text as it colours a label's.
	Importance widget.Importance
}

// NewFitLabel returns a FitLabel showing text.
func NewFitLabel(text string) *FitLabel {
	l := &FitLabel{Text: text}
	l.ExtendBaseWidget(l)
	return l
}

// SetText shows text.
func (l *FitLabel) SetText(text string) {
	l.Text = text
	l.Refresh()
}

// CreateRenderer draws the text.
func (l *FitLabel) CreateRenderer() fyne.WidgetRenderer {
	r := &fitLabelRenderer{label: l, text: canvas.NewText("", nil)}
	r.Refresh()
	return r
}

type fitLabelRenderer struct {
	label *FitLabel
	text  *canvas.Text
	// what the shown text was cut from, and for which width, size and style
	cutFrom  string
	cutWidth float32
	cutSize  float32
	cutStyle fyne.TextStyle
}

func (r *fitLabelRenderer) padding() float32 {
	return r.label.Theme().Size(theme.SizeNameInnerPadding)
}

func (r *fitLabelRenderer) Layout(size fyne.Size) {
	pad := r.padding()
	r.fit(size.Width - 2*pad)
	h := r.text.MinSize().Height
	r.text.Move(fyne.NewPos(pad, (size.Height-h)/2))
	r.text.Resize(fyne.NewSize(size.Width-2*pad, h))
}

// fit cuts the text to width, unless it was cut for the same already.
func (r *fitLabelRenderer) fit(width float32) {
	l, t := r.label, r.text
	if r.cutFrom == l.Text && r.cutWidth == width && r.cutSize == t.TextSize && r.cutStyle == t.TextStyle {
		return
	}
	r.cutFrom, r.cutWidth, r.cutSize, r.cutStyle = l.Text, width, t.TextSize, t.TextStyle
	t.Text = FitText(l.Text, t.TextSize, t.TextStyle, width)
}

// MinSize is one line's height and room for the ellipsis, as a truncating
// label asks.
func (r *fitLabelRenderer) MinSize() fyne.Size {
	pad := r.padding()
	line := fyne.MeasureText(ellipsis, r.text.TextSize, r.text.TextStyle)
	return fyne.NewSize(line.Width+2*pad, line.Height+2*pad)
}

func (r *fitLabelRenderer) Refresh() {
	l := r.label
	th, v := l.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	size := theme.SizeNameText
	if l.SizeName != "" {
		size = l.SizeName
	}
	r.text.TextSize = th.Size(size)
	r.text.TextStyle = l.TextStyle
	r.text.Color = th.Color(importanceColour(l.Importance), v)
	r.Layout(l.Size())
	r.text.Refresh()
}

// importanceColour is the theme colour a label of that importance is
// drawn in.
func importanceColour(i widget.Importance) fyne.ThemeColorName {
	switch i {
	case widget.LowImportance:
		return theme.ColorNameDisabled
	case widget.HighImportance:
		return theme.ColorNamePrimary
	case widget.DangerImportance:
		return theme.ColorNameError
	case widget.WarningImportance:
		return theme.ColorNameWarning
	case widget.SuccessImportance:
		return theme.ColorNameSuccess
	}
	return theme.ColorNameForeground
}

func (r *fitLabelRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.text} }

func (r *fitLabelRenderer) Destroy() {}
