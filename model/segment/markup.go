package segment

import (
	"regexp"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

var (
	markupHeading = regexp.MustCompile(`^(#{1,6}[ \t]+|>[ \t]?)`)
	markupLink    = regexp.MustCompile(`\[[^\]\n]+\](\([^)\s]*\))`)
)

// MarkupSpans returns the byte ranges of text (a paragraph of a Markdown
// source) that are Markdown syntax rather than words: a heading's or a
// quote's leading marker, emphasis delimiters (*, **, _), and the square
// brackets of a link (its address is kept: it is information). A reader can
// leave them out when showing the paragraph; the offsets of everything else
// stay as they are. List bullets are kept: they read as bullets.
func MarkupSpans(text string) []model.Span {
	var out []model.Span
	if m := markupHeading.FindStringIndex(text); m != nil {
		out = append(out, model.Span{Start: m[0], End: m[1]})
	}
	for _, m := range markupLink.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, model.Span{Start: m[0], End: m[0] + 1}, model.Span{Start: m[2] - 1, End: m[2]})
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c != '*' && c != '_' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] == c {
			j++
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[j:])
		opens := (i == 0 || !markupWordRune(before)) && j < len(text) && !unicode.IsSpace(after)
		closes := i > 0 && !unicode.IsSpace(before) && (j == len(text) || !markupWordRune(after))
		if j-i <= 3 && (opens || closes) && !(i == 0 && c == '*' && j-i == 1 && j < len(text) && text[j] == ' ') {
			out = append(out, model.Span{Start: i, End: j})
		}
		i = j
	}
	return markupSort(out)
}

// markupWordRune reports whether r is part of a word.
func markupWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// markupSort orders spans by start and drops overlaps.
func markupSort(spans []model.Span) []model.Span {
	for i := 1; i < len(spans); i++ {
		for k := i; k > 0 && spans[k].Start < spans[k-1].Start; k-- {
			spans[k], spans[k-1] = spans[k-1], spans[k]
		}
	}
	out := spans[:0]
	for _, s := range spans {
		if len(out) > 0 && s.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, s)
	}
	return out
}
