package quote

import (
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// docState is what Find knows about one document while it reads it.
type docState struct {
	d      *model.Document
	paras  []int     // the paragraphs read: not page furniture
	pieces [][]piece // by paragraph index
	masks  [][]mask  // the pieces as masks, by paragraph index
	sents  []sentRef // every sentence read, in order
	// sentFirst[p] is the index in sents of paragraph p's first
	// sentence, sentN[p] how many it has; pos[p] is p's place in paras.
	sentFirst, sentN, pos []int
	ppl                   *people
	last                  string // the last speaker named, for pronouns
}

// sentRef is one sentence of a paragraph that is read. Only the sentences
// that can matter are split into tokens: those with a quotation mark or a
// verb of saying (cue), and, when a pronoun is to be resolved, the few
// before it.
type sentRef struct {
	para int
	model.Span
	cue     bool
	scanned bool
	toks    []token
}

// smallDoc: a document up to this size is read whole for names; in a
// longer one, names are looked for only near the quotations.
const smallDoc = 256 << 10

// tokens returns sentence k's tokens, reading it (and the names in it)
// the first time.
func (st *docState) tokens(k int) []token {
	sr := &st.sents[k]
	if !sr.scanned {
		sr.scanned = true
		if st.masks[sr.para] == nil && len(st.pieces[sr.para]) > 0 {
			st.masks[sr.para] = masksOf(st.pieces[sr.para])
		}
		sr.toks = tokenize(st.d.Text, sr.Start, sr.End, st.masks[sr.para])
		st.ppl.scan(st.d.Text, sr.toks, k)
	}
	return sr.toks
}

// namesBefore is how many sentences before a pronoun are looked at for
// the person it stands for.
const namesBefore = 4

// found is a quotation or a reported clause before it is a model.Quote.
type found struct {
	q    model.Quote
	ref  npRef // the speaker's phrase, if any
	at   int   // where the phrase is, for pronouns
	lead bool  // the quotation opens its paragraph
}

// Find returns the quotations and the reported speech of document d
// (whose index among the documents compared is doc), in reading order.
// Page furniture is skipped; a paragraph that repeats an earlier one adds
// nothing, though an attribution next to the repeat counts for the first.
func Find(d *model.Document, doc int) []model.Quote {
	n := len(d.Paragraphs)
	st := &docState{d: d, pieces: make([][]piece, n), masks: make([][]mask, n), ppl: newPeople(),
		sentFirst: make([]int, n), sentN: make([]int, n), pos: make([]int, n)}
	for i := range d.Paragraphs {
		st.pos[i] = -1
		p := &d.Paragraphs[i]
		if p.Boilerplate {
			continue
		}
		st.pos[i] = len(st.paras)
		st.paras = append(st.paras, i)
		if k := nextMark(d.Text[:p.End], p.Start); k >= 0 {
			ends := make([]int, len(p.Sentences))
			for k, s := range p.Sentences {
				ends[k] = s.End
			}
			st.pieces[i] = scanParagraph(d.Text, i, model.Span{Start: p.Start, End: p.End}, ends)
		}
		st.sentFirst[i] = len(st.sents)
		sents := p.Sentences
		if len(sents) == 0 {
			sents = []model.Sentence{{Span: p.Span}}
		}
		ps := st.pieces[i]
		pk := 0 // the first piece that may reach this sentence or a later one
		for _, s := range sents {
			sr := sentRef{para: i, Span: s.Span}
			for pk < len(ps) && ps[pk].close <= s.Start {
				pk++
			}
			// pieces do not overlap, so the first that ends after the
			// sentence starts is the only one to check
			if pk < len(ps) && ps[pk].open < s.End {
				sr.cue = true
			}
			if !sr.cue {
				// a headline may give its speaker after a colon
				sr.cue = p.Title || hasCue(d.Text[s.Start:s.End])
			}
			st.sents = append(st.sents, sr)
		}
		st.sentN[i] = len(st.sents) - st.sentFirst[i]
	}
	// A quotation left open at a paragraph's end carries on when the
	// next paragraph opens with a mark.
	for k := 1; k < len(st.paras); k++ {
		prev, cur := st.pieces[st.paras[k-1]], st.pieces[st.paras[k]]
		if len(prev) == 0 || len(cur) == 0 || !prev[len(prev)-1].leftOpen {
			continue
		}
		if opensParagraph(d, st.paras[k], cur[0]) {
			cur[0].continues = true
		}
	}
	// Tokens of the sentences that matter, quotations masked, and the
	// names in them (of every sentence, in a short document).
	small := len(d.Text) <= smallDoc
	for k := range st.sents {
		if st.sents[k].cue || small {
			st.tokens(k)
		}
	}
	var out []found
	for _, pi := range st.paras {
		out = append(out, st.directQuotes(pi, doc)...)
	}
	for _, f := range out {
		if f.ref.ok() && isName(f.ref.ts, f.ref.a, f.ref.b) {
			st.ppl.markPerson(foldKey(f.ref.ts[f.ref.b].low))
		}
	}
	out = append(out, st.reported(doc)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].q.Start < out[j].q.Start })
	st.name(out)
	return st.dropRepeats(out)
}

// nextMark returns the offset of the first quotation mark (straight,
// curly or a guillemet) in s at or after i, or -1.
func nextMark(s string, i int) int {
	var f markFinder
	f.reset(s)
	return f.next(i)
}

// markFinder finds quotation marks in a text, one after another, with
// strings.IndexByte on the bytes a mark may begin with (which is much
// faster than reading every byte), remembering where each was last seen.
type markFinder struct {
	s    string
	at   [4]int // the next offset of each lead byte at or after from, or len(s)
	from [4]int // where at was looked for from
}

var markLeads = [4]byte{'"', '\'', 0xE2, 0xC2}

func (f *markFinder) reset(s string) {
	f.s = s
	for k := range f.at {
		f.at[k], f.from[k] = -1, -1
	}
}

func (f *markFinder) next(i int) int {
	for i < len(f.s) {
		best := len(f.s)
		for k, b := range markLeads {
			if f.from[k] < 0 || f.at[k] < i && f.at[k] < len(f.s) || f.from[k] > i {
				j := strings.IndexByte(f.s[i:], b)
				if j < 0 {
					f.at[k] = len(f.s)
				} else {
					f.at[k] = i + j
				}
				f.from[k] = i
			}
			best = min(best, f.at[k])
		}
		if best >= len(f.s) {
			return -1
		}
		c := f.s[best]
		switch {
		case c == '"' || c == '\'':
			return best
		case c == 0xE2 && best+2 < len(f.s) && f.s[best+1] == 0x80 && f.s[best+2] >= 0x98 && f.s[best+2] <= 0x9E:
			return best
		case c == 0xC2 && best+1 < len(f.s) && (f.s[best+1] == 0xAB || f.s[best+1] == 0xBB):
			return best
		}
		i = best + 1
	}
	return -1
}

// cues are the words that may make a sentence report speech: the forms
// of the verbs of saying that can take a clause, and "according".
var cues = func() map[string]bool {
	m := map[string]bool{"according": true}
	for w, f := range speechVerbs {
		if f != vBase && !noClause[w] {
			m[w] = true
		}
	}
	return m
}()

// cueShape[len][first letter] says whether some cue has that length and
// first letter: most words are passed over without a map look-up.
var cueShape = func() (t [17][26]bool) {
	for w := range cues {
		if len(w) <= 16 && w[0] >= 'a' && w[0] <= 'z' {
			t[len(w)][w[0]-'a'] = true
		}
	}
	return t
}()

// hasCue reports whether s holds, in any case, a verb of saying that may
// introduce reported speech, or "according". A verb
// followed by a preposition or a comma ("said unto them", "said, Let
// there be") introduces no clause and counts only when the sentence ends
// within a few words of it ("…, the company said on Friday."). It reads
// ASCII words only and allocates nothing.
func hasCue(s string) bool {
	var buf [16]byte
	n := 0
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= 'a' && c <= 'z':
			if n < len(buf) {
				buf[n] = c
			}
			n++
		case c >= 'A' && c <= 'Z':
			if n < len(buf) {
				buf[n] = c + 'a' - 'A'
			}
			n++
		default:
			if n >= 3 && n <= 16 && cueShape[n][buf[0]-'a'] && cues[string(buf[:n])] {
				if string(buf[:n]) == "according" || opensClause(s[i:]) {
					return true
				}
			}
			n = 0
		}
	}
	return false
}

// opensClause reports whether the text after a verb of saying may hold
// what it reports: the sentence ends within a few words, "that" comes
// within them, or the next word is neither a preposition nor after a
// comma or colon.
func opensClause(rest string) bool {
	words, i := 0, 0
	first := ""
	for i < len(rest) && words <= 6 {
		for i < len(rest) && rest[i] == ' ' {
			i++
		}
		if i >= len(rest) {
			break
		}
		if words == 0 && (rest[i] == ',' || rest[i] == ':' || rest[i] == ';') {
			// "said, …": only an attribution at the sentence's end
			first = ","
		}
		j := i
		for j < len(rest) && rest[j] != ' ' && rest[j] != '\n' {
			j++
		}
		w := strings.ToLower(strings.Trim(rest[i:j], ",.;:"))
		if words == 0 && first == "" {
			first = w
		}
		if w == "that" && first != "," {
			return true // "said on Friday that …"
		}
		words++
		i = j + 1
	}
	if words <= 6 && i >= len(rest) {
		return true
	}
	return first != "," && !prepositions[first]
}

