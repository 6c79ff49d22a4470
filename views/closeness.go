package views

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// closenessPart is "Where do we stand?" on the Balance tab: the rater
// picks, privately, the pair of circles that pictures the relationship now
// and the pair they would wish for; beside it, each partner's pictures the
// rater may see and the year's trend.
type closenessPart struct {
	ui   *UI
	view app.ClosenessView

	now, wished         *widgets.ClosenessScale
	nowWords, wishWords *widget.Label
	share               *widget.Check
	choose              fyne.CanvasObject // the rater's pick, on the left

	pairs *fyne.Container
	chart *widgets.Chart
	shown fyne.CanvasObject // what both may see, on the right
	// onMonth shows a month the chart was clicked at.
	onMonth func(model.Date)
	loaded  model.Closeness // the rater's saved choice, to tell an edit
}

func newClosenessPart(ui *UI) *closenessPart {
	c := &closenessPart{ui: ui}
	c.nowWords, c.wishWords = widget.NewLabel(""), widget.NewLabel("")
	c.now = widgets.NewClosenessScale(widgets.HexColor("#888888"), func(k int) { c.nowWords.SetText(scaleWords(say("ui.rhythm.asItFeels"), k)) })
	c.wished = widgets.NewClosenessScale(widgets.HexColor("#888888"), func(k int) { c.wishWords.SetText(scaleWords(say("ui.rhythm.asYouWish"), k)) })
	c.now.Name, c.wished.Name = say("ui.rhythm.closenessNow"), say("ui.rhythm.closenessWished")
	c.share = widget.NewCheck(say("ui.rhythm.showPicturesPartner"), nil)
	intro := wrapped(say("ui.rhythm.closenessIntro"))
	c.choose = widget.NewCard(say("ui.rhythm.whereWeStand"), "", container.NewVBox(intro, c.nowWords, c.now, c.wishWords, c.wished, c.share))
	c.pairs = container.NewVBox()
	c.chart = widgets.NewChart(fyne.NewSize(340, 210))
	c.chart.OnTapped = c.showMonth
	// The card's words wrap (a card's own subtitle would not).
	c.shown = widget.NewCard(say("ui.rhythm.whereWeStand"), "",
		container.NewVBox(quietLabel(say("ui.rhythm.gapToTalk")), c.pairs, c.chart))
	return c
}

// scaleWords is a scale's heading with the chosen picture in words, which
// is also how a screen reader hears the choice.
func scaleWords(head string, k int) string {
	if k < 1 || k > model.ClosenessSteps {
		return say("ui.rhythm.scaleNotChosen", "Head", head)
	}
	tr := i18n.Screen()
	return say("ui.rhythm.scaleChosen", "Head", head, "Words", model.ClosenessWordsIn(i18n.Screen())[k], "Picture", tr.Int(k), "Of", tr.Int(model.ClosenessSteps))
}

// reload shows the month as the rater sees it.
func (c *closenessPart) reload(month model.Date, rater model.Partner, other string) {
	v, err := c.ui.svc.Closeness(c.ui.ctx, month, rater.ID)
	if err != nil {
		c.ui.showError(err)
		return
	}
	c.view = v
	mine := v.Choices[rater.ID]
	c.loaded = mine
	col := widgets.HexColor(rater.Color)
	c.now.Color, c.wished.Color = col, col
	c.now.Selected, c.wished.Selected = mine.Now, mine.Wished
	c.now.Refresh()
	c.wished.Refresh()
	c.nowWords.SetText(scaleWords(say("ui.rhythm.asItFeels"), mine.Now))
	c.wishWords.SetText(scaleWords(say("ui.rhythm.asYouWish"), mine.Wished))
	c.share.Text = say("ui.rhythm.showPicturesTo", "Name", other)
	c.share.SetChecked(mine.Now > 0 && !mine.Private)
	c.buildPairs(rater.ID)
	c.drawChart()
}

// changed reports whether the rater picked something not yet saved.
func (c *closenessPart) changed() bool {
	l := c.loaded
	return c.now.Selected != l.Now || c.wished.Selected != l.Wished || (l.Now > 0 && c.share.Checked == l.Private)
}

// save saves the rater's pictures when both are picked and something
// changed; it says whether there was anything to save.
func (c *closenessPart) save(month model.Date, raterID string) (bool, error) {
	if !c.changed() {
		return false, nil
	}
	if c.now.Selected == 0 || c.wished.Selected == 0 {
		return false, &model.ValidationError{Field: "closeness", Message: say("ui.rhythm.pickBothPictures")}
	}
	err := c.ui.svc.SaveCloseness(c.ui.ctx, model.Closeness{Month: month, PartnerID: raterID,
		Now: c.now.Selected, Wished: c.wished.Selected, Private: !c.share.Checked})
	return err == nil, err
}

// buildPairs shows each partner's pictures of the month that the rater
// may see, side by side.
func (c *closenessPart) buildPairs(raterID string) {
	c.pairs.Objects = nil
	monthName := i18n.Screen().Month(c.view.Month.Time().Month())
	for _, p := range c.view.Partners {
		choice, ok := c.view.Choices[p.ID]
		if !ok {
			words := say("ui.rhythm.notShared", "Name", p.Short(), "Month", monthName)
			if p.ID == raterID {
				words = say("ui.rhythm.notPicked", "Month", monthName)
			}
			c.pairs.Add(wrapped(words))
			continue
		}
		col := widgets.HexColor(p.Color)
		arrow := widget.NewIcon(theme.NavigateNextIcon())
		now, wished := widgets.NewClosenessPicture(choice.Now, col), widgets.NewClosenessPicture(choice.Wished, col)
		now.Name, wished.Name = say("ui.rhythm.closenessNowOf", "Name", p.Short()), say("ui.rhythm.closenessWishedOf", "Name", p.Short())
		pics := container.NewHBox(now, arrow, wished)
		text := wrapped(say("ui.rhythm.pairLine", "Name", p.Short(), "Sentence", model.ClosenessSentence(choice.Now, choice.Wished)))
		if p.ID == raterID && choice.Private {
			text.SetText(say("ui.rhythm.onlyHere", "Line", text.Text))
		}
		c.pairs.Add(container.NewBorder(nil, nil, pics, nil, text))
	}
	c.pairs.Refresh()
}

func (c *closenessPart) drawChart() {
	var trends [][]model.ClosenessPoint
	for _, p := range c.view.Partners {
		trends = append(trends, c.view.Trends[p.ID])
	}
	c.chart.Set(summary.ClosenessChart(i18n.Screen(), shortNames(c.view.Partners), trends))
}

// showMonth answers a click on the chart: the screen turns to that month,
// whose pictures the chart shows.
func (c *closenessPart) showMonth(i int) {
	if len(c.view.Partners) == 0 || c.onMonth == nil {
		return
	}
	if trend := c.view.Trends[c.view.Partners[0].ID]; i >= 0 && i < len(trend) {
		c.onMonth(trend[i].Month)
	}
}

// shortNames are the partners with their names as the screens show them,
// for a chart's legend.
func shortNames(partners []model.Partner) []model.Partner {
	out := slices.Clone(partners)
	for i := range out {
		out[i].Name = out[i].Short()
	}
	return out
}
