package layers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// mayImport is Venn's architecture: each of its packages (by its path in
// the module, "." for main.go) and the packages of Venn it may import.
// Dependencies point one way: views → app → storage and report → model;
// cli → app. Anything else of Venn's is an arrow the architecture forbids.
var mayImport = map[string][]string{
	".":   {"cli", "views"},
	"cli": {"app", "app/summary", "storage", "storage/replica", "i18n", "internal/atomicfile"},
	"views": {"app", "app/diag", "app/summary", "i18n", "model", "model/chart", "views/forms", "views/widgets", "internal/atomicfile",
		"internal/autostart"},
	"views/forms":   {"app", "i18n", "model", "views/widgets"}, // never views: a screen hands a form a Host
	"views/walk":    {},                                        // tests only: they drive views as a person would
	"views/widgets": {"i18n", "model", "model/chart"},

	"app/summary": {"app", "i18n", "model", "model/chart", "report", "storage"},
	"app": {"app/demo", "app/export", "app/ics", "i18n", "model", "model/chart", "report", "storage", "storage/replica", "storage/vault",
		"internal/atomicfile"},
	"app/demo":   {"model", "storage"},
	"app/export": {"model", "storage"},
	"app/ics":    {"i18n", "model"},
	"app/diag":   {},

	"storage/replica":        {"model", "storage", "internal/atomicfile"},
	"storage":                {"model", "storage/vault", "internal/atomicfile"},
	"storage/vault":          {"storage/vault/guessing"},
	"storage/vault/guessing": {},
	"report":                 {"i18n", "model", "model/chart"},
	"i18n":                   {},
	"model":                  {"i18n"}, // its fixed sentences and validation messages, in the language asked for
	"model/chart":            {},

	"internal/atomicfile":       {},
	"internal/autostart":        {"internal/atomicfile"},
	"internal/testdisk":         {},
	"internal/layers":           {},
	"internal/tools/barewindow": {},
	"internal/tools/funclen":    {},
	"internal/tools/testlines":  {},
}

// pkg is what go list says of one of Venn's packages.
type pkg struct {
	ImportPath     string
	Dir            string
	GoFiles        []string
	CgoFiles       []string
	IgnoredGoFiles []string // files for other systems are imports too
}

// module lists Venn's packages and returns the module's path and folder.
func module(t *testing.T) (path, dir string, pkgs []pkg) {
	t.Helper()
	out := goList(t, "-m", "-f", "{{.Path}}\t{{.Dir}}")
	path, dir, _ = strings.Cut(strings.TrimSpace(out), "\t")
	dec := json.NewDecoder(strings.NewReader(goList(t, "-json=ImportPath,Dir,GoFiles,CgoFiles,IgnoredGoFiles", path+"/...")))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("read go list's packages: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	lookAtEveryFolder(t, dir)
	return path, dir, pkgs
}

// lookAtEveryFolder lists each folder of the module. go test keeps a
// passing result for as long as the files a test opened stay the same, and
// does not see what go list read: listing the folders here makes a new
// file or a new package run the test again.
func lookAtEveryFolder(t *testing.T, root string) {
	t.Helper()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		return nil
	})
	if err != nil {
		t.Fatalf("list the module's folders: %v", err)
	}
}

func goList(t *testing.T, args ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// arrow is one import of one of Venn's packages by another.
type arrow struct {
	from, to string
	where    string // file:line
}

// arrows reads the imports of a package's files, for every system (tests
// left out: they may reach further down to set up what they check).
func arrows(t *testing.T, modPath, modDir string, p pkg) []arrow {
	t.Helper()
	from := rel(modPath, p.ImportPath)
	var out []arrow
	fset := token.NewFileSet()
	for _, name := range slices.Concat(p.GoFiles, p.CgoFiles, p.IgnoredGoFiles) {
		if strings.HasSuffix(name, "_test.go") || !strings.HasSuffix(name, ".go") {
			continue
		}
		path := filepath.Join(p.Dir, name)
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatalf("read the imports of %s: %v", path, err)
		}
		for _, imp := range f.Imports {
			target, _ := strconv.Unquote(imp.Path.Value)
			if target != modPath && !strings.HasPrefix(target, modPath+"/") {
				continue
			}
			pos := fset.Position(imp.Pos())
			file, _ := filepath.Rel(modDir, pos.Filename)
			out = append(out, arrow{from: from, to: rel(modPath, target), where: fmt.Sprintf("%s:%d", filepath.ToSlash(file), pos.Line)})
		}
	}
	return out
}

// rel is a package's path in the module: "." for the module's root.
func rel(modPath, importPath string) string {
	if importPath == modPath {
		return "."
	}
	return strings.TrimPrefix(importPath, modPath+"/")
}

// TestImportsFollowTheLayers fails on an import the architecture forbids.
func TestImportsFollowTheLayers(t *testing.T) {
	modPath, modDir, pkgs := module(t)
	seen := map[string]bool{}
	for _, p := range pkgs {
		name := rel(modPath, p.ImportPath)
		seen[name] = true
		allowed, placed := mayImport[name]
		if !placed {
			t.Errorf("%s is not placed in Venn's architecture: add it to mayImport in internal/layers and draw it in docs/ARCHITECTURE.md", name)
			continue
		}
		for _, a := range arrows(t, modPath, modDir, p) {
			if !slices.Contains(allowed, a.to) {
				t.Errorf("%s imports %s (%s): the architecture forbids this arrow; %s may import %s",
					a.from, a.to, a.where, a.from, orNothing(allowed))
			}
		}
	}
	for name := range mayImport {
		if !seen[name] {
			t.Errorf("mayImport places %s, which is no package of Venn's any more: take it out (and out of docs/ARCHITECTURE.md)", name)
		}
	}
}

func orNothing(names []string) string {
	if len(names) == 0 {
		return "nothing of Venn's"
	}
	return strings.Join(names, ", ")
}

// TestTheArchitectureNamesEveryPackage keeps docs/ARCHITECTURE.md's map
// whole: every package of Venn's is named there.
func TestTheArchitectureNamesEveryPackage(t *testing.T) {
	modPath, modDir, pkgs := module(t)
	doc, err := os.ReadFile(filepath.Join(modDir, "docs", "ARCHITECTURE.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		name := rel(modPath, p.ImportPath)
		if name == "." {
			name = "main.go"
		}
		if !bytes.Contains(doc, []byte(name)) {
			t.Errorf("docs/ARCHITECTURE.md does not name %s", name)
		}
	}
}