func masksOf(ps []piece) []mask {
	m := make([]mask, len(ps))
	for i, p := range ps {
		m[i] = p.markSpan()
		m[i].piece = i
	}
	return m
}

// opensParagraph reports whether piece p's opening mark is the first
// thing in paragraph pi.
func opensParagraph(d *model.Document, pi int, p piece) bool {
	return strings.TrimSpace(d.Text[d.Paragraphs[pi].Start:p.open]) == ""
}

// sentencesOf returns the indices in st.sents of paragraph pi's sentences
// that overlap [s, e), or -1, -1.
func (st *docState) sentencesOf(pi, s, e int) (int, int) {
	lo, hi := st.sentFirst[pi], st.sentFirst[pi]+st.sentN[pi]
	k := lo + sort.Search(hi-lo, func(k int) bool { return st.sents[lo+k].End > s })
	first, last := -1, -1
	for ; k < hi && st.sents[k].Start < e; k++ {
		if first < 0 {
			first = k
		}
		last = k
	}
	return first, last
}

// window joins the tokens of sentences first..last.
func (st *docState) window(first, last int) []token {
	if first == last {
		return st.tokens(first)
	}
	var ts []token
	for k := first; k <= last; k++ {
		for _, t := range st.tokens(k) {
			// a quotation that runs over a sentence break is one token
			if t.kind == tQuote && len(ts) > 0 && ts[len(ts)-1].kind == tQuote && ts[len(ts)-1].piece == t.piece {
				continue
			}
			ts = append(ts, t)
		}
	}
	return ts
}

// directQuotes turns paragraph pi's pieces into quotations, a quotation
// split by its attribution into one, each with the phrase that names its
// speaker.
func (st *docState) directQuotes(pi, doc int) []found {
	ps := st.pieces[pi]
	var out []found
	for i := 0; i < len(ps); {
		j := i
		for j+1 < len(ps) && st.splitByAttribution(pi, ps, j) {
			j++
		}
		q := model.Quote{Doc: doc, Para: pi, Kind: model.QuoteDirect,
			Span: model.Span{Start: ps[i].inner.Start, End: ps[j].inner.End}, Continues: ps[i].continues}
		if j > i {
			for k := i; k <= j; k++ {
				q.Parts = append(q.Parts, ps[k].inner)
			}
		}
		f := found{q: q, lead: i == 0 && opensParagraph(st.d, pi, ps[i])}
		first, last := st.sentencesOf(pi, ps[i].open, ps[j].close)
		if first >= 0 && !ps[i].continues {
			// a quotation that ends its sentence ("“Why now?”") may have
			// its attribution in the next ("Tom Reid asked.")
			if last+1 < st.sentFirst[pi]+st.sentN[pi] && st.sents[last].End-ps[j].close <= 4 &&
				strings.TrimSpace(st.d.Text[ps[j].close:st.sents[last].End]) == "" &&
				(j+1 >= len(ps) || ps[j+1].open >= st.sents[last+1].End) {
				last++
			}
			ts := st.window(first, last)
			qi, qj := quoteToken(ts, ps[i].open, i), quoteToken(ts, ps[j].open, j)
			if qi >= 0 && qj >= 0 {
				f.ref = afterQuote(ts, qj+1)
				for k := qi; !f.ref.ok() && k < qj; k++ {
					if ts[k].kind == tQuote {
						f.ref = afterQuote(ts, k+1)
					}
				}
				if !f.ref.ok() {
					lo := qi
					for lo > 0 && ts[lo-1].kind != tQuote {
						lo--
					}
					f.ref = beforeQuote(ts, lo, qi, st.subject)
				}
				if !f.ref.ok() {
					// the attribution may sit before an earlier quotation of
					// the sentence ("calling X “…” and citing Y as saying, “…”")
					// or after a later one
					for k := qj + 1; !f.ref.ok() && k < len(ts) && k <= qj+24; k++ {
						if ts[k].kind == tQuote {
							f.ref = afterQuote(ts, k+1)
						}
					}
				}
			}
		}
		if !f.ref.ok() && len(out) > 0 && !ps[i].continues {
			// a second quotation in the sentence of an attributed one
			// ("is “actively consulting” … with its “partners”")
			if prev := out[len(out)-1]; prev.ref.ok() && first >= 0 {
				if pf, pl := st.sentencesOf(pi, prev.q.Start, prev.q.End); pl >= first && pf <= last {
					f.ref = prev.ref
				}
			}
		}
		if f.ref.ok() {
			f.at = int(f.ref.ts[f.ref.a].start)
		}
		out = append(out, f)
		i = j + 1
	}
	return out
}

