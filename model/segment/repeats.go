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
//
// Paragraphs are told apart by a hash of those letters and digits, and a
// paragraph whose hash was seen is compared with the earlier one letter by
// letter, so that no copy of any paragraph's text is kept: a million
// paragraphs, or one of 50 MB, cost a map of integers. Paragraphs whose
// hashes collide without being equal (as good as never) are kept apart by
// their letters in a second map.
func markRepeats(d *model.Document) { markRepeatsWith(d, repeatHash) }

// markRepeatsWith is markRepeats with the hash given, so that tests can
// make every paragraph collide.
func markRepeatsWith(d *model.Document, hash func(string) (uint64, bool)) {
	first := make(map[uint64]int, len(d.Paragraphs))
	var collided map[string]int // normalised text -> first paragraph, for collisions only
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		text := d.Slice(p.Span)
		h, ok := hash(text)
		if !ok {
			continue // no letter or digit
		}
		j, seen := first[h]
		if !seen {
			first[h] = i
			continue
		}
		if repeatEqual(d.Slice(d.Paragraphs[j].Span), text) {
			p.DuplicateOf = j
			continue
		}
		if collided == nil {
			collided = map[string]int{}
		}
		key := string(repeatKey(text))
		if k, ok := collided[key]; ok {
			p.DuplicateOf = k
		} else {
			collided[key] = i
		}
	}
}

// repeatNext returns the next letter or digit of text at or after byte k,
// lower-cased, and the byte after it; -1 at the end.
func repeatNext(text string, k int) (rune, int) {
	for k < len(text) {
		c := text[k]
		if c < utf8.RuneSelf { // ASCII: the common case
			k++
			if asciiAlnum[c] {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				return rune(c), k
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[k:])
		k += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r), k
		}
	}
	return -1, k
}

// repeatHash is a 64-bit FNV-1a hash of text's letters and digits, and
// whether it has any.
func repeatHash(text string) (uint64, bool) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	any := false
	for r, k := repeatNext(text, 0); r >= 0; r, k = repeatNext(text, k) {
		any = true
		for v := uint32(r); ; v >>= 8 { // the rune's bytes, low first
			h = (h ^ uint64(v&0xff)) * prime
			if v < 0x100 {
				break
			}
		}
	}
	return h, any
}

// repeatEqual reports whether a and b have the same letters and digits.
func repeatEqual(a, b string) bool {
	ra, i := repeatNext(a, 0)
	rb, j := repeatNext(b, 0)
	for ra == rb {
		if ra < 0 {
			return true
		}
		ra, i = repeatNext(a, i)
		rb, j = repeatNext(b, j)
	}
	return false
}

// repeatKey is text's letters and digits, lower-cased, in UTF-8.
func repeatKey(text string) []byte {
	var key []byte
	for r, k := repeatNext(text, 0); r >= 0; r, k = repeatNext(text, k) {
		key = utf8.AppendRune(key, r)
	}
	return key
}
