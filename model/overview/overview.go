package overview

import (
	"sort"

	"github.com/parallax-reader/parallax/model"
)

// Ref is one passage of a claim as a reader meets it: which claim, which
// document, which paragraph of it, which bytes.
type Ref struct {
	Claim, Doc, Para int
	Span             model.Span
}

// Loc names a passage: its document, and its index in that document's
// Source.Passages.
type Loc struct{ Doc, Idx int }

// Source is what the overview knows about one document.
type Source struct {
	// Passages are the document's passages in reading order.
	Passages []Ref
	// ParaFirst[i] is the index of the first passage in paragraph i or
	// later; it has one entry more than there are paragraphs.
	ParaFirst []int
	// Shared and Unique count the claims the document reports that other
	// sources report too, and that no other source was found to report.
	Shared, Unique int
}

// Overview is derived from a comparison once; it is read-only afterwards,
// so it may be read from several goroutines.
type Overview struct {
	Comparison *model.Comparison
	Sources    []Source
	// ClaimLocs lists, per claim, where its passages are, in source order
	// and reading order within a source.
	ClaimLocs [][]Loc
	// Coverage is the number of distinct sources reporting each claim.
	Coverage []int
	// Order is the claims with at least one passage, most sources first,
	// then in the order the earliest source reports them; Rank is its
	// inverse (-1 for a claim not in Order).
	Order, Rank []int
}

// New derives the overview of a comparison. It tolerates passages that
// point outside their document: those are left out.
func New(cmp *model.Comparison) *Overview {
	o := &Overview{Comparison: cmp, Sources: make([]Source, len(cmp.Documents))}
	for ci, c := range cmp.Claims {
		for _, p := range c.Passages {
			if ref, ok := resolve(cmp, ci, p); ok {
				o.Sources[ref.Doc].Passages = append(o.Sources[ref.Doc].Passages, ref)
			}
		}
	}
	o.ClaimLocs = make([][]Loc, len(cmp.Claims))
	for di := range o.Sources {
		src := &o.Sources[di]
		sort.SliceStable(src.Passages, func(a, b int) bool {
			pa, pb := src.Passages[a].Span, src.Passages[b].Span
			if pa.Start != pb.Start {
				return pa.Start < pb.Start
			}
			return pa.End < pb.End
		})
		for i, p := range src.Passages {
			o.ClaimLocs[p.Claim] = append(o.ClaimLocs[p.Claim], Loc{di, i})
		}
		n := len(cmp.Documents[di].Paragraphs)
		src.ParaFirst = make([]int, n+1)
		k := 0
		for para := 0; para <= n; para++ {
			for k < len(src.Passages) && src.Passages[k].Para < para {
				k++
			}
			src.ParaFirst[para] = k
		}
	}
	o.countCoverage()
	return o
}

// resolve checks a passage against its document and finds the paragraph
// that holds it, trusting p.Para only when it is right. A passage that
// runs past the end of its paragraph is cut there.
func resolve(cmp *model.Comparison, claim int, p model.Passage) (Ref, bool) {
	if p.Doc < 0 || p.Doc >= len(cmp.Documents) {
		return Ref{}, false
	}
	d := cmp.Documents[p.Doc]
	if p.Start < 0 || p.End > len(d.Text) || p.Start >= p.End {
		return Ref{}, false
	}
	para := p.Para
	if para < 0 || para >= len(d.Paragraphs) || !d.Paragraphs[para].Contains(p.Start) {
		para = sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > p.Start })
		if para >= len(d.Paragraphs) || !d.Paragraphs[para].Contains(p.Start) {
			return Ref{}, false
		}
	}
	span := p.Span
	span.End = min(span.End, d.Paragraphs[para].End)
	return Ref{Claim: claim, Doc: p.Doc, Para: para, Span: span}, true
}

// countCoverage fills Coverage, Order, Rank and the per-source counts.
func (o *Overview) countCoverage() {
	n := len(o.ClaimLocs)
	o.Coverage = make([]int, n)
	first := make([]Loc, n)
	for ci, locs := range o.ClaimLocs {
		seen := map[int]bool{}
		for _, l := range locs {
			seen[l.Doc] = true
		}
		o.Coverage[ci] = len(seen)
		if len(locs) > 0 {
			first[ci] = locs[0]
		}
		for d := range seen {
			if len(seen) > 1 {
				o.Sources[d].Shared++
			} else {
				o.Sources[d].Unique++
			}
		}
	}
	o.Order = make([]int, 0, n)
	for ci := range o.ClaimLocs {
		if o.Coverage[ci] > 0 {
			o.Order = append(o.Order, ci)
		}
	}
	sort.SliceStable(o.Order, func(a, b int) bool {
		ca, cb := o.Order[a], o.Order[b]
		if o.Coverage[ca] != o.Coverage[cb] {
			return o.Coverage[ca] > o.Coverage[cb]
		}
		fa, fb := first[ca], first[cb]
		if fa.Doc != fb.Doc {
			return fa.Doc < fb.Doc
		}
		return fa.Idx < fb.Idx
	})
	o.Rank = make([]int, n)
	for i := range o.Rank {
		o.Rank[i] = -1
	}
	for r, ci := range o.Order {
		o.Rank[ci] = r
	}
}

// SharedOrder is Order without the claims only one source reports.
func (o *Overview) SharedOrder() []int {
	var out []int
	for _, ci := range o.Order {
		if o.Coverage[ci] > 1 {
			out = append(out, ci)
		}
	}
	return out
}

// Shared reports whether the claim is reported by more than one source.
func (o *Overview) Shared(claim int) bool {
	return claim >= 0 && claim < len(o.Coverage) && o.Coverage[claim] > 1
}

// Pass returns the passage at l.
func (o *Overview) Pass(l Loc) Ref { return o.Sources[l.Doc].Passages[l.Idx] }

// Text returns the text of the passage at l.
func (o *Overview) Text(l Loc) string {
	p := o.Pass(l)
	return o.Comparison.Documents[p.Doc].Slice(p.Span)
}

// Slot returns the position of the passage at l among its claim's
// passages, or -1.
func (o *Overview) Slot(l Loc) int {
	for i, x := range o.ClaimLocs[o.Pass(l).Claim] {
		if x == l {
			return i
		}
	}
	return -1
}

// PassagesIn returns the passages of document doc that lie in paragraph
// para.
func (o *Overview) PassagesIn(doc, para int) []Ref {
	src := &o.Sources[doc]
	if para < 0 || para+1 >= len(src.ParaFirst) {
		return nil
	}
	return src.Passages[src.ParaFirst[para]:src.ParaFirst[para+1]]
}

// Locate returns where claim's passage in document doc is (the first, when
// the document reports it more than once).
func (o *Overview) Locate(claim, doc int) (Loc, bool) {
	if claim < 0 || claim >= len(o.ClaimLocs) {
		return Loc{}, false
	}
	for _, l := range o.ClaimLocs[claim] {
		if l.Doc == doc {
			return l, true
		}
	}
	return Loc{}, false
}
