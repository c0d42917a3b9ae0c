package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/overview"
	quotestage "github.com/parallax-reader/parallax/model/quote"
)

// quotesSection writes who is quoted saying what: each statement that two or
// more sources render, with every rendering, the word differences between
// quotations of it, and what differs (the wording, the speaker, quoted or
// only reported); then the statements only one source gives.
func (r *markdown) quotesSection() {
	sts := r.c.Statements
	if len(sts) == 0 {
		return
	}
	var shared, single []int
	for i := range sts {
		if len(sts[i].Sources) > 1 {
			shared = append(shared, i)
		} else {
			single = append(single, i)
		}
	}
	r.line("## Quotes")
	r.blank()
	r.line("%s quoted or reported, %d of them by two or more sources. Under each "+
		"quotation after a statement's first, ~~struck-through~~ words are only in the "+
		"first quotation and **bold** words only in this one.", nStatements(len(sts)), len(shared))
	r.blank()
	for n, i := range shared {
		st := &sts[i]
		who := "unattributed"
		if s := inline(st.Speaker); s != "" {
			who = s
		}
		r.line("### Quote %d: %s, in %d of %d sources (%s)", n+1, who, len(st.Sources), len(r.c.Documents), labels(st.Sources))
		r.blank()
		if flags := r.quoteFlags(st); flags != "" {
			r.line("> **⚠ %s**", flags)
			r.blank()
		}
		var ref *model.Quote
		for k := range st.Quotes {
			q := &st.Quotes[k]
			r.line("- %s", r.rendering(q, st.Speaker))
			if q.Kind != model.QuoteDirect {
				continue
			}
			if ref == nil {
				ref = q
				continue
			}
			if part, whole := r.quoteText(q), r.quoteText(ref); containsWords(whole, part) {
				r.blank()
				r.line("  Part of %s's quotation, word for word.", label(ref.Doc))
				continue
			} else if containsWords(part, whole) {
				r.blank()
				r.line("  %s's quotation is part of this one, word for word.", label(ref.Doc))
				continue
			}
			switch diff, res := wordDiff(r.quoteText(ref), r.quoteText(q)); res {
			case overview.Shown:
				r.blank()
				r.line("  Word by word against %s: %s", label(ref.Doc), diff)
			case overview.Same:
				r.blank()
				r.line("  Word for word the same as %s.", label(ref.Doc))
			}
		}
		r.blank()
	}
	if len(single) == 0 {
		return
	}
	r.line("### Quoted or reported by one source")
	r.blank()
	for _, i := range single {
		st := &sts[i]
		for k := range st.Quotes {
			r.line("- %s", r.rendering(&st.Quotes[k], st.Speaker))
		}
	}
	r.blank()
}

// nStatements is "1 statement is" or "7 statements are".
func nStatements(n int) string {
	if n == 1 {
		return "1 statement is"
	}
	return fmt.Sprintf("%d statements are", n)
}

// quoteFlags says what differs between a statement's renderings.
func (r *markdown) quoteFlags(st *model.Statement) string {
	var fs []string
	if st.WordingDiffers {
		fs = append(fs, "The quotations differ in wording.")
	}
	if st.SpeakerDiffers {
		var names []string
		for _, q := range st.Quotes {
			if n := inline(q.Speaker); n != "" && !containsName(names, n) {
				names = append(names, n)
			}
		}
		fs = append(fs, "The sources give it to different speakers: "+and(names)+".")
	}
	if st.KindDiffers {
		var quoted, reported []int
		for _, q := range st.Quotes {
			if q.Kind == model.QuoteDirect {
				quoted = addDoc(quoted, q.Doc)
			} else {
				reported = addDoc(reported, q.Doc)
			}
		}
		var only []int // sources that report it but never quote it
		for _, d := range reported {
			if !slices.Contains(quoted, d) {
				only = append(only, d)
			}
		}
		if len(only) > 0 {
			fs = append(fs, fmt.Sprintf("Quoted by %s; only reported, in other words, by %s.", labels(quoted), labels(only)))
		} else {
			fs = append(fs, fmt.Sprintf("Quoted by %s, and also reported in other words by %s.", labels(quoted), labels(reported)))
		}
	}
	return strings.Join(fs, " ")
}

func containsName(names []string, n string) bool {
	for _, x := range names {
		if quotestage.SameSpeaker(x, n) {
			return true
		}
	}
	return false
}

func addDoc(docs []int, d int) []int {
	for _, x := range docs {
		if x == d {
			return docs
		}
	}
	return append(docs, d)
}

// rendering is one source's rendering as the report lists it: where it
// is, whether it is quoted or reported and by whom, and its words;
// "⚠ gives it to X" when that source's speaker is not the statement's.
func (r *markdown) rendering(q *model.Quote, speaker string) string {
	s := "**" + label(q.Doc) + "**, paragraph " + fmt.Sprint(q.Para+1) + ","
	verb := "quotes"
	if q.Kind != model.QuoteDirect {
		verb = "reports"
	}
	who := inline(q.Speaker)
	switch {
	case who == "":
		s += " " + verb + " (no speaker named)"
	case speaker != "" && !quotestage.SameSpeaker(q.Speaker, speaker):
		s += " " + verb + " ⚠ " + who
	default:
		s += " " + verb + " " + who
	}
	if q.Kind == model.QuoteDirect {
		return s + ": " + quote(r.quoteText(q))
	}
	return s + ", in its own words: " + quote(r.quoteText(q))
}

// quoteText is the words of a rendering, a quotation broken by its
// attribution given as its parts joined by " … ".
func (r *markdown) quoteText(q *model.Quote) string {
	if q.Doc < 0 || q.Doc >= len(r.c.Documents) {
		return ""
	}
	d := r.c.Documents[q.Doc]
	if len(q.Parts) == 0 {
		return spanText(d, q.Span)
	}
	parts := make([]string, len(q.Parts))
	for k, p := range q.Parts {
		parts[k] = spanText(d, p)
	}
	return strings.Join(parts, " … ")
}

// containsWords reports whether the words of part, punctuation and case
// aside, are a run of the words of whole.
func containsWords(whole, part string) bool {
	norm := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(plain(s)) {
			w = strings.ToLower(strings.Trim(w, ".,;:!?…“”\"'‘’()"))
			if w != "" {
				out = append(out, w)
			}
		}
		return out
	}
	a, b := norm(whole), norm(part)
	if len(b) == 0 || len(b) > len(a) {
		return false
	}
outer:
	for i := 0; i+len(b) <= len(a); i++ {
		for k := range b {
			if a[i+k] != b[k] {
				continue outer
			}
		}
		return true
	}
	return false
}
