package quote

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/internal/shared"
	"github.com/parallax-reader/parallax/model/segment"
	"github.com/parallax-reader/parallax/model/source"
	"github.com/parallax-reader/parallax/sample"
)

// loadSet reads and segments a set of articles, in the order given.
func loadSet(tb testing.TB, names []string, data [][]byte) []*model.Document {
	tb.Helper()
	docs := make([]*model.Document, len(names))
	for i := range names {
		d, err := source.FromBytes(names[i], data[i])
		if err != nil {
			tb.Fatal(err)
		}
		segment.Document(d)
		docs[i] = d
	}
	return docs
}

// seedDocs returns the five reference articles, by file name, or skips.
func seedDocs(tb testing.TB) ([]string, []*model.Document) {
	tb.Helper()
	dir := shared.Path(tb, "seeds")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Skipf("../shared/seeds holds no articles (%v)", err)
	}
	sort.Strings(paths)
	var names []string
	var data [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, filepath.Base(p))
		data = append(data, b)
	}
	return names, loadSet(tb, names, data)
}

// sampleDocs returns the embedded sample stories, in their order.
func sampleDocs(tb testing.TB) ([]string, []*model.Document) {
	tb.Helper()
	var names []string
	var data [][]byte
	for _, f := range sample.Files() {
		names = append(names, f.Name)
		data = append(data, f.Data)
	}
	return names, loadSet(tb, names, data)
}
