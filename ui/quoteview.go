package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// goToQuote shows statement si in the panes: each source's rendering
// marked, the focused pane's as the current passage, and every rendering
// scrolled to start on the row the focused pane's starts on. With
// arrange, sources that render it replace, in the panes, sources that do
// not. Moving to another passage ends it.
func (a *App) goToQuote(si int, arrange bool) {
	if si < 0 || si >= len(a.ix.cmp.Statements) || len(a.panes) == 0 {
		return
	}
	qs := newQuoteSel(a.ix.cmp, si, a.focused().doc)
	if qs.ref < 0 {
		a.note("this statement's quotations lie outside their sources")
		return
	}
	if arrange {
		var docs []int
		for d := range a.ix.cmp.Documents {
			if len(qs.quotes[d]) > 0 {
				docs = append(docs, d)
			}
		}
		a.arrangeDocs(docs)
	}
	if len(qs.quotes[a.focused().doc]) == 0 {
		moved := false
		for i, p := range a.panes {
			if len(qs.quotes[p.doc]) > 0 {
				a.focus, moved = i, true
				break
			}
		}
		if !moved {
			a.focused().setDoc(qs.ref)
		}
		qs = newQuoteSel(a.ix.cmp, si, a.focused().doc)
	}
	// The current passage becomes the one the quotation starts in, so
	// that j and k go on from there.
	doc := a.focused().doc
	start := qs.quotes[doc][0].parts[0].Start
	for i, p := range a.ix.docs[doc].passages {
		if p.span.Start <= start && start < max(p.span.End, p.span.Start+1) {
			a.setCursor(i)
			break
		}
	}
	a.quote = qs
	// The focused pane's rendering a third of the way down, so that the
	// others have room to come level with it from above and below.
	fp, sel := a.focused(), a.sel()
	if at, _, ok := a.quoteStart(qs, fp, sel); ok {
		fp.top = fp.advance(a.view, sel, at, -fp.bodyHeight()/3)
		fp.clampTop(a.view, sel)
	}
	a.follow()
}

// arrangeDocs puts documents docs into the panes showing documents not
// among them, leaving the focused pane for last.
func (a *App) arrangeDocs(docs []int) {
	var missing []int
	for _, d := range docs {
		if !a.shown(d) {
			missing = append(missing, d)
		}
	}
	order := make([]int, 0, len(a.panes))
	for i := range a.panes {
		if i != a.focus {
			order = append(order, i)
		}
	}
	order = append(order, a.focus)
	for _, i := range order {
		if len(missing) == 0 {
			return
		}
		if !slices.Contains(docs, a.panes[i].doc) {
			a.panes[i].setDoc(missing[0])
			missing = missing[1:]
		}
	}
}

// quoteOf is the statement shown in the panes, compared with the focused
// pane's rendering when it has one (after tab, say), or nil.
func (a *App) quoteOf() *quoteSel {
	if a.quote == nil || len(a.panes) == 0 {
		return nil
	}
	if d := a.panes[a.focus].doc; d != a.quote.ref && len(a.quote.quotes[d]) > 0 {
		a.quote = newQuoteSel(a.ix.cmp, a.quote.stmt, d)
	}
	return a.quote
}

// followQuote scrolls the panes so that each rendering of the statement
// shown starts on the row the focused pane's starts on, as far as the
// text allows; run at the end of follow.
func (a *App) followQuote() {
	qs := a.quoteOf()
	if qs == nil {
		return
	}
	sel := a.sel()
	v := a.view
	start := func(pn *pane) (anchor, int, bool) { return a.quoteStart(qs, pn, sel) }
	row := -1
	fp := a.focused()
	if at, last, ok := start(fp); ok {
		fp.reveal(v, sel, at.para, at.line, last, revealNear)
		if !at.before(fp.top) {
			if d := fp.distance(v, sel, fp.top, at, fp.bodyHeight()); d < fp.bodyHeight() {
				row = d
			}
		}
	}
	for i := range a.panes {
		pn := &a.panes[i]
		if i == a.focus {
			continue
		}
		at, last, ok := start(pn)
		switch {
		case !ok:
		case row >= 0:
			pn.top = pn.advance(v, sel, at, -row)
			pn.clampTop(v, sel)
		default:
			pn.reveal(v, sel, at.para, at.line, last, revealThird)
		}
	}
}

