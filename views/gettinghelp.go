package views

import (
	"context"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/model"
)

// otherCountry stands for a country Venn has no directories of; the
// choice shows it as "Another country".
const otherCountry = "Another country"

// gettingHelp is the Getting help dialog: what a therapist or coach does,
// where to find one, help for oneself, and the page to take along.
type gettingHelp struct {
	country *widget.Select
	places  *fyne.Container
}

// showGettingHelp opens the path to getting help.
func (ui *UI) showGettingHelp() *gettingHelp {
	g := &gettingHelp{places: container.NewVBox()}
	all, _ := model.Directories() // the file is checked by a test; a fault shows no directories
	codes := model.DirectoryCountries(all)
	names := map[string]string{countryName(otherCountry): otherCountry} // a country's name → its code
	var choices []string
	for _, c := range codes {
		name := countryName(c)
		names[name] = c
		choices = append(choices, name)
	}
	choices = append(choices, countryName(otherCountry))
	g.country = newSelect(choices, func(name string) { g.showPlaces(ui, all, names[name]) })
	g.country.SetSelected(countryName(systemCountry(codes)))
	body := container.NewVBox()
	for _, p := range model.HelpWhatIn(i18n.Screen()) {
		body.Add(wrapped(p))
	}
	body.Add(heading(say("ui.between.whereToFind")))
	body.Add(container.NewBorder(nil, nil, widget.NewLabel(say("ui.between.country")), nil, g.country))
	body.Add(g.places)
	body.Add(heading(say("ui.between.forYourself")))
	body.Add(wrapped(model.SoloHelpIn(i18n.Screen())))
	self := widget.NewButtonWithIcon(say("ui.between.addSelfGoal"), theme.ContentAddIcon(), func() { ui.addSelfExploration() })
	body.Add(container.NewHBox(self))
	body.Add(quietLabel(say("ui.between.journalOffers")))
	body.Add(heading(say("ui.between.firstConversation")))
	body.Add(wrapped(say("ui.between.onePageAlong")))
	prepare := widget.NewButtonWithIcon(say("ui.between.prepareTalk"), theme.DocumentPrintIcon(), func() { ui.showTalkPage() })
	body.Add(container.NewHBox(prepare))
	d := dialog.NewCustom(say("ui.between.gettingHelp"), say("ui.common.close"), container.NewVScroll(container.NewPadded(body)), ui.win)
	size := ui.win.Canvas().Size()
	ui.showDialog(d, fyne.NewSize(min(760, size.Width-40), min(600, size.Height-40)))
	return g
}

// countryKeys name the countries Venn has directories for
// (model/helpdata/directories.tsv); a test keeps them in step.
var countryKeys = map[string]string{
	"AU": "ui.between.countryAU",
	"CA": "ui.between.countryCA",
	"DE": "ui.between.countryDE",
	"GB": "ui.between.countryGB",
	"US": "ui.between.countryUS",
}

// countryName is a country's name in the window's language ("United
// Kingdom" for GB, "Vereinigtes Königreich" in German), or its code for a
// country the catalogue does not name.
func countryName(code string) string {
	if code == otherCountry {
		return say("ui.between.anotherCountry")
	}
	if key, ok := countryKeys[code]; ok {
		return say(key)
	}
	return code
}

// systemCountry is the system locale's country when Venn has directories
// for it, else "Another country".
func systemCountry(countries []string) string {
	loc := strings.ReplaceAll(string(lang.SystemLocale()), "_", "-")
	if i := strings.LastIndex(loc, "-"); i >= 0 {
		if c := strings.ToUpper(loc[i+1:]); slices.Contains(countries, c) {
			return c
		}
	}
	return otherCountry
}

// showPlaces lists the directories of a country and the international ones.
func (g *gettingHelp) showPlaces(ui *UI, all []model.Directory, country string) {
	g.places.RemoveAll()
	if country == otherCountry || country == "" {
		g.places.Add(wrapped(say("ui.between.askYourDoctor")))
	}
	for _, d := range model.DirectoriesFor(all, country) {
		open := widget.NewButtonWithIcon(say("ui.between.openSite", "Name", d.Name), theme.ComputerIcon(), func() { ui.openWebsite(d.URL) })
		open.Importance = widget.LowImportance
		g.places.Add(container.NewBorder(nil, nil, nil, open, wrapped(d.What+".")))
	}
	g.places.Refresh()
}

