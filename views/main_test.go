package views

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/internal/testdisk"
)

// TestMain keeps the tests' folders in memory where it can (see testdisk)
// and removes the demo household made for them.
func TestMain(m *testing.M) {
	if data := os.Getenv(helperRunEnv); data != "" {
		os.Exit(runWindowForTest(data)) // the desktop driver wants the main goroutine
	}
	// The tests read English: the machine's own language must not change
	// the tray's words.
	os.Setenv("LC_ALL", "en_US.UTF-8")
	os.Unsetenv("LANGUAGE")
	os.Unsetenv("VENN_LANG")
	os.Exit(testdisk.Main(&removesTemplate{m}))
}

// removesTemplate runs the tests, then removes the demo template.
type removesTemplate struct{ m *testing.M }

func (r *removesTemplate) Run() int {
	defer func() {
		if dir, err := demoTemplate(); err == nil {
			os.RemoveAll(dir)
		}
	}()
	return r.m.Run()
}

// demoTemplate is a data folder holding the demo household, made once for
// all the screens' tests: a test that needs the demo starts from a copy of
// it, which costs a file copy instead of making the household again (a
// second each under the race detector, for some eighty tests). The copy is
// made on the same clock the tests run on.
var demoTemplate = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "venn-demo-")
	if err != nil {
		return "", err
	}
	ctx := context.Background()
	svc, err := app.Open(ctx, dir, app.Options{Now: testClock, LockWorkFactor: 10, Secrets: noKeychain{}})
	if err != nil {
		return "", fmt.Errorf("open the demo template: %w", err)
	}
	if err := svc.Demo(ctx, 1); err != nil {
		svc.Close()
		return "", fmt.Errorf("make the demo template: %w", err)
	}
	if err := svc.Close(); err != nil {
		return "", fmt.Errorf("close the demo template: %w", err)
	}
	return dir, nil
})

// copyDemo puts a copy of the demo household's database into dir.
func copyDemo(t *testing.T, dir string) {
	t.Helper()
	from, err := demoTemplate()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(from, "venn.db*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("the demo template holds no database (%v)", err)
	}
	for _, f := range files {
		if err := copyFile(f, filepath.Join(dir, filepath.Base(f))); err != nil {
			t.Fatal(err)
		}
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
