package segment

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// Segment splits d.Text into paragraphs and sentences, marks the headline,
// flags page furniture and repeated paragraphs, and stores the result in
// d.Paragraphs. It never drops text: every byte of d.Text that is not white
// space lies in some paragraph.
//
// Paragraphs are found from the layout: blank-line-separated blocks in text
// that is hard-wrapped, one paragraph a line otherwise. A sentence broken
// over several lines (or over blank lines, as pasted web text often is) is
// joined back into one paragraph.
func Document(d *model.Document) {
	lines := lines(d.Text)
	markdown := d.Format == "markdown"
	wrapped := looksWrapped(d.Text, lines)
	d.Markup = nil
	var blockStarts map[int]bool
	if markdown {
		d.Markup, blockStarts = parseMarkdown(d.Text)
	}
	spans := paragraphs(d.Text, lines, wrapped, blockStarts)
	spans = rejoinFragments(d.Text, spans)

	d.Paragraphs = slices.Grow(d.Paragraphs[:0], len(spans))
	for _, sp := range spans {
		d.Paragraphs = append(d.Paragraphs, model.Paragraph{
			Span:        sp,
			Sentences:   splitSentences(d.Text, sp),
			DuplicateOf: -1,
		})
	}
	markRepeats(d)
	markBoilerplate(d)
	markTitle(d)
	coverByteOrderMarks(d, lines)
}

// coverByteOrderMarks puts each byte-order mark that stands before a
// line's text (at the start of the source, or where files were joined)
// into the paragraph that line belongs to, and records it as markup: the
// CONTRACT wants every non-blank byte in some paragraph, at raw offsets,
// while the mark is no word to show, compare or export. It runs after the
// paragraphs are judged, so that headline and repeats are found as
// without the mark; sentences leave it out.
func coverByteOrderMarks(d *model.Document, lines []line) {
	var marks []model.Markup
	pi := 0
	for _, l := range lines {
		if l.blank() {
			continue
		}
		i := strings.Index(d.Text[l.start:l.content.Start], "\ufeff")
		if i < 0 {
			continue
		}
		b := l.start + i
		for pi < len(d.Paragraphs) && d.Paragraphs[pi].End <= l.content.Start {
			pi++
		}
		if pi == len(d.Paragraphs) {
			break
		}
		if p := &d.Paragraphs[pi]; p.Start > b {
			p.Start = b
		}
		// The mark and any white space between it and the text.
		marks = append(marks, model.Markup{Span: model.Span{Start: b, End: l.content.Start}})
	}
	if len(marks) == 0 {
		return
	}
	all := append(marks, d.Markup...)
	slices.SortStableFunc(all, func(a, b model.Markup) int { return a.Start - b.Start })
	d.Markup = all[:0]
	end := 0
	for _, m := range all {
		if m.Start >= end { // goldmark's syntax never overlaps a mark; if it did, the first wins
			d.Markup = append(d.Markup, m)
			end = m.End
		}
	}
}

// All segments the documents, several at a time on machines with
// more than one core. It returns ctx.Err() as soon as ctx is cancelled,
// without waiting for a long document to finish.
func All(ctx context.Context, docs []*model.Document) error {
	done := make(chan struct{})
	go func() {
		defer close(done)
		work := make(chan *model.Document)
		var wg sync.WaitGroup
		for range min(runtime.GOMAXPROCS(0), len(docs)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for d := range work {
					Document(d)
				}
			}()
		}
		for _, d := range docs {
			if ctx.Err() != nil {
				break
			}
			work <- d
		}
		close(work)
		wg.Wait()
	}()
	select {
	case <-done:
		return ctx.Err()
	case <-ctx.Done():
		// The documents being segmented are left to the workers, which
		// finish them in the background; the caller stops using them.
		return ctx.Err()
	}
}

// line is one line of the text: its full extent and the extent of its
// content without surrounding white space.
type line struct {
	start   int        // where the line begins, before any white space
	content model.Span // trimmed; empty (Start == End) for a blank line
}

func (l line) blank() bool { return l.content.Start == l.content.End }

// lines splits text at "\n", "\r\n" and lone "\r".
func lines(text string) []line {
	out := make([]line, 0, strings.Count(text, "\n")+1)
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		out = append(out, line{start: start, content: trim(text, model.Span{Start: start, End: i})})
		if i < len(text) && text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	return out
}

