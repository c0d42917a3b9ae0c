package report

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/overview"
	"github.com/parallax-reader/parallax/model/source"
)

// MarkdownOptions tunes WriteMarkdown. The zero value is ready to use.
type MarkdownOptions struct {
	// Timestamp, when not zero, is printed under the title as the time the
	// report was made. It is left out by default so that the same sources
	// always give the same bytes.
	Timestamp time.Time
}

// WriteMarkdown writes the comparison as a Markdown report that reads on
// its own, for someone who never sees parallax: a summary, the sources, a
// coverage matrix of the shared claims, each shared claim with every
// source's wording and its word-level differences, the discrepancies, who
// is quoted saying what and how each source renders it, the claims only
// one source reports, and what was set aside as page furniture
// or repeats. It is CommonMark with GitHub tables and strikethrough; article
// text is escaped so that it can neither break the layout nor make links or
// HTML. The same comparison always gives the same bytes.
func WriteMarkdown(w io.Writer, c *model.Comparison, opts MarkdownOptions) error {
	var b bytes.Buffer
	r := markdown{b: &b, c: c, order: overview.New(c).SharedOrder()}
	r.header(opts)
	r.sources()
	r.matrix()
	r.shared()
	r.quotesSection()
	r.unique()
	r.flagged()
	_, err := w.Write(b.Bytes())
	return err
}

// markdown is a Markdown report being written.
type markdown struct {
	b *bytes.Buffer
	c *model.Comparison
	// order lists the shared claims in the order the report gives them.
	order []int
}

// line writes one line of Markdown (formatted like fmt.Sprintf).
func (r *markdown) line(format string, args ...any) {
	fmt.Fprintf(r.b, format, args...)
	r.b.WriteByte('\n')
}

// blank writes an empty line, which ends the block before it.
func (r *markdown) blank() { r.b.WriteByte('\n') }

// label is the short name of the i-th source in the report: A, B, …, Z,
// AA, AB, …
func label(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// labels joins the labels of the given sources: "A, C and D".
func labels(docs []int) string {
	labels := make([]string, len(docs))
	for k, d := range docs {
		labels[k] = label(d)
	}
	return and(labels)
}

// and joins words as a list in prose: "a", "a and b", "a, b and c".
func and(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// count is n followed by the noun, in the plural unless n is 1.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// header writes the title and the one-line summary.
func (r *markdown) header(opts MarkdownOptions) {
	shared, disagree, variants := 0, 0, 0
	for i := range r.c.Claims {
		cl := &r.c.Claims[i]
		if cl.Shared() {
			shared++
		}
		for _, d := range cl.Discrepancies {
			if d.Variant {
				variants++
			} else {
				disagree++
			}
		}
	}
	r.line("# Comparison of %s", count(len(r.c.Documents), "source", "sources"))
	r.blank()
	summary := fmt.Sprintf("%s, %s, %d reported by two or more, %s",
		count(len(r.c.Documents), "source", "sources"),
		count(len(r.c.Claims), "claim", "claims"), shared,
		count(disagree, "discrepancy", "discrepancies"))
	if variants > 0 {
		summary += ", " + count(variants, "spelling variant", "spelling variants")
	}
	r.line("**%s.**", summary)
	if !opts.Timestamp.IsZero() {
		r.blank()
		r.line("Made by parallax on %s.", opts.Timestamp.Format("2 January 2006 at 15:04 MST"))
	}
	r.blank()
	r.line("A *claim* is one fact as the sources report it. The sources are " +
		"named by letter below; paragraphs are counted from the top of each " +
		"source, headline included.")
	r.blank()
}

// sources writes the table of sources.
func (r *markdown) sources() {
	r.line("## Sources")
	r.blank()
	if len(r.c.Documents) == 0 {
		r.line("No sources were given.")
		r.blank()
		return
	}
	claims := make([]int, len(r.c.Documents))
	shared := make([]int, len(r.c.Documents))
	for i := range r.c.Claims {
		cl := &r.c.Claims[i]
		for _, d := range cl.Sources {
			if d >= 0 && d < len(claims) {
				claims[d]++
				if cl.Shared() {
					shared[d]++
				}
			}
		}
	}
	r.line("| Source | Title | File or address | Byline | Published | Claims | Shared | Only here |")
	r.line("| --- | --- | --- | --- | --- | ---: | ---: | ---: |")
	for i, d := range r.c.Documents {
		title := inline(d.Title)
		if title == "" {
			title = "*(no headline found)*"
		}
		for _, w := range d.Warnings {
			title += " — " + inline(w)
		}
		r.line("| **%s** | %s | %s | %s | %s | %d | %d | %d |", label(i), title,
			docWhere(d), inline(d.Byline), inline(date(d.Published)),
			claims[i], shared[i], claims[i]-shared[i])
	}
	r.blank()
}

// docWhere is where a document came from: its path as given, with its
// web address when it has one.
func docWhere(d *model.Document) string {
	switch {
	case d.URL != "" && d.URL != d.Path && d.Path != "":
		return inline(d.Path) + " (" + urlText(d.URL) + ")"
	case d.URL != "":
		return urlText(d.URL)
	case source.IsURL(d.Path):
		return urlText(d.Path)
	}
	return inline(d.Path)
}

// date writes a machine-readable publication date the way a reader
// would ("14 October 2025"); anything else is returned as it is.
func date(s string) string {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t.Format("2 January 2006")
		}
	}
	return s
}

// docLink is the shortest pointer back to a document: its address when
// it has one, else its file name (the sources table gives the whole path).
func docLink(d *model.Document) string {
	switch {
	case d.URL != "":
		return urlText(d.URL)
	case source.IsURL(d.Path):
		return urlText(d.Path)
	}
	return inline(filepath.Base(d.Path))
}
