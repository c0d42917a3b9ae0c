package quote

import (
	"context"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/segment"
)

// FuzzFind: on any text, Find neither panics nor gives a span outside
// the text, parts outside their span, or a paragraph that does not hold
// the quotation's start; Statements keeps every quotation once.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Intro.\n\n“Everything is done,” he said, “to prevent it.”\n",
		"Mayor Tom Reid said:\n\n“One.\n\n“Two.”\n",
		"A.\n\n'x' \"y\" «z» „w“ ‘v’\n",
		"According to, said said, “ ” \" ' ‘\n\n”“\n",
		"Police said a man, 34, had been arrested, he said.\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &model.Document{Path: "f.txt", Format: "text", Text: text, RawOffsets: true}
		segment.Document(d)
		qs := Find(d, 0)
		for _, q := range qs {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End {
				t.Fatalf("span %v outside the text (%d bytes)", q.Span, len(text))
			}
			if q.Para < 0 || q.Para >= len(d.Paragraphs) || !d.Paragraphs[q.Para].Contains(q.Start) {
				t.Fatalf("quotation at %d is not in its paragraph %d", q.Start, q.Para)
			}
			for _, p := range q.Parts {
				if p.Start < q.Start || p.End > q.End || p.Start > p.End {
					t.Fatalf("part %v outside %v", p, q.Span)
				}
			}
		}
		sts, err := Statements(context.Background(), []*model.Document{d, d}, nil)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range sts {
			n += len(s.Quotes)
		}
		if n != 2*len(qs) {
			t.Fatalf("statements hold %d quotations; found %d in each copy", n, len(qs))
		}
	})
}
