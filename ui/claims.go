package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// claimKind filters the claims list by coverage.
type claimKind int

const (
	claimsAll claimKind = iota
	claimsShared
	claimsUnique
	claimsDisc // with a discrepancy (spelling variants aside)
)

// claimsHeaderHeight is the lines above the list: the filter line and a
// rule.
const claimsHeaderHeight = 2

// claimsList is the panel listing every claim with its coverage, most
// widely reported first, filtered by coverage, source and text.
type claimsList struct {
	ix     *index
	kind   claimKind
	source int    // only claims this document reports, or -1
	text   string // only claims whose passages hold this text
	items  []int  // the claims shown, as indices in Comparison.Claims
	listView
	w, h int
	// folds are the sources folded for search (App.folds).
	folds func() []foldedText
}

func newClaimsList(ix *index, folds func() []foldedText) claimsList {
	c := claimsList{ix: ix, source: -1, folds: folds}
	c.refilter()
	return c
}

// setSize sets the panel's size in cells.
func (c *claimsList) setSize(w, h int) {
	c.w, c.h = w, h
	c.scrollToSel()
}

// rows is how many claims the panel shows at once.
func (c *claimsList) rows() int { return max(c.h-claimsHeaderHeight, 1) }

// refilter recomputes the claims shown, keeping the selected claim
// selected when it is still shown.
func (c *claimsList) refilter() {
	keep := c.selected()
	q := foldQuery(c.text)
	c.items = c.items[:0]
	for _, ci := range c.ix.order {
		if c.keeps(ci, q) {
			c.items = append(c.items, ci)
		}
	}
	c.sel = 0
	for i, ci := range c.items {
		if ci == keep {
			c.sel = i
		}
	}
	c.scrollToSel()
}

// keeps reports whether claim ci passes the filters; q is the folded text.
func (c *claimsList) keeps(ci int, q string) bool {
	cov := c.ix.coverage[ci]
	if c.kind == claimsShared && cov < 2 || c.kind == claimsUnique && cov != 1 {
		return false
	}
	if c.kind == claimsDisc && c.discrepancies(ci) == 0 {
		return false
	}
	if c.source >= 0 {
		if _, ok := c.ix.locOf(ci, c.source); !ok {
			return false
		}
	}
	if strings.TrimSpace(q) == "" {
		return true
	}
	for _, l := range c.ix.claimPass[ci] {
		sp := c.ix.pass(l).span
		ft := &c.folds()[l.doc]
		if strings.Contains(ft.s[ft.toFolded(sp.Start):ft.toFolded(sp.End)], q) {
			return true
		}
	}
	return false
}

// selected is the selected claim, or -1 when the list is empty.
func (c *claimsList) selected() int {
	if c.sel < 0 || c.sel >= len(c.items) {
		return -1
	}
	return c.items[c.sel]
}

// selectClaim selects claim ci, if it is shown.
func (c *claimsList) selectClaim(ci int) {
	for i, x := range c.items {
		if x == ci {
			c.sel = i
			c.scrollToSel()
			return
		}
	}
}

// move moves the selection by n rows.
func (c *claimsList) move(n int) { c.moveBy(n, len(c.items), c.rows()) }

// scrollToSel keeps the selection in view.
func (c *claimsList) scrollToSel() { c.keepInView(len(c.items), c.rows()) }

// render draws the panel: exactly h lines of w cells.
func (c *claimsList) render(st *Styles) []string {
	out := []string{fitWidth(c.filterLine(st), c.w), st.Rule.Render(strings.Repeat("─", c.w))}
	if len(c.items) == 0 {
		out = append(out, fitWidth(st.Dim.Render(" no claim matches these filters (a shows all)"), c.w))
	}
	for i := c.top; i < len(c.items) && len(out) < c.h; i++ {
		out = append(out, c.row(st, i))
	}
	for len(out) < c.h {
		out = append(out, strings.Repeat(" ", c.w))
	}
	return out[:c.h]
}

// filterLine says how many claims are shown and which filters apply.
func (c *claimsList) filterLine(st *Styles) string {
	opt := func(on bool, s string) string {
		if on {
			return st.FilterActive.Render(s)
		}
		return st.Filter.Render(s)
	}
	parts := []string{
		st.Bold.Render(fmt.Sprintf("Claims %d/%d", len(c.items), len(c.ix.order))),
		opt(c.kind == claimsAll, "a all") + " " + opt(c.kind == claimsShared, "s shared") + " " + opt(c.kind == claimsUnique, "u no match") + " " + opt(c.kind == claimsDisc, "d discrepancies"),
	}
	src := "1-9 source: any"
	if c.source >= 0 {
		src = fmt.Sprintf("source: %d %s", c.source+1, sourceName(c.ix.cmp.Documents[c.source]))
	}
	parts = append(parts, opt(c.source >= 0, src))
	text := "/ text"
	if c.text != "" {
		text = "text: " + oneLine(c.text)
	}
	parts = append(parts, opt(c.text != "", text))
	return cellTruncate(" "+strings.Join(parts, st.Dim.Render(" · ")), c.w, "…")
}

