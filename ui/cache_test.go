package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// uncached forgets the cached pane headers and bottom line, so that the
// next Render draws them afresh.
func uncached(a *App) {
	for i := range a.panes {
		a.panes[i].hdrLines = nil
	}
	a.helpLineKey = nil
}

// TestCachedHeadersAndFooterAreCurrent walks the reader through what
// changes a pane header or the bottom line (moving, a new pane focus, a
// search, the claims list, a resize, a light background, a prompt) and
// checks after each step that the screen is the one drawn with nothing
// cached.
func TestCachedHeadersAndFooterAreCurrent(t *testing.T) {
	a := newTestApp(t, fixture(t), 120, 30, Options{})
	steps := []struct {
		name string
		msg  tea.Msg
	}{
		{"j", keyMsg("j")},
		{"]", keyMsg("]")},
		{"tab", keyMsg("tab")},
		{"j", keyMsg("j")},
		{"resize", tea.WindowSizeMsg{Width: 80, Height: 24}},
		{"light", tea.BackgroundColorMsg{Color: lightGrey{}}},
		{"k", keyMsg("k")},
		{"/", keyMsg("/")},
		{"f", keyMsg("f")},
		{"enter", keyMsg("enter")},
		{"c", keyMsg("c")},
		{"esc", keyMsg("esc")},
		{"3", keyMsg("3")},
		{"resize", tea.WindowSizeMsg{Width: 200, Height: 50}},
		{"G", keyMsg("G")},
	}
	a.Render()
	changed := 0
	prev := a.Render()
	for i, s := range steps {
		a.Update(s.msg)
		got := a.Render()
		uncached(a)
		want := a.Render()
		if got != want {
			t.Fatalf("step %d (%s): the cached screen is stale\ncached:\n%s\nfresh:\n%s", i, s.name, got, want)
		}
		if got != prev {
			changed++
		}
		prev = got
	}
	if changed < len(steps)-1 {
		t.Errorf("only %d of %d steps changed the screen: the walk does not test what it says", changed, len(steps))
	}
}
