package report

import (
	"strings"

	"github.com/parallax-reader/parallax/model/overview"
	"github.com/parallax-reader/parallax/model/worddiff"
)

// word is one whitespace-separated word of a text and where it lies.
type word struct {
	text       string
	start, end int
}

// words splits s (single-spaced, see plain) into its words.
func words(s string) []word {
	var ws []word
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		ws = append(ws, word{s[i : i+j], i, i + j})
		i += j
	}
	return ws
}

// diffAnchors returns the pairs (i, j) of words a[i] and b[j] that the
// word diff of a and b keeps whole and unchanged, in order.
func diffAnchors(a string, ops []worddiff.Op, wa, wb []word) [][2]int {
	// keptAt[i] is the byte of b that byte i of a was kept as, or -1.
	keptAt := make([]int, len(a))
	pa, pb := 0, 0
	for _, op := range ops {
		n := len(op.Text)
		switch op.Kind {
		case worddiff.Equal:
			for k := range n {
				keptAt[pa+k] = pb + k
			}
			pa += n
			pb += n
		case worddiff.Delete:
			for k := range n {
				keptAt[pa+k] = -1
			}
			pa += n
		case worddiff.Insert:
			pb += n
		}
	}
	startB := make(map[int]int, len(wb))
	for j, w := range wb {
		startB[w.start] = j
	}
	var anchors [][2]int
	for i, w := range wa {
		j, ok := startB[keptAt[w.start]]
		if !ok || wb[j].end-wb[j].start != w.end-w.start {
			continue
		}
		whole := true
		for k := w.start; k < w.end; k++ {
			if keptAt[k] != keptAt[w.start]+k-w.start {
				whole = false
				break
			}
		}
		if whole {
			anchors = append(anchors, [2]int{i, j})
		}
	}
	return anchors
}

// wordDiff shows other against ref word by word, in Markdown: words only
// ref has struck through (~~old~~), words only other has in bold
// (**new**), whole words at a time. When the two have the same words, or
// too little in common for a comparison to help a reader
// (overview.Judge), it returns "" and says which.
func wordDiff(ref, other string) (string, overview.Verdict) {
	a, b := plain(ref), plain(other)
	ops := worddiff.Diff(a, b)
	if v := overview.Judge(ops); v != overview.Shown {
		return "", v
	}
	wa, wb := words(a), words(b)
	anchors := diffAnchors(a, ops, wa, wb)
	var parts []string
	run := func(ws []word, mark string) {
		if len(ws) == 0 {
			return
		}
		texts := make([]string, len(ws))
		for k, w := range ws {
			texts[k] = escapeInline(w.text)
		}
		parts = append(parts, mark+strings.Join(texts, " ")+mark)
	}
	li, lj := 0, 0
	for _, an := range append(anchors, [2]int{len(wa), len(wb)}) {
		run(wa[li:an[0]], "~~")
		run(wb[lj:an[1]], "**")
		if an[0] < len(wa) {
			parts = append(parts, escapeInline(wa[an[0]].text))
		}
		li, lj = an[0]+1, an[1]+1
	}
	return strings.Join(parts, " "), overview.Shown
}
