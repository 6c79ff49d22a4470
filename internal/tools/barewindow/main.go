// Command barewindow opens a Fyne window with one label at Venn's default
// size and nothing else. scripts/window-bench starts it alternately with
// Venn, so that Venn's start-up and memory are read against what the
// toolkit alone costs on the same machine in the same minute.
//
// With -texts N it shows N different short texts instead, to read what each
// text drawn costs in memory (each is a texture of its own); -bold draws one
// in three of them bold (a second text style, with its own copy of the
// fonts) and -icons N adds N theme icons (each also a texture of its own):
//
//	go build -o /tmp/bare ./internal/tools/barewindow
//	/tmp/bare -texts 400 &  # then read /proc/$!/smaps
//
// scripts/window-bench starts it with the counts Venn's four measured screens
// draw, so it can print what the toolkit alone needs to draw that much.
package main

import (
	"flag"
	"fmt"
	"image/color"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func main() {
	texts := flag.Int("texts", 0, "show this many different short texts instead of one label")
	bold := flag.Bool("bold", false, "draw one text in three bold")
	icons := flag.Int("icons", 0, "show this many theme icons too")
	shapes := flag.Int("shapes", 0, "draw this many rectangles, circles, lines and polygons above them")
	flag.Parse()
	a := fyneapp.NewWithID("app.venn.bare-window")
	w := a.NewWindow("Bare window")
	w.SetContent(widget.NewLabel("A bare window"))
	if *texts > 0 || *icons > 0 {
		w.SetContent(manyObjects(*texts, *bold, *icons))
	}
	if *shapes > 0 {
		w.SetContent(container.NewBorder(manyShapes(*shapes), nil, nil, nil, manyObjects(*texts, *bold, *icons)))
	}
	w.Resize(fyne.NewSize(1280, 800))
	// The same words Venn logs with --verbose once its window runs with
	// its screens built: what scripts/window-bench waits for.
	a.Lifecycle().SetOnStarted(func() { fmt.Fprintln(os.Stderr, `phase="window shown"`) })
	w.ShowAndRun()
}

// manyObjects lays out n texts, each different, and the given number of
// icons, in a grid small enough to fit the window so every one is drawn.
func manyObjects(n int, bold bool, icons int) fyne.CanvasObject {
	set := []fyne.Resource{theme.HomeIcon(), theme.ContentAddIcon(), theme.SearchIcon(), theme.SettingsIcon(), theme.DeleteIcon(), theme.DocumentCreateIcon()}
	objs := make([]fyne.CanvasObject, 0, n+icons)
	for i := range n {
		// About as wide as Venn's texts are on average (18 letters).
		t := canvas.NewText(fmt.Sprintf("Bare text number %d", i+1), theme.Color(theme.ColorNameForeground))
		t.TextStyle.Bold = bold && i%3 == 0
		objs = append(objs, t)
	}
	for i := range icons {
		objs = append(objs, widget.NewIcon(set[i%len(set)]))
	}
	return container.NewGridWrap(fyne.NewSize(135, 19), objs...)
}

// manyShapes lays out n small shapes of the kinds Venn's screens draw, in
// turn: filled rounded rectangles, outlined rectangles, circles, lines and
// polygons, each drawn by its own shader.
func manyShapes(n int) fyne.CanvasObject {
	c := theme.Color(theme.ColorNamePrimary)
	objs := make([]fyne.CanvasObject, 0, n)
	for i := range n {
		switch i % 5 {
		case 0:
			r := canvas.NewRectangle(c)
			r.CornerRadius = 3
			objs = append(objs, r)
		case 1:
			r := canvas.NewRectangle(color.Transparent)
			r.StrokeColor, r.StrokeWidth = c, 1
			objs = append(objs, r)
		case 2:
			objs = append(objs, canvas.NewCircle(c))
		case 3:
			objs = append(objs, canvas.NewLine(c))
		default:
			objs = append(objs, canvas.NewArbitraryPolygon([]fyne.Position{{X: 0, Y: 0}, {X: 10, Y: 4}, {X: 3, Y: 11}}, c))
		}
	}
	return container.NewGridWrap(fyne.NewSize(12, 12), objs...)
}
