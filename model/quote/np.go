package quote

import "strings"

// Noun phrases around a verb of saying: the speaker before it ("the
// regional health authority said"), after it ("said Maren Tollefsen"), in
// apposition ("The harbour master, Declan Ashby, told").

const maxNP = 8

func isPunct(t token, s ...string) bool {
	if t.kind != tPunct {
		return false
	}
	for _, x := range s {
		if t.low == x {
			return true
		}
	}
	return len(s) == 0
}

// npWord reports whether t can be inside a noun phrase.
func npWord(t token) bool {
	return t.kind == tWord && !npStops[t.low] && speechVerbs[t.low] == 0
}

// isName reports whether ts[a..b] is a run of capitalised words.
func isName(ts []token, a, b int) bool {
	if a > b {
		return false
	}
	for k := a; k <= b; k++ {
		if !ts[k].capital || ts[k].kind != tWord || npStops[ts[k].low] {
			return false
		}
	}
	return true
}

// backNP returns the noun phrase that ends at ts[j], looking no further
// back than lo: a pronoun, or words up to and including a determiner.
// A comma at j means an apposition or a relative clause stands between
// the phrase and its verb: a name there is taken ("The harbour master,
// Declan Ashby, told"), else the phrase before it ("Maren Tollefsen,
// coxswain of the lifeboat, said").
func backNP(ts []token, j, lo int) (int, int, bool) {
	for j >= lo && ts[j].kind == tWord && betweenWords[ts[j].low] {
		j--
	}
	if j < lo {
		return 0, 0, false
	}
	if isPunct(ts[j], ",") {
		k := j - 1
		for k >= lo && k > j-14 && !isPunct(ts[k], ",") && ts[k].kind != tQuote {
			if isPunct(ts[k], ".", "!", "?", ":", ";") {
				return 0, 0, false
			}
			k--
		}
		if k < lo || !isPunct(ts[k], ",") {
			return 0, 0, false
		}
		if isName(ts, k+1, j-1) && j-1-k <= 4 {
			return k + 1, j - 1, true
		}
		a, b, ok := backNP(ts, k-1, lo)
		if ok && (ts[k+1].low == "who" || !ts[k+1].capital || isTitle(ts[k+1].low)) {
			return a, b, ok
		}
		return 0, 0, false
	}
	if ts[j].kind != tWord {
		return 0, 0, false
	}
	if allPronouns[ts[j].low] {
		return j, j, true
	}
	a := j + 1
	for k := j; k >= lo && k > j-maxNP; k-- {
		t := ts[k]
		if determiners[t.low] && k < j {
			a = k
			break
		}
		// "of" inside a name ("Joint Chiefs of Staff")
		if t.low == "of" && k < j && k > lo && ts[k+1].capital && ts[k-1].capital && ts[k-1].kind == tWord {
			continue
		}
		if !npWord(t) || allPronouns[t.low] || k < j && !t.capital && looksVerbOrAdverb(t.low) {
			break
		}
		a = k
	}
	if a > j || a == j && determiners[ts[j].low] {
		return 0, 0, false
	}
	// "a spokesperson for the council", "the head of the agency": the
	// role before the preposition is the speaker's
	if a-2 >= lo && (ts[a-1].low == "for" || ts[a-1].low == "of" || ts[a-1].low == "at") && roleWords[ts[a-2].low] {
		if a2, _, ok := backNP(ts, a-2, lo); ok {
			return a2, j, true
		}
	}
	return a, j, true
}

// fwdNP returns the noun phrase that begins at ts[j]: a determiner, then
// words up to punctuation or a function word. A name in apposition right
// after a descriptive phrase ("said the coxswain, Maren Tollefson,") is
// preferred to it.
func fwdNP(ts []token, j int) (int, int, bool) {
	if j >= len(ts) || ts[j].kind != tWord {
		return 0, 0, false
	}
	if allPronouns[ts[j].low] {
		return j, j, true
	}
	b := j - 1
	k := j
	if determiners[ts[k].low] {
		b = k
		k++
	}
	// a plural noun that is also a verb of saying ("according to reports")
	if k < len(ts) && ts[k].kind == tWord && speechVerbs[ts[k].low] == vFinite && strings.HasSuffix(ts[k].low, "s") {
		b = k
		k++
	}
	for ; k < len(ts) && k < j+maxNP && npWord(ts[k]); k++ {
		b = k
		if ts[k].poss {
			// "Kim Jong-un's army": the possessor is not the phrase's end
			continue
		}
	}
	if b < j || b == j && determiners[ts[j].low] {
		return 0, 0, false
	}
	// apposition: ", Name ,"
	if !isName(ts, j, b) && b+2 < len(ts) && isPunct(ts[b+1], ",") {
		e := b + 2
		for e < len(ts) && e < b+6 && ts[e].kind == tWord && ts[e].capital {
			e++
		}
		if e > b+2 && isName(ts, b+2, e-1) && (e == len(ts) || isPunct(ts[e])) {
			return b + 2, e - 1, true
		}
	}
	return j, b, true
}

// looksVerbOrAdverb: a lower-case word in -ly or -ed before a noun ends a
// noun phrase read backwards ("the footage purportedly showed Russian
// soldiers" gives "Russian soldiers").
func looksVerbOrAdverb(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed"))
}
