package align

import (
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// mention is one detail a passage states: a quantity with the noun it
// counts, a day or date, or a name.
type mention struct {
	Doc int
	Key string // what the detail is about: the counted noun's stem, "day", "month", the preposition before a place
	// Label names the key for a reader (the counted noun as written).
	Label string
	Norm  string // the detail in normal form, for comparison
	Text  string // as written
	// Context is, for a date, the stems of the words around it: two
	// dates are of one event only when their contexts share a word.
	Context []string
	model.Span
}

// extractor holds what finding the details of one claim after
// another can keep: the token and mention buffers, and the stems seen so
// far. One worker uses one; nothing a claim gets refers to it.
type extractor struct {
	toks                      []token
	qty, dates, places, names []mention
	stems, folds              map[string]string
	foldFn                    func(string) string
}

// fold is foldWord, remembered for words it changes.
func (x *extractor) fold(w string) string {
	if isFolded(w) {
		return w
	}
	if n, ok := x.folds[w]; ok {
		return n
	}
	if x.folds == nil {
		x.folds = map[string]string{}
	}
	n := foldWord(w)
	x.folds[w] = n
	return n
}

// stem is stem, remembered.
func (x *extractor) stem(w string) string {
	if s, ok := x.stems[w]; ok {
		return s
	}
	if x.stems == nil {
		x.stems = map[string]string{}
	}
	s := stem(w)
	x.stems[w] = s
	return s
}

// discrepancies lists what differs in substance between the passages
// of a shared claim: quantities of the same thing ("12,000 soldiers" and
// "thousands of soldiers"; "three generals" and "a few generals"), days and
// dates ("Friday" and "Saturday"), and names: spellings of one name
// ("Kiev" and "Kyiv", marked Variant) and different places after the same
// preposition ("in Kursk" and "in Oryol"). A detail only one source gives
// is not a disagreement and is not listed.
//
// A disagreement is reported only between two mentions that strong says
// come from passages that match well (nil: any two), since a detail of a
// loosely matched passage may be about something else; values are compared
// without regard to case.
// x holds working memory reused from claim to claim.
func discrepanciesWith(docs []*model.Document, cl *model.Claim, strong strongFunc, x *extractor) []model.Discrepancy {
	qty, dates, places, names := x.qty[:0], x.dates[:0], x.places[:0], x.names[:0]
	for _, p := range cl.Passages {
		d := docs[p.Doc]
		if x.foldFn == nil {
			x.foldFn = x.fold
		}
		// A dateline opening the paragraph states no value of the story.
		from := p.Start
		if para := d.Paragraphs[p.Para]; para.Start == p.Start || strings.TrimSpace(d.Text[para.Start:p.Start]) == "" {
			from = min(datelineEnd(d.Text, p.Start), p.End)
		}
		x.toks = tokenizeFold(d.Text[from:p.End], from, x.toks[:0], x.foldFn)
		qty = quantities(qty, x, d, p.Doc, x.toks)
		dates = extractDates(dates, x, d, p.Doc, x.toks)
		places = extractPlaces(places, x, d, p.Doc, x.toks)
		names = extractNames(names, d, p.Doc, p.Start, x.toks)
	}
	x.qty, x.dates, x.places, x.names = qty, dates, places, names
	var out []model.Discrepancy
	out = append(out, conflicts(model.DiscrepancyNumber, qty, strong)...)
	out = append(out, conflicts(model.DiscrepancyDate, dates, sameEvent(strong))...)
	out = append(out, conflicts(model.DiscrepancyName, places, strong)...)
	out = append(out, variants(names)...)
	return out
}

// strongFunc reports whether two mentions of different sources lie
// in passages that match well enough for their details to be compared.
type strongFunc func(a, b mention) bool

// sameEvent narrows strong for dates: two dates are compared only when
// the words around them share one ("ran aground on Tuesday" and "ran
// aground on Monday"), not when they date two different events ("ran
// aground on Tuesday", "was towed to port on Thursday").
func sameEvent(strong strongFunc) strongFunc {
	return func(a, b mention) bool {
		if strong != nil && !strong(a, b) {
			return false
		}
		for _, x := range a.Context {
			for _, y := range b.Context {
				if x == y {
					return true
				}
			}
		}
		return false
	}
}

// conflicts groups mentions by key and reports each key on which two
// sources disagree outright: both give values for it in passages that
// match well, and no such value of one is a value (or a spelling of a
// value) of the other. A source that gives "Friday and Saturday" does not
// contradict one that says "Saturday".
func conflicts(kind model.DiscrepancyKind, ms []mention, strong strongFunc) []model.Discrepancy {
	byKey := map[string][]mention{}
	var keys []string
	for _, m := range ms {
		if _, ok := byKey[m.Key]; !ok {
			keys = append(keys, m.Key)
		}
		byKey[m.Key] = append(byKey[m.Key], m)
	}
	sort.Strings(keys)
	var out []model.Discrepancy
	for _, k := range keys {
		group := byKey[k]
		if oneValue(group) {
			continue // every source gives the same value: nothing to compare
		}
		byDoc := map[int][]int{}
		var docs []int
		for i, m := range group {
			if _, ok := byDoc[m.Doc]; !ok {
				docs = append(docs, m.Doc)
			}
			byDoc[m.Doc] = append(byDoc[m.Doc], i)
		}
		sort.Ints(docs)
		involved := make([]bool, len(group))
		for xi, x := range docs {
			for _, y := range docs[xi+1:] {
				a, b := pairedValues(group, byDoc[x], byDoc[y], strong)
				if len(a) == 0 || len(b) == 0 || shareValue(norms(group, a), norms(group, b)) {
					continue
				}
				for _, i := range append(a, b...) {
					involved[i] = true
				}
			}
		}
		dis := model.Discrepancy{Kind: kind}
		var shown []string
		seen := map[string]bool{}
		for i, m := range group {
			if !involved[i] {
				continue
			}
			dis.Values = append(dis.Values, model.DiscrepancyValue{Doc: m.Doc, Text: m.Text, Span: m.Span})
			shown = append(shown, m.Text)
			seen[strings.ToLower(m.Norm)] = true
		}
		if len(seen) < 2 {
			continue // one value however written: no disagreement
		}
		dis.Note = note(kind, group[0].Label, shown)
		out = append(out, dis)
	}
	return out
}

// oneValue reports whether every mention gives the same value, as
// written or but for case.
func oneValue(group []mention) bool {
	for _, m := range group[1:] {
		if !strings.EqualFold(m.Norm, group[0].Norm) {
			return false
		}
	}
	return true
}

// pairedValues returns, of group's mentions xs of one source and ys of
// another, those that strong pairs with a mention of the other source.
func pairedValues(group []mention, xs, ys []int, strong strongFunc) (a, b []int) {
	for _, i := range xs {
		for _, j := range ys {
			if strong == nil || strong(group[i], group[j]) {
				a = appendOnce(a, i)
				b = appendOnce(b, j)
			}
		}
	}
	sort.Ints(b)
	return a, b
}

func appendOnce(s []int, i int) []int {
	for _, x := range s {
		if x == i {
			return s
		}
	}
	return append(s, i)
}

// norms returns the values of the mentions at idx.
func norms(group []mention, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = group[i].Norm
	}
	return out
}

