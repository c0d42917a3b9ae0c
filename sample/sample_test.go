package sample

import (
	"io/fs"
	"slices"
	"testing"
	"unicode/utf8"
)

func TestFilesListsEveryEmbeddedArticleOnce(t *testing.T) {
	embedded, err := fs.Glob(files, "*")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Files() {
		got = append(got, f.Name)
		if len(f.Data) == 0 {
			t.Errorf("%s is empty", f.Name)
		}
		if !utf8.Valid(f.Data) {
			t.Errorf("%s is not valid UTF-8", f.Name)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, embedded) {
		t.Errorf("Files() names %v, embedded files are %v", got, embedded)
	}
}

func TestFilesIsStableAndFresh(t *testing.T) {
	a, b := Files(), Files()
	if len(a) != len(b) {
		t.Fatalf("lengths differ: %d, %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Name != b[i].Name || string(a[i].Data) != string(b[i].Data) {
			t.Errorf("file %d differs between calls", i)
		}
	}
	a[0].Data[0] ^= 0xff
	if Files()[0].Data[0] == a[0].Data[0] {
		t.Error("modifying a returned file changed the next call's result")
	}
}