// openWebsite opens an address in the browser, or says it when there is
// no browser to open it in.
func (ui *UI) openWebsite(address string) {
	u, err := url.Parse(address)
	if err == nil {
		err = ui.app.OpenURL(u)
	}
	if err != nil {
		ui.toast(say("ui.between.noBrowser", "Address", address))
	}
}

// addSelfExploration adds this computer's partner a private goal of their
// own to explore what matters to them.
func (ui *UI) addSelfExploration() {
	id := ui.thisPartnerID()
	if id == "" {
		return
	}
	_, added, err := ui.svc.AddSelfExploration(ui.ctx, id)
	if err != nil {
		ui.showError(err)
		return
	}
	if !added {
		ui.toast(say("ui.between.alreadyInLane"))
		return
	}
	ui.dataChanged()
	ui.toast(say("ui.between.addedToLane"))
}

// talkForm is the page to take to a first conversation, being prepared.
type talkForm struct {
	topics []model.TalkTopic
	keep   []*widget.Check
	words  *entry
	read   []*widget.Check
	save   *widget.Button
	path   *pathField
	dialog *dialog.CustomDialog
}

// showTalkPage prepares the page: the topics Venn noticed (each can be
// left out), the couple's own words, and a tick from each of them that
// they read it; only then can it be saved to print.
func (ui *UI) showTalkPage() *talkForm {
	f := &talkForm{words: multiline(say("ui.between.talkWords"))}
	f.topics, _ = ui.svc.TalkTopics(ui.ctx, ui.thisPartnerID())
	list := container.NewVBox(widget.NewLabelWithStyle(say("ui.between.vennNoticed"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, t := range f.topics {
		// The words wrap; a check beside them would not.
		title := wrapped(t.Title)
		title.TextStyle.Bold = true
		c := widget.NewCheck(say("ui.between.takeAlong"), nil)
		c.SetChecked(true)
		f.keep = append(f.keep, c)
		list.Add(container.NewVBox(title, wrapped(t.Seen), container.NewHBox(c)))
	}
	if len(f.topics) == 0 {
		list.Add(quietLabel(say("ui.between.noticedNothing")))
	}
	reads := container.NewVBox()
	for _, p := range ui.partners {
		c := widget.NewCheck(say("ui.between.hasRead", "Name", p.Short()), func(bool) { f.updateSave() })
		f.read = append(f.read, c)
		reads.Add(c)
	}
	f.path = newPathField(ui, pathToSave, "", "venn-what-we-would-like-to-talk-about.pdf")
	f.save = widget.NewButtonWithIcon(say("ui.between.savePDF"), theme.DocumentSaveIcon(), func() { ui.saveTalkPage(f) })
	f.save.Importance = widget.HighImportance
	f.updateSave()
	cancel := widget.NewButton(say("ui.common.cancel"), func() { f.dialog.Hide() })
	body := container.NewVBox(list, f.words, reads, widget.NewForm(widget.NewFormItem(say("ui.between.saveTo"), f.path.content)))
	f.dialog = dialog.NewCustomWithoutButtons(say("ui.between.talkTitle"), container.NewVScroll(body), ui.win)
	f.dialog.SetButtons([]fyne.CanvasObject{cancel, f.save})
	size := ui.win.Canvas().Size()
	ui.showDialog(f.dialog, fyne.NewSize(min(760, size.Width-40), min(560, size.Height-40)))
	return f
}

// updateSave lets the page be saved once both partners read it.
func (f *talkForm) updateSave() {
	for _, c := range f.read {
		if !c.Checked {
			f.save.Disable()
			return
		}
	}
	f.save.Enable()
}

// saveTalkPage writes the page with the topics kept, in the background,
// and opens it to print.
func (ui *UI) saveTalkPage(f *talkForm) {
	path, err := f.path.path()
	if err != nil {
		ui.showError(err)
		return
	}
	var kept []model.TalkTopic
	for i, c := range f.keep {
		if c.Checked {
			kept = append(kept, f.topics[i])
		}
	}
	words := f.words.Text
	f.dialog.Hide()
	ui.slowly(say("ui.between.writingPage"), func(ctx context.Context) error {
		return atomicfile.Write(path, 0o644, func(w io.Writer) error {
			return ui.svc.WriteTalkPage(ctx, w, kept, words, summary.DefaultPaper())
		})
	}, func() {
		if err := ui.app.OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
			ui.toast(say("ui.between.savedOpenPrint", "File", filepath.Base(path)))
		}
	})
}
