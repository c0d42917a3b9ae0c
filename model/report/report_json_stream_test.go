package report

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	"github.com/parallax-reader/parallax/model/segment"
)

// The report written a paragraph and a claim at a time is byte for byte
// the report encoded as one value, invisible characters escaped alike.
func TestWriteJSONStreamsTheWholeReport(t *testing.T) {
	a := &model.Document{Path: "a\u202e.txt", Format: "text", Encoding: "utf-8", RawOffsets: true,
		Text:     "\ufeffFerry aground <in> fog\n\nThe ferry hit rocks & sank. Share this\n\nThe ferry hit rocks & sank.\n",
		Warnings: []string{"a \u0085 warning"}}
	b := &model.Document{Path: "b.html", Format: "html", Encoding: "windows-1252", Title: "Rescue",
		Text: "Rescue \x1b[2J at sea\n\nAll 226 people were rescued."}
	empty := &model.Document{Path: "c.txt", Format: "text", Encoding: "utf-8", RawOffsets: true}
	docs := []*model.Document{a, b, empty}
	for _, d := range docs {
		segment.Document(d)
	}
	c, err := align.Compare(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := WriteJSON(&got, c); err != nil {
		t.Fatal(err)
	}
	out := got.Bytes()

	type wholeDoc struct {
		document
		Paragraphs []paragraph `json:"paragraphs"`
	}
	whole := struct {
		Version   int         `json:"version"`
		Documents []wholeDoc  `json:"documents"`
		Claims    []claim     `json:"claims"`
		Quotes    []statement `json:"quotes"`
	}{Version: Version, Documents: []wholeDoc{}, Claims: []claim{}, Quotes: quotes(c)}
	for _, d := range c.Documents {
		jd := wholeDoc{document: document{Path: d.Path, Name: d.Outlet, URL: d.URL, Title: d.Title, Byline: d.Byline,
			Published: d.Published, Format: d.Format, Encoding: d.Encoding, Warnings: d.Warnings}, Paragraphs: []paragraph{}}
		if !d.RawOffsets {
			text := d.Text
			jd.Text = &text
		}
		for i := range d.Paragraphs {
			jd.Paragraphs = append(jd.Paragraphs, jsonParagraph(&d.Paragraphs[i]))
		}
		whole.Documents = append(whole.Documents, jd)
	}
	for i := range c.Claims {
		whole.Claims = append(whole.Claims, jsonClaim(c, &c.Claims[i]))
	}
	var want bytes.Buffer
	if err := json.NewEncoder(&want).Encode(whole); err != nil {
		t.Fatal(err)
	}
	if w := escapeInvisible(want.Bytes()); !bytes.Equal(out, w) {
		t.Errorf("streamed report differs from the whole one\n got %s\nwant %s", out, w)
	}
	if len(c.Claims) == 0 || len(c.Documents[0].Paragraphs) < 3 {
		t.Fatalf("too little to compare: %d claims", len(c.Claims))
	}
}
