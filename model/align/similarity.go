package align

// bag is what is compared: the terms and numbers of a sentence, or of
// a run of adjacent sentences taken together.
type bag struct {
	Terms   []int32  // sorted, unique
	Numbers []string // sorted, unique
	Mass    float64
}

// bag returns the bag of sentences [i, j) of the corpus (adjacent sentences
// of one document).
func (c *corpus) bag(i, j int) bag {
	if j == i+1 {
		s := &c.Sents[i]
		return bag{Terms: s.Terms, Numbers: s.Numbers, Mass: s.Mass}
	}
	ids := make([]int32, 0, j-i)
	for k := i; k < j; k++ {
		ids = append(ids, int32(k))
	}
	return c.bagOf(ids)
}

// bagOf returns the bag of any set of sentences.
func (c *corpus) bagOf(sents []int32) bag {
	var b bag
	for _, k := range sents {
		b.Terms = append(b.Terms, c.Sents[k].Terms...)
		b.Numbers = append(b.Numbers, c.Sents[k].Numbers...)
	}
	b.Terms = unique(b.Terms)
	b.Numbers = unique(b.Numbers)
	for _, t := range b.Terms {
		b.Mass += c.Terms[t].IDF
	}
	for _, n := range b.Numbers {
		b.Mass += c.NumberIDF[n]
	}
	return b
}

// How much a near match counts against an exact one.
const (
	variantCredit = 0.9  // two spellings of one name
	softCredit    = 0.8  // WordNet relatedness is scaled by this
	softMin       = 0.45 // weaker WordNet links are ignored (most links between siblings)
)

// A headline is a document's first content sentence of at most
// headlineTerms terms. Against a longer sentence it scores at least
// headlineCredit times the share of it the other covers: a headline states
// a fact in a few words that the other source's lede wraps in many, so the
// harmonic mean would sink it.
const (
	headlineTerms  = 12
	headlineCredit = 0.4
)

// pairScore is the similarity of corpus sentences a and b, a headline
// scored as above.
func (c *corpus) pairScore(a, b int) float64 {
	ba, bb := c.bag(a, a+1), c.bag(b, b+1)
	s := c.similarity(ba, bb)
	if ba.Mass == 0 || bb.Mass == 0 {
		return s
	}
	if c.isHeadline(a) && len(ba.Terms) < len(bb.Terms) {
		s = max(s, headlineCredit*c.coverage(ba, bb))
	}
	if c.isHeadline(b) && len(bb.Terms) < len(ba.Terms) {
		s = max(s, headlineCredit*c.coverage(bb, ba))
	}
	return s
}

// isHeadline reports whether corpus sentence i is its document's
// headline (see headlineTerms).
func (c *corpus) isHeadline(i int) bool {
	return i == c.DocSents[c.Sents[i].Doc][0] && len(c.Sents[i].Terms) <= headlineTerms
}

// similarity scores how much of each bag the other accounts for, in [0, 1]:
// the harmonic mean of the two idf-weighted coverages. A word of one bag is
// covered by the same stem in the other, by a spelling variant of a name,
// or, more weakly, by a word WordNet relates to it.
func (c *corpus) similarity(a, b bag) float64 {
	if a.Mass == 0 || b.Mass == 0 {
		return 0
	}
	ca, cb := c.coverage(a, b), c.coverage(b, a)
	if ca == 0 || cb == 0 {
		return 0
	}
	return 2 * ca * cb / (ca + cb)
}

// coverage is the share of a's mass that b accounts for.
func (c *corpus) coverage(a, b bag) float64 {
	if !c.NoSoft {
		c.concepts()
	}
	got := 0.0
	j := 0
	for _, t := range a.Terms {
		for j < len(b.Terms) && b.Terms[j] < t {
			j++
		}
		if j < len(b.Terms) && b.Terms[j] == t {
			got += c.Terms[t].IDF
			continue
		}
		if !c.NoSoft {
			got += c.softMatch(t, b.Terms)
		}
	}
	k := 0
	for _, n := range a.Numbers {
		for k < len(b.Numbers) && b.Numbers[k] < n {
			k++
		}
		if k < len(b.Numbers) && b.Numbers[k] == n {
			got += c.NumberIDF[n]
		}
	}
	return min(1, got/a.Mass)
}

// softMatch is the best credit a term that b lacks gets from a related term
// of b: a spelling variant of a name, or a WordNet relative. The credit is
// weighed by the rarer-is-heavier weight of the weaker of the two terms.
func (c *corpus) softMatch(t int32, b []int32) float64 {
	at := &c.Terms[t]
	best := 0.0
	for _, u := range b {
		bt := &c.Terms[u]
		w := min(at.IDF, bt.IDF)
		if w <= best {
			continue
		}
		var credit float64
		switch {
		case at.Name && bt.Name:
			if spellingVariants(at.Surface, bt.Surface) {
				credit = variantCredit
			}
		case at.Sig&bt.Sig != 0:
			// Without a shared bit there is no shared concept, and the
			// relatedness is 0: no lookup needed.
			if r := c.relatedness(t, u); r >= softMin {
				credit = r * softCredit
			}
		}
		best = max(best, w*credit)
	}
	return best
}

// relatedness is the WordNet relatedness of two terms, computed once per
// pair.
func (c *corpus) relatedness(t, u int32) float64 {
	if t > u {
		t, u = u, t
	}
	key := uint64(t)<<32 | uint64(u)
	if r, ok := c.related[key]; ok {
		return r
	}
	if c.related == nil {
		c.related = map[uint64]float64{}
	}
	r := wordnetRelatedness(c.Terms[t].Concepts, c.Terms[u].Concepts)
	c.related[key] = r
	return r
}
