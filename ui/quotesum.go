package ui

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parallax-reader/parallax/model"
)

// stmtSummary is what the quotes list says about a statement.
type stmtSummary struct {
	speaker string // the statement's speaker, or "unattributed"
	sources []int  // the documents that render it, in order
	direct  int    // how many of them quote it directly
	// differs is how many sources quote it in other words than the
	// commonest wording (0 when the quote stage finds no difference).
	differs int
	// paraphrased is how many sources only report it, when others quote
	// it directly.
	paraphrased    int
	speakerDiffers bool
	text           string // its words, as the first direct quotation has them
	direct1        bool   // text is a direct quotation
}

// wordingKey is a quotation's words for comparing wordings: folded (case,
// accents, quotation marks), letters and digits only.
func wordingKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range foldQuery(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// summarize sums up statement st of cmp for the list.
func summarize(cmp *model.Comparison, st *model.Statement) stmtSummary {
	s := stmtSummary{speaker: oneLine(st.Speaker), speakerDiffers: st.SpeakerDiffers}
	if s.speaker == "" {
		s.speaker = "unattributed"
	}
	wording := map[int]string{} // a source's first direct quotation, as a wording key
	for _, q := range st.Quotes {
		if q.Doc < 0 || q.Doc >= len(cmp.Documents) {
			continue
		}
		d := cmp.Documents[q.Doc]
		parts := quoteParts(q)
		valid := len(parts) > 0
		for _, p := range parts {
			valid = valid && validSpan(p, len(d.Text))
		}
		if !valid {
			continue
		}
		if !slices.Contains(s.sources, q.Doc) {
			s.sources = append(s.sources, q.Doc)
		}
		if q.Kind != model.QuoteDirect {
			if s.text == "" {
				s.text = quoteWords(d, parts)
			}
			continue
		}
		if _, ok := wording[q.Doc]; !ok {
			wording[q.Doc] = wordingKey(quoteWords(d, parts))
			s.direct++
			if !s.direct1 {
				s.text, s.direct1 = quoteWords(d, parts), true
			}
		}
	}
	sort.Ints(s.sources)
	if st.KindDiffers && s.direct > 0 {
		s.paraphrased = len(s.sources) - s.direct
	}
	if st.WordingDiffers {
		s.differs = max(wordingOutliers(s.sources, wording), 1)
	}
	return s
}

// quoteWords is a quotation's words, its parts joined by " … ".
func quoteWords(d *model.Document, parts []model.Span) string {
	var words []string
	for _, p := range parts {
		words = append(words, d.Text[p.Start:p.End])
	}
	return strings.Join(words, " … ")
}

// wordingOutliers counts the sources whose wording is not the commonest
// one; a fragment of a longer quotation counts as its wording.
func wordingOutliers(sources []int, wording map[int]string) int {
	var groups [][]string // each group's wordings
	member := map[int]int{}
	same := func(a, b string) bool {
		return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
	}
	for _, d := range sources {
		w, ok := wording[d]
		if !ok {
			continue
		}
		g := -1
		for i, ws := range groups {
			if slices.ContainsFunc(ws, func(x string) bool { return same(x, w) }) {
				g = i
				break
			}
		}
		if g < 0 {
			groups = append(groups, nil)
			g = len(groups) - 1
		}
		groups[g] = append(groups[g], w)
		member[d] = g
	}
	best := 0
	for i, ws := range groups {
		if len(ws) > len(groups[best]) {
			best = i
		}
	}
	n := 0
	for _, g := range member {
		if g != best {
			n++
		}
	}
	return n
}