// row draws item i: coverage, discrepancies, where a unique claim is, and
// the claim's words.
func (c *claimsList) row(st *Styles, i int) string {
	ci := c.items[i]
	nd := len(c.ix.docs)
	cov := c.ix.coverage[ci]
	digits := len(fmt.Sprint(nd))
	prefix := " "
	if i == c.sel {
		prefix = "›"
	}
	head := fmt.Sprintf("%s %*d/%d", prefix, digits, cov, nd)
	var disc string
	if n := c.discrepancies(ci); n > 0 {
		disc = st.ClaimDisc.Render(fmt.Sprintf("≠%d", n)) + " "
	}
	locs := c.ix.claimPass[ci]
	var docs []string
	for _, l := range locs {
		if n := itoa(l.doc + 1); !slices.Contains(docs, n) {
			docs = append(docs, n)
		}
	}
	where := "[" + strings.Join(docs, " ") + "] "
	if cov == 1 {
		where += "no match found in the other sources · "
	}
	text := oneLine(c.ix.text(locs[0]))
	line := st.ClaimCoverage.Render(head) + st.Dim.Render(" "+where) + disc + text
	line = fitWidth(cellTruncate(line, c.w, "…"), c.w)
	if i == c.sel {
		line = st.ClaimSelected.Render(ansi.Strip(line))
	}
	return line
}

// discrepancies counts the claim's disagreements (spelling variants
// aside).
func (c *claimsList) discrepancies(ci int) int {
	n := 0
	for _, d := range c.ix.cmp.Claims[ci].Discrepancies {
		if !d.Variant {
			n++
		}
	}
	return n
}

// openClaims opens the claims list at the current claim.
func (a *App) openClaims() {
	a.claimsOpen = true
	a.relayout()
	if c := a.sel().claim; c >= 0 {
		a.claims.selectClaim(c)
	}
}

// closeClaims closes the claims list.
func (a *App) closeClaims() {
	a.claimsOpen = false
	a.relayout()
}

// claimsKey handles a key in the claims list.
func (a *App) claimsKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &a.keys
	c := &a.claims
	switch {
	case key.Matches(msg, k.Quit):
		return a.quit()
	case key.Matches(msg, k.Back, k.Claims):
		a.closeClaims()
	case key.Matches(msg, k.Choose):
		if ci := c.selected(); ci >= 0 {
			a.goToClaim(ci, true)
		}
		a.closeClaims()
	case key.Matches(msg, k.Down):
		a.claimsMove(1)
	case key.Matches(msg, k.Up):
		a.claimsMove(-1)
	case key.Matches(msg, k.PageDown):
		a.claimsMove(c.rows() - 1)
	case key.Matches(msg, k.PageUp):
		a.claimsMove(-(c.rows() - 1))
	case key.Matches(msg, k.Top):
		a.claimsMove(-len(c.items))
	case key.Matches(msg, k.Bottom):
		a.claimsMove(len(c.items))
	case key.Matches(msg, k.FilterAll):
		c.kind, c.source, c.text = claimsAll, -1, ""
		a.claimsFiltered()
	case key.Matches(msg, k.FilterShared):
		c.kind = claimsShared
		a.claimsFiltered()
	case key.Matches(msg, k.FilterUnique):
		c.kind = claimsUnique
		a.claimsFiltered()
	case key.Matches(msg, k.FilterDisc):
		c.kind = claimsDisc
		a.claimsFiltered()
	case key.Matches(msg, k.FilterSource):
		d := int(msg.String()[0] - '1')
		if d >= len(a.ix.docs) {
			a.note("there is no source " + msg.String())
			return nil
		}
		if c.source == d {
			d = -1
		}
		c.source = d
		a.claimsFiltered()
	case key.Matches(msg, k.FilterText):
		return a.openPrompt(promptFilter, "filter: ", c.text)
	}
	return nil
}

// claimsMove moves the selection and shows the selected claim in the
// panes.
func (a *App) claimsMove(n int) {
	a.claims.move(n)
	if ci := a.claims.selected(); ci >= 0 {
		a.goToClaim(ci, false)
	}
}

// claimsFiltered shows the claim selected after the filters changed.
func (a *App) claimsFiltered() {
	a.claims.refilter()
	if ci := a.claims.selected(); ci >= 0 {
		a.goToClaim(ci, false)
	}
}

// goToClaim makes claim ci's passage current and brings its passages in
// every pane into view. With arrange, sources that report it replace, in
// the panes, sources that do not.
func (a *App) goToClaim(ci int, arrange bool) {
	locs := a.ix.claimPass[ci]
	if len(locs) == 0 {
		return
	}
	if arrange {
		a.arrangeFor(ci)
	}
	focusDoc := a.focused().doc
	if _, ok := a.ix.locOf(ci, focusDoc); !ok {
		moved := false
		for i, p := range a.panes {
			if _, ok := a.ix.locOf(ci, p.doc); ok {
				a.focus, moved = i, true
				break
			}
		}
		if !moved {
			a.focused().setDoc(locs[0].doc)
		}
	}
	loc, _ := a.ix.locOf(ci, a.focused().doc)
	a.setCursor(loc.idx)
}

// arrangeFor puts the sources reporting claim ci into the panes showing
// sources that do not, leaving the focused pane for last.
func (a *App) arrangeFor(ci int) {
	var docs []int
	for _, l := range a.ix.claimPass[ci] {
		if !slices.Contains(docs, l.doc) {
			docs = append(docs, l.doc)
		}
	}
	a.arrangeDocs(docs)
}
