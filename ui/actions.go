package ui

// toggleInline switches between each match in its own words and the
// current passage's missing words put into it, struck through.
func (a *App) toggleInline() {
	a.view.inline = !a.view.inline
	a.view.reset()
	a.follow()
	if a.view.inline {
		a.note("inline: the current passage's words a match lacks are put in it, struck through (not in a match reworded too far for it to help) · w turns it off")
	} else {
		a.note("own words: each match shows only its own words, what differs underlined · w puts the missing words inline")
	}
}

// discClaims is the claims with a discrepancy (spelling variants aside),
// in the order of the claims list.
func (a *App) discClaims() []int {
	var out []int
	for _, ci := range a.ix.order {
		if a.claims.discrepancies(ci) > 0 {
			out = append(out, ci)
		}
	}
	return out
}

// seekDisc goes to the next (dir 1) or previous claim with a discrepancy,
// in the order of the claims list, wrapping around, bringing the sources
// that report it into the panes.
func (a *App) seekDisc(dir int) {
	list := a.discClaims()
	if len(list) == 0 {
		a.note("the sources disagree on no claim")
		return
	}
	cur := a.sel().claim
	r := -1
	if cur >= 0 {
		r = a.ix.rank[cur]
	}
	pick := -1
	if dir > 0 {
		pick = 0
		for i, ci := range list {
			if a.ix.rank[ci] > r {
				pick = i
				break
			}
		}
	} else {
		pick = len(list) - 1
		for i := len(list) - 1; i >= 0; i-- {
			if r >= 0 && a.ix.rank[list[i]] < r {
				pick = i
				break
			}
		}
	}
	a.goToClaim(list[pick], true)
	a.note("discrepancy " + itoa(pick+1) + "/" + itoa(len(list)) + " · " + a.discrepancyNote(list[pick]))
}
