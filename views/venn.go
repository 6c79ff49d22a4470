package views

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// vennPanel is the living Venn with its words and its two choices (the
// span and the resource). Each screen that shows it has its own.
type vennPanel struct {
	ui       *UI
	span     app.Span
	resource model.Resource
	picture  *widgets.VennPicture
	words    *widget.Label
	content  fyne.CanvasObject
	// day is the day whose span is pictured (today, unless the screen
	// looks at another month).
	day func() model.Date
}

var (
	vennSpans     = []app.Span{app.SpanWeek, app.SpanMonth, app.SpanQuarter}
	vennResources = []model.Resource{model.Time, model.Money, model.Energy}
)

func newVennPanel(ui *UI, span app.Span, height float32) *vennPanel {
	p := &vennPanel{ui: ui, span: span, resource: model.Time, picture: widgets.NewVennPicture(), day: ui.today}
	p.picture.Name = say("ui.board.livingVenn")
	p.words = widget.NewLabel("")
	p.words.Wrapping = fyne.TextWrapWord
	spans := []string{say("ui.board.thisWeek"), say("ui.board.thisMonth"), say("ui.board.thisQuarter")}
	spanSel := newSelect(spans, nil)
	spanSel.SetSelectedIndex(max(0, slices.Index(vennSpans, span)))
	spanSel.OnChanged = func(string) { p.span = vennSpans[spanSel.SelectedIndex()]; p.reload() }
	resources := make([]string, len(vennResources))
	for i, r := range vennResources {
		resources[i] = r.TitleIn(i18n.Screen())
	}
	resSel := newSelect(resources, nil)
	resSel.SetSelectedIndex(0)
	resSel.OnChanged = func(string) { p.resource = vennResources[resSel.SelectedIndex()]; p.reload() }
	pic := container.NewGridWrap(fyne.NewSize(height*1.8, height), p.picture)
	choices := container.NewVBox(spanSel, resSel)
	if height < 80 {
		// A low panel (the board's header) puts its choices side by side.
		choices = container.NewHBox(spanSel, resSel)
		p.content = container.NewBorder(nil, nil, pic, container.NewCenter(choices),
			container.NewVBox(layout.NewSpacer(), p.words, layout.NewSpacer()))
		return p
	}
	p.content = container.NewBorder(nil, nil, pic, choices, p.words)
	return p
}

// reload asks the service for the picture.
func (p *vennPanel) reload() {
	v, err := p.ui.svc.LivingVenn(p.ui.ctx, p.span, p.day(), p.resource, i18n.Screen())
	if err != nil {
		p.words.SetText(sayError(err))
		return
	}
	p.picture.Shape = v.Shape
	if len(v.Partners) == 2 {
		p.picture.ColorA, p.picture.ColorB = model.RGBA(v.Partners[0].Color), model.RGBA(v.Partners[1].Color)
		amount := func(a model.Amount) string { return model.FormatAmount(v.Resource, a, v.Currency) }
		p.picture.Detail = func(region int) string {
			switch region {
			case widgets.VennOnlyA:
				return say("ui.board.ownAmount", "Name", v.Partners[0].Short(), "Amount", amount(v.OwnA))
			case widgets.VennOnlyB:
				return say("ui.board.ownAmount", "Name", v.Partners[1].Short(), "Amount", amount(v.OwnB))
			case widgets.VennTogether:
				return say("ui.board.togetherAmount", "Amount", amount(v.Shared))
			}
			return ""
		}
	}
	p.picture.OnTapped = func(region int) { p.showGoalsOf(v.Partners, region) }
	p.picture.Refresh()
	p.words.SetText(sentence(v.Words))
}

// showGoalsOf answers a click on a part of the picture: the board, showing
// only the lane of that part's goals (one partner's own, or shared).
func (p *vennPanel) showGoalsOf(partners []model.Partner, region int) {
	var owner model.Owner
	switch {
	case len(partners) < 2:
		return
	case region == widgets.VennOnlyA:
		owner = model.Owner(partners[0].ID)
	case region == widgets.VennOnlyB:
		owner = model.Owner(partners[1].ID)
	case region == widgets.VennTogether:
		owner = model.Shared
	default:
		return
	}
	p.ui.showTab(tabBoard)
	if p.ui.board != nil {
		p.ui.board.showOwner(owner)
	}
}

// sentence is s ending with a full stop, unless it ends with one already
// (or with another mark that ends a sentence).
func sentence(s string) string {
	if r, _ := utf8.DecodeLastRuneInString(s); s == "" || strings.ContainsRune(".!?…", r) {
		return s
	}
	return s + "."
}