// subject is sentenceSubject, preferring a person named in the sentence
// before the verb ("Zelensky has made an accusation, claiming that …").
func (st *docState) subject(ts []token, lo, v int) npRef {
	start := skipDateline(ts, lo, v)
	for k := start; k < v; k++ {
		if ts[k].kind == tWord && ts[k].capital && st.ppl.keys[foldKey(ts[k].low)] {
			a := k
			for a > start && ts[a-1].kind == tWord && ts[a-1].capital && !npStops[ts[a-1].low] && !determiners[ts[a-1].low] {
				a--
			}
			b := k
			for b+1 < v && ts[b+1].kind == tWord && ts[b+1].capital && !ts[b].poss {
				b++
			}
			return npRef{ts, a, b}
		}
	}
	return sentenceSubject(ts, lo, v)
}

// splitByAttribution reports whether pieces a and b are one quotation
// broken by its attribution: “Everything is done,” he said, “to prevent …”.
// A second piece with an attribution of its own after it is a quotation
// of its own.
func (st *docState) splitByAttribution(pi int, ps []piece, k int) bool {
	a, b := ps[k], ps[k+1]
	if a.leftOpen {
		return false
	}
	text := st.d.Text
	end := st.d.Paragraphs[pi].End
	if k+2 < len(ps) {
		end = ps[k+2].open
	}
	if !b.leftOpen && afterQuote(tokenize(text, b.close, end, nil), 0).ok() {
		return false
	}
	gap := strings.TrimSpace(text[a.close:b.open])
	inner := strings.TrimSpace(text[a.inner.Start:a.inner.End])
	if !(strings.HasSuffix(inner, ",") || strings.HasPrefix(gap, ",")) {
		return false
	}
	if gap == "" || !strings.ContainsAny(gap[len(gap)-1:], ",.:;") {
		return false
	}
	ts := tokenize(text, a.close, b.open, nil)
	words, verb := 0, false
	for _, t := range ts {
		if t.kind == tWord {
			words++
			if speechVerbs[t.low] != 0 {
				verb = true
			}
		}
	}
	return verb && words <= 14
}

// name turns each speaker phrase into a name, resolving pronouns and
// titles, and fills in quotations with no attribution of their own.
func (st *docState) name(fs []found) {
	prevPara, prevSpeaker := -1, ""
	prevHadQuote := false
	for k := range fs {
		f := &fs[k]
		switch {
		case f.ref.ok():
			f.q.Speaker = st.speakerName(f.ref, f.at)
		case f.q.Continues && k > 0:
			f.q.Speaker = fs[k-1].q.Speaker
		case f.lead && f.q.Kind == model.QuoteDirect:
			if sp, ok := st.introducedBefore(f.q.Para); ok {
				f.q.Speaker = sp
			} else if sp, ok := st.wordsOfAfter(f.q.Para); ok {
				f.q.Speaker = sp
			} else if prevHadQuote && st.previousParagraph(f.q.Para) == prevPara {
				// a paragraph that opens with a quotation carries on the
				// speaker of the quotation just before it
				f.q.Speaker = prevSpeaker
			}
		}
		if f.q.Speaker != "" {
			st.last = f.q.Speaker
		}
		if f.q.Kind == model.QuoteDirect {
			prevPara, prevSpeaker, prevHadQuote = f.q.Para, f.q.Speaker, true
		}
	}
}

// previousParagraph returns the paragraph read before pi, or -1.
func (st *docState) previousParagraph(pi int) int {
	if k := st.pos[pi]; k > 0 {
		return st.paras[k-1]
	}
	return -1
}

func (st *docState) nextParagraph(pi int) int {
	if k := st.pos[pi]; k >= 0 && k+1 < len(st.paras) {
		return st.paras[k+1]
	}
	return -1
}

