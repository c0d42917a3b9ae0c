package report

import (
	"fmt"
	"slices"

	"github.com/parallax-reader/parallax/model"
)

// unique writes the claims that only one source reports, grouped by
// source, in the order each source gives them.
func (r *markdown) unique() {
	byDoc := make([][]sourceWording, len(r.c.Documents))
	for i := range r.c.Claims {
		cl := &r.c.Claims[i]
		if cl.Shared() {
			continue
		}
		for _, w := range wordings(cl) {
			if w.doc >= 0 && w.doc < len(byDoc) {
				byDoc[w.doc] = append(byDoc[w.doc], w)
			}
		}
	}
	r.line("## No match found in the other sources")
	r.blank()
	found := false
	for doc, ws := range byDoc {
		if len(ws) == 0 {
			continue
		}
		found = true
		slices.SortStableFunc(ws, func(a, b sourceWording) int {
			return comparePassages(a.passages[0], b.passages[0])
		})
		d := r.c.Documents[doc]
		r.line("### %s: %s", label(doc), r.docName(d))
		r.blank()
		if inline(d.Title) != "" {
			r.line("From %s.", docWhere(d))
			r.blank()
		}
		for _, w := range ws {
			r.line("- %s: %s", paragraphs(w, "Paragraph"), r.quotes(w))
		}
		r.blank()
	}
	if !found {
		r.line("Every claim is reported by at least two sources.")
		r.blank()
	}
}

// docName is a document's headline, else where it came from.
func (r *markdown) docName(d *model.Document) string {
	if t := inline(d.Title); t != "" {
		return t
	}
	return docWhere(d)
}

// flagged writes a short note of the paragraphs left out of the
// comparison: page furniture and repeats.
func (r *markdown) flagged() {
	r.line("## Set aside")
	r.blank()
	var lines []string
	for doc, d := range r.c.Documents {
		for pi := range d.Paragraphs {
			p := &d.Paragraphs[pi]
			var why string
			switch {
			case p.DuplicateOf >= 0:
				why = fmt.Sprintf("repeats paragraph %d", p.DuplicateOf+1)
			case p.Boilerplate && p.Reason != "":
				why = inline(p.Reason)
			case p.Boilerplate:
				why = "page furniture"
			default:
				continue
			}
			text := spanText(d, p.Span)
			lines = append(lines, fmt.Sprintf("- **%s**, paragraph %d, %s: “%s”",
				label(doc), pi+1, why, excerpt(text, 80)))
		}
	}
	if len(lines) == 0 {
		r.line("Nothing was flagged as page furniture or as a repeat.")
		r.blank()
		return
	}
	r.line("These paragraphs were flagged as page furniture (credits, share prompts, " +
		"links) or as repeats of an earlier paragraph, and were not compared.")
	r.blank()
	for _, l := range lines {
		r.line("%s", l)
	}
}
