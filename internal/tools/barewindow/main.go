// Command barewindow opens a Fyne window with one label at Venn's default
// size and nothing else. scripts/window-bench starts it alternately with
// Venn, so that Venn's start-up and memory are read against what the
// toolkit alone costs on the same machine in the same minute.
package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := fyneapp.NewWithID("app.venn.bare-window")
	w := a.NewWindow("Bare window")
	w.SetContent(widget.NewLabel("A bare window"))
	w.Resize(fyne.NewSize(1280, 800))
	// The same words Venn logs with --verbose once its window runs with
	// its screens built: what scripts/window-bench waits for.
	a.Lifecycle().SetOnStarted(func() { fmt.Fprintln(os.Stderr, `phase="window shown"`) })
	w.ShowAndRun()
}
