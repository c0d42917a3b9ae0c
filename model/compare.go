package model

import "context"

// Progress is told how far a long stage has got: the stage's name
// ("reading", "aligning", "diffing"), and done out of total steps.
type Progress func(stage string, done, total int)

// Compare aligns the documents and returns the comparison. It stops early,
// returning ctx.Err(), when ctx is cancelled.
func Compare(ctx context.Context, docs []*Document, progress Progress) (*Comparison, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	claims, err := Align(ctx, docs, progress)
	if err != nil {
		return nil, err
	}
	return &Comparison{Documents: docs, Claims: claims}, nil
}
