package app

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// crashChildEnv makes the test binary act as the writer child.
const crashChildEnv = "VENN_CRASH_CHILD_DIR"

// runCrashChild writes goals as fast as it can and prints each id once the
// write returned (committed with synchronous=FULL), until it is killed.
func runCrashChild(dir string) {
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		fmt.Println("open failed:", err)
		os.Exit(3)
	}
	if _, _, err := s.Household(ctx); err != nil {
		if err := s.SaveHousehold(ctx, HouseholdSetup{Currency: "EUR", WeekStart: time.Monday,
			A: PartnerSetup{"Maya", "#3b82f6"}, B: PartnerSetup{"Liam", "#e07a5f"}}); err != nil {
			fmt.Println("setup failed:", err)
			os.Exit(3)
		}
	}
	w := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr(fmt.Sprintf("Edit %d", i)), Notes: model.Ptr(strings.Repeat("n", i%500))})
		if err != nil {
			fmt.Println("write failed:", err)
			os.Exit(3)
		}
		fmt.Fprintln(w, g.ID)
		w.Flush()
	}
}

// TestSurvivesKillNine kills a writing child process with SIGKILL after a
// random number of its writes, in the middle of the next, 50 times: every
// time the database opens, passes SQLite's integrity check, and holds every
// edit the child had acknowledged.
func TestSurvivesKillNine(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process 50 times")
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(9, 9))
	acked := map[string]bool{}
	for round := range 50 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Kill the child after a random number of acknowledged writes, in
		// the middle of the next: counted, never timed, so a slow machine
		// crashes it at the same points (a hang is the test timeout's).
		killAfter := 1 + rng.IntN(30)
		seen := 0
		for l := range lines {
			if strings.Contains(l, "failed") {
				t.Fatalf("round %d: child: %s", round, l)
			}
			if len(l) != 36 {
				continue
			}
			acked[l] = true
			if seen++; seen == killAfter {
				cmd.Process.Signal(syscall.SIGKILL)
				break
			}
		}
		if seen < killAfter {
			t.Fatalf("round %d: the child stopped by itself after %d writes", round, seen)
		}
		for l := range lines { // what it printed before dying was acknowledged
			if len(l) == 36 {
				acked[l] = true
			}
		}
		cmd.Wait()

		st, err := storage.Open(context.Background(), dir, storage.Options{})
		if err != nil {
			t.Fatalf("round %d: reopen after kill -9: %v", round, err)
		}
		check, err := st.IntegrityCheck(context.Background())
		if err != nil || len(check) != 1 || check[0] != "ok" {
			t.Fatalf("round %d: integrity %v %v", round, check, err)
		}
		goals, err := st.Goals(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, g := range goals {
			have[g.ID] = true
		}
		for id := range acked {
			if !have[id] {
				t.Fatalf("round %d: acknowledged edit %s is gone", round, id)
			}
		}
		st.Close()
	}
	t.Logf("%d acknowledged edits survived 50 kills", len(acked))
}
