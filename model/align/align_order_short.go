package align

import (
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// Short texts told in the same order (two translations of a chapter, two
// editions of an article) are aligned by that order too, but more
// strictly than long ones: they must agree on their order nearly
// everywhere, since two news reports of one event can share a handful of
// sentences in the same order by chance, and the matches are one sentence
// to one, since a short text leaves the programme too little to tell a
// merged sentence from a shifted one.
const (
	// shortMin is how many content sentences each short text needs.
	shortMin = 12
	// shortChain is the least share of the shorter text's sentences that
	// must be anchors in order, and shortSize the least ratio of the
	// shorter text's sentences to the longer's.
	shortChain = 0.6
	shortSize  = 0.5
)

// shortOrdered reports whether the documents are short texts told in
// one order: every document with content has shortMin to longMin
// content sentences, and every pair of them passes the strict order test.
// It returns the pairs of sentence ranges to align, each oriented as
// orientFirst says.
func shortOrdered(c *corpus, docs []*model.Document) (pairs [][2][2]int, ok bool) {
	var with []int
	for d, r := range c.DocSents {
		switch n := r[1] - r[0]; {
		case n == 0:
		case n < shortMin || n >= longMin:
			return nil, false
		default:
			with = append(with, d)
		}
	}
	if len(with) < 2 {
		return nil, false
	}
	docOf := make([]int32, len(c.Sents))
	for i := range c.Sents {
		docOf[i] = int32(c.Sents[i].Doc)
	}
	s := newAlignSearcher(c, buildIndex(c, len(c.Sents)), docOf)
	for x := 0; x < len(with); x++ {
		for y := x + 1; y < len(with); y++ {
			rx, ry := c.DocSents[with[x]], c.DocSents[with[y]]
			if orientFirst(c, docs, with[y], with[x]) {
				rx, ry = ry, rx
			}
			nx, ny := rx[1]-rx[0], ry[1]-ry[0]
			if float64(min(nx, ny)) < shortSize*float64(max(nx, ny)) {
				return nil, false
			}
			chain := lis(mutualBestIn(s, rx, ry, rx))
			if float64(len(chain)) < shortChain*float64(min(nx, ny)) {
				return nil, false
			}
			pairs = append(pairs, [2][2]int{rx, ry})
		}
	}
	return pairs, true
}

// orderedShort aligns short texts told in one order line by line, a
// line being their unit (a verse): a sentence that runs on over a line
// break is cut there. ok is false, and c is unchanged, unless the texts
// pass the strict order test both as sentences and as lines; the
// corpus of lines is returned with its matches.
func orderedShort(c *corpus, docs []*model.Document) (lc *corpus, edges []edge, ok bool) {
	if _, ok := shortOrdered(c, docs); !ok {
		return nil, nil, false
	}
	lc = buildCorpusBy(docs, true)
	pairs, ok := shortOrdered(lc, docs)
	if !ok {
		return nil, nil, false
	}
	for _, p := range pairs {
		edges = append(edges, shortDP(lc, docs, p[0], p[1])...)
	}
	sortEdges(lc, edges)
	return lc, edges, true
}

// shortMoves are the shapes of match the short programme allows: one
// sentence to one, or to a run of up to three sentences of one line on
// the other side (one translation may say in two sentences what the other
// says in one, but never across a line, which is a verse).
var shortMoves = [...][2]int{{1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}}

// shortDP aligns sentences rx with ry monotonically by shortMoves,
// maximising the summed similarity of the matches weighed by the
// sentences they cover, and returns those that reach orderMin.
func shortDP(c *corpus, docs []*model.Document, rx, ry [2]int) []edge {
	nx, ny := rx[1]-rx[0], ry[1]-ry[0]
	w := ny + 1
	score := make([]float64, (nx+1)*w)
	from := make([]int8, (nx+1)*w) // index into shortMoves, or -1 skip x, -2 skip y
	sims := make([]float64, (nx+1)*w*len(shortMoves))
	oneLine := func(i, n int) bool {
		a, b := &c.Sents[i], &c.Sents[i+n-1]
		return a.Doc == b.Doc && !strings.Contains(docs[a.Doc].Text[a.Start:b.End], "\n")
	}
	for i := 0; i <= nx; i++ {
		for j := 0; j <= ny; j++ {
			if i == 0 && j == 0 {
				continue
			}
			best, how := -1.0, int8(-1)
			if i > 0 {
				best, how = score[(i-1)*w+j], -1
			}
			if j > 0 && score[i*w+j-1] > best {
				best, how = score[i*w+j-1], -2
			}
			for m, mv := range shortMoves {
				a, b := mv[0], mv[1]
				if i < a || j < b {
					continue
				}
				x0, y0 := rx[0]+i-a, ry[0]+j-b
				if !oneLine(x0, a) || !oneLine(y0, b) {
					continue
				}
				s := c.similarity(c.bag(x0, x0+a), c.bag(y0, y0+b))
				sims[(i*w+j)*len(shortMoves)+m] = s
				if s < orderMin {
					continue
				}
				if v := score[(i-a)*w+j-b] + s*float64(a+b)/2; v > best {
					best, how = v, int8(m)
				}
			}
			score[i*w+j], from[i*w+j] = best, how
		}
	}
	var edges []edge
	for i, j := nx, ny; i > 0 || j > 0; {
		switch how := from[i*w+j]; how {
		case -1:
			i--
		case -2:
			j--
		default:
			a, b := shortMoves[how][0], shortMoves[how][1]
			sim := sims[(i*w+j)*len(shortMoves)+int(how)]
			i, j = i-a, j-b
			x, y := int32(rx[0]+i), int32(ry[0]+j)
			edges = append(edges, edge{A0: x, A1: x + int32(a), B0: y, B1: y + int32(b), Sim: sim, Ordered: true})
		}
	}
	return edges
}
