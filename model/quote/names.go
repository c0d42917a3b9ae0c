package quote

import (
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// people knows the persons a document names: from a title before the
// name ("President Zelensky", "harbour master Declan Ashby"), a relative
// "who" after it, or a direct quotation given to it. It learns them from
// the sentences read so far.
type people struct {
	keys     map[string]bool
	canon    map[string]string // key -> the fullest form of the name
	canonLen map[string]int
	runs     map[int][]nameRun // by sentence
}

// nameRun is a run of capitalised words, with its leading determiners,
// sentence openers and titles taken off.
type nameRun struct {
	start, end int
	words      []string // as written
	key        string
}

func newPeople() *people {
	return &people{keys: map[string]bool{}, canon: map[string]string{}, canonLen: map[string]int{}, runs: map[int][]nameRun{}}
}

// foldKey is the comparable form of a surname: lower case, accents off,
// a possessive cut.
func foldKey(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	d := norm.NFD.String(w)
	var b strings.Builder
	for _, r := range d {
		if r >= 0x300 && r <= 0x36F {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// scan records the capitalised runs of a sentence's tokens.
func (p *people) scan(text string, ts []token, sent int) {
	for i := 0; i < len(ts); {
		if !(ts[i].kind == tWord && ts[i].capital) {
			i++
			continue
		}
		j := i
		for j < len(ts) && ts[j].kind == tWord && ts[j].capital && !ts[j].poss {
			j++
		}
		if j < len(ts) && ts[j].kind == tWord && ts[j].capital && ts[j].poss {
			j++
		}
		// ts[i:j] is the run; strip openers and titles
		a := i
		titled := i > 0 && ts[i-1].kind == tWord && isTitle(ts[i-1].low)
		for a < j && (npStops[ts[a].low] || determiners[ts[a].low] || allPronouns[ts[a].low] || speechVerbs[ts[a].low] != 0) {
			a++
		}
		last := -1
		for k := a; k < j; k++ {
			if isTitle(ts[k].low) {
				last = k
			}
		}
		if last >= 0 {
			titled = true
			a = last + 1
		}
		if a < j {
			r := nameRun{start: int(ts[a].start), end: int(ts[j-1].end), key: foldKey(ts[j-1].low)}
			for k := a; k < j; k++ {
				r.words = append(r.words, strings.TrimSuffix(strings.TrimSuffix(ts[k].text(text), "'s"), "’s"))
			}
			// a person: "President X", "X, who …", "X, 54, …"
			who := j+1 < len(ts) && isPunct(ts[j], ",") && ts[j+1].low == "who"
			age := j+2 < len(ts) && isPunct(ts[j], ",") && isDigitWord(ts[j+1].low) && isPunct(ts[j+2], ",")
			if titled || who || age {
				p.keys[r.key] = true
			}
			if n := len(r.words); n > p.canonLen[r.key] && n <= 4 {
				p.canonLen[r.key] = n
				p.canon[r.key] = strings.Join(r.words, " ")
			}
			p.runs[sent] = append(p.runs[sent], r)
		}
		i = j
	}
}

// markPerson records that the name with this key is a person's.
func (p *people) markPerson(key string) { p.keys[key] = true }

// display returns the fullest form of the name whose last word is w, or
// name itself.
func (p *people) display(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	if c, ok := p.canon[foldKey(f[len(f)-1])]; ok {
		return c
	}
	return name
}

// nearest returns the person a pronoun or title at offset at stands for:
// the person named last before it (in its sentence or the few before),
// when the sentence naming them names no other person (or the other is
// not the last speaker); "" otherwise.
func (st *docState) nearest(at int) string {
	p := st.ppl
	k := sort.Search(len(st.sents), func(i int) bool { return st.sents[i].End > at })
	for j := min(k, len(st.sents)-1); j >= 0 && j >= k-namesBefore; j-- {
		st.tokens(j)
		keys := map[string]bool{}
		lastKey := ""
		for _, r := range p.runs[j] {
			if r.end <= at && p.keys[r.key] {
				keys[r.key] = true
				lastKey = r.key
			}
		}
		switch {
		case len(keys) == 1:
			return p.canon[lastKey]
		case len(keys) > 1:
			if f := strings.Fields(st.last); len(f) > 0 {
				if lk := foldKey(f[len(f)-1]); keys[lk] {
					return p.canon[lk]
				}
			}
			return ""
		}
	}
	return ""
}
