package align

import (
	"context"
	"sort"

	"github.com/parallax-reader/parallax/model"
)

// Matching thresholds and sizes.
const (
	// topK is how many candidates each sentence asks the index for,
	// over all other sources together, so that the work does not grow with
	// the number of sources.
	topK = 12
	// edgeMin is the least similarity of a match worth keeping.
	edgeMin = 0.25
	// runGain is how much each sentence added to a run must raise the
	// run's similarity to the other side (see bestRun).
	runGain = 0.08
	// runMax is the most sentences a run may take on one side.
	runMax = 3
	// runCover is the least share of a sentence added to a run that
	// the other side must account for.
	runCover = 0.4
)

// match proposes candidate pairs with the index, scores them, and
// returns the matches between passages of different documents.
func match(ctx context.Context, c *corpus, progress model.Progress) ([]edge, error) {
	n := len(c.Sents)
	docOf := make([]int32, n)
	for i := range c.Sents {
		docOf[i] = int32(c.Sents[i].Doc)
	}
	ix := buildIndex(c, maxDF(n))
	s := newAlignSearcher(c, ix, docOf)
	var pairs [][2]int32
	var cands []candidate
	for q := 0; q < n; q++ {
		if q%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			progress("aligning", q, 2*n)
		}
		cands = s.search(q, topK, nil, cands)
		for _, cd := range cands {
			a, b := int32(q), cd.Sent
			if a > b {
				a, b = b, a
			}
			pairs = append(pairs, [2]int32{a, b})
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	var edges []edge
	for k, p := range pairs {
		if k > 0 && p == pairs[k-1] {
			continue
		}
		if k%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			progress("aligning", n+k*n/len(pairs), 2*n)
		}
		a, b := int(p[0]), int(p[1])
		sim := c.pairScore(a, b)
		if sim < edgeMin/2 {
			continue // too weak to grow into a match
		}
		e := edge{A0: p[0], A1: p[0] + 1, B0: p[1], B1: p[1] + 1, Sim: sim}
		if r, ok := bestRun(c, e); ok {
			e = r
		}
		if e.Sim >= edgeMin {
			edges = append(edges, e)
		}
	}
	progress("aligning", 2*n, 2*n)
	sortEdges(c, edges)
	return edges, nil
}

// bestRun grows one side of a sentence pair into a run of adjacent
// sentences, one sentence at a time at either end, while each step raises
// the similarity by runGain and the other side accounts for at least
// runCover of the added sentence: one source may pack into one
// sentence what another spreads over two or three. Runs stay within
// runMax sentences, and only one side grows (one to many, never many
// to many, whose sentence pairs would vouch for each other too loosely).
func bestRun(c *corpus, e edge) (edge, bool) {
	found := false
	for {
		best := e
		for _, t := range [...]edge{
			{A0: e.A0 - 1, A1: e.A1, B0: e.B0, B1: e.B1},
			{A0: e.A0, A1: e.A1 + 1, B0: e.B0, B1: e.B1},
			{A0: e.A0, A1: e.A1, B0: e.B0 - 1, B1: e.B1},
			{A0: e.A0, A1: e.A1, B0: e.B0, B1: e.B1 + 1},
		} {
			if t.A1-t.A0 > runMax || t.B1-t.B0 > runMax ||
				(t.A1-t.A0 > 1 && t.B1-t.B0 > 1) ||
				!c.sameDoc(int(t.A0), int(t.A1)) || !c.sameDoc(int(t.B0), int(t.B1)) {
				continue
			}
			t.Sim = c.similarity(c.bag(int(t.A0), int(t.A1)), c.bag(int(t.B0), int(t.B1)))
			if t.Sim < e.Sim+runGain || t.Sim <= best.Sim {
				continue
			}
			// The added sentence must itself be largely accounted for by
			// the other side's run.
			added, other := c.runGrowth(e, t)
			if c.coverage(added, other) < runCover {
				continue
			}
			best = t
		}
		if best == e {
			return e, found
		}
		e, found = best, true
	}
}

// runGrowth returns the bag of the sentence t adds to e, and the bag of
// the other side's run in t.
func (c *corpus) runGrowth(e, t edge) (added, other bag) {
	switch {
	case t.A0 != e.A0:
		return c.bag(int(t.A0), int(t.A0)+1), c.bag(int(t.B0), int(t.B1))
	case t.A1 != e.A1:
		return c.bag(int(t.A1)-1, int(t.A1)), c.bag(int(t.B0), int(t.B1))
	case t.B0 != e.B0:
		return c.bag(int(t.B0), int(t.B0)+1), c.bag(int(t.A0), int(t.A1))
	default:
		return c.bag(int(t.B1)-1, int(t.B1)), c.bag(int(t.A0), int(t.A1))
	}
}

// sameDoc reports whether corpus sentences [i, j) exist and all belong to
// one document. (A run may cross a paragraph break: the claim then holds
// one passage per paragraph.)
func (c *corpus) sameDoc(i, j int) bool {
	return i >= 0 && j <= len(c.Sents) && i < j && c.Sents[i].Doc == c.Sents[j-1].Doc
}
