package segment

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
	"github.com/parallax-reader/parallax/model"
)

// Sentence splitting uses the abbreviations of the Punkt model trained for
// English that ships with github.com/neurosnap/sentences, in a single pass
// over the bytes. The library's own tokenizer gives the same boundaries on
// news text but runs at about 2 MB/s, too slow for book-length sources; this
// scanner runs at tens of MB/s (see BenchmarkSegment).

var (
	abbrevOnce sync.Once
	abbrevs    map[string]bool
)

// abbreviations returns the set of lower-case abbreviations, without
// their final period ("mr", "u.s", "dec").
func abbreviations() map[string]bool {
	abbrevOnce.Do(func() {
		abbrevs = map[string]bool{}
		if b, err := data.Asset("data/english.json"); err == nil {
			if tr, err := sentences.LoadTraining(b); err == nil {
				for k := range tr.AbbrevTypes {
					abbrevs[k] = true
				}
			}
		}
		// Titles and short forms common in news copy that the trained model
		// does not list.
		for _, k := range strings.Fields("mr mrs ms dr prof sr jr st vs etc e.g i.e u.s u.k u.n a.m p.m no gov sgt lt col gen rep sen rev hon capt cmdr maj adm fig approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun") {
			abbrevs[k] = true
		}
	})
	return abbrevs
}

// splitSentences splits the paragraph p of text into sentences. Every byte
// of p that is not white space lies in some sentence.
func splitSentences(text string, p model.Span) []model.Sentence {
	abbrevs := abbreviations()
	var out []model.Sentence
	start := p.Start
	emit := func(end int) {
		sp := trim(text, model.Span{Start: start, End: end})
		if sp.Len() == 0 {
			return
		}
		if len(out) > 0 && !hasWord(text[sp.Start:sp.End]) {
			out[len(out)-1].End = sp.End // stray closing quote or dash
			return
		}
		out = append(out, model.Sentence{Span: sp})
	}
	for i := p.Start; i < p.End; i++ {
		c := text[i]
		isEllipsis := c == 0xE2 && strings.HasPrefix(text[i:p.End], "…")
		if c != '.' && c != '!' && c != '?' && !isEllipsis {
			continue
		}
		// The terminator run: more stops, then closing quotes and brackets.
		j := i
		for j < p.End {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' {
				j++
			} else if strings.HasPrefix(text[j:p.End], "…") {
				j += len("…")
			} else {
				break
			}
		}
		for j < p.End {
			r, n := utf8.DecodeRuneInString(text[j:p.End])
			if !strings.ContainsRune("\"'”’»)]", r) {
				break
			}
			j += n
		}
		// It must be followed by white space and then something that can
		// start a sentence.
		k := j
		for k < p.End && asciiSpace(text[k]) {
			k++
		}
		if k == j || k >= p.End {
			i = j - 1
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:p.End])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«([¿¡", r)) {
			i = j - 1
			continue
		}
		if c == '.' && j-i == 1 || c == '.' && j > i+1 && text[i+1] != '.' {
			if w := wordBefore(text, p.Start, i); w != "" {
				lw := strings.ToLower(w)
				single := utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0])
				if abbrevs[lw] || single {
					i = j - 1
					continue
				}
			}
		}
		emit(j)
		start = j
		i = j - 1
	}
	emit(p.End)
	return out
}

// wordBefore returns the word (letters, digits and inner periods) that
// ends at byte i, e.g. "U.S" before the final period of "U.S.".
func wordBefore(text string, lo, i int) string {
	j := i
	for j > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		j -= n
	}
	return strings.Trim(text[j:i], ".")
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
