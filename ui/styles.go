package ui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// mark says what a piece of text is to the reader; marks combine.
type mark uint16

const (
	markTitle      mark = 1 << iota // the headline
	markFurniture                   // boilerplate or a repeat, unfolded
	markCurrent                     // the current passage, in the focused pane
	markMatch                       // a passage reporting the current claim elsewhere
	markInsert                      // in this match, not in the current passage
	markDelete                      // in the current passage, missing from this match
	markDisc                        // a number, date or name the sources disagree on
	markVariant                     // a spelling that differs (Kiev, Kyiv)
	markHit                         // a search match
	markHitCurrent                  // the search match last moved to
	markShared                      // a passage other sources report too
	markUnique                      // a passage only this source reports
	markHidden                      // Markdown syntax, left out when drawn
)

// Styles are every style the reading room draws with. Build them with
// NewStyles; colour is never the only cue (see NoColor).
type Styles struct {
	// NoColor adds visible markers around differences, for terminals
	// without colour (NO_COLOR set): "[-gone-]", "{+new+}", "<!27!>".
	NoColor bool

	Accent, Dim, Bold lipgloss.Style

	PaneTitle, PaneTitleFocused lipgloss.Style
	PaneMeta                    lipgloss.Style
	Rule, RuleFocused           lipgloss.Style
	Following, NotHere          lipgloss.Style

	GutterCurrent, GutterShared, GutterUnique, GutterFurniture lipgloss.Style
	Folded                                                     lipgloss.Style

	Status, StatusMsg, StatusErr lipgloss.Style

	ClaimCoverage, ClaimSelected, ClaimDisc lipgloss.Style
	Filter, FilterActive                    lipgloss.Style

	Help help.Styles

	// colours for text runs, combined by run
	curBg, insFg, delFg, discBg, discFg, varFg, hitBg, hitCurBg, furnFg color.Color
	runs                                                                map[mark]runStyle
	// gutters are the gutter markers, styled.
	gutters map[string]string
}

// runStyle is a style as the escape sequences that start and end it, so
// that a run of text is styled by concatenation (lipgloss styles an
// underlined text one character at a time, which is slow on long runs).
type runStyle struct{ prefix, suffix string }

// render styles text.
func (r runStyle) render(text string) string { return r.prefix + text + r.suffix }

// NewStyles returns the styles for a dark or a light terminal background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	accent := ld(c("#005FD7"), c("#5FAFFF"))
	dim := ld(c("#808080"), c("#7A7A7A"))
	unique := ld(c("#AF5F00"), c("#FFAF5F"))
	s := Styles{
		curBg:    ld(c("#D0E4FF"), c("#1E3A5C")),
		insFg:    ld(c("#006B00"), c("#87E087")),
		delFg:    ld(c("#B00000"), c("#FF8A8A")),
		discBg:   ld(c("#FFD75F"), c("#AF5F00")),
		discFg:   ld(c("#000000"), c("#FFFFFF")),
		varFg:    ld(c("#875F00"), c("#D7AF5F")),
		hitBg:    ld(c("#FFF59D"), c("#5F5F00")),
		hitCurBg: ld(c("#FFB74D"), c("#875F00")),
		furnFg:   dim,
		runs:     map[mark]runStyle{},
	}
	s.Accent = lipgloss.NewStyle().Foreground(accent)
	s.Dim = lipgloss.NewStyle().Foreground(dim)
	s.Bold = lipgloss.NewStyle().Bold(true)

	s.PaneTitle = lipgloss.NewStyle().Bold(true)
	s.PaneTitleFocused = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.PaneMeta = s.Dim
	s.Rule = s.Dim
	s.RuleFocused = s.Accent.Bold(true)
	s.Following = s.Accent
	s.NotHere = s.Dim.Italic(true)

	s.GutterCurrent = s.Accent.Bold(true)
	s.GutterShared = s.Dim
	s.GutterUnique = lipgloss.NewStyle().Foreground(unique).Bold(true)
	s.GutterFurniture = s.Dim
	s.Folded = s.Dim.Italic(true)

	s.Status = lipgloss.NewStyle().Bold(true)
	s.StatusMsg = s.Accent
	s.StatusErr = lipgloss.NewStyle().Foreground(s.delFg).Bold(true)

	s.ClaimCoverage = lipgloss.NewStyle().Bold(true)
	s.ClaimSelected = lipgloss.NewStyle().Background(s.curBg).Bold(true)
	s.ClaimDisc = lipgloss.NewStyle().Foreground(s.discFg).Background(s.discBg).Bold(true)
	s.Filter = s.Dim
	s.FilterActive = s.Accent.Bold(true).Underline(true)

	s.Help = help.DefaultStyles(isDark)
	s.gutters = map[string]string{
		gutterCurrent:   s.GutterCurrent.Render(gutterCurrent),
		gutterShared:    s.GutterShared.Render(gutterShared),
		gutterUnique:    s.GutterUnique.Render(gutterUnique),
		gutterFurniture: s.GutterFurniture.Render(gutterFurniture),
	}
	return s
}

// run returns the style for text carrying marks m.
func (s *Styles) run(m mark) runStyle {
	if rs, ok := s.runs[m]; ok {
		return rs
	}
	rs := runStyleOf(s.runLipgloss(m))
	if s.runs != nil {
		s.runs[m] = rs
	}
	return rs
}

// runStyleOf turns a style into the sequences around a styled "X".
func runStyleOf(st lipgloss.Style) runStyle {
	x := st.Render("X")
	i := strings.Index(x, "X")
	return runStyle{x[:i], x[i+1:]}
}

// runLipgloss builds the style for text carrying marks m.
func (s *Styles) runLipgloss(m mark) lipgloss.Style {
	st := lipgloss.NewStyle()
	if m&markTitle != 0 {
		st = st.Bold(true)
	}
	if m&markFurniture != 0 {
		st = st.Foreground(s.furnFg)
	}
	if m&(markCurrent|markMatch) != 0 {
		st = st.Background(s.curBg)
		if s.NoColor {
			st = st.Reverse(true)
		}
	}
	if m&markCurrent != 0 {
		st = st.Bold(true)
	}
	if m&markHit != 0 {
		st = st.Background(s.hitBg).Underline(true)
	}
	if m&markHitCurrent != 0 {
		st = st.Background(s.hitCurBg).Underline(true).Bold(true)
	}
	if m&markInsert != 0 {
		st = st.Foreground(s.insFg).Underline(true)
	}
	if m&markDelete != 0 {
		st = st.Foreground(s.delFg).Strikethrough(true)
	}
	if m&markVariant != 0 {
		st = st.Foreground(s.varFg).Italic(true)
	}
	if m&markDisc != 0 {
		st = st.Foreground(s.discFg).Background(s.discBg).Bold(true)
	}
	return st
}
