package main

import (
	"strings"
	"testing"
	"time"
)

// TestAPackageIsSaidWhenItEndsAndAFailureWithItsOutput: packages are
// printed in the order they end, not the order they were listed; a failed
// test's output is printed whole; a passing test's is not.
func TestAPackageIsSaidWhenItEndsAndAFailureWithItsOutput(t *testing.T) {
	stream := strings.Join([]string{
		`{"Action":"start","Package":"v/app"}`,
		`{"Action":"start","Package":"v/model"}`,
		`{"Action":"run","Package":"v/app","Test":"TestSlow"}`,
		`{"Action":"output","Package":"v/model","Test":"TestQuick","Output":"quiet line\n"}`,
		`{"Action":"pass","Package":"v/model","Test":"TestQuick","Elapsed":0.01}`,
		`{"Action":"pass","Package":"v/model","Elapsed":0.2}`,
		`{"Action":"output","Package":"v/app","Test":"TestSlow","Output":"    app_test.go:12: Zoë's answer was lost\n"}`,
		`{"Action":"fail","Package":"v/app","Test":"TestSlow","Elapsed":3}`,
		`{"Action":"fail","Package":"v/app","Elapsed":3.5}`,
		`{"Action":"start","Package":"v/cli"}`,
		`{"Action":"output","Package":"v/cli","Output":"?   \tv/cli\t[no test files]\n"}`,
		`{"Action":"skip","Package":"v/cli","Elapsed":0}`,
	}, "\n")
	var out strings.Builder
	failed, err := report(strings.NewReader(stream), &out, time.Now())
	if err != nil || !failed {
		t.Fatalf("failed %v, err %v", failed, err)
	}
	text := out.String()
	model, app := strings.Index(text, "ok   v/model"), strings.Index(text, "FAIL v/app")
	if model < 0 || app < 0 || model > app {
		t.Errorf("the packages are not said as they end:\n%s", text)
	}
	if !strings.Contains(text, "Zoë's answer was lost") || strings.Contains(text, "quiet line") {
		t.Errorf("a failure's output is missing, or a pass's is shown:\n%s", text)
	}
	if !strings.Contains(text, "--   v/cli") {
		t.Errorf("a package without tests is not said so:\n%s", text)
	}
}

// TestAStreamCutShortFails: a package that started and never ended (the
// run was killed, or timed out) is a failure.
func TestAStreamCutShortFails(t *testing.T) {
	var out strings.Builder
	failed, _ := report(strings.NewReader(`{"Action":"start","Package":"v/views"}`), &out, time.Now())
	if !failed || !strings.Contains(out.String(), "never ended") {
		t.Errorf("a cut stream passed:\n%s", out.String())
	}
}
