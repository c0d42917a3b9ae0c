package segment

import (
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// A byte-order mark is covered, as the CONTRACT's "every non-blank byte
// lies in some paragraph" asks: the paragraph it stands before starts at
// the mark, so offsets still index the raw bytes. It is markup, not words:
// the text shown (Plain) and the sentences leave it out, and the headline
// and repeats are found as without it.
func TestByteOrderMarkIsCoveredAndHidden(t *testing.T) {
	tests := []struct {
		name, format, text string
		boms               []int // offsets of the marks
		shown              []string
	}{
		{"at the start", "text", "\ufeffFerry aground in fog\nThe ferry hit rocks on Tuesday. All were rescued.\n",
			[]int{0}, []string{"Ferry aground in fog", "The ferry hit rocks on Tuesday. All were rescued."}},
		{"after leading space", "text", "\ufeff  Ferry aground in fog\n",
			[]int{0}, []string{"Ferry aground in fog"}},
		{"two files joined", "text", "\ufeffThe ferry left at noon.\n\ufeffThe ferry left at noon.\n",
			[]int{0, 27}, []string{"The ferry left at noon.", "The ferry left at noon."}},
		{"markdown", "markdown", "\ufeff# Ferry aground\n\nThe ferry hit *rocks* on Tuesday.\n",
			[]int{0}, []string{"Ferry aground", "The ferry hit rocks on Tuesday."}},
		{"markdown files joined", "markdown", "\ufeff# Ferry aground\n\ufeff- The ferry hit *rocks*.\n",
			[]int{0, 19}, []string{"Ferry aground", "- The ferry hit rocks."}}, // list markers are shown
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &model.Document{Text: tt.text, RawOffsets: true, Format: tt.format}
			Document(d)
			checkSegmentation(t, d)
			var shown []string
			for _, p := range d.Paragraphs {
				shown = append(shown, d.Plain(p.Span, false))
				for _, s := range p.Sentences {
					if strings.Contains(d.Slice(s.Span), "\ufeff") {
						t.Errorf("sentence %q holds the mark", d.Slice(s.Span))
					}
				}
			}
			if strings.Join(shown, "¶") != strings.Join(tt.shown, "¶") {
				t.Errorf("shown\n got %q\nwant %q", shown, tt.shown)
			}
			for _, b := range tt.boms {
				covered := false
				for _, p := range d.Paragraphs {
					covered = covered || p.Contains(b) && p.Contains(b+2)
				}
				if !covered {
					t.Errorf("the mark at %d is in no paragraph: %+v", b, d.Paragraphs)
				}
			}
			if d.Paragraphs[0].Start != 0 {
				t.Errorf("the first paragraph starts at %d, not at the mark", d.Paragraphs[0].Start)
			}
			if tt.name == "at the start" && !d.Paragraphs[0].Title {
				t.Errorf("the headline behind the mark is not the title")
			}
			if tt.name == "two files joined" && d.Paragraphs[1].DuplicateOf != 0 {
				t.Errorf("the repeat behind the second mark is not found: %d", d.Paragraphs[1].DuplicateOf)
			}
		})
	}
}
