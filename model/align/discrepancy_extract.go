package align

import (
	"strconv"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// numberWords maps spelled-out numbers to their values, and vague
// quantities to a word of their own. "One" is left out: in news prose it is
// far more often a determiner ("according to one passenger") than a count.
var numberWords = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
	"twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
	"sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
	"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60",
	"seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100",
	"thousand": "1000", "million": "1000000", "billion": "1000000000",
	"dozen": "12", "several": "several", "few": "few", "dozens": "dozens",
	"hundreds": "hundreds", "thousands": "thousands", "millions": "millions",
	"many": "many", "numerous": "many", "couple": "couple",
}

// numberWordShapes[c-'a'] has bit n set when some key of
// numberWords starts with c and is n bytes long: most words are ruled
// out without a map look-up.
var numberWordShapes = func() (t [26]uint32) {
	for w := range numberWords {
		t[w[0]-'a'] |= 1 << len(w)
	}
	return t
}()

// numberWord is numberWords[w], quicker for the words it is not.
func numberWord(w string) string {
	if len(w) == 0 || len(w) > 31 || w[0] < 'a' || w[0] > 'z' || numberWordShapes[w[0]-'a']&(1<<len(w)) == 0 {
		return ""
	}
	return numberWords[w]
}

// multipliers scale a number written before them ("12 million").
var multipliers = map[string]int64{"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true}

var months = map[string]bool{"january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true}

// placePrepositions introduce a place.
var placePrepositions = map[string]bool{"in": true, "to": true, "from": true, "near": true, "at": true}

// quantities appends to out the quantities and the noun each counts:
// "12,000 soldiers", "three generals", "a few generals", "thousands of
// troops". Years are dates, not quantities.
func quantities(out []mention, x *extractor, d *model.Document, doc int, toks []token) []mention {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		var norm string
		switch {
		case t.Kind == number:
			if isYear(t.Norm) {
				continue
			}
			norm = t.Norm
		case t.Kind == wordToken && numberWord(t.Norm) != "":
			if t.Norm == "few" && (i == 0 || toks[i-1].Norm != "a") {
				continue // "few" alone means "hardly any", not a count
			}
			norm = numberWord(t.Norm)
		default:
			continue
		}
		start, end := t.Start, t.End
		if t.Norm == "few" {
			start = toks[i-1].Start
		}
		// "12 million", "three hundred".
		if i+1 < len(toks) && multipliers[toks[i+1].Norm] > 0 {
			if v, err := strconv.ParseFloat(norm, 64); err == nil {
				norm = strconv.FormatFloat(v*float64(multipliers[toks[i+1].Norm]), 'f', -1, 64)
				i++
				end = toks[i].End
			}
		}
		head, word := head(x, toks, i+1)
		if head == "" {
			continue
		}
		out = append(out, mention{Doc: doc, Key: head, Label: word, Norm: norm,
			Text: d.Text[start:end], Span: model.Span{Start: start, End: end}})
	}
	return out
}

// head is the stem of the noun a quantity at toks[i-1] counts: the
// first word within the next four that is neither a function word nor
// capitalised ("12,000 North Korean soldiers" counts soldiers), as a stem
// and as written.
func head(x *extractor, toks []token, i int) (stem, word string) {
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.Kind != wordToken {
			return "", ""
		}
		if t.Cap || stopWords[t.Norm] || numberWord(t.Norm) != "" {
			continue
		}
		return x.stem(t.Norm), t.Norm
	}
	return "", ""
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1800 && y <= 2100
}

// extractDates appends to out the weekdays, months (with the day of the
// month when one follows) and years.
func extractDates(out []mention, d *model.Document, doc int, toks []token) []mention {
	for i, t := range toks {
		var key, norm string
		start, end := t.Start, t.End
		switch {
		case t.Kind == wordToken && t.Cap && weekdays[t.Norm]:
			key, norm = "day", t.Norm
		case t.Kind == wordToken && t.Cap && months[t.Norm] && t.Norm != "may":
			key, norm = "month", t.Norm
			if i+1 < len(toks) && toks[i+1].Kind == number && len(toks[i+1].Norm) <= 2 {
				norm += " " + toks[i+1].Norm
				end = toks[i+1].End
			}
		case t.Kind == number && isYear(t.Norm):
			key, norm = "year", t.Norm
		default:
			continue
		}
		out = append(out, mention{Doc: doc, Key: key, Norm: norm,
			Text: d.Text[start:end], Span: model.Span{Start: start, End: end}})
	}
	return out
}

// extractPlaces appends to out the capitalised names right after a
// preposition of place ("sailed to Kiev", "fighting in Kursk"). The key is the slot: the
// preposition and the stem of the word before it, so that only places in
// the same role are compared ("taken to X" with "taken to Y", never "in
// X's war" with "died in Y"). A possessive ("Russia's war") or a name
// that opens the text is no place of its own.
func extractPlaces(out []mention, x *extractor, d *model.Document, doc int, toks []token) []mention {
	for i := 2; i < len(toks); i++ {
		t, prev, head := toks[i], toks[i-1], toks[i-2]
		if t.Kind != wordToken || !t.Cap || prev.Cap || !placePrepositions[prev.Norm] ||
			weekdays[t.Norm] || months[t.Norm] || stopWords[t.Norm] ||
			head.Kind != wordToken || isPossessive(d.Text[t.Start:t.End]) {
			continue
		}
		slot := x.stem(head.Norm)
		if slot == "" {
			slot = head.Norm // a function word ("was in X"): itself
		}
		out = append(out, mention{Doc: doc, Key: slot + " " + prev.Norm, Norm: t.Norm, Text: d.Text[t.Start:t.End], Span: t.Span})
	}
	return out
}

// isPossessive reports whether a word as written ends in 's.
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
		strings.HasSuffix(w, "'S") || strings.HasSuffix(w, "’S")
}

// extractNames appends to out the capitalised words of four letters or more,
// the candidates for spelling variants.
func extractNames(out []mention, d *model.Document, doc int, toks []token) []mention {
	for _, t := range toks {
		if t.Kind != wordToken || !t.Cap || len(t.Norm) < 4 || stopWords[t.Norm] ||
			strings.ContainsRune(t.Norm, '\'') {
			continue
		}
		out = append(out, mention{Doc: doc, Key: "name", Norm: t.Norm,
			Text: d.Text[t.Start:t.End], Span: t.Span})
	}
	return out
}
