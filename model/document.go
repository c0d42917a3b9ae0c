package model

import (
	"sort"
	"strings"
)

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
	// Outlet is the name a journalist knows the source by: the one given
	// with --name, else a web page's site name or its address's host; ""
	// for a file (Label then shortens the file's name).
	Outlet string
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
	// Markup is, for a Markdown source, the Markdown syntax in Text, and
	// for any source the byte-order marks before a line's text (with the
	// blanks between mark and text), in order and not overlapping: what a
	// reader sees without it is the text. It is found once, by package
	// segment.
	Markup []Markup
}

// Markup is a stretch of a Markdown source that is syntax rather than
// words: a heading's or a quote's marker, emphasis delimiters, a link's
// brackets, or (Address) a link's address in its parentheses.
type Markup struct {
	Span
	// Address marks a link's "(address)": the reader shows it, since it
	// is information, and the Markdown report leaves it out.
	Address bool
}

// Plain returns the text span s covers without its Markdown syntax,
// keeping link addresses when addresses is true. For other sources it is
// Slice(s).
func (d *Document) Plain(s Span, addresses bool) string {
	var b strings.Builder
	prev := s.Start
	for _, m := range d.MarkupIn(s) {
		if m.Address && addresses {
			continue
		}
		b.WriteString(d.Text[prev:max(prev, m.Start)])
		prev = max(prev, m.End)
	}
	if prev < s.End {
		b.WriteString(d.Text[prev:s.End])
	}
	return b.String()
}

// MarkupIn returns the markup that lies within span s, cut to it.
func (d *Document) MarkupIn(s Span) []Markup {
	i := sort.Search(len(d.Markup), func(i int) bool { return d.Markup[i].End > s.Start })
	var out []Markup
	for ; i < len(d.Markup) && d.Markup[i].Start < s.End; i++ {
		m := d.Markup[i]
		m.Start, m.End = max(m.Start, s.Start), min(m.End, s.End)
		out = append(out, m)
	}
	return out
}

// Slice returns the text a span covers.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// Label is a short name for the document, for a pane header or a list: its
// Outlet; else, for standard input, "standard input"; else the last part of
// its path, shortened in the middle to at most 24 characters
// ("97566c…_1.txt"), so that files whose names share a long prefix stay
// apart. It is not yet safe for a terminal (see SafeText).
func (d *Document) Label() string {
	switch {
	case d.Outlet != "":
		return d.Outlet
	case d.Path == "-":
		return "standard input"
	}
	p := strings.TrimRight(d.Path, "/")
	if i := strings.LastIndexAny(p, "/\\"); i >= 0 {
		p = p[i+1:]
	}
	return ShortenMiddle(p, 24)
}

// ShortenMiddle cuts s to at most max characters by putting "…" in its
// middle, keeping more of the end (where a file's distinguishing suffix
// and extension are).
func ShortenMiddle(s string, max int) string {
	r := []rune(s)
	if len(r) <= max || max < 3 {
		return s
	}
	keep := max - 1
	head := keep / 2
	tail := keep - head
	return string(r[:head]) + "…" + string(r[len(r)-tail:])
}
