package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
	"golang.org/x/text/unicode/norm"
)

// tokenKind says what a token is.
type tokenKind uint8

const (
	wordToken tokenKind = iota // letters
	number                     // digits, with "12,000" and "3.5" read as one number
)

// token is one word or number of a text, in its normal form: NFKC,
// lower case, diacritics removed, curly apostrophes straightened, "12,000"
// written "12000". Start and End index the original text.
type token struct {
	model.Span
	Norm   string
	Kind   tokenKind
	Cap    bool // the original starts with an upper-case letter
	Quoted bool // the token lies inside quotation marks
}

// tokenizeFold splits text into words and numbers, with fold putting each
// word in normal form (foldWord; asWritten leaves the words as written, a
// possessive dropped, for a caller that folds each distinct word once).
// Hyphens and slashes separate words; an apostrophe inside a word is kept
// ("don't"), and a possessive "'s" is dropped. It never allocates for ASCII
// words already in normal form beyond the token slice itself.
func tokenizeFold(text string, base int, out []token, fold func(string) string) []token {
	quoted := false
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] && c != '"' {
				i++ // ASCII space or punctuation: the common case, decided fast
				continue
			}
			if c > '9' { // an ASCII letter
				// An ASCII word ended by ASCII other than an apostrophe is
				// all scanWord would find, and has no possessive.
				j := i + 1
				for j < len(text) && text[j] < utf8.RuneSelf && asciiWord[text[j]] {
					j++
				}
				if j == len(text) || text[j] < utf8.RuneSelf && text[j] != '\'' {
					out = append(out, token{Span: model.Span{Start: base + i, End: base + j},
						Norm: fold(text[i:j]), Kind: wordToken, Cap: c <= 'Z', Quoted: quoted})
					i = j
					continue
				}
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isQuote(r):
			quoted = !quoted
			i += size
		case unicode.IsDigit(r):
			j := scanNumber(text, i)
			if j == i {
				j = i + size // a digit of another script ("௯"): a number of its own
			}
			out = append(out, token{Span: model.Span{Start: base + i, End: base + j},
				Norm: numberNorm(text[i:j]), Kind: number, Quoted: quoted})
			i = j
		case unicode.IsLetter(r):
			j := scanWord(text, i)
			w := text[i:j]
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				w = w[:strings.LastIndexAny(w, "'’")]
			}
			out = append(out, token{Span: model.Span{Start: base + i, End: base + j},
				Norm: fold(w), Kind: wordToken, Cap: unicode.IsUpper(r), Quoted: quoted})
			i = j
		default:
			i += size
		}
	}
	return out
}

// asWritten is the fold that leaves a word as it is.
func asWritten(w string) string { return w }

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// isQuote reports whether r opens or closes a quotation (straight or
// curly double quotes, guillemets). Apostrophes are not quotes: they are far
// more often part of a word.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// scanWord returns the end of the word starting at i: letters, digits
// and marks, with single inner apostrophes.
func scanWord(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				i++
				continue
			}
			if c != '\'' {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			i += size
			continue
		}
		if r == '\'' || r == '’' {
			n, nsize := utf8.DecodeRuneInString(text[i+size:])
			if nsize > 0 && unicode.IsLetter(n) {
				i += size + nsize
				continue
			}
		}
		break
	}
	return i
}

// scanNumber returns the end of the number starting at i: digits with
// single inner separators (',' or '.') each followed by a digit.
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

// numberNorm writes a number without thousands separators: "12,000"
// is "12000"; "3.5" stays "3.5"; "1.000.000" is "1000000".
func numberNorm(s string) string {
	seps := strings.Count(s, ",") + strings.Count(s, ".")
	if seps == 0 {
		return s
	}
	last := strings.LastIndexAny(s, ",.")
	grouped := len(s)-last-1 == 3
	if strings.Count(s, ",") > 0 && strings.Count(s, ".") > 0 {
		// "1,234.5": the last separator is the decimal point.
		return strings.NewReplacer(",", "", ".", "").Replace(s[:last]) + "." + s[last+1:]
	}
	if grouped && (seps > 1 || s[last] == ',') {
		return strings.NewReplacer(",", "", ".", "").Replace(s)
	}
	return strings.ReplaceAll(s, ",", ".")
}

// foldWord puts a word in normal form: NFKC, lower case, no diacritics,
// straight apostrophes.
func foldWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		// ASCII is its own NFKD and NFKC and has no marks nor curly
		// apostrophes: lower case is all there is to do.
		if isFolded(w) {
			return w
		}
		return strings.ToLower(w)
	}
	return foldGeneral(w)
}

// foldGeneral folds any word: NFKD, marks dropped, curly apostrophes
// straightened, lower case, NFKC. foldWord takes shortcuts around it
// for ASCII.
func foldGeneral(w string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(w) {
		switch {
		case unicode.IsMark(r):
		case r == '’' || r == '‘' || r == 'ʼ':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return norm.NFKC.String(b.String())
}

// isFolded reports whether w is ASCII without capitals, and so in
// normal form already.
func isFolded(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// nameSkeleton reduces a name to the consonants that survive
// transliteration: vowels and y dropped, doubled letters single, "ck" and
// "kh" as "k". "Zelensky" and "Zelenskyy" both give "zlnsk", "Kiev" and
// "Kyiv" both "kv". Two names with the same first letter and skeleton are
// taken for spellings of one name.
func nameSkeleton(w string) string {
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', '\'', 'h':
			continue
		case 'c', 'q':
			c = 'k'
		case 'w':
			c = 'v'
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// spellingVariants reports whether two different normal-form words
// look like spellings of one name (transliteration variants such as
// Kiev/Kyiv or Zelensky/Zelenskyy).
func spellingVariants(a, b string) bool {
	if a == b || len(a) < 4 || len(b) < 4 || a[0] != b[0] {
		return false
	}
	if d := len(a) - len(b); d > 1 || d < -1 {
		return false
	}
	sa := nameSkeleton(a)
	if len(sa) < 2 || sa != nameSkeleton(b) {
		return false
	}
	// Two consonants leave too little to go on ("South" and "State"
	// both give "st"): then an h must agree too ("Kiev" and "Kyiv" do).
	return len(sa) >= 3 || strings.Count(a, "h") == strings.Count(b, "h")
}
