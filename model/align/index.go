package align

import (
	"math"
	"slices"
)

// index is an inverted index from terms to the sentences that use
// them, stored as one array (CSR): the postings of term t are
// Postings[Start[t]:Start[t+1]], in sentence order. Terms too common to
// tell facts apart, and terms only one sentence uses, are left out.
type index struct {
	Start    []int32
	Postings []int32
}

// maxDF is the largest number of sentences a term may appear in and
// still propose candidates: common words cost the most to join and tell
// the least.
func maxDF(nsent int) int {
	return max(100, nsent/20)
}

// buildIndex indexes the corpus, leaving out terms that more than
// maxDF sentences use.
func buildIndex(c *corpus, maxDF int) *index {
	df := make([]int32, len(c.Terms))
	for i := range c.Sents {
		for _, t := range c.Sents[i].Terms {
			df[t]++
		}
	}
	ix := &index{Start: make([]int32, len(c.Terms)+1)}
	for t, n := range df {
		if n < 2 || int(n) > maxDF {
			n = 0
		}
		ix.Start[t+1] = ix.Start[t] + n
	}
	ix.Postings = make([]int32, ix.Start[len(c.Terms)])
	fill := append([]int32(nil), ix.Start[:len(c.Terms)]...)
	for i := range c.Sents {
		for _, t := range c.Sents[i].Terms {
			if ix.Start[t+1] > ix.Start[t] {
				ix.Postings[fill[t]] = int32(i)
				fill[t]++
			}
		}
	}
	return ix
}

// candidate is a sentence proposed as a match, with the index's rough
// score.
type candidate struct {
	Sent  int32
	Score float64
}

// searcher finds candidates for one sentence at a time; it holds the
// score accumulator, so each goroutine needs its own.
type searcher struct {
	c       *corpus
	ix      *index
	acc     []float64
	touched []int32
	docOf   []int32
}

func newAlignSearcher(c *corpus, ix *index, docOf []int32) *searcher {
	return &searcher{c: c, ix: ix, acc: make([]float64, len(c.Sents)), docOf: docOf}
}

// search returns the k sentences of other documents that share the most
// idf-weighted terms with sentence q, normalised by the geometric mean of
// the two sentences' masses, best first (ties in canonical order). When
// within is set, only sentences whose index lies in [within[0], within[1])
// are considered. The work is the length of q's postings, not the number of
// sentences or sources.
func (s *searcher) search(q int, k int, within *[2]int, out []candidate) []candidate {
	qd := s.docOf[q]
	for _, t := range s.c.Sents[q].Terms {
		w := s.c.Terms[t].IDF
		post := s.ix.Postings[s.ix.Start[t]:s.ix.Start[t+1]]
		if within != nil {
			lo, _ := slices.BinarySearch(post, int32(within[0]))
			hi, _ := slices.BinarySearch(post[lo:], int32(within[1]))
			hi += lo
			post = post[lo:hi]
		}
		for _, p := range post {
			if s.docOf[p] == qd {
				continue
			}
			if s.acc[p] == 0 {
				s.touched = append(s.touched, p)
			}
			s.acc[p] += w
		}
	}
	out = out[:0]
	qm := s.c.Sents[q].Mass
	better := func(a, b candidate) bool {
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return s.c.canon(a.Sent) < s.c.canon(b.Sent)
	}
	for _, p := range s.touched {
		cd := candidate{Sent: p, Score: s.acc[p] / math.Sqrt(qm*s.c.Sents[p].Mass)}
		s.acc[p] = 0
		// Keep the k best in order: insertion into a short sorted list.
		if len(out) == k && !better(cd, out[k-1]) {
			continue
		}
		if len(out) < k {
			out = append(out, cd)
		} else {
			out[k-1] = cd
		}
		for j := len(out) - 1; j > 0 && better(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	s.touched = s.touched[:0]
	return out
}
