package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run %s -update to create it)", err, t.Name())
	}
	if string(want) != got {
		t.Errorf("view differs from %s (rerun with -update if the change is wanted)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// goldenSizes are the terminal sizes the goldens are drawn at.
var goldenSizes = []struct{ w, h int }{{160, 45}, {100, 30}, {70, 18}}

func TestGoldenViews(t *testing.T) {
	scenarios := []struct {
		name string
		keys []string
		opts Options
	}{
		{name: "start"},
		{name: "next-shared", keys: []string{"]"}},
		{name: "unique", keys: []string{"3", "}"}},
		{name: "claims", keys: []string{"c", "j"}},
		{name: "help", keys: []string{"?"}},
		{name: "help-scrolled", keys: []string{"?", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j"}},
		{name: "search", keys: []string{"/", "c", "r", "e", "w", "s", "enter"}},
		{name: "nocolor", keys: []string{"]", "]"}, opts: Options{NoColor: true}},
		{name: "unfolded", keys: []string{"z", "G"}},
	}
	for _, sc := range scenarios {
		for _, size := range goldenSizes {
			name := fmt.Sprintf("%s-%dx%d", sc.name, size.w, size.h)
			t.Run(name, func(t *testing.T) {
				a := newTestApp(t, fixture(t), size.w, size.h, sc.opts)
				press(a, sc.keys...)
				golden(t, name, checkScreen(t, a))
			})
		}
	}
}
