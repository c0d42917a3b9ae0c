package report

import (
	"strings"
	"testing"
)

// hostileTexts are article texts that try to break out of the report.
var hostileTexts = []string{
	"a | b | c",
	"<script>alert('x')</script>",
	"<img src=x onerror=alert(1)>",
	"[click me](javascript:alert(1))",
	"<javascript:alert(1)>",
	"![pic](http://evil.example/x.png)",
	"see https://evil.example/page and www.evil.example and mail@evil.example",
	"`code` and ```fence``` and ~~strike~~ and ~tilde~",
	"*em* **strong** _under_ __dunder__ snake_case_name 2*3*4",
	"# heading",
	"> quote",
	"- item",
	"+ item",
	"1. item",
	"12) item",
	"=====",
	"---",
	"    indented code",
	"&amp; &#60;script&#62; &lt;b&gt; &copy;",
	"back\\slash\\",
	"trailing backslash \\",
	"line one\nline two\r\nline\tthree",
	"\x1b[31mred\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07",
	"bidi \u202eevil\u202c and nul \x00 and \xff",
	"[ref]: http://evil.example",
	"<!-- comment --> <?php ?> <![CDATA[x]]>",
	"footnote[^1] and {curly} (paren)",
	"word~ ~word ~~a~ a~~",
	"~",
	"\\~~x~~",
	"",
}

func TestMdEscapeShowsTheTextExactly(t *testing.T) {
	for _, s := range hostileTexts {
		want := plain(s)
		for _, ctx := range []struct{ before, after, shows string }{
			{"", "", ""},
			{"x: ", "", "x: "},
			{"- **A**: “", "”", "A: “"},
		} {
			md := ctx.before + escape(want) + ctx.after
			h := testRender(t, md)
			got := strings.TrimSpace(testVisibleText(h))
			if w := strings.TrimSpace(ctx.shows + want + ctx.after); got != w {
				t.Errorf("%q after %q renders as %q, want %q", s, ctx.before, got, w)
			}
			checkMarkdown(t, []byte(md))
		}
	}
}

func TestMdEscapeInTableCell(t *testing.T) {
	for _, s := range hostileTexts {
		md := "| A | B |\n| --- | --- |\n| " + inline(s) + " | x |\n"
		h := checkMarkdown(t, []byte(md))
		if n := strings.Count(h, "<td"); n != 2 {
			t.Errorf("%q: the row has %d cells, want 2:\n%s", s, n, h)
		}
	}
}

func TestMdPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \n\n b\t c  ", "a b c"},
		{"\x1b[2J", "␛[2J"},
		{"x\u202ey", "x⟨RLO⟩y"},
		{"\xff", "\uFFFD"},
	}
	for _, tt := range tests {
		if got := plain(tt.in); got != tt.want {
			t.Errorf("mdPlain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMdExcerpt(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"The Saltmarsh Belle struck the rocks", 20, "The Saltmarsh Belle…"},
		{"Nine people, taken to hospital", 13, "Nine people…"},
		{"Unbreakablewordhere", 5, "Unbre…"},
		{"a | b | c d e f", 6, "a \\| b…"},
		{"ßßßßßß ßß", 7, "ßßßßßß…"},
	}
	for _, tt := range tests {
		if got := excerpt(tt.in, tt.max); got != tt.want {
			t.Errorf("mdExcerpt(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestMdURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a?b=c", "<https://example.org/a?b=c>"},
		{"HTTP://EXAMPLE.ORG", "<HTTP://EXAMPLE.ORG>"},
		{"javascript:alert(1)", "javascript:alert(1)"},
		{"https://example.org/a b", "https\\://example.org/a b"},
		{"https://example.org/<script>", "https\\://example.org/\\<script>"},
		{"https://example.org/a|b", "https\\://example.org/a\\|b"},
		{"https://example.org/\x1b[2J", "https\\://example.org/␛\\[2J"},
	}
	for _, tt := range tests {
		if got := urlText(tt.in); got != tt.want {
			t.Errorf("mdURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMdLabel(t *testing.T) {
	for i, want := range map[int]string{0: "A", 1: "B", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := label(i); got != want {
			t.Errorf("mdLabel(%d) = %q, want %q", i, got, want)
		}
	}
}

func FuzzMarkdownEscape(f *testing.F) {
	for _, s := range hostileTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := "x: " + plain(s)
		md := "x: " + escape(plain(s))
		got := strings.TrimSpace(testVisibleText(checkMarkdown(t, []byte(md))))
		if got != strings.TrimSpace(want) {
			t.Errorf("%q renders as %q, want %q (Markdown %q)", s, got, want, md)
		}
	})
}
