package align

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/report"
	"github.com/parallax-reader/parallax/model/segment"
)

// checkClaims verifies what every comparison must satisfy: claim IDs run
// 0..n-1; each claim's sources are sorted, distinct and exactly the
// documents of its passages; each passage lies inside its paragraph, which
// is content; and every content sentence lies in exactly one claim.
func checkClaims(t *testing.T, c *model.Comparison) {
	t.Helper()
	type sentKey struct{ doc, start int }
	seen := map[sentKey]int{}
	for i, cl := range c.Claims {
		if cl.ID != i {
			t.Fatalf("claim %d has ID %d", i, cl.ID)
		}
		docs := map[int]bool{}
		for _, p := range cl.Passages {
			if p.Doc < 0 || p.Doc >= len(c.Documents) {
				t.Fatalf("claim %d: passage of document %d", i, p.Doc)
			}
			d := c.Documents[p.Doc]
			if p.Para < 0 || p.Para >= len(d.Paragraphs) {
				t.Fatalf("claim %d: passage in paragraph %d of %d", i, p.Para, len(d.Paragraphs))
			}
			para := d.Paragraphs[p.Para]
			if !para.Content() || p.Start < para.Start || p.End > para.End || p.Start >= p.End {
				t.Fatalf("claim %d: passage %v outside content paragraph %v", i, p.Span, para.Span)
			}
			docs[p.Doc] = true
			for _, s := range para.Sentences {
				if s.Start >= p.Start && s.End <= p.End {
					seen[sentKey{p.Doc, s.Start}]++
				}
			}
		}
		if len(cl.Sources) != len(docs) {
			t.Fatalf("claim %d: sources %v, passages in %d documents", i, cl.Sources, len(docs))
		}
		for k, s := range cl.Sources {
			if !docs[s] || k > 0 && cl.Sources[k-1] >= s {
				t.Fatalf("claim %d: sources %v not sorted or not its passages' documents", i, cl.Sources)
			}
		}
	}
	for di, d := range c.Documents {
		for _, p := range d.Paragraphs {
			if !p.Content() {
				continue
			}
			for _, s := range p.Sentences {
				if n := seen[sentKey{di, s.Start}]; n != 1 {
					t.Fatalf("document %d sentence %q is in %d claims", di, d.Slice(s.Span), n)
				}
			}
		}
	}
}

// FuzzCompare splits the input into up to four sources at form feeds,
// segments and aligns them twice, and checks the claims' invariants and
// that the two reports are the same bytes.
func FuzzCompare(f *testing.F) {
	f.Add("The ferry hit rocks on Tuesday. All 226 were saved.\fA ferry ran aground on Monday; all 226 people were rescued.\fShare this")
	f.Add("Mr. Smith said 12,000 troops left.\n\nThousands of troops left, Smith said.\fThey left.")
	f.Add("a\fa\fa\fa")
	f.Fuzz(func(t *testing.T, input string) {
		parts := strings.SplitN(input, "\f", 4)
		report := func() []byte {
			var docs []*model.Document
			for k, p := range parts {
				docs = append(docs, &model.Document{Path: string(rune('a' + k)), Text: p, RawOffsets: true, Format: "text"})
			}
			_ = segment.All(context.Background(), docs)
			c, err := Compare(context.Background(), docs, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkClaims(t, c)
			var buf bytes.Buffer
			if err := report.WriteJSON(&buf, c); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}
		if a, b := report(), report(); !bytes.Equal(a, b) {
			t.Fatalf("the same sources gave two different reports")
		}
	})
}
