package walk

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// walkMemories adds a memory through Add memory…: the title typed (the
// title field has the keyboard when the form opens), a photo's path typed
// into the photo field, Save; the memory must then be on the timeline with
// its photo's thumbnail. The rows' Edit… and Remove… are pressed by the
// walk after it.
func walkMemories(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	photo := walkPhoto(t)
	var before fyne.CanvasObject
	onUI(func() { before = topOverlay(h.win.Canvas()) })
	click(t, findButton(root(), "Add memory…"))
	if !opened(before) {
		t.Errorf("%s: Add memory… opened no form", page)
		return
	}
	var form fyne.CanvasObject
	onUI(func() { form = topOverlay(h.win.Canvas()) })
	const title = "Walk by the river"
	typeText(t, title)
	if got := focusedText(); got != title {
		t.Errorf("%s: the title field did not have the keyboard when the form opened (it holds %q)", page, got)
	}
	field := fieldWithPlaceHolder(form, "optional: a JPEG or PNG photo")
	if field == nil {
		t.Fatalf("%s: the form has no photo field", page)
	}
	click(t, field)
	typeMixed(t, photo)
	click(t, findButton(form, "Save"))
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		settle()
		var texts []string
		onUI(func() { texts = textsIn(root()) })
		if strings.Contains(strings.Join(texts, "\n"), title) {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("%s: %q is not on the timeline after saving:\n%s", page, title, strings.Join(texts, "\n"))
			return
		}
	}
	name := page + " memory added"
	checkPage(t, c, name)
	screenshot(t, fileName(c.String(), pageName(name, c)))
}

// walkPhoto writes a JPEG where a person keeps photos and returns its path.
func walkPhoto(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(h.tmp, "home", "Pictures")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	img := image.NewRGBA(image.Rect(0, 0, 900, 600))
	for y := range 600 {
		for x := range 900 {
			img.Set(x, y, color.RGBA{uint8(x / 4), uint8(y / 3), 160, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "river.jpg")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// fieldWithPlaceHolder is the text field under root whose placeholder is p.
func fieldWithPlaceHolder(root fyne.CanvasObject, p string) fyne.CanvasObject {
	var found fyne.CanvasObject
	onUI(func() {
		visit(root, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if _, ok := o.(fyne.Focusable); !ok || found != nil {
				return found == nil
			}
			v := reflect.ValueOf(o).Elem()
			if f := v.FieldByName("PlaceHolder"); f.IsValid() && f.String() == p {
				found = o
			}
			return found == nil
		})
	})
	return found
}
