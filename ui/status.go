package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// itoa is strconv.Itoa.
func itoa(i int) string { return strconv.Itoa(i) }

// statusLine is the line that says where the reader is: the claim, how
// many sources report it, which do not, and what they disagree on.
func (a *App) statusLine() string {
	st := &a.styles
	w := a.width
	switch {
	case a.prompt == promptOverwrite:
		return fitWidth(st.StatusErr.Render(cellTruncate(oneLine(a.exportPath)+" exists. Overwrite it? y/n", w, "…")), w)
	case a.prompt != promptNone:
		return fitWidth(cellTruncate(a.input.View(), w, ""), w)
	case a.msg != "":
		style := st.StatusMsg
		if a.msgErr {
			style = st.StatusErr
		}
		return fitWidth(style.Render(cellTruncate(a.msg, w, "…")), w)
	}
	return fitWidth(cellTruncate(a.where(), w, "…"), w)
}

// where describes the current claim.
func (a *App) where() string {
	st := &a.styles
	if len(a.panes) == 0 {
		return st.Status.Render("no sources to compare")
	}
	if a.quote != nil {
		return a.quoteWhere()
	}
	sel := a.sel()
	if !sel.has {
		d := a.ix.cmp.Documents[a.focused().doc]
		return st.Status.Render(sourceName(d)) + st.Dim.Render(" · no passages to compare in this source")
	}
	ix := a.ix
	c := sel.claim
	nd := len(ix.docs)
	parts := []string{st.Status.Render(fmt.Sprintf("claim %d/%d by coverage", ix.rank[c]+1, len(ix.order)))}
	cov := ix.coverage[c]
	if cov == 1 {
		parts = append(parts, "no match found in the other sources")
	} else {
		parts = append(parts, fmt.Sprintf("reported by %d/%d", cov, nd))
	}
	// What the sources disagree on comes before what is cut first.
	if d := a.discrepancyNote(c); d != "" {
		parts = append(parts, st.ClaimDisc.Render(d))
	}
	if cov > 1 {
		if missing := a.missing(c); len(missing) > 0 {
			parts = append(parts, "not in "+strings.Join(missing, ", "))
		}
	}
	if a.search.query != "" && a.search.cur >= 0 {
		parts = append(parts, st.Dim.Render(fmt.Sprintf("match %d/%d", a.search.cur+1, len(a.search.hits))))
	}
	return strings.Join(parts, st.Dim.Render(" · "))
}

// missing numbers the sources that do not report claim c.
func (a *App) missing(c int) []string {
	var out []string
	for d := range a.ix.cmp.Documents {
		if _, ok := a.ix.locOf(c, d); !ok {
			out = append(out, itoa(d+1))
		}
	}
	return out
}

// discrepancyNote sums up what the sources disagree on about claim c:
// "1 discrepancy: 26 ≠ 27".
func (a *App) discrepancyNote(c int) string {
	var real, variant []model.Discrepancy
	for _, d := range a.ix.cmp.Claims[c].Discrepancies {
		if d.Variant {
			variant = append(variant, d)
		} else {
			real = append(real, d)
		}
	}
	show := func(d model.Discrepancy, sep string) string {
		var vals []string
		where := map[string][]string{}
		for _, v := range d.Values {
			t := oneLine(v.Text)
			if _, ok := where[t]; !ok {
				vals = append(vals, t)
			}
			if n := a.sourceTag(v.Doc); !slices.Contains(where[t], n) {
				where[t] = append(where[t], n)
			}
		}
		for i, t := range vals {
			vals[i] = t + " (" + strings.Join(where[t], ", ") + ")"
		}
		return string(d.Kind) + " " + strings.Join(vals, sep)
	}
	var notes []string
	for _, d := range real {
		notes = append(notes, show(d, " ≠ "))
	}
	for _, d := range variant {
		notes = append(notes, "spelling "+show(d, " ~ "))
	}
	switch len(real) {
	case 0:
		return strings.Join(notes, "; ")
	case 1:
		return "1 discrepancy: " + strings.Join(notes, "; ")
	}
	return fmt.Sprintf("%d discrepancies: %s", len(real), strings.Join(notes, "; "))
}

// sourcesLine lists the sources that have no pane, and which of them
// report the current claim.
func (a *App) sourcesLine() string {
	st := &a.styles
	claim := a.sel().claim
	var parts []string
	for d, doc := range a.ix.cmp.Documents {
		if a.shown(d) {
			continue
		}
		s := fmt.Sprintf("%d %s", d+1, sourceName(doc))
		if a.quote != nil {
			if len(a.quote.quotes[d]) > 0 {
				s += " (quotes it)"
			}
		} else if _, ok := a.ix.locOf(claim, d); ok {
			s += " (reports this)"
		}
		parts = append(parts, s)
	}
	line := st.Dim.Render("not on screen: ") + strings.Join(parts, st.Dim.Render(" · ")) +
		st.Dim.Render(" · > or 1-9 to show")
	return fitWidth(cellTruncate(line, a.width, "…"), a.width)
}

// sourceTag names source d in a line: its number and a short name.
func (a *App) sourceTag(d int) string {
	if d < 0 || d >= len(a.ix.cmp.Documents) {
		return "?"
	}
	return itoa(d+1) + " " + cellTruncate(sourceName(a.ix.cmp.Documents[d]), 14, "…")
}
