package segment

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// checkSegmentation verifies what every segmentation must satisfy: every
// byte that is not ASCII white space lies in exactly one paragraph,
// paragraphs and sentences are ordered, disjoint and inside their parent,
// sentences cover every non-blank byte of their paragraph, and a repeat
// names an earlier paragraph.
func checkSegmentation(t *testing.T, d *model.Document) {
	t.Helper()
	covered := make([]bool, len(d.Text))
	prevEnd := 0
	for i, p := range d.Paragraphs {
		if p.Start < prevEnd || p.End <= p.Start || p.End > len(d.Text) {
			t.Fatalf("paragraph %d span %v out of order or empty (previous end %d, text %d bytes)", i, p.Span, prevEnd, len(d.Text))
		}
		prevEnd = p.End
		for k := p.Start; k < p.End; k++ {
			covered[k] = true
		}
		if p.DuplicateOf >= i {
			t.Fatalf("paragraph %d repeats %d, not an earlier one", i, p.DuplicateOf)
		}
		sEnd := p.Start
		inSent := make([]bool, p.Len())
		for j, s := range p.Sentences {
			if s.Start < sEnd || s.End <= s.Start || s.End > p.End {
				t.Fatalf("paragraph %d sentence %d span %v outside %v or out of order", i, j, s.Span, p.Span)
			}
			sEnd = s.End
			for k := s.Start; k < s.End; k++ {
				inSent[k-p.Start] = true
			}
		}
		for k := p.Start; k < p.End; k++ {
			if k+3 <= p.End && d.Text[k:k+3] == "\ufeff" {
				k += 2 // a byte-order mark between sentences belongs to none
				continue
			}
			if !inSent[k-p.Start] && !asciiSpace(d.Text[k]) {
				t.Fatalf("paragraph %d: byte %d (%q) is in no sentence", i, k, d.Text[k])
			}
		}
	}
	for k, c := range covered {
		if !c && !asciiSpace(d.Text[k]) {
			t.Fatalf("byte %d (%q) of %q is in no paragraph", k, d.Text[k], d.Text)
		}
	}
}

// TestSegmentLosesNothing runs the invariants over random texts built from
// the pieces that make segmentation hard.
func TestSegmentLosesNothing(t *testing.T) {
	pieces := []string{"The ferry", " left", ".", "!", "?", " ", "\n", "\n\n", "\r\n", "\r", "Mr.", " U.S.", "“", "”", "\"",
		"(", ")", "[note]", "…", "\ufeff", "\u00a0", "42", "3.5", "é", "🧭", "#", "- ", "share this", "rewrite this title", "\t", "a", "Zelensky"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		for _, format := range []string{"text", "markdown"} {
			d := &model.Document{Text: b.String(), RawOffsets: true, Format: format}
			Document(d)
			checkSegmentation(t, d)
		}
	}
}

// FuzzSegment checks the same invariants on whatever the fuzzer makes.
func FuzzSegment(f *testing.F) {
	f.Add("Title\n\nMr. Smith said: “It sank.” Then he left.\r\nmore text\n\nRead more")
	f.Add("a\n\nb\n\nc d e f g that\n\nX Y\n\nlower case.")
	f.Add("# Heading\n- item\n1. one\n> quote\n```\ncode\n```")
	f.Fuzz(func(t *testing.T, text string) {
		for _, format := range []string{"text", "markdown"} {
			d := &model.Document{Text: text, RawOffsets: true, Format: format}
			Document(d)
			checkSegmentation(t, d)
		}
	})
}
