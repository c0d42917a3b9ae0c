package align

import (
	"context"
	"sort"

	"github.com/parallax-reader/parallax/model"
)

// Align groups the content sentences of the documents into claims: every
// content sentence of every document lies in exactly one claim, and a
// claim holds the passages of every source that reports the same fact.
// Boilerplate and repeated paragraphs take no part; headlines do.
//
// The work is in stages, each in its own file: tokens and features
// (normalize.go, features.go), an inverted index that proposes candidate
// pairs without comparing every sentence with every other (index.go), a
// paraphrase-tolerant similarity (similarity.go, wordnet.go), the matching
// (align_match.go; align_order*.go for sources that tell one text in the
// same order, long ones in align_order.go and short ones line by line in
// align_order_short.go), the grouping into claims (claims.go) and the discrepancies inside each claim
// (discrepancy*.go). The word knowledge is a table derived from WordNet by
// cmd/wordnetgen and embedded.
//
// The result is deterministic, and does not depend on the order of the
// documents beyond their numbering. Align calls progress("aligning", done,
// total) now and then and returns ctx.Err() once ctx is cancelled.
func Claims(ctx context.Context, docs []*model.Document, progress model.Progress) ([]model.Claim, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	c := buildCorpus(docs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	edges, ordered, err := ordered(ctx, c, docs, progress)
	if err == nil && !ordered {
		if lc, e, ok := orderedShort(c, docs); ok {
			c, edges, ordered = lc, e, true
		}
	}
	if err == nil && !ordered {
		edges, err = match(ctx, c, progress)
	}
	if err != nil {
		return nil, err
	}
	groups, sims := cluster(c, edges)
	claims := claims(docs, c, groups, sims)
	return claims, ctx.Err()
}

// edge is an accepted match between two passages of different
// documents: sentence runs [A0, A1) and [B0, B1) of the corpus.
type edge struct {
	A0, A1, B0, B1 int32
	Sim            float64
	// Ordered marks a match made along the shared order of two long
	// sources: the order vouches for it, so it joins without the linkage
	// test.
	Ordered bool
}

// sortEdges orders edges strongest first, ties by where their
// sentences stand in the canonical order (see corpus.canon), so that
// what follows depends neither on the order they were found in nor on the
// order of the sources.
func sortEdges(c *corpus, edges []edge) {
	key := func(e edge) [4]int64 {
		a0, a1, b0, b1 := c.canon(e.A0), c.canon(e.A1-1), c.canon(e.B0), c.canon(e.B1-1)
		if b0 < a0 {
			a0, a1, b0, b1 = b0, b1, a0, a1
		}
		return [4]int64{a0, b0, a1, b1}
	}
	sort.Slice(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a.Sim != b.Sim {
			return a.Sim > b.Sim
		}
		ka, kb := key(a), key(b)
		for k := range ka {
			if ka[k] != kb[k] {
				return ka[k] < kb[k]
			}
		}
		return false
	})
}
