package segment

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model/internal/shared"

	"github.com/parallax-reader/parallax/model"
)

// sharedDir returns ../shared beside the repository, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	shared.Path(t, "gold", "seeds.json")
	return shared.Dir(t)
}

// TestSeedsFurnitureAndRepeats checks, line by line, that the flags on the
// five reference articles agree with the hand annotation exactly.
func TestSeedsFurnitureAndRepeats(t *testing.T) {
	dir := sharedDir(t)
	raw, err := os.ReadFile(filepath.Join(dir, "gold", "seeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents   map[string]string         `json:"documents"`
		Boilerplate map[string][]int          `json:"boilerplate"`
		Duplicates  map[string]map[string]int `json:"duplicates"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	labels := make([]string, 0, len(gold.Documents))
	for l := range gold.Documents {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, label := range labels {
		name := gold.Documents[label]
		data, err := os.ReadFile(filepath.Join(dir, "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		d := &model.Document{Path: name, Text: string(data), RawOffsets: true, Format: "text"}
		Document(d)
		lineOf := func(off int) int { return strings.Count(d.Text[:off], "\n") + 1 }
		gotBP, gotDup := map[int]bool{}, map[int]int{}
		for _, p := range d.Paragraphs {
			for ln := lineOf(p.Start); ln <= lineOf(p.End-1); ln++ {
				if p.Boilerplate {
					gotBP[ln] = true
				}
				if p.DuplicateOf >= 0 {
					gotDup[ln] = lineOf(d.Paragraphs[p.DuplicateOf].Start)
				}
			}
		}
		wantBP := map[int]bool{}
		for _, ln := range gold.Boilerplate[label] {
			wantBP[ln] = true
			if !gotBP[ln] {
				t.Errorf("%s:%d is furniture but was not flagged", name, ln)
			}
		}
		for ln := range gotBP {
			if !wantBP[ln] {
				t.Errorf("%s:%d was flagged as furniture but is reporting", name, ln)
			}
		}
		for k, orig := range gold.Duplicates[label] {
			ln, _ := strconv.Atoi(k)
			if gotDup[ln] != orig {
				t.Errorf("%s:%d repeats line %d, got %d", name, ln, orig, gotDup[ln])
			}
		}
		if len(gotDup) != len(gold.Duplicates[label]) {
			t.Errorf("%s: %d lines flagged as repeats, want %d", name, len(gotDup), len(gold.Duplicates[label]))
		}
	}
}
