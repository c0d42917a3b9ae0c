package align

import "testing"

// TestAlignNumberWordAgreesWithTable checks the quick look-up against the
// table it stands for: every key is found with its value, and words that
// are not keys (some of a key's length and first letter) are not.
func TestAlignNumberWordAgreesWithTable(t *testing.T) {
	for w, v := range numberWords {
		if got := numberWord(w); got != v {
			t.Errorf("alignNumberWord(%q) = %q, want %q", w, got, v)
		}
	}
	for _, w := range []string{"", "the", "tree", "sevens", "Two", "zero", "éight", "a", "thousandfold"} {
		if got := numberWord(w); got != numberWords[w] {
			t.Errorf("alignNumberWord(%q) = %q, want %q", w, got, numberWords[w])
		}
	}
}
