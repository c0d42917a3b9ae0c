package ui

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/overview"
	"github.com/parallax-reader/parallax/model/worddiff"
)

// gutterWidth is the columns before the text of every pane line: a marker
// and a space.
const gutterWidth = 2

// Gutter markers. The same markers are explained in the full help.
const (
	gutterCurrent   = "▌" // the current passage, or its match
	gutterShared    = "│" // a passage other sources report too
	gutterUnique    = "•" // a passage no other source was found to report
	gutterFurniture = "┊" // boilerplate or a repeat
)

// paraLines is one paragraph drawn at one width: its lines (each exactly
// the pane's width, gutter included) and where the marked text lies.
type paraLines struct {
	lines []string
	// markFirst and markLast are the first and last lines holding the
	// current passage or a match, or -1.
	markFirst, markLast int
	// hitLine is the line holding the search match last moved to, or -1.
	hitLine int
	// starts are, line by line, where the line's first word from the
	// document starts in it; a line without one (a blank line, words put
	// in) has the start of the line before it, so that they never
	// decrease.
	starts []int
}

// lineOf is the line on which byte offset at of the document is drawn:
// the first of the lines starting at the last start at or before it (the
// first line when none does).
func (pl *paraLines) lineOf(at int) int {
	i := sort.SearchInts(pl.starts, at+1) - 1
	for i > 0 && pl.starts[i-1] == pl.starts[i] {
		i--
	}
	return max(i, 0)
}

// addStart records the start of the next line, at, or -1 for a line
// without words from the document.
func (pl *paraLines) addStart(at int) {
	if at < 0 {
		at = -1
		if n := len(pl.starts); n > 0 {
			at = pl.starts[n-1]
		}
	}
	pl.starts = append(pl.starts, at)
}

// selection is what the panes highlight: the current passage (in the
// focused pane), the passages of its claim elsewhere, and search matches.
type selection struct {
	cur    passLoc
	has    bool
	claim  int // the current passage's claim, or -1
	search *searchState
	// quote is the statement shown in the panes instead of the current
	// claim, or nil.
	quote *quoteSel
}

// paraView draws paragraphs of the documents of an index.
type paraView struct {
	ix     *index
	st     *Styles
	folded bool // boilerplate and repeats take one line each
	// inline puts the current passage's words that a match lacks into the
	// match, struck through; off, each match reads in its own words.
	inline bool
	cache  map[cacheKey]paraLines
	// gen counts the resets, so that what is drawn from the paragraphs'
	// styles (the pane headers) is drawn again after one.
	gen int
}

// furniture reports whether paragraph p of document doc is page furniture
// or a repeat.
func (v *paraView) furniture(doc, p int) bool {
	para := &v.ix.cmp.Documents[doc].Paragraphs[p]
	return para.Boilerplate || para.DuplicateOf >= 0
}

// foldedAt reports whether paragraph p of document doc is drawn folded.
func (v *paraView) foldedAt(doc, p int) bool {
	return v.folded && v.furniture(doc, p)
}

// render draws paragraph p of document doc at width cells (gutter
// included) with the selection's marks. A blank line follows every
// paragraph but the last, except between two folded ones. A folded
// paragraph is drawn in full when it holds what is selected (open).
func (v *paraView) render(doc, p, width int, sel selection, open bool) paraLines {
	d := v.ix.cmp.Documents[doc]
	para := &d.Paragraphs[p]
	out := paraLines{markFirst: -1, markLast: -1, hitLine: -1}
	textW := width - gutterWidth
	if v.foldedAt(doc, p) && !open {
		out.lines = []string{v.foldedLine(doc, p, width)}
		out.starts = []int{para.Start}
	} else {
		lines := textWrap(textWords(v.pieces(doc, p, sel)), textW)
		for i, l := range lines {
			m := l.marks()
			if m&(markCurrent|markMatch) != 0 {
				if out.markFirst < 0 {
					out.markFirst = i
				}
				out.markLast = i
			}
			if m&markHitCurrent != 0 && out.hitLine < 0 {
				out.hitLine = i
			}
			out.lines = append(out.lines, v.gutter(m, para)+l.render(v.st, textW))
			out.addStart(l.at)
		}
	}
	last := p == len(d.Paragraphs)-1
	if !last && !(v.foldedAt(doc, p) && v.foldedAt(doc, p+1)) {
		out.lines = append(out.lines, strings.Repeat(" ", width))
		out.addStart(-1)
	}
	return out
}

