package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// Page furniture is found by general signals, never by a list of one site's
// phrases: how long a paragraph is and whether it ends like a sentence,
// where it stands (before the headline, after the last paragraph of
// reporting), whether it is wrapped in brackets, reads like a time stamp or
// a link, speaks to the reader in the publisher's voice, or addresses an
// editor or a text generator rather than a reader.

// Reasons given for flagged paragraphs.
const (
	reasonLabel       = "label or credit"
	reasonTail        = "links after the article"
	reasonMeta        = "time stamp or counter"
	reasonBracketed   = "bracketed note"
	reasonInstruction = "stray editing instruction"
	reasonPublisher   = "publisher's notice"
	reasonPromo       = "promotion or link"
	reasonSymbols     = "no words"
	reasonByline      = "byline"
	reasonDateline    = "date line"
)

var (
	ago   = regexp.MustCompile(`(?i)\b\d+\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b|\b\d+\s+min(ute)?s?\s+read\b|^(updated|published|posted|last modified)\b`)
	promo = regexp.MustCompile(`(?i)^(watch|listen|read more|read also|see also|related|more|advertisement|sponsored|follow us|share|subscribe|sign up|download|click)\b\s*[:|-]?`)
	link  = regexp.MustCompile(`(?i)^(https?://|www\.)\S+$`)
	// A byline: "By Jane Doe", "*By Jane Doe, Political Editor*".
	byline = regexp.MustCompile(`^[*_\s]*(?i:by)\s+\p{Lu}`)
	// A date: a month or weekday name with a number, or an ISO date.
	date = regexp.MustCompile(`(?i)\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*\d|\d.*\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b\d{4}-\d{2}-\d{2}\b`)
	// An instruction left in the text for an editor or a text generator:
	// an imperative verb of editing followed by what to do it to.
	instruction = regexp.MustCompile(`(?i)^(please\s+)?(re-?write|rephrase|paraphrase|summari[sz]e|translate|expand|shorten|proofread|edit|insert|add|remove|keep|make|generate|write)\b.*\b(this|the|these)\s+(title|headline|content|text|article|paragraph|story|post|html|tags?)\b`)
)

// markBoilerplate flags page furniture in d.Paragraphs. A repeat is flagged
// as its original is, so that a label pasted twice is furniture twice.
func markBoilerplate(d *model.Document) {
	paras := d.Paragraphs
	// Reporting paragraphs: full sentences of some length.
	firstBody, lastBody := -1, -1
	for i := range paras {
		t := d.Slice(paras[i].Span)
		if terminated(t) && wordCount(t) >= 8 && len(publisherWords(t)) == 0 {
			if firstBody < 0 {
				firstBody = i
			}
			lastBody = i
		}
	}
	for i := range paras {
		p := &paras[i]
		if p.DuplicateOf >= 0 {
			orig := paras[p.DuplicateOf]
			p.Boilerplate, p.Reason = orig.Boilerplate, orig.Reason
			continue
		}
		if d.Title != "" && sameWords(d.Slice(p.Span), d.Title) {
			continue // the headline the source named
		}
		t := d.Slice(p.Span)
		p.Reason = reason(t, i, len(paras), lastBody)
		if p.Reason == "" && (firstBody < 0 || i < firstBody) {
			p.Reason = headReason(d, t)
		}
		p.Boilerplate = p.Reason != ""
	}
}

// reason says why the paragraph text t, the i-th of n, is furniture, or
// returns "" when it is content.
func reason(t string, i, n, lastBody int) string {
	t = strings.TrimSpace(t)
	words := wordCount(t)
	terminated := terminated(t)
	switch {
	case words == 0:
		return reasonSymbols
	case startsLower(t) && instruction.MatchString(t):
		return reasonInstruction
	case link.MatchString(t):
		return reasonPromo
	case words <= 12 && ago.MatchString(t):
		return reasonMeta
	case words <= 12 && bracketed(t):
		return reasonBracketed
	case publisherNotice(t, i >= n-3 && i >= lastBody):
		return reasonPublisher
	case !terminated && words <= 12 && promo.MatchString(t):
		return reasonPromo
	case !terminated && words <= 3:
		return reasonLabel
	case lastBody >= 0 && i > lastBody && !terminated && !(words >= 4 && caption(t)):
		return reasonTail
	}
	return ""
}

// headReason recognises the credits above an article: a byline and a
// date line. It records them on the document when the source did not.
func headReason(d *model.Document, t string) string {
	words := wordCount(t)
	plain := strings.Trim(strings.TrimSpace(t), "*_ ")
	switch {
	case words <= 15 && byline.MatchString(t):
		if d.Byline == "" {
			d.Byline = strings.TrimSpace(plain[2:])
		}
		return reasonByline
	case words <= 8 && !terminated(t) && date.MatchString(t):
		if d.Published == "" {
			d.Published = plain
		}
		return reasonDateline
	}
	return ""
}

