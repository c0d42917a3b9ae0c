package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// Version is the version of the JSON report (see CONTRACT.md).
const Version = 1

// statement is a model.Statement as the report gives it: each source's
// rendering with its text.
type statement struct {
	ID             int         `json:"id"`
	Speaker        string      `json:"speaker"`
	Sources        []int       `json:"sources"`
	Renderings     []rendering `json:"passages"`
	WordingDiffers bool        `json:"wording_differs"`
	SpeakerDiffers bool        `json:"speaker_differs"`
	KindDiffers    bool        `json:"kind_differs"`
}

// rendering is one source's quotation or reported clause: where it is,
// its kind and speaker in that source, its text, and, for a quotation
// broken by its attribution, its parts.
type rendering struct {
	Doc       int       `json:"doc"`
	Para      int       `json:"para"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Kind      string    `json:"kind"`
	Speaker   string    `json:"speaker"`
	Text      string    `json:"text"`
	Parts     []passage `json:"parts,omitempty"`
	Continues bool      `json:"continues,omitempty"`
}

// claim is a model.Claim whose passages carry their text, so that a script
// can read what each source says without slicing bytes (jq, say, slices by
// characters, not bytes).
type claim struct {
	ID            int                 `json:"id"`
	Sources       []int               `json:"sources"`
	Passages      []passage           `json:"passages"`
	Score         float64             `json:"score"`
	Discrepancies []model.Discrepancy `json:"discrepancies"`
}

type passage struct {
	Doc   int    `json:"doc"`
	Para  int    `json:"para"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type document struct {
	Path       string      `json:"path"`
	Name       string      `json:"name,omitempty"`
	URL        string      `json:"url,omitempty"`
	Title      string      `json:"title"`
	Byline     string      `json:"byline,omitempty"`
	Published  string      `json:"published,omitempty"`
	Format     string      `json:"format,omitempty"`
	Encoding   string      `json:"encoding"`
	Text       *string     `json:"text,omitempty"`
	Warnings   []string    `json:"warnings,omitempty"`
	Paragraphs []paragraph `json:"paragraphs"`
}

type paragraph struct {
	Start       int              `json:"start"`
	End         int              `json:"end"`
	Title       bool             `json:"title,omitempty"`
	Boilerplate bool             `json:"boilerplate"`
	Reason      string           `json:"reason,omitempty"`
	DuplicateOf *int             `json:"duplicate_of"`
	Sentences   []model.Sentence `json:"sentences"`
}

// WriteJSON writes the comparison as the JSON report that CONTRACT.md
// describes, with extra fields (title flags, reasons, scores,
// discrepancies). The same comparison always gives the same bytes. Control
// characters, C1 controls and bidirectional overrides in article text are
// written as \u escapes, never raw.
//
// The report is written a paragraph and a claim at a time, as it would be
// encoded whole: a book's report is hundreds of MB, several times the size
// of the book, and is never held in memory at once.
func WriteJSON(w io.Writer, c *model.Comparison) error {
	s := &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
	s.raw(`{"version":`)
	s.value(Version)
	s.raw(`,"documents":[`)
	for i, d := range c.Documents {
		if i > 0 {
			s.raw(",")
		}
		s.document(d)
	}
	s.raw(`],"claims":[`)
	for i := range c.Claims {
		if i > 0 {
			s.raw(",")
		}
		s.value(jsonClaim(c, &c.Claims[i]))
	}
	// The quotes list is an addition to CONTRACT.md: who is quoted saying
	// what, and how each source renders it.
	s.raw(`],"quotes":[`)
	for i, st := range quotes(c) {
		if i > 0 {
			s.raw(",")
		}
		s.value(st)
	}
	s.raw("]}\n")
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}

// jsonStream writes JSON values one after another, each encoded on its own
// and cleared of invisible characters; the first error sticks.
type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

func (s *jsonStream) raw(text string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(text)
	}
}

// value writes v as encoding/json writes it inside a larger value.
func (s *jsonStream) value(v any) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	if s.err = json.NewEncoder(&s.buf).Encode(v); s.err != nil {
		return
	}
	b := bytes.TrimSuffix(s.buf.Bytes(), []byte("\n"))
	_, s.err = s.w.Write(escapeInvisible(b))
}

// document writes one document: its fields, then its paragraphs one by one.
func (s *jsonStream) document(d *model.Document) {
	jd := document{
		Path: d.Path, Name: d.Outlet, URL: d.URL, Title: d.Title, Byline: d.Byline, Published: d.Published,
		Format: d.Format, Encoding: d.Encoding, Warnings: d.Warnings,
	}
	if !d.RawOffsets {
		text := d.Text
		jd.Text = &text
	}
	// The paragraphs are the last field: the document is written without
	// them, then "[", the paragraphs, "]}".
	s.buf.Reset()
	if s.err == nil {
		s.err = json.NewEncoder(&s.buf).Encode(jd)
	}
	const tail = `"paragraphs":null}` + "\n"
	head, ok := bytes.CutSuffix(s.buf.Bytes(), []byte(tail))
	if s.err != nil || !ok {
		if s.err == nil {
			s.err = errors.New("report: a document does not end with its paragraphs")
		}
		return
	}
	if _, s.err = s.w.Write(escapeInvisible(head)); s.err != nil {
		return
	}
	s.raw(`"paragraphs":[`)
	for i := range d.Paragraphs {
		if i > 0 {
			s.raw(",")
		}
		s.value(jsonParagraph(&d.Paragraphs[i]))
	}
	s.raw("]}")
}

