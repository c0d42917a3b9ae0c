package model

import (
	"regexp"
	"strings"
)

var (
	mdUnmarkHeading  = regexp.MustCompile(`^ {0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$`)
	mdUnmarkQuote    = regexp.MustCompile(`(?m)^ {0,3}>[ \t]?`)
	mdUnmarkLink     = regexp.MustCompile(`!?\[([^\]\n]*)\]\([^)\s]*(?:[ \t]+"[^"\n]*")?\)`)
	mdUnmarkStrong   = regexp.MustCompile(`\*\*(\S(?:[^*\n]*\S)?)\*\*|__(\S(?:[^_\n]*\S)?)__`)
	mdUnmarkEmphasis = regexp.MustCompile(`(^|[^\pL\pN*])\*(\S(?:[^*\n]*\S)?)\*`)
)

// mdUnmark takes the commonest Markdown markup off a passage of a Markdown
// source, so that the report quotes what its reader saw: heading and
// block-quote markers, emphasis, and links (keeping their text). Anything
// less regular is left as it is, to be shown literally.
func mdUnmark(s string) string {
	s = mdUnmarkHeading.ReplaceAllString(s, "")
	s = mdUnmarkQuote.ReplaceAllString(s, "")
	s = mdUnmarkLink.ReplaceAllString(s, "$1")
	s = mdUnmarkStrong.ReplaceAllString(s, "$1$2")
	s = mdUnmarkEmphasis.ReplaceAllString(s, "$1$2")
	if len(s) > 2 && s[0] == '_' && s[len(s)-1] == '_' && !strings.Contains(s[1:len(s)-1], "_") {
		s = s[1 : len(s)-1]
	}
	return s
}