// bracketed reports whether t is wholly inside one pair of brackets.
func bracketed(t string) bool {
	if len(t) < 2 {
		return false
	}
	open, close := t[0], t[len(t)-1]
	if !(open == '(' && close == ')' || open == '[' && close == ']') {
		return false
	}
	inner := t[1 : len(t)-1]
	return !strings.ContainsAny(inner, "()[]")
}

// publisherPhrases are words with which a site speaks about itself or
// asks something of its readers.
var publisherPhrases = []string{
	"subscribe", "newsletter", "sign up", "our team", "our writers", "our editors",
	"our journalists", "our website", "our newsroom", "our readers", "we appreciate",
	"reach out to us", "contact us", "email us", "follow us", "privacy policy", "cookie",
	"terms of use", "terms of service", "all rights reserved", "copyright", "©",
	"advertisement", "sponsored", "leave a comment", "comments below", "comment section",
	"share this", "click here", "download our app", "fact-checking protocols",
}

// noticeMaxBytes bounds the paragraphs searched for publisher's phrases:
// a site's notice is a few sentences; a longer paragraph that happens to
// say "copyright" is reporting or literature.
const noticeMaxBytes = 1500

// publisherWords returns the byte offsets in t at which publisher's
// phrases start, whole words only.
func publisherWords(t string) []int {
	if len(t) > noticeMaxBytes {
		return nil
	}
	lower := strings.ToLower(t)
	var at []int
	for _, ph := range publisherPhrases {
		for from := 0; ; {
			k := strings.Index(lower[from:], ph)
			if k < 0 {
				break
			}
			k += from
			end := k + len(ph)
			if wordEdge(lower, k-1) && wordEdge(lower, end) {
				at = append(at, k)
			}
			from = end
		}
	}
	return at
}

// wordEdge reports whether byte i of s is outside a word (or outside s).
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80)
}

// publisherNotice reports whether t is the site speaking to its readers:
// two publisher's phrases, or one outside quotation marks in the closing
// lines of the page.
func publisherNotice(t string, closing bool) bool {
	at := publisherWords(t)
	if len(at) >= 2 {
		return true
	}
	if len(at) == 0 || !closing {
		return false
	}
	before := t[:at[0]]
	quotes := strings.Count(before, "\"") + strings.Count(before, "“") - strings.Count(before, "”")
	return quotes%2 == 0
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// markTitle marks the headline: the first of the opening paragraphs that is
// not furniture, reads as a heading (a few words, not ending in a full
// stop, or a short first sentence on its own line ahead of longer text) and
// comes before the reporting starts. Document.Title is set from it
// when the source did not give one.
func markTitle(d *model.Document) {
	first := true
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if i >= 8 {
			return
		}
		if !p.Content() {
			continue
		}
		t := strings.TrimSpace(d.Slice(p.Span))
		if d.Title != "" && sameWords(t, d.Title) {
			p.Title = true
			return
		}
		words := wordCount(t)
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"'”’"))
		heading := words >= 4 && words <= 25 && last != '.' && last != '!' && len(p.Sentences) <= 2
		// A short first line of one sentence, followed by longer text, is
		// a headline even when it ends with a full stop, as many wire
		// and web headlines do.
		if !heading && first && last == '.' && words >= 4 && words <= 16 && len(p.Sentences) == 1 &&
			longerNext(d, i, words) {
			heading = true
		}
		first = false
		if d.Format == "markdown" && strings.HasPrefix(t, "#") {
			heading = true
		}
		if heading && !caption(t) {
			p.Title = true
			if d.Title == "" {
				d.Title = strings.TrimSpace(strings.TrimLeft(t, "# "))
			}
			return
		}
		if terminated(t) && words >= 8 {
			return // the reporting has started: no headline
		}
	}
}

// caption reports whether t reads as a picture caption with a credit.
func caption(t string) bool {
	l := strings.ToLower(t)
	for _, k := range []string{"(picture", "(photo", "(image", "photo:", "picture:", "image:", "credit:", "(credit"} {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// sameWords compares the letters and digits of a and b, case aside.
func sameWords(a, b string) bool {
	norm := func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				sb.WriteRune(unicode.ToLower(r))
			}
		}
		return sb.String()
	}
	return norm(a) == norm(b)
}

// longerNext reports whether the content paragraph after paragraph i has
// more words than n: a headline is followed by the longer text it heads.
func longerNext(d *model.Document, i, n int) bool {
	for k := i + 1; k < len(d.Paragraphs); k++ {
		if p := &d.Paragraphs[k]; p.Content() {
			return wordCount(d.Slice(p.Span)) > n
		}
	}
	return false
}
