// Command barewindow opens a Fyne window with one label at Venn's default
// size and nothing else. scripts/window-bench starts it alternately with
// Venn, so that Venn's start-up and memory are read against what the
// toolkit alone costs on the same machine in the same minute.
//
// With -texts N it shows N short texts instead, to read what each text
// drawn costs in memory (each is a texture of its own):
//
//	go build -o /tmp/bare ./internal/tools/barewindow
//	/tmp/bare -texts 400 &  # then read /proc/$!/smaps
package main

import (
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func main() {
	texts := flag.Int("texts", 0, "show this many short texts instead of one label")
	flag.Parse()
	a := fyneapp.NewWithID("app.venn.bare-window")
	w := a.NewWindow("Bare window")
	w.SetContent(widget.NewLabel("A bare window"))
	if *texts > 0 {
		objs := make([]fyne.CanvasObject, *texts)
		for i := range objs {
			objs[i] = canvas.NewText(fmt.Sprintf("Text number %d", i+1), theme.Color(theme.ColorNameForeground))
		}
		w.SetContent(container.NewGridWrap(fyne.NewSize(120, 18), objs...))
	}
	w.Resize(fyne.NewSize(1280, 800))
	// The same words Venn logs with --verbose once its window runs with
	// its screens built: what scripts/window-bench waits for.
	a.Lifecycle().SetOnStarted(func() { fmt.Fprintln(os.Stderr, `phase="window shown"`) })
	w.ShowAndRun()
}
