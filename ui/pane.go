package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// anchor is a line of a document as drawn: a paragraph and a line of it.
type anchor struct{ para, line int }

// before reports whether a comes before b.
func (a anchor) before(b anchor) bool {
	return a.para < b.para || a.para == b.para && a.line < b.line
}

// pane shows one document: a header, then its paragraphs from top on.
type pane struct {
	doc  int
	w, h int
	top  anchor

	hdrKey   headerKey   // what hdrLines were drawn for
	relKey   relationKey // what their relation line was drawn for
	hdrLines []string
}

// bodyHeight is the lines of text the pane shows under its header.
func (pn *pane) bodyHeight() int { return max(pn.h-paneHeaderHeight, 1) }

// setDoc shows document doc, from its beginning.
func (pn *pane) setDoc(doc int) {
	if pn.doc != doc {
		pn.doc = doc
		pn.top = anchor{}
	}
}

// paraCount is the number of paragraphs of the pane's document.
func (pn *pane) paraCount(v *paraView) int {
	return len(v.ix.cmp.Documents[pn.doc].Paragraphs)
}

// lineCount is the number of lines paragraph p takes.
func (pn *pane) lineCount(v *paraView, sel selection, p int) int {
	return len(v.get(pn.doc, p, pn.w, sel).lines)
}

// advance moves a by n lines (backwards when n < 0), stopping at either
// end of the document.
func (pn *pane) advance(v *paraView, sel selection, a anchor, n int) anchor {
	np := pn.paraCount(v)
	if np == 0 {
		return anchor{}
	}
	a.para = min(max(a.para, 0), np-1)
	a.line = min(max(a.line, 0), pn.lineCount(v, sel, a.para)-1)
	for n > 0 {
		rest := pn.lineCount(v, sel, a.para) - 1 - a.line
		if n <= rest {
			a.line += n
			return a
		}
		if a.para+1 >= np {
			a.line += rest
			return a
		}
		n -= rest + 1
		a.para++
		a.line = 0
	}
	for n < 0 {
		if -n <= a.line {
			a.line += n
			return a
		}
		if a.para == 0 {
			a.line = 0
			return a
		}
		n += a.line + 1
		a.para--
		a.line = pn.lineCount(v, sel, a.para) - 1
	}
	return a
}

// maxTop is the furthest the pane scrolls: the last line at the bottom.
func (pn *pane) maxTop(v *paraView, sel selection) anchor {
	np := pn.paraCount(v)
	if np == 0 {
		return anchor{}
	}
	end := anchor{np - 1, pn.lineCount(v, sel, np-1) - 1}
	return pn.advance(v, sel, end, -(pn.bodyHeight() - 1))
}

// clampTop keeps the top within the document.
func (pn *pane) clampTop(v *paraView, sel selection) {
	pn.top = pn.advance(v, sel, pn.top, 0)
	if m := pn.maxTop(v, sel); m.before(pn.top) {
		pn.top = m
	}
}

// scroll moves the view by n lines.
func (pn *pane) scroll(v *paraView, sel selection, n int) {
	pn.top = pn.advance(v, sel, pn.top, n)
	pn.clampTop(v, sel)
}

// distance is the number of lines from a down to b, or limit when b is
// further (or before a).
func (pn *pane) distance(v *paraView, sel selection, a, b anchor, limit int) int {
	if b.before(a) {
		return limit
	}
	d := 0
	for p := a.para; p < b.para; p++ {
		start := 0
		if p == a.para {
			start = a.line
		}
		d += pn.lineCount(v, sel, p) - start
		if d >= limit {
			return limit
		}
	}
	if a.para == b.para {
		d = b.line - a.line
	} else {
		d += b.line
	}
	return min(d, limit)
}

// How reveal places what it brings into view.
const (
	revealNear  = iota // scroll as little as possible (the focused pane)
	revealThird        // a third of the way down (panes that follow)
)

// reveal scrolls so that lines first to last of paragraph para are in
// view, if they are not already.
func (pn *pane) reveal(v *paraView, sel selection, para, first, last int, how int) {
	if pn.paraCount(v) == 0 || para < 0 {
		return
	}
	bh := pn.bodyHeight()
	margin := min(2, bh/4)
	start := anchor{para, max(first, 0)}
	n := max(last-first+1, 1)
	dist := pn.distance(v, sel, pn.top, start, bh)
	visible := !start.before(pn.top) && dist+n <= bh
	if visible {
		return
	}
	switch {
	case how == revealThird:
		pn.top = pn.advance(v, sel, start, -bh/3)
	case start.before(pn.top) || n > bh-margin:
		pn.top = pn.advance(v, sel, start, -margin)
	default:
		end := anchor{para, max(last, first)}
		pn.top = pn.advance(v, sel, end, -(bh - 1 - margin))
	}
	pn.clampTop(v, sel)
}

// revealPassage brings passage idx of the pane's document into view.
func (pn *pane) revealPassage(v *paraView, sel selection, idx, how int) {
	info := &v.ix.docs[pn.doc]
	if idx < 0 || idx >= len(info.passages) {
		return
	}
	p := info.passages[idx].para
	pl := v.get(pn.doc, p, pn.w, sel)
	first, last := pl.markFirst, pl.markLast
	if first < 0 {
		// Not marked (it is not the selection): show its whole paragraph.
		first, last = 0, len(pl.lines)-1
	}
	pn.reveal(v, sel, p, first, last, how)
}

