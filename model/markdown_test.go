package model

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/sample"
)

// mdTestDoc builds a document by hand: the paragraphs joined by blank
// lines, each one sentence, none flagged.
func mdTestDoc(path, title string, paras ...string) *Document {
	d := &Document{Path: path, Title: title, Encoding: "utf-8", Format: "text", RawOffsets: true}
	for i, p := range paras {
		if i > 0 {
			d.Text += "\n\n"
		}
		sp := Span{len(d.Text), len(d.Text) + len(p)}
		d.Text += p
		d.Paragraphs = append(d.Paragraphs, Paragraph{Span: sp, Sentences: []Sentence{{sp}}, DuplicateOf: -1})
	}
	return d
}

// mdTestPassage is the whole of paragraph para of document doc.
func mdTestPassage(docs []*Document, doc, para int) Passage {
	return Passage{Doc: doc, Para: para, Span: docs[doc].Paragraphs[para].Span}
}

// mdTestValue is what document doc says in a discrepancy: the first
// occurrence of text in its paragraph para.
func mdTestValue(docs []*Document, doc, para int, text string) DiscrepancyValue {
	p := docs[doc].Paragraphs[para]
	i := strings.Index(docs[doc].Slice(p.Span), text)
	return DiscrepancyValue{Doc: doc, Text: text, Span: Span{p.Start + i, p.Start + i + len(text)}}
}

// mdTestClaims builds claims by hand from lists of (doc, para) pairs.
func mdTestClaims(docs []*Document, groups ...[][2]int) []Claim {
	var claims []Claim
	for _, g := range groups {
		cl := Claim{ID: len(claims)}
		for _, dp := range g {
			cl.Passages = append(cl.Passages, mdTestPassage(docs, dp[0], dp[1]))
			if len(cl.Sources) == 0 || cl.Sources[len(cl.Sources)-1] != dp[0] {
				cl.Sources = append(cl.Sources, dp[0])
			}
		}
		claims = append(claims, cl)
	}
	return claims
}

// mdTestHandBuilt is a comparison built entirely by hand, so that its
// export does not depend on segmentation or alignment.
func mdTestHandBuilt() *Comparison {
	a := mdTestDoc("gazette.txt", "Ferry runs aground off Port Ardley",
		"Ferry runs aground off Port Ardley",
		"There were 212 passengers and 14 crew on board when the ferry grounded.",
		`Maren Tollefsen said: "The sea was kinder to us than it had any right to be."`,
		"June Halloran opened the Anchor Café at six.",
		"Nine people were taken to hospital.",
		"Share this story: Facebook | X | Email")
	a.Byline = "Fiona Carrick"
	a.Published = "Tuesday 14 October 2025"
	a.Paragraphs[0].Title = true
	a.Paragraphs[5].Boilerplate, a.Paragraphs[5].Reason = true, "publisher's notice"
	b := mdTestDoc("coastline.html", "Saltmarsh Belle: all 226 rescued",
		"Saltmarsh Belle: all 226 rescued",
		"The ferry had 226 people aboard, 218 of them passengers.",
		`"The sea was kinder than it had any right to be," said Maren Tollefson.`,
		"The ship was built in 1998.")
	b.URL = "https://coastline.example/news/ferry"
	b.Byline = "Owen Marsh"
	b.Published = "2025-10-14T21:10:00+01:00"
	b.Format = "html"
	b.Paragraphs[0].Title = true
	c := mdTestDoc("wire.txt", "",
		"The ferry ran aground on Tuesday with 212 passengers and 14 crew on board.",
		"Shares fell 3.2 percent.",
		"Nine people were taken to hospital.",
		"The ferry ran aground on Tuesday with 212 passengers and 14 crew on board.")
	c.Paragraphs[3].DuplicateOf = 0
	docs := []*Document{a, b, c}
	claims := mdTestClaims(docs,
		[][2]int{{0, 0}, {1, 0}},
		[][2]int{{0, 1}, {1, 1}, {2, 0}},
		[][2]int{{0, 2}, {1, 2}},
		[][2]int{{0, 3}},
		[][2]int{{0, 4}, {2, 2}},
		[][2]int{{1, 3}},
		[][2]int{{2, 1}},
	)
	claims[1].Discrepancies = []Discrepancy{{Kind: DiscrepancyNumber, Values: []DiscrepancyValue{
		mdTestValue(docs, 0, 1, "212"), mdTestValue(docs, 1, 1, "218"), mdTestValue(docs, 2, 0, "212")}}}
	claims[2].Discrepancies = []Discrepancy{{Kind: DiscrepancyName, Variant: true, Values: []DiscrepancyValue{
		mdTestValue(docs, 0, 2, "Tollefsen"), mdTestValue(docs, 1, 2, "Tollefson")}}}
	return &Comparison{Documents: docs, Claims: claims}
}

