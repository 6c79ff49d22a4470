package walk

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

// desktopServices stands in for the desktop's tray host and notification
// server on the walk's private session bus (scripts/window-walk runs the
// walk under dbus-run-session): Venn's tray registers with it, and the walk
// clicks the tray's menu through the same D-Bus menu interface a panel uses.
type desktopServices struct {
	conn *dbus.Conn

	mu            sync.Mutex
	item          string // the bus name of the registered tray item
	notifications []string
}

// RegisterStatusNotifierItem is the watcher's method a tray item calls.
func (d *desktopServices) RegisterStatusNotifierItem(service string, sender dbus.Sender) *dbus.Error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.item = string(sender)
	return nil
}

// notifier is the notification server's side.
type notifier struct{ d *desktopServices }

// Notify shows (here: records) a notification.
func (n notifier) Notify(appName string, replaces uint32, icon, summary, body string, actions []string,
	hints map[string]dbus.Variant, timeout int32) (uint32, *dbus.Error) {
	n.d.mu.Lock()
	defer n.d.mu.Unlock()
	n.d.notifications = append(n.d.notifications, summary+": "+body)
	return uint32(len(n.d.notifications)), nil
}

// startDesktopServices claims the tray watcher's and the notification
// server's names, or returns nil without a session bus.
func startDesktopServices() (*desktopServices, error) {
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		return nil, nil
	}
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return nil, fmt.Errorf("session bus: %w", err)
	}
	d := &desktopServices{conn: conn}
	for _, s := range []struct {
		name, path, iface string
		obj               any
	}{
		{"org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher", "org.kde.StatusNotifierWatcher", d},
		{"org.freedesktop.Notifications", "/org/freedesktop/Notifications", "org.freedesktop.Notifications", notifier{d}},
	} {
		if err := conn.Export(s.obj, dbus.ObjectPath(s.path), s.iface); err != nil {
			return nil, err
		}
		if reply, err := conn.RequestName(s.name, dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
			return nil, fmt.Errorf("claim %s: %v", s.name, err)
		}
	}
	return d, nil
}

// menuItems reads the tray's menu: label → item id.
func (d *desktopServices) menuItems() (map[string]int32, error) {
	d.mu.Lock()
	item := d.item
	d.mu.Unlock()
	if item == "" {
		return nil, fmt.Errorf("no tray item registered")
	}
	var revision uint32
	var layout struct {
		ID       int32
		Props    map[string]dbus.Variant
		Children []dbus.Variant
	}
	call := d.conn.Object(item, "/StatusNotifierItem/menu").Call("com.canonical.dbusmenu.GetLayout", 0, int32(0), int32(-1), []string{})
	if err := call.Store(&revision, &layout); err != nil {
		return nil, fmt.Errorf("read the tray menu: %w", err)
	}
	out := map[string]int32{}
	for _, c := range layout.Children {
		fields, ok := c.Value().([]any)
		if !ok || len(fields) < 2 {
			continue
		}
		id, _ := fields[0].(int32)
		props, _ := fields[1].(map[string]dbus.Variant)
		if label, ok := props["label"].Value().(string); ok {
			out[label] = id
		}
	}
	return out, nil
}

// click clicks the tray menu's item labelled label.
func (d *desktopServices) click(label string) error {
	items, err := d.menuItems()
	if err != nil {
		return err
	}
	id, ok := items[label]
	if !ok {
		return fmt.Errorf("the tray menu has no %q (it has %v)", label, items)
	}
	d.mu.Lock()
	item := d.item
	d.mu.Unlock()
	return d.conn.Object(item, "/StatusNotifierItem/menu").Call("com.canonical.dbusmenu.Event", 0, id, "clicked", dbus.MakeVariant(""), uint32(0)).Err
}

// visible reports whether the window is mapped.
func visible() bool {
	out, _ := exec.Command("xdotool", "search", "--onlyvisible", "--class", "^Venn$").Output()
	return strings.Contains(" "+strings.Join(strings.Fields(string(out)), " ")+" ", " "+h.xid+" ")
}

// testTray closes the window the way a window manager's close button does,
// with "keep in the tray" chosen: the window goes, Venn keeps running and
// syncing, and the tray's menu brings the window back. (Quit Venn in the
// tray is checked to be there; it is pressed in the screens' tests, as
// the walk ends with Ctrl+Q.)
func testTray(t *testing.T) {
	if h.desktop == nil {
		t.Fatal("the walk needs a session bus for the tray (scripts/window-walk runs it under dbus-run-session)")
	}
	deadline := time.Now().Add(10 * time.Second)
	for _, err := h.desktop.menuItems(); err != nil; _, err = h.desktop.menuItems() {
		if time.Now().After(deadline) {
			t.Fatalf("Venn's tray never registered: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	items, _ := h.desktop.menuItems()
	for _, want := range []string{"Open Venn", "Quit Venn"} {
		if _, ok := items[want]; !ok {
			t.Errorf("the tray menu lacks %q: %v", want, items)
		}
	}
	onUI(func() { h.app.Preferences().SetString("close_to_tray", "yes") })
	progress("tray: close the window")
	python := "/usr/bin/python3" // Debian's, with python3-xlib (scripts/setup)
	if _, err := os.Stat(python); err != nil {
		python = "python3"
	}
	if out, err := exec.Command(python, "../../scripts/x-close", h.xid).CombinedOutput(); err != nil {
		t.Fatalf("x-close: %v %s", err, out)
	}
	for deadline := time.Now().Add(5 * time.Second); visible(); time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the window did not close into the tray")
		}
	}
	select {
	case <-h.stopped:
		t.Fatal("closing the window quit Venn")
	default:
	}
	// Still running: a sync pass writes this computer's file.
	ctx := context.Background()
	svc := h.session.Service
	folder := filepath.Join(h.tmp, "shared")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := svc.SetSyncFolder(ctx, folder); err != nil {
		t.Fatal(err)
	}
	if err := svc.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SyncNow(ctx); err != nil {
		t.Fatalf("sync while in the tray: %v", err)
	}
	if files, _ := filepath.Glob(filepath.Join(folder, "Venn", "replicas", "*")); len(files) == 0 {
		t.Fatal("no replica written while in the tray")
	}
	progress("tray: Open Venn")
	if err := h.desktop.click("Open Venn"); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); !visible(); time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("Open Venn in the tray did not bring the window back")
		}
	}
	settle()
	checkFyneErrors(t, "tray")
}
