package ui

import "testing"

func TestExpandHome(t *testing.T) {
	t.Setenv("HOME", "/home/reporter")
	for in, want := range map[string]string{
		"~/story.md":  "/home/reporter/story.md",
		"~":           "/home/reporter",
		"story.md":    "story.md",
		"~other/x.md": "~other/x.md",
		"/tmp/~/x.md": "/tmp/~/x.md",
	} {
		if got := expandHome(in); got != want {
			t.Errorf("expandHome(%q) = %q, want %q", in, got, want)
		}
	}
}
