package report

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/model/internal/shared"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	quotestage "github.com/parallax-reader/parallax/model/quote"
	"github.com/parallax-reader/parallax/model/segment"
	"github.com/parallax-reader/parallax/model/source"
	"github.com/parallax-reader/parallax/sample"
)

// testDoc builds a document by hand: the paragraphs joined by blank
// lines, each one sentence, none flagged.
func testDoc(path, title string, paras ...string) *model.Document {
	d := &model.Document{Path: path, Title: title, Encoding: "utf-8", Format: "text", RawOffsets: true}
	for i, p := range paras {
		if i > 0 {
			d.Text += "\n\n"
		}
		sp := model.Span{Start: len(d.Text), End: len(d.Text) + len(p)}
		d.Text += p
		d.Paragraphs = append(d.Paragraphs, model.Paragraph{Span: sp, Sentences: []model.Sentence{{Span: sp}}, DuplicateOf: -1})
	}
	return d
}

// testPassage is the whole of paragraph para of document doc.
func testPassage(docs []*model.Document, doc, para int) model.Passage {
	return model.Passage{Doc: doc, Para: para, Span: docs[doc].Paragraphs[para].Span}
}

// testValue is what document doc says in a discrepancy: the first
// occurrence of text in its paragraph para.
func testValue(docs []*model.Document, doc, para int, text string) model.DiscrepancyValue {
	p := docs[doc].Paragraphs[para]
	i := strings.Index(docs[doc].Slice(p.Span), text)
	return model.DiscrepancyValue{Doc: doc, Text: text, Span: model.Span{Start: p.Start + i, End: p.Start + i + len(text)}}
}

// testClaims builds claims by hand from lists of (doc, para) pairs.
func testClaims(docs []*model.Document, groups ...[][2]int) []model.Claim {
	var claims []model.Claim
	for _, g := range groups {
		cl := model.Claim{ID: len(claims)}
		for _, dp := range g {
			cl.Passages = append(cl.Passages, testPassage(docs, dp[0], dp[1]))
			if len(cl.Sources) == 0 || cl.Sources[len(cl.Sources)-1] != dp[0] {
				cl.Sources = append(cl.Sources, dp[0])
			}
		}
		claims = append(claims, cl)
	}
	return claims
}

