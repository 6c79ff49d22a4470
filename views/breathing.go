package views

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// The five-minute pause: breathe in for four seconds, out for six.
const (
	pauseLength = 5 * time.Minute
	inhale      = 4 * time.Second
	exhale      = 6 * time.Second
	pauseTick   = 50 * time.Millisecond
)

// breathing is the five-minute pause: a circle that grows as you breathe
// in and shrinks as you breathe out, a cue, progress, and a soft end.
type breathing struct {
	ui       *UI
	circle   *canvas.Circle
	cue      *widget.Label
	left     *widget.Label
	progress *widget.ProgressBar
	dialog   dialog.Dialog
	area     *breathArea
	holder   *fyne.Container
	stop     chan struct{}
	done     bool
}

// breathArea lays the circle out centred, sized by the breath.
type breathArea struct{ scale float32 }

const breathMax = 180

func (b *breathArea) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(breathMax+20, breathMax+20)
}

func (b *breathArea) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	d := breathMax * (0.35 + 0.65*b.scale)
	for _, o := range objs {
		o.Resize(fyne.NewSize(d, d))
		o.Move(fyne.NewPos((size.Width-d)/2, (size.Height-d)/2))
	}
}

// showBreathing opens the pause and starts it.
func (ui *UI) showBreathing() *breathing {
	b := &breathing{ui: ui, stop: make(chan struct{})}
	c := widgets.Tint(widgets.HexColor("#5b8def"), 0xb0)
	if len(ui.partners) > 0 {
		c = widgets.Tint(widgets.HexColor(ui.partners[0].Color), 0xb0)
	}
	b.circle = canvas.NewCircle(c)
	b.circle.StrokeColor = color.NRGBA{R: c.R, G: c.G, B: c.B, A: 0xff}
	b.circle.StrokeWidth = 2
	b.area = &breathArea{}
	b.holder = container.New(b.area, b.circle)
	b.cue = widget.NewLabelWithStyle(say("ui.rhythm.breatheIn"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	b.left = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
	b.progress = widget.NewProgressBar()
	b.progress.TextFormatter = func() string { return "" }
	intro := widget.NewLabelWithStyle(say("ui.rhythm.breathIntro"), fyne.TextAlignCenter, fyne.TextStyle{})
	intro.Importance = widget.LowImportance
	content := container.NewVBox(intro, b.holder, b.cue, b.progress, b.left)
	b.dialog = dialog.NewCustom(say("ui.rhythm.fiveMinutePause"), say("ui.rhythm.stop"), content, ui.win)
	b.dialog.SetOnClosed(func() {
		if !b.done {
			b.done = true
			close(b.stop)
		}
	})
	b.show(0)
	ui.showDialog(b.dialog, fyne.NewSize(440, 420))
	if ui.background {
		go b.run()
	}
	ui.pause = b
	return b
}

// run ticks the pause on its own goroutine and draws on the UI goroutine.
func (b *breathing) run() {
	start := time.Now()
	t := time.NewTicker(pauseTick)
	defer t.Stop()
	for {
		select {
		case <-b.stop:
			return
		case <-t.C:
			elapsed := time.Since(start)
			fyne.Do(func() { b.show(elapsed) })
			if elapsed >= pauseLength {
				return
			}
		}
	}
}

// show draws the pause as it is after elapsed.
func (b *breathing) show(elapsed time.Duration) {
	if elapsed >= pauseLength {
		b.area.scale = 0.5
		b.cue.SetText(say("ui.rhythm.pauseOver"))
		b.progress.SetValue(1)
		b.left.SetText("")
		b.holder.Refresh()
		return
	}
	in, frac := model.BreathPhase(elapsed, inhale, exhale)
	if in {
		b.area.scale = float32(ease(frac))
		b.cue.SetText(say("ui.rhythm.breatheIn"))
	} else {
		b.area.scale = float32(1 - ease(frac))
		b.cue.SetText(say("ui.rhythm.breatheOut"))
	}
	b.progress.SetValue(float64(elapsed) / float64(pauseLength))
	rest := (pauseLength - elapsed).Round(time.Second)
	b.left.SetText(say("ui.rhythm.timeLeft", "Time", fmt.Sprintf("%d:%02d", int(rest.Minutes()), int(rest.Seconds())%60)))
	b.holder.Refresh()
}

// ease smooths the breath so the circle slows at full and empty.
func ease(x float64) float64 { return x * x * (3 - 2*x) }
