package walk

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/views/widgets"
)

// testGettingHelp walks Help › Getting help as a couple would: a country's
// directories, a directory's website (or the address, without a browser),
// a goal of one's own to explore, and the page for a first conversation,
// which saves only once both ticked that they read it.
func testGettingHelp(t *testing.T) {
	resize(t, fyne.NewSize(1024, 640))
	var open func()
	onUI(func() {
		for _, m := range h.win.MainMenu().Items {
			for _, it := range m.Items {
				if it.Label == "Getting help" {
					open = it.Action
				}
			}
		}
	})
	if open == nil {
		t.Fatal("no Help › Getting help")
	}
	onUI(open)
	settle()
	var dlg fyne.CanvasObject
	onUI(func() { dlg = topOverlay(h.win.Canvas()) })
	if sel := selectOffering(dlg, "United Kingdom"); sel != nil {
		onUI(func() { sel.SetSelected("United Kingdom") })
		settle()
	}
	screenshot(t, fileName("getting-help"))
	for _, label := range []string{"Open Relate", "Add a goal to explore what matters to me"} {
		b := findButton(dlg, label)
		if b == nil {
			t.Fatalf("Getting help has no %q", label)
		}
		click(t, b)
		checkFyneErrors(t, "getting help: "+label)
	}
	onUI(func() { dlg = topOverlay(h.win.Canvas()) })
	click(t, findButton(dlg, "Prepare what we would like to talk about…"))
	var page fyne.CanvasObject
	onUI(func() { page = topOverlay(h.win.Canvas()) })
	save := findButton(page, "Save PDF")
	var reads []*widget.Check
	var path *widgets.Entry
	onUI(func() {
		visit(page, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			switch x := o.(type) {
			case *widget.Check:
				if strings.HasSuffix(x.Text, " has read this page") {
					reads = append(reads, x)
				}
			case *widgets.Entry:
				if strings.HasSuffix(x.Text, ".pdf") {
					path = x
				}
			}
			return true
		})
	})
	if save == nil || len(reads) != 2 || path == nil {
		t.Fatalf("the page form: save %v, %d read ticks, path %v", save != nil, len(reads), path != nil)
	}
	if !save.(*widget.Button).Disabled() {
		t.Fatal("the page can be saved before either of you read it")
	}
	screenshot(t, fileName("what-we-would-like-to-talk-about"))
	out := filepath.Join(t.TempDir(), "Ce que nous aimerions dire.pdf")
	onUI(func() { path.SetText(out) })
	for _, r := range reads {
		click(t, r)
	}
	var ticked, enabled bool
	onUI(func() { ticked, enabled = reads[0].Checked && reads[1].Checked, !save.(*widget.Button).Disabled() })
	if !ticked || !enabled {
		screenshot(t, fileName("talk-page-not-ready"))
		t.Fatalf("after both ticked that they read it: ticked %v, Save PDF enabled %v", ticked, enabled)
	}
	click(t, save)
	for range 400 {
		if _, err := os.Stat(out); err == nil {
			break
		}
		settle()
	}
	text, err := exec.Command("pdftotext", out, "-").Output()
	if err != nil || !strings.Contains(string(text), "What we would like to talk about") {
		screenshot(t, fileName("talk-page-not-written"))
		t.Fatalf("the page was not written (%v):\n%s", err, text)
	}
	key(t, "Escape")
	key(t, "Escape")
	checkFyneErrors(t, "getting help")
}

// selectOffering is the select under root that offers option.
func selectOffering(root fyne.CanvasObject, option string) *widget.Select {
	var found *widget.Select
	onUI(func() {
		visit(root, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if s, ok := o.(*widget.Select); ok && found == nil {
				for _, opt := range s.Options {
					if opt == option {
						found = s
					}
				}
			}
			return found == nil
		})
	})
	return found
}
