package forms

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// notWeighed is the verdict choice of a value the decision was not weighed
// against.
func notWeighed() string { return say("ui.sessions.notWeighed") }

// verdictChoices are the choices beside each value, notWeighed first.
func verdictChoices() []string {
	out := []string{notWeighed()}
	for _, v := range model.Verdicts {
		out = append(out, v.Words())
	}
	return out
}

// ShowValueChecks opens the check of a big decision against the values the
// couple wrote down: for each value, serves, strains or not related. what
// names the decision in the dialog's first line.
func ShowValueChecks(h Host, ref app.DecisionRef, what string) {
	d, err := h.Service().DecisionChecks(h.Context(), ref)
	if err != nil {
		h.ShowError(err)
		return
	}
	if len(d.Values) == 0 {
		h.Toast(say("ui.sessions.valuesFirst"))
		return
	}
	partners := h.Partners()
	rows := container.NewVBox(wrapped(say("ui.sessions.serveOrStrain", "What", what)))
	choices := map[string]*widget.Select{}
	for _, v := range d.Values {
		sel := newSelect(verdictChoices(), nil)
		sel.SetSelected(notWeighed())
		if verdict, ok := d.Verdicts[v.ID]; ok {
			sel.SetSelected(verdict.Words())
		}
		choices[v.ID] = sel
		rows.Add(container.NewBorder(nil, nil, nil, sel, wrapped(valueLabel(v, partners))))
	}
	dlg := dialog.NewCustomConfirm(say("ui.sessions.checkValuesTitle"), say("ui.common.save"), say("ui.common.cancel"), container.NewVScroll(rows), func(ok bool) {
		if !ok {
			return
		}
		verdicts := map[string]model.Verdict{}
		for id, sel := range choices {
			verdicts[id] = verdictOf(sel.Selected)
		}
		if err := h.Service().SaveDecisionChecks(h.Context(), ref, verdicts); err != nil {
			h.ShowError(err)
			return
		}
		h.Toast(say("ui.sessions.checkedValues"))
	}, h.Window())
	show(h, dlg, fyne.NewSize(620, 460))
}

// verdictOf is the verdict a choice names; "" for not weighed.
func verdictOf(choice string) model.Verdict {
	for _, v := range model.Verdicts {
		if v.Words() == choice {
			return v
		}
	}
	return ""
}

// valueLabel names a value with whose it is: "Adventure (ours)", "Quiet
// mornings (Maya's, private)".
func valueLabel(v model.Value, partners []model.Partner) string {
	var whose []string
	if v.Owner == model.Shared {
		whose = append(whose, say("ui.sessions.ours"))
	} else {
		whose = append(whose, say("ui.sessions.theirs", "Name", model.Shorten(model.OwnerNameIn(i18n.Screen(), v.Owner, partners), model.ShortNameLen)))
	}
	if v.Private {
		whose = append(whose, say("ui.sessions.private"))
	}
	return v.Text + " (" + strings.Join(whose, say("ui.sessions.listComma")) + ")"
}

// ValueCheckLine is a decision's verdicts in a quiet line, or nil when no
// value is served or strained.
func ValueCheckLine(h Host, ref app.DecisionRef) fyne.CanvasObject {
	d, err := h.Service().DecisionChecks(h.Context(), ref)
	if err != nil || d.Line() == "" {
		return nil
	}
	l := wrapped(say("ui.sessions.againstValues", "Line", d.Line()))
	l.Importance = widget.LowImportance
	return l
}
