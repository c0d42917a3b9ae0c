package ui

import (
	"slices"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// wheelLines is how far one turn of the mouse wheel scrolls.
const wheelLines = 3

// relayout fits the panes and the claims list to the terminal.
func (a *App) relayout() {
	if a.ix == nil {
		return
	}
	if a.width < MinWidth || a.height < MinHeight {
		// Keep the panes as they are for when the terminal grows again.
		a.layout = Layout{TooSmall: true}
		return
	}
	nd := len(a.ix.docs)
	n := min(PaneCount(a.width, nd), nd)
	a.arrangePanes(n)
	hidden := len(a.panes) < nd
	a.layout = ComputeLayout(a.width, a.height, len(a.panes), hidden, a.claimsOpen || a.quotesOpen)
	a.help.SetWidth(a.width)
	if a.layout.TooSmall {
		return
	}
	rects := a.layout.Panes
	if len(rects) == 0 {
		// The claims list has the screen; size the panes as if it had not.
		rects = ComputeLayout(a.width, a.height, len(a.panes), hidden, false).Panes
	}
	for i := range a.panes {
		a.panes[i].w, a.panes[i].h = rects[i].W, rects[i].H
	}
	a.claims.setSize(a.layout.Claims.W, a.layout.Claims.H)
	a.quotes.setSize(a.layout.Claims.W, a.layout.Claims.H)
	a.follow()
}

// arrangePanes makes n panes, keeping the sources already shown (the
// focused one above all) and filling new panes with sources not shown, in
// the order the sources were given.
func (a *App) arrangePanes(n int) {
	if n == len(a.panes) {
		return
	}
	focusDoc := -1
	if a.focus < len(a.panes) {
		focusDoc = a.panes[a.focus].doc
	}
	var docs []int
	for _, p := range a.panes {
		if len(docs) < n {
			docs = append(docs, p.doc)
		}
	}
	if focusDoc >= 0 && !slices.Contains(docs, focusDoc) {
		docs[len(docs)-1] = focusDoc
	}
	for d := 0; len(docs) < n && d < len(a.ix.docs); d++ {
		if !slices.Contains(docs, d) {
			docs = append(docs, d)
		}
	}
	sort.Ints(docs)
	old := a.panes
	a.panes = make([]pane, len(docs))
	a.focus = 0
	for i, d := range docs {
		a.panes[i] = pane{doc: d}
		for _, p := range old {
			if p.doc == d {
				a.panes[i].top = p.top
			}
		}
		if d == focusDoc {
			a.focus = i
		}
	}
}

// follow brings the current passage into view in the focused pane, and
// its claim's passages in the others, which take them as their own
// current passages: each is scrolled so that its passage starts on the
// row the current passage starts on, as far as its text allows.
func (a *App) follow() {
	if a.layout.TooSmall || len(a.panes) == 0 {
		return
	}
	if a.quote != nil {
		// A statement shown: its renderings stand side by side instead.
		a.followQuote()
		return
	}
	sel := a.sel()
	v := a.view
	row := -1
	if fp := a.focused(); sel.has {
		fp.revealPassage(v, sel, sel.cur.idx, revealNear)
		fp.clampTop(v, sel)
		row = fp.passageRow(v, sel, sel.cur.idx)
	}
	for i := range a.panes {
		pn := &a.panes[i]
		if i == a.focus {
			pn.clampTop(v, sel)
			continue
		}
		if !sel.has {
			pn.clampTop(v, sel)
			continue
		}
		if loc, ok := a.ix.locOf(sel.claim, pn.doc); ok {
			a.cursor[pn.doc] = loc.idx
			if row >= 0 {
				pn.alignPassage(v, sel, loc.idx, row)
			} else {
				pn.revealPassage(v, sel, loc.idx, revealThird)
			}
		}
		pn.clampTop(v, sel)
	}
}

// readingKey handles a key in the panes.
func (a *App) readingKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &a.keys
	switch {
	case key.Matches(msg, k.Quit):
		return a.quit()
	case len(a.panes) == 0:
		return nil
	case key.Matches(msg, k.Down):
		a.step(1)
	case key.Matches(msg, k.Up):
		a.step(-1)
	case key.Matches(msg, k.PageDown):
		a.page(1)
	case key.Matches(msg, k.PageUp):
		a.page(-1)
	case key.Matches(msg, k.Top):
		a.ends(false)
	case key.Matches(msg, k.Bottom):
		a.ends(true)
	case key.Matches(msg, k.NextShared):
		a.seek(1, true)
	case key.Matches(msg, k.PrevShared):
		a.seek(-1, true)
	case key.Matches(msg, k.NextUnique):
		a.seek(1, false)
	case key.Matches(msg, k.PrevUnique):
		a.seek(-1, false)
	case key.Matches(msg, k.NextPane):
		a.cyclePane(1)
	case key.Matches(msg, k.PrevPane):
		a.cyclePane(-1)
	case key.Matches(msg, k.NextSource):
		a.cycleSource(1)
	case key.Matches(msg, k.PrevSource):
		a.cycleSource(-1)
	case key.Matches(msg, k.ShowSource):
		a.showSource(int(msg.String()[0] - '1'))
	case key.Matches(msg, k.Fold):
		a.view.folded = !a.view.folded
		a.view.reset()
		a.follow()
	case key.Matches(msg, k.Inline):
		a.toggleInline()
	case key.Matches(msg, k.NextDisc):
		a.seekDisc(1)
	case key.Matches(msg, k.PrevDisc):
		a.seekDisc(-1)
	case key.Matches(msg, k.Copy):
		return a.copyPassage()
	case key.Matches(msg, k.Open):
		return a.openPager()
	case key.Matches(msg, k.Claims):
		a.openClaims()
	case key.Matches(msg, k.Quotes):
		a.openQuotes()
	case key.Matches(msg, k.Search):
		a.histAt, a.typed = len(a.history), ""
		return a.openPrompt(promptSearch, "/", "")
	case key.Matches(msg, k.NextHit):
		a.nextHit(true)
	case key.Matches(msg, k.PrevHit):
		a.nextHit(false)
	case key.Matches(msg, k.Export):
		return a.openPrompt(promptExport, "export to: ", a.defaultExportPath())
	case key.Matches(msg, k.Back) && a.quote != nil:
		a.endQuote()
	case key.Matches(msg, k.Back):
		if a.search.query != "" {
			a.search = searchState{cur: -1}
			a.note("search cleared")
		}
	}
	return nil
}

