// Command venn is a desktop planner for two partners: personal and shared
// goals on one board, kept in a local SQLite file. With no sub-command it
// opens the window; see `venn help` for the command line.
package main

import (
	"context"
	_ "embed"
	"os"
	"os/signal"

	"fyne.io/fyne/v2"

	"github.com/vennplanner/venn/cli"
	"github.com/vennplanner/venn/views"
)

//go:embed assets/Icon.png
var icon []byte

// version matches FyneApp.toml; `fyne package` stamps its own metadata too.
const version = "0.1.0"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	cli.Version, views.Version = version, version
	openWindow := func(ctx context.Context, dataDir string, trayOnly bool) error {
		return views.Run(ctx, dataDir, fyne.NewStaticResource("Icon.png", icon), views.StartOptions{TrayOnly: trayOnly})
	}
	code := cli.Main(ctx, os.Args[1:], os.Stdout, os.Stderr, openWindow)
	stop()
	os.Exit(code)
}
