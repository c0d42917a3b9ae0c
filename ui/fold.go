package ui

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldPoint is where a folded text and its original line up again after a
// character whose folded form has another length: f bytes into the folded
// text are o bytes into the original.
type foldPoint struct{ f, o int }

// foldedText is a text folded for search (see foldText), with what it
// takes to turn offsets in one into offsets in the other.
type foldedText struct {
	s      string
	points []foldPoint // in order of both f and o
}

// foldText folds s for searching without regard to case or accents:
// lower case, accents and other combining marks dropped ("Café" and
// "Cafe\u0301" become "cafe"), curly quotes straight and dashes hyphens.
func foldText(s string) foldedText {
	var ft foldedText
	b := make([]byte, 0, len(s))
	var buf [16]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		before := len(b)
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[i])
		} else {
			b = foldRune(b, r, buf[:0])
		}
		i += n
		if len(b)-before != n {
			ft.points = append(ft.points, foldPoint{len(b), i})
		}
	}
	ft.s = string(b)
	return ft
}

// foldRune appends the folded form of r to b.
func foldRune(b []byte, r rune, buf []byte) []byte {
	switch r {
	case '‘', '’', '‚', '‛', '′':
		return append(b, '\'')
	case '“', '”', '„', '‟', '″':
		return append(b, '"')
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return append(b, '-')
	}
	if unicode.Is(unicode.Mn, r) {
		return b
	}
	buf = utf8.AppendRune(buf, r)
	for _, d := range string(norm.NFD.Append(nil, buf...)) {
		if !unicode.Is(unicode.Mn, d) {
			b = utf8.AppendRune(b, unicode.ToLower(d))
		}
	}
	return b
}

// foldQuery folds a search text the way foldText folds the sources.
func foldQuery(q string) string { return foldText(q).s }

// toOrig turns an offset into the folded text into one into the original.
func (ft *foldedText) toOrig(f int) int {
	i := sort.Search(len(ft.points), func(i int) bool { return ft.points[i].f > f })
	base := foldPoint{}
	if i > 0 {
		base = ft.points[i-1]
	}
	o := base.o + f - base.f
	if i < len(ft.points) {
		// Inside a character whose folded form is longer: its end.
		o = min(o, ft.points[i].o)
	}
	return o
}

// toFolded turns an offset into the original into one into the folded
// text.
func (ft *foldedText) toFolded(o int) int {
	i := sort.Search(len(ft.points), func(i int) bool { return ft.points[i].o > o })
	base := foldPoint{}
	if i > 0 {
		base = ft.points[i-1]
	}
	f := base.f + o - base.o
	if i < len(ft.points) {
		f = min(f, ft.points[i].f)
	}
	return f
}

// folds returns the sources folded for search, folding them the first
// time.
func (a *App) folds() []foldedText {
	if a.folded == nil && a.ix != nil {
		a.folded = make([]foldedText, len(a.ix.cmp.Documents))
		for i, d := range a.ix.cmp.Documents {
			a.folded[i] = foldText(d.Text)
		}
	}
	return a.folded
}