// gutter returns the marker drawn before a line with marks m.
func (v *paraView) gutter(m mark, para *model.Paragraph) string {
	g := " "
	switch {
	case m&(markCurrent|markMatch) != 0:
		g = v.st.gutters[gutterCurrent]
	case m&markUnique != 0:
		g = v.st.gutters[gutterUnique]
	case m&markShared != 0:
		g = v.st.gutters[gutterShared]
	case para.Boilerplate || para.DuplicateOf >= 0:
		g = v.st.gutters[gutterFurniture]
	}
	return g + " "
}

// foldedLine is the one line that stands for a folded paragraph: what it
// is and how it begins.
func (v *paraView) foldedLine(doc, p, width int) string {
	d := v.ix.cmp.Documents[doc]
	para := &d.Paragraphs[p]
	label := model.SafeText(furnitureLabel(para))
	text := model.SafeText(strings.Join(strings.Fields(shownText(d, para)), " "))
	line := cellTruncate("["+label+"] "+text, width-gutterWidth, "…")
	return fitWidth(v.st.GutterFurniture.Render(gutterFurniture)+" "+v.st.Folded.Render(line), width)
}

// shownText is the paragraph's text as the reader shows it: without
// Markdown syntax in a Markdown source.
func shownText(d *model.Document, para *model.Paragraph) string {
	return d.Plain(para.Span, true)
}

// pieces cuts paragraph p of document doc into stretches of equal marks,
// with the words of the current passage that a match lacks put in where
// they would be when the view is inline.
func (v *paraView) pieces(doc, p int, sel selection) []piece {
	d := v.ix.cmp.Documents[doc]
	para := &d.Paragraphs[p]
	base := para.Start
	marks := make([]mark, para.Len())
	set := func(sp model.Span, m mark) {
		for i := max(sp.Start, para.Start); i < min(sp.End, para.End); i++ {
			marks[i-base] |= m
		}
	}
	if para.Title {
		set(para.Span, markTitle)
	}
	furniture := para.Boilerplate || para.DuplicateOf >= 0
	if furniture {
		set(para.Span, markFurniture)
	}
	for _, m := range d.MarkupIn(para.Span) {
		if !m.Address {
			set(m.Span, markHidden)
		}
	}
	var foreign []foreignText
	info := &v.ix.docs[doc]
	first := info.paraFirst[p]
	for k, ref := range v.ix.passagesIn(doc, p) {
		loc := passLoc{doc, first + k}
		if v.ix.shared(ref.claim) {
			set(ref.span, markShared)
		} else {
			set(ref.span, markUnique)
		}
		if !sel.has || ref.claim != sel.claim || sel.quote != nil {
			continue
		}
		if loc == sel.cur {
			set(ref.span, markCurrent)
			continue
		}
		set(ref.span, markMatch)
		if ops, ok := v.ix.diff(sel.cur, loc); ok {
			if f := v.applyDiff(d.Text, ref.span, ops, set); v.inline {
				foreign = append(foreign, f...)
			}
		}
	}
	if sel.quote != nil {
		sel.quote.mark(doc, set)
	} else if sel.has && sel.claim >= 0 {
		for _, disc := range v.ix.cmp.Claims[sel.claim].Discrepancies {
			m := markDisc
			if disc.Variant {
				m = markVariant
			}
			for _, val := range disc.Values {
				if val.Doc == doc && val.Start >= 0 && val.End <= len(d.Text) {
					set(val.Span, m)
				}
			}
		}
	}
	if s := sel.search; s != nil {
		lo, hi := s.hitsIn(doc, para.Span)
		for i := lo; i < hi; i++ {
			m := markHit
			if i == s.cur {
				m = markHitCurrent
			}
			set(s.hits[i].span, m)
		}
	}
	out := v.cut(d.Text[para.Start:para.End], base, marks, foreign)
	if furniture {
		out = append([]piece{{"[" + furnitureLabel(para) + "] ", markFurniture, -1}}, out...)
	}
	return out
}

// furnitureLabel says what a boilerplate or repeated paragraph is.
func furnitureLabel(para *model.Paragraph) string {
	switch {
	case para.DuplicateOf >= 0:
		return fmt.Sprintf("repeats ¶%d", para.DuplicateOf+1)
	case para.Reason != "":
		return "furniture, " + strings.Join(strings.Fields(para.Reason), " ")
	}
	return "furniture"
}

// foreignText is text from another passage drawn inside this one: the
// words of the current passage a match lacks, before byte at.
type foreignText struct {
	at   int
	text string
	m    mark
}

