package views

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/internal/atomicfile"
)

// printForm is the "Print summary…" dialog: which quarter or year, which
// paper, and where to save the PDF.
type printForm struct {
	period *widget.Select
	paper  *widget.Select
	path   *pathField
	dialog dialog.Dialog
}

// summaryPeriods lists the last four quarters, the next one, and this and
// last year, newest first.
func summaryPeriods(ui *UI) []string {
	q := ui.today().Quarter()
	var out []string
	for i := 1; i >= -4; i-- {
		out = append(out, q.Add(i).String())
	}
	out = append(out, fmt.Sprint(q.Year), fmt.Sprint(q.Year-1))
	return out
}

// showPrintDialog asks for the period, the paper and where to save the
// PDF, writes it and opens it in the system's viewer (which prints it).
func (ui *UI) showPrintDialog() *printForm {
	return ui.showPrintDialogFor(ui.today().Quarter().String())
}

func summaryName(period string) string { return "venn-summary-" + period + ".pdf" }

// showPrintDialogFor is showPrintDialog with a period chosen ("2026-Q4", "2026").
func (ui *UI) showPrintDialogFor(period string) *printForm {
	f := &printForm{
		period: newSelect(summaryPeriods(ui), nil),
		paper:  newSelect([]string{"A4", "Letter"}, nil),
		path:   newPathField(ui, pathToSave, "", summaryName(period)),
	}
	f.period.SetSelected(period)
	f.paper.SetSelected(summary.DefaultPaper())
	// The file's name follows the period, unless it was typed.
	f.period.OnChanged = func(p string) {
		if name := filepath.Base(f.path.entry.Text); strings.HasPrefix(name, "venn-summary-") {
			f.path.entry.SetText(filepath.Join(filepath.Dir(f.path.entry.Text), summaryName(p)))
		}
	}
	f.dialog = ui.pathDialog(say("ui.board.printTitle"), say("ui.board.savePDF"), say("ui.board.saveTo"), f.path, []*widget.FormItem{
		widget.NewFormItem(say("ui.board.period"), f.period), widget.NewFormItem(say("ui.board.paper"), f.paper),
	}, func(path string) {
		p, err := summary.ParsePeriod(f.period.Selected)
		if err != nil {
			ui.showError(err)
			return
		}
		paper := f.paper.Selected
		ui.slowly(say("ui.board.writingSummary"), func(context.Context) error { return ui.writeSummary(path, p, paper) }, func() {
			if err := ui.app.OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
				ui.toast(say("ui.board.savedOpenToPrint", "File", filepath.Base(path)))
			}
		})
	})
	ui.printForm = f
	return f
}

// writeSummary writes the PDF through a temporary file, so a failure never
// leaves half a document.
func (ui *UI) writeSummary(path string, p summary.Period, paper string) error {
	return atomicfile.Write(path, 0o644, func(w io.Writer) error { return summary.Write(ui.ctx, ui.svc, w, p, paper) })
}
