package align

import "sort"

// mutualMin is the least similarity at which two sentences that are
// each other's best match, over all the other sources, are taken as one
// fact although they fall short of linkMin. Being each other's best
// is evidence of its own (every other sentence of every other source lost
// the comparison, the neighbouring facts included), so the pair may be
// weaker; it joins only sentences no other match claimed, so it cannot
// chain facts together. The two must also share a word that is not a name,
// or a number (see alignSharesFactWord).
const mutualMin = 0.15

// mutualJoin turns the mutual best join on. It is off: measured with
// scripts/eval-heldout.sh, it raised link F1 on the held-out stories
// (fire 0.387 -> 0.424, theft 0.364 -> 0.448, rescue 0.703 -> 0.737) but
// only added wrong links on the five real seed articles (precision 0.94 ->
// 0.83, F1 0.644 -> 0.617): about half the pairs it joins are right, and
// their similarity does not tell which. Real stories, with many sentences
// no other source matches, look more like the seeds than like stories
// written to be compared, and a wrong match misleads more than a missed
// one.
const mutualJoin = false

// pair is a scored pair of single sentences of different documents.
type pair struct {
	A, B int32 // A < B
	Sim  float64
}

// mutualPairs keeps, of the scored pairs, those whose sentences are
// each other's best match, with at least mutualMin similarity,
// strongest first (ties in the canonical order).
func mutualPairs(c *corpus, pairs []pair) []pair {
	best := make([]float64, len(c.Sents))
	for _, p := range pairs {
		best[p.A] = max(best[p.A], p.Sim)
		best[p.B] = max(best[p.B], p.Sim)
	}
	var out []pair
	for _, p := range pairs {
		if p.Sim >= mutualMin && p.Sim >= best[p.A] && p.Sim >= best[p.B] && c.sharesFactWord(p.A, p.B) {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Sim != b.Sim {
			return a.Sim > b.Sim
		}
		ka, kb := canonPair(c, a), canonPair(c, b)
		if ka[0] != kb[0] {
			return ka[0] < kb[0]
		}
		return ka[1] < kb[1]
	})
	return out
}

// sharesFactWord reports whether sentences a and b share a word that is
// not a name, or a number. Names say who or where a sentence is about, not
// what happened: two weak sentences that share only names (the same
// official, the same street) are often about different facts.
func (c *corpus) sharesFactWord(a, b int32) bool {
	sa, sb := &c.Sents[a], &c.Sents[b]
	j := 0
	for _, t := range sa.Terms {
		for j < len(sb.Terms) && sb.Terms[j] < t {
			j++
		}
		if j < len(sb.Terms) && sb.Terms[j] == t && !c.Terms[t].Name {
			return true
		}
	}
	k := 0
	for _, n := range sa.Numbers {
		for k < len(sb.Numbers) && sb.Numbers[k] < n {
			k++
		}
		if k < len(sb.Numbers) && sb.Numbers[k] == n {
			return true
		}
	}
	return false
}

// canonPair is a pair's place in the canonical order of sentences,
// which does not depend on the order of the sources.
func canonPair(c *corpus, p pair) [2]int64 {
	a, b := c.canon(p.A), c.canon(p.B)
	if b < a {
		a, b = b, a
	}
	return [2]int64{a, b}
}

// joinMutual joins the mutual best pairs whose two sentences are both
// still alone.
func (k *clusterer) joinMutual(pairs []pair) {
	for _, p := range mutualPairs(k.c, pairs) {
		ra, rb := k.find(p.A), k.find(p.B)
		if ra == rb || len(k.membersOf(ra)) > 1 || len(k.membersOf(rb)) > 1 {
			continue
		}
		k.vouch(p.A, p.B, p.Sim)
		k.union([]int32{min(ra, rb), max(ra, rb)})
	}
}
