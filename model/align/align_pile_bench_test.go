package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// pileTexts reads every story the project wrote for its tests and
// its sample: the material the piles are made of.
func pileTexts(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	for _, pattern := range []string{"testdata/*.txt", "testdata/heldout/*/*.txt", "../../sample/*.txt", "../../sample/*.md"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			t, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			texts = append(texts, strings.TrimSpace(string(t)))
		}
	}
	if len(texts) == 0 {
		tb.Skip("no stories to build a pile from")
	}
	return texts
}

// reword rewrites text as copy k: every m-th long lower-case word
// dropped (m depends on k), the two halves of each paragraph's sentences
// swapped for odd k, and the numbers shifted, so that no two copies are
// the same text and none is the original word for word.
func reword(text string, k int) string {
	m := 4 + k%5
	paras := strings.Split(text, "\n\n")
	for pi, p := range paras {
		sents := strings.SplitAfter(p, ". ")
		if k%2 == 1 && len(sents) > 1 {
			h := len(sents) / 2
			sents = append(append([]string(nil), sents[h:]...), sents[:h]...)
			for i := range sents {
				sents[i] = strings.TrimSpace(sents[i])
			}
		}
		words := strings.Fields(strings.Join(sents, " "))
		out := words[:0]
		n := 0
		for _, w := range words {
			if len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' {
				n++
				if (n+k)%m == 0 {
					continue
				}
			}
			out = append(out, w)
		}
		paras[pi] = strings.Join(out, " ")
	}
	return shiftNumbers(strings.Join(paras, "\n\n"), k)
}

// pile makes n articles of about size bytes each: stories reworded
// (see reword) and put together until the article is long enough,
// each article starting from a different story.
func pile(tb testing.TB, n, size int) []*model.Document {
	texts := pileTexts(tb)
	docs := make([]*model.Document, n)
	for i := range docs {
		var b strings.Builder
		for j := 0; b.Len() < size; j++ {
			if j > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(reword(texts[(i+j*7)%len(texts)], i/len(texts)+j))
		}
		docs[i] = testDoc(fmt.Sprintf("pile-%03d.txt", i), b.String()+"\n")
	}
	return docs
}

func benchmarkAlignPile(b *testing.B, n int) { benchmarkClaims(b, pile(b, n, 2048)) }

// Piles of 2 KB articles: 100 should align in under 0.5 s and 500 in under
// 3 s on a two-core machine, the time growing no faster than N^1.2.
func BenchmarkAlignPile100(b *testing.B) { benchmarkAlignPile(b, 100) }
func BenchmarkAlignPile200(b *testing.B) { benchmarkAlignPile(b, 200) }
func BenchmarkAlignPile500(b *testing.B) { benchmarkAlignPile(b, 500) }

// TestAlignPileSizes: the pile's articles are of the size asked for and
// differ from one another.
func TestAlignPileSizes(t *testing.T) {
	docs := pile(t, 40, 2048)
	seen := map[string]bool{}
	for _, d := range docs {
		if len(d.Text) < 2048 || len(d.Text) > 4096 {
			t.Errorf("%s: %d bytes, want about 2 KB", d.Path, len(d.Text))
		}
		if seen[d.Text] {
			t.Errorf("%s repeats an earlier article", d.Path)
		}
		seen[d.Text] = true
	}
}
