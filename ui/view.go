package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// View draws the reading room.
func (a *App) View() tea.View {
	v := tea.NewView(a.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "parallax"
	return v
}

// Render returns the screen as text: at most height lines, none wider
// than the terminal (every part is drawn to its exact width).
func (a *App) Render() string {
	if a.width <= 0 || a.height <= 0 {
		return ""
	}
	var lines []string
	switch {
	case a.ix == nil:
		lines = a.loadingLines()
	case a.layout.TooSmall:
		lines = a.tooSmallLines()
	default:
		lines = a.screenLines()
	}
	if len(lines) > a.height {
		lines = lines[:a.height]
	}
	return cellText(strings.Join(lines, "\n"))
}

// centered returns lines centred in the terminal.
func (a *App) centered(lines []string) []string {
	out := make([]string, 0, a.height)
	for i := 0; i < (a.height-len(lines))/2; i++ {
		out = append(out, "")
	}
	for _, l := range lines {
		l = cellTruncate(l, a.width, "…")
		pad := max((a.width-cellWidth(l))/2, 0)
		out = append(out, strings.Repeat(" ", pad)+l)
	}
	return out
}

// loadingLines shows what loading is doing, and how far it has got.
func (a *App) loadingLines() []string {
	st := &a.styles
	p := a.stage
	stage := p.stage
	if stage == "" {
		stage = "starting"
	}
	if p.total > 0 {
		stage += fmt.Sprintf(" %d/%d", p.done, p.total)
	}
	lines := []string{st.Bold.Render("parallax"), "", a.spinner.View() + " " + stage}
	if p.total > 0 {
		w := min(40, a.width-4)
		filled := w * min(p.done, p.total) / p.total
		lines = append(lines, st.Accent.Render(strings.Repeat("━", filled))+st.Dim.Render(strings.Repeat("─", w-filled)))
	}
	lines = append(lines, "", st.Dim.Render("ctrl+c to stop"))
	return a.centered(lines)
}

// tooSmallLines says the terminal is too small, and how big it must be.
func (a *App) tooSmallLines() []string {
	return a.centered([]string{
		a.styles.Bold.Render("terminal too small"),
		fmt.Sprintf("%d×%d, needs %d×%d", a.width, a.height, MinWidth, MinHeight),
		a.styles.Dim.Render("q quits"),
	})
}

// screenLines draws the panes, the claims list or the help, and the
// bottom lines.
func (a *App) screenLines() []string {
	l := a.layout
	lines := make([]string, a.height)
	blank := strings.Repeat(" ", a.width)
	for i := range lines {
		lines[i] = blank
	}
	if !l.Sources.Empty() {
		lines[l.Sources.Y] = a.sourcesLine()
	}
	switch {
	case a.helpOpen:
		a.drawHelp(lines, l.Main)
	default:
		a.drawPanes(lines)
		if !l.Claims.Empty() {
			list := a.claims.render
			if a.quotesOpen {
				list = a.quotes.render
			}
			for i, s := range list(&a.styles) {
				lines[l.Claims.Y+i] = s
			}
		}
	}
	lines[l.Status.Y] = a.statusLine()
	lines[l.Help.Y] = a.helpLine()
	return lines
}

// drawPanes draws the panes side by side into lines.
func (a *App) drawPanes(lines []string) {
	rects := a.layout.Panes
	if len(rects) == 0 {
		return
	}
	if len(a.panes) == 0 {
		lines[rects[0].Y] = fitWidth(a.styles.Dim.Render(" no sources to compare"), a.width)
		return
	}
	sel := a.sel()
	cols := make([][]string, len(rects))
	for i, r := range rects {
		pn := &a.panes[i]
		cols[i] = append(pn.header(a.view, a.paneHeader(i, sel)), pn.body(a.view, sel)...)
		for len(cols[i]) < r.H {
			cols[i] = append(cols[i], strings.Repeat(" ", r.W))
		}
	}
	sep := " "
	top := rects[0].Y
	for y := 0; y < rects[0].H; y++ {
		var b strings.Builder
		for i := range rects {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(cols[i][y])
		}
		lines[top+y] = b.String()
	}
}

// paneHeader says what pane i's header shows besides its document.
func (a *App) paneHeader(i int, sel selection) paneHeader {
	pn := &a.panes[i]
	h := paneHeader{number: pn.doc + 1, focused: i == a.focus}
	if sel.quote != nil {
		h.relation, h.missing = a.quoteRelation(pn.doc, h.focused)
		return h
	}
	switch {
	case !sel.has && h.focused:
		h.relation = "no passages to compare"
		h.missing = true
	case !sel.has:
	case h.focused:
		h.relation = fmt.Sprintf("▶ passage %d/%d in this source", sel.cur.idx+1, len(a.ix.docs[pn.doc].passages))
	default:
		if _, ok := a.ix.locOf(sel.claim, pn.doc); ok {
			h.relation = "✓ reports this claim"
			if more := a.morePassages(pn, sel); more != "" {
				h.relation = "✓ reports it: " + more
			}
		} else {
			h.relation, h.missing = "✗ not in this source", true
		}
	}
	return h
}

// helpKeys is the key help for what has the focus, with the keys that do
// nothing at the moment disabled.
func (a *App) helpKeys() helpKeys {
	s := a.helpLineState(a.width)
	k := a.keys
	k.NextHit.SetEnabled(s.search)
	k.PrevHit.SetEnabled(s.search)
	k.NextSource.SetEnabled(s.hidden)
	k.PrevSource.SetEnabled(s.hidden)
	k.ShowSource.SetEnabled(s.docs > 1)
	k.NextPane.SetEnabled(s.panes > 1 || s.hidden)
	k.PrevPane.SetEnabled(s.panes > 1 || s.hidden)
	switch {
	case s.prompt == promptOverwrite:
		return k.confirmHelp()
	case s.prompt != promptNone:
		return k.promptHelp(s.prompt == promptSearch && s.history)
	case s.claims:
		return k.claimsHelp()
	case s.quotes:
		return k.quotesHelp()
	}
	return k.readingHelp()
}

// helpLineState is what the help's keys depend on, at width.
func (a *App) helpLineState(width int) helpLineKey {
	k := helpLineKey{width: width, prompt: a.prompt, claims: a.claimsOpen, quotes: a.quotesOpen,
		search: a.search.query != "", history: len(a.history) > 0, panes: len(a.panes)}
	if a.ix != nil {
		k.docs = len(a.ix.docs)
		k.hidden = k.panes < k.docs
	}
	return k
}

// drawHelp draws the full help and a legend of the marks into r.
func (a *App) drawHelp(lines []string, r Rect) {
	st := &a.styles
	var out []string
	out = append(out, st.Bold.Render("Keys"), "")
	out = append(out, a.helpColumns(a.helpKeys().FullHelp(), r.W)...)
	out = append(out, "", st.Bold.Render("In the panes"), "")
	out = append(out, a.legend()...)
	// j and k scroll help that does not fit.
	a.helpTop = max(min(a.helpTop, len(out)-r.H), 0)
	out = out[a.helpTop:]
	for i := 0; i < r.H && i < len(out); i++ {
		l := out[i]
		if i == r.H-1 && len(out) > r.H {
			l = st.Dim.Render("… ↓/j shows more")
		}
		lines[r.Y+i] = fitWidth(cellTruncate(" "+l, r.W, "…"), r.W)
	}
}

// helpColumns lays the help's columns side by side as far as they fit in
// width, and the rest below.
func (a *App) helpColumns(groups [][]key.Binding, width int) []string {
	h := a.help
	h.SetWidth(0)
	var out []string
	for start := 0; start < len(groups); {
		end := start + 1
		for end < len(groups) && lipgloss.Width(h.FullHelpView(groups[start:end+1])) <= width-2 {
			end++
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, strings.Split(h.FullHelpView(groups[start:end]), "\n")...)
		start = end
	}
	return out
}

// legend explains the marks drawn in the panes.
func (a *App) legend() []string {
	st := &a.styles
	gone, added, disc := st.run(markMatch|markDelete).render("struck"), st.run(markMatch|markInsert).render("underlined"), st.run(markDisc).render("highlighted")
	variant := st.run(markVariant).render("italic")
	if st.NoColor {
		gone, added, disc, variant = "[-struck-]", "{+underlined+}", "<!highlighted!>", "<~italic~>"
	}
	return []string{
		st.GutterCurrent.Render(gutterCurrent) + " the current passage, and the same fact in the other panes",
		st.GutterShared.Render(gutterShared) + " reported by other sources too",
		st.GutterUnique.Render(gutterUnique) + " no match found in the other sources",
		st.GutterFurniture.Render(gutterFurniture) + " boilerplate or a repeat (z unfolds)",
		"",
		"In a match, which reads in its own words:",
		added + " words the current passage does not have,",
		disc + " numbers, dates or names that disagree,",
		variant + " a name spelt another way (Kiev, Kyiv);",
		"with w, " + gone + " words of the current passage it lacks, put in.",
		"",
		"A statement from the quotes list (\") marks each source's rendering",
		"the same way: the focused pane's as the current passage, the others'",
		"as its matches, their other words " + added + ".",
	}
}

// morePassages says, when the pane's source has several passages in the
// current claim, how many are in view, and where the others are: "2 of 3
// passages ⇣" (⇡ above, ⇕ both ways); "" for one passage.
func (a *App) morePassages(pn *pane, sel selection) string {
	var idxs []int
	for _, l := range a.ix.claimPass[sel.claim] {
		if l.doc == pn.doc {
			idxs = append(idxs, l.idx)
		}
	}
	if len(idxs) < 2 {
		return ""
	}
	above, below, shown := false, false, 0
	bh := pn.bodyHeight()
	for _, idx := range idxs {
		start, ok := pn.passageStart(a.view, sel, idx)
		switch {
		case !ok:
		case start.before(pn.top):
			above = true
		case pn.distance(a.view, sel, pn.top, start, bh) >= bh:
			below = true
		default:
			shown++
		}
	}
	arrow := ""
	switch {
	case above && below:
		arrow = " ⇕"
	case above:
		arrow = " ⇡"
	case below:
		arrow = " ⇣"
	}
	if shown == len(idxs) {
		return fmt.Sprintf("%d passages, all in view", len(idxs))
	}
	return fmt.Sprintf("%d of %d passages%s", shown, len(idxs), arrow)
}
