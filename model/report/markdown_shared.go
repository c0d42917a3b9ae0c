package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/overview"
)

// shared writes every shared claim, most widely reported first: each
// source's wording, the word-level differences from the first source's,
// and what the sources disagree on.
func (r *markdown) shared() {
	if len(r.order) == 0 {
		return
	}
	r.line("## Shared claims")
	r.blank()
	r.line("Each claim quotes every source that reports it. Under each wording after " +
		"the first, ~~struck-through~~ words are only in the first source's wording " +
		"and **bold** words only in this one's.")
	r.blank()
	for n, ci := range r.order {
		cl := &r.c.Claims[ci]
		r.line("### Claim %d: reported by %d of %d sources (%s)", n+1,
			len(cl.Sources), len(r.c.Documents), labels(cl.Sources))
		r.blank()
		for _, d := range cl.Discrepancies {
			r.discrepancy(d)
		}
		ws := wordings(cl)
		ref := ""
		if len(ws) > 0 {
			ref = r.text(ws[0])
		}
		for k, w := range ws {
			text := r.text(w)
			r.line("- %s: %s", r.where(w), r.quotes(w))
			if k == 0 {
				continue
			}
			switch diff, res := wordDiff(ref, text); res {
			case overview.Shown:
				r.blank()
				r.line("  Word by word against %s: %s", label(ws[0].doc), diff)
			case overview.Same:
				r.blank()
				r.line("  Word for word the same as %s.", label(ws[0].doc))
			}
		}
		r.blank()
	}
}

// discrepancy calls out one detail the sources give differently.
func (r *markdown) discrepancy(d model.Discrepancy) {
	var noun string
	switch d.Kind {
	case model.DiscrepancyNumber:
		noun = "number"
	case model.DiscrepancyDate:
		noun = "day or date"
	case model.DiscrepancyName:
		noun = "name"
	default:
		noun = "detail (" + inline(string(d.Kind)) + ")"
	}
	lead := "⚠ The sources disagree on a " + noun
	if d.Variant {
		lead = "The same " + noun + ", spelled differently"
	}
	// Group the sources by what they say, in order of first appearance,
	// taking "several" and "Several" as one value, shown as first seen.
	var texts []string
	docs := map[string][]int{}
	shown := map[string]string{}
	for _, v := range d.Values {
		t := strings.ToLower(plain(v.Text))
		if _, seen := docs[t]; !seen {
			texts = append(texts, t)
			shown[t] = plain(v.Text)
		}
		if !slices.Contains(docs[t], v.Doc) {
			docs[t] = append(docs[t], v.Doc)
		}
	}
	// Sources that give the same set of values are named once.
	type said struct {
		docs  []int
		texts []string
	}
	var groups []said
	for _, t := range texts {
		ds := docs[t]
		slices.Sort(ds)
		k := slices.IndexFunc(groups, func(g said) bool { return slices.Equal(g.docs, ds) })
		if k < 0 {
			groups = append(groups, said{docs: ds})
			k = len(groups) - 1
		}
		groups[k].texts = append(groups[k].texts, quote(shown[t]))
	}
	says := ""
	for k, g := range groups {
		verb := "says"
		if len(g.docs) > 1 {
			verb = "say"
		}
		if k > 0 {
			says += "; "
		}
		says += fmt.Sprintf("%s %s %s", labels(g.docs), verb, and(g.texts))
	}
	note := ""
	if d.Note != "" && len(texts) < 2 {
		note = " (" + inline(d.Note) + ")"
	}
	r.line("> **%s:** %s%s.", lead, says, note)
	r.blank()
}
