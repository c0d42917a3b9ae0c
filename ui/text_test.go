package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// plainLines wraps plain text and returns the lines as strings.
func plainLines(s string, width int) []string {
	var out []string
	for _, l := range textWrap(textWords([]piece{{s, 0, -1}}), width) {
		var b strings.Builder
		for _, r := range l.runs {
			b.WriteString(r.text)
		}
		out = append(out, b.String())
	}
	return out
}

func TestTextWrap(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  []string
	}{
		{"fits", "one two three", 20, []string{"one two three"}},
		{"wraps", "one two three four", 9, []string{"one two", "three", "four"}},
		{"white space collapses", "one\t\ttwo\n three\r\nfour", 40, []string{"one two three four"}},
		{"long word cut", "abcdefghij xy", 4, []string{"abcd", "efgh", "ij", "xy"}},
		{"wide characters", "日本語のテキストです", 7, []string{"日本語", "のテキ", "ストで", "す"}},
		{"emoji", "go 🧭🧭🧭 north", 5, []string{"go", "🧭🧭", "🧭", "north"}},
		{"combining marks", "cafe\u0301 cafe\u0301 cafe\u0301", 9, []string{"cafe\u0301 cafe\u0301", "cafe\u0301"}},
		{"escape neutralised", "a\x1b[2Jb c", 10, []string{"a␛[2Jb c"}},
		{"bidi override shown", "x\u202ey", 10, []string{"x⟨RLO⟩y"}},
		{"empty", "", 10, []string{""}},
		{"only space", "   \n ", 10, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := plainLines(tt.in, tt.width)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
			for _, l := range got {
				if w := ansi.StringWidth(l); w > tt.width {
					t.Errorf("line %q is %d cells, over %d", l, w, tt.width)
				}
			}
		})
	}
}

func TestTextWordsSpaceMarks(t *testing.T) {
	// The space between two deleted words keeps the deletion mark; the
	// space between a deleted and a plain word does not.
	words := textWords([]piece{
		{"keep ", markMatch, -1},
		{"gone away", markMatch | markDelete, -1},
		{" stays", markMatch, -1},
	})
	if len(words) != 4 {
		t.Fatalf("got %d words, want 4", len(words))
	}
	if words[2].space != markMatch|markDelete {
		t.Errorf("space inside deletion = %b, want %b", words[2].space, markMatch|markDelete)
	}
	if words[3].space != markMatch {
		t.Errorf("space after deletion = %b, want %b", words[3].space, markMatch)
	}
	if words[0].spaced {
		t.Errorf("first word has a space before it")
	}
}

func TestFitWidth(t *testing.T) {
	st := NewStyles(true)
	for _, s := range []string{"", "abc", st.Bold.Render("abcdef"), "日本語日本語", "a🧭b"} {
		for w := 1; w < 10; w++ {
			got := fitWidth(s, w)
			if ansi.StringWidth(got) != w {
				t.Errorf("fitWidth(%q, %d) is %d wide", s, w, ansi.StringWidth(got))
			}
		}
	}
}
