package segment

import (
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/parallax-reader/parallax/model"
)

// Markup parses a Markdown source once, with goldmark, and returns its
// syntax in order: heading markers (leading and closing #s), block-quote
// markers, emphasis delimiters, the brackets of links and images (and an
// image's !), and link addresses in their parentheses (marked Address).
// List bullets are not markup: they read as bullets. Anything goldmark
// does not parse as syntax (a lone *, snake_case) stays text.
func Markup(src string) []model.Markup {
	m, _ := parseMarkdown(src)
	return m
}

// parseMarkdown parses src once and returns its markup (see Markup) and
// the offsets of the lines that start a block (a paragraph, a heading, a
// list item, a quote, a code block), which segmentation never joins to the
// line before.
func parseMarkdown(src string) ([]model.Markup, map[int]bool) {
	b := []byte(src)
	// A byte-order mark at a line's start is no text to goldmark, which
	// would otherwise not see the heading or list behind it; three spaces
	// keep the offsets, and up to three spaces of indent change nothing.
	for i := 0; ; {
		k := strings.Index(src[i:], "\ufeff")
		if k < 0 {
			break
		}
		if at := i + k; at == 0 || src[at-1] == '\n' || src[at-1] == '\r' {
			copy(b[at:], "   ")
		}
		i += k + len("\ufeff")
	}
	root := goldmark.DefaultParser().Parse(text.NewReader(b))
	starts := map[int]bool{}
	var out []model.Markup
	add := func(start, end int, address bool) {
		if 0 <= start && start < end && end <= len(src) {
			out = append(out, model.Markup{Span: model.Span{Start: start, End: end}, Address: address})
		}
	}
	quoteDepth := 0
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Blockquote:
			if entering {
				quoteDepth++
			} else {
				quoteDepth--
			}
			return ast.WalkContinue, nil
		case *ast.Heading:
			if entering {
				headingMarkers(src, n, add)
			}
		case *ast.Emphasis:
			if start, stop, ok := textBounds(n); ok && entering {
				if delimiters(src, start-n.Level, start) && delimiters(src, stop, stop+n.Level) {
					add(start-n.Level, start, false)
					add(stop, stop+n.Level, false)
				}
			}
		case *ast.Link, *ast.Image:
			if start, stop, ok := textBounds(n); ok && entering {
				linkMarkers(src, start, stop, n.Kind() == ast.KindImage, add)
			}
		}
		if entering && n.Type() == ast.TypeBlock {
			blockStart(src, n, starts)
		}
		if entering && quoteDepth > 0 && n.Type() == ast.TypeBlock && n.Kind() != ast.KindBlockquote {
			quoteMarkers(src, n, add)
		}
		return ast.WalkContinue, nil
	})
	slices.SortStableFunc(out, func(a, b model.Markup) int { return a.Start - b.Start })
	kept := out[:0]
	for _, m := range out {
		if len(kept) > 0 && m.Start < kept[len(kept)-1].End {
			continue
		}
		kept = append(kept, m)
	}
	return kept, starts
}

// blockStart records the line a block starts on: its first line of text,
// or for a fenced code block the fence before it.
func blockStart(src string, n ast.Node, starts map[int]bool) {
	lines := n.Lines()
	if n.Kind() == ast.KindDocument || lines == nil || lines.Len() == 0 {
		return
	}
	first := lineStart(src, lines.At(0).Start)
	if n.Kind() == ast.KindFencedCodeBlock && first > 0 {
		first = lineStart(src, first-1)
	}
	starts[first] = true
}

// headingMarkers adds an ATX heading's leading #s and the space after
// them, and any closing #s.
func headingMarkers(src string, h *ast.Heading, add func(int, int, bool)) {
	lines := h.Lines()
	if lines.Len() == 0 {
		return
	}
	seg := lines.At(0)
	start := lineStart(src, seg.Start)
	if lead := src[start:seg.Start]; strings.Contains(lead, "#") {
		add(start+strings.Index(lead, "#"), seg.Start, false)
	}
	end := lineEnd(src, seg.Stop)
	if tail := src[seg.Stop:end]; strings.Contains(tail, "#") {
		add(seg.Stop, seg.Stop+len(strings.TrimRight(tail, " \t\r")), false)
	}
}

// quoteMarkers adds the "> " before each line of a block inside a quote.
func quoteMarkers(src string, n ast.Node, add func(int, int, bool)) {
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		start := lineStart(src, seg.Start)
		if lead := src[start:seg.Start]; strings.Contains(lead, ">") {
			add(start+strings.Index(lead, ">"), seg.Start, false)
		}
	}
}

// linkMarkers adds the brackets around a link's text (and an image's !),
// and its "(address)" as an Address.
func linkMarkers(src string, start, stop int, image bool, add func(int, int, bool)) {
	if start < 1 || src[start-1] != '[' || stop >= len(src) || src[stop] != ']' {
		return
	}
	open := start - 1
	if image && open > 0 && src[open-1] == '!' {
		open--
	}
	add(open, start, false)
	add(stop, stop+1, false)
	if stop+1 < len(src) && src[stop+1] == '(' {
		depth := 0
		for k := stop + 1; k < len(src) && src[k] != '\n'; k++ {
			switch src[k] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					add(stop+1, k+1, true)
					return
				}
			}
		}
	}
}

// textBounds returns where the text inside an inline node starts and
// stops in the source.
func textBounds(n ast.Node) (start, stop int, ok bool) {
	start, stop = -1, -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, isText := c.(*ast.Text); isText && entering {
			if start < 0 {
				start = t.Segment.Start
			}
			stop = t.Segment.Stop
		}
		return ast.WalkContinue, nil
	})
	return start, stop, start >= 0 && stop > start
}

// delimiters reports whether src[i:j] is a run of * or _.
func delimiters(src string, i, j int) bool {
	if i < 0 || j > len(src) || i >= j {
		return false
	}
	return strings.Trim(src[i:j], "*") == "" || strings.Trim(src[i:j], "_") == ""
}

// lineStart returns the offset of the start of the line holding i.
func lineStart(src string, i int) int { return strings.LastIndexByte(src[:i], '\n') + 1 }

// lineEnd returns the offset of the end of the line holding i.
func lineEnd(src string, i int) int {
	if k := strings.IndexByte(src[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(src)
}
