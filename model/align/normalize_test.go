package align

import (
	"reflect"
	"testing"
)

func TestAlignTokenize(t *testing.T) {
	text := `Korea’s army sent 12,000 “elite” troops; Zelenskyy said 3.5 don't-care`
	toks := tokenizeFold(text, 10, nil, foldWord)
	var norms []string
	for _, tk := range toks {
		norms = append(norms, tk.Norm)
		if got := text[tk.Start-10 : tk.End-10]; got == "" {
			t.Errorf("token %q has an empty span", tk.Norm)
		}
	}
	want := []string{"korea", "army", "sent", "12000", "elite", "troops", "zelenskyy", "said", "3.5", "don't", "care"}
	if !reflect.DeepEqual(norms, want) {
		t.Fatalf("norms = %q, want %q", norms, want)
	}
	if !toks[0].Cap || toks[1].Cap {
		t.Errorf("capital flags wrong: %+v %+v", toks[0], toks[1])
	}
	if toks[3].Kind != number || toks[4].Kind != wordToken {
		t.Errorf("kinds wrong: %+v %+v", toks[3], toks[4])
	}
	if !toks[4].Quoted || toks[5].Quoted {
		t.Errorf("quote flags wrong: %+v %+v", toks[4], toks[5])
	}
}

func TestAlignNumberNorm(t *testing.T) {
	for in, want := range map[string]string{
		"12,000": "12000", "1.000.000": "1000000", "3.5": "3.5", "1,234.5": "1234.5",
		"2022": "2022", "3,5": "3.5",
	} {
		if got := numberNorm(in); got != want {
			t.Errorf("alignNumberNorm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAlignFoldWord(t *testing.T) {
	for in, want := range map[string]string{
		"Zelenskyy": "zelenskyy", "Kyïv": "kyiv", "ﬁre": "fire", "it’s": "it's", "plain": "plain",
	} {
		if got := foldWord(in); got != want {
			t.Errorf("alignFoldWord(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAlignSpellingVariants(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"kiev", "kyiv", true},
		{"zelensky", "zelenskyy", true},
		{"okafor", "okafour", true},
		{"ukraine", "ukrainian", false},
		{"korea", "korean", false},
		{"russia", "russian", false},
		{"friday", "saturday", false},
		{"kursk", "kursk", false}, // the same spelling is no variant
	} {
		if got := spellingVariants(c.a, c.b); got != c.want {
			t.Errorf("alignSpellingVariants(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
