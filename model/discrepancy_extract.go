package model

import (
	"strconv"
	"strings"
)

// alignNumberWords maps spelled-out numbers to their values, and vague
// quantities to a word of their own. "One" is left out: in news prose it is
// far more often a determiner ("according to one passenger") than a count.
var alignNumberWords = map[string]string{
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

// alignNumberWordShapes[c-'a'] has bit n set when some key of
// alignNumberWords starts with c and is n bytes long: most words are ruled
// out without a map look-up.
var alignNumberWordShapes = func() (t [26]uint32) {
	for w := range alignNumberWords {
		t[w[0]-'a'] |= 1 << len(w)
	}
	return t
}()

// alignNumberWord is alignNumberWords[w], quicker for the words it is not.
func alignNumberWord(w string) string {
	if len(w) == 0 || len(w) > 31 || w[0] < 'a' || w[0] > 'z' || alignNumberWordShapes[w[0]-'a']&(1<<len(w)) == 0 {
		return ""
	}
	return alignNumberWords[w]
}

// alignMultipliers scale a number written before them ("12 million").
var alignMultipliers = map[string]int64{"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}

var alignWeekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true}

var alignMonths = map[string]bool{"january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true}

// alignPlacePrepositions introduce a place.
var alignPlacePrepositions = map[string]bool{"in": true, "to": true, "from": true, "near": true, "at": true}

// alignQuantities appends to out the quantities and the noun each counts:
// "12,000 soldiers", "three generals", "a few generals", "thousands of
// troops". Years are dates, not quantities.
func alignQuantities(out []alignMention, x *alignExtractor, d *Document, doc int, toks []alignToken) []alignMention {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		var norm string
		switch {
		case t.Kind == alignNumber:
			if alignIsYear(t.Norm) {
				continue
			}
			norm = t.Norm
		case t.Kind == alignWord && alignNumberWord(t.Norm) != "":
			if t.Norm == "few" && (i == 0 || toks[i-1].Norm != "a") {
				continue // "few" alone means "hardly any", not a count
			}
			norm = alignNumberWord(t.Norm)
		default:
			continue
		}
		start, end := t.Start, t.End
		if t.Norm == "few" {
			start = toks[i-1].Start
		}
		// "12 million", "three hundred".
		if i+1 < len(toks) && alignMultipliers[toks[i+1].Norm] > 0 {
			if v, err := strconv.ParseFloat(norm, 64); err == nil {
				norm = strconv.FormatFloat(v*float64(alignMultipliers[toks[i+1].Norm]), 'f', -1, 64)
				i++
				end = toks[i].End
			}
		}
		head, word := alignHead(x, toks, i+1)
		if head == "" {
			continue
		}
		out = append(out, alignMention{Doc: doc, Key: head, Label: word, Norm: norm,
			Text: d.Text[start:end], Span: Span{start, end}})
	}
	return out
}

// alignHead is the stem of the noun a quantity at toks[i-1] counts: the
// first word within the next four that is neither a function word nor
// capitalised ("12,000 North Korean soldiers" counts soldiers), as a stem
// and as written.
func alignHead(x *alignExtractor, toks []alignToken, i int) (stem, word string) {
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.Kind != alignWord {
			return "", ""
		}
		if t.Cap || alignStopWords[t.Norm] || alignNumberWord(t.Norm) != "" {
			continue
		}
		return x.stem(t.Norm), t.Norm
	}
	return "", ""
}

func alignIsYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1800 && y <= 2100
}

// alignDates appends to out the weekdays, months (with the day of the
// month when one follows) and years.
func alignDates(out []alignMention, d *Document, doc int, toks []alignToken) []alignMention {
	for i, t := range toks {
		var key, norm string
		start, end := t.Start, t.End
		switch {
		case t.Kind == alignWord && t.Cap && alignWeekdays[t.Norm]:
			key, norm = "day", t.Norm
		case t.Kind == alignWord && t.Cap && alignMonths[t.Norm] && t.Norm != "may":
			key, norm = "month", t.Norm
			if i+1 < len(toks) && toks[i+1].Kind == alignNumber && len(toks[i+1].Norm) <= 2 {
				norm += " " + toks[i+1].Norm
				end = toks[i+1].End
			}
		case t.Kind == alignNumber && alignIsYear(t.Norm):
			key, norm = "year", t.Norm
		default:
			continue
		}
		out = append(out, alignMention{Doc: doc, Key: key, Norm: norm,
			Text: d.Text[start:end], Span: Span{start, end}})
	}
	return out
}

// alignPlaces appends to out the capitalised names right after a
// preposition of place ("sailed to Kiev", "fighting in Kursk"). The key is the slot: the
// preposition and the stem of the word before it, so that only places in
// the same role are compared ("taken to X" with "taken to Y", never "in
// X's war" with "died in Y"). A possessive ("Russia's war") or a name
// that opens the text is no place of its own.
func alignPlaces(out []alignMention, x *alignExtractor, d *Document, doc int, toks []alignToken) []alignMention {
	for i := 2; i < len(toks); i++ {
		t, prev, head := toks[i], toks[i-1], toks[i-2]
		if t.Kind != alignWord || !t.Cap || prev.Cap || !alignPlacePrepositions[prev.Norm] ||
			alignWeekdays[t.Norm] || alignMonths[t.Norm] || alignStopWords[t.Norm] ||
			head.Kind != alignWord || alignIsPossessive(d.Text[t.Start:t.End]) {
			continue
		}
		slot := x.stem(head.Norm)
		if slot == "" {
			slot = head.Norm // a function word ("was in X"): itself
		}
		out = append(out, alignMention{Doc: doc, Key: slot + " " + prev.Norm, Norm: t.Norm, Text: d.Text[t.Start:t.End], Span: t.Span})
	}
	return out
}

// alignIsPossessive reports whether a word as written ends in 's.
func alignIsPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
		strings.HasSuffix(w, "'S") || strings.HasSuffix(w, "’S")
}

// alignNames appends to out the capitalised words of four letters or more,
// the candidates for spelling variants.
func alignNames(out []alignMention, d *Document, doc int, toks []alignToken) []alignMention {
	for _, t := range toks {
		if t.Kind != alignWord || !t.Cap || len(t.Norm) < 4 || alignStopWords[t.Norm] ||
			strings.ContainsRune(t.Norm, '\'') {
			continue
		}
		out = append(out, alignMention{Doc: doc, Key: "name", Norm: t.Norm,
			Text: d.Text[t.Start:t.End], Span: t.Span})
	}
	return out
}