// mdTestHostileBuilt is a comparison built by hand whose every field holds
// text that tries to break the report.
func mdTestHostileBuilt() *Comparison {
	a := mdTestDoc("evil|name`.txt", "Title | <script>alert(1)</script> [x](javascript:y)",
		mdHostileTexts[0:10]...)
	a.Byline = "<b>bold</b> | *byline*"
	a.Published = "\x1b[2J2025"
	a.URL = "javascript:alert(1)"
	b := mdTestDoc("https://evil.example/a|b", "# Not a heading\n| --- |", mdHostileTexts[10:20]...)
	b.URL = "https://evil.example/a|b"
	c := mdTestDoc("c.txt", "", mdHostileTexts[20:]...)
	c.URL = "https://ok.example/story?id=1&x=2"
	c.Paragraphs[1].Boilerplate, c.Paragraphs[1].Reason = true, "<script>reason</script> | x"
	c.Paragraphs[2].DuplicateOf = 0
	docs := []*Document{a, b, c}
	claims := mdTestClaims(docs,
		[][2]int{{0, 0}, {1, 0}, {2, 0}},
		[][2]int{{0, 1}, {2, 3}},
		[][2]int{{0, 2}},
		[][2]int{{1, 4}, {1, 5}},
	)
	claims[0].Discrepancies = []Discrepancy{{Kind: "<weird|kind>", Note: "[note](javascript:z) | `x`",
		Values: []DiscrepancyValue{{Doc: 0, Text: "a | b"}}}}
	claims[1].Discrepancies = []Discrepancy{{Kind: DiscrepancyNumber, Note: "ignored",
		Values: []DiscrepancyValue{{Doc: 0, Text: "<script>"}, {Doc: 2, Text: "~~x~~ | y"}}}}
	return &Comparison{Documents: docs, Claims: claims}
}

