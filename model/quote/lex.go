package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind is what a token is.
type tkind uint8

const (
	tWord  tkind = iota
	tPunct       // one punctuation character
	tQuote       // a masked quotation, marks included
)

// token is a word, a punctuation mark, or a quotation standing for all
// its words, in a document's text.
type token struct {
	start, end int32
	piece      int32 // for tQuote, the index of the piece it masks
	kind       tkind
	capital    bool   // the word begins with an upper-case letter
	poss       bool   // the word ended in 's or ’s
	low        string // lower case, possessive 's cut off (for tQuote, empty)
}

// text returns the token as written.
func (t token) text(doc string) string { return doc[t.start:t.end] }

// mask is a quotation to be read as a single token: [start, end) covers
// its marks.
type mask struct {
	start, end int
	piece      int
}

// tokenize splits text[s:e] into tokens; each mask (sorted, within the
// range or overlapping it) becomes one tQuote token.
func tokenize(text string, s, e int, masks []mask) []token {
	out := make([]token, 0, (e-s)/5+4)
	mi := sort.Search(len(masks), func(k int) bool { return masks[k].end > s })
	for i := s; i < e; {
		for mi < len(masks) && masks[mi].end <= i {
			mi++
		}
		if mi < len(masks) && masks[mi].start <= i {
			m := masks[mi]
			out = append(out, token{start: int32(m.start), end: int32(m.end), kind: tQuote, piece: int32(m.piece)})
			i = m.end
			mi++
			continue
		}
		c := text[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				continue
			case asciiWord[c]:
				r = rune(c)
			default:
				out = append(out, token{start: int32(i), end: int32(i + 1), kind: tPunct, low: text[i : i+1]})
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < e {
				if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '‑' {
					if j+n2 < e {
						r3, _ := utf8.DecodeRuneInString(text[j+n2:])
						// "U.S.", "Knewz.com", but not "end.The"
						if isWordRune(r3) && (r2 != '.' || unicode.IsUpper(r) && unicode.IsUpper(r3) || unicode.IsLower(r3)) {
							j += n2
							continue
						}
					}
				}
				break
			}
			if mi < len(masks) && masks[mi].start < j {
				j = max(masks[mi].start, i+n)
			}
			out = append(out, wordToken(text, i, j))
			i = j
		default:
			out = append(out, token{start: int32(i), end: int32(i + n), kind: tPunct, low: text[i : i+n]})
			i += n
		}
	}
	return out
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordToken(text string, i, j int) token {
	w := text[i:j]
	t := token{start: int32(i), end: int32(j), kind: tWord}
	if c := w[0]; c < utf8.RuneSelf {
		t.capital = c >= 'A' && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		t.capital = unicode.IsUpper(r)
	}
	low := w
	for k := 0; k < len(w); k++ {
		if c := w[k]; c < 'a' || c > 'z' {
			low = strings.ToLower(w)
			break
		}
	}
	if low[len(low)-1] == 's' {
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(low, suf) && len(low) > len(suf) {
				low = low[:len(low)-len(suf)]
				t.poss = true
			}
		}
	}
	t.low = low
	return t
}

// eachWord calls fn with each word of text[s:e] in lower case, curly
// apostrophes made straight and hyphens dropped ("co-operating" is
// "cooperating"), whether it began with a capital, and where it is. It
// allocates only for words that need changing. It stops when fn returns
// false.
func eachWord(text string, s, e int, fn func(w string, capital bool, start, end int) bool) {
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i + n
		plain := r < utf8.RuneSelf && (r < 'A' || r > 'Z')
		for j < e {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				if r2 >= utf8.RuneSelf || r2 >= 'A' && r2 <= 'Z' {
					plain = false
				}
				j += n2
				continue
			}
			if (r2 == '\'' || r2 == '’' || r2 == '-') && j+n2 < e {
				if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); isWordRune(r3) {
					if r2 != '\'' {
						plain = false
					}
					j += n2
					continue
				}
			}
			break
		}
		w := text[i:j]
		capital := unicode.IsUpper(r)
		if !plain {
			w = strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(w), "’", "'"), "-", "")
		}
		if !fn(w, capital, i, j) {
			return
		}
		i = j
	}
}

// speechVerbs maps each form of a verb of saying to its kind: finite
// ("said"), participle ("saying"), or base ("say", after "to").
type vform uint8

const (
	vFinite vform = iota + 1
	vParticiple
	vBase
)

