package model

// Span is a half-open byte range [Start, End) in a Document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether byte offset i lies in the span.
func (s Span) Contains(i int) bool { return i >= s.Start && i < s.End }

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Span
}

// Paragraph is a block of text: a line in one-paragraph-per-line files, a
// blank-line-separated block otherwise, with lines that break a sentence in
// the middle joined back together.
type Paragraph struct {
	Span
	Sentences []Sentence
	// Title marks the headline of the document.
	Title bool
	// Boilerplate marks page furniture: credits, share prompts, "Read more",
	// stray editing instructions. Flagged, never removed.
	Boilerplate bool
	// Reason says, in a few words, why the paragraph was flagged.
	Reason string
	// DuplicateOf is the index of an earlier paragraph of the same document
	// that this one repeats, or -1.
	DuplicateOf int
}

// Content reports whether the paragraph takes part in alignment: it is
// neither page furniture nor a repeat.
func (p *Paragraph) Content() bool { return !p.Boilerplate && p.DuplicateOf < 0 }

// Document is one source, read, decoded and segmented.
type Document struct {
	// Path is the source as given on the command line.
	Path string
	// URL is where the document was fetched from, if it came from the web.
	URL       string
	Title     string
	Byline    string
	Published string
	// Encoding names what the source was decoded from, e.g. "utf-8".
	Encoding string
	// Format is "text", "markdown" or "html": how the source was read.
	Format string
	// Text is what every Span indexes.
	Text string
	// RawOffsets is true when Text is exactly the bytes read, so that the
	// offsets index the raw source (plain UTF-8 text and Markdown).
	RawOffsets bool
	Paragraphs []Paragraph
	// Warnings are one-line notes for the user (an empty source, say).
	Warnings []string
}

// Slice returns the text a span covers.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }
