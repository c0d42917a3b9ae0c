package align

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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

// monthAbbrevs are the short forms of the months' names ("Oct 14").
var monthAbbrevs = map[string]string{"jan": "january", "feb": "february", "mar": "march",
	"apr": "april", "jun": "june", "jul": "july", "aug": "august", "sep": "september",
	"sept": "september", "oct": "october", "nov": "november", "dec": "december"}

// monthOf returns the full name of the month a capitalised word names,
// or "" ("May" is left out: it is far more often the verb).
func monthOf(t token) string {
	if t.Kind != wordToken || !t.Cap {
		return ""
	}
	if months[t.Norm] && t.Norm != "may" {
		return t.Norm
	}
	return monthAbbrevs[t.Norm]
}

// isDayOfMonth reports whether the number toks[i] is the day of a month
// written beside it ("Oct 14", "14 October").
func isDayOfMonth(toks []token, i int) bool {
	if toks[i].Kind != number || len(toks[i].Norm) > 2 {
		return false
	}
	return (i > 0 && monthOf(toks[i-1]) != "") || (i+1 < len(toks) && monthOf(toks[i+1]) != "")
}

// placePrepositions introduce a place.
var placePrepositions = map[string]bool{"in": true, "to": true, "from": true, "near": true, "at": true}

// quantities appends to out the quantities and the noun each counts:
// "12,000 soldiers", "three generals", "a few generals", "thousands of
// troops". Years are dates, not quantities.
//
// A day of the month is a date, not a count.
func quantities(out []mention, x *extractor, d *model.Document, doc int, toks []token) []mention {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		var norm string
		switch {
		case t.Kind == number:
			if isYear(t.Norm) || isDayOfMonth(toks, i) {
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
		head, word := head(x, d.Text, toks, i+1)
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
// and as written. The noun phrase ends at punctuation: in "Oct 14
// (Northsea Wire) - A passenger ferry" nothing counts passengers.
func head(x *extractor, text string, toks []token, i int) (stem, word string) {
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.Kind != wordToken || strings.TrimSpace(text[toks[k-1].End:t.Start]) != "" {
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
func extractDates(out []mention, x *extractor, d *model.Document, doc int, toks []token) []mention {
	for i, t := range toks {
		var key, norm string
		start, end := t.Start, t.End
		switch {
		case t.Kind == wordToken && t.Cap && weekdays[t.Norm]:
			key, norm = "day", t.Norm
		case monthOf(t) != "":
			key, norm = "month", monthOf(t)
			switch {
			case i+1 < len(toks) && toks[i+1].Kind == number && len(toks[i+1].Norm) <= 2:
				norm += " " + toks[i+1].Norm
				end = toks[i+1].End
			case i > 0 && toks[i-1].Kind == number && len(toks[i-1].Norm) <= 2:
				norm += " " + toks[i-1].Norm
				start = toks[i-1].Start
			}
		case t.Kind == number && isYear(t.Norm):
			key, norm = "year", t.Norm
		default:
			continue
		}
		out = append(out, mention{Doc: doc, Key: key, Norm: norm, Context: dateContext(x, d.Text, toks, i),
			Text: d.Text[start:end], Span: model.Span{Start: start, End: end}})
	}
	return out
}

// dateContext returns the stems of the content words of the clause
// before toks[i] (up to four; the event a date dates is told before it:
// "ran aground on Tuesday"), or, when the date opens its clause ("On
// Tuesday the ferry ran aground"), of those after it.
func dateContext(x *extractor, text string, toks []token, i int) []string {
	var out []string
	add := func(k int) {
		t := toks[k]
		if t.Kind == wordToken && !weekdays[t.Norm] && monthOf(t) == "" {
			if s := x.stem(t.Norm); s != "" {
				out = append(out, s)
			}
		}
	}
	joined := func(a, b int) bool { return strings.TrimSpace(text[toks[a].End:toks[b].Start]) == "" }
	for k := i - 1; k >= 0 && len(out) < 4 && joined(k, k+1); k-- {
		add(k)
	}
	if len(out) < 2 {
		for k := i + 1; k < len(toks) && len(out) < 4 && joined(k-1, k); k++ {
			add(k)
		}
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
// the candidates for spelling variants. A word that opens a sentence is
// capitalised for that reason alone and is no candidate.
func extractNames(out []mention, d *model.Document, doc int, from int, toks []token) []mention {
	for _, t := range toks {
		if t.Kind != wordToken || !t.Cap || len(t.Norm) < 4 || stopWords[t.Norm] ||
			strings.ContainsRune(t.Norm, '\'') || opensSentence(d.Text, from, t.Start) {
			continue
		}
		out = append(out, mention{Doc: doc, Key: "name", Norm: t.Norm,
			Text: d.Text[t.Start:t.End], Span: t.Span})
	}
	return out
}

// opensSentence reports whether the word at byte at of text opens a
// sentence: nothing but spaces, quotation marks and brackets lies between
// it and from (where the passage starts) or the end of the previous
// sentence.
func opensSentence(text string, from, at int) bool {
	for i := at; i > from; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case unicode.IsSpace(r) || isQuote(r) || r == '(' || r == '[' || r == '-' || r == '–' || r == '—':
			i -= size
		case r == '.' || r == '!' || r == '?' || r == ':':
			return true
		default:
			return false
		}
	}
	return true
}

// datelineEnd returns where the dateline that opens text[from:] ends
// ("PORT ARDLEY, Oct 14 (Northsea Wire) - A ferry ..."), or from when
// there is none: a place in capitals, a comma, and a dash within the
// first hundred bytes. What it holds is no value of the story.
func datelineEnd(text string, from int) int {
	rest := text[from:min(len(text), from+100)]
	comma := strings.IndexByte(rest, ',')
	if comma < 2 {
		return from
	}
	place := rest[:comma]
	letters := 0
	for _, r := range place {
		switch {
		case unicode.IsLower(r):
			return from
		case unicode.IsUpper(r):
			letters++
		}
	}
	if letters < 3 {
		return from
	}
	for _, dash := range []string{" - ", " – ", " — ", " -- "} {
		if k := strings.Index(rest[comma:], dash); k >= 0 {
			return from + comma + k + len(dash)
		}
	}
	return from
}
