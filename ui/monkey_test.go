package ui

import (
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	"github.com/parallax-reader/parallax/model/segment"
	"github.com/parallax-reader/parallax/model/source"
	"github.com/parallax-reader/parallax/sample"
)

// compareFiles reads, segments and compares files the way parallax does.
func compareFiles(t testing.TB, paths []string) *model.Comparison {
	t.Helper()
	ctx := context.Background()
	var docs []*model.Document
	for _, p := range paths {
		d, err := source.Read(ctx, p, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		segment.Document(d)
		docs = append(docs, d)
	}
	cmp, err := align.Compare(ctx, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cmp
}

// sampleComparison compares the embedded sample articles.
func sampleComparison(t testing.TB) *model.Comparison {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, f := range sample.Files() {
		p := filepath.Join(dir, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return compareFiles(t, paths)
}

// seedPaths returns the reference articles, or skips the test when they
// are absent.
func seedPaths(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("../shared/seeds is absent: the reference articles are not here")
	}
	return paths
}

// monkeyKeys are the keys the monkey presses: every binding, and some
// that are bound to nothing.
var monkeyKeys = []string{
	"j", "k", "up", "down", "pgup", "pgdown", "space", "b", "f", "g", "G", "home", "end",
	"tab", "shift+tab", "]", "[", "}", "{", ">", "<", ".", ",", "1", "2", "3", "4", "5", "9",
	"z", "c", `"`, "/", "n", "N", "?", "esc", "enter", "a", "s", "u", "x", "y", "e", "backspace",
	"left", "right", "ctrl+a", "alt+x", "é", "🧭", "渡",
}

// monkeyPastes are what the monkey pastes: words, nothing, line breaks,
// escape sequences, bidirectional overrides, emoji sequences and a paste
// far longer than any prompt.
var monkeyPastes = []string{
	"ferry", "", "two\nlines\r\nand a CR\r", "\x1b]52;c;aGk=\x07\x1b[2J", "\u202eevil\u202c",
	"👨‍👩‍👧‍👦 ❤️ 🇮🇸 👍🏽", "\t\t", strings.Repeat("long paste ", 20000), "\xff\xfe not UTF-8",
}

// monkey drives the app with random keys, window sizes, wheel turns,
// mouse clicks and motion, pastes and mode reports, and checks its
// invariants after each.
func monkey(t *testing.T, cmp *model.Comparison, seed int64, steps int) {
	t.Cleanup(func() { setCellMethod(ansi.WcWidth) }) // a mode report switches it
	rng := rand.New(rand.NewSource(seed))
	a := newTestApp(t, cmp, 120, 40, Options{NoColor: seed%2 == 0})
	for i := 0; i < steps; i++ {
		var msg tea.Msg
		switch r := rng.Intn(100); {
		case r < 4:
			msg = tea.WindowSizeMsg{Width: rng.Intn(220) + 1, Height: rng.Intn(70) + 1}
		case r < 8:
			b := tea.MouseWheelDown
			if rng.Intn(2) == 0 {
				b = tea.MouseWheelUp
			}
			msg = tea.MouseWheelMsg{X: rng.Intn(a.width + 1), Y: rng.Intn(a.height + 1), Button: b}
		case r < 9:
			msg = tea.BackgroundColorMsg{}
		case r < 12:
			// A paste, into the search prompt half the time (elsewhere it
			// must be ignored).
			if rng.Intn(2) == 0 && a.prompt == promptNone {
				a.Update(keyMsg("/"))
			}
			msg = tea.PasteMsg{Content: monkeyPastes[rng.Intn(len(monkeyPastes))]}
		case r < 16:
			m := tea.Mouse{X: rng.Intn(a.width+3) - 1, Y: rng.Intn(a.height+3) - 1,
				Button: []tea.MouseButton{tea.MouseLeft, tea.MouseRight, tea.MouseMiddle, tea.MouseNone}[rng.Intn(4)]}
			switch rng.Intn(3) {
			case 0:
				msg = tea.MouseClickMsg(m)
			case 1:
				msg = tea.MouseReleaseMsg(m)
			default:
				msg = tea.MouseMotionMsg(m)
			}
		case r < 17:
			// The terminal says it clusters graphemes (mode 2027).
			msg = tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet}
		default:
			k := monkeyKeys[rng.Intn(len(monkeyKeys))]
			if k == "e" || k == "q" || k == "ctrl+c" {
				// Exporting writes files and q quits: not for the monkey.
				k = "j"
			}
			msg = keyMsg(k)
		}
		a.Update(msg)
		if a.Quitting() {
			t.Fatalf("step %d (%v): the app quit", i, msg)
		}
		checkInvariants(t, a, i, msg)
	}
}

// checkInvariants fails when the app is in a state it must never be in.
func checkInvariants(t *testing.T, a *App, step int, msg tea.Msg) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("step %d (%T %v): panic: %v", step, msg, msg, r)
		}
	}()
	checkScreen(t, a)
	if len(a.panes) == 0 {
		return
	}
	if a.focus < 0 || a.focus >= len(a.panes) {
		t.Fatalf("step %d: focus %d of %d panes", step, a.focus, len(a.panes))
	}
	seen := map[int]bool{}
	for _, p := range a.panes {
		if seen[p.doc] {
			t.Fatalf("step %d: document %d in two panes", step, p.doc)
		}
		seen[p.doc] = true
	}
	d := a.panes[a.focus].doc
	doc, idx, ok := a.CurrentPassage()
	if n := len(a.ix.docs[d].passages); n > 0 {
		if !ok || doc != d || idx < 0 || idx >= n {
			t.Fatalf("step %d (%T %v): current passage (%d, %d, %v) in a source with %d passages",
				step, msg, msg, doc, idx, ok, n)
		}
	} else if ok {
		t.Fatalf("step %d: a current passage in a source without passages", step)
	}
}

func TestMonkeyFixture(t *testing.T) {
	for seed := int64(1); seed <= 4; seed++ {
		monkey(t, fixture(t), seed, 1500)
	}
}

func TestMonkeySample(t *testing.T) {
	cmp := sampleComparison(t)
	for seed := int64(1); seed <= 2; seed++ {
		monkey(t, cmp, seed, 1500)
	}
}

func TestMonkeySeeds(t *testing.T) {
	cmp := compareFiles(t, seedPaths(t))
	for seed := int64(1); seed <= 2; seed++ {
		monkey(t, cmp, seed, 1500)
	}
}
