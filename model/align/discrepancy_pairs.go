package align

import "sort"

// discrepancyMin is how alike two sentences must be for the details
// they state to be compared: as alike as a match that stands on its own
// (linkMin). Sentences that joined a claim only through the group are
// often about a neighbouring detail, and a wrong "the sources disagree"
// misleads a reader more than a missed one.
const discrepancyMin = linkMin

// strongAll: see strongPairs.
const strongAll = 64

// strongPairs returns the test that two mentions lie in sentences of
// the group g that match strongly. It works out every such pair at once,
// so that the test itself only reads.
//
// In a group of more than strongAll sentences (a fact a pile of articles
// repeats) only the pairs already worked out while grouping are looked at,
// so that the work does not grow with the square of the group.
func strongPairs(c *corpus, g []int32, sims map[[2]int32]float64) strongFunc {
	strong := map[[2]int32]bool{}
	for x := range g {
		for y := x + 1; y < len(g); y++ {
			a, b := g[x], g[y]
			if c.Sents[a].Doc == c.Sents[b].Doc {
				continue
			}
			sim, known := sims[pairKey(a, b)]
			if !known && len(g) <= strongAll {
				sim = pairSim(c, a, b, sims)
			}
			if sim >= discrepancyMin {
				strong[pairKey(a, b)] = true
			}
		}
	}
	return func(m, n mention) bool {
		a, b := sentenceAt(c, m.Doc, m.Start), sentenceAt(c, n.Doc, n.Start)
		return a >= 0 && b >= 0 && strong[pairKey(a, b)]
	}
}

// sentenceAt returns the corpus sentence of document doc that holds
// byte pos, or -1.
func sentenceAt(c *corpus, doc, pos int) int32 {
	lo, hi := c.DocSents[doc][0], c.DocSents[doc][1]
	i := lo + sort.Search(hi-lo, func(k int) bool { return c.Sents[lo+k].End > pos })
	if i < hi && c.Sents[i].Start <= pos {
		return int32(i)
	}
	return -1
}
