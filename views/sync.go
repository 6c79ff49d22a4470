package views

import (
	"errors"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// syncPanel is Settings → Sync: the shared folder, which partner this
// computer is, the household passphrase, and what the last pass did.
type syncPanel struct {
	ui         *UI
	folder     *widget.Label
	partner    *widget.RadioGroup
	passphrase *entry
	passKept   *widget.Label
	status     *widget.Label
	syncButton *widget.Button // "Sync now": there is nothing to sync with until a folder is chosen
	details    *fyne.Container
	content    fyne.CanvasObject
	stopWatch  func()
}

func newSyncPanel(ui *UI) *syncPanel {
	p := &syncPanel{ui: ui}
	p.folder = widget.NewLabel("")
	p.folder.Wrapping = fyne.TextWrapBreak
	choose := widget.NewButtonWithIcon(say("ui.settings.chooseFolder"), theme.FolderOpenIcon(), p.chooseFolder)
	p.partner = widget.NewRadioGroup(nil, nil)
	p.partner.Horizontal = true
	p.passphrase = newPasswordEntry()
	p.passphrase.SetPlaceHolder(say("ui.settings.passOptional"))
	savePass := widget.NewButton(say("ui.settings.savePassphrase"), p.savePassphrase)
	p.syncButton = widget.NewButtonWithIcon(say("ui.settings.syncNow"), theme.ViewRefreshIcon(), p.syncNow)
	p.syncButton.Importance = widget.HighImportance
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord
	p.details = container.NewVBox()
	help := widget.NewLabel(say("ui.settings.syncHelp"))
	help.Wrapping = fyne.TextWrapWord
	passHelp := quietLabel(say("ui.settings.passHelp"))
	p.passKept = widget.NewLabel("")
	p.passKept.Wrapping = fyne.TextWrapWord

	form := widget.NewForm(
		widget.NewFormItem(say("ui.settings.sharedFolder"), container.NewBorder(nil, nil, nil, choose, p.folder)),
		widget.NewFormItem(say("ui.settings.thisComputerIs"), p.partner),
		widget.NewFormItem(say("ui.settings.passphrase"), container.NewBorder(nil, nil, nil, savePass, p.passphrase)),
	)
	p.content = container.NewVBox(help, form, passHelp, p.passKept, container.NewHBox(p.syncButton), p.status, p.details)
	p.stopWatch = ui.svc.OnSyncStatus(func() { fyne.Do(p.showStatus) })
	p.load()
	return p
}

func (p *syncPanel) load() {
	set, err := p.ui.svc.SyncSettings(p.ui.ctx)
	if err != nil {
		p.status.SetText(say("ui.settings.syncSettingsFailed", "Problem", sayError(err)))
		return
	}
	if set.Folder == "" {
		p.folder.SetText(say("ui.settings.notSyncingYet"))
		p.syncButton.Disable()
	} else {
		p.folder.SetText(set.Folder)
		p.syncButton.Enable()
	}
	var names []string
	selected := ""
	for _, pt := range p.ui.partners {
		names = append(names, pt.Short())
		if pt.ID == set.PartnerID {
			selected = pt.Short()
		}
	}
	p.partner.OnChanged = nil
	p.partner.Options = names
	p.partner.SetSelected(selected)
	p.partner.OnChanged = p.choosePartner
	p.partner.Refresh()
	if set.HasPassphrase {
		p.passphrase.SetPlaceHolder(say("ui.settings.passKeptHint"))
	}
	p.passKept.SetText(passKeptWords(set))
	if p.passKept.Text == "" {
		p.passKept.Hide() // an empty label would leave a blank line
	} else {
		p.passKept.Show()
	}
	p.showStatus()
}

// chooseFolder asks for the shared folder: typed, or chosen with Browse….
func (p *syncPanel) chooseFolder() {
	start := ""
	if set, err := p.ui.svc.SyncSettings(p.ui.ctx); err == nil && set.Folder != "" {
		start = set.Folder
	}
	field := newPathField(p.ui, pathToFolder, start, "")
	p.ui.pathDialog(say("ui.settings.sharedFolderTitle"), say("ui.settings.useFolder"), say("ui.settings.folder"), field, []*widget.FormItem{
		widget.NewFormItem("", wrapped(say("ui.settings.sharedFolderNote"))),
	}, p.useFolder)
}

// useFolder makes folder the shared folder and starts syncing through it;
// the first time, it asks whether to encrypt it before anything is
// written there.
func (p *syncPanel) useFolder(folder string) {
	if err := p.ui.svc.SetSyncFolder(p.ui.ctx, folder); err != nil {
		p.ui.showError(err)
		return
	}
	p.load()
	p.ui.restartSync()
	if set, err := p.ui.svc.SyncSettings(p.ui.ctx); err == nil && !set.EncryptionChosen {
		p.ui.askEncryption()
	}
}

// askEncryption asks, before this computer writes its first file to the
// shared folder, whether the household uses a passphrase: with one, the
// folder never holds a readable byte; without, it is as private as the
// folder itself.
func (ui *UI) askEncryption() {
	pass := newPasswordEntry()
	pass.SetPlaceHolder(say("ui.settings.encryptHint"))
	note := wrapped(say("ui.settings.encryptNote"))
	ui.showForm(say("ui.settings.encryptTitle"), say("ui.settings.encrypt"), say("ui.settings.noPassphrase"), []*widget.FormItem{
		widget.NewFormItem("", note), widget.NewFormItem(say("ui.settings.passphrase"), pass),
	}, func(encrypt bool) {
		var err error
		if encrypt {
			err = ui.svc.SetSyncPassphrase(ui.ctx, pass.Text)
		} else {
			err = ui.svc.ChooseNoPassphrase(ui.ctx)
		}
		if err != nil {
			ui.showError(err)
			ui.askEncryption()
			return
		}
		if ui.settings != nil && ui.settings.sync != nil {
			ui.settings.sync.load()
		}
		ui.restartSync()
	}).Resize(fyne.NewSize(560, 300))
	ui.win.Canvas().Focus(pass)
}

func (p *syncPanel) choosePartner(name string) {
	for _, pt := range p.ui.partners {
		if pt.Short() == name {
			if err := p.ui.svc.SetThisPartner(p.ui.ctx, pt.ID); err != nil {
				p.ui.showError(err)
			}
		}
	}
}

func (p *syncPanel) savePassphrase() {
	if err := p.ui.svc.SetSyncPassphrase(p.ui.ctx, p.passphrase.Text); err != nil {
		p.ui.showError(err)
		return
	}
	p.passphrase.SetText("")
	p.load()
	if set, err := p.ui.svc.SyncSettings(p.ui.ctx); err == nil && set.PassKept == app.PassKeptSession {
		p.ui.toast(say("ui.settings.passKeptSession"))
	} else {
		p.ui.toast(say("ui.settings.passSaved"))
	}
	p.ui.restartSync()
}

func (p *syncPanel) syncNow() {
	p.status.SetText(say("ui.settings.syncing"))
	go func() {
		_, err := p.ui.svc.SyncNow(p.ui.ctx)
		if err != nil {
			fyne.Do(func() { p.ui.showError(err) })
		}
	}()
}

// showStatus draws the last pass: when, what was merged and skipped, the
// other computers, and any warning.
func (p *syncPanel) showStatus() {
	st := p.ui.svc.SyncStatus()
	p.details.RemoveAll()
	switch {
	case st.Err != nil:
		p.status.SetText(say("ui.settings.syncFailed", "Problem", sayError(st.Err)))
		p.status.Importance = widget.DangerImportance
	case syncBlocked(st) != "":
		p.status.SetText(syncBlocked(st))
		p.status.Importance = widget.DangerImportance
	case st.LastSync.IsZero():
		p.status.SetText(say("ui.settings.notSynced"))
		p.status.Importance = widget.MediumImportance
	default:
		changes := 0
		for _, m := range st.Report.Merged {
			changes += m.Fields
		}
		p.status.SetText(say("ui.settings.lastSynced", "Time", st.LastSync.Local().Format("15:04:05"), "Merge", describeMerge(len(st.Report.Merged), changes)))
		p.status.Importance = widget.MediumImportance
	}
	p.status.Refresh()
	for _, w := range st.Report.Warnings {
		l := wrapped(w)
		l.Importance = widget.WarningImportance
		p.details.Add(marked(widget.NewIcon(theme.WarningIcon()), l))
	}
	if len(st.Report.Devices) > 0 {
		p.details.Add(widget.NewLabelWithStyle(say("ui.settings.otherComputers"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, d := range st.Report.Devices {
			who := ownerLabel(model.Owner(d.PartnerID), p.ui.partners)
			if d.PartnerID == "" {
				who = say("ui.settings.partnerNotChosen")
			}
			p.details.Add(widget.NewLabel(say("ui.settings.deviceLine", "Device", d.Name, "Who", who, "When", ago(p.ui.now(), d.LastSeen))))
		}
	}
	for _, m := range st.Report.Merged {
		if m.Protected > 0 {
			p.details.Add(quietLabel(sayN("ui.settings.protected", m.Protected, "Device", orFile(m.Device, m.File))))
		}
	}
	if len(st.Report.Skipped) > 0 {
		p.details.Add(widget.NewLabelWithStyle(say("ui.settings.filesLeftAlone"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, s := range st.Report.Skipped {
			l := widget.NewLabel(say("ui.settings.skippedFile", "File", s.File, "Reason", s.Reason))
			l.Wrapping = fyne.TextWrapBreak
			p.details.Add(l)
		}
	}
}

// syncBlocked says, in words, why this computer and its partner's are not
// in step though sync runs: the partner's files cannot be read, or this
// computer writes nothing yet. "" when neither.
func syncBlocked(st app.SyncStatus) string {
	r := st.Report
	switch {
	case r.WrongPassphrase:
		return say("ui.settings.wrongPassphrase")
	case r.NeedPassphrase:
		return say("ui.settings.needPassphrase")
	case r.Held != "":
		return r.Held
	}
	return ""
}

// orFile names a computer by its name, or by its file when it has none.
func orFile(name, file string) string {
	if name != "" {
		return name
	}
	return file
}

func describeMerge(files, changes int) string {
	switch {
	case files == 0:
		return say("ui.settings.nothingNew")
	case changes == 0:
		return sayN("ui.settings.readFiles", files)
	default:
		return sayN("ui.settings.mergedChanges", changes, "Files", sayN("ui.settings.fromFiles", files))
	}
}

// ago says how long ago t was, in words.
func ago(now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < 0:
		return say("ui.settings.justNowAhead")
	case d < time.Minute:
		return say("ui.settings.justNow")
	case d < time.Hour:
		return say("ui.settings.minutesAgo", "Minutes", i18n.Screen().Int(int(d.Minutes())))
	case d < 48*time.Hour:
		return say("ui.settings.hoursAgo", "Hours", i18n.Screen().Int(int(d.Hours())))
	default:
		return i18n.Screen().DayMonthYear(t.Local())
	}
}

// showJoinDialog lets a second computer join the household its partner set
// up: the shared folder, the passphrase if any, and which partner this is.
func showJoinDialog(ui *UI, done func()) {
	folder := newEntry()
	folder.SetPlaceHolder(say("ui.settings.joinFolderHint"))
	browse := widgets.NewIconButton(say("ui.settings.chooseTheFolder"), theme.FolderOpenIcon(), func() {
		ui.showDialog(dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
			if err == nil && uri != nil {
				folder.SetText(uri.Path())
			}
		}, ui.win), fileDialogSize)
	})
	pass := newPasswordEntry()
	pass.SetPlaceHolder(say("ui.settings.joinPassHint"))
	name := newEntry()
	name.SetPlaceHolder(say("ui.settings.joinNameHint"))
	items := []*widget.FormItem{
		widget.NewFormItem(say("ui.settings.sharedFolder"), container.NewBorder(nil, nil, nil, browse, folder)),
		widget.NewFormItem(say("ui.settings.passphrase"), pass),
		widget.NewFormItem(say("ui.settings.youAre"), name),
	}
	d := dialog.NewForm(say("ui.settings.joinTitle"), say("ui.settings.join"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		err := ui.svc.JoinHousehold(ui.ctx, folder.Text, pass.Text, name.Text, "")
		if errors.Is(err, app.ErrSeveralHouseholds) {
			ui.chooseHousehold(folder.Text, pass.Text, name.Text, done)
			return
		}
		if err != nil {
			ui.showError(err)
			return
		}
		done()
	}, ui.win)
	ui.showDialog(d, fyne.NewSize(620, 300))
	ui.joinForm = &joinForm{folder: folder, pass: pass, name: name, dialog: d}
}

type joinForm struct {
	folder, pass, name *entry
	dialog             dialog.Dialog
}

// chooseHousehold asks which household to join when the folder holds the
// files of more than one (an old household, or files put there by someone
// else): the partners' names, the computers and when they last wrote.
func (ui *UI) chooseHousehold(folder, pass, name string, done func()) {
	found, _, err := ui.svc.FolderHouseholds(ui.ctx, folder, pass)
	if err != nil {
		ui.showError(err)
		return
	}
	var options []string
	for _, h := range found {
		options = append(options, app.DescribeHousehold(h))
	}
	pick := widget.NewRadioGroup(options, nil)
	if len(options) > 0 {
		pick.SetSelected(options[0])
	}
	note := wrapped(say("ui.settings.whichHouseholdNote"))
	ui.showForm(say("ui.settings.whichHousehold"), say("ui.settings.join"), say("ui.common.cancel"), []*widget.FormItem{
		widget.NewFormItem("", note), widget.NewFormItem(say("ui.settings.household"), pick),
	}, func(ok bool) {
		i := slices.Index(options, pick.Selected)
		if !ok || i < 0 {
			return
		}
		if err := ui.svc.JoinHousehold(ui.ctx, folder, pass, name, found[i].ID); err != nil {
			ui.showError(err)
			return
		}
		done()
	})
}

// passKeptWords says where the household passphrase is kept, plainly.
func passKeptWords(set app.SyncSettings) string {
	switch set.PassKept {
	case app.PassKeptKeychain:
		return say("ui.settings.keptKeychain")
	case app.PassKeptSession:
		return say("ui.settings.keptSession")
	case app.PassKeptEnv:
		return say("ui.settings.keptEnv")
	}
	return ""
}

// syncStatusChanged follows a sync pass: it asks for a missing household
// passphrase, and redraws Today when what it says of sync changed.
func (ui *UI) syncStatusChanged() {
	ui.askPassphraseIfNeeded()
	if why := syncBlocked(ui.svc.SyncStatus()); why != ui.blocked {
		ui.blocked = why
		if ui.tabs != nil && tab(ui.tabs.SelectedIndex()) == tabToday && ui.todayTab != nil {
			ui.todayTab.reload()
		}
	}
}

// askPassphraseIfNeeded asks, once a session, for the household passphrase
// when sync left encrypted files alone for want of it — which is every
// start on a computer without a keychain to remember it.
func (ui *UI) askPassphraseIfNeeded() {
	if rep := ui.svc.SyncStatus().Report; ui.askedPass || !(rep.NeedPassphrase || rep.WrongPassphrase) {
		return
	}
	ui.askedPass = true
	pass := newPasswordEntry()
	pass.SetPlaceHolder(say("ui.settings.bothChoseHint"))
	note := wrapped(say("ui.settings.askPassNote"))
	ui.showForm(say("ui.settings.householdPassphrase"), say("ui.settings.sync"), say("ui.settings.notNow"), []*widget.FormItem{
		widget.NewFormItem("", note), widget.NewFormItem(say("ui.settings.passphrase"), pass),
	}, func(ok bool) {
		if !ok {
			return
		}
		if err := ui.svc.SetSyncPassphrase(ui.ctx, pass.Text); err != nil {
			ui.showError(err)
			ui.askedPass = false // a mistyped passphrase: ask again
			ui.askPassphraseIfNeeded()
			return
		}
		ui.restartSync()
	}).Resize(fyne.NewSize(520, 260))
	ui.win.Canvas().Focus(pass)
}
