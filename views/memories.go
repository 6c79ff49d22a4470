package views

import (
	"bytes"
	"image"
	"image/jpeg"
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// memoriesScreen is the memories timeline: what the couple celebrated,
// the shared moments named in check-ins and each partner's own entries,
// newest first. The list is virtual (only the rows in view exist), and a
// row's photo is a thumbnail read from the cache beside the photos,
// decoded off the UI goroutine and kept in a bounded memory cache.
type memoriesScreen struct {
	ui       *UI
	timeline []model.Remembered
	chosen   string // the kind and id of the entry shown on the right
	me       string // the partner this computer belongs to, "" when not chosen

	thumbs *thumbCache
	list   *widget.List
	empty  *widget.Label
	title  *widget.Label
	when   *widget.Label
	words  *widget.Label
	photo  *canvas.Image
	edit   *widget.Button
	remove *widget.Button
	add    *widget.Button

	content fyne.CanvasObject
}

// rowThumb is the size a thumbnail is drawn at in a row.
const rowThumb = 44

func newMemoriesScreen(ui *UI) *memoriesScreen {
	s := &memoriesScreen{ui: ui, thumbs: newThumbCache(ui, 96)}
	s.empty = quietLabel("")
	s.list = widget.NewList(func() int { return len(s.timeline) }, s.newRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.timeline) {
			s.chosen = key(s.timeline[id])
			s.showChosen()
		}
	}
	s.title = heading("")
	s.title.Wrapping = fyne.TextWrapWord
	s.when = quietLabel("")
	s.words = wrapped("")
	s.photo = canvas.NewImageFromImage(nil)
	s.photo.FillMode = canvas.ImageFillContain
	s.photo.SetMinSize(fyne.NewSize(model.ThumbSide, model.ThumbSide))
	s.photo.Hide()
	s.edit = widget.NewButtonWithIcon(say("ui.between.edit"), theme.DocumentCreateIcon(), s.editChosen)
	s.remove = widget.NewButtonWithIcon(say("ui.between.remove"), theme.DeleteIcon(), s.removeChosen)
	s.remove.Importance = widget.LowImportance
	s.add = widget.NewButtonWithIcon(say("ui.between.addMemory"), theme.ContentAddIcon(), func() { s.editMemory(model.Memory{}) })
	right := container.NewBorder(nil, container.NewHBox(s.remove, layout.NewSpacer(), s.edit), nil, nil,
		container.NewVScroll(container.NewVBox(s.title, s.when, s.photo, s.words)))
	split := container.NewHSplit(container.NewStack(s.list, container.NewCenter(s.empty)), right)
	split.Offset = 0.45
	intro := quietLabel(say("ui.between.memoriesIntro"))
	bar := container.NewHBox(widget.NewLabelWithStyle(say("ui.between.tabMemories"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), layout.NewSpacer(), s.add)
	s.content = container.NewBorder(container.NewVBox(bar, intro), nil, nil, nil, split)
	return s
}

// key names a timeline entry across reloads.
func key(m model.Remembered) string { return string(m.Kind) + ":" + m.ID }

func (s *memoriesScreen) newRow() fyne.CanvasObject {
	img := canvas.NewImageFromImage(nil)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(rowThumb, rowThumb))
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	line := widget.NewLabel("")
	line.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, img, nil, container.NewVBox(title, line))
}

func (s *memoriesScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.timeline) {
		return
	}
	m := s.timeline[id]
	box := o.(*fyne.Container)
	texts := box.Objects[0].(*fyne.Container)
	texts.Objects[0].(*widget.Label).SetText(m.Title)
	texts.Objects[1].(*widget.Label).SetText(s.whenWords(m))
	img := box.Objects[1].(*canvas.Image)
	var pic image.Image
	if m.Photo != "" {
		pic = s.thumbs.get(m.Photo, func() { s.list.RefreshItem(id) })
	}
	if img.Image != pic {
		img.Image = pic
		img.Refresh()
	}
}

// whenWords says a memory's day, where it comes from and whose it is.
func (s *memoriesScreen) whenWords(m model.Remembered) string {
	parts := []string{s.ui.dayWords(m.Day)}
	switch m.Kind {
	case model.MemoryMilestone:
		parts = append(parts, say("ui.between.milestoneReached"))
	case model.MemoryGoal:
		parts = append(parts, say("ui.between.goalFinished"))
	case model.MemoryHighlight:
		parts = append(parts, say("ui.between.namedInCheckin", "Who", ownerLabel(m.Who, s.ui.partners)))
	default:
		parts = append(parts, say("ui.between.byWho", "Who", ownerLabel(m.Who, s.ui.partners)))
	}
	if m.Private {
		parts = append(parts, say("ui.between.onlyThisComputer"))
	}
	if m.Photo != "" && !s.ui.svc.HasPhoto(m.Photo) {
		parts = append(parts, say("ui.between.photoOnItsWay"))
	}
	return strings.Join(parts, " · ")
}

