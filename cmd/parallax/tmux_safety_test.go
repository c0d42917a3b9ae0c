package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxServer is a private tmux server for one test.
type tmuxServer struct {
	t      *testing.T
	socket string
}

// newTmuxServer starts nothing yet; tmux starts its server with the first
// session. It skips the test when tmux is not installed.
func newTmuxServer(t *testing.T) *tmuxServer {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the terminal-safety test needs it")
	}
	// A socket in the test's own directory: no other server is touched,
	// and nothing is left behind.
	s := &tmuxServer{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock")}
	t.Cleanup(func() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	return s
}

// run runs a tmux command on the private server and returns its output.
func (s *tmuxServer) run(args ...string) string {
	s.t.Helper()
	cmd := exec.Command("tmux", append([]string{"-S", s.socket, "-f", "/dev/null"}, args...)...)
	cmd.Env = append(os.Environ(), "TMUX=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// waitFor polls the pane until its text contains want, or gives up when
// the time is up or the pane's program has ended.
func (s *tmuxServer) waitFor(target, want string, d time.Duration) (string, bool) {
	deadline := time.Now().Add(d)
	for {
		screen := s.run("capture-pane", "-p", "-t", target)
		if strings.Contains(screen, want) {
			return screen, true
		}
		dead := strings.TrimSpace(s.run("display-message", "-p", "-t", target, "#{pane_dead}")) == "1"
		if dead || time.Now().After(deadline) {
			return screen, false
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestTmuxTerminalSafety opens an article full of escape sequences in the
// reader inside tmux, with set-clipboard on, and checks that nothing
// reaches tmux's clipboard, the article's clear-screen and colour codes are
// never written to the terminal, and the article's words still show.
func TestTmuxTerminalSafety(t *testing.T) {
	tm := newTmuxServer(t)
	bin := cliBuild(t)
	dir := t.TempDir()
	payload := base64.StdEncoding.EncodeToString([]byte("PARALLAX-CLIPBOARD-LEAK"))
	article := "Harbour bridge reopens\n\n" +
		"Officials \x1b]52;c;" + payload + "\x07confirmed the bridge reopened on Tuesday.\n\n" +
		"\x1b[2J\x1b[31mColourful\x1b[0m words stay on the screen, said the mayor.\n\n" +
		"A \x1b]8;;http://evil.test/\x1b\\hidden link\x1b]8;;\x1b\\ and a \x1bP1$r0m\x1b\\ device string end here.\n"
	if err := os.WriteFile(filepath.Join(dir, "hostile.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	stream := filepath.Join(dir, "stream.bin")

	tm.run("new-session", "-d", "-s", "px", "-x", "100", "-y", "30", "-c", dir, "sh")
	tm.run("set-option", "-g", "set-clipboard", "on")
	tm.run("set-option", "-g", "remain-on-exit", "on") // to see why parallax ended

	// First prove the check works: a raw OSC 52 from the shell does land
	// in tmux's buffers.
	tm.run("send-keys", "-t", "px", fmt.Sprintf(`printf '\033]52;c;%s\007'; echo control-$((40+2))`, payload), "Enter")
	if _, ok := tm.waitFor("px", "control-42", 5*time.Second); !ok {
		t.Fatal("the shell in tmux did not run the control command")
	}
	time.Sleep(200 * time.Millisecond)
	if bufs := tm.run("list-buffers"); !strings.Contains(tm.run("show-buffer"), "PARALLAX-CLIPBOARD-LEAK") {
		t.Fatalf("control: an OSC 52 write did not reach tmux's clipboard (buffers %q); the test could not see a leak", bufs)
	}
	tm.run("delete-buffer")
	if bufs := tm.run("list-buffers"); bufs != "" {
		t.Fatalf("buffers left after delete-buffer: %q", bufs)
	}

	tm.run("send-keys", "-t", "px", "clear", "Enter")
	tm.run("pipe-pane", "-o", "-t", "px", "cat > "+stream)
	tm.run("send-keys", "-t", "px", "exec "+bin+" hostile.txt", "Enter")
	screen, ok := tm.waitFor("px", "Colourful", 20*time.Second)
	if alt := strings.TrimSpace(tm.run("display-message", "-p", "-t", "px", "#{alternate_on}")); alt != "1" {
		t.Fatalf("parallax never drew its full-screen reader; the pane shows:\n%s", strings.TrimSpace(screen))
	}
	if !ok {
		t.Fatalf("the article's words never showed:\n%s", screen)
	}
	time.Sleep(500 * time.Millisecond) // let it finish drawing
	screen = tm.run("capture-pane", "-p", "-t", "px")
	for _, words := range []string{"confirmed the bridge", "Colourful", "words stay"} {
		if !strings.Contains(screen, words) {
			t.Errorf("%q is not on screen:\n%s", words, screen)
		}
	}
	if !strings.Contains(screen, "␛") {
		t.Errorf("no visible placeholder for the escape sequences on screen:\n%s", screen)
	}
	tm.run("send-keys", "-t", "px", "q")
	time.Sleep(time.Second)

	if bufs := tm.run("list-buffers"); bufs != "" {
		t.Errorf("parallax wrote to tmux's clipboard: %q", bufs)
	}
	raw, err := os.ReadFile(stream)
	if err != nil {
		t.Fatal(err)
	}
	for _, seq := range []string{"\x1b]52", "\u009d52", "\x1b[2J\x1b[31m", "\x1b]8;;http://evil", "\x1bP1$r"} {
		if bytes.Contains(raw, []byte(seq)) {
			t.Errorf("the article's %q reached the terminal raw", seq)
		}
	}
}
