package report

import (
	"bytes"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// testParser parses CommonMark with GitHub's extensions (tables,
// strikethrough, autolinks of bare addresses, task lists).
var testParser = goldmark.New(goldmark.WithExtensions(extension.GFM))

// checkMarkdown checks that a report is well formed and safe: it parses;
// it holds no raw HTML; its only links are the given addresses; every
// table line has its header's number of cells, and every table is parsed
// as one. It returns the report rendered as HTML.
func checkMarkdown(t *testing.T, md []byte, allowedLinks ...string) string {
	t.Helper()
	doc := testParser.Parser().Parse(text.NewReader(md))
	err := gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if !entering {
			return gast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *gast.RawHTML, *gast.HTMLBlock:
			t.Errorf("raw HTML in the report: %q", testNodeText(n, md))
		case *gast.Link:
			if !slices.Contains(allowedLinks, string(n.Destination)) {
				t.Errorf("unexpected link to %q", n.Destination)
			}
		case *gast.AutoLink:
			if u := string(n.URL(md)); !slices.Contains(allowedLinks, u) {
				t.Errorf("unexpected autolink to %q", u)
			}
		case *gast.Image:
			t.Errorf("image in the report: %q", n.Destination)
		case *gast.CodeSpan, *gast.CodeBlock, *gast.FencedCodeBlock:
			t.Errorf("code in the report: %q", testNodeText(n, md))
		}
		return gast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tables := 0
	_ = gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if _, ok := n.(*east.Table); ok && entering {
			tables++
		}
		return gast.WalkContinue, nil
	})
	if raw := checkTableRows(t, md); raw != tables {
		t.Errorf("%d tables in the text, but %d parsed as tables", raw, tables)
	}
	var out bytes.Buffer
	if err := testParser.Renderer().Render(&out, md, doc); err != nil {
		t.Fatal(err)
	}
	h := out.String()
	checkHTMLTags(t, h, allowedLinks)
	if strings.ContainsRune(string(md), 0x1b) {
		t.Error("report contains an ESC character")
	}
	return h
}

// testNodeText is the source text of a block node, or its kind.
func testNodeText(n gast.Node, src []byte) string {
	if n.Type() == gast.TypeBlock && n.Lines().Len() > 0 {
		return string(n.Lines().Value(src))
	}
	return n.Kind().String()
}

// checkTableRows checks that every line of every table (a run of lines
// starting with "|") has as many cells as the table's first line, that the
// second line is a delimiter row, and returns how many tables there are.
func checkTableRows(t *testing.T, md []byte) int {
	t.Helper()
	tables, header := 0, -1
	lines := strings.Split(string(md), "\n")
	for i, line := range lines {
		if !strings.HasPrefix(line, "|") {
			header = -1
			continue
		}
		cells := testCountCells(line)
		if header < 0 {
			header = cells
			tables++
			if i+1 >= len(lines) || !regexp.MustCompile(`^\|( *:?-+:? *\|)+$`).MatchString(lines[i+1]) {
				t.Errorf("line %d starts a table without a delimiter row", i+1)
			}
			continue
		}
		if cells != header {
			t.Errorf("line %d has %d cells, its header %d: %s", i+1, cells, header, line)
		}
	}
	return tables
}

// testCountCells counts the cells of a table line that starts and ends
// with an unescaped "|".
func testCountCells(line string) int {
	pipes := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			pipes++
		}
	}
	return pipes - 1
}

// testVisibleText is what a reader of the rendered HTML sees: the tags
// taken out and the character references resolved.
func testVisibleText(h string) string {
	return html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(h, ""))
}

// testRender renders a Markdown snippet as HTML.
func testRender(t *testing.T, md string) string {
	t.Helper()
	var out bytes.Buffer
	if err := testParser.Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// testTags are the HTML elements a report may render to.
var testTags = []string{"p", "strong", "em", "del", "ul", "li", "table", "thead",
	"tbody", "tr", "th", "td", "h1", "h2", "h3", "blockquote", "a"}

// testAllowedHref reports whether href is one of the allowed links as
// the renderer writes it: goldmark percent-encodes what a URL may not hold
// as it is ("%X" becomes "%25X", a space "%20"), which leaves the link the
// same.
func testAllowedHref(allowed []string, href string) bool {
	for _, l := range allowed {
		if href == l || href == string(util.URLEscape([]byte(l), true)) {
			return true
		}
	}
	return false
}

// checkHTMLTags checks every tag of the rendered report: a known element,
// with no attribute but a table cell's alignment or an allowed link.
func checkHTMLTags(t *testing.T, h string, allowedLinks []string) {
	t.Helper()
	tag := regexp.MustCompile(`^</?([a-z0-9]+)(.*?)/?>$`)
	for _, m := range regexp.MustCompile(`<[^>]*>`).FindAllString(h, -1) {
		sm := tag.FindStringSubmatch(m)
		if sm == nil || !slices.Contains(testTags, sm[1]) {
			t.Errorf("unexpected tag %q in the rendered report", m)
			continue
		}
		attrs := strings.TrimSpace(sm[2])
		switch {
		case attrs == "":
		case (sm[1] == "th" || sm[1] == "td") && regexp.MustCompile(`^style="text-align:(left|center|right)"$`).MatchString(attrs):
		case sm[1] == "a" && strings.HasPrefix(attrs, `href="`) &&
			testAllowedHref(allowedLinks, html.UnescapeString(strings.TrimSuffix(strings.TrimPrefix(attrs, `href="`), `"`))):
		default:
			t.Errorf("unexpected attributes in tag %q of the rendered report", m)
		}
	}
}
