package quote

import (
	"context"
	"sort"

	"github.com/parallax-reader/parallax/model"
)

// Statements finds the quotations of every document and matches them
// across documents. Statements come in reading order (by the first
// source that renders them, then by where it does), with IDs from 0 in
// that order; each statement's quotations are in document order.
func Statements(ctx context.Context, docs []*model.Document) ([]model.Statement, error) {
	var units []unit
	sm := stemmer{}
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, q := range Find(d, i) {
			units = append(units, makeUnit(d, q, sm))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	groups := group(units)
	out := make([]model.Statement, 0, len(groups))
	for _, g := range groups {
		out = append(out, statement(units, g))
	}
	sort.SliceStable(out, func(a, b int) bool {
		qa, qb := out[a].Quotes[0], out[b].Quotes[0]
		if qa.Doc != qb.Doc {
			return qa.Doc < qb.Doc
		}
		return qa.Start < qb.Start
	})
	for i := range out {
		out[i].ID = i
	}
	return out, ctx.Err()
}

// Attach fills cmp.Statements from cmp.Documents. It returns ctx.Err()
// when ctx is cancelled, leaving cmp.Statements as it was.
func Attach(ctx context.Context, cmp *model.Comparison) error {
	st, err := Statements(ctx, cmp.Documents)
	if err != nil {
		return err
	}
	cmp.Statements = st
	return nil
}
