package ui

import (
	"strings"
	"sync/atomic"

	"github.com/charmbracelet/x/ansi"
)

// The reader measures text in cells the way Bubble Tea's renderer places
// it, which is the way the terminal draws it: code point by code point
// (wcwidth) unless the terminal reports Unicode mode 2027, when the
// renderer switches to grapheme clusters. Measured any other way, an
// emoji sequence (a thumb with a skin tone, a heart with VS16, a flag, a
// ZWJ family) takes more or fewer cells on screen than its line was
// padded for, and pushes the next pane's border sideways; tmux 3.3, for
// one, does not cluster graphemes.
//
// The method is the terminal's, one a process, as the renderer's is: it
// is kept here rather than passed to every function that pads a line.
var cellGraphemes atomic.Bool

// cellMethod is how the terminal measures text.
func cellMethod() ansi.Method {
	if cellGraphemes.Load() {
		return ansi.GraphemeWidth
	}
	return ansi.WcWidth
}

// setCellMethod measures from now on with m, and reports whether that
// changes anything (drawn lines must then be measured again).
func setCellMethod(m ansi.Method) bool {
	return cellGraphemes.Swap(m == ansi.GraphemeWidth) != (m == ansi.GraphemeWidth)
}

// unicodeModeReported reports whether msg is the terminal's answer that
// it knows mode 2027, on which Bubble Tea's renderer measures graphemes.
func unicodeModeReported(mode ansi.Mode, value ansi.ModeSetting) bool {
	return mode == ansi.ModeUnicodeCore &&
		(value == ansi.ModeReset || value == ansi.ModeSet || value == ansi.ModePermanentlySet)
}

// cellWidth is the width of s in cells, as the terminal draws it.
func cellWidth(s string) int { return cellMethod().StringWidth(s) }

// cellTruncate cuts s to at most n cells, as the terminal draws it, ending
// it with tail when cut.
func cellTruncate(s string, n int, tail string) string { return cellMethod().Truncate(s, n, tail) }

// firstCell returns the first grapheme cluster of s and its width in
// cells, as the terminal draws it.
func firstCell(s string) (string, int) { return ansi.FirstGraphemeCluster(s, cellMethod()) }

// cellText is the screen as sent to a terminal that measures code point
// by code point: without zero-width joiners. Such a terminal either draws
// a ZWJ sequence (a family, a profession) as its separate emoji, which is
// what wcwidth counts, or, like tmux 3.3, joins what follows a ZWJ into one
// cell that Bubble Tea's renderer, counting code points, does not expect,
// so that everything after it on the line moves left. Without the joiners
// both draw the separate emoji, in the cells counted. Where the terminal
// clusters graphemes the text is left whole.
func cellText(screen string) string {
	if cellGraphemes.Load() {
		return screen
	}
	return strings.ReplaceAll(screen, "\u200d", "")
}
