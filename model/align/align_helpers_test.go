package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/segment"
)

// testDoc makes a segmented document from text.
func testDoc(path, text string) *model.Document {
	d := &model.Document{Path: path, Text: text, Encoding: "utf-8", Format: "text", RawOffsets: true}
	segment.Document(d)
	return d
}

// testStory reads the documents of a story under testdata.
func testStory(t testing.TB, prefix string) []*model.Document {
	t.Helper()
	return readStory(t, filepath.Join("testdata", prefix+"_*.txt"))
}

// readStory reads the files that match pattern, in name order, as
// segmented documents.
func readStory(t testing.TB, pattern string) []*model.Document {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test story at %s: %v", pattern, err)
	}
	var docs []*model.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, testDoc(p, string(b)))
	}
	return docs
}

// claimOf returns the index of the claim holding the passage of doc
// that contains text, or -1.
func claimOf(docs []*model.Document, claims []model.Claim, doc int, text string) int {
	at := strings.Index(docs[doc].Text, text)
	if at < 0 {
		return -1
	}
	for i, c := range claims {
		for _, p := range c.Passages {
			if p.Doc == doc && p.Contains(at) {
				return i
			}
		}
	}
	return -1
}
