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

// minScore is how much of the shorter rendering's weight the shared words
// must carry; speakers that disagree ask for more.
const (
	minScore        = 0.45
	minScoreSpeaker = 0.7
	minShared       = 2
	stemLen         = 5
	// maxPosting: a stem in more renderings than this proposes no pairs
	// (it still counts in the score), so that a book's common words do
	// not make every pair a candidate.
	maxPosting = 64
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
	q     model.Quote
	stems []string // distinct
	words []string // every word, lower case, in order (for wording)
	key   string   // the speaker's surname, folded, or ""
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

func makeUnit(d *model.Document, q model.Quote, sm stemmer) unit {
	u := unit{q: q, key: speakerKey(q.Speaker)}
	parts := q.Parts
	if len(parts) == 0 {
		parts = []model.Span{q.Span}
	}
	seen := map[string]bool{}
	for _, p := range parts {
		for _, t := range tokenize(d.Text, p.Start, p.End, nil) {
			if t.kind != tWord {
				continue
			}
			w := strings.ReplaceAll(t.low, "’", "'")
			u.words = append(u.words, w)
			if matchStop[w] || isDigitWord(w) {
				continue
			}
			st := sm.stem(w)
			if !seen[st] {
				seen[st] = true
				u.stems = append(u.stems, st)
			}
		}
	}
	return u
}

// speakerKey is the folded surname of a speaker, "" when unattributed.
func speakerKey(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return foldKey(f[len(f)-1])
}

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

// group matches the renderings into statements: pairs whose score passes
// are joined, best first.
func group(units []unit) [][]int {
	n := len(units)
	df := map[string]int{}
	post := map[string][]int32{}
	for i, u := range units {
		for _, s := range u.stems {
			df[s]++
			post[s] = append(post[s], int32(i))
		}
	}
	idf := func(s string) float64 { return math.Log(1 + float64(n)/float64(df[s])) }
	weight := make([]float64, n)
	for i, u := range units {
		for _, s := range u.stems {
			weight[i] += idf(s)
		}
	}
	type pair struct {
		i, j  int32
		score float64
	}
	var pairs []pair
	shared := map[int32]float64{}
	count := map[int32]int{}
	for i, u := range units {
		clear(shared)
		clear(count)
		for _, s := range u.stems {
			if len(post[s]) > maxPosting {
				continue
			}
			for _, j := range post[s] {
				if int(j) <= i {
					continue
				}
				shared[j] += idf(s)
				count[j]++
			}
		}
		for j, w := range shared {
			v := units[j]
			if count[j] < minShared {
				continue
			}
			if v.q.Doc == u.q.Doc && v.q.Kind == u.q.Kind {
				continue // within one source, only a paraphrase and a quotation
			}
			// the words too common to propose a pair still count
			w += commonShared(u, v, post, idf)
			score := w / math.Min(weight[i], weight[j])
			need := minScore
			if u.key != "" && v.key != "" && !sameSpeaker(u.key, v.key) {
				need = minScoreSpeaker
			}
			if score >= need {
				pairs = append(pairs, pair{int32(i), j, score})
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a].score != pairs[b].score {
			return pairs[a].score > pairs[b].score
		}
		if pairs[a].i != pairs[b].i {
			return pairs[a].i < pairs[b].i
		}
		return pairs[a].j < pairs[b].j
	})
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, p := range pairs {
		a, b := find(int(p.i)), find(int(p.j))
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range units {
		r := find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, len(roots))
	for k, r := range roots {
		out[k] = byRoot[r]
	}
	return out
}

// commonShared is the weight of the stems, too common to propose pairs,
// that u and v share.
func commonShared(u, v unit, post map[string][]int32, idf func(string) float64) float64 {
	var w float64
	for _, s := range u.stems {
		if len(post[s]) <= maxPosting {
			continue
		}
		for _, t := range v.stems {
			if s == t {
				w += idf(s)
				break
			}
		}
	}
	return w
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
	var keys []string
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
	st.SpeakerDiffers = len(keys) > 1
	st.KindDiffers = len(kinds) > 1
	for a := 0; a < len(idx) && !st.WordingDiffers; a++ {
		for b := a + 1; b < len(idx); b++ {
			ua, ub := units[idx[a]], units[idx[b]]
			if ua.q.Kind != model.QuoteDirect || ub.q.Kind != model.QuoteDirect {
				continue
			}
			if !containsRun(ua.words, ub.words) && !containsRun(ub.words, ua.words) {
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
