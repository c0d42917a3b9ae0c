package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// piece is the text between one pair of quotation marks in a paragraph.
type piece struct {
	para int
	// open and close are where the marks are: text[open:inner.Start] is
	// the opening mark, text[inner.End:close] the closing one (empty when
	// the quotation is left open at the end of the paragraph).
	open, close int
	inner       model.Span
	leftOpen    bool // no closing mark before the paragraph ends
	continues   bool // carries on a quotation left open in the previous paragraph
}

func (p piece) markSpan() mask { return mask{start: p.open, end: p.close} }

// markClass says what a quotation mark can do.
type markClass uint8

const (
	mNone markClass = iota
	mOpen
	mClose
	mEither // a straight mark whose role depends on its neighbours
)

func doubleMark(r rune) markClass {
	switch r {
	case '“', '„', '«':
		return mOpen
	case '”', '»':
		return mClose
	case '"':
		return mEither
	}
	return mNone
}

func singleMark(r rune) markClass {
	switch r {
	case '‘':
		return mOpen
	case '’':
		return mClose
	case '\'':
		return mEither
	}
	return mNone
}

// scanParagraph finds the quotations of one paragraph. sentEnds are the
// ends of its sentences, used to close a quotation whose closing mark is
// missing when the next one opens.
func scanParagraph(text string, para int, sp model.Span, sentEnds []int) []piece {
	out := scanMarks(text, para, sp, sentEnds, doubleMark, false)
	if len(out) == 0 {
		out = scanMarks(text, para, sp, sentEnds, singleMark, true)
	}
	return out
}

func scanMarks(text string, para int, sp model.Span, sentEnds []int, class func(rune) markClass, single bool) []piece {
	var out []piece
	open, innerStart := -1, -1
	var marks markFinder
	marks.reset(text[:sp.End])
	for i := sp.Start; i < sp.End; {
		if k := marks.next(i); k < 0 {
			break
		} else {
			i = k
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		c := class(r)
		if c == mNone {
			i += n
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[sp.Start:i])
		if i == sp.Start {
			prev = ' '
		}
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if i+n >= sp.End {
			next = ' '
		}
		before := i == sp.Start || unicode.IsSpace(prev) || isOpeningPunct(prev)
		after := i+n >= sp.End || unicode.IsSpace(next) || unicode.IsPunct(next)
		if single {
			// An apostrophe inside a word is no mark; a mark must touch
			// a word on the inside.
			if isWordRune(prev) && isWordRune(next) {
				i += n
				continue
			}
			if c == mOpen || c == mEither {
				if before && isWordRune(next) && open < 0 {
					c = mOpen
				} else if c == mEither {
					c = mClose
				}
			}
			if c == mClose && !after {
				i += n
				continue
			}
		} else if c == mEither {
			switch {
			case before && !unicode.IsSpace(next):
				c = mOpen
			case !before:
				c = mClose
			case open >= 0:
				c = mClose
			default:
				c = mOpen
			}
		}
		switch {
		case c == mOpen && open < 0:
			open, innerStart = i, i+n
		case c == mOpen:
			// A second opening mark: the first quotation's closing mark
			// is missing. End it with the last sentence before the one
			// this mark is in, when there is such a sentence.
			end := lastSentenceEndBefore(sentEnds, i)
			if end > innerStart {
				out = appendPiece(out, text, piece{para: para, open: open, close: end, inner: model.Span{Start: innerStart, End: end}, leftOpen: true})
				open, innerStart = i, i+n
			}
		case c == mClose && open >= 0:
			out = appendPiece(out, text, piece{para: para, open: open, close: i + n, inner: model.Span{Start: innerStart, End: i}})
			open = -1
		}
		i += n
	}
	if open >= 0 {
		out = appendPiece(out, text, piece{para: para, open: open, close: sp.End, inner: model.Span{Start: innerStart, End: sp.End}, leftOpen: true})
	}
	return out
}

// lastSentenceEndBefore returns the end of the last sentence that ends
// at or before offset i, or -1.
func lastSentenceEndBefore(ends []int, i int) int {
	best := -1
	for _, e := range ends {
		if e <= i {
			best = e
		}
	}
	return best
}

func isOpeningPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '“', '‘', '"', '\'', '«':
		return true
	}
	return false
}

// appendPiece trims white space inside the marks and keeps pieces that
// hold at least one word.
func appendPiece(out []piece, text string, p piece) []piece {
	s, e := p.inner.Start, p.inner.End
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	hasWord := false
	for _, r := range text[s:e] {
		if isWordRune(r) {
			hasWord = true
			break
		}
	}
	if !hasWord {
		return out
	}
	p.inner = model.Span{Start: s, End: e}
	if p.leftOpen && p.close > e {
		p.close = e
	}
	return append(out, p)
}