// shareValue reports whether two sources' values for one key have one
// in common, counting spellings of one name as one.
func shareValue(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) || spellingVariants(x, y) {
				return true
			}
		}
	}
	return false
}

// note writes a short human note: "12,000 vs thousands (soldiers)".
func note(kind model.DiscrepancyKind, label string, shown []string) string {
	seen := map[string]bool{}
	var uniq []string
	for _, s := range shown {
		if !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			uniq = append(uniq, s)
		}
	}
	note := strings.Join(uniq, " vs ")
	if label != "" {
		note += " (" + label + ")"
	}
	return note
}

// variants reports names that different sources spell differently
// (Kiev/Kyiv): not a disagreement, but worth knowing.
func variants(ms []mention) []model.Discrepancy {
	var out []model.Discrepancy
	used := make([]bool, len(ms))
	for i := range ms {
		if used[i] {
			continue
		}
		group := []mention{ms[i]}
		spellings := map[string]bool{ms[i].Norm: true}
		for j := i + 1; j < len(ms); j++ {
			if used[j] {
				continue
			}
			if ms[j].Norm == ms[i].Norm || spellingVariants(ms[i].Norm, ms[j].Norm) {
				used[j] = true
				group = append(group, ms[j])
				spellings[ms[j].Norm] = true
			}
		}
		docs := map[int]bool{}
		for _, m := range group {
			docs[m.Doc] = true
		}
		if len(spellings) < 2 || len(docs) < 2 {
			continue
		}
		dis := model.Discrepancy{Kind: model.DiscrepancyName, Variant: true}
		var shown []string
		for _, m := range group {
			dis.Values = append(dis.Values, model.DiscrepancyValue{Doc: m.Doc, Text: m.Text, Span: m.Span})
			shown = append(shown, m.Text)
		}
		dis.Note = note(model.DiscrepancyName, "", shown) + ": spellings of one name"
		out = append(out, dis)
	}
	return out
}
