package quote

import (
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// mention is a name of a person in the running text (outside quotations).
type mention struct {
	start, end int
	key        string // the surname, folded
	sent       int    // the index of the sentence it is in (document-wide)
}

// people knows the persons a document names: from a title before the
// name ("President Zelensky", "harbour master Declan Ashby"), a relative
// "who" after it, or a direct quotation given to it.
type people struct {
	keys     map[string]bool
	canon    map[string]string // key -> the fullest form of the name
	canonLen map[string]int
	runs     []nameRun // every capitalised run, in order
	mentions []mention
}

// nameRun is a run of capitalised words, with its leading determiners,
// sentence openers and titles taken off.
type nameRun struct {
	start, end int
	words      []string // as written
	key        string
	titled     bool
	who        bool
	sent       int
}

func newPeople() *people {
	return &people{keys: map[string]bool{}, canon: map[string]string{}, canonLen: map[string]int{}}
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
func (p *people) scan(ts []token, sent int) {
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
			r := nameRun{start: ts[a].start, end: ts[j-1].end, key: foldKey(ts[j-1].low), titled: titled, sent: sent}
			for k := a; k < j; k++ {
				r.words = append(r.words, strings.TrimSuffix(strings.TrimSuffix(ts[k].text, "'s"), "’s"))
			}
			if j+1 < len(ts) && isPunct(ts[j], ",") && ts[j+1].low == "who" {
				r.who = true
			}
			p.runs = append(p.runs, r)
		}
		i = j
	}
}

// markPerson records that the name with this key is a person's.
func (p *people) markPerson(key string) { p.keys[key] = true }

// finish decides which runs are persons, and the fullest form of each.
func (p *people) finish() {
	for _, r := range p.runs {
		if r.titled || r.who {
			p.keys[r.key] = true
		}
	}
	for _, r := range p.runs {
		if !p.keys[r.key] {
			continue
		}
		p.mentions = append(p.mentions, mention{start: r.start, end: r.end, key: r.key, sent: r.sent})
		if n := len(r.words); n > p.canonLen[r.key] && n <= 4 {
			p.canonLen[r.key] = n
			p.canon[r.key] = strings.Join(r.words, " ")
		}
	}
	sort.Slice(p.mentions, func(i, j int) bool { return p.mentions[i].start < p.mentions[j].start })
}

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
// the person named last before it, when the sentence naming them names
// no other (or the other is not the last speaker); "" otherwise.
func (p *people) nearest(at int, lastSpeaker string) string {
	i := sort.Search(len(p.mentions), func(i int) bool { return p.mentions[i].end > at }) - 1
	if i < 0 {
		return ""
	}
	sent := p.mentions[i].sent
	keys := map[string]bool{}
	for k := i; k >= 0 && p.mentions[k].sent == sent; k-- {
		keys[p.mentions[k].key] = true
	}
	if len(keys) == 1 {
		return p.canon[p.mentions[i].key]
	}
	if lastSpeaker != "" {
		f := strings.Fields(lastSpeaker)
		if lk := foldKey(f[len(f)-1]); keys[lk] {
			return p.canon[lk]
		}
	}
	return ""
}
