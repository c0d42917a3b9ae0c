package worddiff

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Kind says whether a piece of a word diff is common to both texts,
// only in the first (deleted) or only in the second (inserted).
type Kind int

// Kinds of diff operation.
const (
	Equal Kind = iota
	Delete
	Insert
)

// String names the kind: "equal", "delete" or "insert".
func (k Kind) String() string {
	switch k {
	case Equal:
		return "equal"
	case Delete:
		return "delete"
	case Insert:
		return "insert"
	}
	return "unknown"
}

// Op is one piece of a word diff.
type Op struct {
	Kind Kind
	Text string
}

// Diff diffs a against b word by word. Punctuation marks are tokens
// of their own and white space goes with the token before it, so that
// concatenating the Equal and Delete texts gives a, and concatenating the
// Equal and Insert texts gives b. A word is never split: "3.2" and "don't"
// are single words. Adjacent operations of the same kind are merged, and
// where a deletion and an insertion meet, the deletion comes first. Every
// word the two texts share in order is kept as equal, except that
// punctuation alone between two changes is taken into them. The result is
// deterministic (no time limit applies to the diff).
func Diff(a, b string) []Op {
	if a == b {
		if a == "" {
			return nil
		}
		return []Op{{Equal, a}}
	}
	ta, tb := tokenize(a), tokenize(b)
	ra, rb, ok := encode(ta, tb)
	if !ok {
		return replaceAll(a, b)
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	var ops []Op
	ia, ib := 0, 0
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			for k := range n {
				ops = pair(ops, ta[ia+k], tb[ib+k])
			}
			ia += n
			ib += n
		case diffmatchpatch.DiffDelete:
			ops = diffAppend(ops, Op{Delete, strings.Join(ta[ia:ia+n], "")})
			ia += n
		case diffmatchpatch.DiffInsert:
			ops = diffAppend(ops, Op{Insert, strings.Join(tb[ib:ib+n], "")})
			ib += n
		}
	}
	return order(foldTrivial(order(ops)))
}

// pair appends two tokens the diff matched: equal, but for any
// difference in the white space that follows them.
func pair(ops []Op, x, y string) []Op {
	n := 0
	for n < len(x) && n < len(y) && x[n] == y[n] {
		n++
	}
	for n > 0 && (n < len(x) && !utf8.RuneStart(x[n]) || n < len(y) && !utf8.RuneStart(y[n])) {
		n-- // never cut a character in two
	}
	ops = diffAppend(ops, Op{Equal, x[:n]})
	ops = diffAppend(ops, Op{Delete, x[n:]})
	return diffAppend(ops, Op{Insert, y[n:]})
}

// foldTrivial folds into the changes around it every equality that
// holds no word (a comma, a full stop) and lies between two changes, so
// that a shared comma does not cut one change into two.
//
// This stands in for diffmatchpatch's DiffCleanupSemantic, which works on
// characters: on word tokens it also swallows shared words ("12,000
// soldiers") that lie between longer changes, hiding what two wordings have
// in common.
func foldTrivial(ops []Op) []Op {
	out := make([]Op, 0, len(ops))
	for i, op := range ops {
		if op.Kind == Equal && i > 0 && i+1 < len(ops) && !hasWord(op.Text) {
			out = diffAppend(out, Op{Delete, op.Text})
			out = diffAppend(out, Op{Insert, op.Text})
			continue
		}
		out = diffAppend(out, op)
	}
	return out
}

// spaceByte reports whether b is ASCII white space.
func spaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// replaceAll is the diff that deletes all of a and inserts all of b.
func replaceAll(a, b string) []Op {
	var ops []Op
	ops = diffAppend(ops, Op{Delete, a})
	return diffAppend(ops, Op{Insert, b})
}

// diffAppend appends op, merging it into the last operation when they are
// of the same kind and dropping it when it is empty.
func diffAppend(ops []Op, op Op) []Op {
	if op.Text == "" {
		return ops
	}
	if n := len(ops); n > 0 && ops[n-1].Kind == op.Kind {
		ops[n-1].Text += op.Text
		return ops
	}
	return append(ops, op)
}

// order puts every run of changes between two equalities in the order
// deletion then insertion, merging what the diff left split, and moves the
// white space that ends both the deletion and the insertion out of them.
func order(ops []Op) []Op {
	var out []Op
	var del, ins strings.Builder
	flush := func() {
		d, i := del.String(), ins.String()
		// White space that ends both sides is common to them.
		n := 0
		for n < len(d) && n < len(i) && d[len(d)-1-n] == i[len(i)-1-n] && spaceByte(d[len(d)-1-n]) {
			n++
		}
		out = diffAppend(out, Op{Delete, d[:len(d)-n]})
		out = diffAppend(out, Op{Insert, i[:len(i)-n]})
		out = diffAppend(out, Op{Equal, d[len(d)-n:]})
		del.Reset()
		ins.Reset()
	}
	for _, op := range ops {
		switch op.Kind {
		case Delete:
			del.WriteString(op.Text)
		case Insert:
			ins.WriteString(op.Text)
		default:
			flush()
			out = diffAppend(out, op)
		}
	}
	flush()
	return out
}

// encode maps every distinct token of ta and tb, compared without the
// white space that follows it, to a rune of its own, and returns the two
// rune strings. It reports false when there are more distinct tokens than
// usable runes.
func encode(ta, tb []string) (ra, rb []rune, ok bool) {
	ids := make(map[string]rune)
	next := rune(1)
	encode := func(toks []string) ([]rune, bool) {
		rs := make([]rune, len(toks))
		for i, t := range toks {
			key := strings.TrimRightFunc(t, unicode.IsSpace)
			if key == "" {
				key = t
			}
			r, seen := ids[key]
			if !seen {
				if next >= 0xD800 && next <= 0xDFFF {
					next = 0xE000
				}
				if next > utf8.MaxRune {
					return nil, false
				}
				r = next
				next++
				ids[key] = r
			}
			rs[i] = r
		}
		return rs, true
	}
	if ra, ok = encode(ta); !ok {
		return nil, nil, false
	}
	if rb, ok = encode(tb); !ok {
		return nil, nil, false
	}
	return ra, rb, true
}

// tokenize splits s into words and single other characters, each with
// the white space that follows it (white space at the very start is a token
// of its own); the tokens concatenate back to s. A word is a run of letters,
// digits and marks, which may hold an apostrophe between letters ("don't")
// or a point or comma between digits ("3.2", "1,400").
func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case wordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if wordRune(r2) {
					j += n2
					continue
				}
				if joiner(r2) && j+n2 < len(s) {
					prev, _ := utf8.DecodeLastRuneInString(s[:j])
					next, _ := utf8.DecodeRuneInString(s[j+n2:])
					if joins(r2, prev, next) {
						j += n2
						continue
					}
				}
				break
			}
		}
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

// wordRune reports whether r is part of a word.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// joiner reports whether r may join two parts of one word.
func joiner(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '.' || r == ','
}

// joins reports whether the joiner r, between prev and next, keeps one
// word together: an apostrophe between letters, a point or comma between
// digits.
func joins(r, prev, next rune) bool {
	if r == '.' || r == ',' {
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}
