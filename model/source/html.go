package source

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/source/htmltext"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// htmlMaxElements is the most elements the readability extractor is given;
// a bigger page is read as the plain visible text of its body, which is
// linear in its size where the extractor is not.
const htmlMaxElements = 50000

// htmlDecode reads an HTML page: it decodes it (enc and name come from a
// BOM or the Content-Type, or are nil and "" to be found from the page),
// extracts the article with a readability library, and renders it as
// paragraphs of text. body is data without any byte-order mark.
func htmlDecode(data, body []byte, enc encoding.Encoding, name string, hint decodeHint) (*model.Document, error) {
	doc := &model.Document{Format: "html"}
	if enc != nil && len(body) == len(data) { // no BOM: enc is the Content-Type's
		if w := htmlCharsetConflict(data, hint.contentType, name); w != "" {
			doc.Warnings = append(doc.Warnings, w)
		}
	}
	if enc == nil {
		enc, name, _ = charset.DetermineEncoding(data, "")
		if name == "windows-1252" && utf8.Valid(data) {
			enc, name = encoding.Nop, "utf-8" // ASCII or undeclared UTF-8
		}
	}
	var page string
	if name == "utf-8" && !utf8.Valid(body) {
		var warning string
		page, name, warning = decodeNotUTF8(body)
		doc.Warnings = append(doc.Warnings, warning)
	} else {
		page = decodeWith(enc, body)
	}
	doc.Encoding = name
	if decodeLooksBinary(page) {
		return nil, fmt.Errorf("looks binary (control characters), not HTML")
	}
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		// Too deeply nested for the parser: keep all the visible text.
		doc.Text = htmltext.TokenText(page)
		doc.Warnings = append(doc.Warnings, "HTML too deeply nested to find the article in; all its text is kept")
		return doc, nil
	}
	var pageURL *url.URL
	if hint.url != "" {
		pageURL, _ = url.Parse(hint.url)
	}
	var art readability.Article
	ok := false
	if n := htmlElements(root, htmlMaxElements+1); n > htmlMaxElements {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("HTML with more than %d elements: the article was not looked for; all its visible text is kept", htmlMaxElements))
	} else {
		art, ok = htmlReadability(root, pageURL)
	}
	text := ""
	if ok && art.Node != nil {
		content := art.Node
		if content.Parent != nil {
			content = content.Parent
		}
		text = htmltext.BlockText(content)
	}
	if strings.TrimSpace(text) == "" {
		text = htmltext.BlockText(root) // no article found: all the visible text
	}
	doc.Title = htmlOneLine(art.Title())
	if doc.Title == "" {
		doc.Title = htmlFirstText(root, atom.Title, atom.H1)
	}
	doc.Byline = htmlOneLine(art.Byline())
	doc.Outlet = htmlOneLine(art.SiteName())
	if t, err := art.PublishedTime(); err == nil {
		doc.Published = htmlDate(t)
	}
	doc.Text = htmlWithHeadline(text, doc.Title)
	return doc, nil
}

// htmlElements counts the element nodes under n, stopping at limit.
func htmlElements(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// htmlReadability runs the readability extractor on a copy of root. It
// reports false when the extractor fails, refuses the page as too big, or
// panics: the caller then falls back on the page's visible text.
func htmlReadability(root *html.Node, pageURL *url.URL) (art readability.Article, ok bool) {
	defer func() {
		if recover() != nil {
			art, ok = readability.Article{}, false
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = htmlMaxElements
	art, err := p.ParseDocument(root, pageURL)
	return art, err == nil
}

// htmlWithHeadline puts the headline on the first line of text, unless one
// of the first few paragraphs already is the headline.
func htmlWithHeadline(text, title string) string {
	if title == "" {
		return text
	}
	paras := strings.SplitN(text, "\n\n", 4)
	for _, p := range paras[:min(len(paras), 3)] {
		if strings.EqualFold(htmlOneLine(p), title) {
			return text
		}
	}
	if strings.TrimSpace(text) == "" {
		return title
	}
	return title + "\n\n" + text
}

// htmlFirstText returns the text of the first element of any of the given
// kinds, in document order, on one line.
func htmlFirstText(root *html.Node, kinds ...atom.Atom) string {
	for _, k := range kinds {
		var found *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
				if c.Type == html.ElementNode && htmltext.Atom(c) == k {
					found = c
					return
				}
				find(c)
			}
		}
		find(root)
		if found != nil {
			var b strings.Builder
			for c := found.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					b.WriteString(c.Data)
				}
			}
			if t := htmlOneLine(b.String()); t != "" {
				return t
			}
		}
	}
	return ""
}

// htmlOneLine collapses all white space in s to single spaces.
func htmlOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// htmlDate writes a publication time as an ISO 8601 date, with the time of
// day only when the page gives one.
func htmlDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// htmlCharsetConflict returns a warning when the charset a server declared
// for a page (in its Content-Type, which the page is decoded with, as
// browsers do) names another encoding than the page's own <meta>
// declaration, else "". Labels are compared by the encoding they name, so
// "iso-8859-1" and "windows-1252" agree.
func htmlCharsetConflict(data []byte, contentType, used string) string {
	header := decodeCharsetParam(contentType)
	_, hname := charset.Lookup(header)
	meta := htmlMetaCharset(data)
	_, mname := charset.Lookup(meta)
	if hname == "" || hname != used || mname == "" || hname == mname {
		return ""
	}
	return fmt.Sprintf("the server says the page is %s but the page says %s; read as %s, as browsers do (if the text looks garbled, save the page and open the file)",
		htmlOneLine(header), htmlOneLine(meta), hname)
}

// htmlMetaCharset returns the charset a page declares in the first 1024
// bytes, with <meta charset> or <meta http-equiv="Content-Type">, or "".
func htmlMetaCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 1024)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, equiv, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if cs == "" && equiv == "content-type" {
				cs = decodeCharsetParam(content)
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
		}
	}
}
