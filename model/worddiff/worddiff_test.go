package worddiff

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// wordDiffSides rebuilds the two texts a word diff was made from.
func wordDiffSides(ops []Op) (a, b string) {
	var sa, sb strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case Equal:
			sa.WriteString(op.Text)
			sb.WriteString(op.Text)
		case Delete:
			sa.WriteString(op.Text)
		case Insert:
			sb.WriteString(op.Text)
		}
	}
	return sa.String(), sb.String()
}

// checkWordDiff checks the properties every word diff must have.
func checkWordDiff(t *testing.T, a, b string) []Op {
	t.Helper()
	ops := Diff(a, b)
	gotA, gotB := wordDiffSides(ops)
	if gotA != a {
		t.Errorf("WordDiff(%q, %q): Equal+Delete gives %q", a, b, gotA)
	}
	if gotB != b {
		t.Errorf("WordDiff(%q, %q): Equal+Insert gives %q", a, b, gotB)
	}
	for i, op := range ops {
		if op.Text == "" {
			t.Errorf("WordDiff(%q, %q): op %d is empty", a, b, i)
		}
		if utf8.ValidString(a) && utf8.ValidString(b) && !utf8.ValidString(op.Text) {
			t.Errorf("WordDiff(%q, %q): op %d %q cuts a character in two", a, b, i, op.Text)
		}
		if i > 0 && ops[i-1].Kind == op.Kind {
			t.Errorf("WordDiff(%q, %q): ops %d and %d are both %v", a, b, i-1, i, op.Kind)
		}
		if i > 0 && ops[i-1].Kind == Insert && op.Kind == Delete {
			t.Errorf("WordDiff(%q, %q): insertion before deletion at %d", a, b, i)
		}
	}
	return ops
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		a, b string
		want []Op
	}{
		{"", "", nil},
		{"same text", "same text", []Op{{Equal, "same text"}}},
		{"", "new", []Op{{Insert, "new"}}},
		{"old", "", []Op{{Delete, "old"}}},
		{
			"There were 212 passengers on board.",
			"There were 218 passengers on board.",
			[]Op{{Equal, "There were "}, {Delete, "212"}, {Insert, "218"}, {Equal, " passengers on board."}},
		},
		{
			"Shares fell 3.2 percent.",
			"Shares fell 3.5 percent.",
			[]Op{{Equal, "Shares fell "}, {Delete, "3.2"}, {Insert, "3.5"}, {Equal, " percent."}},
		},
		{
			"walked off that ship on their own two feet",
			"walked off that ship on their own feet",
			[]Op{{Equal, "walked off that ship on their own "}, {Delete, "two "}, {Equal, "feet"}},
		},
		{
			"the crew didn't leave",
			"the crew did leave",
			[]Op{{Equal, "the crew "}, {Delete, "didn't"}, {Insert, "did"}, {Equal, " leave"}},
		},
	}
	for _, tt := range tests {
		got := checkWordDiff(t, tt.a, tt.b)
		if len(got) != len(tt.want) {
			t.Errorf("WordDiff(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("WordDiff(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
				break
			}
		}
	}
}

func TestWordDiffNeverSplitsWords(t *testing.T) {
	a := "The Saltmarsh Belle struck the Skerrack Rocks at about 5.40am on Tuesday."
	b := "The Saltmarsh Belle hit the Skerrack Reef shortly before 6am on Tuesday morning."
	for _, op := range checkWordDiff(t, a, b) {
		if op.Kind == Equal {
			continue
		}
		for _, w := range strings.Fields(op.Text) {
			if !strings.Contains(" "+a+" ", w) && !strings.Contains(" "+b+" ", w) {
				t.Errorf("%v text %q is not made of whole words", op.Kind, op.Text)
			}
		}
		first, _ := utf8.DecodeRuneInString(op.Text)
		if wordRune(first) {
			side := a
			if op.Kind == Insert {
				side = b
			}
			i := strings.Index(side, op.Text)
			if i > 0 {
				prev, _ := utf8.DecodeLastRuneInString(side[:i])
				if wordRune(prev) {
					t.Errorf("%v %q starts inside a word", op.Kind, op.Text)
				}
			}
		}
	}
}

func TestWordDiffProperties(t *testing.T) {
	texts := []string{
		"",
		" ",
		"a",
		"Nine people were taken to hospital.",
		"Nine people were treated in hospital for minor injuries.",
		"\u201cThe sea was kinder than it had any right to be,\u201d she said.",
		"\"The sea was kinder to us than it had any right to be.\"",
		"tabs\tand\n\nnewlines  and   spaces",
		"emoji 🚢 and \u00e9\u0301 combining, CJK 渡船 and RTL \u05e9\u05dc\u05d5\u05dd",
		"invalid \xff\xfe bytes \xed\xa0\x80 here",
		"punctuation!!! ... ??? ;;; --- '' ,,",
		"1,400 and 1.4 million and 0440 GMT",
	}
	for _, a := range texts {
		for _, b := range texts {
			checkWordDiff(t, a, b)
		}
	}
}

func TestWordDiffLongInput(t *testing.T) {
	var sa, sb strings.Builder
	for i := range 70000 {
		sa.WriteString(strings.Repeat("x", 1+i%7))
		sa.WriteString(string(rune('a' + i%26)))
		sa.WriteString(" ")
		if i%1000 != 0 {
			sb.WriteString(strings.Repeat("x", 1+i%7))
			sb.WriteString(string(rune('a' + i%26)))
			sb.WriteString(" ")
		}
	}
	checkWordDiff(t, sa.String(), sb.String())
}

func TestWordDiffDeterministic(t *testing.T) {
	a := "Lifeboats from Port Ardley and Kelda Bay reached the stricken ferry within twenty minutes."
	b := "Two lifeboats, launched from Port Ardley and Kelda Bay, and a helicopter took part."
	first := Diff(a, b)
	for range 20 {
		again := Diff(a, b)
		if len(again) != len(first) {
			t.Fatalf("WordDiff is not deterministic: %q then %q", first, again)
		}
		for i := range again {
			if again[i] != first[i] {
				t.Fatalf("WordDiff is not deterministic: %q then %q", first, again)
			}
		}
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add("There were 212 passengers.", "There were 218 passengers on board.")
	f.Add("", "x")
	f.Add("a b c", "c b a")
	f.Add("\xff\xed\xa0\x80", "\u00e9\u0301 渡船")
	f.Add("a\u2003b", "a\u2002b")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkWordDiff(t, a, b)
	})
}

func BenchmarkWordDiffSentence(b *testing.B) {
	x := "North Korea is believed to have deployed at least 12,000 soldiers and 500 officers - including three generals - to support Russia's invasion of Ukraine."
	y := "North Korea is believed to have sent around 12,000 soldiers to Russia to support its full-scale invasion of Ukraine, launched in February 2022."
	for b.Loop() {
		Diff(x, y)
	}
}

func BenchmarkWordDiffLong(b *testing.B) {
	// Two unrelated texts of about 2,000 words each: the worst case for
	// the diff, which then has almost nothing in common to anchor on.
	var sx, sy strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&sx, "w%d ", i*7919%104729)
		fmt.Fprintf(&sy, "v%d ", i*6007%104729)
	}
	x, y := sx.String(), sy.String()
	for b.Loop() {
		Diff(x, y)
	}
}
