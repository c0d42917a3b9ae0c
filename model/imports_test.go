package model_test

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/parallax-reader/parallax/"

// stages are model's stage packages in pipeline order: each may import
// model, model/internal/..., its own sub-packages and the stages before it,
// and nothing after it.
var stages = []string{
	"model/source",
	"model/segment",
	"model/align",
	"model/quote",
	"model/worddiff",
	"model/overview",
	"model/report",
}

// TestImportsGoOneWay checks, from `go list -deps`, that nothing under
// model reaches ui, cmd or any Charm package, and that no stage imports a
// later one (directly or through another package).
func TestImportsGoOneWay(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH:", err)
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}: {{join .Deps \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	rank := map[string]int{}
	for i, s := range stages {
		rank[s] = i
	}
	stageOf := func(pkg string) (string, bool) {
		for _, s := range stages {
			if pkg == s || strings.HasPrefix(pkg, s+"/") {
				return s, true
			}
		}
		return "", false
	}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, deps, _ := strings.Cut(line, ": ")
		rel, ok := strings.CutPrefix(pkg, module)
		if !ok || !(rel == "model" || strings.HasPrefix(rel, "model/")) {
			continue
		}
		checked++
		from, isStage := stageOf(rel)
		for _, d := range strings.Fields(deps) {
			switch {
			case strings.HasPrefix(d, "charm.land/"), strings.HasPrefix(d, "github.com/charmbracelet/"):
				t.Errorf("%s imports %s: nothing under model may depend on Charm", rel, d)
			case strings.HasPrefix(d, module+"ui"), strings.HasPrefix(d, module+"cmd"):
				t.Errorf("%s imports %s: model may not depend on the user interface or commands", rel, d)
			}
			drel, ok := strings.CutPrefix(d, module)
			if !ok {
				continue
			}
			to, ok := stageOf(drel)
			if !ok {
				continue
			}
			if !isStage && rel == "model" {
				t.Errorf("model imports the stage %s: the shared types come first", drel)
			}
			if isStage && rank[to] > rank[from] {
				t.Errorf("%s imports %s, a later stage", rel, drel)
			}
		}
	}
	if checked < len(stages)+1 {
		t.Fatalf("go list reported %d packages under model; want at least %d", checked, len(stages)+1)
	}
}
