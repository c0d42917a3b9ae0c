package quote

import (
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/segment"
	"github.com/parallax-reader/parallax/model/source"
)

func docOf(t *testing.T, text string) *model.Document {
	t.Helper()
	d, err := source.FromBytes("story.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	segment.Document(d)
	return d
}

type wantQuote struct {
	text      string // the span's text
	kind      model.QuoteKind
	speaker   string
	parts     int
	continues bool
}

func TestFind(t *testing.T) {
	const D, P = model.QuoteDirect, model.QuoteParaphrase
	for _, c := range []struct {
		name string
		text string
		want []wantQuote
	}{
		{"straight marks, speaker after", "The storm passed.\n\n\"We will rebuild,\" Tom Reid said.\n",
			[]wantQuote{{text: "We will rebuild,", kind: D, speaker: "Tom Reid"}}},
		{"curly marks, verb before the speaker", "The storm passed.\n\n“We will rebuild,” said Tom Reid, who runs the yard.\n",
			[]wantQuote{{text: "We will rebuild,", kind: D, speaker: "Tom Reid"}}},
		{"split by its attribution, pronoun", "President Anna Berg spoke on Friday.\n\n“Everything is done,” she said, “to prevent it.”\n",
			[]wantQuote{{text: "Everything is done,” she said, “to prevent it.", kind: D, speaker: "Anna Berg", parts: 2}}},
		{"nested quotation stays inside", "The storm passed.\n\n“He told me ‘never again’ and left,” said Jo Park.\n",
			[]wantQuote{{text: "He told me ‘never again’ and left,", kind: D, speaker: "Jo Park"}}},
		{"over several paragraphs", "Mayor Tom Reid said:\n\n“The first part.\n\n“The second part.\n\n“The third part.”\n\nThe end came later.\n",
			[]wantQuote{
				{text: "The first part.", kind: D, speaker: "Tom Reid"},
				{text: "The second part.", kind: D, speaker: "Tom Reid", continues: true},
				{text: "The third part.", kind: D, speaker: "Tom Reid", continues: true}}},
		{"a title for the person", "President Anna Berg arrived late.\n\n“We are ready,” the president said.\n",
			[]wantQuote{{text: "We are ready,", kind: D, speaker: "Anna Berg"}}},
		{"told, wrote on", "The storm passed.\n\n“We are ready,” Tom Reid told reporters. “It will hold,” Jo Park wrote on social media.\n",
			[]wantQuote{{text: "We are ready,", kind: D, speaker: "Tom Reid"}, {text: "It will hold,", kind: D, speaker: "Jo Park"}}},
		{"colon introduction", "The storm passed.\n\nTom Reid: “We are ready.”\n",
			[]wantQuote{{text: "We are ready.", kind: D, speaker: "Tom Reid"}}},
		{"an ambiguous pronoun is unattributed", "Mayor Anna Berg met Councillor Tom Reid on Friday.\n\n“It went well,” he said.\n",
			[]wantQuote{{text: "It went well,", kind: D, speaker: ""}}},
		{"no attribution at all", "The storm passed.\n\n“Nobody knows.”\n",
			[]wantQuote{{text: "Nobody knows.", kind: D, speaker: ""}}},
		{"reported speech with that", "The storm passed.\n\nTom Reid said that the bridge would reopen in May.\n",
			[]wantQuote{{text: "the bridge would reopen in May", kind: P, speaker: "Tom Reid"}}},
		{"reported speech without that", "The storm passed.\n\nTom Reid said the bridge would reopen in May.\n",
			[]wantQuote{{text: "the bridge would reopen in May", kind: P, speaker: "Tom Reid"}}},
		{"attribution at the end", "The storm passed.\n\nThe bridge will reopen in May, the council said on Friday.\n",
			[]wantQuote{{text: "The bridge will reopen in May", kind: P, speaker: "the council"}}},
		{"according to", "The storm passed.\n\nAccording to the council, the bridge will reopen in May.\n",
			[]wantQuote{{text: "the bridge will reopen in May", kind: P, speaker: "the council"}}},
		{"a verb with only an object reports nothing", "The storm passed.\n\nTom Reid confirmed a strike on the depot.\n", nil},
		{"an apostrophe is no quotation", "The storm passed.\n\nThe soldiers' rations and the mayor's car were lost.\n", nil},
		{"a noun phrase read back stops at a verb", "The storm passed.\n\nThe footage reportedly showed harbour workers calling the ship “a wreck”.\n",
			[]wantQuote{{text: "a wreck", kind: D, speaker: "harbour workers"}}},
		{"of inside a name", "The storm passed.\n\nThe Board of Trade said: “Sailings resume on Friday.”\n",
			[]wantQuote{{text: "Sailings resume on Friday.", kind: D, speaker: "the Board of Trade"}}},
		{"attribution in the sentence after a question", "The storm passed.\n\n“Why now?” Tom Reid asked. “Nobody knows!” he said.\n",
			[]wantQuote{{text: "Why now?", kind: D, speaker: "Tom Reid"}, {text: "Nobody knows!", kind: D, speaker: "Tom Reid"}}},
		{"an age between speaker and verb", "The storm passed.\n\n“We will rebuild,” Reid, 54, told the BBC.\n",
			[]wantQuote{{text: "We will rebuild,", kind: D, speaker: "Reid"}}},
		{"said in a statement that", "The storm passed.\n\nTom Reid said in a statement that the bridge would reopen in May.\n",
			[]wantQuote{{text: "the bridge would reopen in May", kind: P, speaker: "Tom Reid"}}},
		{"a role for a body", "The storm passed.\n\nA spokesperson for the council said: “We are reviewing it.”\n",
			[]wantQuote{{text: "We are reviewing it.", kind: D, speaker: "a spokesperson for the council"}}},
		{"a clause with an apposition", "The storm passed.\n\nPolice said a man, 34, had been arrested.\n",
			[]wantQuote{{text: "a man, 34, had been arrested", kind: P, speaker: "Police"}}},
		{"a title before the name", "The storm passed.\n\n“We are not going anywhere,” said Prime Minister Jane Doe.\n",
			[]wantQuote{{text: "We are not going anywhere,", kind: D, speaker: "Jane Doe"}}},
		{"an age marks a person", "Jane Doe, 45, runs the ferry café.\n\n“We're devastated,” she told reporters.\n",
			[]wantQuote{{text: "We're devastated,", kind: D, speaker: "Jane Doe"}}},
		{"British single marks", "The storm passed.\n\n'We will rebuild,' said Tom Reid.\n",
			[]wantQuote{{text: "We will rebuild,", kind: D, speaker: "Tom Reid"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := docOf(t, c.text)
			got := Find(d, 0)
			if len(got) != len(c.want) {
				for _, q := range got {
					t.Logf("got %s %q by %q", q.Kind, d.Slice(q.Span), q.Speaker)
				}
				t.Fatalf("found %d quotations, want %d", len(got), len(c.want))
			}
			for i, w := range c.want {
				q := got[i]
				if s := d.Slice(q.Span); s != w.text || q.Kind != w.kind || q.Speaker != w.speaker || len(q.Parts) != w.parts || q.Continues != w.continues {
					t.Errorf("quotation %d: %s %q by %q, %d parts, continues %v; want %s %q by %q, %d parts, continues %v",
						i, q.Kind, s, q.Speaker, len(q.Parts), q.Continues, w.kind, w.text, w.speaker, w.parts, w.continues)
				}
				for _, p := range q.Parts {
					if p.Start < q.Start || p.End > q.End {
						t.Errorf("part %v outside span %v", p, q.Span)
					}
				}
			}
		})
	}
}

// TestFindSpansInParagraph: every span lies in its paragraph (or, for a
// quotation left open, in the text) and the offsets are on rune
// boundaries; nothing panics on odd marks.
func TestFindOddMarks(t *testing.T) {
	for _, text := range []string{
		"“", "”", "\"", "'", "“”", "“ ”", "He said: “", "”He said“", "\"a\"b\"c\"", "‘’‘", "«»", "„x“",
		"“one\n\n“two\n\n”", "said said said said", "according to", "according to,", ", said", ": said",
	} {
		d := docOf(t, "Intro line.\n\n"+text+"\n")
		for _, q := range Find(d, 0) {
			if q.Start < 0 || q.End > len(d.Text) || q.Start > q.End {
				t.Errorf("%q: span %v out of range", text, q.Span)
			}
		}
	}
}
