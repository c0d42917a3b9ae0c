package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/parallax-reader/parallax/model"
)

// emojiComparison is two sources side by side, the first full of emoji
// sequences whose width depends on how a terminal measures them.
func emojiComparison(t *testing.T) *model.Comparison {
	docs := []*model.Document{
		fixDoc("emoji.txt", "Crew cheered 👍🏽 at the harbour",
			fixPara{text: "Crew cheered 👍🏽 at the harbour", title: true, dupOf: -1},
			text("The crew sent ❤️ to the rescuers and the flag 🇮🇸 flew at half mast on Tuesday."),
			text("A family 👨‍👩‍👧‍👦 waved 👋🏿 from the pier as the ferry left at noon with forty passengers aboard."),
			text("A 🧑🏽‍🚒 firefighter and a 👩‍⚕️ nurse came off the boat first.")),
		fixDoc("plain.txt", "Harbour reopens after storm",
			fixPara{text: "Harbour reopens after storm", title: true, dupOf: -1},
			text("The crew thanked the rescuers on Tuesday."),
			text("Families waved from the pier as the ferry left at noon with forty passengers."),
			text("A firefighter and a nurse came off the boat first.")),
	}
	p := func(doc int, needle string) model.Passage { return fixPassage(t, docs, doc, needle) }
	return &model.Comparison{Documents: docs, Claims: []model.Claim{
		{ID: 0, Sources: []int{0, 1}, Passages: []model.Passage{p(0, "The crew sent"), p(1, "The crew thanked")}},
		{ID: 1, Sources: []int{0, 1}, Passages: []model.Passage{p(0, "A family"), p(1, "Families waved")}},
		{ID: 2, Sources: []int{0, 1}, Passages: []model.Passage{p(0, "firefighter and"), p(1, "A firefighter")}},
	}}
}

// Every line is exactly as wide as the terminal as the terminal measures
// it: code point by code point until it reports mode 2027, grapheme
// clusters after. Measured the other way, the emoji lines are not, which
// is what moved the second pane's border.
func TestWidthsAsTheTerminalMeasures(t *testing.T) {
	t.Cleanup(func() { setCellMethod(ansi.WcWidth) })
	for _, tt := range []struct {
		name    string
		report  bool // the terminal answers that it knows mode 2027
		measure func(string) int
		other   func(string) int
	}{
		{"wcwidth", false, ansi.StringWidthWc, ansi.StringWidth},
		{"mode 2027", true, ansi.StringWidth, ansi.StringWidthWc},
	} {
		t.Run(tt.name, func(t *testing.T) {
			setCellMethod(ansi.WcWidth)
			for _, w := range []int{80, 101, 140} {
				a := newTestApp(t, emojiComparison(t), w, 30, Options{})
				if tt.report {
					a.Update(tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeReset})
				}
				a.Update(keyMsg("j")) // a passage with a family selected
				view := a.Render()
				differs := 0
				for i, l := range strings.Split(view, "\n") {
					if got := tt.measure(l); got != w {
						t.Errorf("width %d: line %d is %d cells:\n%s", w, i, got, ansi.Strip(l))
					}
					if tt.other(l) != w {
						differs++
					}
				}
				if differs == 0 {
					t.Errorf("width %d: no line measures differently the other way; the test shows nothing", w)
				}
				if zwj := strings.Contains(view, "\u200d"); zwj == !tt.report {
					t.Errorf("width %d: zero-width joiners sent: %v, want %v", w, zwj, tt.report)
				}
			}
		})
	}
}

// A mode report for another mode, or one saying the terminal does not
// know 2027, changes nothing.
func TestOtherModeReportsKeepWcwidth(t *testing.T) {
	t.Cleanup(func() { setCellMethod(ansi.WcWidth) })
	setCellMethod(ansi.WcWidth)
	a := newTestApp(t, emojiComparison(t), 100, 30, Options{})
	a.Update(tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeNotRecognized})
	a.Update(tea.ModeReportMsg{Mode: ansi.ModeSynchronizedOutput, Value: ansi.ModeSet})
	if cellMethod() != ansi.WcWidth {
		t.Errorf("measuring graphemes after a report that the terminal does not know 2027")
	}
}
