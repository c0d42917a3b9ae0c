package ui

import (
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/overview"
	"github.com/parallax-reader/parallax/model/worddiff"
)

// passRef is one passage of a claim as the reading room uses it: which
// claim, which document, which paragraph, which bytes.
type passRef struct {
	claim int
	doc   int
	para  int
	span  model.Span
}

// docInfo is what the reading room knows about one document.
type docInfo struct {
	// passages are the document's passages in reading order.
	passages []passRef
	// paraFirst[i] is the index of the first passage in paragraph i or
	// later; it has one entry more than there are paragraphs.
	paraFirst []int
	// shared and unique count the claims the document reports that other
	// sources report too, and that only it reports.
	shared, unique int
}

// passLoc names a passage: document, and index in docInfo.passages.
type passLoc struct{ doc, idx int }

// diffKey names the word diff from one passage of a claim to another.
type diffKey struct{ claim, from, to int }

// maxDiffPassages bounds the passages of a claim whose pairwise word diffs
// are computed at load; a claim with more shows its matches without a diff.
const maxDiffPassages = 16

// index is everything derived from a comparison once, at load (word
// diffs when first shown), so that Update and View only look things up.
type index struct {
	cmp  *model.Comparison
	docs []docInfo
	// claimPass lists, per claim, where its passages are.
	claimPass [][]passLoc
	// coverage is the number of distinct sources reporting each claim.
	coverage []int
	// order is the claims sorted by coverage (most sources first), then
	// by their first appearance; rank is its inverse.
	order, rank []int
	// diffs holds the word diff between two passages of a claim, stored
	// once per pair (from < to) when first asked for; see diff.
	diffs map[diffKey][]worddiff.Op
}

// buildIndex derives the index from a comparison, all but the word diffs
// (computed when first shown, see diff). Reading order, coverage and the
// order of claims come from the domain's overview, which the Markdown
// report uses too; the index keeps them in the reader's own small types. Passages that point outside
// their document are dropped.
func buildIndex(cmp *model.Comparison) *index {
	ov := overview.New(cmp)
	ix := &index{cmp: cmp, docs: make([]docInfo, len(cmp.Documents))}
	for di, src := range ov.Sources {
		info := &ix.docs[di]
		info.passages = make([]passRef, len(src.Passages))
		for k, r := range src.Passages {
			info.passages[k] = passRef{claim: r.Claim, doc: r.Doc, para: r.Para, span: r.Span}
		}
		info.paraFirst = src.ParaFirst
		info.shared, info.unique = src.Shared, src.Unique
	}
	ix.claimPass = make([][]passLoc, len(ov.ClaimLocs))
	for ci, locs := range ov.ClaimLocs {
		for _, l := range locs {
			ix.claimPass[ci] = append(ix.claimPass[ci], passLoc{l.Doc, l.Idx})
		}
	}
	ix.coverage, ix.order, ix.rank = ov.Coverage, ov.Order, ov.Rank
	ix.diffs = map[diffKey][]worddiff.Op{}
	return ix
}

// pass returns the passage at l.
func (ix *index) pass(l passLoc) passRef { return ix.docs[l.doc].passages[l.idx] }

// text returns the text of the passage at l.
func (ix *index) text(l passLoc) string {
	p := ix.pass(l)
	return ix.cmp.Documents[p.doc].Slice(p.span)
}

// claimSlot returns the position of the passage at l among its claim's
// passages, or -1.
func (ix *index) claimSlot(l passLoc) int {
	c := ix.pass(l).claim
	for i, x := range ix.claimPass[c] {
		if x == l {
			return i
		}
	}
	return -1
}

// diff returns the word diff from the passage at from to the passage at
// to, both of one claim, and whether there is one. Deleted text is the
// from passage's, inserted text the to passage's. A diff is computed the
// first time it is asked for and kept (Update and View run on one
// goroutine), so that no memory or time goes to diffs nobody looks at.
func (ix *index) diff(from, to passLoc) ([]worddiff.Op, bool) {
	c := ix.pass(from).claim
	a, b := ix.claimSlot(from), ix.claimSlot(to)
	if a < 0 || b < 0 || a == b || ix.pass(to).claim != c || from.doc == to.doc ||
		len(ix.claimPass[c]) > maxDiffPassages {
		return nil, false
	}
	lo, hi := min(a, b), max(a, b)
	key := diffKey{c, lo, hi}
	ops, ok := ix.diffs[key]
	if !ok {
		ops = worddiff.Diff(ix.text(ix.claimPass[c][lo]), ix.text(ix.claimPass[c][hi]))
		ix.diffs[key] = ops
	}
	if a < b {
		return ops, true
	}
	return diffInvert(ops), true
}

// diffInvert turns a diff from a to b into the diff from b to a, keeping
// deletions before insertions.
func diffInvert(ops []worddiff.Op) []worddiff.Op {
	out := make([]worddiff.Op, len(ops))
	for i, op := range ops {
		switch op.Kind {
		case worddiff.Delete:
			op.Kind = worddiff.Insert
		case worddiff.Insert:
			op.Kind = worddiff.Delete
		}
		out[i] = op
	}
	for i := 0; i+1 < len(out); i++ {
		if out[i].Kind == worddiff.Insert && out[i+1].Kind == worddiff.Delete {
			out[i], out[i+1] = out[i+1], out[i]
			i++
		}
	}
	return out
}

// passagesIn returns the passages of document doc that lie in paragraph
// para.
func (ix *index) passagesIn(doc, para int) []passRef {
	info := &ix.docs[doc]
	if para < 0 || para+1 >= len(info.paraFirst) {
		return nil
	}
	return info.passages[info.paraFirst[para]:info.paraFirst[para+1]]
}

// locOf returns where claim's passage in document doc is (the first, when
// the document reports it more than once).
func (ix *index) locOf(claim, doc int) (passLoc, bool) {
	if claim < 0 || claim >= len(ix.claimPass) {
		return passLoc{}, false
	}
	for _, l := range ix.claimPass[claim] {
		if l.doc == doc {
			return l, true
		}
	}
	return passLoc{}, false
}

// shared reports whether the claim is reported by more than one source.
func (ix *index) shared(claim int) bool { return ix.coverage[claim] > 1 }
