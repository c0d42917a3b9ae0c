package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// screenPanes cuts a screen of the reader into its panes' columns, found
// from the header's rule (one run of ━ or ─ a pane): for each pane, its
// header's relation line and its body's lines. The sample's text is one
// cell a character, so columns are runes.
type screenPanes struct {
	relation []string   // each pane's third header line
	body     [][]string // each pane's lines under the rule
}

// panesOf finds the panes on screen, or fails.
func panesOf(t *testing.T, screen string) screenPanes {
	t.Helper()
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	ruleAt := -1
	for i, l := range lines {
		if strings.Contains(l, "━━━━") {
			ruleAt = i
			break
		}
	}
	if ruleAt < 3 {
		t.Fatalf("no pane header rule on screen:\n%s", screen)
	}
	rule := []rune(lines[ruleAt])
	var cols [][2]int
	for i := 0; i < len(rule); {
		if rule[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(rule) && rule[j] != ' ' {
			j++
		}
		cols = append(cols, [2]int{i, j})
		i = j
	}
	cut := func(l string, c [2]int) string {
		r := []rune(l)
		if c[0] >= len(r) {
			return ""
		}
		return string(r[c[0]:min(c[1], len(r))])
	}
	var sp screenPanes
	for _, c := range cols {
		sp.relation = append(sp.relation, cut(lines[ruleAt-1], c))
		var body []string
		// The body runs down to the status and footer lines.
		for _, l := range lines[ruleAt+1 : len(lines)-2] {
			body = append(body, cut(l, c))
		}
		sp.body = append(sp.body, body)
	}
	return sp
}

// currentRow is the first body row of pane i marked as the current
// passage or its match (▌), or -1.
func (sp screenPanes) currentRow(i int) int {
	for r, l := range sp.body[i] {
		if strings.HasPrefix(l, "▌") {
			return r
		}
	}
	return -1
}

var passageCount = regexp.MustCompile(`passage (\d+)/(\d+) in this source`)

// passageOf reads "passage N/M in this source" from a screen.
func passageOf(t *testing.T, screen string) (n, m int) {
	t.Helper()
	p := passageCount.FindStringSubmatch(screen)
	if p == nil {
		t.Fatalf("no current passage on screen:\n%s", screen)
	}
	n, _ = strconv.Atoi(p[1])
	m, _ = strconv.Atoi(p[2])
	return n, m
}

// fillerText is n paragraphs of made-up sentences drawn from words, which
// no other source of the test shares, so that they match nothing.
func fillerText(words []string, n, seed int) string {
	var b strings.Builder
	x := seed
	for p := 0; p < n; p++ {
		for s := 0; s < 3; s++ {
			for w := 0; w < 9; w++ {
				x = (x*1103515245 + 12345) & 0x7fffffff
				word := words[x%len(words)]
				if w == 0 {
					word = strings.ToUpper(word[:1]) + word[1:]
				}
				b.WriteString(word)
				if w < 8 {
					b.WriteString(" ")
				}
			}
			b.WriteString(". ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// TestEndToEndMatchesSideBySide runs the built binary in tmux, without
// colour, on two reports that share two facts, each with many paragraphs
// of its own before, between and after them, and checks that when the
// current passage moves to a shared fact its match in the other pane
// starts on the same screen row, and that the match reads in its own
// words unless w puts the missing ones in.
func TestEndToEndMatchesSideBySide(t *testing.T) {
	tm := newTmuxServer(t)
	bin := cliBuild(t)
	dir := t.TempDir()
	one := strings.Fields("amber basalt cobalt dune ember fjord glacier harbour inlet juniper kelp lagoon meadow nettle orchard pebble quarry reed saffron tundra umber valley willow yarrow zinnia")
	two := strings.Fields("anvil bellows chisel dowel easel forge gimlet hammer ingot jigsaw kiln lathe mallet nail oilstone plane rasp solder trowel vise wrench")
	fact1 := "The lighthouse keeper counted 4,212 gulls on the northern cliffs at dawn on Monday.\n\n"
	fact2 := "A new ferry timetable for the winter months will be published by the council next week.\n\n"
	// The second source words it a little differently: an edit, not a
	// rewording, so that w has words to put in.
	fact2b := "A new ferry timetable for the winter will be published by the town council next week.\n\n"
	a := "Morning bulletin\n\n" + fillerText(one, 8, 1) + fact1 + fillerText(one, 8, 2) + fact2 + fillerText(one, 8, 3)
	b := "Island notebook\n\n" + fillerText(two, 9, 4) + fact1 + fillerText(two, 7, 5) + fact2b + fillerText(two, 9, 6)
	for name, text := range map[string]string{"one.txt": a, "two.txt": b} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tm.run("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", "-c", dir, "sh")
	tm.run("set-option", "-g", "remain-on-exit", "on")
	tm.run("send-keys", "-t", "e2e", "NO_COLOR=1 "+bin+" one.txt two.txt", "Enter")
	screen, ok := tm.waitFor("e2e", "▶ passage ", 30*time.Second)
	if !ok {
		t.Fatalf("the reading room did not open:\n%s", screen)
	}
	for _, fact := range []string{"4,212 gulls", "ferry timetable"} {
		before := lastLines(screen, 2)
		tm.run("send-keys", "-t", "e2e", "]")
		screen = waitChange(t, tm, before)
		sp := panesOf(t, screen)
		if len(sp.body) != 2 || !strings.Contains(sp.relation[1], "✓ reports this claim") {
			t.Fatalf("after ] the other pane does not report the claim:\n%s", screen)
		}
		cur, match := sp.currentRow(0), sp.currentRow(1)
		if cur <= 0 || !strings.Contains(strings.Join(sp.body[0][cur:min(cur+3, len(sp.body[0]))], " "), strings.Fields(fact)[0]) {
			t.Fatalf("after ] the current passage is not the shared fact %q (row %d):\n%s", fact, cur, screen)
		}
		if match != cur {
			t.Fatalf("the current passage (%q) starts on row %d, its match on row %d:\n%s", fact, cur, match, screen)
		}
	}

	// The match reads in its own words, what only it has marked ({+town+}
	// without colour), none of the current passage's words put in; w puts
	// them in, struck ([-months-]), and takes them out again.
	match := func() string {
		sp := panesOf(t, tm.run("capture-pane", "-p", "-t", "e2e"))
		return strings.Join(sp.body[1], "\n")
	}
	if m := match(); !strings.Contains(m, "{+town+}") || strings.Contains(m, "[-") {
		t.Fatalf("the match does not read in its own words with its own words marked:\n%s", m)
	}
	tm.run("send-keys", "-t", "e2e", "w")
	if screen, ok = tm.waitFor("e2e", "[-months-]", 5*time.Second); !ok {
		t.Fatalf("w did not put the current passage's missing words into the match:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "w")
	time.Sleep(300 * time.Millisecond)
	if m := match(); strings.Contains(m, "[-") || !strings.Contains(m, "{+town+}") {
		t.Fatalf("w did not take the missing words out again:\n%s", m)
	}
	tm.run("send-keys", "-t", "e2e", "q")
}

// TestEndToEndPagingCopyPager runs the built binary on the sample in tmux
// at 120×40 and checks, as a reader sees it, that page down and page up
// reach the last and the first passage; that y puts the
// passage with its citation on the clipboard by OSC 52 and says so; and
// that o opens $PAGER at the passage's paragraph and comes back to the
// reader; and that " opens the quotes list.
func TestEndToEndPagingCopyPager(t *testing.T) {
	tm := newTmuxServer(t)
	bin := cliBuild(t)
	dir := t.TempDir()
	// A pager that records how it was called and what it was given. It is
	// called less so that the reader passes it +N, as it does less.
	pagerDir := filepath.Join(dir, "bin")
	if err := os.Mkdir(pagerDir, 0o755); err != nil {
		t.Fatal(err)
	}
	argsFile, shownFile := filepath.Join(dir, "pager-args"), filepath.Join(dir, "pager-shown")
	script := fmt.Sprintf("#!/bin/sh\nprintf '%%s\\n' \"$@\" > %s\nfor f; do :; done\ncp \"$f\" %s\n", argsFile, shownFile)
	if err := os.WriteFile(filepath.Join(pagerDir, "less"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}

	tm.run("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", "-c", dir, "sh")
	tm.run("set-option", "-g", "set-clipboard", "on")
	tm.run("set-option", "-g", "remain-on-exit", "on")
	tm.run("send-keys", "-t", "e2e", "PAGER="+filepath.Join(pagerDir, "less")+" "+bin+"; printf 'parallax%sexit=%d\\n' - $?", "Enter")
	screen, ok := tm.waitFor("e2e", "▶ passage ", 30*time.Second)
	if !ok {
		t.Fatalf("the reading room did not open:\n%s", screen)
	}

	// Page down reaches the last passage, page up the first.
	tm.run("send-keys", "-t", "e2e", "g")
	screen, _ = tm.waitFor("e2e", "▶ passage 1/", 5*time.Second)
	_, total := passageOf(t, screen)
	for _, dir := range []struct {
		key  string
		want int
	}{{"PageDown", total}, {"PageUp", 1}} {
		n := 0
		for presses := 0; presses <= total; presses++ {
			tm.run("send-keys", "-t", "e2e", dir.key)
			time.Sleep(150 * time.Millisecond)
			if n, _ = passageOf(t, tm.run("capture-pane", "-p", "-t", "e2e")); n == dir.want {
				break
			}
		}
		if n != dir.want {
			t.Fatalf("%s stopped at passage %d/%d, not %d:\n%s", dir.key, n, total, dir.want, tm.run("capture-pane", "-p", "-t", "e2e"))
		}
	}

	// y copies the passage with its citation by OSC 52, which tmux (with
	// set-clipboard on) keeps as a buffer, and says so.
	tm.run("send-keys", "-t", "e2e", "j", "j", "j")
	time.Sleep(300 * time.Millisecond)
	if bufs := tm.run("list-buffers"); bufs != "" {
		t.Fatalf("buffers before y: %q", bufs)
	}
	tm.run("send-keys", "-t", "e2e", "y")
	if screen, ok = tm.waitFor("e2e", "with its citation to the clipboard", 5*time.Second); !ok {
		t.Fatalf("y did not say it copied:\n%s", screen)
	}
	said := regexp.MustCompile(`copied ¶(\d+) of (\S+)`).FindStringSubmatch(screen)
	if said == nil {
		t.Fatalf("y did not say what it copied:\n%s", screen)
	}
	var clip string
	for end := time.Now().Add(3 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if tm.run("list-buffers") != "" {
			clip = tm.run("show-buffer")
			break
		}
	}
	quote, cite, _ := strings.Cut(clip, "\n— ")
	if !strings.HasPrefix(quote, "“") || !strings.HasSuffix(quote, "”") ||
		!strings.Contains(cite, said[2]) || !strings.Contains(cite, "paragraph "+said[1]) {
		t.Fatalf("the clipboard holds %q, not the passage with its citation (%s, paragraph %s)", clip, said[2], said[1])
	}

	// o opens the pager at the passage's paragraph (each paragraph is a
	// line with a blank line after it), and the reader comes back.
	tm.run("send-keys", "-t", "e2e", "o")
	if screen, ok = tm.waitFor("e2e", "back from the pager", 10*time.Second); !ok {
		t.Fatalf("the reader did not come back from the pager:\n%s", screen)
	}
	if !strings.Contains(screen, "▶ passage ") {
		t.Fatalf("back from the pager, the panes are not drawn:\n%s", screen)
	}
	args, err := os.ReadFile(argsFile)
	if err != nil {
		t.Fatalf("the pager was not called: %v", err)
	}
	argv := strings.Split(strings.TrimSpace(string(args)), "\n")
	para, _ := strconv.Atoi(said[1])
	if len(argv) != 2 || argv[0] != "+"+strconv.Itoa(2*para-1) {
		t.Fatalf("the pager was called with %q, want +%d and a file", argv, 2*para-1)
	}
	shown, err := os.ReadFile(shownFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(shown), "\n")
	words := strings.TrimPrefix(quote, "“")
	words = string([]rune(words)[:min(30, len([]rune(words)))])
	if 2*para-1 > len(lines) || !strings.Contains(lines[2*para-2], words) {
		t.Fatalf("line %d of what the pager showed is not the copied passage's paragraph (%q):\n%s", 2*para-1, words, shown)
	}

	// " opens the quotes list: each statement with its speaker and how
	// many sources quote it, or, before the quote stage has found any, a
	// plain word that there are none; enter shows the first one level in
	// the panes, or closes the empty list.
	tm.run("send-keys", "-t", "e2e", `"`)
	if screen, ok = tm.waitFor("e2e", "who is quoted saying what", 5*time.Second); !ok {
		t.Fatalf(`" did not open the quotes list:\n%s`, screen)
	}
	count := regexp.MustCompile(`Quotes (\d+)`).FindStringSubmatch(screen)
	if count == nil {
		t.Fatalf("the quotes list does not say how many statements it holds:\n%s", screen)
	}
	want := "statement 1/" + count[1]
	if count[1] == "0" {
		if !strings.Contains(screen, "No quotations or reported speech were found in these sources.") {
			t.Fatalf("an empty quotes list does not say so:\n%s", screen)
		}
		want = "▶ passage "
	} else if !regexp.MustCompile(`(quoted|reported \(paraphrase\)) by \d+ of 5`).MatchString(screen) {
		t.Fatalf("the quotes list does not say how many sources quote a statement:\n%s", screen)
	}
	tm.run("send-keys", "-t", "e2e", "Enter")
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if screen = tm.run("capture-pane", "-p", "-t", "e2e"); !strings.Contains(screen, "who is quoted saying what") {
			break
		}
	}
	if strings.Contains(screen, "who is quoted saying what") || !strings.Contains(screen, want) {
		t.Fatalf("enter in the quotes list did not close it and show %q:\n%s", want, screen)
	}

	tm.run("send-keys", "-t", "e2e", "q")
	if screen, ok = tm.waitFor("e2e", "parallax-exit=0", 10*time.Second); !ok {
		t.Fatalf("q did not end parallax with status 0:\n%s", screen)
	}
}
