package align

import (
	"context"
	"sort"
	"sync/atomic"
)

// alongChain matches the sentences between consecutive anchors (and
// before the first and after the last) with the dynamic programme; the
// anchors themselves are matched too, as part of the gap after them so
// that a sentence split differently around an anchor still finds its
// partner.
func alongChain(ctx context.Context, c *corpus, rx, ry [2]int, chain [][2]int, tick func(k, n int)) ([]edge, error) {
	parts := parts(0, len(chain)+1)
	found := make([][]edge, len(parts))
	var done atomic.Int64 // gaps done, over all parts
	runParts(parts, func(p int, ks [2]int) {
		var edges []edge
		var buf gapBuf
		for k := ks[0]; k < ks[1]; k++ {
			if (k-ks[0])%64 == 0 {
				if ctx.Err() != nil {
					return
				}
				if p == 0 { // the progress callback is called from one goroutine
					tick(int(done.Load()), len(chain))
				}
			}
			px, py := rx[0], ry[0]
			if k > 0 {
				px, py = chain[k-1][0], chain[k-1][1]
			}
			nx, ny := rx[1], ry[1]
			if k < len(chain) {
				nx, ny = chain[k][0], chain[k][1]
			}
			edges = append(edges, gapDP(c, px, nx, py, ny, &buf)...)
			done.Add(1)
		}
		found[p] = edges
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return join(found), nil
}

// moves are the shapes of match the programme allows: sentences taken
// from each side at once.
var moves = [...][2]int{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {3, 1}, {1, 3}, {2, 2}, {4, 1}, {1, 4}, {3, 2}, {2, 3}}

// gapBuf is the working memory of the programme, kept from one gap to
// the next by a caller that runs many.
type gapBuf struct {
	score        []float64
	from         []int8
	xbags, ybags []bag
}

// grow returns s with length n and every element zero, reusing its
// array when it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// gapDP aligns sentences [x0, x1) with [y0, y1) monotonically,
// maximising the summed similarity of the matches weighed by their mass,
// and returns the matches that reach orderMin.
// buf is its working memory, reused from call to call.
func gapDP(c *corpus, x0, x1, y0, y1 int, buf *gapBuf) []edge {
	nx, ny := x1-x0, y1-y0
	if nx == 0 || ny == 0 {
		return nil
	}
	band := -1
	if nx*ny > gapCells {
		band = gapBand
	}
	inBand := func(i, j int) bool {
		if band < 0 {
			return true
		}
		d := j - i*ny/nx
		return d >= -band && d <= band
	}
	// The bags of the runs the moves take, each made once: xb(i, l) is
	// the bag of the l sentences of x ending before x0+i, yb likewise.
	const runs = 5 // 1 + the longest run a move takes
	buf.xbags, buf.ybags = grow(buf.xbags, (nx+1)*runs), grow(buf.ybags, (ny+1)*runs)
	xbags, ybags := buf.xbags, buf.ybags
	xb := func(i, l int) bag {
		b := &xbags[i*runs+l]
		if b.Terms == nil && b.Numbers == nil && b.Mass == 0 {
			*b = c.bag(x0+i-l, x0+i)
		}
		return *b
	}
	yb := func(j, l int) bag {
		b := &ybags[j*runs+l]
		if b.Terms == nil && b.Numbers == nil && b.Mass == 0 {
			*b = c.bag(y0+j-l, y0+j)
		}
		return *b
	}
	w := ny + 1
	buf.score, buf.from = grow(buf.score, (nx+1)*w), grow(buf.from, (nx+1)*w)
	score, from := buf.score, buf.from
	for i := range score {
		score[i] = -1
	}
	score[0] = 0
	for i := 0; i <= nx; i++ {
		for j := 0; j <= ny; j++ {
			if (i == 0 && j == 0) || !inBand(i, j) {
				continue
			}
			best, bm := -1.0, int8(-1)
			for m, mv := range moves {
				pi, pj := i-mv[0], j-mv[1]
				if pi < 0 || pj < 0 || score[pi*w+pj] < 0 ||
					!c.onePara(x0+pi, x0+i) || !c.onePara(y0+pj, y0+j) {
					continue
				}
				v := score[pi*w+pj]
				if mv[0] > 0 && mv[1] > 0 {
					// Weighed by the content matched, so that taking a
					// neighbour in pays when it adds matched content.
					a, b := xb(i, mv[0]), yb(j, mv[1])
					v += c.similarity(a, b) * (a.Mass + b.Mass)
				}
				if v > best {
					best, bm = v, int8(m)
				}
			}
			score[i*w+j], from[i*w+j] = best, bm
		}
	}
	var edges []edge
	for i, j := nx, ny; (i > 0 || j > 0) && from[i*w+j] >= 0; {
		mv := moves[from[i*w+j]]
		pi, pj := i-mv[0], j-mv[1]
		if mv[0] > 0 && mv[1] > 0 {
			sim := c.similarity(xb(i, mv[0]), yb(j, mv[1]))
			if sim >= orderMin {
				edges = append(edges, edge{A0: int32(x0 + pi), A1: int32(x0 + i),
					B0: int32(y0 + pj), B1: int32(y0 + j), Sim: sim, Ordered: true})
			}
		}
		i, j = pi, pj
	}
	return edges
}

// absorb lets a match take in an unmatched neighbouring sentence on
// either side when that raises its mass-weighed similarity: anchors can
// split a sentence of one text from the part of the other it belongs with.
func absorb(c *corpus, edges []edge, rx, ry [2]int) []edge {
	matched := make([]bool, len(c.Sents))
	for _, e := range edges {
		for i := e.A0; i < e.A1; i++ {
			matched[i] = true
		}
		for i := e.B0; i < e.B1; i++ {
			matched[i] = true
		}
	}
	gain := func(e edge) float64 {
		a, b := c.bag(int(e.A0), int(e.A1)), c.bag(int(e.B0), int(e.B1))
		return c.similarity(a, b) * (a.Mass + b.Mass)
	}
	inRange := func(i int32, r [2]int) bool { return int(i) >= r[0] && int(i) < r[1] }
	sort.Slice(edges, func(i, j int) bool { return edges[i].A0 < edges[j].A0 })
	for k := range edges {
		e := &edges[k]
		cur := gain(*e)
		for grew := true; grew; {
			grew = false
			for _, t := range [...]edge{
				{A0: e.A0 - 1, A1: e.A1, B0: e.B0, B1: e.B1},
				{A0: e.A0, A1: e.A1 + 1, B0: e.B0, B1: e.B1},
				{A0: e.A0, A1: e.A1, B0: e.B0 - 1, B1: e.B1},
				{A0: e.A0, A1: e.A1, B0: e.B0, B1: e.B1 + 1},
			} {
				added := t.A0
				switch {
				case t.A1 != e.A1:
					added = t.A1 - 1
				case t.B0 != e.B0:
					added = t.B0
				case t.B1 != e.B1:
					added = t.B1 - 1
				}
				r := rx
				if t.B0 != e.B0 || t.B1 != e.B1 {
					r = ry
				}
				if !inRange(added, r) || matched[added] {
					continue
				}
				if !c.onePara(int(t.A0), int(t.A1)) || !c.onePara(int(t.B0), int(t.B1)) {
					continue // a match stays within a paragraph on each side
				}
				if g := gain(t); g > cur {
					t.Ordered = true
					t.Sim = c.similarity(c.bag(int(t.A0), int(t.A1)), c.bag(int(t.B0), int(t.B1)))
					*e, cur, grew = t, g, true
					matched[added] = true
					break
				}
			}
		}
	}
	return edges
}

// onePara reports whether corpus sentences [i, j) lie in one paragraph
// (an empty or one-sentence run always does).
func (c *corpus) onePara(i, j int) bool {
	if j-i < 2 {
		return true
	}
	a, b := &c.Sents[i], &c.Sents[j-1]
	return a.Doc == b.Doc && a.Para == b.Para
}
