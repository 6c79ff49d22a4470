// Package autostart starts Venn, in the tray, when the user logs in: an XDG
// autostart entry on Linux (and the BSDs), a LaunchAgent on macOS and a Run
// key on Windows. Each is a small file or value naming Venn's executable
// with --tray; turning the option off removes it.
package autostart

import (
	"fmt"
	"os"
	"strings"
)

// Args are what Venn is started with at login.
var Args = []string{"--tray"}

// appID names the entry (the same id as FyneApp.toml's).
const appID = "app.venn.planner"

// Enable makes the system start exe with Args at login.
func Enable(exe string) error {
	if exe == "" {
		return fmt.Errorf("start at login: no program to start")
	}
	if err := enable(exe); err != nil {
		return fmt.Errorf("start at login: %w", err)
	}
	return nil
}

// Disable stops starting Venn at login; it is fine if it never did.
func Disable() error {
	if err := disable(); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("stop starting at login: %w", err)
	}
	return nil
}

// Enabled reports whether Venn starts at login.
func Enabled() bool { return enabled() }

// Where says, for Settings, where the entry lives.
func Where() string { return where() }

// desktopQuote quotes an argument of a desktop entry's Exec key (the
// Desktop Entry Specification's rules): always in double quotes, with ",
// `, $ and \ escaped.
func desktopQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "`", "\\`", `$`, `\$`)
	return `"` + r.Replace(s) + `"`
}

// desktopEntry is the XDG autostart file for exe.
func desktopEntry(exe string) string {
	exec := []string{desktopQuote(exe)}
	exec = append(exec, Args...)
	return strings.Join([]string{
		"[Desktop Entry]",
		"Type=Application",
		"Name=Venn",
		"Comment=Start Venn in the tray when you log in",
		"Exec=" + strings.Join(exec, " "),
		"Icon=" + appID,
		"Terminal=false",
		"X-GNOME-Autostart-enabled=true",
		"StartupWMClass=Venn",
		"",
	}, "\n")
}

// launchAgent is the macOS LaunchAgent property list for exe.
func launchAgent(exe string) string {
	var args strings.Builder
	for _, a := range append([]string{exe}, Args...) {
		args.WriteString("\t\t<string>" + xmlEscape(a) + "</string>\n")
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Label</key>
	<string>` + appID + `</string>
	<key>ProgramArguments</key>
	<array>
` + args.String() + `	</array>
	<key>RunAtLoad</key>
	<true/>
</dict>
</plist>
`
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