// visiblePassages returns the first and last passages whose first line
// is in view, or -1, -1.
func (pn *pane) visiblePassages(v *paraView, sel selection) (first, last int) {
	first, last = -1, -1
	if pn.paraCount(v) == 0 {
		return first, last
	}
	info := &v.ix.docs[pn.doc]
	top := pn.top
	end := pn.advance(v, sel, top, pn.bodyHeight()-1)
	for p := top.para; p <= end.para; p++ {
		pl := v.get(pn.doc, p, pn.w, sel)
		for i := info.paraFirst[p]; i < info.paraFirst[p+1]; i++ {
			at := anchor{p, pl.lineOf(info.passages[i].span.Start)}
			if at.before(top) || end.before(at) {
				continue
			}
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// body returns the pane's text lines, each exactly pn.w wide.
func (pn *pane) body(v *paraView, sel selection) []string {
	bh := pn.bodyHeight()
	out := make([]string, 0, bh)
	d := v.ix.cmp.Documents[pn.doc]
	if len(d.Paragraphs) == 0 {
		msg := []string{"(nothing to show: this source has no text)"}
		for _, w := range d.Warnings {
			msg = append(msg, model.SafeText(w))
		}
		for _, m := range msg {
			for _, l := range textWrap(textWords([]piece{{m, 0, -1}}), pn.w-gutterWidth) {
				out = append(out, "  "+v.st.Dim.Render(fitWidth(joinRuns(l), pn.w-gutterWidth)))
			}
		}
	}
	for p, line := pn.top.para, pn.top.line; p < len(d.Paragraphs) && len(out) < bh; p++ {
		lines := v.get(pn.doc, p, pn.w, sel).lines
		for ; line < len(lines) && len(out) < bh; line++ {
			out = append(out, lines[line])
		}
		line = 0
	}
	blank := strings.Repeat(" ", pn.w)
	for len(out) < bh {
		out = append(out, blank)
	}
	return out[:bh]
}

// joinRuns is a line's text without styles.
func joinRuns(l textLine) string {
	var b strings.Builder
	for _, r := range l.runs {
		b.WriteString(r.text)
	}
	return b.String()
}

// paneHeader is what a pane's header says besides its document.
type paneHeader struct {
	number   int    // the source's number, from 1
	focused  bool   // the pane has the keyboard
	relation string // the pane's passage, or whether it reports the current claim
	missing  bool   // the pane's source does not report the current claim
}

// drawHeader returns the pane's header lines: the title; the counts of
// shared and unique claims and where the source is from; the pane's
// relation to the current claim; a rule, heavy in the focused pane.
func (pn *pane) drawHeader(v *paraView, h paneHeader) []string {
	st := v.st
	d := v.ix.cmp.Documents[pn.doc]
	info := &v.ix.docs[pn.doc]
	w := pn.w
	line := func(s string) string { return fitWidth(cellTruncate(s, w, "…"), w) }

	title := fmt.Sprintf("%d %s", h.number, sourceName(d))
	if t := oneLine(d.Title); t != "" && t != sourceName(d) {
		title += " — " + t
	}
	titleStyle := st.PaneTitle
	if h.focused {
		title = "▶ " + title
		titleStyle = st.PaneTitleFocused
	}

	meta := []string{fmt.Sprintf("%d shared · %d unmatched", info.shared, info.unique)}
	if d.URL != "" {
		meta = append(meta, oneLine(d.URL))
	}
	for _, s := range []string{d.Byline, d.Published} {
		if s != "" {
			meta = append(meta, oneLine(s))
		}
	}

	rule := st.Rule.Render(strings.Repeat("─", w))
	if h.focused {
		rule = st.RuleFocused.Render(strings.Repeat("━", w))
	}
	return []string{
		line(titleStyle.Render(title)),
		line(st.PaneMeta.Render(strings.Join(meta, " · "))),
		pn.relationLine(v, h),
		rule,
	}
}

// headerRelationLine is the header line that says how the pane stands to
// the current claim.
const headerRelationLine = 2

// relationLine is the header line saying how the pane stands to the
// current claim.
func (pn *pane) relationLine(v *paraView, h paneHeader) string {
	style := v.st.Following
	if h.missing {
		style = v.st.NotHere
	}
	return fitWidth(cellTruncate(style.Render(h.relation), pn.w, "…"), pn.w)
}

// sourceName is what the reader calls a source, safe to show: the
// outlet's name, else a shortened file name (see model.Document.Label).
func sourceName(d *model.Document) string { return oneLine(d.Label()) }

// oneLine makes a string from a source safe and one line long.
func oneLine(s string) string {
	return model.SafeText(strings.Join(strings.Fields(s), " "))
}

// passageStart is where passage idx of the pane's document starts as
// drawn: the line its first word is on.
func (pn *pane) passageStart(v *paraView, sel selection, idx int) (anchor, bool) {
	info := &v.ix.docs[pn.doc]
	if idx < 0 || idx >= len(info.passages) {
		return anchor{}, false
	}
	ref := info.passages[idx]
	pl := v.get(pn.doc, ref.para, pn.w, sel)
	return anchor{ref.para, pl.lineOf(ref.span.Start)}, true
}

// passageRow is the row of the body on which passage idx starts, or -1
// when it starts out of view.
func (pn *pane) passageRow(v *paraView, sel selection, idx int) int {
	start, ok := pn.passageStart(v, sel, idx)
	if !ok || start.before(pn.top) {
		return -1
	}
	bh := pn.bodyHeight()
	if d := pn.distance(v, sel, pn.top, start, bh); d < bh {
		return d
	}
	return -1
}

// alignPassage scrolls so that passage idx starts on row of the body, as
// far as the text allows (not above its start, nor past its end).
func (pn *pane) alignPassage(v *paraView, sel selection, idx, row int) {
	start, ok := pn.passageStart(v, sel, idx)
	if !ok {
		return
	}
	pn.top = pn.advance(v, sel, start, -row)
	pn.clampTop(v, sel)
}
