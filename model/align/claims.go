package align

import (
	"runtime"
	"sort"
	"sync"

	"github.com/parallax-reader/parallax/model"
)

// Groups of sentences become one claim when they are alike as groups (see
// link), not merely because one pair of their sentences matched: that
// keeps a chain of pairwise matches from gluing unrelated facts together
// through a sentence that touches both.
const (
	// linkMin is how alike two groups must be to join.
	linkMin = 0.3
	// groupLinkMin: see threshold. Measured on the seeds and the
	// held-out stories (scripts/eval-heldout.sh), link F1 is the same for
	// every value from 0.10 to 0.17; above it one held-out story loses a
	// third of its links, and from 0.23 the seeds lose their main claim.
	groupLinkMin = 0.15
	// clusterPasses bounds the passes over the matches.
	clusterPasses = 3
	// linkSample is the most members of a group that the linkage
	// compares: past it, members evenly spaced through the group stand
	// for it, so that growing a claim that hundreds of sources report
	// (a pile of articles) costs no more per sentence than a small one.
	linkSample = 32
)

// clusterer groups sentences into claims by average linkage, seeded
// by the matches strongest first.
type clusterer struct {
	c       *corpus
	parent  []int32
	members map[int32][]int32 // root -> sentences, for groups of two or more
	sims    map[[2]int32]float64
}

// cluster returns the groups of corpus sentences that report one
// fact; every sentence is in exactly one group. Groups are sorted lists.
func cluster(c *corpus, edges []edge) ([][]int32, map[[2]int32]float64) {
	k := &clusterer{c: c, parent: make([]int32, len(c.Sents)),
		members: map[int32][]int32{}, sims: map[[2]int32]float64{}}
	for i := range k.parent {
		k.parent[i] = int32(i)
	}
	for _, e := range edges {
		// A run edge vouches for each sentence pair it covers.
		for a := e.A0; a < e.A1; a++ {
			for b := e.B0; b < e.B1; b++ {
				k.vouch(a, b, e.Sim)
			}
		}
	}
	// Merging one group may bring two others within reach: go over the
	// matches again until nothing changes (a few passes at most).
	for pass := 0; pass < clusterPasses; pass++ {
		merged := false
		for _, e := range edges {
			roots := k.rootsOf(e)
			if len(roots) < 2 {
				continue
			}
			if e.Ordered || k.link(roots) >= k.threshold(roots) {
				k.union(roots)
				merged = true
			}
		}
		if !merged {
			break
		}
	}
	return k.groups(), k.sims
}

func (k *clusterer) find(i int32) int32 {
	for k.parent[i] != i {
		k.parent[i] = k.parent[k.parent[i]]
		i = k.parent[i]
	}
	return i
}

func (k *clusterer) membersOf(root int32) []int32 {
	if m, ok := k.members[root]; ok {
		return m
	}
	return []int32{root}
}

// rootsOf returns the distinct groups an edge touches, sorted.
func (k *clusterer) rootsOf(e edge) []int32 {
	var roots []int32
	add := func(i int32) {
		r := k.find(i)
		for _, x := range roots {
			if x == r {
				return
			}
		}
		roots = append(roots, r)
	}
	for a := e.A0; a < e.A1; a++ {
		add(a)
	}
	for b := e.B0; b < e.B1; b++ {
		add(b)
	}
	sort.Slice(roots, func(i, j int) bool { return roots[i] < roots[j] })
	return roots
}

// vouch records that a match found a and b at least this similar.
func (k *clusterer) vouch(a, b int32, sim float64) {
	key := pairKey(a, b)
	if old, ok := k.sims[key]; !ok || sim > old {
		k.sims[key] = sim
	}
}

// pairSim is the similarity of two sentences, computed once.
func (k *clusterer) pairSim(a, b int32) float64 {
	key := pairKey(a, b)
	if s, ok := k.sims[key]; ok {
		return s
	}
	s := k.c.pairScore(int(a), int(b))
	k.sims[key] = s
	return s
}

