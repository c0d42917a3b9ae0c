package main

import (
	"context"
	"os"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	"github.com/parallax-reader/parallax/model/quote"
	"github.com/parallax-reader/parallax/ui"
)

// openReader opens the reading room on the documents, which are already
// read and segmented; the alignment runs inside it, with progress shown.
func (c *config) openReader(ctx context.Context, docs []*model.Document) error {
	return ui.Run(ctx, ui.Options{
		Load: func(ctx context.Context, progress model.Progress) (*model.Comparison, error) {
			quotes := quote.Start(ctx, docs) // found while align works
			cmp, err := align.Compare(ctx, docs, progress)
			if err == nil {
				err = quotes.Attach(ctx, cmp)
			}
			return cmp, err
		},
		ExportPath: "parallax-report.md",
		NoColor:    os.Getenv("NO_COLOR") != "",
	})
}
