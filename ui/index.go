package ui

import (
	"context"
	"maps"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/parallax-reader/parallax/model"
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

// index is everything derived from a comparison once, at load (the word
// diffs just after, in the background), so that Update and View only look
// things up.
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
	// once per pair (from < to); see diff. It is nil until computeDiffs
	// has run.
	diffs map[diffKey][]worddiff.Op
	// folded are the documents' texts folded for search, byte for byte
	// the same length as the originals.
	folded []string
}

// buildIndex derives the index from a comparison, all but the word diffs
// (see computeDiffs). It tolerates passages that point outside their
// document: those are dropped.
func buildIndex(cmp *model.Comparison) *index {
	ix := &index{cmp: cmp, docs: make([]docInfo, len(cmp.Documents))}
	for ci, c := range cmp.Claims {
		for _, p := range c.Passages {
			ref, ok := indexResolve(cmp, ci, p)
			if ok {
				ix.docs[ref.doc].passages = append(ix.docs[ref.doc].passages, ref)
			}
		}
	}
	ix.claimPass = make([][]passLoc, len(cmp.Claims))
	for di := range ix.docs {
		info := &ix.docs[di]
		sort.SliceStable(info.passages, func(a, b int) bool {
			pa, pb := info.passages[a].span, info.passages[b].span
			if pa.Start != pb.Start {
				return pa.Start < pb.Start
			}
			return pa.End < pb.End
		})
		for i, p := range info.passages {
			ix.claimPass[p.claim] = append(ix.claimPass[p.claim], passLoc{di, i})
		}
		n := len(cmp.Documents[di].Paragraphs)
		info.paraFirst = make([]int, n+1)
		k := 0
		for para := 0; para <= n; para++ {
			for k < len(info.passages) && info.passages[k].para < para {
				k++
			}
			info.paraFirst[para] = k
		}
	}
	ix.countCoverage()
	ix.folded = make([]string, len(cmp.Documents))
	for i, d := range cmp.Documents {
		ix.folded[i] = searchFold(d.Text)
	}
	return ix
}

// indexResolve checks a passage against its document and finds the
// paragraph that holds it, trusting p.Para only when it is right. A
// passage that runs past the end of its paragraph is cut there.
func indexResolve(cmp *model.Comparison, claim int, p model.Passage) (passRef, bool) {
	if p.Doc < 0 || p.Doc >= len(cmp.Documents) {
		return passRef{}, false
	}
	d := cmp.Documents[p.Doc]
	if p.Start < 0 || p.End > len(d.Text) || p.Start >= p.End {
		return passRef{}, false
	}
	para := p.Para
	if para < 0 || para >= len(d.Paragraphs) || !d.Paragraphs[para].Contains(p.Start) {
		para = sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > p.Start })
		if para >= len(d.Paragraphs) || !d.Paragraphs[para].Contains(p.Start) {
			return passRef{}, false
		}
	}
	span := p.Span
	span.End = min(span.End, d.Paragraphs[para].End)
	return passRef{claim: claim, doc: p.Doc, para: para, span: span}, true
}

// countCoverage fills coverage, order, rank and the per-document counts.
func (ix *index) countCoverage() {
	n := len(ix.claimPass)
	ix.coverage = make([]int, n)
	first := make([]passLoc, n)
	for ci, locs := range ix.claimPass {
		seen := map[int]bool{}
		for _, l := range locs {
			seen[l.doc] = true
		}
		ix.coverage[ci] = len(seen)
		if len(locs) > 0 {
			first[ci] = locs[0]
		}
		for d := range seen {
			if len(seen) > 1 {
				ix.docs[d].shared++
			} else {
				ix.docs[d].unique++
			}
		}
	}
	ix.order = make([]int, 0, n)
	for ci := range ix.claimPass {
		if ix.coverage[ci] > 0 {
			ix.order = append(ix.order, ci)
		}
	}
	sort.SliceStable(ix.order, func(a, b int) bool {
		ca, cb := ix.order[a], ix.order[b]
		if ix.coverage[ca] != ix.coverage[cb] {
			return ix.coverage[ca] > ix.coverage[cb]
		}
		fa, fb := first[ca], first[cb]
		if fa.doc != fb.doc {
			return fa.doc < fb.doc
		}
		return fa.idx < fb.idx
	})
	ix.rank = make([]int, n)
	for i := range ix.rank {
		ix.rank[i] = -1
	}
	for r, ci := range ix.order {
		ix.rank[ci] = r
	}
}

// computeDiffs diffs every pair of passages, in different sources, of every
// shared claim, on as many cores as there are, and returns the diffs for
// index.diffs. It only reads the index, so it may run while the index is
// shown. It reports progress as the "diffing" stage (progress may be nil)
// and stops when ctx is cancelled.
func (ix *index) computeDiffs(ctx context.Context, progress model.Progress) (map[diffKey][]worddiff.Op, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	var jobs []int
	for ci, locs := range ix.claimPass {
		if ix.coverage[ci] > 1 && len(locs) <= maxDiffPassages {
			jobs = append(jobs, ci)
		}
	}
	workers := max(runtime.GOMAXPROCS(0), 1)
	results := make([]map[diffKey][]worddiff.Op, workers)
	var done atomic.Int64
	var wg sync.WaitGroup
	var progressMu sync.Mutex
	for w := range workers {
		results[w] = make(map[diffKey][]worddiff.Op)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := w; j < len(jobs) && ctx.Err() == nil; j += workers {
				ci := jobs[j]
				locs := ix.claimPass[ci]
				for a := range locs {
					for b := a + 1; b < len(locs); b++ {
						if locs[a].doc != locs[b].doc {
							results[w][diffKey{ci, a, b}] = worddiff.Diff(ix.text(locs[a]), ix.text(locs[b]))
						}
					}
				}
				if n := done.Add(1); n%512 == 0 {
					progressMu.Lock()
					progress("diffing", int(n), len(jobs))
					progressMu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	progress("diffing", len(jobs), len(jobs))
	diffs := results[0]
	for _, r := range results[1:] {
		maps.Copy(diffs, r)
	}
	return diffs, nil
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
// from passage's, inserted text the to passage's.
func (ix *index) diff(from, to passLoc) ([]worddiff.Op, bool) {
	c := ix.pass(from).claim
	a, b := ix.claimSlot(from), ix.claimSlot(to)
	if a < 0 || b < 0 || ix.pass(to).claim != c {
		return nil, false
	}
	if a < b {
		ops, ok := ix.diffs[diffKey{c, a, b}]
		return ops, ok
	}
	ops, ok := ix.diffs[diffKey{c, b, a}]
	if !ok {
		return nil, false
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
