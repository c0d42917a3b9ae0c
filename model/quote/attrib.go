package quote

import "strings"

// npRef is a noun phrase found as a speaker: its tokens and where it is.
type npRef struct {
	ts   []token
	a, b int
}

func (n npRef) ok() bool { return n.ts != nil }

// afterQuote looks for the attribution right after a quotation ("…,” he
// said", "…,” said Maren Tollefsen", "…” Zelensky wrote on X") starting at
// ts[j].
func afterQuote(ts []token, j int) npRef {
	for j < len(ts) && isPunct(ts[j], ",", "—", "–", "-") {
		j++
	}
	if j >= len(ts) || ts[j].kind != tWord {
		return npRef{}
	}
	if speechVerbs[ts[j].low] == vFinite {
		if a, b, ok := fwdNP(ts, j+1); ok {
			return npRef{ts, a, b}
		}
		return npRef{}
	}
	// "…,” Tom Reid said", "…,” Reid, 54, told the BBC"
	for v := j + 1; v < len(ts) && v <= j+14; v++ {
		if ts[v].kind == tQuote || isPunct(ts[v], ".", "!", "?", ":", ";") {
			return npRef{}
		}
		if ts[v].kind == tWord && speechVerbs[ts[v].low] == vFinite {
			if a, b, ok := backNP(ts, v-1, j); ok && a == j {
				return npRef{ts, a, b}
			}
			return npRef{}
		}
	}
	return npRef{}
}

// beforeQuote looks for the attribution that introduces a quotation at
// ts[q], in ts[lo:q]: "He said: “", "Maren Tollefsen, coxswain of the
// lifeboat, said: "", "Zelensky took to social media to say, “",
// "according to one passenger, "", or a colon after a name.
func beforeQuote(ts []token, lo, q int, subject func(ts []token, lo, v int) npRef) npRef {
	hi := q - 1
	for hi >= lo && isPunct(ts[hi], ",", ":", "—", "–") {
		hi--
	}
	colon := q-1 >= lo && isPunct(ts[q-1], ":")
	for v := hi; v >= lo; v-- {
		t := ts[v]
		if t.kind == tQuote {
			break
		}
		if t.low == "according" && v+1 <= hi && ts[v+1].low == "to" {
			if a, b, ok := fwdNP(ts, v+2); ok {
				return npRef{ts, a, b}
			}
		}
		if t.low == "words" && v+1 <= hi && ts[v+1].low == "of" {
			if a, b, ok := fwdNP(ts, v+2); ok {
				return npRef{ts, a, b}
			}
		}
		f := speechVerbs[t.low]
		if f == 0 || t.kind != tWord {
			continue
		}
		if v > lo && passiveMarks[ts[v-1].low] {
			continue
		}
		switch f {
		case vFinite:
			if a, b, ok := backNP(ts, v-1, lo); ok {
				return npRef{ts, a, b}
			}
			if a, b, ok := fwdNP(ts, v+1); ok {
				return npRef{ts, a, b}
			}
		case vParticiple:
			if v > lo && npWord(ts[v-1]) {
				if a, b, ok := backNP(ts, v-1, lo); ok {
					return npRef{ts, a, b}
				}
			}
			return subject(ts, lo, v)
		case vBase:
			if v > lo && ts[v-1].low == "to" {
				return subject(ts, lo, v)
			}
		}
	}
	if colon {
		return subject(ts, lo, hi+1)
	}
	return npRef{}
}

// sentenceSubject is the first noun phrase of ts[lo:v] that can be a
// speaker, past a dateline ("KYIV, Ukraine – ") and an opening phrase
// that ends in a comma.
func sentenceSubject(ts []token, lo, v int) npRef {
	start := skipDateline(ts, lo, v)
	for k := start; k < v; k++ {
		t := ts[k]
		if t.kind != tWord {
			continue
		}
		if allPronouns[t.low] && personPronouns[t.low] {
			return npRef{ts, k, k}
		}
		if t.capital && !npStops[t.low] && !determiners[t.low] || determiners[t.low] && k+1 < v && ts[k+1].kind == tWord {
			if a, b, ok := fwdNP(ts, k); ok && b < v {
				return npRef{ts, a, b}
			}
		}
		// an opening phrase: skip to the comma that ends it
		if k == start && (npStops[t.low] || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ly")) {
			for k < v && !isPunct(ts[k], ",") {
				k++
			}
		}
	}
	return npRef{}
}

// skipDateline returns where a sentence's words begin after a dateline
// such as "KYIV, Ukraine – " or "PORT ARDLEY, Oct 14 (Northsea Wire) - ".
func skipDateline(ts []token, lo, v int) int {
	if lo >= v || !ts[lo].capital {
		return lo
	}
	for k := lo + 1; k < v && k < lo+12; k++ {
		if isPunct(ts[k], "–", "—", "-") {
			return k + 1
		}
		if ts[k].kind == tWord && !ts[k].capital && !isDigitWord(ts[k].low) {
			return lo
		}
	}
	return lo
}

func isDigitWord(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
