package main

import (
	"context"
	"fmt"

	"github.com/parallax-reader/parallax/model"
)

// openReader: until the reading room lands, a plain summary.
func (c *config) openReader(ctx context.Context, docs []*model.Document) error {
	cmp, err := model.Compare(ctx, docs, nil)
	if err != nil {
		return err
	}
	for i, d := range cmp.Documents {
		fmt.Fprintf(c.stdout, "%d. %s (%s), %d paragraphs\n", i+1, d.Name(), d.Path, len(d.Paragraphs))
	}
	fmt.Fprintf(c.stdout, "%d claims\n", len(cmp.Claims))
	return nil
}
