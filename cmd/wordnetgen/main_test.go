package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A tiny WordNet: "captive" and "prisoner" share a synset whose hypernym
// "person" is also a lemma; "lonely" names a synset nobody else does.
var tinyDict = map[string]string{
	"index.noun": "  1 licence header line\n" +
		"captive n 1 1 @ 1 1 00000002\n" +
		"prisoner n 1 1 @ 1 1 00000002\n" +
		"person n 1 0 1 1 00000001\n" +
		"lonely n 1 0 1 0 00000009\n" +
		"put_to_death n 1 0 1 0 00000002\n",
	"data.noun": "00000001 03 n 01 person 0 000 | a human\n" +
		"00000002 18 n 02 prisoner 0 captive 0 001 @ 00000001 n 0000 | confined\n" +
		"00000009 18 n 01 lonely 0 000 | alone\n",
	"noun.exc":    "prisoners prisoner\n",
	"cntlist.rev": "prisoner%1:18:00:: 1 5\n",
}

func TestRunWritesTable(t *testing.T) {
	dir := t.TempDir()
	for _, pf := range posFiles {
		for _, name := range []string{"index." + pf.name, "data." + pf.name, pf.name + ".exc"} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(tinyDict[name]), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "cntlist.rev"), []byte(tinyDict["cntlist.rev"]), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "table.bin")
	if err := run(dir, out); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(out)
	if err := run(dir, out); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(out)
	if !bytes.Equal(first, second) {
		t.Error("two runs wrote different bytes")
	}
	zr, err := gzip.NewReader(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(zr)
	if !bytes.HasPrefix(data, []byte(magic)) {
		t.Fatal("no magic")
	}
	s := string(data)
	for _, want := range []string{"captive", "prisoner", "person", "prisoners"} {
		if !strings.Contains(s, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	for _, unwanted := range []string{"lonely", "put_to_death"} {
		if strings.Contains(s, unwanted) {
			t.Errorf("table keeps %q", unwanted)
		}
	}
}

func TestPlainWord(t *testing.T) {
	for w, want := range map[string]bool{"kill": true, "full-scale": true, "a": false, "put_to_death": false, "-x": false, "Kiev": false} {
		if got := plainWord(w); got != want {
			t.Errorf("plainWord(%q) = %v, want %v", w, got, want)
		}
	}
}
