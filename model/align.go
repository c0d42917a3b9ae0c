package model

import "context"

// Align groups the content sentences of the documents into claims.
//
// PLACEHOLDER until the aligner lands: every content sentence is its own
// claim. The aligner replaces this file.
func Align(ctx context.Context, docs []*Document, progress Progress) ([]Claim, error) {
	var claims []Claim
	for di, d := range docs {
		for pi := range d.Paragraphs {
			p := &d.Paragraphs[pi]
			if !p.Content() {
				continue
			}
			for _, s := range p.Sentences {
				claims = append(claims, Claim{ID: len(claims), Sources: []int{di},
					Passages: []Passage{{Doc: di, Para: pi, Span: s.Span}}})
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return claims, nil
}