// trim narrows sp to exclude ASCII white space, and a byte-order mark
// directly before the text. Only ASCII white space counts as blank, so that a line of
// non-breaking spaces or zero-width characters is kept (and shown), not lost.
func trim(text string, sp model.Span) model.Span {
	s, e := sp.Start, sp.End
	bom := false
	for s < e {
		if asciiSpace(text[s]) {
			s++
			continue
		}
		if !bom && strings.HasPrefix(text[s:e], "\ufeff") {
			k := s + 3
			for k < e && asciiSpace(text[k]) {
				k++
			}
			if k < e { // a byte-order mark before the text; alone, it is kept
				s, bom = k, true
				continue
			}
		}
		break
	}
	for e > s && asciiSpace(text[e-1]) {
		e--
	}
	if s == e {
		return model.Span{Start: sp.Start, End: sp.Start}
	}
	return model.Span{Start: s, End: e}
}

func asciiSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

// looksWrapped reports whether the text is hard-wrapped at a fixed width
// (as e-mail, RFCs and many plain-text files are), in which case a block of
// lines between blank lines is one paragraph. Text with one paragraph a line
// has lines of every length and is not wrapped.
func looksWrapped(text string, lines []line) bool {
	var lens []int
	maxLen := 0
	for i, l := range lines {
		if l.blank() || i+1 >= len(lines) || lines[i+1].blank() {
			continue // only lines followed by another line of the same block
		}
		n := utf8.RuneCountInString(text[l.content.Start:l.content.End])
		lens = append(lens, n)
		maxLen = max(maxLen, n)
	}
	if len(lens) < 3 || maxLen > 100 {
		return false
	}
	near := 0
	for _, n := range lens {
		if n*10 >= maxLen*6 {
			near++
		}
	}
	return near*10 >= len(lens)*7
}

// paragraphs groups lines into paragraph spans.
func paragraphs(text string, lines []line, wrapped bool, blockStarts map[int]bool) []model.Span {
	markdown := blockStarts != nil
	var spans []model.Span
	cur := model.Span{Start: -1, End: -1}
	flush := func() {
		if cur.Start >= 0 {
			spans = append(spans, cur)
		}
		cur = model.Span{Start: -1, End: -1}
	}
	for i, l := range lines {
		if l.blank() {
			flush()
			continue
		}
		line := text[l.content.Start:l.content.End]
		startsBlock := blockStarts[lineStart(text, l.content.Start)]
		if cur.Start >= 0 && !startsBlock {
			prev := text[cur.Start:cur.End]
			if wrapped || continues(prev, line) {
				cur.End = l.content.End
				continue
			}
		}
		flush()
		cur = l.content
		if markdown && strings.HasPrefix(line, "#") {
			flush() // a heading is a paragraph of its own
		}
		_ = i
	}
	flush()
	return spans
}

// continues reports whether next carries on the sentence that prev
// leaves open: prev does not end a sentence and next starts in lower case
// (or with punctuation that cannot start a sentence).
func continues(prev, next string) bool {
	if terminated(prev) || strings.HasSuffix(prev, ")") || strings.HasSuffix(prev, "]") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || strings.ContainsRune(",;)]}", r)
}

// terminated reports whether s ends like a sentence or a heading that
// stands alone: with . ! ? : ; … possibly followed by closing quotes or
// brackets.
func terminated(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]*_", r) || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;…", r)
}

// rejoinFragments joins paragraphs that a page split in mid-sentence
// across blank lines: "... said that several injured" / "North Korean
// soldiers" / "had died ...". A paragraph that ends open, in a lower-case
// word, is joined with the next when that starts in lower case, also
// through up to two short unterminated fragments in between.
func rejoinFragments(text string, spans []model.Span) []model.Span {
	var out []model.Span
	for i := 0; i < len(spans); i++ {
		cur := spans[i]
		for {
			prev := text[cur.Start:cur.End]
			if terminated(prev) || !endsInLowerWord(prev) || wordCount(prev) < 4 {
				break
			}
			j := i + 1
			for j < len(spans) && j <= i+3 {
				frag := text[spans[j].Start:spans[j].End]
				r, _ := utf8.DecodeRuneInString(frag)
				if unicode.IsLower(r) {
					break
				}
				if terminated(frag) || wordCount(frag) > 6 {
					j = len(spans)
					break
				}
				j++
			}
			if j >= len(spans) || j > i+3 {
				break
			}
			r, _ := utf8.DecodeRuneInString(text[spans[j].Start:spans[j].End])
			if !unicode.IsLower(r) {
				break
			}
			cur.End = spans[j].End
			i = j
		}
		out = append(out, cur)
	}
	return out
}

func endsInLowerWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLower(r) || r == ','
}

// asciiAlnum marks the ASCII letters and digits: what unicode.IsLetter
// or unicode.IsDigit says of them, without the call.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// wordCount counts runs of letters and digits.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var w bool
		if c := s[i]; c < utf8.RuneSelf {
			w = asciiAlnum[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			w = unicode.IsLetter(r) || unicode.IsDigit(r)
			i += size
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
