package align

import (
	"testing"
)

// TestAlignFoldWordShortcut checks that the ASCII shortcut of
// foldWord gives what the general path gives.
func TestAlignFoldWordShortcut(t *testing.T) {
	for _, w := range []string{"and", "And", "LORD", "don't", "McDonald's", "x9Y", "Café", "ÉCOLE", "naïve", "it’s", "ﬁne"} {
		if got, want := foldWord(w), foldGeneral(w); got != want {
			t.Errorf("alignFoldWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestAlignTokenizeFoldAsWritten checks that folding the words a caller
// gets as written gives the tokens tokenize gives.
func TestAlignTokenizeFoldAsWritten(t *testing.T) {
	text := `The "Saltmarsh Belle" sailed from Kyiv's port; O'Brien counted 12,000 ﬁsh, naïve Zoë's 3.5 tonnes — don't.`
	want := tokenizeFold(text, 7, nil, foldWord)
	got := tokenizeFold(text, 7, nil, asWritten)
	if len(got) != len(want) {
		t.Fatalf("%d tokens as written, %d folded", len(got), len(want))
	}
	for i := range got {
		if got[i].Kind == wordToken {
			got[i].Norm = foldWord(got[i].Norm)
		}
		if got[i] != want[i] {
			t.Errorf("token %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}
