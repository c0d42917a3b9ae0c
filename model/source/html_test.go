package source

import (
	"context"
	"strings"
	"testing"
)

// htmlArticle is a small news page with the furniture real pages have.
const htmlArticle = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Bridge reopens after repairs | The Daily Example</title>
<meta property="og:title" content="Bridge reopens after repairs">
<meta name="author" content="Ana Reyes">
<meta property="article:published_time" content="2024-03-05T00:00:00Z">
<script>document.write("\u001b[2J tracking");</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Bridge reopens after repairs</h1>
<p class="byline">By Ana Reyes</p>
<p>The Old Mill bridge reopened on Tuesday after eight months of repairs,
   the city council said in a statement that thanked residents for their patience.</p>
<p>Engineers replaced 42 steel cables and resurfaced the deck. The work cost
   <b>3.1 million euros</b>, about 400,000 more than planned, according to the council's figures.</p>
<ul><li>Cars may cross from 6 a.m. on weekdays.</li><li>Lorries over 7.5 tonnes remain banned.</li></ul>
<blockquote>"We are proud of the crews who worked through the winter," the mayor said at the opening ceremony.</blockquote>
<p>Traffic had been diverted through the town centre since July, adding up to twenty minutes to some commutes.<br>Shopkeepers said trade suffered.</p>
</article>
<aside><h2>Read more</h2><a href="/x">Other story</a></aside>
<footer>© 2024 The Daily Example. All rights reserved.</footer>
</body></html>`

func TestReadSourceHTMLFile(t *testing.T) {
	p := write(t, t.TempDir(), "page.html", []byte(htmlArticle))
	doc, err := Read(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "html" || doc.Encoding != "utf-8" || doc.RawOffsets {
		t.Errorf("format %q encoding %q raw %v", doc.Format, doc.Encoding, doc.RawOffsets)
	}
	if doc.Title != "Bridge reopens after repairs" {
		t.Errorf("title = %q", doc.Title)
	}
	if doc.Byline != "Ana Reyes" && doc.Byline != "By Ana Reyes" {
		t.Errorf("byline = %q", doc.Byline)
	}
	if doc.Published != "2024-03-05" {
		t.Errorf("published = %q", doc.Published)
	}
	paras := strings.Split(doc.Text, "\n\n")
	if paras[0] != "Bridge reopens after repairs" {
		t.Errorf("first paragraph is %q, want the headline", paras[0])
	}
	for _, want := range []string{
		"The Old Mill bridge reopened on Tuesday after eight months of repairs, the city council said in a statement that thanked residents for their patience.",
		"Engineers replaced 42 steel cables and resurfaced the deck. The work cost 3.1 million euros, about 400,000 more than planned, according to the council's figures.",
		"Cars may cross from 6 a.m. on weekdays.",
		"Lorries over 7.5 tonnes remain banned.",
		"Traffic had been diverted through the town centre since July, adding up to twenty minutes to some commutes.\nShopkeepers said trade suffered.",
	} {
		if !htmlHasPara(paras, want) {
			t.Errorf("no paragraph %q in\n%s", want, doc.Text)
		}
	}
	for _, bad := range []string{"tracking", "color: red", "\x1b"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text holds %q from a script or style", bad)
		}
	}
}

// htmlHasPara reports whether want is one of paras.
func htmlHasPara(paras []string, want string) bool {
	for _, p := range paras {
		if p == want {
			return true
		}
	}
	return false
}

func TestReadSourceHTMLVariants(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file string
		data       []byte
		encoding   string
		title      string
		contains   []string
	}{
		{name: "meta charset windows-1252", file: "cp.html",
			data:     []byte(`<html><head><meta charset="windows-1252"><title>Caf` + "\xe9" + `</title></head><body><p>Caf` + "\xe9 \x93ouvert\x94" + `</p></body></html>`),
			encoding: "windows-1252", title: "Café", contains: []string{"Café “ouvert”"}},
		{name: "meta http-equiv latin-1", file: "l1.htm",
			data:     []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Se` + "\xf1" + `or</p></body></html>`),
			encoding: "windows-1252", contains: []string{"Señor"}},
		{name: "undeclared UTF-8", file: "u.html",
			data:     []byte(`<html><body><p>Zürich – 東京 🧭</p></body></html>`),
			encoding: "utf-8", contains: []string{"Zürich – 東京 🧭"}},
		{name: "sniffed in a .txt", file: "page.txt",
			data:     []byte("\n  <!doctype html><html><body><p>Sniffed <i>page</i> text.</p></body></html>"),
			encoding: "utf-8", contains: []string{"Sniffed page text."}},
		{name: "UTF-16 with BOM", file: "w.html",
			data:     utf16(`<html><head><title>Wide</title></head><body><p>Sixteen bits.</p></body></html>`, false, true),
			encoding: "utf-16le", title: "Wide", contains: []string{"Wide", "Sixteen bits."}},
		{name: "no article: visible body text", file: "menu.html",
			data:     []byte(`<html><body><div>Home</div><div>Contact <span hidden>secret</span></div><table><tr><td>a</td><td>b</td></tr></table></body></html>`),
			encoding: "utf-8", contains: []string{"Home", "Contact", "a | b"}},
		{name: "escapes in HTML text stay text", file: "esc.html",
			data:     []byte("<html><body><p>Words \x1b]52;c;aGk=\x07 and \x1b[2J here.</p></body></html>"),
			encoding: "utf-8", contains: []string{"Words \x1b]52;c;aGk=\x07 and \x1b[2J here."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.file, tt.data)
			doc, err := Read(context.Background(), p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != "html" || doc.Encoding != tt.encoding || doc.RawOffsets {
				t.Errorf("format %q encoding %q raw %v, want html %q false", doc.Format, doc.Encoding, doc.RawOffsets, tt.encoding)
			}
			if tt.title != "" && doc.Title != tt.title {
				t.Errorf("title = %q, want %q", doc.Title, tt.title)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, want := range tt.contains {
				if !htmlHasPara(paras, want) {
					t.Errorf("no paragraph %q in %q", want, doc.Text)
				}
			}
			if strings.Contains(doc.Text, "secret") {
				t.Errorf("hidden text shown: %q", doc.Text)
			}
		})
	}
}

