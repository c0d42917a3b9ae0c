package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/worddiff"
)

// quoteSel is a statement shown in the panes: each source's rendering of
// it marked as the current passage is (in the reference source, the
// focused pane's) or as its match is (elsewhere), with the words a
// rendering has that the reference's lacks marked as a match's are.
type quoteSel struct {
	stmt int // index in Comparison.Statements
	ref  int // the document whose rendering the others are compared with
	// quotes are the statement's renderings, by document.
	quotes map[int][]quoteMarks
}

// quoteMarks is one rendering as drawn: the pieces of its quotation and
// the words in them that differ from the reference's.
type quoteMarks struct {
	q       model.Quote
	parts   []model.Span
	differs []model.Span
}

// quoteParts are the pieces of a quotation: its Parts, else its Span.
func quoteParts(q model.Quote) []model.Span {
	if len(q.Parts) > 0 {
		return q.Parts
	}
	return []model.Span{q.Span}
}

// validSpan reports whether sp lies within a text of n bytes.
func validSpan(sp model.Span, n int) bool {
	return sp.Start >= 0 && sp.End <= n && sp.Start <= sp.End
}

// quoteText is a quotation's words, its parts joined by a space, with
// where each part starts in the joined text.
func quoteText(d *model.Document, parts []model.Span) (string, []int) {
	var b []byte
	at := make([]int, len(parts))
	for i, p := range parts {
		if i > 0 {
			b = append(b, ' ')
		}
		at[i] = len(b)
		b = append(b, d.Text[p.Start:p.End]...)
	}
	return string(b), at
}

// lowerASCII lower-cases ASCII letters only, so that byte offsets stay
// put: a quotation that starts a sentence in one source and runs on in
// another should not differ by its capital.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// newQuoteSel marks statement stmt of cmp against its rendering in
// document ref (the first rendering's document when ref has none).
// Renderings whose spans do not fit their document are left out.
func newQuoteSel(cmp *model.Comparison, stmt, ref int) *quoteSel {
	st := &cmp.Statements[stmt]
	qs := &quoteSel{stmt: stmt, ref: -1, quotes: map[int][]quoteMarks{}}
	for _, q := range st.Quotes {
		if q.Doc < 0 || q.Doc >= len(cmp.Documents) {
			continue
		}
		d := cmp.Documents[q.Doc]
		parts := quoteParts(q)
		ok := true
		for _, p := range parts {
			ok = ok && validSpan(p, len(d.Text))
		}
		if !ok || len(parts) == 0 {
			continue
		}
		qs.quotes[q.Doc] = append(qs.quotes[q.Doc], quoteMarks{q: q, parts: parts})
		if qs.ref < 0 {
			qs.ref = q.Doc
		}
	}
	if _, ok := qs.quotes[ref]; ok {
		qs.ref = ref
	}
	if qs.ref < 0 {
		return qs
	}
	refDoc := cmp.Documents[qs.ref]
	refText, _ := quoteText(refDoc, qs.quotes[qs.ref][0].parts)
	refText = lowerASCII(refText)
	for doc, list := range qs.quotes {
		if doc == qs.ref {
			continue
		}
		d := cmp.Documents[doc]
		for i := range list {
			list[i].differs = differingWords(d, list[i].parts, refText)
		}
	}
	return qs
}

// differingWords are the words of the quotation made of parts of d that
// the reference text lacks, as spans of d.
func differingWords(d *model.Document, parts []model.Span, refText string) []model.Span {
	text, at := quoteText(d, parts)
	var out []model.Span
	pos := 0
	for _, op := range worddiff.Diff(refText, lowerASCII(text)) {
		if op.Kind == worddiff.Delete {
			continue
		}
		end := pos + len(op.Text)
		if op.Kind == worddiff.Insert {
			// Back to the document, part by part (the joining spaces
			// belong to none).
			for i, p := range parts {
				lo, hi := max(pos, at[i]), min(end, at[i]+p.Len())
				if lo < hi {
					// From its first word to its last: punctuation (a comma
					// moved by the attribution) is no difference of wording.
					w := d.Text[p.Start+lo-at[i] : p.Start+hi-at[i]]
					if f := strings.IndexFunc(w, isWordRune); f >= 0 {
						l := strings.LastIndexFunc(w, isWordRune)
						_, size := utf8.DecodeRuneInString(w[l:])
						start := p.Start + lo - at[i]
						out = append(out, model.Span{Start: start + f, End: start + l + size})
					}
				}
			}
		}
		pos = end
	}
	return out
}

// touches reports whether a rendering of the statement lies in span (a
// paragraph) of document doc.
func (qs *quoteSel) touches(doc int, span model.Span) bool {
	for _, qm := range qs.quotes[doc] {
		for _, p := range qm.parts {
			if p.Start < span.End && p.End > span.Start {
				return true
			}
		}
	}
	return false
}

// mark marks the renderings of the statement in document doc with set:
// the reference's as the current passage, the others as matches, with
// their differing words as a match's insertions.
func (qs *quoteSel) mark(doc int, set func(model.Span, mark)) {
	m := markMatch
	if doc == qs.ref {
		m = markCurrent
	}
	for _, qm := range qs.quotes[doc] {
		for _, p := range qm.parts {
			set(p, m)
		}
		for _, sp := range qm.differs {
			set(sp, markInsert)
		}
	}
}

// first is the paragraph of document doc where the rendering to bring
// level starts: the first of the reference's kind (a direct quotation
// beside a direct one), else the first; false when doc has none.
func (qs *quoteSel) first(cmp *model.Comparison, doc int) (para int, ok bool) {
	list := qs.quotes[doc]
	if len(list) == 0 {
		return 0, false
	}
	kind := qs.quotes[qs.ref][0].q.Kind
	start := -1
	for _, qm := range list {
		if qm.q.Kind == kind && (start < 0 || qm.parts[0].Start < start) {
			start = qm.parts[0].Start
		}
	}
	if start < 0 {
		start = list[0].parts[0].Start
		for _, qm := range list[1:] {
			start = min(start, qm.parts[0].Start)
		}
	}
	for i, p := range cmp.Documents[doc].Paragraphs {
		if p.Start <= start && start < max(p.End, p.Start+1) {
			return i, true
		}
	}
	return 0, false
}

// isWordRune reports whether r is part of a word: a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
