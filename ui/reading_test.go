package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

func TestFooterFitsWithHelpAndQuit(t *testing.T) {
	for _, w := range []int{80, 120} {
		a := newTestApp(t, fixture(t), w, 30, Options{})
		for _, keys := range [][]string{nil, {"c"}} {
			press(a, keys...)
			lines := strings.Split(checkScreen(t, a), "\n")
			foot := lines[len(lines)-1]
			if !strings.Contains(foot, "? help") || !strings.Contains(foot, "q quit") || strings.Contains(foot, "…") {
				t.Errorf("at %d columns the footer is %q", w, foot)
			}
		}
	}
}

func TestPagingReachesTheEnds(t *testing.T) {
	a := newTestApp(t, longFixture(t), 100, 20, Options{})
	n := len(a.ix.docs[0].passages)
	for i := 0; i < 40 && a.cursor[0] != n-1; i++ {
		press(a, "pgdown")
	}
	if a.cursor[0] != n-1 {
		t.Fatalf("pgdn stopped at passage %d/%d", a.cursor[0]+1, n)
	}
	for i := 0; i < 40 && a.cursor[0] != 0; i++ {
		press(a, "pgup")
	}
	if a.cursor[0] != 0 {
		t.Fatalf("pgup stopped at passage %d/%d", a.cursor[0]+1, n)
	}
}

func TestSearchPromptHistoryAndLimit(t *testing.T) {
	a := newTestApp(t, fixture(t), 100, 30, Options{})
	press(a, "/", "c", "a", "f", "e", "enter")
	if len(a.search.hits) == 0 || !strings.Contains(checkScreen(t, a), "Café") {
		t.Fatalf("cafe did not find Café: %d hits", len(a.search.hits))
	}
	press(a, "/")
	if a.input.Value() != "" {
		t.Fatalf("the search prompt starts with %q", a.input.Value())
	}
	press(a, "up")
	if a.input.Value() != "cafe" {
		t.Fatalf("↑ recalled %q", a.input.Value())
	}
	press(a, "down")
	if a.input.Value() != "" {
		t.Fatalf("↓ came back to %q", a.input.Value())
	}
	// A 1 MB paste, and as many key presses, stay within the limit and quick.
	start := time.Now()
	a.Update(tea.PasteMsg{Content: strings.Repeat("x", 1<<20)})
	for i := 0; i < 20000; i++ {
		a.Update(keyMsg("y"))
	}
	checkScreen(t, a)
	if n := len([]rune(a.input.Value())); n != maxSearchChars {
		t.Fatalf("the prompt holds %d characters", n)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("a 1 MB paste took %v", d)
	}
	press(a, "esc", "c", "/")
	a.Update(tea.PasteMsg{Content: strings.Repeat("é", 1<<19)})
	if n := len([]rune(a.input.Value())); n != maxSearchChars {
		t.Fatalf("the filter prompt holds %d characters", n)
	}
}

func TestDiscrepancyWalkAndFilter(t *testing.T) {
	cmp := fixture(t)
	a := newTestApp(t, cmp, 160, 45, Options{})
	first := a.CurrentClaim()
	press(a, "d")
	if a.CurrentClaim() == first || len(cmp.Claims[a.CurrentClaim()].Discrepancies) == 0 {
		t.Fatalf("d went to claim %d", a.CurrentClaim())
	}
	if !strings.Contains(checkScreen(t, a), "discrepancy 2/2") {
		t.Errorf("d does not say which discrepancy:\n%s", a.Render())
	}
	press(a, "D")
	if a.CurrentClaim() != first {
		t.Fatalf("D went to claim %d, want %d", a.CurrentClaim(), first)
	}
	press(a, "c", "d")
	if len(a.claims.items) != 2 {
		t.Fatalf("the discrepancy filter shows %d claims", len(a.claims.items))
	}
}

func TestMatchesStartOnTheSameRow(t *testing.T) {
	a := newTestApp(t, longFixture(t), 100, 30, Options{})
	press(a, "tab", "G")
	sel := a.sel()
	f, o := &a.panes[1], &a.panes[0]
	rf, ro := f.passageRow(a.view, sel, a.cursor[1]), o.passageRow(a.view, sel, a.cursor[0])
	// Document 1's passage is its first line: it cannot come lower.
	if rf < 0 || ro != 0 {
		t.Fatalf("rows %d and %d", rf, ro)
	}
	press(a, "tab", "j", "k", "tab", "j", "k")
	sel = a.sel()
	rf, ro = a.panes[1].passageRow(a.view, sel, a.cursor[1]), a.panes[0].passageRow(a.view, sel, a.cursor[0])
	if rf != ro && ro != 0 {
		t.Fatalf("current passage on row %d, its match on row %d", rf, ro)
	}
}

func TestCopyWithCitation(t *testing.T) {
	a := newTestApp(t, fixture(t), 160, 45, Options{})
	press(a, "3", "]", "]")
	text, ok := a.citation()
	if !ok || !strings.Contains(text, "␛[31mthanked") || strings.Contains(text, "\x1b") ||
		!strings.Contains(text, "paragraph 2") || !strings.Contains(text, "Northsea Wire") {
		t.Fatalf("citation %q", text)
	}
	if cmd := press(a, "y"); cmd == nil || !strings.Contains(checkScreen(t, a), "with its citation to the clipboard") {
		t.Fatalf("y did not copy, or did not say so")
	}
}

func TestOpenPagerComesBack(t *testing.T) {
	t.Setenv("PAGER", "true")
	a := newTestApp(t, fixture(t), 160, 45, Options{})
	if cmd := press(a, "o"); cmd == nil {
		t.Fatal("o gave no command")
	}
	a.Update(pagerDoneMsg{})
	if !strings.Contains(checkScreen(t, a), "back from the pager") {
		t.Fatalf("no word on coming back")
	}
}

func TestHelpListsEveryKey(t *testing.T) {
	a := newTestApp(t, fixture(t), 160, 45, Options{})
	press(a, "?")
	view := checkScreen(t, a)
	for _, want := range []string{"next claim with a discrepancy", "missing words inline", "copy passage with citation", "open source in pager"} {
		if !strings.Contains(view, want) {
			t.Errorf("help does not list %q", want)
		}
	}
}
