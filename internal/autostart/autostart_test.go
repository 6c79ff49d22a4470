package autostart

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestLinuxEntryIsWrittenValidAndRemoved(t *testing.T) {
	if _, err := os.Stat("/etc/os-release"); err != nil {
		t.Skip("not a Linux desktop")
	}
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	exe := `/home/zoë/My Apps/venn "beta"`
	if Enabled() {
		t.Fatal("enabled before")
	}
	if err := Enable(exe); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(Where())
	if err != nil || !Enabled() {
		t.Fatalf("no entry at %s: %v", Where(), err)
	}
	if want := `Exec="/home/zoë/My Apps/venn \"beta\"" --tray`; !strings.Contains(string(data), want) {
		t.Errorf("Exec line: want %s in\n%s", want, data)
	}
	if v, err := exec.LookPath("desktop-file-validate"); err == nil {
		if out, err := exec.Command(v, Where()).CombinedOutput(); err != nil || len(strings.TrimSpace(string(out))) > 0 {
			t.Errorf("desktop-file-validate: %v\n%s", err, out)
		}
	} else if os.Getenv("CI") != "" {
		t.Error("desktop-file-validate is needed (scripts/setup installs it)")
	}
	if err := Disable(); err != nil || Enabled() {
		t.Fatalf("disable: %v, still enabled %v", err, Enabled())
	}
	if err := Disable(); err != nil {
		t.Errorf("disabling twice: %v", err)
	}
}

func TestLaunchAgentNamesTheProgram(t *testing.T) {
	plist := launchAgent("/Applications/Venn & Co.app/Contents/MacOS/venn")
	for _, want := range []string{"<string>app.venn.planner</string>", "<string>/Applications/Venn &amp; Co.app/Contents/MacOS/venn</string>", "<string>--tray</string>", "<key>RunAtLoad</key>"} {
		if !strings.Contains(plist, want) {
			t.Errorf("the plist lacks %s", want)
		}
	}
}