// mdTestRead reads, segments and compares files as parallax does.
func mdTestRead(t testing.TB, files []sample.File) *Comparison {
	t.Helper()
	var docs []*Document
	for _, f := range files {
		d, err := ReadBytes(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		Segment(d)
		docs = append(docs, d)
	}
	c, err := Compare(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// mdTestHostileFiles are the hostile articles in testdata.
func mdTestHostileFiles(t testing.TB) []sample.File {
	t.Helper()
	var files []sample.File
	for _, name := range []string{"hostile.html", "hostile.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "export", "hostile-in", name))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, sample.File{Name: name, Data: data})
	}
	return files
}

// mdTestExport writes the comparison's report and checks it: well formed,
// safe, naming every source and quoting every claim.
func mdTestExport(t *testing.T, c *Comparison, opts MarkdownOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, c, opts); err != nil {
		t.Fatal(err)
	}
	var links []string
	for _, d := range c.Documents {
		for _, u := range []string{d.URL, d.Path} {
			if strings.HasPrefix(mdURL(u), "<") {
				links = append(links, u)
			}
		}
	}
	visible := mdTestVisibleText(checkMarkdown(t, buf.Bytes(), links...))
	visible = strings.Join(strings.Fields(visible), " ")
	for i, d := range c.Documents {
		if name := mdPlain(d.Title); name != "" && !strings.Contains(visible, name) {
			t.Errorf("the report does not show source %d's title %q", i, name)
		}
		if where := mdPlain(d.Path); !strings.Contains(visible, where) {
			t.Errorf("the report does not show source %d's path %q", i, where)
		}
	}
	r := mdReport{c: c}
	for _, cl := range c.Claims {
		for _, p := range cl.Passages {
			if q := mdPlain(r.passageText(p)); !strings.Contains(visible, q) {
				t.Errorf("the report does not quote %q", q)
			}
		}
	}
	return buf.Bytes()
}

func TestExportHandBuiltGolden(t *testing.T) {
	out := mdTestExport(t, mdTestHandBuilt(), MarkdownOptions{})
	checkGolden(t, "export/handbuilt.md", out)
}

func TestExportHostileBuiltGolden(t *testing.T) {
	out := mdTestExport(t, mdTestHostileBuilt(), MarkdownOptions{})
	checkGolden(t, "export/hostile-built.md", out)
}

func TestExportSampleGolden(t *testing.T) {
	out := mdTestExport(t, mdTestRead(t, sample.Files()), MarkdownOptions{})
	checkGolden(t, "export/sample.md", out)
}

func TestExportHostileArticlesGolden(t *testing.T) {
	out := mdTestExport(t, mdTestRead(t, mdTestHostileFiles(t)), MarkdownOptions{})
	checkGolden(t, "export/hostile.md", out)
}

func TestExportHandBuiltContent(t *testing.T) {
	out := string(mdTestExport(t, mdTestHandBuilt(), MarkdownOptions{}))
	for _, want := range []string{
		"**3 sources, 7 claims, 4 reported by two or more, 1 discrepancy, 1 spelling variant.**",
		"| **B** | Saltmarsh Belle: all 226 rescued | coastline.html (<https://coastline.example/news/ferry>) | Owen Marsh | 14 October 2025 | 4 | 3 | 1 |",
		"| 1 | There were 212 passengers and 14 crew on board when the… | ✓ | ✓ | ✓ | 3 of 3 | ⚠ number |",
		"> **⚠ The sources disagree on a number:** A and C say “212”; B says “218”.",
		"> **The same name, spelled differently:** A says “Tollefsen”; B says “Tollefson”.",
		"  Word by word against A: ~~Maren Tollefsen said:~~ \"The sea was kinder ~~to us~~ than it had any right to ~~be.\"~~ **be,\" said Maren Tollefson.**",
		"  Word for word the same as A.",
		"- **B**, paragraph 2 (<https://coastline.example/news/ferry>): “The ferry had 226 people aboard, 218 of them passengers.”",
		"- Paragraph 4: “June Halloran opened the Anchor Café at six.”",
		"- **A**, paragraph 6, publisher's notice: “Share this story: Facebook \\| X \\| Email”",
		"- **C**, paragraph 4, repeats paragraph 1: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// Most widely reported first: the claim all three report comes before
	// the ones two report, in the matrix and in the claims.
	if i, j := strings.Index(out, "### Claim 1: reported by 3 of 3"), strings.Index(out, "### Claim 2: reported by 2 of 3"); i < 0 || j < i {
		t.Errorf("shared claims are not most widely reported first")
	}
	if strings.Contains(out, "Made by parallax") {
		t.Error("a report without Timestamp has a time in it")
	}
}

func TestExportTimestamp(t *testing.T) {
	out := string(mdTestExport(t, mdTestHandBuilt(), MarkdownOptions{Timestamp: mdTestTime()}))
	if !strings.Contains(out, "Made by parallax on 14 October 2025 at 21:10 UTC.") {
		t.Errorf("the report does not carry its time stamp:\n%s", out[:300])
	}
}

// mdTestTime is a fixed time for time-stamped reports.
func mdTestTime() time.Time { return time.Date(2025, 10, 14, 21, 10, 0, 0, time.UTC) }

func TestExportDeterministic(t *testing.T) {
	first := mdTestExport(t, mdTestRead(t, sample.Files()), MarkdownOptions{})
	again := mdTestExport(t, mdTestRead(t, sample.Files()), MarkdownOptions{})
	if !bytes.Equal(first, again) {
		t.Errorf("two exports of the same sources differ:\n%s", goldenFirstDiff(first, again))
	}
}

func TestExportEmpty(t *testing.T) {
	out := string(mdTestExport(t, &Comparison{}, MarkdownOptions{}))
	for _, want := range []string{"**0 sources, 0 claims, 0 reported by two or more, 0 discrepancies.**",
		"No sources were given.", "No claim is reported by more than one source."} {
		if !strings.Contains(out, want) {
			t.Errorf("the empty report lacks %q:\n%s", want, out)
		}
	}
	empty := mdTestDoc("empty.txt", "")
	empty.Warnings = []string{"empty.txt: empty, nothing to compare"}
	out = string(mdTestExport(t, &Comparison{Documents: []*Document{empty}}, MarkdownOptions{}))
	if !strings.Contains(out, "empty.txt: empty, nothing to compare") {
		t.Errorf("the report does not say a source was empty:\n%s", out)
	}
}

func TestExportMalformedComparison(t *testing.T) {
	// Claims that do not fit their documents must not stop the report.
	c := mdTestHandBuilt()
	c.Claims = append(c.Claims,
		Claim{ID: 100, Sources: []int{0, 1}},
		Claim{ID: 101, Sources: []int{0, 7}, Passages: []Passage{
			{Doc: 0, Para: 1, Span: Span{5, 1 << 20}}, {Doc: 7, Para: 0, Span: Span{0, 3}}}},
	)
	c.Claims[1].Discrepancies = append(c.Claims[1].Discrepancies, Discrepancy{Kind: DiscrepancyDate,
		Values: []DiscrepancyValue{{Doc: -1, Text: "x"}, {Doc: 9, Text: "y"}}})
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, c, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	checkMarkdown(t, buf.Bytes(), "https://coastline.example/news/ferry")
	if !bytes.Contains(buf.Bytes(), []byte("6 reported by two or more")) {
		t.Error("the malformed shared claims are not counted")
	}
}

func FuzzMarkdownExport(f *testing.F) {
	f.Add("Ferry | rescue", "There were 212 passengers on board.", "There were 218 passengers on board.", "212")
	for _, s := range mdHostileTexts {
		f.Add(s, s+" and more", "and more "+s, s)
	}
	f.Fuzz(func(t *testing.T, title, p1, p2, value string) {
		a := mdTestDoc("a.txt", title, title, p1, p2)
		b := mdTestDoc(title, p1, p2, p1+" "+p2, value)
		b.URL = value
		b.Byline, b.Published = value, title
		a.Paragraphs[2].Boilerplate, a.Paragraphs[2].Reason = true, value
		docs := []*Document{a, b}
		claims := mdTestClaims(docs,
			[][2]int{{0, 1}, {1, 1}},
			[][2]int{{0, 0}},
			[][2]int{{1, 0}, {1, 2}},
		)
		claims[0].Discrepancies = []Discrepancy{{Kind: DiscrepancyKind(value), Note: title,
			Values: []DiscrepancyValue{{Doc: 0, Text: value}, {Doc: 1, Text: p1}}}}
		mdTestExport(t, &Comparison{Documents: docs, Claims: claims}, MarkdownOptions{})
	})
}

func BenchmarkWriteMarkdownSample(b *testing.B) {
	c := mdTestRead(b, sample.Files())
	for b.Loop() {
		if err := WriteMarkdown(io.Discard, c, MarkdownOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteMarkdownBible writes the report of the two Bible
// translations in ../shared/bench, with paragraph i of one paired with
// paragraph i of the other as a shared claim: a report of book length,
// with a word diff for every pair. Alignment is not part of it.
func BenchmarkWriteMarkdownBible(b *testing.B) {
	var docs []*Document
	for _, name := range []string{"bible_kjv.txt", "bible_web.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "shared", "bench", name))
		if err != nil {
			b.Skip("the book-length texts in ../shared/bench are not here:", err)
		}
		d, err := ReadBytes(name, data)
		if err != nil {
			b.Fatal(err)
		}
		Segment(d)
		docs = append(docs, d)
	}
	var claims []Claim
	for i := range min(len(docs[0].Paragraphs), len(docs[1].Paragraphs)) {
		claims = append(claims, Claim{ID: i, Sources: []int{0, 1}, Passages: []Passage{
			mdTestPassage(docs, 0, i), mdTestPassage(docs, 1, i)}})
	}
	c := &Comparison{Documents: docs, Claims: claims}
	b.ResetTimer()
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteMarkdown(&buf, c, MarkdownOptions{}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(buf.Len()), "bytes")
	}
	b.ReportMetric(float64(len(claims)), "claims")
}
