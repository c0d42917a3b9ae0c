package align

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/parallax-reader/parallax/model"
)

// sent is one content sentence with what the aligner compares.
type sent struct {
	Doc, Para int
	model.Span
	// Terms are the ids of the sentence's stemmed content words, sorted,
	// each once.
	Terms []int32
	// Numbers are the normalised numbers the sentence states, sorted, each
	// once.
	Numbers []string
	// Mass is the sum of the idf of Terms and of the number weights.
	Mass float64
}

// term is one entry of the corpus vocabulary.
type term struct {
	Stem string
	// Surface is the smallest normal-form word seen with this stem, so that
	// the choice does not depend on the order of the sources.
	Surface string
	IDF     float64
	// Name is true when the word is only ever seen capitalised: a proper
	// noun, whose spelling variants are matched.
	Name bool
	// Concepts is what WordNet knows of Surface.
	Concepts []wnConcept
	// Sig has a bit set for each of Concepts (see wordnetSignature): two
	// terms whose signatures share no bit share no concept.
	Sig                uint64
	lowerSeen, capSeen bool
}

// corpus is every content sentence of every document, with the
// vocabulary and rarity weights over all of them.
type corpus struct {
	Sents []sent
	// DocSents[d] is the range of Sents that belong to document d.
	DocSents [][2]int
	Terms    []term
	termID   map[string]int32
	// NumberIDF weighs a number by how rare it is across sentences.
	NumberIDF map[string]float64
	// NoSoft turns WordNet soft matching off (for long sources aligned by
	// order, where the order does that work and the cost would add up).
	NoSoft bool
	// docRank ranks the documents by their text, for orders that must not
	// depend on the order of the sources.
	docRank []int64
	// related caches WordNet relatedness by term pair.
	related map[uint64]float64
	// withConcepts says the terms' Concepts are filled in.
	withConcepts bool
}

// concepts fills in what WordNet knows of every term but names, once, the
// first time soft matching needs it: sources aligned by order never do,
// and then the table need not even be decoded.
func (c *corpus) concepts() {
	if c.withConcepts {
		return
	}
	c.withConcepts = true
	wn := wordnet()
	for i := range c.Terms {
		if t := &c.Terms[i]; !t.Name {
			t.Concepts = wn.concepts(t.Surface)
			t.Sig = wordnetSignature(t.Concepts)
		}
	}
}

// buildCorpus tokenises the content sentences of the documents and
// weighs terms by inverse sentence frequency over all of them.
func buildCorpus(docs []*model.Document) *corpus { return buildCorpusBy(docs, false) }

// buildCorpusBy is buildCorpus, with one sentence a line when byLine is
// set (see contentSents).
func buildCorpusBy(docs []*model.Document, byLine bool) *corpus {
	c := &corpus{termID: map[string]int32{}, NumberIDF: map[string]float64{}}
	refs, ranges := contentSents(docs, byLine)
	c.DocSents = ranges
	if !allLong(ranges) {
		// Soft matching will want the WordNet table: decode it meanwhile,
		// on whatever processor the tokenising leaves free.
		go wordnet()
	}
	mergeChunks(c, tokenizeChunks(c, docs, refs))
	c.renumber()
	c.weigh()
	c.rankDocs(docs)
	return c
}

// rankDocs orders the documents by text (then by position, for identical
// texts, which are interchangeable).
func (c *corpus) rankDocs(docs []*model.Document) {
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return docs[order[i]].Text < docs[order[j]].Text })
	c.docRank = make([]int64, len(docs))
	for r, d := range order {
		c.docRank[d] = int64(r)
	}
}

// canon is a sentence's place in an order that does not depend on the
// order of the sources: its document's rank by text, then its place in the
// document.
func (c *corpus) canon(i int32) int64 {
	s := &c.Sents[i]
	return c.docRank[s.Doc]<<32 | int64(int(i)-c.DocSents[s.Doc][0])
}

// renumber orders the vocabulary by stem, so that term ids, and every sum
// taken in id order, do not depend on the order of the sources.
func (c *corpus) renumber() {
	order := make([]int32, len(c.Terms))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return c.Terms[order[i]].Stem < c.Terms[order[j]].Stem })
	newID := make([]int32, len(order))
	terms := make([]term, len(order))
	for n, old := range order {
		newID[old] = int32(n)
		terms[n] = c.Terms[old]
		c.termID[terms[n].Stem] = int32(n)
	}
	c.Terms = terms
	for i := range c.Sents {
		ts := c.Sents[i].Terms
		for k, t := range ts {
			ts[k] = newID[t]
		}
		unique(ts)
	}
}

// weigh computes idf over sentences, the name flags and each sentence's
// mass. The WordNet concepts wait for soft matching (see concepts).
func (c *corpus) weigh() {
	df := make([]int, len(c.Terms))
	ndf := map[string]int{}
	for i := range c.Sents {
		for _, t := range c.Sents[i].Terms {
			df[t]++
		}
		for _, n := range c.Sents[i].Numbers {
			ndf[n]++
		}
	}
	n := float64(len(c.Sents))
	for i := range c.Terms {
		t := &c.Terms[i]
		t.IDF = math.Log(n / float64(df[i]))
		t.Name = t.capSeen && !t.lowerSeen
	}
	for num, k := range ndf {
		c.NumberIDF[num] = math.Log(1+n/float64(k)) * numberBoost
	}
	for i := range c.Sents {
		s := &c.Sents[i]
		s.Mass = 0
		for _, t := range s.Terms {
			s.Mass += c.Terms[t].IDF
		}
		for _, num := range s.Numbers {
			s.Mass += c.NumberIDF[num]
		}
	}
}

// numberBoost is how much more a number pins a fact than a word of the
// same rarity.
const numberBoost = 1.5

// stem returns the stem of a normal-form word, or "" for a stop word
// or a one-letter word.
func stem(w string) string {
	if len(w) < 2 || stopWords[w] {
		return ""
	}
	if strings.ContainsRune(w, '\'') {
		w = strings.ReplaceAll(w, "'", "")
	}
	return english.Stem(w, true)
}

// unique sorts s and drops repeats, in place.
func unique[T cmp.Ordered](s []T) []T {
	slices.Sort(s)
	s = slices.Compact(s)
	return s[:len(s):len(s)]
}
