package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// plain makes article text safe to show on one line: terminal controls
// and invalid bytes neutralised by SafeText, and every run of white space
// (newlines included) turned into one space, with none at either end.
func plain(s string) string {
	return strings.Join(strings.Fields(model.SafeText(s)), " ")
}

// escape turns one line of plain text (see plain) into Markdown that
// shows exactly that text: it cannot start a block, a link, an autolink,
// emphasis, a code span or raw HTML, and it cannot end a table cell.
func escape(s string) string { return escapeText(s, true) }

// escapeInline is escape for text that never starts a line, which
// need not guard against starting a block ("2022." is left as it is).
func escapeInline(s string) string { return escapeText(s, false) }

// escapeText escapes s, and guards against its starting a block when
// lineStart is true.
func escapeText(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '~':
			// A backslash-escaped tilde can still end a strikethrough
			// run in some parsers; a character reference cannot.
			b.WriteString("&#126;")
		case strings.ContainsRune("\\`*_[]<|&", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == ':' && strings.HasPrefix(s[i+n:], "//"):
			// "scheme://" would be turned into a live link.
			b.WriteString(`\:`)
		case r == '.' && afterWWW(s[:i]):
			// So would "www." at the start of a word.
			b.WriteString(`\.`)
		case r == '@':
			// And an e-mail address.
			b.WriteString(`\@`)
		case lineStart && i == 0 && strings.ContainsRune("-+=#>", r):
			// A list item, underline, heading or block quote at the
			// start of a line.
			b.WriteByte('\\')
			b.WriteRune(r)
		case lineStart && (r == '.' || r == ')') && allDigits(s[:i]):
			// "12. " or "3) " at the start would be an ordered list.
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// afterWWW reports whether before ends with the word "www".
func afterWWW(before string) bool {
	if len(before) < 3 || !strings.EqualFold(before[len(before)-3:], "www") {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(before[:len(before)-3])
	return len(before) == 3 || !(unicode.IsLetter(prev) || unicode.IsDigit(prev))
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// inline is article text as safe Markdown on one line.
func inline(s string) string { return escape(plain(s)) }

// excerpt is the start of article text, cut at a word boundary to at
// most max characters (with "…" when cut), as safe Markdown.
func excerpt(s string, max int) string {
	s = plain(s)
	if utf8.RuneCountInString(s) <= max {
		return escape(s)
	}
	cut, count := 0, 0
	for i, r := range s {
		if count == max {
			break
		}
		if r == ' ' {
			cut = i
		}
		count++
	}
	if cut == 0 {
		// One long word: cut it at a character boundary.
		cut = len(s)
		for i := range s {
			if utf8.RuneCountInString(s[:i]) == max {
				cut = i
				break
			}
		}
	}
	return escape(strings.TrimRight(s[:cut], " ,;:")) + "…"
}

// quote is article text in curly quotes, as safe Markdown.
func quote(s string) string { return "“" + inline(s) + "”" }

// urlText returns an autolink for a web address that is safe to make live
// (http or https, no spaces, quotes or angle brackets), else the address as
// plain escaped text.
func urlText(u string) string {
	lower := strings.ToLower(u)
	if (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")) &&
		!strings.ContainsAny(u, " <>|\"'`\\") && model.SafeText(u) == u && !hasSpaceOrControl(u) {
		return "<" + u + ">"
	}
	return inline(u)
}

// hasSpaceOrControl reports whether s holds white space or a control
// character of any kind.
func hasSpaceOrControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r >= 0x80 && !unicode.IsGraphic(r)
	}) >= 0
}
