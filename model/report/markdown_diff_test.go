package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model/overview"
)

// testDiffSides rebuilds, from the HTML rendering of a word diff, the
// words of the first text (deleted and plain words) and of the second
// (inserted and plain words).
func testDiffSides(h string) (a, b []string) {
	piece := regexp.MustCompile(`<del>(.*?)</del>|<strong>(.*?)</strong>|([^<]+)`)
	for _, m := range piece.FindAllStringSubmatch(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(h), "<p>"), "</p>"), -1) {
		switch {
		case m[1] != "":
			a = append(a, strings.Fields(testVisibleText(m[1]))...)
		case m[2] != "":
			b = append(b, strings.Fields(testVisibleText(m[2]))...)
		default:
			w := strings.Fields(testVisibleText(m[3]))
			a = append(a, w...)
			b = append(b, w...)
		}
	}
	return a, b
}

// checkMdWordDiff checks that the rendered word diff of a and b shows
// exactly a's words (struck and plain) and b's words (bold and plain).
func checkMdWordDiff(t *testing.T, a, b string) (string, overview.Verdict) {
	t.Helper()
	diff, res := wordDiff(a, b)
	if res != overview.Shown {
		if diff != "" {
			t.Errorf("mdWordDiff(%q, %q) = %q with result %d", a, b, diff, res)
		}
		return diff, res
	}
	h := checkMarkdown(t, []byte("x: "+diff))
	gotA, gotB := testDiffSides(strings.Replace(h, "x: ", "", 1))
	wantA, wantB := strings.Fields(plain(a)), strings.Fields(plain(b))
	if strings.Join(gotA, " ") != strings.Join(wantA, " ") {
		t.Errorf("mdWordDiff(%q, %q) = %q\nshows as first text %q", a, b, diff, strings.Join(gotA, " "))
	}
	if strings.Join(gotB, " ") != strings.Join(wantB, " ") {
		t.Errorf("mdWordDiff(%q, %q) = %q\nshows as second text %q", a, b, diff, strings.Join(gotB, " "))
	}
	return diff, res
}

func TestMdWordDiff(t *testing.T) {
	tests := []struct {
		a, b string
		want string
		res  overview.Verdict
	}{
		{"There were 212 passengers on board.", "There were 218 passengers on board.",
			"There were ~~212~~ **218** passengers on board.", overview.Shown},
		{"walked off that ship on their own two feet.", "walked off that ship on their own feet.",
			"walked off that ship on their own ~~two~~ feet.", overview.Shown},
		{"Lifeboats from Kelda Bay, and a helicopter.", "Lifeboats from Kelda Bay and a helicopter.",
			"Lifeboats from Kelda ~~Bay,~~ **Bay** and a helicopter.", overview.Shown},
		{"a *b* c d", "a <b> c d", "a ~~\\*b\\*~~ **\\<b>** c d", overview.Shown},
		{"Same words here.", "Same  words\nhere.", "", overview.Same},
		{"Nine people were taken to hospital.", "Shares fell 3.2 percent in morning trading.", "", overview.Reworded},
	}
	for _, tt := range tests {
		got, res := checkMdWordDiff(t, tt.a, tt.b)
		if got != tt.want || res != tt.res {
			t.Errorf("mdWordDiff(%q, %q) = %q, %d; want %q, %d", tt.a, tt.b, got, res, tt.want, tt.res)
		}
	}
}

func TestMdWordDiffHostile(t *testing.T) {
	for _, a := range hostileTexts {
		for _, b := range hostileTexts {
			checkMdWordDiff(t, a+" and the same ending words", b+" and the same ending words")
		}
	}
}

func FuzzMarkdownWordDiff(f *testing.F) {
	f.Add("There were 212 passengers.", "There were 218 passengers on board.")
	f.Add("a ~~b~~ c", "a ~b~ c \\")
	f.Add("x <script> y", "x [y](javascript:z) y")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkMdWordDiff(t, a, b)
	})
}
