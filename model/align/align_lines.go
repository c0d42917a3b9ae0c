package align

import (
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// Texts told in the same order are aligned unit by unit, and their unit is
// the line (a verse, a numbered paragraph): a sentence that the segmenter
// carried over a line break, because the next line went on in lower case,
// is cut there again for the order-based alignment, so that a match never
// spans two lines of one text against one of the other.

// splitLines returns the content sentences of the documents cut at
// every line break inside them, each piece trimmed of surrounding space
// and blank pieces dropped, with the range of them each document holds;
// ok is false when no sentence crosses a line break (nothing to cut).
func splitLines(docs []*model.Document) (refs []sentRef, ranges [][2]int, ok bool) {
	in, inRanges := contentSents(docs)
	refs = make([]sentRef, 0, len(in))
	ranges = make([][2]int, len(inRanges))
	for d, r := range inRanges {
		first := len(refs)
		line := 0
		for _, s := range in[r[0]:r[1]] {
			text := docs[s.Doc].Text[s.Start:s.End]
			if !strings.Contains(text, "\n") {
				refs = append(refs, sentRef{Doc: s.Doc, Para: s.Para, Span: s.Span, Line: line})
				continue
			}
			ok = true
			start := s.Start
			for _, piece := range strings.SplitAfter(text, "\n") {
				lo, hi := start, start+len(piece)
				start = hi
				for lo < hi && isSpace(docs[s.Doc].Text[lo]) {
					lo++
				}
				for hi > lo && isSpace(docs[s.Doc].Text[hi-1]) {
					hi--
				}
				if lo < hi {
					refs = append(refs, sentRef{Doc: s.Doc, Para: s.Para, Span: model.Span{Start: lo, End: hi}, Line: line})
				}
				if strings.HasSuffix(piece, "\n") {
					line++
				}
			}
		}
		ranges[d] = [2]int{first, len(refs)}
	}
	return refs, ranges, ok
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}
