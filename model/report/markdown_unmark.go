package report

import (
	"regexp"
	"strings"
)

var (
	unmarkHeading  = regexp.MustCompile(`^ {0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$`)
	unmarkQuote    = regexp.MustCompile(`(?m)^ {0,3}>[ \t]?`)
	unmarkLink     = regexp.MustCompile(`!?\[([^\]\n]*)\]\([^)\s]*(?:[ \t]+"[^"\n]*")?\)`)
	unmarkStrong   = regexp.MustCompile(`\*\*(\S(?:[^*\n]*\S)?)\*\*|__(\S(?:[^_\n]*\S)?)__`)
	unmarkEmphasis = regexp.MustCompile(`(^|[^\pL\pN*])\*(\S(?:[^*\n]*\S)?)\*`)
)

// unmark takes the commonest Markdown markup off a passage of a Markdown
// source, so that the report quotes what its reader saw: heading and
// block-quote markers, emphasis, and links (keeping their text). Anything
// less regular is left as it is, to be shown literally.
func unmark(s string) string {
	s = unmarkHeading.ReplaceAllString(s, "")
	s = unmarkQuote.ReplaceAllString(s, "")
	s = unmarkLink.ReplaceAllString(s, "$1")
	s = unmarkStrong.ReplaceAllString(s, "$1$2")
	s = unmarkEmphasis.ReplaceAllString(s, "$1$2")
	if len(s) > 2 && s[0] == '_' && s[len(s)-1] == '_' && !strings.Contains(s[1:len(s)-1], "_") {
		s = s[1 : len(s)-1]
	}
	return s
}
