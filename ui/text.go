package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// piece is a stretch of a paragraph's text with its marks, before it is
// cut into words and wrapped.
type piece struct {
	text string
	m    mark
	at   int // where text starts in its document, or -1 (words put in, markers)
}

// run is a stretch of one word (or one space) with one set of marks, made
// safe for the terminal, with its width in cells.
type run struct {
	text string
	m    mark
	w    int
}

// word is a run of text without white space; space is the marks of the
// white space before it, when spaced; at is where it starts in its
// document, or -1.
type word struct {
	runs   []run
	w      int
	spaced bool
	space  mark
	at     int
}

// textLine is one wrapped line: its runs and width in cells, and where
// its first word from the document starts in it, or -1.
type textLine struct {
	runs []run
	w    int
	at   int
}

// textWidth is the width of s in cells (see cellWidth), quickly for plain ASCII.
func textWidth(s string) int {
	if plainASCII(s) {
		return len(s)
	}
	return cellWidth(s)
}

// plainASCII reports whether s is printable ASCII only, one cell a byte.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// marks is the union of the marks on the line.
func (l textLine) marks() mark {
	var m mark
	for _, r := range l.runs {
		m |= r.m
	}
	return m
}

// textWords cuts pieces into words at white space. Every character from a
// source goes through model.SafeText, so nothing reaches the terminal raw;
// white space of any kind becomes one plain space between words.
func textWords(pieces []piece) []word {
	size := 0
	for _, p := range pieces {
		size += len(p.text)
	}
	var (
		words   = make([]word, 0, size/5+1)
		runs    = make([]run, 0, size/5+len(pieces)+1) // every word's runs, end to end
		first   = 0                                    // where the current word's runs start
		cur     = word{at: -1}
		pending bool // white space seen since the last word
		wsMark  mark
		raw     strings.Builder
		rawMark mark
	)
	flushRun := func() {
		if raw.Len() == 0 {
			return
		}
		t := model.SafeText(raw.String())
		w := textWidth(t)
		runs = append(runs, run{t, rawMark, w})
		cur.w += w
		raw.Reset()
	}
	flushWord := func() {
		flushRun()
		if len(runs) > first {
			cur.runs = runs[first:len(runs):len(runs)]
			words = append(words, cur)
		}
		first = len(runs)
		cur = word{at: -1}
	}
	for _, p := range pieces {
		s := p.text
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError && unicode.IsSpace(r) {
				if !pending {
					flushWord()
					wsMark = p.m
				} else {
					wsMark &= p.m
				}
				pending = true
				i += n
				continue
			}
			if pending {
				cur.spaced = len(words) > 0
				cur.space = wsMark
				pending = false
			}
			if raw.Len() > 0 && rawMark != p.m {
				flushRun()
			}
			if cur.at < 0 && p.at >= 0 {
				cur.at = p.at + i
			}
			rawMark = p.m
			raw.WriteString(s[i : i+n])
			i += n
		}
	}
	flushWord()
	// A space keeps only the marks its two neighbours share, so that an
	// underline or strikethrough does not run past the words it marks.
	for i := 1; i < len(words); i++ {
		prev := words[i-1].runs[len(words[i-1].runs)-1].m
		words[i].space &= prev & words[i].runs[0].m
	}
	return words
}

// textWrap lays words into lines of at most width cells, breaking between
// words, and inside a word only when it is wider than a line (long URLs,
// text without spaces such as Chinese or Japanese).
func textWrap(words []word, width int) []textLine {
	if width < 1 {
		width = 1
	}
	var lines []textLine
	cur := textLine{at: -1}
	newline := func() {
		lines = append(lines, cur)
		cur = textLine{at: -1}
	}
	for _, w := range words {
		sep := 0
		if cur.w > 0 && w.spaced {
			sep = 1
		}
		if cur.w > 0 && cur.w+sep+w.w > width {
			newline()
			sep = 0
		}
		if sep == 1 {
			cur.runs = append(cur.runs, run{" ", w.space, 1})
			cur.w++
		}
		if cur.at < 0 {
			cur.at = w.at
		}
		if cur.w+w.w <= width {
			cur.runs = append(cur.runs, w.runs...)
			cur.w += w.w
			continue
		}
		// The word is wider than a line: cut it between grapheme clusters
		// (measured as the terminal draws them, see cellMethod).
		for _, r := range w.runs {
			rest := r.text
			for rest != "" {
				cluster, cw := firstCell(rest)
				if cur.w > 0 && cur.w+cw > width {
					newline()
				}
				textAppend(&cur, cluster, r.m, cw)
				rest = rest[len(cluster):]
			}
		}
	}
	if cur.w > 0 || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// textAppend adds text with marks m to the line, extending its last run
// when the marks are the same.
func textAppend(l *textLine, text string, m mark, w int) {
	if n := len(l.runs); n > 0 && l.runs[n-1].m == m {
		l.runs[n-1].text += text
		l.runs[n-1].w += w
	} else {
		l.runs = append(l.runs, run{text, m, w})
	}
	l.w += w
}

// render draws the line in styles st, padded with spaces to width cells
// (and cut, should the terminal's idea of a width differ from ours).
func (l textLine) render(st *Styles, width int) string {
	var b strings.Builder
	var text strings.Builder
	var m mark
	ascii := true
	flush := func() {
		if text.Len() == 0 {
			return
		}
		if m == 0 {
			b.WriteString(text.String())
		} else {
			b.WriteString(st.run(m).render(text.String()))
		}
		text.Reset()
	}
	for i, r := range l.runs {
		if i > 0 && r.m != m {
			flush()
		}
		m = r.m
		text.WriteString(r.text)
		ascii = ascii && plainASCII(r.text)
	}
	flush()
	if ascii && l.w <= width {
		// One cell a byte: the width is known without measuring.
		return b.String() + strings.Repeat(" ", width-l.w)
	}
	return fitWidth(b.String(), width)
}

// fitWidth pads s with spaces, or cuts it, to exactly width cells.
func fitWidth(s string, width int) string {
	w := cellWidth(s)
	switch {
	case w < width:
		return s + strings.Repeat(" ", width-w)
	case w > width:
		s = cellTruncate(s, width, "")
		if w = cellWidth(s); w < width {
			s += strings.Repeat(" ", width-w)
		}
	}
	return s
}
