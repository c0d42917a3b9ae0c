package quote

import (
	"math"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/parallax-reader/parallax/model"
)

// Matching: two renderings are of one statement when the content words
// they share weigh enough of the shorter one (a fragment of a longer
// quotation shares all of its own words; another translation or a
// paraphrase shares the rare ones). Words are stemmed and cut to a few
// letters, so that "Korea" and "Korean" or "prisoner" and "prisoners"
// meet; each counts by how rare it is among the renderings compared.

// The scores: the weight of the shared stems over the weight of the
// shorter rendering's. Names (words written with a capital inside the
// rendering) count for half: what a statement says is in its other words,
// while names are what the whole story is about.
const (
	minScore = 0.45
	// minScoreClaim applies when align put the two renderings' sentences
	// in one claim and the speakers do not disagree; when both are given
	// to one named speaker, that is enough on its own.
	minScoreClaim = 0.2
	// minScoreSpeaker applies when two named speakers disagree.
	minScoreSpeaker = 0.7
	minShared       = 2
	nameWeight      = 0.5
	stemLen         = 5
	// maxPosting: a stem in more renderings than this proposes no pairs
	// (it still counts in the score), so that a book's common words do
	// not make every pair a candidate.
	maxPosting = 64
	// maxSents: a rendering of more sentences than this (a speech) is
	// matched as a whole only.
	maxSents = 8
	// maxStems: a long rendering is matched on its first words only.
	maxStems = 64
	// maxPerClaim: a claim holding more renderings than this proposes no
	// pairs.
	maxPerClaim = 16
	// maxLink bounds the size of the two groups whose average link is
	// checked before they are joined.
	maxLink = 400
	// minLink is the average score two groups need to be joined.
	minLink = minScore
)

// matchStop are function words and the verbs of saying, which any two
// quotations may share.
var matchStop = set("a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than",
	"that", "this", "these", "those", "there", "here", "it", "its", "he", "him", "his", "she", "her",
	"they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose",
	"which", "what", "when", "where", "why", "how", "is", "are", "was", "were", "be", "been", "being",
	"am", "do", "does", "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could",
	"may", "might", "must", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "about",
	"as", "over", "under", "after", "before", "during", "while", "since", "until", "through", "also",
	"very", "all", "any", "some", "such", "said", "says", "say", "told", "just", "now", "even", "only",
	"moreover", "however", "among", "others", "way", "one", "s", "mr", "mrs", "ms")

type unit struct {
	q      model.Quote
	d      *model.Document
	stems  []int32   // distinct stem ids
	name   []float64 // the factor of stems[k]'s weight (see bag)
	key    string    // the speaker's surname, folded, or ""
	named  bool      // the speaker is a name, not "the company"
	claims []int     // shared claims whose passages hold the rendering
	// sents are the rendering's sentences, when it has several: one
	// source may quote one sentence of what another quotes at length.
	sents []bag
	// str holds the stems of the whole and of each sentence until they
	// are numbered.
	str []bagStr
}

// bag is a set of stems, each with the factor its weight is taken at:
// 1 for a word, less for a word of a name (nameWeight shared among the
// words of the name: "Maritime Safety Board" counts as one name).
type bag struct {
	stems []int32
	name  []float64
}

type bagStr struct {
	stems []string
	name  []float64
	seen  map[string]int
}

func (b *bagStr) add(st string, factor float64) {
	k := -1
	if b.seen != nil {
		if x, ok := b.seen[st]; ok {
			k = x
		}
	} else {
		for x, y := range b.stems {
			if y == st {
				k = x
				break
			}
		}
	}
	if k >= 0 {
		b.name[k] = max(b.name[k], factor)
		return
	}
	b.stems = append(b.stems, st)
	b.name = append(b.name, factor)
	if b.seen != nil {
		b.seen[st] = len(b.stems) - 1
	} else if len(b.stems) == 24 {
		b.seen = make(map[string]int, 64)
		for x, y := range b.stems {
			b.seen[y] = x
		}
	}
}

// words returns every word of the rendering, in lower case and in order.
func (u unit) words() []string {
	var ws []string
	for _, p := range u.parts() {
		eachWord(u.d.Text, p.Start, p.End, func(w string, _ bool, _, _ int) bool {
			ws = append(ws, strings.TrimSuffix(w, "'s"))
			return true
		})
	}
	return ws
}

