package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// alignTestDoc makes a segmented document from text.
func alignTestDoc(path, text string) *Document {
	d := &Document{Path: path, Text: text, Encoding: "utf-8", Format: "text", RawOffsets: true}
	Segment(d)
	return d
}

// alignTestStory reads the documents of a story under testdata/align.
func alignTestStory(t testing.TB, prefix string) []*Document {
	t.Helper()
	return alignReadStory(t, filepath.Join("testdata", "align", prefix+"_*.txt"))
}

// alignReadStory reads the files that match pattern, in name order, as
// segmented documents.
func alignReadStory(t testing.TB, pattern string) []*Document {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test story at %s: %v", pattern, err)
	}
	var docs []*Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, alignTestDoc(p, string(b)))
	}
	return docs
}

// alignClaimOf returns the index of the claim holding the passage of doc
// that contains text, or -1.
func alignClaimOf(docs []*Document, claims []Claim, doc int, text string) int {
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