// quoteStart is where the rendering of the statement to bring level
// starts in the pane's document as drawn, and the line of its paragraph
// where it ends; false when the document has none.
func (a *App) quoteStart(qs *quoteSel, pn *pane, sel selection) (anchor, int, bool) {
	para, ok := qs.first(a.ix.cmp, pn.doc)
	if !ok {
		return anchor{}, 0, false
	}
	pl := a.view.get(pn.doc, para, pn.w, sel)
	first, last := max(pl.markFirst, 0), pl.markLast
	if last < first {
		last = len(pl.lines) - 1
	}
	return anchor{para, first}, last, true
}

// endQuote stops showing a statement in the panes.
func (a *App) endQuote() {
	if a.quote != nil {
		a.quote = nil
		a.follow()
	}
}

// quoteWhere is the status line while a statement is shown: which, whose,
// and how the sources render it.
func (a *App) quoteWhere() string {
	st := &a.styles
	qs := a.quote
	i := slices.Index(a.quotes.items, qs.stmt)
	s := &a.quotes.sums[qs.stmt]
	parts := []string{
		st.Status.Render(fmt.Sprintf("statement %d/%d", i+1, len(a.quotes.items))),
		s.speaker,
		a.quotes.describe(st, qs.stmt),
	}
	if s.speakerDiffers {
		parts = append(parts, "given to "+a.speakers(qs.stmt))
	}
	parts = append(parts, st.Dim.Render("esc clears"))
	return strings.Join(parts, st.Dim.Render(" · "))
}

// speakers names who each source gives statement si to: "Zelensky (1,
// 2) ≠ the president (3)".
func (a *App) speakers(si int) string {
	var names []string
	where := map[string][]string{}
	for _, q := range a.ix.cmp.Statements[si].Quotes {
		n := oneLine(q.Speaker)
		if n == "" {
			n = "unattributed"
		}
		if _, ok := where[n]; !ok {
			names = append(names, n)
		}
		if t := itoa(q.Doc + 1); !slices.Contains(where[n], t) {
			where[n] = append(where[n], t)
		}
	}
	for i, n := range names {
		names[i] = n + " (" + strings.Join(where[n], ", ") + ")"
	}
	return strings.Join(names, " ≠ ")
}

// quoteRelation is what a pane's header says while a statement is shown:
// how its source renders it, or that it does not.
func (a *App) quoteRelation(doc int, focused bool) (string, bool) {
	qs := a.quote
	list := qs.quotes[doc]
	if len(list) == 0 {
		return "✗ does not quote it", true
	}
	q := list[0].q
	how := "quotes it"
	if q.Kind != model.QuoteDirect {
		how = "reports it (paraphrase)"
	}
	speaker := oneLine(q.Speaker)
	if speaker == "" {
		speaker = "unattributed"
	}
	how += ", " + speaker
	switch {
	case focused:
		return "▶ " + how, false
	case len(list[0].differs) > 0:
		how += " · other words"
	}
	if len(list) > 1 {
		how += fmt.Sprintf(" · %d renderings", len(list))
	}
	return "✓ " + how, false
}

// quoteCitation is, while a statement is shown, the focused source's
// rendering of it with who said it and where, for the clipboard (only
// neutralised text), and what the status line says about it; false when
// no statement is shown or the focused source does not render it.
func (a *App) quoteCitation() (text, note string, ok bool) {
	if a.quote == nil {
		return "", "", false
	}
	doc := a.focused().doc
	list := a.quote.quotes[doc]
	if len(list) == 0 {
		return "", "", false
	}
	qm := list[0]
	d := a.ix.cmp.Documents[doc]
	words := oneLine(quoteWords(d, qm.parts))
	if qm.q.Kind == model.QuoteDirect {
		words = "“" + words + "”"
	} else {
		words += " (reported speech)"
	}
	speaker := oneLine(qm.q.Speaker)
	if speaker == "" {
		speaker = "unattributed"
	}
	para := 0
	for i, p := range d.Paragraphs {
		if p.Start <= qm.parts[0].Start && qm.parts[0].Start < max(p.End, p.Start+1) {
			para = i
		}
	}
	parts := []string{speaker, "in " + sourceName(d)}
	if t := oneLine(d.Title); t != "" && t != sourceName(d) {
		parts = append(parts, "“"+t+"”")
	}
	parts = append(parts, "paragraph "+itoa(para+1))
	if where := sourceWhere(d); where != "" {
		parts = append(parts, where)
	}
	text = words + "\n— " + strings.Join(parts, ", ") + "\n"
	note = "copied " + speaker + "'s words as " + sourceName(d) + " renders them (¶" + itoa(para+1) +
		") with their citation to the clipboard (OSC 52: the terminal must allow it)"
	return text, note, true
}