func (u unit) parts() []model.Span {
	if len(u.q.Parts) == 0 {
		return []model.Span{u.q.Span}
	}
	return u.q.Parts
}

// stemmer caches stems: a book repeats its words.
type stemmer map[string]string

func (s stemmer) stem(w string) string {
	if st, ok := s[w]; ok {
		return st
	}
	st := english.Stem(w, false)
	if r := []rune(st); len(r) > stemLen {
		st = string(r[:stemLen])
	}
	s[w] = st
	return st
}

// interner numbers stems across the documents.
type interner map[string]int32

func (in interner) id(s string) int32 {
	id, ok := in[s]
	if !ok {
		id = int32(len(in))
		in[s] = id
	}
	return id
}

// number turns the unit's stems into ids.
func (u *unit) number(in interner) {
	conv := func(b bagStr) bag {
		out := bag{stems: make([]int32, len(b.stems)), name: b.name}
		for k, s := range b.stems {
			out.stems[k] = in.id(s)
		}
		return out
	}
	whole := conv(u.str[0])
	u.stems, u.name = whole.stems, whole.name
	if len(u.str) > 2 && len(u.str) <= maxSents+1 {
		for _, b := range u.str[1:] {
			u.sents = append(u.sents, conv(b))
		}
	}
	u.str = nil
}

// word is a word of a rendering being read.
type word struct {
	stem string
	run  int // index of the name run it is in, or -1
	sent int
}

// scratch is reused from one rendering to the next.
type scratch struct {
	ws     []word
	runLen []int
}

// makeUnit reads a rendering's stems, of the whole and of each sentence.
func makeUnit(d *model.Document, q model.Quote, sm stemmer, sc *scratch) unit {
	u := unit{q: q, d: d, key: speakerKey(q.Speaker), named: isNamed(q.Speaker)}
	u.str = []bagStr{{}, {}}
	ws, runLen := sc.ws[:0], sc.runLen[:0]
	defer func() { sc.ws, sc.runLen = ws, runLen }()
	first := true
	sent := 1
	content := 0 // words kept so far
	for _, p := range u.parts() {
		if content >= 2*maxStems {
			break
		}
		prevEnd := p.Start
		eachWord(d.Text, p.Start, p.End, func(w string, capital bool, start, end int) bool {
			gap := d.Text[prevEnd:start]
			if !first && capital && strings.ContainsAny(gap, ".!?") {
				sent++ // a new sentence
			}
			prevEnd = end
			capital = capital && !first // a quotation's first word is no name
			first = false
			w = strings.TrimSuffix(w, "'s")
			if matchStop[w] || isDigitWord(w) {
				ws = append(ws, word{run: -1, sent: sent})
				return true
			}
			run := -1
			if capital {
				if n := len(ws); n > 0 && ws[n-1].run >= 0 && strings.TrimSpace(gap) == "" {
					run = ws[n-1].run
				} else {
					run = len(runLen)
					runLen = append(runLen, 0)
				}
				runLen[run]++
			}
			ws = append(ws, word{stem: sm.stem(w), run: run, sent: sent})
			content++
			return content < 2*maxStems // enough for maxStems distinct stems, mostly
		})
	}
	bySent := sent <= maxSents
	for _, w := range ws {
		if w.stem == "" {
			continue
		}
		if len(u.str[0].stems) >= maxStems {
			break
		}
		f := 1.0
		if w.run >= 0 {
			f = nameWeight / float64(runLen[w.run])
		}
		u.str[0].add(w.stem, f)
		if bySent {
			for len(u.str) <= w.sent {
				u.str = append(u.str, bagStr{})
			}
			u.str[w.sent].add(w.stem, f)
		}
	}
	return u
}

// isNamed reports whether a speaker is a name ("Maren Tollefsen",
// "Greyhaven Ferries") rather than a description ("the company", "one
// passenger").
func isNamed(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return last != strings.ToLower(last)
}

// speakerKey is the folded surname of a speaker, "" when unattributed.
func speakerKey(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return foldKey(f[len(f)-1])
}

