package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// comparePassages orders passages by source, then position.
func comparePassages(a, b model.Passage) int {
	if a.Doc != b.Doc {
		return a.Doc - b.Doc
	}
	return a.Start - b.Start
}

// sourceWording is what one source says for a claim.
type sourceWording struct {
	doc      int
	passages []model.Passage
}

// wordings groups a claim's passages by source, in source order.
func wordings(cl *model.Claim) []sourceWording {
	ps := slices.Clone(cl.Passages)
	slices.SortStableFunc(ps, comparePassages)
	var out []sourceWording
	for _, p := range ps {
		if n := len(out); n > 0 && out[n-1].doc == p.Doc {
			out[n-1].passages = append(out[n-1].passages, p)
			continue
		}
		out = append(out, sourceWording{doc: p.Doc, passages: []model.Passage{p}})
	}
	return out
}

// text is the source's wording, its passages joined by spaces.
func (r *markdown) text(w sourceWording) string {
	parts := make([]string, len(w.passages))
	for k, p := range w.passages {
		parts[k] = r.passageText(p)
	}
	return strings.Join(parts, " ")
}

// quotes is the source's wording as the report quotes it: each passage in
// quotation marks, passages that follow one another in a paragraph in the
// same marks, and "…" between the rest.
func (r *markdown) quotes(w sourceWording) string {
	var groups []string
	var prev model.Passage
	for _, p := range w.passages {
		text := r.passageText(p)
		if n := len(groups); n > 0 && r.adjacent(prev, p) {
			groups[n-1] += " " + text
		} else {
			groups = append(groups, text)
		}
		prev = p
	}
	for k, g := range groups {
		groups[k] = quote(g)
	}
	return strings.Join(groups, " … ")
}

// adjacent reports whether passage q follows passage p in the same
// paragraph with nothing but white space between them.
func (r *markdown) adjacent(p, q model.Passage) bool {
	if p.Doc != q.Doc || p.Para != q.Para || q.Start < p.End {
		return false
	}
	gap := r.passageText(model.Passage{Doc: p.Doc, Span: model.Span{Start: p.End, End: q.Start}})
	return strings.TrimSpace(gap) == ""
}

// passageText is the text of a passage, or "" when it does not lie in its
// document.
func (r *markdown) passageText(p model.Passage) string {
	if p.Doc < 0 || p.Doc >= len(r.c.Documents) {
		return ""
	}
	return spanText(r.c.Documents[p.Doc], p.Span)
}

// spanText is the text a span of d covers, with Markdown markup taken
// off when d is Markdown, or "" when the span does not lie in d.
func spanText(d *model.Document, sp model.Span) string {
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
		return ""
	}
	return d.Plain(sp, false)
}

// paragraphs names the paragraph(s) of a wording after word, which is
// "paragraph" or "Paragraph": "paragraph 4", "Paragraphs 4 and 6".
func paragraphs(w sourceWording, word string) string {
	var paras []string
	for _, p := range w.passages {
		n := fmt.Sprint(p.Para + 1)
		if !slices.Contains(paras, n) {
			paras = append(paras, n)
		}
	}
	if len(paras) > 1 {
		word += "s"
	}
	return word + " " + and(paras)
}

// where points back to the source and paragraph(s) of a wording:
// "**B**, paragraph 4 (file.html)", or its address when it has one.
func (r *markdown) where(w sourceWording) string {
	s := "**" + label(w.doc) + "**, " + paragraphs(w, "paragraph")
	if w.doc >= 0 && w.doc < len(r.c.Documents) {
		s += " (" + docLink(r.c.Documents[w.doc]) + ")"
	}
	return s
}

// matrix writes the coverage matrix: one row per shared claim, one column
// per source.
func (r *markdown) matrix() {
	r.line("## Coverage")
	r.blank()
	if len(r.order) == 0 {
		r.line("No claim is reported by more than one source.")
		r.blank()
		return
	}
	r.line("Which source reports which shared claim (✓), most widely reported first. " +
		"Passages with no match found in the other sources are listed further down.")
	r.blank()
	head := []string{"Claim", "First words"}
	align := []string{"---:", "---"}
	for i := range r.c.Documents {
		head = append(head, label(i))
		align = append(align, ":---:")
	}
	head = append(head, "Sources", "Disagreement")
	align = append(align, "---:", "---")
	r.line("| %s |", strings.Join(head, " | "))
	r.line("| %s |", strings.Join(align, " | "))
	for n, ci := range r.order {
		cl := &r.c.Claims[ci]
		first := ""
		if ws := wordings(cl); len(ws) > 0 {
			first = excerpt(r.text(ws[0]), 60)
		}
		row := []string{fmt.Sprint(n + 1), first}
		for i := range r.c.Documents {
			mark := "·"
			if slices.Contains(cl.Sources, i) {
				mark = "✓"
			}
			row = append(row, mark)
		}
		row = append(row, fmt.Sprintf("%d of %d", len(cl.Sources), len(r.c.Documents)),
			discrepancyKinds(cl))
		r.line("| %s |", strings.Join(row, " | "))
	}
	r.blank()
}

// discrepancyKinds names the kinds of detail a claim's sources disagree
// on, marked "⚠" ("⚠ number, date"), and "spelling" for names spelled two
// ways.
func discrepancyKinds(cl *model.Claim) string {
	var kinds []string
	warn := false
	for _, d := range cl.Discrepancies {
		k := "spelling"
		if !d.Variant {
			k = inline(string(d.Kind))
			warn = true
		}
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	s := strings.Join(kinds, ", ")
	if warn {
		s = "⚠ " + s
	}
	return s
}
