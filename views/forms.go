package views

import (
	"context"

	"fyne.io/fyne/v2"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/forms"
)

// formHost is the window as the forms' host: what a form of views/forms
// needs of the UI, and nothing more.
type formHost struct{ ui *UI }

// host is the window as the forms see it.
func (ui *UI) host() forms.Host { return formHost{ui} }

func (h formHost) Service() *app.Service      { return h.ui.svc }
func (h formHost) Context() context.Context   { return h.ui.ctx }
func (h formHost) Window() fyne.Window        { return h.ui.win }
func (h formHost) Household() model.Household { return h.ui.household }
func (h formHost) Partners() []model.Partner  { return h.ui.partners }
func (h formHost) Today() model.Date          { return h.ui.today() }
func (h formHost) ThisPartner() string        { return h.ui.syncPartnerID() }
func (h formHost) ShowError(err error)        { h.ui.showError(err) }
func (h formHost) Toast(message string)       { h.ui.toast(message) }
func (h formHost) OfferUndo(message string)   { h.ui.offerUndo(message) }

func (h formHost) OpenDialog(d forms.Dialog, cancel func()) { h.ui.openDialog(d, cancel) }

func (h formHost) ShowConfirm(title, message string, done func(bool)) {
	h.ui.showConfirm(title, message, done)
}

// showGoalForm opens the goal form for g, a goal to add when isNew; done,
// if set, receives the goal's id after a save, an archive or a delete.
// While the form is open, ui.goalForm is it.
func (ui *UI) showGoalForm(g model.Goal, isNew bool, done func(id string)) {
	var f *forms.Goal
	f = forms.ShowGoal(ui.host(), g, isNew, forms.GoalHooks{
		Done: done,
		Closed: func() {
			if ui.goalForm == f {
				ui.goalForm = nil
			}
		},
		EditResources: func(g model.Goal, changed func()) { showAllocationDialog(ui, g, changed) },
	})
	if f != nil {
		ui.goalForm = f
	}
}