var speechVerbs = func() map[string]vform {
	m := map[string]vform{}
	// base, third person, past, participle in -ing
	for _, f := range [][4]string{
		{"say", "says", "said", "saying"},
		{"tell", "tells", "told", "telling"},
		{"add", "adds", "added", "adding"},
		{"state", "states", "stated", "stating"},
		{"write", "writes", "wrote", "writing"},
		{"post", "posts", "posted", "posting"},
		{"tweet", "tweets", "tweeted", "tweeting"},
		{"claim", "claims", "claimed", "claiming"},
		{"announce", "announces", "announced", "announcing"},
		{"reveal", "reveals", "revealed", "revealing"},
		{"report", "reports", "reported", "reporting"},
		{"explain", "explains", "explained", "explaining"},
		{"insist", "insists", "insisted", "insisting"},
		{"warn", "warns", "warned", "warning"},
		{"note", "notes", "noted", "noting"},
		{"argue", "argues", "argued", "arguing"},
		{"assert", "asserts", "asserted", "asserting"},
		{"declare", "declares", "declared", "declaring"},
		{"comment", "comments", "commented", "commenting"},
		{"suggest", "suggests", "suggested", "suggesting"},
		{"underscore", "underscores", "underscored", "underscoring"},
		{"stress", "stresses", "stressed", "stressing"},
		{"confirm", "confirms", "confirmed", "confirming"},
		{"admit", "admits", "admitted", "admitting"},
		{"ask", "asks", "asked", "asking"},
		{"reply", "replies", "replied", "replying"},
		{"continue", "continues", "continued", "continuing"},
		{"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
		{"emphasise", "emphasises", "emphasised", "emphasising"},
		{"emphasize", "emphasizes", "emphasized", "emphasizing"},
		{"call", "calls", "called", "calling"},
		{"describe", "describes", "described", "describing"},
		{"criticise", "criticises", "criticised", "criticising"},
		{"criticize", "criticizes", "criticized", "criticizing"},
		{"allege", "alleges", "alleged", "alleging"},
		{"recall", "recalls", "recalled", "recalling"},
		{"maintain", "maintains", "maintained", "maintaining"},
		{"shout", "shouts", "shouted", "shouting"},
		{"conclude", "concludes", "concluded", "concluding"},
		{"promise", "promises", "promised", "promising"},
	} {
		m[f[0]] = vBase
		m[f[1]] = vFinite
		m[f[2]] = vFinite
		m[f[3]] = vParticiple
	}
	m["written"] = vFinite
	return m
}()

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// pronouns that can stand for a person who speaks.
var personPronouns = set("he", "she")

// allPronouns may begin an attribution ("it said", "they told").
var allPronouns = set("he", "she", "they", "it", "we", "i", "you")

// determiners begin a noun phrase.
var determiners = set("the", "a", "an", "one", "its", "his", "her", "their", "our", "this", "that", "these", "those", "some", "several", "many")

// auxiliaries and adverbs that may stand between a speaker and the verb
// ("has also said", "previously said").
var betweenWords = set("has", "have", "had", "also", "previously", "earlier", "later", "then", "again",
	"reportedly", "repeatedly", "further", "once", "recently", "first", "last", "just", "would", "will",
	"did", "does", "do", "later", "subsequently", "publicly", "privately", "separately", "directly",
	"quickly", "simply", "only", "even", "always", "never", "often", "now")

// finiteMarks are auxiliaries and copulas: one near the start of a
// bare complement ("said no fuel had leaked") shows it is a clause.
var finiteMarks = set("is", "are", "was", "were", "had", "has", "have", "would", "will", "should", "could",
	"can", "may", "might", "must", "did", "do", "does", "shall", "'s", "’s", "isn't", "wasn't", "weren't",
	"aren't", "hadn't", "hasn't", "haven't", "wouldn't", "won't", "couldn't", "can't", "cannot", "didn't",
	"doesn't", "don't", "shouldn't")

// passives before a verb of saying make it no attribution ("was reported
// to have").
var passiveMarks = set("is", "are", "was", "were", "be", "been", "being")

// npStops end a noun phrase: prepositions, conjunctions, relative words,
// auxiliaries and a few verbs that follow a subject.
var npStops = set("in", "on", "at", "by", "for", "with", "from", "to", "into", "of", "about", "over",
	"under", "after", "before", "during", "while", "since", "until", "through", "between", "against",
	"and", "or", "but", "nor", "so", "yet", "if", "then", "than", "because", "although", "though",
	"who", "whom", "whose", "which", "that", "where", "when", "why", "how", "what",
	"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
	"will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
	"as", "also", "there", "here", "it", "unto", "upon", "went", "took", "made", "made", "gave",
	"said", "says", "told", "according", "however", "moreover", "meanwhile", "yesterday", "today",
	"tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// prepositions cannot begin a reported clause ("said on Friday").
var prepositions = set("in", "on", "at", "by", "for", "with", "from", "to", "into", "of", "about", "over",
	"under", "after", "before", "during", "while", "since", "until", "through", "between", "against",
	"as", "unto", "upon", "toward", "towards", "and", "or", "but", "so", "because", "although", "though",
	"which", "who", "whom", "whose", "when", "where", "how", "why", "what", "not", "also", "too")

// titles are words of office or role that stand before a name or, with
// "the", for one ("the president").
var titles = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "vice",
	"prime", "minister", "chancellor", "premier", "leader", "spokesman", "spokeswoman", "spokesperson",
	"chief", "secretary", "general", "governor", "mayor", "councillor", "councilor", "senator",
	"representative", "rep", "sen", "gov", "gen", "col", "capt", "captain", "colonel", "commander",
	"admiral", "ambassador", "envoy", "king", "queen", "prince", "princess", "pope", "chair",
	"chairman", "chairwoman", "director", "coxswain", "master", "officer", "official", "inspector",
	"sergeant", "detective", "judge", "justice", "professor", "prof", "coach", "manager",
	"head", "founder", "executive", "ceo", "analyst", "reporter", "correspondent", "editor", "mp",
	"deputy")

// roleWords are the titles that name a person on their own, after "the"
// ("the president", "the Ukrainian leader"), as opposed to "state" or
// "foreign", which only qualify one.
var roleWords = set("president", "minister", "chancellor", "premier", "leader", "spokesman",
	"spokeswoman", "spokesperson", "chief", "secretary", "governor", "mayor", "councillor", "councilor",
	"senator", "captain", "colonel", "commander", "admiral", "ambassador", "envoy", "king", "queen",
	"prince", "princess", "pope", "chair", "chairman", "chairwoman", "director", "coxswain", "officer",
	"official", "inspector", "sergeant", "detective", "judge", "professor", "coach", "manager",
	"founder", "executive", "analyst", "reporter", "correspondent", "editor", "general", "master", "head")

func isTitle(low string) bool {
	low = strings.TrimSuffix(low, ".")
	return titles[low] || strings.HasSuffix(low, "-general") || strings.Contains(low, "secretary")
}
