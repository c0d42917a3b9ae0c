package ui

import (
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// benchPaths returns the two book-length texts, or skips when they are
// absent.
func benchPaths(b *testing.B) []string {
	paths, _ := filepath.Glob("../../shared/bench/*.txt")
	if len(paths) < 2 {
		b.Skip("../shared/bench is absent: the book pair is not here")
	}
	return paths
}

// BenchmarkKeyPressBooks measures one key press (Update and View) with the
// book pair of ../shared/bench loaded, at 160×45, the keys a reader uses
// most taken in turn; it also reports the 99th percentile and the
// slowest single key press.
func BenchmarkKeyPressBooks(b *testing.B) {
	cmp := compareFiles(b, benchPaths(b))
	a := newTestApp(b, cmp, 160, 45, Options{})
	keys := []string{"j", "j", "]", "j", "}", "k", "pgdown", "j", "tab", "j", "]", "tab", "[", "pgup"}
	msgs := make([]any, len(keys))
	for i, k := range keys {
		msgs[i] = keyMsg(k)
	}
	i := 0
	var took []time.Duration
	for b.Loop() {
		start := time.Now()
		a.Update(msgs[i%len(msgs)])
		_ = a.View()
		took = append(took, time.Since(start))
		i++
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Nanoseconds()), "p99-ns")
	b.ReportMetric(float64(took[len(took)-1].Nanoseconds()), "slowest-ns")
}

// BenchmarkIndexBooks measures indexing the aligned book pair, the work
// the reading room adds to alignment before it shows.
func BenchmarkIndexBooks(b *testing.B) {
	cmp := compareFiles(b, benchPaths(b))
	for b.Loop() {
		buildIndex(cmp)
	}
}

// BenchmarkRenderLongParagraph measures drawing the longest paragraph of
// the book pair (a chapter) afresh, as a key press in it does.
func BenchmarkRenderLongParagraph(b *testing.B) {
	cmp := compareFiles(b, benchPaths(b))
	a := newTestApp(b, cmp, 160, 45, Options{})
	sel := a.sel()
	long := 0
	for i, p := range cmp.Documents[0].Paragraphs {
		if p.Len() > cmp.Documents[0].Paragraphs[long].Len() {
			long = i
		}
	}
	for b.Loop() {
		a.view.render(0, long, 80, sel, false)
	}
}
