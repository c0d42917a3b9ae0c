package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEndToEndReadingRoom runs the built binary in tmux the way a reader
// does: it opens the built-in sample, moves to the next shared passage,
// opens the help, survives resizes down to a too-small terminal and back,
// and quits with status 0.
func TestEndToEndReadingRoom(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the end-to-end test drives parallax inside tmux")
	}
	tm := newTmuxServer(t)
	bin := cliBuild(t)
	dir := t.TempDir()
	tm.run("new-session", "-d", "-s", "e2e", "-x", "160", "-y", "45", "-c", dir, "sh")
	tm.run("set-option", "-g", "remain-on-exit", "on")
	// The shell reports the exit status: tmux 3.3 can mark a pane dead
	// before it reaps the program, and then never learns its status.
	// (printf builds the marker so that the typed command does not hold it.)
	tm.run("send-keys", "-t", "e2e", bin+"; printf 'parallax%sexit=%d\\n' - $?", "Enter")

	screen, ok := tm.waitFor("e2e", "▶ passage ", 30*time.Second)
	if !ok {
		t.Fatalf("the reading room did not open:\n%s", screen)
	}
	// At least two sources side by side, with their text.
	header := strings.SplitN(screen, "\n", 4)
	if len(header) < 3 || strings.Count(header[1], "shared ·") < 2 {
		t.Fatalf("fewer than two panes at 160×45:\n%s", screen)
	}
	if !strings.Contains(screen, "Saltmarsh Belle") {
		t.Fatalf("the sample's text is not on screen:\n%s", screen)
	}

	// ] goes to a passage another source reports too; the others follow.
	before := lastLines(screen, 2)
	tm.run("send-keys", "-t", "e2e", "]")
	screen = waitChange(t, tm, before)
	if !strings.Contains(screen, "reported by") || !strings.Contains(screen, "✓ reports this claim") {
		t.Fatalf("after ] no shared passage is shown in two panes:\n%s", screen)
	}

	// The footer keeps help and quit; w toggles the inline view; d walks
	// the discrepancies; / starts empty and ↑ recalls; a long paste into
	// the prompt is capped and the reader still answers.
	if foot := lastLines(screen, 1); !strings.Contains(foot, "? help") || !strings.Contains(foot, "q quit") {
		t.Fatalf("the footer lacks help or quit:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "w")
	if screen, ok = tm.waitFor("e2e", "inline: the current passage", 5*time.Second); !ok {
		t.Fatalf("w did not turn the inline view on:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "w", "d")
	if screen, ok = tm.waitFor("e2e", "discrepancy 1/", 5*time.Second); !ok {
		t.Fatalf("d did not go to a discrepancy:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "/", "b", "e", "l", "l", "e", "Enter")
	if screen, ok = tm.waitFor("e2e", "match 1/", 5*time.Second); !ok {
		t.Fatalf("the search found nothing:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "/", "Up")
	if screen, ok = tm.waitFor("e2e", "/belle", 5*time.Second); !ok {
		t.Fatalf("↑ did not recall the search:\n%s", screen)
	}
	paste := filepath.Join(dir, "paste.txt")
	if err := os.WriteFile(paste, []byte(strings.Repeat("x", 1<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
	tm.run("load-buffer", paste)
	tm.run("paste-buffer", "-p", "-t", "e2e")
	if screen, ok = tm.waitFor("e2e", "/xxxx", 10*time.Second); !ok {
		t.Fatalf("the paste went nowhere:\n%s", screen)
	}
	time.Sleep(500 * time.Millisecond)
	tm.run("send-keys", "-t", "e2e", "Escape")
	if screen, ok = tm.waitFor("e2e", "]/[ shared", 10*time.Second); !ok {
		t.Fatalf("after a long paste the reader did not come back:\n%s", screen)
	}

	// Sources are named by file (the sample has no outlet names), and e
	// exports from the reader into the folder parallax was started in.
	if !strings.Contains(screen, "harbour-gazette.txt") {
		t.Fatalf("the panes do not name their sources:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "e")
	if screen, ok = tm.waitFor("e2e", "parallax-report.md", 5*time.Second); !ok {
		t.Fatalf("e did not offer a file to export to:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "Enter")
	if screen, ok = tm.waitFor("e2e", "wrote the report to", 10*time.Second); !ok {
		t.Fatalf("the export from the reader did not say where it went:\n%s", screen)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "parallax-report.md")); err != nil || !strings.HasPrefix(string(b), "# ") {
		t.Fatalf("the export from the reader is not in %s: %v", dir, err)
	}

	tm.run("send-keys", "-t", "e2e", "?")
	if screen, ok = tm.waitFor("e2e", "In the panes", 5*time.Second); !ok || !strings.Contains(screen, "previous shared passage") {
		t.Fatalf("? did not show the help:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "Escape")
	if screen, ok = tm.waitFor("e2e", "▶ passage ", 5*time.Second); !ok {
		t.Fatalf("esc did not close the help:\n%s", screen)
	}

	for _, size := range []struct {
		w, h string
		want string
	}{
		{"70", "18", "▶ passage "},
		{"20", "6", "too small"},
		{"160", "45", "▶ passage "},
	} {
		tm.run("resize-window", "-t", "e2e", "-x", size.w, "-y", size.h)
		if screen, ok = tm.waitFor("e2e", size.want, 5*time.Second); !ok {
			t.Fatalf("at %s×%s the screen does not say %q:\n%s", size.w, size.h, size.want, screen)
		}
	}
	if header := strings.SplitN(screen, "\n", 3); strings.Count(header[1], "shared ·") < 2 {
		t.Fatalf("back at 160×45, fewer than two panes:\n%s", screen)
	}

	tm.run("send-keys", "-t", "e2e", "q")
	screen, ok = tm.waitFor("e2e", "parallax-exit=", 10*time.Second)
	if !ok {
		t.Fatalf("q did not end parallax:\n%s", screen)
	}
	if !strings.Contains(screen, "parallax-exit=0") {
		t.Fatalf("parallax did not exit with status 0:\n%s", screen)
	}
}

// lastLines returns the last n lines of a screen.
func lastLines(screen string, n int) string {
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	return strings.Join(lines[max(len(lines)-n, 0):], "\n")
}

// waitChange waits until the bottom lines of the screen differ from
// before, and returns the screen.
func waitChange(t *testing.T, tm *tmuxServer, before string) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		screen := tm.run("capture-pane", "-p", "-t", "e2e")
		if lastLines(screen, 2) != before || time.Now().After(deadline) {
			return screen
		}
		time.Sleep(100 * time.Millisecond)
	}
}