// focused returns the focused pane.
func (a *App) focused() *pane { return &a.panes[a.focus] }

// setCursor makes passage idx of the focused pane's document current and
// brings the other panes along.
func (a *App) setCursor(idx int) {
	a.quote = nil
	a.cursor[a.focused().doc] = idx
	a.follow()
}

// step moves to the next (dir 1) or previous (dir -1) passage, or scrolls
// a line when the source has none.
func (a *App) step(dir int) {
	pn := a.focused()
	n := len(a.ix.docs[pn.doc].passages)
	if n == 0 {
		pn.scroll(a.view, a.sel(), dir)
		return
	}
	c := a.cursor[pn.doc] + dir
	if c < 0 || c >= n {
		// At either end, show what lies beyond the last passage.
		pn.scroll(a.view, a.sel(), dir)
		return
	}
	a.setCursor(c)
}

// page scrolls the focused pane by a screenful; the current passage moves
// into the new screenful when it is left behind.
// At the end of the source, where it cannot scroll further, it goes to
// the last passage (the first, going up), so that paging reaches the ends.
func (a *App) page(dir int) {
	pn := a.focused()
	sel := a.sel()
	before := pn.top
	pn.scroll(a.view, sel, dir*max(pn.bodyHeight()-2, 1))
	if pn.top == before {
		if n := len(a.ix.docs[pn.doc].passages); n > 0 {
			idx := 0
			if dir > 0 {
				idx = n - 1
			}
			a.setCursor(idx)
		}
		return
	}
	a.keepCursorVisible(dir)
}

// keepCursorVisible moves the focused pane's current passage into view
// after a scroll, when it went out of it, to the first passage in view
// when the scroll went down (dir > 0), the last when it went up.
func (a *App) keepCursorVisible(dir int) {
	pn := a.focused()
	sel := a.sel()
	first, last := pn.visiblePassages(a.view, sel)
	c := a.cursor[pn.doc]
	if first < 0 || c < 0 || (c >= first && c <= last) {
		return
	}
	if dir > 0 {
		a.setCursor(first)
	} else {
		a.setCursor(last)
	}
}

// ends goes to the first or the last passage, and the start or end of the
// source.
func (a *App) ends(last bool) {
	pn := a.focused()
	n := len(a.ix.docs[pn.doc].passages)
	sel := a.sel()
	if last {
		pn.top = pn.maxTop(a.view, sel)
		if n > 0 {
			a.setCursor(n - 1)
		}
		return
	}
	pn.top = anchor{}
	if n > 0 {
		a.setCursor(0)
	}
}

// seek moves to the next or previous passage whose claim is shared (or
// unique, when shared is false), skipping the current claim's other
// passages.
func (a *App) seek(dir int, shared bool) {
	pn := a.focused()
	ps := a.ix.docs[pn.doc].passages
	if len(ps) == 0 {
		a.note("this source has no passages to compare")
		return
	}
	cur := a.cursor[pn.doc]
	claim := ps[cur].claim
	for i := cur + dir; i >= 0 && i < len(ps); i += dir {
		if ps[i].claim != claim && a.ix.shared(ps[i].claim) == shared {
			a.setCursor(i)
			return
		}
	}
	what := "shared"
	if !shared {
		what = "unique"
	}
	where := "below"
	if dir < 0 {
		where = "above"
	}
	a.note("no " + what + " passage " + where + " in this source")
}

// wheel scrolls the pane (or the claims list) under the pointer.
func (a *App) wheel(msg tea.MouseWheelMsg) {
	if a.ix == nil || a.layout.TooSmall || a.helpOpen {
		return
	}
	dir := 0
	switch msg.Button {
	case tea.MouseWheelDown:
		dir = 1
	case tea.MouseWheelUp:
		dir = -1
	default:
		return
	}
	if a.claimsOpen && inRect(a.layout.Claims, msg.X, msg.Y) {
		a.claimsMove(dir * wheelLines)
		return
	}
	if a.quotesOpen && inRect(a.layout.Claims, msg.X, msg.Y) {
		a.quotesMove(dir)
		return
	}
	for i, r := range a.layout.Panes {
		if !inRect(r, msg.X, msg.Y) {
			continue
		}
		a.panes[i].scroll(a.view, a.sel(), dir*wheelLines)
		if i == a.focus {
			a.keepCursorVisible(dir)
		}
		return
	}
}

// inRect reports whether cell (x, y) lies in r.
func inRect(r Rect, x, y int) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// note sets the status line's one-off message.
func (a *App) note(s string) { a.msg, a.msgErr = s, false }

// fail sets the status line's one-off message, as an error.
func (a *App) fail(s string) { a.msg, a.msgErr = s, true }
