package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TokenText renders the visible text of a page that cannot be parsed
// into a tree (the parser refuses markup nested more than 512 deep) from
// its tokens alone, with the same paragraph breaks as BlockText.
func TokenText(page string) string {
	var w textWriter
	z := html.NewTokenizer(strings.NewReader(page))
	skip := 0 // depth inside elements whose content is not shown
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break // io.EOF: reading a string cannot fail otherwise
		}
		tok := z.Token()
		n := &html.Node{Type: html.ElementNode, DataAtom: tok.DataAtom, Data: tok.Data, Attr: tok.Attr}
		hidden := skipped[tok.DataAtom] && !void[tok.DataAtom]
		switch tt {
		case html.TextToken:
			if skip == 0 {
				w.text(tok.Data)
			}
		case html.StartTagToken:
			if hidden {
				skip++
			} else if skip == 0 {
				w.enter(n)
			}
		case html.SelfClosingTagToken:
			if skip == 0 && !hidden {
				w.enter(n)
				w.leave(n)
			}
		case html.EndTagToken:
			if hidden {
				skip = max(skip-1, 0)
			} else if skip == 0 && tok.DataAtom != atom.Br {
				w.leave(n)
			}
		}
	}
	w.flush()
	return strings.Join(w.blocks, "\n\n")
}

// void are the skipped elements that never have an end tag.
var void = map[atom.Atom]bool{
	atom.Input: true, atom.Meta: true, atom.Link: true, atom.Embed: true,
}
