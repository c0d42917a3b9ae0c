package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// BlockText renders the visible text under n as paragraphs, one per
// block element (heading, paragraph, list item, quotation, caption, table
// row…), separated by blank lines. Inside a block, runs of white space
// become one space, <br> a line break, and table cells are joined by " | ".
func BlockText(n *html.Node) string {
	var w textWriter
	w.walk(n)
	w.flush()
	return strings.Join(w.blocks, "\n\n")
}

// textWriter collects the blocks of text of an HTML tree.
type textWriter struct {
	blocks []string
	cur    strings.Builder
	space  bool // a space is due before the next word
	pre    int  // depth of <pre> elements: keep white space as it is
}

// walk writes the text under n. It descends with an explicit stack, so
// that absurdly deep markup cannot exhaust the goroutine stack.
func (w *textWriter) walk(root *html.Node) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.leave {
			w.leave(f.n)
			continue
		}
		if !w.enter(f.n) {
			continue
		}
		stack = append(stack, frame{n: f.n, leave: true})
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
}

// enter handles the start of n and reports whether to walk its children.
func (w *textWriter) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return false
	case html.DocumentNode:
		return true
	case html.ElementNode:
	default:
		return false // comments, doctypes
	}
	a := Atom(n)
	if skipped[a] || hidden(n) {
		return false
	}
	switch {
	case a == atom.Br:
		w.cur.WriteByte('\n')
		w.space = false
	case a == atom.Td || a == atom.Th:
		if w.cur.Len() > 0 {
			w.cur.WriteString(" | ")
			w.space = false
		}
	case blocks[a]:
		w.flush()
	}
	if a == atom.Pre || a == atom.Textarea {
		w.pre++
	}
	return true
}

// leave handles the end of element n.
func (w *textWriter) leave(n *html.Node) {
	a := Atom(n)
	if (a == atom.Pre || a == atom.Textarea) && w.pre > 0 {
		w.pre--
	}
	if blocks[a] {
		w.flush()
	}
}

// Atom returns the element's tag as an atom. The readability library
// makes elements with only their name set, so look the name up then.
func Atom(n *html.Node) atom.Atom {
	if n.DataAtom == 0 && n.Type == html.ElementNode {
		return atom.Lookup([]byte(strings.ToLower(n.Data)))
	}
	return n.DataAtom
}

// text writes a text node, collapsing white space outside <pre>.
func (w *textWriter) text(s string) {
	if w.pre > 0 {
		if w.space && w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		w.space = false
		w.cur.WriteString(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
		return
	}
	start := -1
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				w.word(s[start:i])
				start = -1
			}
			w.space = true
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		w.word(s[start:])
	}
}

// word writes one run of non-space text.
func (w *textWriter) word(s string) {
	if w.space && w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
		w.cur.WriteByte(' ')
	}
	w.space = false
	w.cur.WriteString(s)
}

// flush ends the current block, keeping it when it has any text.
func (w *textWriter) flush() {
	b := strings.TrimRight(w.cur.String(), " \t\n")
	b = strings.TrimLeft(b, "\n")
	if strings.TrimSpace(b) != "" {
		w.blocks = append(w.blocks, b)
	}
	w.cur.Reset()
	w.space = false
}

// isSpace reports whether r is HTML white space (not the no-break
// space, which is text).
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// hidden reports whether an element is marked as not shown.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && (a.Key == "hidden" || a.Key == "aria-hidden" && a.Val == "true") {
			return true
		}
	}
	return false
}

// skipped are elements whose content is never visible text.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Audio: true,
	atom.Video: true, atom.Map: true, atom.Select: true, atom.Input: true,
	atom.Title: true, atom.Meta: true, atom.Link: true,
}

// blocks are elements that start and end a paragraph of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true,
	atom.Nav: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Hgroup: true, atom.Ul: true, atom.Ol: true,
	atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Figure: true, atom.Figcaption: true,
	atom.Pre: true, atom.Table: true, atom.Caption: true, atom.Tr: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Hr: true, atom.Form: true,
	atom.Fieldset: true, atom.Legend: true, atom.Center: true, atom.Body: true,
	atom.Dialog: true, atom.Menu: true, atom.Textarea: true,
}
