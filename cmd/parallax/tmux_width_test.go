package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTmuxEmojiKeepPanesStraight opens, side by side in tmux, a source
// full of emoji sequences (skin tones, a heart with VS16, a flag, ZWJ
// families and professions) and a plain one, and asks tmux, from its own
// grid, in which column the second pane's text starts on every row: it is
// the same column on every row. tmux 3.3 measures code point by code
// point and joins what follows a zero-width joiner into one cell; text
// measured by grapheme clusters, or ZWJ sequences sent whole, moved the
// second pane's border on those rows.
func TestTmuxEmojiKeepPanesStraight(t *testing.T) {
	tm := newTmuxServer(t)
	bin := cliBuild(t)
	dir := t.TempDir()
	left := "Crew cheered 👍🏽 at the harbour\n\n" +
		"The crew sent ❤️ to the rescuers, the flag 🇮🇸 flew.\n\n" +
		"A family 👨‍👩‍👧‍👦 waved 👋🏿 from the pier at noon.\n\n" +
		"A 🧑🏽‍🚒 firefighter and a 👩‍⚕️ nurse came off first.\n\n" +
		"Two 👩‍❤️‍👨 and 🏳️‍🌈 and 👍🏻👍🏼👍🏾 on the quay.\n"
	right := "Zed harbour reopens after storm\n\n" +
		"Zed crew thanked the rescuers on Tuesday.\n\n" +
		"Zed families waved from the pier at noon.\n\n" +
		"Zed firefighter and a nurse came off first.\n\n" +
		"Zed people cheered on the quay.\n"
	for name, text := range map[string]string{"emoji.txt": left, "plain.txt": right} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tm.run("new-session", "-d", "-s", "w", "-x", "120", "-y", "30", "-c", dir, "sh")
	tm.run("set-option", "-g", "remain-on-exit", "on")
	tm.run("send-keys", "-t", "w", "exec "+bin+" emoji.txt plain.txt", "Enter")
	screen, ok := tm.waitFor("w", "Zed people", 20*time.Second)
	if !ok {
		t.Fatalf("the reader did not show both sources:\n%s", screen)
	}
	time.Sleep(300 * time.Millisecond) // let the first frames settle
	screen = tm.run("capture-pane", "-p", "-t", "w")

	cols := map[int][]int{} // column -> rows
	emojiRows := 0
	for row, line := range strings.Split(screen, "\n") {
		if !strings.Contains(line, "Zed") || strings.Contains(line, "plain.txt") {
			continue // not a row of text (the header names the source)
		}
		if strings.ContainsAny(line, "👍❤🇮👨🧑👩🏳") {
			emojiRows++
		}
		col := tm.columnOf("w", row, "Z")
		cols[col] = append(cols[col], row)
	}
	if emojiRows < 4 {
		t.Fatalf("only %d rows hold emoji beside the second pane's text; the test shows nothing:\n%s", emojiRows, screen)
	}
	if len(cols) != 1 {
		t.Errorf("the second pane's text starts in different columns (column: rows) %v:\n%s", cols, screen)
	}
}

// columnOf returns the column, in tmux's own grid, of the first ch on the
// row (from 0) of the target's screen, found with copy mode's jump.
func (s *tmuxServer) columnOf(target string, row int, ch string) int {
	s.t.Helper()
	s.run("copy-mode", "-t", target)
	defer s.run("send-keys", "-t", target, "-X", "cancel")
	s.run("send-keys", "-t", target, "-X", "top-line")
	s.run("send-keys", "-t", target, "-X", "start-of-line")
	if row > 0 {
		s.run("send-keys", "-t", target, "-X", "-N", fmt.Sprint(row), "cursor-down")
	}
	s.run("send-keys", "-t", target, "-X", "jump-forward", ch)
	var x, y int
	pos := s.run("display-message", "-p", "-t", target, "#{copy_cursor_x} #{copy_cursor_y}")
	if _, err := fmt.Sscan(pos, &x, &y); err != nil || y != row {
		s.t.Fatalf("copy mode cursor at %q, want row %d", strings.TrimSpace(pos), row)
	}
	return x
}
