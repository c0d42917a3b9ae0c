package segment

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-reader/parallax/model"
)

// repeatsByKey is markRepeats as it was, keyed by each paragraph's
// letters and digits in full: the reference the hashed version must agree
// with.
func repeatsByKey(d *model.Document) []int {
	out := make([]int, len(d.Paragraphs))
	first := map[string]int{}
	for i, p := range d.Paragraphs {
		out[i] = -1
		var b strings.Builder
		for _, r := range d.Slice(p.Span) {
			if r != unicode.ReplacementChar && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		k := b.String()
		if k == "" {
			continue
		}
		if j, ok := first[k]; ok {
			out[i] = j
		} else {
			first[k] = i
		}
	}
	return out
}

// Repeats found by hash are those found by the full text, with the real
// hash and with one under which every paragraph collides.
func TestRepeatsMatchTheFullText(t *testing.T) {
	pieces := []string{"The ferry", "the FERRY", "sank.", "sank!", "“Sank”", "12", "twelve", "Ærø", "ærø", "  ", "—", "\xff", "İ", "i"}
	rng := rand.New(rand.NewSource(7))
	collide := func(s string) (uint64, bool) {
		h, ok := repeatHash(s)
		return h & 1, ok // two buckets: nearly every paragraph collides
	}
	for n := 0; n < 300; n++ {
		var paras []string
		for range 2 + rng.Intn(12) {
			var b strings.Builder
			for range 1 + rng.Intn(3) {
				b.WriteString(pieces[rng.Intn(len(pieces))] + " ")
			}
			paras = append(paras, strings.TrimSpace(b.String()))
		}
		for name, hash := range map[string]func(string) (uint64, bool){"hash": repeatHash, "colliding": collide} {
			d := &model.Document{Text: strings.Join(paras, "\n\n"), Format: "text"}
			pos := 0
			for _, p := range paras {
				d.Paragraphs = append(d.Paragraphs, model.Paragraph{Span: model.Span{Start: pos, End: pos + len(p)}, DuplicateOf: -1})
				pos += len(p) + 2
			}
			want := repeatsByKey(d)
			markRepeatsWith(d, hash)
			for i, p := range d.Paragraphs {
				if p.DuplicateOf != want[i] {
					t.Fatalf("%s: %q: paragraph %d repeats %d, want %d", name, paras, i, p.DuplicateOf, want[i])
				}
			}
		}
	}
}
