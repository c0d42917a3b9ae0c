package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// markRepeats sets DuplicateOf on every paragraph whose text repeats an
// earlier paragraph of the same document, comparing letters and digits only
// (case, spacing, quotes and punctuation aside), as happens when a block is
// pasted twice or a caption appears above and below a picture.
func markRepeats(d *model.Document) {
	first := make(map[string]int, len(d.Paragraphs))
	var key []byte
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		key = key[:0]
		text := d.Slice(p.Span)
		for k := 0; k < len(text); {
			if c := text[k]; c < utf8.RuneSelf { // ASCII: the common case
				if asciiAlnum[c] {
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					key = append(key, c)
				}
				k++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[k:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				key = utf8.AppendRune(key, unicode.ToLower(r))
			}
			k += size
		}
		if len(key) == 0 {
			continue
		}
		if j, ok := first[string(key)]; ok {
			p.DuplicateOf = j
			continue
		}
		first[string(key)] = i
	}
}
