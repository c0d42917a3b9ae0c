package quote

import "github.com/parallax-reader/parallax/model"

// verbs of saying that do not report a clause ("called for an inquiry",
// "described the pact as …"): they attribute quotations only.
var noClause = set("call", "calls", "called", "calling", "describe", "describes", "described", "describing",
	"criticise", "criticises", "criticised", "criticising", "criticize", "criticizes", "criticized",
	"criticizing", "ask", "asks", "asked", "asking", "continue", "continues", "continued", "continuing",
	"promise", "promises", "promised", "promising", "post", "posting", "tweet", "tweeting", "comment",
	"commenting", "report", "reporting", "reports")

// objectPronouns may follow "told" before the clause ("told him that").
var objectPronouns = set("him", "her", "them", "us", "me", "you", "reporters", "journalists")

// reported finds reported speech, one clause a sentence at most, in
// sentences where the clause holds no direct quotation (that is reported
// as the quotation itself).
func (st *docState) reported(doc int) []found {
	var out []found
	for k, sr := range st.sents {
		if !sr.cue {
			continue
		}
		ts := st.tokens(k)
		if len(ts) < 4 {
			continue
		}
		f, ok := st.reportedIn(sr, ts)
		if !ok {
			continue
		}
		f.q.Doc = doc
		out = append(out, f)
	}
	return out
}

func (st *docState) reportedIn(sr sentRef, ts []token) (found, bool) {
	n := len(ts)
	end := n // tokens before the sentence's final punctuation
	for end > 0 && isPunct(ts[end-1], ".", "!", "?", ";", ":") {
		end--
	}
	lo := skipDateline(ts, 0, end)
	mk := func(cs, ce int, ref npRef) (found, bool) {
		// ce is exclusive
		for ce > cs && ts[ce-1].kind == tPunct {
			if isPunct(ts[ce-1], ")") {
				k := ce - 1
				for k > cs && !isPunct(ts[k], "(") {
					k--
				}
				if k <= cs {
					return found{}, false
				}
				ce = k
				continue
			}
			ce--
		}
		words := 0
		for k := cs; k < ce; k++ {
			if ts[k].kind == tQuote {
				return found{}, false
			}
			if ts[k].kind == tWord {
				words++
			}
		}
		if words < 3 || !ref.ok() {
			return found{}, false
		}
		q := model.Quote{Para: sr.para, Kind: model.QuoteParaphrase, Span: model.Span{Start: int(ts[cs].start), End: int(ts[ce-1].end)}}
		return found{q: q, ref: ref, at: int(ref.ts[ref.a].start)}, true
	}
	if st.d.Paragraphs[sr.para].Title {
		// "Soldiers died in custody: Zelenskyy"
		for k := end - 1; k > lo && k >= end-4; k-- {
			if isPunct(ts[k], ":") && isName(ts, k+1, end-1) {
				return mk(lo, k, npRef{ts, k + 1, end - 1})
			}
		}
	}
	for v := lo; v < end; v++ {
		t := ts[v]
		if t.kind != tWord {
			continue
		}
		if t.low == "according" && v+1 < end && ts[v+1].low == "to" {
			a, b, ok := fwdNP(ts, v+2)
			if !ok {
				continue
			}
			ref := npRef{ts, a, b}
			// the phrase may run on past its noun ("according to reports
			// at the time that cited …", "according to the weather station
			// on Kelda Head") to a comma or the sentence's end
			comma := -1
			for x := b + 1; x < end && x <= b+16; x++ {
				if ts[x].kind == tQuote || ts[x].kind == tWord && finiteMarks[ts[x].low] {
					break
				}
				if isPunct(ts[x], ",") {
					comma = x
					break
				}
			}
			toEnd := comma < 0 && shortTail(ts, b+1, end)
			switch {
			case comma > 0 && (v == lo || v > lo && isPunct(ts[v-1], ",") && v-1 <= lo+3):
				return mk(comma+1, end, ref)
			case v > lo && isPunct(ts[v-1], ",") && (b+1 >= end || toEnd):
				return mk(lo, v-1, ref)
			case v > lo && isPunct(ts[v-1], ",") && comma > 0:
				return mk(comma+1, end, ref)
			}
			continue
		}
		f := speechVerbs[t.low]
		if f == 0 || f == vBase || noClause[t.low] || v > 0 && (passiveMarks[ts[v-1].low] || determiners[ts[v-1].low]) {
			continue // "was reported", "his posts"
		}
		if v+1 < n && (ts[v+1].low == "for" || ts[v+1].low == "to" && t.low != "told" && t.low != "said") {
			continue
		}
		// "…, the coastguard said." and "…, said the coastguard."
		if f == vFinite && v > lo {
			if a, b, ok := backNP(ts, v-1, lo); ok && a > lo && isPunct(ts[a-1], ",") && shortTail(ts, v+1, end) {
				if r, ok := mk(lo, a-1, npRef{ts, a, b}); ok {
					return r, true
				}
			}
			if isPunct(ts[v-1], ",") {
				if a, b, ok := fwdNP(ts, v+1); ok && (b+1 >= end || isPunct(ts[b+1], ",") && b+2 < n && (ts[b+2].low == "which" || ts[b+2].low == "who")) {
					if r, ok := mk(lo, v-1, npRef{ts, a, b}); ok {
						return r, true
					}
				}
			}
		}
		// "X said (that) …"
		var ref npRef
		if f == vParticiple {
			if v == 0 || !isPunct(ts[v-1], ",") {
				continue
			}
			ref = st.subject(ts, lo, v)
		} else if a, b, ok := backNP(ts, v-1, lo); ok {
			ref = npRef{ts, a, b}
		}
		if !ref.ok() {
			continue
		}
		c := v + 1
		if t.low == "told" || t.low == "tell" || t.low == "tells" {
			if c < end && objectPronouns[ts[c].low] {
				c++
			} else if c < end && ts[c].capital {
				for c < end && ts[c].kind == tWord && ts[c].capital {
					c++
				}
			}
		}
		that := -1
		for x := c; x < end && x <= c+5 && ts[x].kind == tWord; x++ {
			if ts[x].low == "that" {
				that = x
				break
			}
		}
		if that >= 0 {
			if r, ok := mk(that+1, end, ref); ok {
				return r, true
			}
			continue
		}
		if f == vParticiple || c >= end || ts[c].kind != tWord || prepositions[ts[c].low] {
			continue
		}
		if ref.a > lo && !isPunct(ts[ref.a-1], ",") {
			continue
		}
		for x := c + 1; x < end && x <= c+10; x++ {
			if isPunct(ts[x], ",") {
				continue // "said a man, 34, had been arrested"
			}
			if ts[x].kind != tWord {
				break
			}
			if finiteMarks[ts[x].low] {
				if r, ok := mk(c, end, ref); ok {
					return r, true
				}
				break
			}
		}
	}
	return found{}, false
}

// shortTail reports whether ts[s:e] is a short adjunct after a closing
// attribution ("on Saturday", "in a statement"), not a clause.
// A colon and a quotation count as no clause ("…, he said: “…”").
func shortTail(ts []token, s, e int) bool {
	if e-s == 2 && isPunct(ts[s], ":") && ts[s+1].kind == tQuote {
		return true
	}
	if e-s > 6 {
		return false
	}
	for k := s; k < e; k++ {
		if ts[k].kind != tWord || ts[k].low == "that" || finiteMarks[ts[k].low] {
			return false
		}
	}
	return true
}