// applyDiff marks the words of a match (at span of text) that the current
// passage lacks, and returns the current passage's words that the match
// lacks, to be drawn struck through where they would be. When the two
// passages have too little in common for a word diff to help (a
// paraphrase more than an edit, see overview.Judge), the missing words are
// left out: they would bury the match. A
// diff that does not fit the text is not shown.
func (v *paraView) applyDiff(text string, span model.Span, ops []worddiff.Op, set func(model.Span, mark)) []foreignText {
	var inserts []model.Span
	var foreign []foreignText
	pos := span.Start
	for _, op := range ops {
		switch op.Kind {
		case worddiff.Delete:
			if t := strings.TrimSpace(op.Text); t != "" {
				foreign = append(foreign, foreignText{pos, t, markMatch | markDelete})
			}
		default:
			end := pos + len(op.Text)
			if end > span.End || text[pos:end] != op.Text {
				return nil
			}
			if op.Kind == worddiff.Insert {
				if sp, ok := trimSpan(text, model.Span{Start: pos, End: end}); ok {
					inserts = append(inserts, sp)
				}
			}
			pos = end
		}
	}
	if pos != span.End {
		return nil
	}
	if overview.Judge(ops) == overview.Reworded {
		foreign = nil
	}
	for _, sp := range inserts {
		set(sp, markInsert)
	}
	return foreign
}

// trimSpan shrinks sp to exclude white space at either end, reporting
// whether anything is left.
func trimSpan(text string, sp model.Span) (model.Span, bool) {
	s := text[sp.Start:sp.End]
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	sp.Start += len(s) - len(t)
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	sp.End = sp.Start + len(t)
	return sp, sp.End > sp.Start
}

// cut turns per-byte marks into pieces, putting in the foreign texts and,
// when the styles say so, the markers that show differences without
// colour.
func (v *paraView) cut(text string, base int, marks []mark, foreign []foreignText) []piece {
	sort.SliceStable(foreign, func(a, b int) bool { return foreign[a].at < foreign[b].at })
	noColor := v.st.NoColor
	var out []piece
	var prev mark
	fi, start := 0, 0
	for i := 0; i <= len(text); i++ {
		var m mark
		if i < len(text) {
			m = marks[i]
		}
		atForeign := fi < len(foreign) && foreign[fi].at-base <= i
		if i > 0 && i < len(text) && m == prev && !atForeign {
			continue
		}
		if i > start && prev&markHidden == 0 {
			out = append(out, piece{text[start:i], prev, base + start})
		}
		start = i
		if noColor {
			out = closeMarkers(out, prev, m)
		}
		for ; fi < len(foreign) && foreign[fi].at-base <= i; fi++ {
			out = v.appendForeign(out, text, i, foreign[fi])
		}
		if noColor {
			out = openMarkers(out, prev, m)
		}
		prev = m
	}
	return out
}

// appendForeign adds a foreign text at byte i of text, with a space
// before it unless it starts with punctuation or follows white space, and
// one after it unless white space or punctuation follows.
func (v *paraView) appendForeign(out []piece, text string, i int, f foreignText) []piece {
	sep := f.m &^ markDelete
	if i > 0 {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		first, _ := utf8.DecodeRuneInString(f.text)
		if !unicode.IsSpace(before) && !unicode.IsPunct(first) {
			out = append(out, piece{" ", sep, -1})
		}
	}
	t := f.text
	if v.st.NoColor {
		t = "[-" + t + "-]"
	}
	out = append(out, piece{t, f.m, -1})
	if i < len(text) {
		after, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(after) && !unicode.IsPunct(after) {
			out = append(out, piece{" ", sep, -1})
		}
	}
	return out
}

// markerPairs are the text markers drawn, without colour, around
// insertions and discrepancies.
var markerPairs = []struct {
	m           mark
	open, close string
}{
	{markInsert, "{+", "+}"},
	{markDisc, "<!", "!>"},
	{markVariant, "<~", "~>"},
}

// closeMarkers adds the closing markers of what ends between marks prev
// and next.
func closeMarkers(out []piece, prev, next mark) []piece {
	for i := len(markerPairs) - 1; i >= 0; i-- {
		mp := markerPairs[i]
		if prev&mp.m != 0 && next&mp.m == 0 {
			out = append(out, piece{mp.close, prev, -1})
		}
	}
	return out
}

// openMarkers adds the opening markers of what begins between marks prev
// and next.
func openMarkers(out []piece, prev, next mark) []piece {
	for _, mp := range markerPairs {
		if next&mp.m != 0 && prev&mp.m == 0 {
			out = append(out, piece{mp.open, next, -1})
		}
	}
	return out
}
