package views

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynestorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// A path field is where a file or a folder is named: typed (an absolute
// path, or one starting with ~, is taken as it is — Fyne's own dialog joins
// whatever is typed to the folder it shows) or chosen with Browse…, which
// opens the file dialog in the last folder used. Venn remembers that
// folder across sessions.

// pathKind is what a path field names.
type pathKind int

const (
	pathToOpen   pathKind = iota // an existing file
	pathToSave                   // a file to write (its folder must exist)
	pathToFolder                 // an existing folder
)

// prefLastFolder is the folder a path was last chosen in.
const prefLastFolder = "last_folder"

type pathField struct {
	ui      *UI
	kind    pathKind
	entry   *entry
	content fyne.CanvasObject
}

// newPathField makes a path field starting at start (a path), or, when
// start is "", at the last folder used joined with name (a file to save).
func newPathField(ui *UI, kind pathKind, start, name string) *pathField {
	f := &pathField{ui: ui, kind: kind, entry: newEntry()}
	if start == "" {
		start = ui.lastFolder()
		if name != "" {
			start = filepath.Join(start, name)
		}
	}
	f.entry.SetText(start)
	switch kind {
	case pathToOpen:
		f.entry.SetPlaceHolder(say("ui.settings.fileHint", "Example", filepath.Join(homeDir(), "Documents", "venn.json")))
	case pathToFolder:
		f.entry.SetPlaceHolder(say("ui.settings.folderHint", "Example", filepath.Join(homeDir(), "Dropbox", "Venn household")))
	default:
		f.entry.SetPlaceHolder(say("ui.settings.saveHint", "Example", filepath.Join(homeDir(), "Documents", name)))
	}
	browse := widget.NewButtonWithIcon(say("ui.settings.browse"), theme.FolderOpenIcon(), f.browse)
	f.content = container.NewBorder(nil, nil, nil, browse, f.entry)
	return f
}

func homeDir() string {
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return string(filepath.Separator)
}

// lastFolder is the folder a path was last chosen in (the home folder at first).
func (ui *UI) lastFolder() string {
	if dir := ui.app.Preferences().String(prefLastFolder); dir != "" {
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	return homeDir()
}

// browse opens the file dialog at the folder the field names (or the last
// one used), and puts what is chosen into the field.
func (f *pathField) browse() {
	var d interface {
		Show()
		Hide()
		SetOnClosed(func())
		Resize(fyne.Size)
		SetLocation(fyne.ListableURI)
	}
	switch f.kind {
	case pathToOpen:
		d = dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err == nil && r != nil {
				f.entry.SetText(r.URI().Path())
				r.Close()
			}
		}, f.ui.win)
	default:
		// A file to save is chosen as its folder, the name kept: Fyne's
		// save dialog would empty an existing file just to name it.
		name := ""
		if f.kind == pathToSave {
			name = filepath.Base(expandHome(strings.TrimSpace(f.entry.Text)))
		}
		d = dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err == nil && dir != nil {
				f.entry.SetText(filepath.Join(dir.Path(), name))
			}
		}, f.ui.win)
	}
	if dir, err := fynestorage.ListerForURI(fynestorage.NewFileURI(f.folder())); err == nil {
		d.SetLocation(dir)
	}
	f.ui.showDialog(d, fileDialogSize)
}

// folder is the folder the field's text names or sits in.
func (f *pathField) folder() string {
	p := expandHome(strings.TrimSpace(f.entry.Text))
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		return p
	}
	if st, err := os.Stat(filepath.Dir(p)); err == nil && st.IsDir() && p != "" {
		return filepath.Dir(p)
	}
	return f.ui.lastFolder()
}

// expandHome reads a leading ~ as the home folder.
func expandHome(p string) string {
	if p == "~" {
		return homeDir()
	}
	if strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		return filepath.Join(homeDir(), p[2:])
	}
	return p
}

// path is the field's path, checked for what it names, in plain words; it
// remembers the folder for the next time.
func (f *pathField) path() (string, error) {
	p := expandHome(strings.TrimSpace(f.entry.Text))
	if p == "" {
		return "", &model.ValidationError{Field: "path", Message: say("ui.settings.typePath")}
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", &model.ValidationError{Field: "path", Message: say("ui.settings.notAPath", "Path", p)}
	}
	st, err := os.Stat(abs)
	switch f.kind {
	case pathToOpen:
		if err != nil || !st.Mode().IsRegular() {
			return "", &model.ValidationError{Field: "path", Message: say("ui.settings.noFile", "Path", abs)}
		}
	case pathToFolder:
		if err != nil || !st.IsDir() {
			return "", &model.ValidationError{Field: "path", Message: say("ui.settings.noFolder", "Path", abs)}
		}
	default:
		if err == nil && st.IsDir() {
			return "", &model.ValidationError{Field: "path", Message: say("ui.settings.isAFolder", "Path", abs)}
		}
		if dir, err := os.Stat(filepath.Dir(abs)); err != nil || !dir.IsDir() {
			return "", &model.ValidationError{Field: "path", Message: say("ui.settings.noFolderToSave", "Path", filepath.Dir(abs))}
		}
	}
	folder := filepath.Dir(abs)
	if f.kind == pathToFolder {
		folder = abs
	}
	f.ui.app.Preferences().SetString(prefLastFolder, folder)
	return abs, nil
}

// pathDialog asks for a path (and the items before it), and on confirm
// hands the checked path to act; a path that will not do is said in the
// dialog, which stays open with what was typed.
func (ui *UI) pathDialog(title, confirm, label string, field *pathField, items []*widget.FormItem, act func(path string)) dialog.Dialog {
	problem := widget.NewLabel("")
	problem.Wrapping = fyne.TextWrapWord
	problem.Importance = widget.DangerImportance
	problem.Hide()
	form := widget.NewForm(append(items, widget.NewFormItem(label, field.content))...)
	var d *dialog.CustomDialog
	ok := widget.NewButtonWithIcon(confirm, theme.ConfirmIcon(), func() {
		path, err := field.path()
		if err != nil {
			problem.SetText(sayError(err))
			problem.Show()
			return
		}
		d.Hide()
		act(path)
	})
	ok.Importance = widget.HighImportance
	field.entry.OnSubmitted = func(string) { ok.OnTapped() }
	cancel := widget.NewButton(say("ui.common.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(form, problem), ui.win)
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	ui.showDialog(d, fyne.NewSize(min(720, ui.win.Canvas().Size().Width-40), min(340, ui.win.Canvas().Size().Height-40)))
	ui.win.Canvas().Focus(field.entry)
	return d
}
