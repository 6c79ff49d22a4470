// Command testlines reads `go test -json` on its input and prints a line
// for each package as soon as its tests end ("ok", "FAIL" or "no tests",
// with the time taken), and the whole output of every test that failed,
// so a long run shows its progress instead of holding every line back
// until the packages before it are done. It exits 1 when anything failed
// (or the stream was cut short), so it can end a pipeline.
//
//	go test -race -json ./... | go run ./internal/tools/testlines
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// event is one line of `go test -json` (cmd/test2json's TestEvent).
type event struct {
	Action  string
	Package string
	Test    string
	Elapsed float64
	Output  string
}

func main() {
	failed, err := report(os.Stdin, os.Stdout, time.Now())
	if err != nil {
		fmt.Fprintln(os.Stderr, "testlines:", err)
		os.Exit(1)
	}
	if failed {
		os.Exit(1)
	}
}

// report prints each package's result as it ends and the output of the
// tests that failed; failed is whether any test, package or build failed.
func report(in io.Reader, out io.Writer, start time.Time) (failed bool, err error) {
	outputs := map[string]*strings.Builder{} // package + test → its output
	ended := map[string]bool{}
	started := map[string]bool{}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if json.Unmarshal(line, &e) != nil || e.Action == "" {
			fmt.Fprintln(out, string(line)) // a build error, printed as the go command wrote it
			failed = failed || strings.Contains(string(line), "FAIL")
			continue
		}
		key := e.Package + " " + e.Test
		switch e.Action {
		case "start":
			started[e.Package] = true
		case "output":
			if outputs[key] == nil {
				outputs[key] = &strings.Builder{}
			}
			outputs[key].WriteString(e.Output)
		case "pass", "skip":
			if e.Test == "" {
				ended[e.Package] = true
				fmt.Fprintf(out, "%-4s %-55s %7.1fs  (%s in)\n", word(e.Action, outputs[key]), e.Package, e.Elapsed, since(start))
			}
			delete(outputs, key)
		case "fail":
			failed = true
			if e.Test == "" {
				ended[e.Package] = true
				if b := outputs[key]; b != nil {
					fmt.Fprint(out, b.String())
				}
				fmt.Fprintf(out, "FAIL %-55s %7.1fs  (%s in)\n", e.Package, e.Elapsed, since(start))
			} else if b := outputs[key]; b != nil {
				fmt.Fprint(out, b.String())
			}
			delete(outputs, key)
		}
	}
	if err := sc.Err(); err != nil {
		return true, fmt.Errorf("read the test events: %w", err)
	}
	for pkg := range started {
		if !ended[pkg] {
			fmt.Fprintf(out, "FAIL %s: its tests never ended\n", pkg)
			failed = true
		}
	}
	return failed, nil
}

// word is how a package that passed is shown: "ok", or "--" when it has
// no tests.
func word(action string, output *strings.Builder) string {
	if action == "skip" || (output != nil && strings.Contains(output.String(), "[no test files]")) {
		return "--"
	}
	return "ok"
}

// since is the time since start, in minutes and seconds.
func since(start time.Time) string {
	d := time.Since(start).Round(time.Second)
	return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
}
