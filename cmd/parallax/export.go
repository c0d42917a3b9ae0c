package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/report"
)

// writeExport writes the Markdown export to a file, or to standard output
// for "-".
func (c *config) writeExport(ctx context.Context, docs []*model.Document) error {
	cmp, err := c.compare(ctx, docs)
	if err != nil {
		return err
	}
	opts := report.MarkdownOptions{}
	if c.timestamp {
		opts.Timestamp = time.Now()
	}
	if c.export == "-" {
		var buf bytes.Buffer
		if err := report.WriteMarkdown(&buf, cmp, opts); err != nil {
			return err
		}
		_, err = c.stdout.Write(buf.Bytes())
		return err
	}
	if err := report.ExportMarkdownFileWith(c.export, cmp, c.force, opts); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s already exists; use --force to overwrite it", c.export)
		}
		return err
	}
	fmt.Fprintf(c.stderr, "parallax: wrote %s\n", model.SafeText(c.export))
	return nil
}
