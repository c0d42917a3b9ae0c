package model

import "strings"

// mdWord is one whitespace-separated word of a text and where it lies.
type mdWord struct {
	text       string
	start, end int
}

// mdWords splits s (single-spaced, see mdPlain) into its words.
func mdWords(s string) []mdWord {
	var ws []mdWord
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		ws = append(ws, mdWord{s[i : i+j], i, i + j})
		i += j
	}
	return ws
}

// mdDiffAnchors returns the pairs (i, j) of words a[i] and b[j] that the
// word diff of a and b keeps whole and unchanged, in order.
func mdDiffAnchors(a, b string, wa, wb []mdWord) [][2]int {
	// keptAt[i] is the byte of b that byte i of a was kept as, or -1.
	keptAt := make([]int, len(a))
	pa, pb := 0, 0
	for _, op := range WordDiff(a, b) {
		n := len(op.Text)
		switch op.Kind {
		case DiffEqual:
			for k := range n {
				keptAt[pa+k] = pb + k
			}
			pa += n
			pb += n
		case DiffDelete:
			for k := range n {
				keptAt[pa+k] = -1
			}
			pa += n
		case DiffInsert:
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

// mdDiffMinShared is the share of words two wordings must have in common
// for a word-by-word comparison to be worth reading.
const mdDiffMinShared = 0.3

// mdDiffResult says what a word-by-word comparison found.
type mdDiffResult int

// What a word-by-word comparison can find.
const (
	mdDiffShown    mdDiffResult = iota // the differences are worth showing
	mdDiffSame                         // the same words
	mdDiffReworded                     // too little in common to compare
)

// mdWordDiff shows other against ref word by word, in Markdown: words only
// ref has struck through (~~old~~), words only other has in bold
// (**new**), whole words at a time. When the two have the same words, or
// too little in common for a comparison to help a reader, it returns ""
// and says which.
func mdWordDiff(ref, other string) (string, mdDiffResult) {
	a, b := mdPlain(ref), mdPlain(other)
	wa, wb := mdWords(a), mdWords(b)
	anchors := mdDiffAnchors(a, b, wa, wb)
	if len(anchors) == len(wa) && len(wa) == len(wb) {
		return "", mdDiffSame
	}
	if float64(len(anchors)) < mdDiffMinShared*float64(max(len(wa), len(wb))) {
		return "", mdDiffReworded
	}
	var parts []string
	run := func(ws []mdWord, mark string) {
		if len(ws) == 0 {
			return
		}
		texts := make([]string, len(ws))
		for k, w := range ws {
			texts[k] = mdEscapeInline(w.text)
		}
		parts = append(parts, mark+strings.Join(texts, " ")+mark)
	}
	li, lj := 0, 0
	for _, an := range append(anchors, [2]int{len(wa), len(wb)}) {
		run(wa[li:an[0]], "~~")
		run(wb[lj:an[1]], "**")
		if an[0] < len(wa) {
			parts = append(parts, mdEscapeInline(wa[an[0]].text))
		}
		li, lj = an[0]+1, an[1]+1
	}
	return strings.Join(parts, " "), mdDiffShown
}
