package model

import "sort"

// alignDiscrepancyMin is how alike two sentences must be for the details
// they state to be compared: as alike as a match that stands on its own
// (alignLinkMin). Sentences that joined a claim only through the group are
// often about a neighbouring detail, and a wrong "the sources disagree"
// misleads a reader more than a missed one.
const alignDiscrepancyMin = alignLinkMin

// alignStrongPairs returns the test that two mentions lie in sentences of
// the group g that match strongly. It works out every such pair at once,
// so that the test itself only reads.
func alignStrongPairs(c *alignCorpus, g []int32, sims map[[2]int32]float64) alignStrongFunc {
	strong := map[[2]int32]bool{}
	for x := range g {
		for y := x + 1; y < len(g); y++ {
			a, b := g[x], g[y]
			if c.Sents[a].Doc == c.Sents[b].Doc {
				continue
			}
			if alignPairSim(c, a, b, sims) >= alignDiscrepancyMin {
				strong[alignPairKey(a, b)] = true
			}
		}
	}
	return func(m, n alignMention) bool {
		a, b := alignSentenceAt(c, m.Doc, m.Start), alignSentenceAt(c, n.Doc, n.Start)
		return a >= 0 && b >= 0 && strong[alignPairKey(a, b)]
	}
}

// alignSentenceAt returns the corpus sentence of document doc that holds
// byte pos, or -1.
func alignSentenceAt(c *alignCorpus, doc, pos int) int32 {
	lo, hi := c.DocSents[doc][0], c.DocSents[doc][1]
	i := lo + sort.Search(hi-lo, func(k int) bool { return c.Sents[lo+k].End > pos })
	if i < hi && c.Sents[i].Start <= pos {
		return int32(i)
	}
	return -1
}
