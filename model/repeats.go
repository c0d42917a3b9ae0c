package model

import (
	"strings"
	"unicode"
)

// markRepeats sets DuplicateOf on every paragraph whose text repeats an
// earlier paragraph of the same document, comparing letters and digits only
// (case, spacing, quotes and punctuation aside), as happens when a block is
// pasted twice or a caption appears above and below a picture.
func markRepeats(d *Document) {
	first := map[string]int{}
	var b strings.Builder
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		b.Reset()
		for _, r := range d.Slice(p.Span) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		key := b.String()
		if key == "" {
			continue
		}
		if j, ok := first[key]; ok {
			p.DuplicateOf = j
			continue
		}
		first[key] = i
	}
}