// testHandBuilt is a comparison built entirely by hand, so that its
// export does not depend on segmentation or alignment.
func testHandBuilt() *model.Comparison {
	a := testDoc("gazette.txt", "Ferry runs aground off Port Ardley",
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
	b := testDoc("coastline.html", "Saltmarsh Belle: all 226 rescued",
		"Saltmarsh Belle: all 226 rescued",
		"The ferry had 226 people aboard, 218 of them passengers.",
		`"The sea was kinder than it had any right to be," said Maren Tollefson.`,
		"The ship was built in 1998.")
	b.URL = "https://coastline.example/news/ferry"
	b.Byline = "Owen Marsh"
	b.Published = "2025-10-14T21:10:00+01:00"
	b.Format = "html"
	b.Paragraphs[0].Title = true
	c := testDoc("wire.txt", "",
		"The ferry ran aground on Tuesday with 212 passengers and 14 crew on board.",
		"Shares fell 3.2 percent.",
		"Nine people were taken to hospital.",
		"The ferry ran aground on Tuesday with 212 passengers and 14 crew on board.")
	c.Paragraphs[3].DuplicateOf = 0
	docs := []*model.Document{a, b, c}
	claims := testClaims(docs,
		[][2]int{{0, 0}, {1, 0}},
		[][2]int{{0, 1}, {1, 1}, {2, 0}},
		[][2]int{{0, 2}, {1, 2}},
		[][2]int{{0, 3}},
		[][2]int{{0, 4}, {2, 2}},
		[][2]int{{1, 3}},
		[][2]int{{2, 1}},
	)
	claims[1].Discrepancies = []model.Discrepancy{{Kind: model.DiscrepancyNumber, Values: []model.DiscrepancyValue{
		testValue(docs, 0, 1, "212"), testValue(docs, 1, 1, "218"), testValue(docs, 2, 0, "212")}}}
	claims[2].Discrepancies = []model.Discrepancy{{Kind: model.DiscrepancyName, Variant: true, Values: []model.DiscrepancyValue{
		testValue(docs, 0, 2, "Tollefsen"), testValue(docs, 1, 2, "Tollefson")}}}
	return &model.Comparison{Documents: docs, Claims: claims}
}

// testHostileBuilt is a comparison built by hand whose every field holds
// text that tries to break the report.
func testHostileBuilt() *model.Comparison {
	a := testDoc("evil|name`.txt", "Title | <script>alert(1)</script> [x](javascript:y)",
		hostileTexts[0:10]...)
	a.Byline = "<b>bold</b> | *byline*"
	a.Published = "\x1b[2J2025"
	a.URL = "javascript:alert(1)"
	b := testDoc("https://evil.example/a|b", "# Not a heading\n| --- |", hostileTexts[10:20]...)
	b.URL = "https://evil.example/a|b"
	c := testDoc("c.txt", "", hostileTexts[20:]...)
	c.URL = "https://ok.example/story?id=1&x=2"
	c.Paragraphs[1].Boilerplate, c.Paragraphs[1].Reason = true, "<script>reason</script> | x"
	c.Paragraphs[2].DuplicateOf = 0
	docs := []*model.Document{a, b, c}
	claims := testClaims(docs,
		[][2]int{{0, 0}, {1, 0}, {2, 0}},
		[][2]int{{0, 1}, {2, 3}},
		[][2]int{{0, 2}},
		[][2]int{{1, 4}, {1, 5}},
	)
	claims[0].Discrepancies = []model.Discrepancy{{Kind: "<weird|kind>", Note: "[note](javascript:z) | `x`",
		Values: []model.DiscrepancyValue{{Doc: 0, Text: "a | b"}}}}
	claims[1].Discrepancies = []model.Discrepancy{{Kind: model.DiscrepancyNumber, Note: "ignored",
		Values: []model.DiscrepancyValue{{Doc: 0, Text: "<script>"}, {Doc: 2, Text: "~~x~~ | y"}}}}
	return &model.Comparison{Documents: docs, Claims: claims}
}

// testRead reads, segments and compares files as parallax does.
func testRead(t testing.TB, files []sample.File) *model.Comparison {
	t.Helper()
	var docs []*model.Document
	for _, f := range files {
		d, err := source.FromBytes(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		segment.Document(d)
		docs = append(docs, d)
	}
	c, err := align.Compare(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := quotestage.Attach(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return c
}

// testHostileFiles are the hostile articles in testdata.
func testHostileFiles(t testing.TB) []sample.File {
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

// testExport writes the comparison's report and checks it: well formed,
// safe, naming every source and quoting every claim.
func testExport(t *testing.T, c *model.Comparison, opts MarkdownOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, c, opts); err != nil {
		t.Fatal(err)
	}
	var links []string
	for _, d := range c.Documents {
		for _, u := range []string{d.URL, d.Path} {
			if strings.HasPrefix(urlText(u), "<") {
				links = append(links, u)
			}
		}
	}
	visible := testVisibleText(checkMarkdown(t, buf.Bytes(), links...))
	visible = strings.Join(strings.Fields(visible), " ")
	for i, d := range c.Documents {
		if name := plain(d.Title); name != "" && !strings.Contains(visible, name) {
			t.Errorf("the report does not show source %d's title %q", i, name)
		}
		if where := plain(d.Path); !strings.Contains(visible, where) {
			t.Errorf("the report does not show source %d's path %q", i, where)
		}
	}
	r := markdown{c: c}
	for _, cl := range c.Claims {
		for _, p := range cl.Passages {
			if q := plain(r.passageText(p)); !strings.Contains(visible, q) {
				t.Errorf("the report does not quote %q", q)
			}
		}
	}
	return buf.Bytes()
}

func TestExportHandBuiltGolden(t *testing.T) {
	out := testExport(t, testHandBuilt(), MarkdownOptions{})
	checkGolden(t, "export/handbuilt.md", out)
}

func TestExportHostileBuiltGolden(t *testing.T) {
	out := testExport(t, testHostileBuilt(), MarkdownOptions{})
	checkGolden(t, "export/hostile-built.md", out)
}

func TestExportSampleGolden(t *testing.T) {
	out := testExport(t, testRead(t, sample.Files()), MarkdownOptions{})
	checkGolden(t, "export/sample.md", out)
}

func TestExportHostileArticlesGolden(t *testing.T) {
	out := testExport(t, testRead(t, testHostileFiles(t)), MarkdownOptions{})
	checkGolden(t, "export/hostile.md", out)
}

func TestExportHandBuiltContent(t *testing.T) {
	out := string(testExport(t, testHandBuilt(), MarkdownOptions{}))
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
	out := string(testExport(t, testHandBuilt(), MarkdownOptions{Timestamp: testTime()}))
	if !strings.Contains(out, "Made by parallax on 14 October 2025 at 21:10 UTC.") {
		t.Errorf("the report does not carry its time stamp:\n%s", out[:300])
	}
}

// testTime is a fixed time for time-stamped reports.
func testTime() time.Time { return time.Date(2025, 10, 14, 21, 10, 0, 0, time.UTC) }

func TestExportDeterministic(t *testing.T) {
	first := testExport(t, testRead(t, sample.Files()), MarkdownOptions{})
	again := testExport(t, testRead(t, sample.Files()), MarkdownOptions{})
	if !bytes.Equal(first, again) {
		t.Errorf("two exports of the same sources differ:\n%s", goldenFirstDiff(first, again))
	}
}

func TestExportEmpty(t *testing.T) {
	out := string(testExport(t, &model.Comparison{}, MarkdownOptions{}))
	for _, want := range []string{"**0 sources, 0 claims, 0 reported by two or more, 0 discrepancies.**",
		"No sources were given.", "No claim is reported by more than one source."} {
		if !strings.Contains(out, want) {
			t.Errorf("the empty report lacks %q:\n%s", want, out)
		}
	}
	empty := testDoc("empty.txt", "")
	empty.Warnings = []string{"empty.txt: empty, nothing to compare"}
	out = string(testExport(t, &model.Comparison{Documents: []*model.Document{empty}}, MarkdownOptions{}))
	if !strings.Contains(out, "empty.txt: empty, nothing to compare") {
		t.Errorf("the report does not say a source was empty:\n%s", out)
	}
}

func TestExportMalformedComparison(t *testing.T) {
	// Claims that do not fit their documents must not stop the report.
	c := testHandBuilt()
	c.Claims = append(c.Claims,
		model.Claim{ID: 100, Sources: []int{0, 1}},
		model.Claim{ID: 101, Sources: []int{0, 7}, Passages: []model.Passage{
			{Doc: 0, Para: 1, Span: model.Span{Start: 5, End: 1 << 20}}, {Doc: 7, Para: 0, Span: model.Span{Start: 0, End: 3}}}},
	)
	c.Claims[1].Discrepancies = append(c.Claims[1].Discrepancies, model.Discrepancy{Kind: model.DiscrepancyDate,
		Values: []model.DiscrepancyValue{{Doc: -1, Text: "x"}, {Doc: 9, Text: "y"}}})
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
	for _, s := range hostileTexts {
		f.Add(s, s+" and more", "and more "+s, s)
	}
	f.Fuzz(func(t *testing.T, title, p1, p2, value string) {
		a := testDoc("a.txt", title, title, p1, p2)
		b := testDoc(title, p1, p2, p1+" "+p2, value)
		b.URL = value
		b.Byline, b.Published = value, title
		a.Paragraphs[2].Boilerplate, a.Paragraphs[2].Reason = true, value
		docs := []*model.Document{a, b}
		claims := testClaims(docs,
			[][2]int{{0, 1}, {1, 1}},
			[][2]int{{0, 0}},
			[][2]int{{1, 0}, {1, 2}},
		)
		claims[0].Discrepancies = []model.Discrepancy{{Kind: model.DiscrepancyKind(value), Note: title,
			Values: []model.DiscrepancyValue{{Doc: 0, Text: value}, {Doc: 1, Text: p1}}}}
		testExport(t, &model.Comparison{Documents: docs, Claims: claims}, MarkdownOptions{})
	})
}

func BenchmarkWriteMarkdownSample(b *testing.B) {
	c := testRead(b, sample.Files())
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
	var docs []*model.Document
	for _, name := range []string{"bible_kjv.txt", "bible_web.txt"} {
		data := shared.Book(b, name)
		d, err := source.FromBytes(name, data)
		if err != nil {
			b.Fatal(err)
		}
		segment.Document(d)
		docs = append(docs, d)
	}
	var claims []model.Claim
	for i := range min(len(docs[0].Paragraphs), len(docs[1].Paragraphs)) {
		claims = append(claims, model.Claim{ID: i, Sources: []int{0, 1}, Passages: []model.Passage{
			testPassage(docs, 0, i), testPassage(docs, 1, i)}})
	}
	c := &model.Comparison{Documents: docs, Claims: claims}
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
