package views

import (
	"fmt"
	"log/slog"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
)

// Text size is Fyne's scale, chosen in Settings › Appearance: everything in
// the window (text, icons, spacing) grows together, so nothing overlaps.
// The desktop driver reads the scale from the FYNE_SCALE variable whenever
// the settings change; Venn sets it from its own preference at start and
// on a choice, and re-applies the theme so the window takes it at once.

const (
	prefTextSize = "textSize"
	scaleVar     = "FYNE_SCALE"
)

// textSizes are the sizes offered, as scales.
var textSizes = []float64{1, 1.25, 1.5, 2}

func textSizeLabel(scale float64) string {
	return say("ui.settings.percent", "Percent", i18n.Screen().Int(int(scale*100+0.5)))
}

// applyTextSize hands the chosen text size to Fyne, before a window is
// made; without a choice Fyne's own scale (the system's) stands.
func applyTextSize(prefs fyne.Preferences) {
	if scale := prefs.Float(prefTextSize); scale > 0 {
		setScaleVar(scale)
	}
}

func setScaleVar(scale float64) {
	if err := os.Setenv(scaleVar, strconv.FormatFloat(scale, 'f', -1, 64)); err != nil {
		slog.Warn("text size", "err", fmt.Errorf("set %s: %w", scaleVar, err))
	}
}

// textSize is the text size chosen in Settings; without a choice, Fyne's
// scale as FYNE_SCALE sets it, else 1.
func (ui *UI) textSize() float64 {
	if scale := ui.app.Preferences().Float(prefTextSize); scale > 0 {
		return scale
	}
	if scale, err := strconv.ParseFloat(os.Getenv(scaleVar), 64); err == nil && scale > 0 {
		return scale
	}
	return 1
}

// setTextSize keeps the choice and applies it at once.
func (ui *UI) setTextSize(scale float64) {
	if scale == ui.textSize() && ui.app.Preferences().Float(prefTextSize) > 0 {
		return
	}
	ui.app.Preferences().SetFloat(prefTextSize, scale)
	setScaleVar(scale)
	if ui.tabs != nil {
		ui.win.SetContent(container.NewStack(ui.framed(ui.tabs), ui.notice.box))
	}
	ui.app.Settings().SetTheme(ui.app.Settings().Theme()) // the driver re-reads the scale
}

// framed is the window's content: at a text size above 100 % in a scroll,
// so a screen that needs more room than the window has scrolls instead of
// growing the window past the screen and being cut.
func (ui *UI) framed(content fyne.CanvasObject) fyne.CanvasObject {
	if ui.textSize() <= 1 {
		return content
	}
	return container.NewScroll(content)
}

// newTextSizeChoice is Settings › Appearance › Text size.
func newTextSizeChoice(ui *UI) *widget.RadioGroup {
	labels := make([]string, len(textSizes))
	for i, s := range textSizes {
		labels[i] = textSizeLabel(s)
	}
	choice := widget.NewRadioGroup(labels, nil)
	choice.Horizontal = true
	choice.SetSelected(textSizeLabel(ui.textSize()))
	choice.OnChanged = func(label string) {
		for _, s := range textSizes {
			if textSizeLabel(s) == label {
				ui.setTextSize(s)
			}
		}
	}
	return choice
}
