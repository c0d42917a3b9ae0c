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
	sents  []sentRef // every sentence read, in order
	ppl    *people
	last   string // the last speaker named, for pronouns
}

// sentRef is one sentence of a paragraph that is read.
type sentRef struct {
	para int
	model.Span
	toks []token
}

// found is a quotation or a reported clause before it is a model.Quote.
type found struct {
	q       model.Quote
	ref     npRef // the speaker's phrase, if any
	at      int   // where the phrase is, for pronouns
	pending bool  // no attribution in its own sentences
	lead    bool  // the quotation opens its paragraph
}

// Find returns the quotations and the reported speech of document d
// (whose index among the documents compared is doc), in reading order.
// Page furniture is skipped; a paragraph that repeats an earlier one adds
// nothing, though an attribution next to the repeat counts for the first.
func Find(d *model.Document, doc int) []model.Quote {
	st := &docState{d: d, pieces: make([][]piece, len(d.Paragraphs)), ppl: newPeople()}
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.Boilerplate {
			continue
		}
		st.paras = append(st.paras, i)
		ends := make([]int, len(p.Sentences))
		for k, s := range p.Sentences {
			ends[k] = s.End
		}
		st.pieces[i] = scanParagraph(d.Text, i, p.Span, ends)
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
	// Tokens of every sentence, quotations masked, and the names in them.
	for _, pi := range st.paras {
		p := &d.Paragraphs[pi]
		masks := masksOf(st.pieces[pi])
		sents := p.Sentences
		if len(sents) == 0 {
			sents = []model.Sentence{{Span: p.Span}}
		}
		for _, s := range sents {
			ts := tokenize(d.Text, s.Start, s.End, masks)
			st.ppl.scan(ts, len(st.sents))
			st.sents = append(st.sents, sentRef{para: pi, Span: s.Span, toks: ts})
		}
	}
	var out []found
	for _, pi := range st.paras {
		out = append(out, st.directQuotes(pi, doc)...)
	}
	for _, f := range out {
		if f.ref.ok() && f.ref.b > f.ref.a && isName(f.ref.ts, f.ref.a, f.ref.b) {
			st.ppl.markPerson(foldKey(f.ref.ts[f.ref.b].low))
		}
	}
	st.ppl.finish()
	out = append(out, st.reported(doc)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].q.Start < out[j].q.Start })
	st.name(out)
	return st.dropRepeats(out)
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
// that overlap [s, e).
func (st *docState) sentencesOf(pi, s, e int) (int, int) {
	first, last := -1, -1
	for k, sr := range st.sents {
		if sr.para != pi {
			if first >= 0 {
				break
			}
			continue
		}
		if sr.End > s && sr.Start < e || sr.Start >= s && sr.Start < e {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return first, last
}

// window joins the tokens of sentences first..last.
func (st *docState) window(first, last int) []token {
	if first == last {
		return st.sents[first].toks
	}
	var ts []token
	for k := first; k <= last; k++ {
		ts = append(ts, st.sents[k].toks...)
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
			ts := st.window(first, last)
			qi, qj := -1, -1
			for k, t := range ts {
				if t.kind == tQuote && t.piece == i {
					qi = k
				}
				if t.kind == tQuote && t.piece == j {
					qj = k
				}
			}
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
					for k := qj + 1; !f.ref.ok() && k < len(ts); k++ {
						if ts[k].kind == tQuote {
							f.ref = afterQuote(ts, k+1)
						}
					}
				}
			}
		}
		if f.ref.ok() {
			f.at = f.ref.ts[f.ref.a].start
		} else {
			f.pending = true
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
	for k, p := range st.paras {
		if p == pi && k > 0 {
			return st.paras[k-1]
		}
	}
	return -1
}

func (st *docState) nextParagraph(pi int) int {
	for k, p := range st.paras {
		if p == pi && k+1 < len(st.paras) {
			return st.paras[k+1]
		}
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
	for k := len(st.sents) - 1; k >= 0; k-- {
		sr := st.sents[k]
		if sr.para != prev {
			continue
		}
		ts := sr.toks
		if len(ts) == 0 || !isPunct(ts[len(ts)-1], ":") {
			return "", false
		}
		ref := beforeQuote(append(ts[:len(ts):len(ts)], token{kind: tQuote}), 0, len(ts), st.subject)
		if !ref.ok() {
			return "", false
		}
		return st.speakerName(ref, ref.ts[ref.a].start), true
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
	for _, sr := range st.sents {
		if sr.para != next {
			continue
		}
		ts := sr.toks
		for k := 0; k+2 < len(ts) && k < 8; k++ {
			if ts[k].low == "words" && ts[k+1].low == "of" {
				if a, b, ok := fwdNP(ts, k+2); ok {
					return st.speakerName(npRef{ts, a, b}, ts[a].start), true
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
			return st.ppl.nearest(at, st.last)
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
		return st.ppl.display(joinWords(ts[lastTitle+1:]))
	}
	// "the president", "the Ukrainian leader": the person meant
	if a > 0 && ts[0].low == "the" && roleWords[ts[len(ts)-1].low] && !ts[len(ts)-1].capital {
		if p := st.ppl.nearest(at, st.last); p != "" {
			return p
		}
	}
	if isName(ts, a, len(ts)-1) {
		return st.ppl.display(joinWords(ts[a:]))
	}
	return strings.Join(strings.Fields(st.d.Text[n.ts[n.a].start:n.ts[n.b].end]), " ")
}

func joinWords(ts []token) string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")
	}
	return strings.Join(w, " ")
}

// dropRepeats removes what was found in a paragraph that repeats an
// earlier one, giving its speaker to the first when that had none.
func (st *docState) dropRepeats(fs []found) []model.Quote {
	out := make([]model.Quote, 0, len(fs))
	for _, f := range fs {
		if st.d.Paragraphs[f.q.Para].DuplicateOf < 0 {
			out = append(out, f.q)
		}
	}
	for _, f := range fs {
		orig := st.d.Paragraphs[f.q.Para].DuplicateOf
		if orig < 0 || f.q.Speaker == "" {
			continue
		}
		off := f.q.Start - st.d.Paragraphs[f.q.Para].Start
		for k := range out {
			if out[k].Para == orig && out[k].Start-st.d.Paragraphs[orig].Start == off && out[k].Speaker == "" && out[k].Kind == f.q.Kind {
				out[k].Speaker = f.q.Speaker
			}
		}
	}
	return out
}