// linkage is the average similarity between sentences of different
// sources that lie in different groups among roots.
func (k *clusterer) linkage(roots []int32) float64 {
	sum, n := 0.0, 0
	for x := 0; x < len(roots); x++ {
		for y := x + 1; y < len(roots); y++ {
			for _, a := range sample(k.membersOf(roots[x])) {
				for _, b := range sample(k.membersOf(roots[y])) {
					if k.c.Sents[a].Doc == k.c.Sents[b].Doc {
						continue
					}
					sum += k.pairSim(a, b)
					n++
				}
			}
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// sample returns members, or linkSample of them evenly spaced when
// there are more.
func sample(members []int32) []int32 {
	if len(members) <= linkSample {
		return members
	}
	out := make([]int32, linkSample)
	for i := range out {
		out[i] = members[i*len(members)/linkSample]
	}
	return out
}

// link is how alike the groups are. Two groups that are each already a
// match between sources are compared as wholes: the pooled words of one
// against the pooled words of the other, since their paraphrases are less
// alike pair by pair than the pairs that founded each. Otherwise it is the
// average similarity of their sentences of different sources.
func (k *clusterer) link(roots []int32) float64 {
	if len(roots) == 2 && len(k.membersOf(roots[0])) > 1 && len(k.membersOf(roots[1])) > 1 {
		return k.c.similarity(k.c.bagOf(k.membersOf(roots[0])), k.c.bagOf(k.membersOf(roots[1])))
	}
	return k.linkage(roots)
}

// threshold is the link the groups need to join: linkMin, but
// groupLinkMin when a run match touches three or more groups of which
// two or more are already matches between sources, whose sentences are
// less alike pair by pair than the pairs that founded each.
func (k *clusterer) threshold(roots []int32) float64 {
	groups := 0
	for _, r := range roots {
		if len(k.membersOf(r)) > 1 {
			groups++
		}
	}
	if len(roots) > 2 && groups >= 2 {
		return groupLinkMin
	}
	return linkMin
}

// union joins the groups; the smallest root stays the root.
func (k *clusterer) union(roots []int32) {
	r := roots[0]
	all := append([]int32(nil), k.membersOf(r)...)
	for _, o := range roots[1:] {
		all = append(all, k.membersOf(o)...)
		k.parent[o] = r
		delete(k.members, o)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	k.members[r] = all
}

// groups lists every group, in the order of their first sentence.
func (k *clusterer) groups() [][]int32 {
	var out [][]int32
	for i := range k.parent {
		r := k.find(int32(i))
		if r != int32(i) {
			continue
		}
		out = append(out, k.membersOf(r))
	}
	return out
}

func pairKey(a, b int32) [2]int32 {
	if a > b {
		a, b = b, a
	}
	return [2]int32{a, b}
}

// claims turns groups of sentences into claims: one passage per run
// of adjacent sentences of one paragraph, sources sorted, a confidence
// score, the discrepancies, and ids in a fixed order (claims more sources
// share first, then by where they first appear).
func claims(docs []*model.Document, c *corpus, groups [][]int32, sims map[[2]int32]float64) []model.Claim {
	claims := make([]model.Claim, 0, len(groups))
	for _, g := range groups {
		var cl model.Claim
		for i, s := range g {
			st := &c.Sents[s]
			if i > 0 && g[i-1] == s-1 && c.Sents[s-1].Doc == st.Doc && c.Sents[s-1].Para == st.Para {
				cl.Passages[len(cl.Passages)-1].End = st.End
				continue
			}
			cl.Passages = append(cl.Passages, model.Passage{Doc: st.Doc, Para: st.Para, Span: st.Span})
			if n := len(cl.Sources); n == 0 || cl.Sources[n-1] != st.Doc {
				cl.Sources = append(cl.Sources, st.Doc)
			}
		}
		if len(cl.Sources) > 1 {
			cl.Score = groupScore(c, g, sims)
		}
		claims = append(claims, cl)
	}
	// The strong pairs of each shared claim, worked out before the
	// discrepancies are, in parallel, since similarity fills a cache.
	strong := make([]strongFunc, len(claims))
	for i, g := range groups {
		if claims[i].Shared() {
			strong[i] = strongPairs(c, g, sims)
		}
	}
	order := make([]int, len(claims))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &claims[order[i]], &claims[order[j]]
		if len(a.Sources) != len(b.Sources) {
			return len(a.Sources) > len(b.Sources)
		}
		pa, pb := a.Passages[0], b.Passages[0]
		if pa.Doc != pb.Doc {
			return pa.Doc < pb.Doc
		}
		return pa.Start < pb.Start
	})
	sorted := make([]model.Claim, len(claims))
	sortedStrong := make([]strongFunc, len(claims))
	for i, o := range order {
		sorted[i] = claims[o]
		sorted[i].ID = i
		sortedStrong[i] = strong[o]
	}
	allDiscrepancies(docs, sorted, sortedStrong)
	return sorted
}

// allDiscrepancies fills the discrepancies of the shared claims,
// spread over the processors (each claim is independent of the others).
func allDiscrepancies(docs []*model.Document, claims []model.Claim, strong []strongFunc) {
	workers := min(runtime.GOMAXPROCS(0), 1+len(claims)/256)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var x extractor
			for i := w; i < len(claims); i += workers {
				if claims[i].Shared() {
					claims[i].Discrepancies = discrepanciesWith(docs, &claims[i], strong[i], &x)
				}
			}
		}()
	}
	wg.Wait()
}

// pairSim is the similarity of sentences a and b, from sims when it
// was worked out already.
func pairSim(c *corpus, a, b int32, sims map[[2]int32]float64) float64 {
	if s, ok := sims[pairKey(a, b)]; ok {
		return s
	}
	return c.similarity(c.bag(int(a), int(a)+1), c.bag(int(b), int(b)+1))
}

// groupScore is the confidence of a shared claim: the average
// similarity of its sentences of different sources (of a sample of them
// in a large group, see sample).
func groupScore(c *corpus, g []int32, sims map[[2]int32]float64) float64 {
	g = sample(g)
	sum, n := 0.0, 0
	for x := range g {
		for y := x + 1; y < len(g); y++ {
			a, b := g[x], g[y]
			if c.Sents[a].Doc == c.Sents[b].Doc {
				continue
			}
			sum += pairSim(c, a, b, sims)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return min(1, sum/float64(n))
}
