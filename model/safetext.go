package model

import (
	"strings"
	"unicode/utf8"
)

// SafeText returns s with everything that could act on a terminal turned
// into a visible, inert placeholder:
//
//   - C0 control characters other than newline and tab (ESC, CR, backspace,
//     BEL…) and DEL become their Unicode control pictures: ESC is "␛", CR
//     "␍", BEL "␇", DEL "␡". An escape sequence (CSI, OSC including OSC 52
//     clipboard writes and OSC 8 links, DCS, APC, PM, SOS, or ESC and one
//     character) thus shows as "␛" followed by its remainder, which is
//     printable and so cannot act: "\x1b[2J" shows as "␛[2J".
//   - C1 control characters (U+0080–U+009F), which some terminals obey as
//     CSI, OSC and the like, become their name in angle brackets: "⟨CSI⟩".
//   - Bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
//     U+2066–U+2069), which can reorder what a line appears to say, become
//     their name too: "⟨RLO⟩".
//   - Bytes that are not valid UTF-8 become U+FFFD "�".
//
// Everything else, including wide characters and combining marks, is
// returned unchanged. Each replacement depends on one character only, so
// SafeText may be applied to any piece of a text, cut anywhere, with the
// same result as on the whole.
func SafeText(s string) string {
	i := safeFirstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if ph := safePlaceholder(r, size); ph != "" {
			b.WriteString(ph)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// safeFirstUnsafe returns the byte index of the first character SafeText
// must replace, or -1 when s is safe as it is.
func safeFirstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if safePlaceholder(r, size) != "" {
			return i
		}
		i += size
	}
	return -1
}

// safePlaceholder returns what stands in for rune r (decoded from size
// bytes), or "" when r is safe to show as it is.
func safePlaceholder(r rune, size int) string {
	switch {
	case r == utf8.RuneError && size == 1:
		return "\uFFFD"
	case r == '\n' || r == '\t':
		return ""
	case r < 0x20:
		return string(rune(0x2400 + r)) // control pictures: ␀ … ␟
	case r == 0x7f:
		return "\u2421" // ␡
	case r >= 0x80 && r <= 0x9f:
		return "⟨" + safeC1Names[r-0x80] + "⟩"
	}
	if r == 0x061C || (r >= 0x200E && r <= 0x2069) {
		if name, ok := safeBidiNames[r]; ok {
			return "⟨" + name + "⟩"
		}
	}
	return ""
}

// safeC1Names are the standard abbreviations of the C1 controls
// U+0080–U+009F, in order.
var safeC1Names = [32]string{
	"PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA",
	"HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
	"DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA",
	"SOS", "SGCI", "SCI", "CSI", "ST", "OSC", "PM", "APC",
}

// safeBidiNames are the bidirectional formatting characters and their
// standard abbreviations.
var safeBidiNames = map[rune]string{
	0x061C: "ALM",
	0x200E: "LRM", 0x200F: "RLM",
	0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
	0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
}