// jsonParagraph is a paragraph as the report writes it.
func jsonParagraph(p *model.Paragraph) paragraph {
	jp := paragraph{Start: p.Start, End: p.End, Title: p.Title, Boilerplate: p.Boilerplate,
		Reason: p.Reason, Sentences: p.Sentences}
	if jp.Sentences == nil {
		jp.Sentences = []model.Sentence{}
	}
	if p.DuplicateOf >= 0 {
		dup := p.DuplicateOf
		jp.DuplicateOf = &dup
	}
	return jp
}

// jsonClaim is a claim as the report writes it, its passages with their text.
func jsonClaim(c *model.Comparison, cl *model.Claim) claim {
	jc := claim{ID: cl.ID, Sources: cl.Sources, Passages: make([]passage, len(cl.Passages)),
		Score: cl.Score, Discrepancies: cl.Discrepancies}
	if jc.Discrepancies == nil {
		jc.Discrepancies = []model.Discrepancy{} // [] rather than null
	}
	for k, p := range cl.Passages {
		jc.Passages[k] = passage{Doc: p.Doc, Para: p.Para, Start: p.Start, End: p.End}
		if p.Doc >= 0 && p.Doc < len(c.Documents) {
			if d := c.Documents[p.Doc]; 0 <= p.Start && p.Start <= p.End && p.End <= len(d.Text) {
				jc.Passages[k].Text = d.Text[p.Start:p.End]
			}
		}
	}
	return jc
}

// escapeInvisible rewrites, inside encoded JSON, the characters that
// encoding/json leaves raw but a terminal may act on or that reorder text
// on screen: C1 controls (U+0080 to U+009F), DEL, and bidirectional
// controls. They can only occur inside strings, where \u escapes are valid.
func escapeInvisible(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		if c := b[i]; c < 0x7F || c >= 0x80 && c < 0xC0 {
			// ASCII below DEL, or a continuation byte: nothing to escape.
			if out != nil {
				out = append(out, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if needsEscape(r) {
			if out == nil {
				out = append(make([]byte, 0, len(b)+64), b[:i]...)
			}
			const hex = "0123456789abcdef"
			out = append(out, '\\', 'u', hex[r>>12&0xF], hex[r>>8&0xF], hex[r>>4&0xF], hex[r&0xF])
		} else if out != nil {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	if out == nil {
		return b
	}
	return out
}

func needsEscape(r rune) bool {
	return r == 0x7F || r >= 0x80 && r <= 0x9F || r >= 0x202A && r <= 0x202E ||
		r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}

// quotes turns the comparison's statements into the report's quotes list,
// each rendering with its text (a split quotation's text is its parts
// joined by " … ").
func quotes(c *model.Comparison) []statement {
	out := make([]statement, 0, len(c.Statements))
	slice := func(doc int, sp model.Span) (string, bool) {
		if doc < 0 || doc >= len(c.Documents) {
			return "", false
		}
		d := c.Documents[doc]
		if sp.Start < 0 || sp.Start > sp.End || sp.End > len(d.Text) {
			return "", false
		}
		return d.Text[sp.Start:sp.End], true
	}
	for _, st := range c.Statements {
		js := statement{ID: st.ID, Speaker: st.Speaker, Sources: st.Sources,
			Renderings: make([]rendering, 0, len(st.Quotes)), WordingDiffers: st.WordingDiffers,
			SpeakerDiffers: st.SpeakerDiffers, KindDiffers: st.KindDiffers}
		if js.Sources == nil {
			js.Sources = []int{}
		}
		for _, q := range st.Quotes {
			r := rendering{Doc: q.Doc, Para: q.Para, Start: q.Start, End: q.End, Kind: string(q.Kind),
				Speaker: q.Speaker, Continues: q.Continues}
			if len(q.Parts) > 0 {
				texts := make([]string, 0, len(q.Parts))
				for _, p := range q.Parts {
					t, _ := slice(q.Doc, p)
					r.Parts = append(r.Parts, passage{Doc: q.Doc, Para: q.Para, Start: p.Start, End: p.End, Text: t})
					texts = append(texts, t)
				}
				r.Text = strings.Join(texts, " … ")
			} else {
				r.Text, _ = slice(q.Doc, q.Span)
			}
			js.Renderings = append(js.Renderings, r)
		}
		out = append(out, js)
	}
	return out
}