// conflict reports whether two renderings are given to two different
// named speakers (a description, "the company", may stand for a name).
func conflict(u, v unit) bool {
	return u.named && v.named && !sameSpeaker(u.key, v.key)
}

// agreement ranks how well two renderings' speakers agree: 2 one named
// speaker, 0 two different names, 1 anything else (unattributed, or a
// description).
func agreement(u, v unit) int {
	switch {
	case conflict(u, v):
		return 0
	case u.named && v.named:
		return 2
	}
	return 1
}

// fragmentLen: a rendering of this many stems or fewer is a fragment,
// recognisable as another's only when given to the same speaker.
const fragmentLen = 2

// sameSpeaker reports whether two surnames are one, allowing a spelling
// variant (Zelensky, Zelenskyy; Tollefsen, Tollefson).
func sameSpeaker(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 5 || len(rb) < 5 {
		return false
	}
	return editDistance(ra, rb) <= 1 || len(ra) >= 6 && len(rb) >= 6 && editDistance(ra, rb) <= 2 && ra[0] == rb[0]
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// sharesClaim reports whether two sorted claim lists meet.
func sharesClaim(a, b []int) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

type pair struct {
	i, j  int32
	score float64
}

// matcher scores pairs of renderings.
type matcher struct {
	units      []unit
	idf        []float64   // by stem
	weight     []float64   // by unit
	sentWeight [][]float64 // by unit, by sentence
	// mark[s] == gen when stem s is in the bag last stamped, of weight
	// markW[s]
	mark  []uint32
	markW []float64
	gen   uint32
}

func newMatcher(units []unit, nstems int) *matcher {
	m := &matcher{units: units, idf: make([]float64, nstems), weight: make([]float64, len(units)),
		sentWeight: make([][]float64, len(units)), mark: make([]uint32, nstems), markW: make([]float64, nstems)}
	df := make([]int32, nstems)
	for _, u := range units {
		for _, s := range u.stems {
			df[s]++
		}
	}
	for s, c := range df {
		if c > 0 {
			m.idf[s] = math.Log(float64(len(units)+1) / float64(c))
		}
	}
	for i, u := range units {
		m.weight[i] = m.bagWeight(bag{u.stems, u.name})
		for _, s := range u.sents {
			m.sentWeight[i] = append(m.sentWeight[i], m.bagWeight(s))
		}
	}
	return m
}

func (m *matcher) w(b bag, k int) float64 { return b.name[k] * m.idf[b.stems[k]] }

// score returns the weight of the stems renderings i and j share, over
// the shorter one's (over the longer one's when the speakers differ: then
// only the same words, not a fragment, make the same statement), and how
// many stems they share. A rendering of several sentences is also scored
// a sentence at a time against the other, and the best score counts.
func (m *matcher) score(i, j int) (float64, int) {
	u, v := m.units[i], m.units[j]
	conf := conflict(u, v)
	m.stamp(bag{v.stems, v.name})
	best, cnt := m.against(bag{u.stems, u.name}, m.weight[i], m.weight[j], conf)
	for k, s := range u.sents {
		if sc, c := m.against(s, m.sentWeight[i][k], m.weight[j], conf); sc > best {
			best, cnt = sc, c
		}
	}
	if len(v.sents) > 0 {
		m.stamp(bag{u.stems, u.name})
		for k, s := range v.sents {
			if sc, c := m.against(s, m.sentWeight[j][k], m.weight[i], conf); sc > best {
				best, cnt = sc, c
			}
		}
	}
	return best, cnt
}

func (m *matcher) bagWeight(b bag) float64 {
	var w float64
	for k := range b.stems {
		w += m.w(b, k)
	}
	return w
}

// stamp marks b's stems, with their weights, for against.
func (m *matcher) stamp(b bag) {
	m.gen++
	for k, s := range b.stems {
		m.mark[s] = m.gen
		m.markW[s] = m.w(b, k)
	}
}

// against scores bag a (of weight wa) against the bag last stamped (of
// weight wb).
func (m *matcher) against(a bag, wa, wb float64, conf bool) (float64, int) {
	var sh float64
	cnt := 0
	for k, s := range a.stems {
		if m.mark[s] == m.gen {
			sh += min(m.w(a, k), m.markW[s])
			cnt++
		}
	}
	den := min(wa, wb)
	if conf {
		den = max(wa, wb)
	}
	if den == 0 {
		return 0, cnt
	}
	return sh / den, cnt
}

// passes reports whether a pair with this score is one statement.
func (m *matcher) passes(i, j int, sc float64, cnt int) bool {
	u, v := m.units[i], m.units[j]
	if u.q.Doc == v.q.Doc && u.q.Kind == v.q.Kind {
		return false // within one source, only a paraphrase and a quotation
	}
	if min(len(u.stems), len(v.stems)) <= fragmentLen && u.key != "" && v.key != "" && !sameSpeaker(u.key, v.key) {
		return false
	}
	switch {
	case conflict(u, v):
		return cnt >= minShared && sc >= minScoreSpeaker
	case sharesClaim(u.claims, v.claims):
		return u.named && v.named || cnt >= 1 && sc >= minScoreClaim
	}
	return cnt >= minShared && sc >= minScore
}

// candidates returns the pairs that pass: those proposed by a shared
// claim (renderings in one claim may share no word: "no fuel had
// leaked", "no sign of pollution") and those that share a stem not too
// common to propose pairs.
func (m *matcher) candidates() []pair {
	units := m.units
	n := len(units)
	post := make([][]int32, len(m.idf))
	for i, u := range units {
		for _, s := range u.stems {
			post[s] = append(post[s], int32(i))
		}
	}
	var pairs []pair
	byClaim := map[int][]int32{}
	for i, u := range units {
		for _, c := range u.claims {
			byClaim[c] = append(byClaim[c], int32(i))
		}
	}
	fromClaim := map[[2]int32]bool{}
	for _, us := range byClaim {
		if len(us) > maxPerClaim {
			continue // a passage thick with quotations says little of any one
		}
		for a := 0; a < len(us); a++ {
			for b := a + 1; b < len(us); b++ {
				i, j := int(us[a]), int(us[b])
				if units[i].q.Doc == units[j].q.Doc || fromClaim[[2]int32{us[a], us[b]}] {
					continue
				}
				fromClaim[[2]int32{us[a], us[b]}] = true
				if sc, cnt := m.score(i, j); m.passes(i, j, sc, cnt) {
					pairs = append(pairs, pair{us[a], us[b], sc})
				}
			}
		}
	}
	// the pairs that share at least minShared stems rare enough to
	// propose pairs, counted through the postings
	count := make([]int32, n)
	var touched []int32
	for i, u := range units {
		touched = touched[:0]
		for _, s := range u.stems {
			if len(post[s]) > maxPosting {
				continue
			}
			for _, j := range post[s] {
				if int(j) <= i {
					continue
				}
				if count[j] == 0 {
					touched = append(touched, j)
				}
				count[j]++
			}
		}
		for _, j := range touched {
			c := count[j]
			count[j] = 0
			if c < minShared || fromClaim[[2]int32{int32(i), j}] {
				continue
			}
			if sc, cnt := m.score(i, int(j)); m.passes(i, int(j), sc, cnt) {
				pairs = append(pairs, pair{int32(i), j, sc})
			}
		}
	}
	return pairs
}

// group matches the renderings into statements: pairs that pass are
// joined, those whose speakers agree best first, then the best scores,
// unless the two groups
// they would join are on average too far apart.
func group(units []unit, nstems int) [][]int {
	m := newMatcher(units, nstems)
	pairs := m.candidates()
	sort.Slice(pairs, func(a, b int) bool {
		ca := agreement(units[pairs[a].i], units[pairs[a].j])
		cb := agreement(units[pairs[b].i], units[pairs[b].j])
		if ca != cb {
			return ca > cb
		}
		if pairs[a].score != pairs[b].score {
			return pairs[a].score > pairs[b].score
		}
		if pairs[a].i != pairs[b].i {
			return pairs[a].i < pairs[b].i
		}
		return pairs[a].j < pairs[b].j
	})
	n := len(units)
	parent := make([]int, n)
	members := make([][]int, n)
	for i := range parent {
		parent[i] = i
		members[i] = []int{i}
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, p := range pairs {
		a, b := find(int(p.i)), find(int(p.j))
		if a == b {
			continue
		}
		if len(members[a])*len(members[b]) <= maxLink && len(members[a])+len(members[b]) > 2 && m.avgLink(members[a], members[b]) < minLink {
			continue
		}
		r, o := min(a, b), max(a, b)
		parent[o] = r
		members[r] = append(members[r], members[o]...)
		members[o] = nil
	}
	var out [][]int
	for i := range units {
		if find(i) == i {
			g := members[i]
			sort.Ints(g)
			out = append(out, g)
		}
	}
	return out
}

// avgLink is the average score between two groups, over the pairs from
// different sources; a pair that passes on its own counts as a full link.
func (m *matcher) avgLink(a, b []int) float64 {
	var sum float64
	cnt := 0
	for _, x := range a {
		for _, y := range b {
			if m.units[x].q.Doc == m.units[y].q.Doc {
				continue
			}
			sc, c := m.score(x, y)
			if m.passes(x, y, sc, c) {
				sc = max(sc, minScore)
			}
			sum += sc
			cnt++
		}
	}
	if cnt == 0 {
		return 1
	}
	return sum / float64(cnt)
}

// statement builds one statement from its renderings and sets the flags.
func statement(units []unit, idx []int) model.Statement {
	sort.Slice(idx, func(a, b int) bool {
		qa, qb := units[idx[a]].q, units[idx[b]].q
		if qa.Doc != qb.Doc {
			return qa.Doc < qb.Doc
		}
		return qa.Start < qb.Start
	})
	var st model.Statement
	count := map[string]int{}
	first := map[string]string{}
	var keys, namedKeys []string
	named := 0
	seenDoc := map[int]bool{}
	kinds := map[model.QuoteKind]bool{}
	for _, i := range idx {
		u := units[i]
		st.Quotes = append(st.Quotes, u.q)
		if !seenDoc[u.q.Doc] {
			seenDoc[u.q.Doc] = true
			st.Sources = append(st.Sources, u.q.Doc)
		}
		kinds[u.q.Kind] = true
		if u.key == "" {
			continue
		}
		k := u.key
		if u.named {
			isNew := true
			for _, o := range namedKeys {
				if sameSpeaker(o, u.key) {
					isNew = false
				}
			}
			if isNew {
				namedKeys = append(namedKeys, u.key)
				named++
			}
		}
		for _, o := range keys {
			if sameSpeaker(o, u.key) {
				k = o
				break
			}
		}
		if count[k] == 0 {
			keys = append(keys, k)
			first[k] = u.q.Speaker
		}
		count[k]++
	}
	best := ""
	for _, k := range keys {
		if best == "" || count[k] > count[best] {
			best = k
		}
	}
	if best != "" {
		st.Speaker = first[best]
	}
	st.SpeakerDiffers = named > 1
	st.KindDiffers = len(kinds) > 1
	var direct []int
	for _, i := range idx {
		if units[i].q.Kind == model.QuoteDirect {
			direct = append(direct, i)
		}
	}
	// the wording differs when a quotation is not a run of the words of
	// the longest one (fragments of one quotation do not differ)
	if len(direct) > 1 {
		words := make([][]string, len(direct))
		longest := 0
		for k, i := range direct {
			words[k] = units[i].words()
			if len(words[k]) > len(words[longest]) {
				longest = k
			}
		}
		for k := range words {
			if k != longest && !containsRun(words[longest], words[k]) {
				st.WordingDiffers = true
				break
			}
		}
	}
	return st
}

// containsRun reports whether small appears in big as a run of words.
func containsRun(big, small []string) bool {
	if len(small) == 0 {
		return true
	}
outer:
	for i := 0; i+len(small) <= len(big); i++ {
		for k, w := range small {
			if big[i+k] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// SameSpeaker reports whether two speakers' names are one person's: the
// same surname, allowing a spelling variant ("Zelensky", "Volodymyr
// Zelenskyy"). Unattributed ("") is nobody's name.
func SameSpeaker(a, b string) bool {
	ka, kb := speakerKey(a), speakerKey(b)
	return ka != "" && kb != "" && sameSpeaker(ka, kb)
}