func TestReadSourceHTMLEmpty(t *testing.T) {
	p := write(t, t.TempDir(), "e.html", []byte("<html><head><script>x()</script></head><body> </body></html>"))
	doc, err := Read(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "" || len(doc.Warnings) != 1 || doc.Warnings[0] != p+": no text found in the page, nothing to compare" {
		t.Errorf("text %q warnings %q", doc.Text, doc.Warnings)
	}
}

func TestReadSourceHTMLTooDeep(t *testing.T) {
	page := "<html><head><title>Deep</title><script>hidden()</script></head><body>" +
		strings.Repeat("<div>", 2000) + "<p>Deep words.</p><p>More <b>deep</b> words.<br>Next line.</p>" +
		strings.Repeat("</div>", 2000) + "<footer>Foot</footer></body></html>"
	p := write(t, t.TempDir(), "deep.html", []byte(page))
	doc, err := Read(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Deep words.\n\nMore deep words.\nNext line.\n\nFoot"; doc.Text != want {
		t.Errorf("text = %q, want %q", doc.Text, want)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "too deeply nested") {
		t.Errorf("warnings = %q", doc.Warnings)
	}
}

// A page with more elements than the extractor is given keeps all its
// visible text, and says so, as README promises.
func TestHTMLTooManyElementsWarns(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><article><p>The ferry sailed again on Tuesday.</p>")
	for range htmlMaxElements {
		b.WriteString("<span>x</span>")
	}
	b.WriteString("</article></body></html>")
	doc, err := FromBytes("big.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "The ferry sailed again on Tuesday.") {
		t.Errorf("the text was lost")
	}
	warned := false
	for _, w := range doc.Warnings {
		warned = warned || strings.Contains(w, "more than 50000 elements")
	}
	if !warned {
		t.Errorf("no warning: %v", doc.Warnings)
	}
}
