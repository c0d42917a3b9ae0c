package report

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	quotestage "github.com/parallax-reader/parallax/model/quote"
	"github.com/parallax-reader/parallax/sample"
)

func writeJSONOf(t *testing.T, c *model.Comparison) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestJSONQuotesLeaveTheContractAlone: with the statements found, every
// field of the report but the added "quotes" is byte for byte what it was
// without them.
func TestJSONQuotesLeaveTheContractAlone(t *testing.T) {
	c := testRead(t, sample.Files())
	c.Statements = nil
	before := writeJSONOf(t, c)
	if err := quotestage.Attach(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if len(c.Statements) == 0 {
		t.Fatal("no statements found in the sample")
	}
	after := writeJSONOf(t, c)
	var a, b map[string]json.RawMessage
	if err := json.Unmarshal(before, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(after, &b); err != nil {
		t.Fatal(err)
	}
	if string(a["quotes"]) != "[]" {
		t.Errorf("without statements, quotes is %s, want []", a["quotes"])
	}
	for k, v := range a {
		if k == "quotes" {
			continue
		}
		if !bytes.Equal(v, b[k]) {
			t.Errorf("field %q changed when the quotes were added", k)
		}
	}
	if len(b) != len(a) {
		t.Errorf("fields %d before, %d after", len(a), len(b))
	}
}

// TestJSONQuotes: each statement's renderings carry the text their offsets
// cover, a kind, and the flags.
func TestJSONQuotes(t *testing.T) {
	c, err := align.Compare(context.Background(), testRead(t, sample.Files()).Documents, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := quotestage.Attach(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Quotes []struct {
			ID       int    `json:"id"`
			Speaker  string `json:"speaker"`
			Sources  []int  `json:"sources"`
			Passages []struct {
				Doc, Para, Start, End int
				Kind                  string `json:"kind"`
				Speaker               string `json:"speaker"`
				Text                  string `json:"text"`
				Parts                 []struct {
					Start, End int
					Text       string `json:"text"`
				} `json:"parts"`
			} `json:"passages"`
			WordingDiffers *bool `json:"wording_differs"`
			SpeakerDiffers *bool `json:"speaker_differs"`
			KindDiffers    *bool `json:"kind_differs"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(writeJSONOf(t, c), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Quotes) != len(c.Statements) {
		t.Fatalf("%d quotes for %d statements", len(rep.Quotes), len(c.Statements))
	}
	shared := 0
	for i, q := range rep.Quotes {
		if q.ID != i || len(q.Passages) == 0 || len(q.Sources) == 0 {
			t.Errorf("quote %d: id %d, %d passages, %d sources", i, q.ID, len(q.Passages), len(q.Sources))
		}
		if q.WordingDiffers == nil || q.SpeakerDiffers == nil || q.KindDiffers == nil {
			t.Errorf("quote %d lacks a flag", i)
		}
		if len(q.Sources) > 1 {
			shared++
		}
		for _, p := range q.Passages {
			d := c.Documents[p.Doc]
			if p.Kind != "direct" && p.Kind != "paraphrase" {
				t.Errorf("quote %d: kind %q", i, p.Kind)
			}
			if len(p.Parts) == 0 && p.Text != d.Text[p.Start:p.End] {
				t.Errorf("quote %d: text %q, offsets cover %q", i, p.Text, d.Text[p.Start:p.End])
			}
			for _, pt := range p.Parts {
				if pt.Text != d.Text[pt.Start:pt.End] || pt.Start < p.Start || pt.End > p.End {
					t.Errorf("quote %d: part %q at %d-%d", i, pt.Text, pt.Start, pt.End)
				}
			}
		}
	}
	if shared == 0 {
		t.Error("no statement in the sample is rendered by two sources")
	}
}