func (s *memoriesScreen) reload() {
	tl, err := s.ui.svc.MemoryTimeline(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.timeline, s.me = tl, s.ui.syncPartnerID()
	if len(tl) == 0 {
		s.empty.SetText(say("ui.between.noMemories"))
	} else {
		s.empty.SetText("")
	}
	s.list.Refresh()
	i := slices.IndexFunc(tl, func(m model.Remembered) bool { return key(m) == s.chosen })
	if i < 0 && len(tl) > 0 {
		i, s.chosen = 0, key(tl[0])
	}
	s.list.UnselectAll()
	if i >= 0 {
		s.list.Select(i)
	}
	s.showChosen()
}

func (s *memoriesScreen) current() (model.Remembered, bool) {
	i := slices.IndexFunc(s.timeline, func(m model.Remembered) bool { return key(m) == s.chosen })
	if i < 0 {
		return model.Remembered{}, false
	}
	return s.timeline[i], true
}

func (s *memoriesScreen) showChosen() {
	m, ok := s.current()
	// Only the author's computer changes a memory (see app.SaveMemory).
	own := ok && m.Kind == model.MemoryOwn && (s.me == "" || string(m.Who) == s.me)
	for _, b := range []*widget.Button{s.edit, s.remove} {
		if own {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if !ok {
		s.title.SetText("")
		s.when.SetText("")
		s.words.SetText("")
		s.photo.Hide()
		return
	}
	s.title.SetText(m.Title)
	s.when.SetText(s.whenWords(m))
	s.words.SetText(m.Words)
	s.photo.Image = nil
	if m.Photo != "" {
		s.photo.Image = s.thumbs.get(m.Photo, func() { s.showChosen() })
	}
	if s.photo.Image != nil {
		s.photo.Show()
	} else {
		s.photo.Hide()
	}
	s.photo.Refresh()
}

func (s *memoriesScreen) editChosen() {
	m, ok := s.current()
	if !ok || m.Kind != model.MemoryOwn {
		return
	}
	own, err := s.ui.svc.Memory(s.ui.ctx, m.ID)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.editMemory(own)
}

func (s *memoriesScreen) removeChosen() {
	m, ok := s.current()
	if !ok || m.Kind != model.MemoryOwn {
		return
	}
	what := say("ui.between.leavesTimeline")
	if m.Photo != "" {
		what = say("ui.between.leavesTimelinePhoto")
	}
	s.ui.showConfirm(say("ui.between.removeTitleQ", "Title", model.Shorten(m.Title, 40)), what, func(yes bool) {
		if !yes {
			return
		}
		if err := s.ui.svc.DeleteMemory(s.ui.ctx, m.ID); err != nil {
			s.ui.showError(err)
			return
		}
		s.chosen = ""
		s.ui.toast(say("ui.between.memoryRemoved"))
	})
}

// editMemory opens the form for a new memory (empty ID) or one's own. The
// photo is read and written again off the UI goroutine.
func (s *memoriesScreen) editMemory(m model.Memory) {
	title := newEntry()
	title.SetPlaceHolder(say("ui.between.memoryTitlePlaceholder"))
	title.SetText(m.Title)
	if m.Day.IsZero() {
		m.Day = s.ui.today()
	}
	day := newDateFieldAt(m.Day)
	words := newMultiLineEntry()
	words.SetPlaceHolder(say("ui.between.fewWords"))
	words.SetText(m.Words)
	words.SetMinRowsVisible(3)
	by := newSelect(partnerNames(s.ui.partners), nil)
	authorID := m.AuthorID
	if authorID == "" {
		authorID = s.ui.thisPartnerID()
	}
	for i, p := range s.ui.partners {
		if p.ID == authorID {
			by.SetSelectedIndex(i)
		}
	}
	if s.ui.syncPartnerID() != "" {
		by.Disable() // this computer writes as its partner (Settings › Sync)
	}
	private := widget.NewCheck(say("ui.between.keepPrivate"), nil)
	private.SetChecked(m.Private)
	photo := newPathField(s.ui, pathToOpen, "", "")
	photo.entry.SetText("")
	photo.entry.SetPlaceHolder(say("ui.between.photoPlaceholder"))
	items := []*widget.FormItem{widget.NewFormItem(say("ui.between.title"), title), widget.NewFormItem(say("ui.between.day"), day),
		widget.NewFormItem(say("ui.between.words"), words), widget.NewFormItem(say("ui.between.by"), by), widget.NewFormItem(say("ui.between.photo"), photo.content)}
	dropPhoto := widget.NewCheck(say("ui.between.takePhotoAway"), nil)
	if m.Photo != "" {
		photo.entry.SetPlaceHolder(say("ui.between.newPhotoPlaceholder"))
		items = append(items, widget.NewFormItem("", dropPhoto))
	}
	items = append(items, widget.NewFormItem("", private))
	name := say("ui.between.newMemory")
	if m.ID != "" {
		name = model.Shorten(m.Title, 40)
	}
	d := s.ui.showForm(name, say("ui.common.save"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		when, err := day.Read(say("ui.between.dayOfMemory"))
		if err != nil {
			s.ui.showError(err)
			return
		}
		change := app.PhotoChange{Remove: dropPhoto.Checked}
		if strings.TrimSpace(photo.entry.Text) != "" {
			if change.Path, err = photo.path(); err != nil {
				s.ui.showError(err)
				return
			}
		}
		m.Title, m.Day, m.Words, m.Private = title.Text, when, words.Text, private.Checked
		if i := by.SelectedIndex(); i >= 0 && i < len(s.ui.partners) {
			m.AuthorID = s.ui.partners[i].ID
		}
		s.save(m, change)
	})
	d.Resize(fyne.NewSize(min(620, s.ui.win.Canvas().Size().Width-40), min(520, s.ui.win.Canvas().Size().Height-40)))
	s.ui.win.Canvas().Focus(title)
}

// save writes a memory off the UI goroutine (a photo takes a moment to
// read and write again) and says how it went.
func (s *memoriesScreen) save(m model.Memory, change app.PhotoChange) {
	if change.Path != "" {
		s.ui.toast(say("ui.between.addingPhoto"))
	}
	var saved model.Memory
	var err error
	s.ui.offUIThen(func() { saved, err = s.ui.svc.SaveMemory(s.ui.ctx, m, change) }, func() {
		if err != nil {
			s.ui.showError(err)
			return
		}
		s.chosen = key(model.Remembered{Kind: model.MemoryOwn, ID: saved.ID})
		s.reload() // the change's own reload ran before the memory was chosen
		s.ui.toast(say("ui.between.savedTitle", "Title", model.Shorten(saved.Title, 40)))
	})
}

// offUIThen runs work off the UI goroutine, then done on it (see offUI).
func (ui *UI) offUIThen(work, done func()) {
	ui.offUI(func() {
		work()
		fyne.Do(done)
	})
}

// thumbCache keeps decoded thumbnails in memory, at most max of them; a
// thumbnail not yet decoded is read and decoded on a goroutine of its own,
// and done runs on the UI goroutine when it is ready.
type thumbCache struct {
	ui  *UI
	max int

	mu      sync.Mutex
	images  map[string]image.Image
	order   []string // oldest first
	loading map[string]bool
}

func newThumbCache(ui *UI, max int) *thumbCache {
	return &thumbCache{ui: ui, max: max, images: map[string]image.Image{}, loading: map[string]bool{}}
}

// get returns the photo's thumbnail if it is decoded, or nil after
// starting to decode it.
func (c *thumbCache) get(photo string, done func()) image.Image {
	c.mu.Lock()
	defer c.mu.Unlock()
	if img, ok := c.images[photo]; ok {
		return img
	}
	if c.loading[photo] || !c.ui.svc.HasPhoto(photo) {
		return nil
	}
	c.loading[photo] = true
	ok := false
	c.mu.Unlock()
	c.ui.offUIThen(func() { ok = c.load(photo) }, func() {
		if ok {
			done()
		}
	})
	c.mu.Lock()
	return c.images[photo]
}

// load reads and decodes a thumbnail into the cache.
func (c *thumbCache) load(photo string) bool {
	data, err := c.ui.svc.PhotoThumbnail(photo)
	var img image.Image
	if err == nil {
		img, err = jpeg.Decode(bytes.NewReader(data))
	}
	c.mu.Lock()
	delete(c.loading, photo)
	if err == nil {
		c.images[photo] = img
		c.order = append(c.order, photo)
		for len(c.order) > c.max {
			delete(c.images, c.order[0])
			c.order = c.order[1:]
		}
	}
	c.mu.Unlock()
	return err == nil
}

// has reports whether a photo's thumbnail is decoded.
func (c *thumbCache) has(photo string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.images[photo]
	return ok
}
