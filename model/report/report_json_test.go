package report

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model/internal/shared"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	"github.com/parallax-reader/parallax/model/segment"
)

// reportFor segments the texts as documents and writes their JSON report.
func reportFor(t *testing.T, docs ...*model.Document) []byte {
	t.Helper()
	for _, d := range docs {
		segment.Document(d)
	}
	c, err := align.Compare(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteJSONContract(t *testing.T) {
	raw := "\ufeffFerry aground in fog\r\nThe ferry hit rocks at 5.40am on Tuesday. All 226 people were rescued.\r\nShare this\r\nThe ferry hit rocks at 5.40am on Tuesday. All 226 people were rescued.\r\n"
	decoded := &model.Document{Path: "b.html", Format: "html", Encoding: "utf-8", Title: "Rescue at sea",
		Text: "Rescue at sea\n\nAll 226 people on the ferry were rescued after it hit rocks on Tuesday."}
	a := &model.Document{Path: "a.txt", Format: "text", Encoding: "utf-8", Text: raw, RawOffsets: true}
	out := reportFor(t, a, decoded)

	var rep struct {
		Version   int `json:"version"`
		Documents []struct {
			Path       string  `json:"path"`
			Title      string  `json:"title"`
			Encoding   string  `json:"encoding"`
			Text       *string `json:"text"`
			Paragraphs []struct {
				Start, End  int
				Boilerplate bool `json:"boilerplate"`
				DuplicateOf *int `json:"duplicate_of"`
				Sentences   []struct{ Start, End int }
			} `json:"paragraphs"`
		} `json:"documents"`
		Claims []struct {
			ID       int   `json:"id"`
			Sources  []int `json:"sources"`
			Passages []struct{ Doc, Start, End int }
		} `json:"claims"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if rep.Version != 1 || len(rep.Documents) != 2 {
		t.Fatalf("version %d, %d documents", rep.Version, len(rep.Documents))
	}
	if rep.Documents[0].Text != nil {
		t.Errorf("raw UTF-8 text must not carry a text field")
	}
	if rep.Documents[1].Text == nil || *rep.Documents[1].Text != decoded.Text {
		t.Errorf("decoded source must carry its text")
	}
	// Offsets round-trip: they index the raw bytes, or the text field.
	texts := []string{raw, decoded.Text}
	for di, d := range rep.Documents {
		for _, p := range d.Paragraphs {
			got := texts[di][p.Start:p.End]
			if got != strings.TrimSpace(got) && !strings.HasPrefix(got, "\ufeff") {
				t.Errorf("doc %d paragraph %q has untrimmed ends", di, got)
			}
			for _, s := range p.Sentences {
				if s.Start < p.Start || s.End > p.End {
					t.Errorf("doc %d sentence %v outside paragraph %v", di, s, p)
				}
			}
		}
	}
	ps := rep.Documents[0].Paragraphs
	// The byte-order mark is covered (every non-blank byte lies in a
	// paragraph) but is no part of the headline's sentence.
	if len(ps) != 4 || ps[0].Start != 0 || texts[0][ps[0].Start:ps[0].End] != "\ufeffFerry aground in fog" ||
		len(ps[0].Sentences) != 1 || texts[0][ps[0].Sentences[0].Start:ps[0].Sentences[0].End] != "Ferry aground in fog" {
		t.Fatalf("paragraphs of a.txt: %+v", ps)
	}
	if !ps[2].Boilerplate || ps[3].DuplicateOf == nil || *ps[3].DuplicateOf != 1 || ps[1].DuplicateOf != nil {
		t.Errorf("flags: share prompt boilerplate=%v, repeat duplicate_of=%v", ps[2].Boilerplate, ps[3].DuplicateOf)
	}
	for i, c := range rep.Claims {
		if c.ID != i || len(c.Sources) == 0 || len(c.Passages) == 0 {
			t.Errorf("claim %d: %+v", i, c)
		}
	}
	if again := reportFor(t, &model.Document{Path: "a.txt", Format: "text", Encoding: "utf-8", Text: raw, RawOffsets: true},
		&model.Document{Path: "b.html", Format: "html", Encoding: "utf-8", Title: "Rescue at sea", Text: decoded.Text}); !bytes.Equal(out, again) {
		t.Errorf("the same sources gave different reports")
	}
}

func TestWriteJSONEscapesInvisibles(t *testing.T) {
	text := "Headline with \x1b]52;c;aGk=\x07 and \u202eevil\u202c and \u0085 next line and \x7f.\nThe body of the story is here, long enough to count."
	out := reportFor(t, &model.Document{Path: "x.txt", Format: "text", Encoding: "utf-8", Text: text, RawOffsets: false})
	for _, bad := range []string{"\x1b", "\x07", "\u202e", "\u202c", "\u0085", "\x7f"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("report contains raw %q", bad)
		}
	}
	var v map[string]any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatal(err)
	}
	docs := v["documents"].([]any)
	if got := docs[0].(map[string]any)["text"].(string); got != text {
		t.Errorf("escaped text does not decode to the original:\n got %q\nwant %q", got, text)
	}
}

// BenchmarkWriteJSON measures writing the report of a whole book, once
// segmented (with the placeholder-free claims the aligner gives).
func BenchmarkWriteJSON(b *testing.B) {
	data := shared.Book(b, "bible_web.txt")
	d := &model.Document{Path: "bible_web.txt", Text: string(data), RawOffsets: true, Format: "text"}
	segment.Document(d)
	c := &model.Comparison{Documents: []*model.Document{d}}
	for pi, p := range d.Paragraphs {
		for _, s := range p.Sentences {
			c.Claims = append(c.Claims, model.Claim{ID: len(c.Claims), Sources: []int{0}, Passages: []model.Passage{{Doc: 0, Para: pi, Span: s.Span}}})
		}
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteJSON(&bytes.Buffer{}, c); err != nil {
			b.Fatal(err)
		}
	}
}

// Each passage in the report carries its own text, byte for byte the
// span it names, so scripts need not slice bytes.
func TestJSONPassagesCarryTheirText(t *testing.T) {
	d := &model.Document{Path: "a.txt", Text: "“Quoted,” she said. Then more.", RawOffsets: true}
	first := model.Span{Start: 0, End: len("“Quoted,” she said.")}
	c := &model.Comparison{Documents: []*model.Document{d}, Claims: []model.Claim{{
		Sources:  []int{0},
		Passages: []model.Passage{{Doc: 0, Span: first}},
	}}}
	var b bytes.Buffer
	if err := WriteJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Claims []struct {
			Passages []struct {
				Start, End int
				Text       string
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	p := got.Claims[0].Passages[0]
	if p.Text != "“Quoted,” she said." || p.Text != d.Text[p.Start:p.End] {
		t.Errorf("passage text %q, want %q", p.Text, d.Text[first.Start:first.End])
	}
}
