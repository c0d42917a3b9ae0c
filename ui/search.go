package ui

import (
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// maxHits bounds how many matches a search collects, so that a search for
// "the" in a book stays quick.
const maxHits = 100000

// searchHit is one place the search text occurs.
type searchHit struct {
	doc  int
	span model.Span
}

// searchState is the last search run over all sources.
type searchState struct {
	query string
	hits  []searchHit // by document, then position
	cur   int         // the hit last moved to, or -1
}

// runSearch finds every occurrence of query in the folded texts, without
// regard to case or accents.
func runSearch(folded []foldedText, query string) searchState {
	st := searchState{query: query, cur: -1}
	q := foldQuery(query)
	if strings.TrimSpace(q) == "" {
		return st
	}
	for d := range folded {
		ft := &folded[d]
		text := ft.s
		for off := 0; len(st.hits) < maxHits; {
			i := strings.Index(text[off:], q)
			if i < 0 {
				break
			}
			start := off + i
			off = start + len(q)
			sp := model.Span{Start: ft.toOrig(start), End: ft.toOrig(off)}
			if sp.End > sp.Start {
				st.hits = append(st.hits, searchHit{d, sp})
			}
		}
	}
	return st
}

// hitsIn returns the indices [lo, hi) of the hits in document doc that
// overlap span.
func (s *searchState) hitsIn(doc int, span model.Span) (lo, hi int) {
	lo = sort.Search(len(s.hits), func(i int) bool {
		h := s.hits[i]
		return h.doc > doc || (h.doc == doc && h.span.End > span.Start)
	})
	hi = lo
	for hi < len(s.hits) && s.hits[hi].doc == doc && s.hits[hi].span.Start < span.End {
		hi++
	}
	return lo, hi
}

// next returns the hit after (forward) or before the position (doc, off),
// wrapping around, or -1 when there are no hits.
func (s *searchState) next(doc, off int, forward bool) int {
	n := len(s.hits)
	if n == 0 {
		return -1
	}
	// i is the first hit at or after (doc, off).
	i := sort.Search(n, func(i int) bool {
		h := s.hits[i]
		return h.doc > doc || (h.doc == doc && h.span.Start >= off)
	})
	if forward {
		if i < n && s.cur >= 0 && i == s.cur {
			i++
		}
		return i % n
	}
	return (i - 1 + n) % n
}

// searchNote says which match is shown, of how many, for what.
func searchNote(s *searchState, i int) string {
	more := ""
	if len(s.hits) >= maxHits {
		more = "+"
	}
	return "match " + itoa(i+1) + "/" + itoa(len(s.hits)) + more + " for “" + oneLine(s.query) + "” · n next · N previous"
}

// passageAt returns the passage of document doc that holds byte off, else
// the last one before it, else the first; -1 when there is none.
func (a *App) passageAt(doc, off int) int {
	ps := a.ix.docs[doc].passages
	if len(ps) == 0 {
		return -1
	}
	i := sort.Search(len(ps), func(i int) bool { return ps[i].span.Start > off }) - 1
	for j := i; j >= 0 && j > i-4; j-- {
		if ps[j].span.Contains(off) {
			return j
		}
	}
	return max(i, 0)
}

// paraAt returns the paragraph of d that holds byte off, or the one after
// it.
func paraAt(d *model.Document, off int) int {
	return sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > off })
}
