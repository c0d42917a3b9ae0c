package main

import (
	"context"
	"errors"

	"github.com/parallax-reader/parallax/model"
)

// writeExport: the Markdown export is being written (issue 5).
func (c *config) writeExport(ctx context.Context, docs []*model.Document) error {
	return errors.New("--export is not available yet")
}
