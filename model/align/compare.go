package align

import (
	"context"

	"github.com/parallax-reader/parallax/model"
)

// Compare aligns the documents and returns the comparison. It stops early,
// returning ctx.Err(), when ctx is cancelled.
func Compare(ctx context.Context, docs []*model.Document, progress model.Progress) (*model.Comparison, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	claims, err := Claims(ctx, docs, progress)
	if err != nil {
		return nil, err
	}
	return &model.Comparison{Documents: docs, Claims: claims}, nil
}
