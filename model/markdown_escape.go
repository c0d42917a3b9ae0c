package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mdPlain makes article text safe to show on one line: terminal controls
// and invalid bytes neutralised by SafeText, and every run of white space
// (newlines included) turned into one space, with none at either end.
func mdPlain(s string) string {
	return strings.Join(strings.Fields(SafeText(s)), " ")
}

// mdEscape turns one line of plain text (see mdPlain) into Markdown that
// shows exactly that text: it cannot start a block, a link, an autolink,
// emphasis, a code span or raw HTML, and it cannot end a table cell.
func mdEscape(s string) string { return mdEscapeText(s, true) }

// mdEscapeInline is mdEscape for text that never starts a line, which
// need not guard against starting a block ("2022." is left as it is).
func mdEscapeInline(s string) string { return mdEscapeText(s, false) }

// mdEscapeText escapes s, and guards against its starting a block when
// lineStart is true.
func mdEscapeText(s string, lineStart bool) string {
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
		case r == '.' && mdAfterWWW(s[:i]):
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
		case lineStart && (r == '.' || r == ')') && mdAllDigits(s[:i]):
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

// mdAfterWWW reports whether before ends with the word "www".
func mdAfterWWW(before string) bool {
	if len(before) < 3 || !strings.EqualFold(before[len(before)-3:], "www") {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(before[:len(before)-3])
	return len(before) == 3 || !(unicode.IsLetter(prev) || unicode.IsDigit(prev))
}

// mdAllDigits reports whether s is a non-empty run of ASCII digits.
func mdAllDigits(s string) bool {
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

// mdText is article text as safe Markdown on one line.
func mdText(s string) string { return mdEscape(mdPlain(s)) }

// mdExcerpt is the start of article text, cut at a word boundary to at
// most max characters (with "…" when cut), as safe Markdown.
func mdExcerpt(s string, max int) string {
	s = mdPlain(s)
	if utf8.RuneCountInString(s) <= max {
		return mdEscape(s)
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
	return mdEscape(strings.TrimRight(s[:cut], " ,;:")) + "…"
}

// mdQuote is article text in curly quotes, as safe Markdown.
func mdQuote(s string) string { return "“" + mdText(s) + "”" }

// mdURL returns an autolink for a web address that is safe to make live
// (http or https, no spaces, quotes or angle brackets), else the address as
// plain escaped text.
func mdURL(u string) string {
	lower := strings.ToLower(u)
	if (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")) &&
		!strings.ContainsAny(u, " <>|\"'`\\") && SafeText(u) == u && !mdHasSpaceOrControl(u) {
		return "<" + u + ">"
	}
	return mdText(u)
}

// mdHasSpaceOrControl reports whether s holds white space or a control
// character of any kind.
func mdHasSpaceOrControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r >= 0x80 && !unicode.IsGraphic(r)
	}) >= 0
}
