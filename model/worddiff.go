package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// DiffKind says whether a piece of a word diff is common to both texts,
// only in the first (deleted) or only in the second (inserted).
type DiffKind int

// Kinds of diff operation.
const (
	DiffEqual DiffKind = iota
	DiffDelete
	DiffInsert
)

// String names the kind: "equal", "delete" or "insert".
func (k DiffKind) String() string {
	switch k {
	case DiffEqual:
		return "equal"
	case DiffDelete:
		return "delete"
	case DiffInsert:
		return "insert"
	}
	return "unknown"
}

// DiffOp is one piece of a word diff.
type DiffOp struct {
	Kind DiffKind
	Text string
}

// WordDiff diffs a against b word by word. Punctuation marks are tokens
// of their own and white space goes with the token before it, so that
// concatenating the Equal and Delete texts gives a, and concatenating the
// Equal and Insert texts gives b. A word is never split: "3.2" and "don't"
// are single words. Adjacent operations of the same kind are merged, and
// where a deletion and an insertion meet, the deletion comes first. Every
// word the two texts share in order is kept as equal, except that
// punctuation alone between two changes is taken into them. The result is
// deterministic (no time limit applies to the diff).
func WordDiff(a, b string) []DiffOp {
	if a == b {
		if a == "" {
			return nil
		}
		return []DiffOp{{DiffEqual, a}}
	}
	ta, tb := diffTokenize(a), diffTokenize(b)
	ra, rb, ok := diffEncode(ta, tb)
	if !ok {
		return diffReplaceAll(a, b)
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	var ops []DiffOp
	ia, ib := 0, 0
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			for k := range n {
				ops = diffPair(ops, ta[ia+k], tb[ib+k])
			}
			ia += n
			ib += n
		case diffmatchpatch.DiffDelete:
			ops = diffAppend(ops, DiffOp{DiffDelete, strings.Join(ta[ia:ia+n], "")})
			ia += n
		case diffmatchpatch.DiffInsert:
			ops = diffAppend(ops, DiffOp{DiffInsert, strings.Join(tb[ib:ib+n], "")})
			ib += n
		}
	}
	return diffOrder(diffFoldTrivial(diffOrder(ops)))
}

// diffPair appends two tokens the diff matched: equal, but for any
// difference in the white space that follows them.
func diffPair(ops []DiffOp, x, y string) []DiffOp {
	n := 0
	for n < len(x) && n < len(y) && x[n] == y[n] {
		n++
	}
	for n > 0 && (n < len(x) && !utf8.RuneStart(x[n]) || n < len(y) && !utf8.RuneStart(y[n])) {
		n-- // never cut a character in two
	}
	ops = diffAppend(ops, DiffOp{DiffEqual, x[:n]})
	ops = diffAppend(ops, DiffOp{DiffDelete, x[n:]})
	return diffAppend(ops, DiffOp{DiffInsert, y[n:]})
}

// diffFoldTrivial folds into the changes around it every equality that
// holds no word (a comma, a full stop) and lies between two changes, so
// that a shared comma does not cut one change into two.
//
// This stands in for diffmatchpatch's DiffCleanupSemantic, which works on
// characters: on word tokens it also swallows shared words ("12,000
// soldiers") that lie between longer changes, hiding what two wordings have
// in common.
func diffFoldTrivial(ops []DiffOp) []DiffOp {
	out := make([]DiffOp, 0, len(ops))
	for i, op := range ops {
		if op.Kind == DiffEqual && i > 0 && i+1 < len(ops) && !diffHasWord(op.Text) {
			out = diffAppend(out, DiffOp{DiffDelete, op.Text})
			out = diffAppend(out, DiffOp{DiffInsert, op.Text})
			continue
		}
		out = diffAppend(out, op)
	}
	return out
}

// diffSpaceByte reports whether b is ASCII white space.
func diffSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

// diffHasWord reports whether s holds a letter or a digit.
func diffHasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// diffReplaceAll is the diff that deletes all of a and inserts all of b.
func diffReplaceAll(a, b string) []DiffOp {
	var ops []DiffOp
	ops = diffAppend(ops, DiffOp{DiffDelete, a})
	return diffAppend(ops, DiffOp{DiffInsert, b})
}

// diffAppend appends op, merging it into the last operation when they are
// of the same kind and dropping it when it is empty.
func diffAppend(ops []DiffOp, op DiffOp) []DiffOp {
	if op.Text == "" {
		return ops
	}
	if n := len(ops); n > 0 && ops[n-1].Kind == op.Kind {
		ops[n-1].Text += op.Text
		return ops
	}
	return append(ops, op)
}

// diffOrder puts every run of changes between two equalities in the order
// deletion then insertion, merging what the diff left split, and moves the
// white space that ends both the deletion and the insertion out of them.
func diffOrder(ops []DiffOp) []DiffOp {
	var out []DiffOp
	var del, ins strings.Builder
	flush := func() {
		d, i := del.String(), ins.String()
		// White space that ends both sides is common to them.
		n := 0
		for n < len(d) && n < len(i) && d[len(d)-1-n] == i[len(i)-1-n] && diffSpaceByte(d[len(d)-1-n]) {
			n++
		}
		out = diffAppend(out, DiffOp{DiffDelete, d[:len(d)-n]})
		out = diffAppend(out, DiffOp{DiffInsert, i[:len(i)-n]})
		out = diffAppend(out, DiffOp{DiffEqual, d[len(d)-n:]})
		del.Reset()
		ins.Reset()
	}
	for _, op := range ops {
		switch op.Kind {
		case DiffDelete:
			del.WriteString(op.Text)
		case DiffInsert:
			ins.WriteString(op.Text)
		default:
			flush()
			out = diffAppend(out, op)
		}
	}
	flush()
	return out
}

// diffEncode maps every distinct token of ta and tb, compared without the
// white space that follows it, to a rune of its own, and returns the two
// rune strings. It reports false when there are more distinct tokens than
// usable runes.
func diffEncode(ta, tb []string) (ra, rb []rune, ok bool) {
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

// diffTokenize splits s into words and single other characters, each with
// the white space that follows it (white space at the very start is a token
// of its own); the tokens concatenate back to s. A word is a run of letters,
// digits and marks, which may hold an apostrophe between letters ("don't")
// or a point or comma between digits ("3.2", "1,400").
func diffTokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case diffWordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if diffWordRune(r2) {
					j += n2
					continue
				}
				if diffJoiner(r2) && j+n2 < len(s) {
					prev, _ := utf8.DecodeLastRuneInString(s[:j])
					next, _ := utf8.DecodeRuneInString(s[j+n2:])
					if diffJoins(r2, prev, next) {
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

// diffWordRune reports whether r is part of a word.
func diffWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// diffJoiner reports whether r may join two parts of one word.
func diffJoiner(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '.' || r == ','
}

// diffJoins reports whether the joiner r, between prev and next, keeps one
// word together: an apostrophe between letters, a point or comma between
// digits.
func diffJoins(r, prev, next rune) bool {
	if r == '.' || r == ',' {
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}
