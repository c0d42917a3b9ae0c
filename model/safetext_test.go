package model

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSafeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ASCII", "Officials said 12 people died.", "Officials said 12 people died."},
		{"newline and tab kept", "a\tb\nc", "a\tb\nc"},
		{"wide and combining kept", "東京 🧭 e\u0301 ﬁ", "東京 🧭 e\u0301 ﬁ"},
		{"clear screen", "before\x1b[2Jafter", "before␛[2Jafter"},
		{"colour codes", "\x1b[31mred\x1b[0m", "␛[31mred␛[0m"},
		{"OSC 52 clipboard, BEL", "x\x1b]52;c;aGVsbG8=\x07y", "x␛]52;c;aGVsbG8=␇y"},
		{"OSC 8 link, ST", "\x1b]8;;http://e.x\x1b\\link\x1b]8;;\x1b\\", "␛]8;;http://e.x␛\\link␛]8;;␛\\"},
		{"DCS", "\x1bPq#0\x1b\\", "␛Pq#0␛\\"},
		{"APC PM SOS", "\x1b_a\x1b\\\x1b^b\x1b\\\x1bXc\x1b\\", "␛_a␛\\␛^b␛\\␛Xc␛\\"},
		{"single-char ESC", "\x1bc\x1b7\x1b8", "␛c␛7␛8"},
		{"CR and backspace", "safe\rEVIL\b\b", "safe␍EVIL␈␈"},
		{"other C0 and DEL", "\x00\x01\x0b\x0c\x1f\x7f", "␀␁␋␌␟␡"},
		{"C1 CSI and OSC", "a\u009b2Jb\u009d52;c;x\u009c", "a⟨CSI⟩2Jb⟨OSC⟩52;c;x⟨ST⟩"},
		{"C1 first and last", "\u0080\u0085\u009f", "⟨PAD⟩⟨NEL⟩⟨APC⟩"},
		{"bidi override", "abc\u202eevil\u202c", "abc⟨RLO⟩evil⟨PDF⟩"},
		{"bidi isolates and marks", "\u2066\u2067\u2068\u2069\u200e\u200f\u061c", "⟨LRI⟩⟨RLI⟩⟨FSI⟩⟨PDI⟩⟨LRM⟩⟨RLM⟩⟨ALM⟩"},
		{"bidi embeddings", "\u202a\u202b\u202d", "⟨LRE⟩⟨RLE⟩⟨LRO⟩"},
		{"neighbours of bidi kept", "\u200d\u2060\u2028", "\u200d\u2060\u2028"},
		{"invalid UTF-8", "a\xffb\x9bc", "a\uFFFDb\uFFFDc"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SafeText(tt.in)
			if got != tt.want {
				t.Errorf("SafeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if bad := safeTextProblem(got); bad != "" {
				t.Errorf("SafeText(%q) = %q: %s", tt.in, got, bad)
			}
		})
	}
}

// TestSafeTextPieces checks that applying SafeText to pieces of a text cut
// anywhere gives the same as applying it to the whole, as the UI does.
func TestSafeTextPieces(t *testing.T) {
	in := "lead\x1b]52;c;aGk=\x07 mid \u202e\u009b2J tail\r\n"
	whole := SafeText(in)
	for cut := 0; cut <= len(in); cut++ {
		if !utf8.ValidString(in[:cut]) {
			continue
		}
		if got := SafeText(in[:cut]) + SafeText(in[cut:]); got != whole {
			t.Errorf("cut at %d: %q, want %q", cut, got, whole)
		}
	}
}

// safeTextProblem returns what is unsafe in s for a terminal, or "".
func safeTextProblem(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for i, r := range s {
		switch {
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f:
			return fmt.Sprintf("control character %U at byte %d", r, i)
		case r >= 0x80 && r <= 0x9f:
			return fmt.Sprintf("C1 control %U at byte %d", r, i)
		case r == 0x061c, r == 0x200e, r == 0x200f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("bidi control %U at byte %d", r, i)
		}
	}
	return ""
}

func FuzzSafeText(f *testing.F) {
	for _, s := range []string{
		"", "plain", "\x1b[2J", "\x1b]52;c;aGVsbG8=\x07", "\u009b31m", "\u202eabc",
		"東京 🧭", "\xff\xfe", "a\r\nb\bc",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := SafeText(s)
		if bad := safeTextProblem(got); bad != "" {
			t.Fatalf("SafeText(%q) = %q: %s", s, got, bad)
		}
		if strings.Contains(got, "\x1b") {
			t.Fatalf("SafeText(%q) keeps ESC", s)
		}
		if safeTextProblem(s) == "" && got != s {
			t.Fatalf("SafeText changed safe text %q to %q", s, got)
		}
		if SafeText(got) != got {
			t.Fatalf("SafeText is not idempotent on %q", s)
		}
	})
}