// introducedBefore: the paragraph before pi ends with a colon after an
// attribution ("He said:").
func (st *docState) introducedBefore(pi int) (string, bool) {
	prev := st.previousParagraph(pi)
	if prev < 0 || len(st.pieces[prev]) > 0 {
		return "", false
	}
	if st.sentN[prev] > 0 {
		ts := st.tokens(st.sentFirst[prev] + st.sentN[prev] - 1)
		if len(ts) == 0 || !isPunct(ts[len(ts)-1], ":") {
			return "", false
		}
		ref := beforeQuote(append(ts[:len(ts):len(ts)], token{kind: tQuote}), 0, len(ts), st.subject)
		if !ref.ok() {
			return "", false
		}
		return st.speakerName(ref, int(ref.ts[ref.a].start)), true
	}
	return "", false
}

// wordsOfAfter: the next paragraph gives the quotation its speaker
// ("Those were the words of X").
func (st *docState) wordsOfAfter(pi int) (string, bool) {
	next := st.nextParagraph(pi)
	if next < 0 {
		return "", false
	}
	if st.sentN[next] > 0 {
		ts := st.tokens(st.sentFirst[next])
		for k := 0; k+2 < len(ts) && k < 8; k++ {
			if ts[k].low == "words" && ts[k+1].low == "of" {
				if a, b, ok := fwdNP(ts, k+2); ok {
					return st.speakerName(npRef{ts, a, b}, int(ts[a].start)), true
				}
			}
		}
		return "", false
	}
	return "", false
}

// speakerName turns a speaker's phrase into the name to show: a person's
// fullest name, a pronoun's or a title's person when unambiguous, else
// the phrase as written.
func (st *docState) speakerName(n npRef, at int) string {
	ts := n.ts[n.a : n.b+1]
	if len(ts) == 1 && allPronouns[ts[0].low] {
		if personPronouns[ts[0].low] {
			return st.nearest(at)
		}
		return ""
	}
	a := 0
	for a < len(ts) && determiners[ts[a].low] {
		a++
	}
	if a == len(ts) {
		return ""
	}
	// a title, then a name: the name
	lastTitle := -1
	for k := a; k < len(ts); k++ {
		if isTitle(ts[k].low) {
			lastTitle = k
		}
	}
	if lastTitle >= 0 && lastTitle+1 < len(ts) && isName(ts, lastTitle+1, len(ts)-1) {
		return st.ppl.display(joinWords(st.d.Text, ts[lastTitle+1:]))
	}
	// "the president", "the Ukrainian leader": the person meant
	if a > 0 && ts[0].low == "the" && roleWords[ts[len(ts)-1].low] && !ts[len(ts)-1].capital {
		if p := st.nearest(at); p != "" {
			return p
		}
	}
	if isName(ts, a, len(ts)-1) {
		return st.ppl.display(joinWords(st.d.Text, ts[a:]))
	}
	// a description, as written, its determiner in lower case ("The
	// company said" gives "the company")
	desc := strings.Join(strings.Fields(st.d.Text[n.ts[n.a].start:n.ts[n.b].end]), " ")
	if determiners[ts[0].low] && ts[0].capital {
		desc = ts[0].low + desc[len(ts[0].text(st.d.Text)):]
	}
	return desc
}

func joinWords(text string, ts []token) string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = strings.TrimSuffix(strings.TrimSuffix(t.text(text), "'s"), "’s")
	}
	return strings.Join(w, " ")
}

// dropRepeats removes what was found in a paragraph that repeats an
// earlier one, giving its speaker to the first when that had none.
func (st *docState) dropRepeats(fs []found) []model.Quote {
	type at struct {
		para, off int
		kind      model.QuoteKind
	}
	out := make([]model.Quote, 0, len(fs))
	index := map[at]int{}
	for _, f := range fs {
		if st.d.Paragraphs[f.q.Para].DuplicateOf < 0 {
			index[at{f.q.Para, f.q.Start - st.d.Paragraphs[f.q.Para].Start, f.q.Kind}] = len(out)
			out = append(out, f.q)
		}
	}
	for _, f := range fs {
		orig := st.d.Paragraphs[f.q.Para].DuplicateOf
		if orig < 0 || f.q.Speaker == "" {
			continue
		}
		k, ok := index[at{orig, f.q.Start - st.d.Paragraphs[f.q.Para].Start, f.q.Kind}]
		if ok && out[k].Speaker == "" {
			out[k].Speaker = f.q.Speaker
		}
	}
	return out
}

// quoteToken returns the index in ts (ordered by offset) of the token
// that masks piece k, which opens at open, or -1.
func quoteToken(ts []token, open, k int) int {
	x := sort.Search(len(ts), func(x int) bool { return int(ts[x].start) >= open })
	if x < len(ts) && ts[x].kind == tQuote && int(ts[x].piece) == k {
		return x
	}
	return -1
}
