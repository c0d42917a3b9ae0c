package overview

import (
	"strings"

	"github.com/parallax-reader/parallax/model/worddiff"
)

// Verdict says whether a word diff between two renderings is worth a
// reader's time.
type Verdict int

// What a word diff can be.
const (
	Shown    Verdict = iota // the differences are worth showing
	Same                    // the same words
	Reworded                // too little in common for a word diff to help
)

// MinShared is the share of the longer rendering's words that two
// renderings must have in common for their word diff to be shown: below
// it, the renderings are paraphrases of each other and a diff would mark
// nearly every word.
const MinShared = 0.3

// Judge gives the verdict on a word diff. It counts whole words (runs of
// non-space): a word is shared when the diff keeps it unchanged and it is
// a whole word on both sides, so "earliest." and "investigation." share
// nothing although both end in a kept full stop.
func Judge(ops []worddiff.Op) Verdict {
	var a, b strings.Builder
	type kept struct{ a, b, n int }
	var eqs []kept
	for _, op := range ops {
		switch op.Kind {
		case worddiff.Equal:
			eqs = append(eqs, kept{a.Len(), b.Len(), len(op.Text)})
			a.WriteString(op.Text)
			b.WriteString(op.Text)
		case worddiff.Delete:
			a.WriteString(op.Text)
		default:
			b.WriteString(op.Text)
		}
	}
	sa, sb := a.String(), b.String()
	wa, wb := wordSpans(sa), wordSpans(sb)
	shared, k := 0, 0
	for _, w := range wa {
		for k < len(eqs) && eqs[k].a+eqs[k].n <= w[0] {
			k++
		}
		if k == len(eqs) {
			break
		}
		e := eqs[k]
		if w[0] < e.a || w[1] > e.a+e.n {
			continue
		}
		bs, be := w[0]-e.a+e.b, w[1]-e.a+e.b
		if (bs == 0 || isSpace(sb[bs-1])) && (be == len(sb) || isSpace(sb[be])) {
			shared++
		}
	}
	switch {
	case shared == len(wa) && len(wa) == len(wb):
		return Same
	case float64(shared) < MinShared*float64(max(len(wa), len(wb))):
		return Reworded
	}
	return Shown
}

// wordSpans returns the byte spans of the words (runs of non-space) of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && !isSpace(s[j]) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// isSpace reports whether b is ASCII white space.
func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}
