package forms

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/internal/testdisk"
	"github.com/vennplanner/venn/model"
)

// TestMain keeps the tests' folders in memory where it can: see testdisk.
func TestMain(m *testing.M) { os.Exit(testdisk.Main(m)) }

// testNow is when the forms' tests start: a Wednesday in the demo's
// busiest quarter, whatever the real date (the screens' tests use it too).
var testNow = time.Date(2026, 11, 18, 10, 30, 0, 0, time.Local)

// testClock starts at testNow and ticks with real time, so stamps still
// move forward.
var testClock = func() func() time.Time {
	start := time.Now()
	return func() time.Time { return testNow.Add(time.Since(start)) }
}()

// testHost stands in for the window: a service on a temporary folder, a
// headless window, a stack of dialogs that Escape closes, and a record of
// what was said at the window's foot.
type testHost struct {
	svc       *app.Service
	ctx       context.Context
	win       fyne.Window
	household model.Household
	partners  []model.Partner
	dialogs   []Dialog // open dialogs, the newest last
	toasts    []string // what Toast and OfferUndo said
}

// newTestHost opens a service on a temporary folder, with the demo
// household when demo is set.
func newTestHost(t *testing.T, demo bool) *testHost {
	t.Helper()
	test.NewTempApp(t)
	ctx := context.Background()
	svc, err := app.Open(ctx, t.TempDir(), app.Options{Now: testClock, LockWorkFactor: 10, Secrets: noKeychain{}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if demo {
		if err := svc.Demo(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	w := test.NewTempWindow(t, widget.NewLabel("The window behind the forms"))
	w.Resize(fyne.NewSize(1280, 800))
	h := &testHost{svc: svc, ctx: ctx, win: w}
	h.reload()
	return h
}

// reload reads the household again, as the window does after a change.
func (h *testHost) reload() {
	if hh, partners, err := h.svc.Household(h.ctx); err == nil {
		h.household, h.partners = hh, partners
	}
}

func (h *testHost) Service() *app.Service      { return h.svc }
func (h *testHost) Context() context.Context   { return h.ctx }
func (h *testHost) Window() fyne.Window        { return h.win }
func (h *testHost) Household() model.Household { return h.household }
func (h *testHost) Partners() []model.Partner  { return h.partners }
func (h *testHost) Today() model.Date          { return model.DateOf(testClock()) }
func (h *testHost) Toast(message string)       { h.toasts = append(h.toasts, message) }
func (h *testHost) OfferUndo(message string)   { h.toasts = append(h.toasts, message+" [Undo]") }

func (h *testHost) ThisPartner() string {
	if set, err := h.svc.SyncSettings(h.ctx); err == nil {
		return set.PartnerID
	}
	return ""
}

func (h *testHost) OpenDialog(d Dialog, cancel func()) {
	h.dialogs = append(h.dialogs, d)
	d.SetOnClosed(func() { h.dialogs = slices.DeleteFunc(h.dialogs, func(o Dialog) bool { return o == d }) })
	d.Show()
}

func (h *testHost) ShowConfirm(title, message string, done func(bool)) {
	h.OpenDialog(dialog.NewConfirm(title, message, done, h.win), nil)
}

func (h *testHost) ShowError(err error) {
	h.OpenDialog(dialog.NewError(errors.New(sayError(err)), h.win), nil)
}

// noKeychain is a computer without a keychain.
type noKeychain struct{}

func (noKeychain) Get(string) (string, error) { return "", app.ErrNoKeychain }
func (noKeychain) Set(string, string) error   { return app.ErrNoKeychain }
func (noKeychain) Delete(string) error        { return app.ErrNoKeychain }

// overlayWidgets finds widgets of type T in the dialogs on top.
func overlayWidgets[T any](w fyne.Window) []T {
	var out []T
	for _, o := range w.Canvas().Overlays().List() {
		for _, x := range test.LaidOutObjects(o) {
			if v, ok := x.(T); ok {
				out = append(out, v)
			}
		}
	}
	return out
}

// windowText is every visible label's text in the window and its dialogs.
func windowText(w fyne.Window) string {
	var sb strings.Builder
	for _, l := range overlayWidgets[*widget.Label](w) {
		if l.Visible() {
			sb.WriteString(l.Text + "\n")
		}
	}
	return sb.String()
}

// tapButtonLabelled taps the visible button with this text in the dialogs.
func tapButtonLabelled(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	for _, b := range overlayWidgets[*widget.Button](w) {
		if b.Visible() && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q in:\n%s", text, windowText(w))
}
