package ui

// cyclePane moves the focus to the next or previous pane; with a single
// pane, it shows the next or previous source instead.
func (a *App) cyclePane(dir int) {
	if len(a.panes) == 1 {
		a.cycleSource(dir)
		return
	}
	a.focus = (a.focus + dir + len(a.panes)) % len(a.panes)
	a.follow()
}

// cycleSource shows, in the focused pane, the next or previous source
// that no other pane shows.
func (a *App) cycleSource(dir int) {
	nd := len(a.ix.docs)
	cur := a.focused().doc
	for i := 1; i < nd; i++ {
		d := ((cur+dir*i)%nd + nd) % nd
		if !a.shown(d) {
			a.showInFocused(d)
			return
		}
	}
	a.note("every source is on screen")
}

// shown reports whether a pane shows document d.
func (a *App) shown(d int) bool {
	for _, p := range a.panes {
		if p.doc == d {
			return true
		}
	}
	return false
}

// showSource focuses the pane showing document d, or shows d in the
// focused pane.
func (a *App) showSource(d int) {
	if d < 0 || d >= len(a.ix.docs) {
		a.note("there is no source " + itoa(d+1))
		return
	}
	for i, p := range a.panes {
		if p.doc == d {
			a.focus = i
			a.follow()
			return
		}
	}
	a.showInFocused(d)
}

// showInFocused puts document d in the focused pane, at the current
// claim's passage when d reports it.
func (a *App) showInFocused(d int) {
	claim := a.sel().claim
	pn := a.focused()
	pn.setDoc(d)
	if loc, ok := a.ix.locOf(claim, d); ok {
		a.cursor[d] = loc.idx
	}
	a.follow()
}
