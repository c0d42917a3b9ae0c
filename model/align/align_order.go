package align

import (
	"context"
	"sort"

	"github.com/parallax-reader/parallax/model"
)

// Long sources that tell one text in the same order (editions,
// translations) are aligned along that order: mutual-best anchors found
// with rare words, the longest chain of anchors in order on both sides,
// more anchors found the same way inside each stretch between two, and a
// dynamic programme between consecutive anchors that matches runs of one
// to four sentences on each side (align_order_dp.go). Nothing here
// compares a sentence with more than its candidates and its stretch.
const (
	// longMin is how many content sentences a source needs to be
	// aligned by order.
	longMin = 300
	// anchorDF is the most sentences a word may appear in and still
	// find anchors.
	anchorDF = 16
	// anchorMin is the least index score of an anchor.
	anchorMin = 0.15
	// orderedShare is the least share of anchors that must lie on
	// the chain for two sources to count as being in the same order.
	orderedShare = 0.5
	// orderMin is the least similarity of a match the programme
	// makes for it to be kept.
	orderMin = 0.1
	// gapCells bounds the cells of the programme between two anchors;
	// past it the programme keeps to a band along the diagonal.
	gapCells = 40000
	gapBand  = 60
)

// ordered aligns the documents by order when every one with content
// is long and every pair is in the same order; ok is false otherwise, and
// the caller matches without order.
func ordered(ctx context.Context, c *corpus, docs []*model.Document, progress model.Progress) (edges []edge, ok bool, err error) {
	var long []int
	for d, r := range c.DocSents {
		switch n := r[1] - r[0]; {
		case n == 0:
		case n < longMin:
			return nil, false, nil
		default:
			long = append(long, d)
		}
	}
	if len(long) < 2 {
		return nil, false, nil
	}
	docOf := make([]int32, len(c.Sents))
	for i := range c.Sents {
		docOf[i] = int32(c.Sents[i].Doc)
	}
	c.NoSoft = true
	defer func() {
		if !ok {
			c.NoSoft = false
		}
	}()
	ix := buildIndex(c, anchorDF)
	s := newAlignSearcher(c, ix, docOf)
	var local *searcher // every word, for anchors between anchors
	npairs := len(long) * (len(long) - 1) / 2
	done := 0
	for x := 0; x < len(long); x++ {
		for y := x + 1; y < len(long); y++ {
			rx, ry := c.DocSents[long[x]], c.DocSents[long[y]]
			// Work in an orientation fixed by the texts themselves, so
			// that the result does not depend on the order of the sources.
			if orientFirst(c, docs, long[y], long[x]) {
				rx, ry = ry, rx
			}
			chain, ordered := chain(s, rx, ry)
			if !ordered {
				return nil, false, nil
			}
			if local == nil {
				local = newAlignSearcher(c, buildIndex(c, len(c.Sents)), docOf)
			}
			chain = refineChain(local, chain, rx, ry)
			pe, err := alongChain(ctx, c, rx, ry, chain, func(k, n int) {
				progress("aligning", done*1000+k*1000/max(n, 1), npairs*1000)
			})
			if err != nil {
				return nil, false, err
			}
			edges = append(edges, absorb(c, pe, rx, ry)...)
			done++
		}
	}
	sortEdges(c, edges)
	return edges, true, nil
}

// orientFirst reports whether document a comes before b in the
// orientation the order-based alignment uses: fewer content sentences
// first, then by text.
func orientFirst(c *corpus, docs []*model.Document, a, b int) bool {
	na, nb := c.DocSents[a][1]-c.DocSents[a][0], c.DocSents[b][1]-c.DocSents[b][0]
	if na != nb {
		return na < nb
	}
	return docs[a].Text < docs[b].Text
}

// chain finds the mutual-best anchors between two documents' sentence
// ranges and the longest chain of them in order on both sides. ordered
// says whether enough anchors lie on it.
func chain(s *searcher, rx, ry [2]int) (chain [][2]int, ordered bool) {
	anchors := mutualBest(s, rx, ry)
	chain = lis(anchors)
	need := max(10, min(rx[1]-rx[0], ry[1]-ry[0])/50)
	ordered = len(chain) >= need && float64(len(chain)) >= orderedShare*float64(len(anchors))
	return chain, ordered
}

// mutualBest returns the pairs (x, y), x in rx and y in ry, each the
// other's best match in the other's range, sorted by x.
func mutualBest(s *searcher, rx, ry [2]int) [][2]int {
	parts := parts(rx[0], rx[1])
	if len(parts) == 1 {
		return mutualBestIn(s, rx, ry, rx)
	}
	ss := searchers(s, len(parts))
	found := make([][][2]int, len(parts))
	runParts(parts, func(p int, xs [2]int) {
		found[p] = mutualBestIn(ss[p], rx, ry, xs)
	})
	return join(found)
}

// mutualBestIn is mutualBest for the sentences xs of rx.
func mutualBestIn(s *searcher, rx, ry, xs [2]int) [][2]int {
	var cands []candidate
	bestIn := func(q int, within [2]int) int {
		cands = s.search(q, 1, &within, cands)
		if len(cands) == 0 || cands[0].Score < anchorMin {
			return -1
		}
		return int(cands[0].Sent)
	}
	var anchors [][2]int
	for x := xs[0]; x < xs[1]; x++ {
		y := bestIn(x, ry)
		if y >= 0 && bestIn(y, rx) == x {
			anchors = append(anchors, [2]int{x, y})
		}
	}
	return anchors
}

// refineChain looks for more anchors between consecutive anchors of
// the chain, now with every word, since within a short stretch even common
// words tell sentences apart; the new anchors keep the order.
func refineChain(s *searcher, chain [][2]int, rx, ry [2]int) [][2]int {
	parts := parts(0, len(chain)+1)
	ss := searchers(s, len(parts))
	found := make([][][2]int, len(parts))
	runParts(parts, func(p int, ks [2]int) {
		var out [][2]int
		for k := ks[0]; k < ks[1]; k++ {
			// The gap is [px+1, nx) by [py+1, ny) after an anchor, and
			// starts at the range's start before the first.
			gx, gy := rx[0], ry[0]
			if k > 0 {
				gx, gy = chain[k-1][0]+1, chain[k-1][1]+1
			}
			nx, ny := rx[1], ry[1]
			if k < len(chain) {
				nx, ny = chain[k][0], chain[k][1]
			}
			if nx-gx > 1 || ny-gy > 1 {
				out = append(out, lis(mutualBestIn(ss[p], [2]int{gx, nx}, [2]int{gy, ny}, [2]int{gx, nx}))...)
			}
			if k < len(chain) {
				out = append(out, chain[k])
			}
		}
		found[p] = out
	})
	return join(found)
}

// lis returns the longest subsequence of anchors (sorted by their
// first element) whose second elements increase.
func lis(anchors [][2]int) [][2]int {
	var tails []int // index into anchors of the smallest tail of each length
	prev := make([]int, len(anchors))
	for i, a := range anchors {
		k := sort.Search(len(tails), func(j int) bool { return anchors[tails[j]][1] >= a[1] })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([][2]int, len(tails))
	for i, k := len(tails)-1, tails[len(tails)-1]; i >= 0; i, k = i-1, prev[k] {
		out[i] = anchors[k]
	}
	return out
}
