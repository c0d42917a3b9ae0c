package align

import (
	"runtime"
	"sync"

	"github.com/parallax-reader/parallax/model"
)

// The corpus is tokenised in chunks of consecutive sentences, one worker
// each, every chunk with a vocabulary of its own; the vocabularies are then
// merged in chunk order. Nothing depends on how the sentences were cut:
// a term's surface is the smallest spelling seen and its name flags are
// ORs over every sighting, and renumber gives the terms ids by stem.

// chunkSents is about how many sentences make one chunk of the work,
// below which splitting costs more than it saves.
const chunkSents = 2048

// sentRef is a content sentence waiting to be tokenised.
type sentRef struct {
	Doc, Para int
	model.Span
}

// chunk is one worker's share: sentences [Lo, Hi) of the corpus,
// whose Terms hold ids into Terms, the chunk's own vocabulary.
type chunk struct {
	Lo, Hi int
	Terms  []term
}

// contentSents lists the content sentences of the documents in
// corpus order, with the range of them each document holds. With byLine,
// a sentence that runs over a line break counts as one sentence a line.
func contentSents(docs []*model.Document, byLine bool) ([]sentRef, [][2]int) {
	n := 0
	for _, d := range docs {
		for pi := range d.Paragraphs {
			if d.Paragraphs[pi].Content() {
				n += len(d.Paragraphs[pi].Sentences)
			}
		}
	}
	refs := make([]sentRef, 0, n)
	ranges := make([][2]int, 0, len(docs))
	for di, d := range docs {
		first := len(refs)
		for pi := range d.Paragraphs {
			p := &d.Paragraphs[pi]
			if !p.Content() {
				continue
			}
			for _, s := range p.Sentences {
				if !byLine {
					refs = append(refs, sentRef{Doc: di, Para: pi, Span: s.Span})
					continue
				}
				for _, l := range lines(d.Text, s.Span) {
					refs = append(refs, sentRef{Doc: di, Para: pi, Span: l})
				}
			}
		}
		ranges = append(ranges, [2]int{first, len(refs)})
	}
	return refs, ranges
}

// tokenizeChunks fills c.Sents from refs, the chunks in parallel, and
// returns the chunks with their vocabularies.
func tokenizeChunks(c *corpus, docs []*model.Document, refs []sentRef) []chunk {
	c.Sents = make([]sent, len(refs))
	n := max(1, min(runtime.GOMAXPROCS(0), len(refs)/chunkSents))
	chunks := make([]chunk, n)
	for k := range chunks {
		chunks[k] = chunk{Lo: k * len(refs) / n, Hi: (k + 1) * len(refs) / n}
	}
	if n == 1 {
		fillChunk(c.Sents, docs, refs, &chunks[0])
		return chunks
	}
	var wg sync.WaitGroup
	for k := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fillChunk(c.Sents, docs, refs, &chunks[k])
		}()
	}
	wg.Wait()
	return chunks
}

// fillChunk tokenises the chunk's sentences into sents. The terms and
// numbers of all its sentences share two backing arrays, each sentence's
// share capped so that an append never spills into the next.
func fillChunk(sents []sent, docs []*model.Document, refs []sentRef, ch *chunk) {
	words := map[string]wordEntry{} // word as written -> normal form and term
	ids := map[string]int32{}       // stem -> term id
	var toks []token
	var terms []int32
	var nums []string
	bounds := make([][4]int, 0, ch.Hi-ch.Lo) // terms [0,1) and numbers [2,3) of each sentence
	for i := ch.Lo; i < ch.Hi; i++ {
		r := &refs[i]
		text := docs[r.Doc].Text
		toks = tokenizeFold(text[r.Start:r.End], r.Start, toks[:0], asWritten)
		t0, n0 := len(terms), len(nums)
		for k, t := range toks {
			if t.Kind == number {
				nums = append(nums, t.Norm)
				continue
			}
			e, ok := words[t.Norm]
			if !ok {
				e.norm = foldWord(t.Norm)
				e.id = ch.termOf(ids, e.norm)
				words[t.Norm] = e
			}
			if e.id < 0 {
				continue
			}
			t.Norm = e.norm
			terms = append(terms, e.id)
			ch.sight(e.id, t, k == 0)
		}
		terms = terms[:t0+len(unique(terms[t0:]))]
		nums = nums[:n0+len(unique(nums[n0:]))]
		bounds = append(bounds, [4]int{t0, len(terms), n0, len(nums)})
	}
	for k, b := range bounds {
		r := &refs[ch.Lo+k]
		s := sent{Doc: r.Doc, Para: r.Para, Span: r.Span}
		if b[1] > b[0] {
			s.Terms = terms[b[0]:b[1]:b[1]]
		}
		if b[3] > b[2] {
			s.Numbers = nums[b[2]:b[3]:b[3]]
		}
		sents[ch.Lo+k] = s
	}
}

// wordEntry is what a chunk knows of a word as written: its normal
// form and its term id, -1 for a stop word.
type wordEntry struct {
	norm string
	id   int32
}

// termOf returns the chunk's id of the stem of a normal-form word, -1 for
// a stop word. ids maps the stems seen so far to their ids.
func (ch *chunk) termOf(ids map[string]int32, norm string) int32 {
	stem := stem(norm)
	if stem == "" {
		return -1
	}
	id, ok := ids[stem]
	if !ok {
		id = int32(len(ch.Terms))
		ids[stem] = id
		ch.Terms = append(ch.Terms, term{Stem: stem, Surface: norm})
	}
	return id
}

// sight records how a token spells term id; a capital at the start of a
// sentence says nothing about names.
func (ch *chunk) sight(id int32, t token, initial bool) {
	at := &ch.Terms[id]
	if t.Norm < at.Surface {
		at.Surface = t.Norm
	}
	switch {
	case !t.Cap:
		at.lowerSeen = true
	case !initial:
		at.capSeen = true
	}
}

// mergeChunks gathers the chunks' vocabularies into c.Terms and
// rewrites each chunk's term ids as ids of c.Terms.
func mergeChunks(c *corpus, chunks []chunk) {
	for k := range chunks {
		ch := &chunks[k]
		remap := make([]int32, len(ch.Terms))
		for i := range ch.Terms {
			lt := &ch.Terms[i]
			id, ok := c.termID[lt.Stem]
			if !ok {
				id = int32(len(c.Terms))
				c.termID[lt.Stem] = id
				c.Terms = append(c.Terms, term{Stem: lt.Stem, Surface: lt.Surface})
			}
			gt := &c.Terms[id]
			gt.Surface = min(gt.Surface, lt.Surface)
			gt.lowerSeen = gt.lowerSeen || lt.lowerSeen
			gt.capSeen = gt.capSeen || lt.capSeen
			remap[i] = id
		}
		if len(chunks) == 1 {
			return // one chunk: its ids are already the corpus's
		}
		for i := ch.Lo; i < ch.Hi; i++ {
			for j, t := range c.Sents[i].Terms {
				c.Sents[i].Terms[j] = remap[t]
			}
		}
	}
}

// allLong reports whether every document with content is long enough
// to be aligned by order (see ordered), when WordNet is not needed.
func allLong(docSents [][2]int) bool {
	long := 0
	for _, r := range docSents {
		switch n := r[1] - r[0]; {
		case n == 0:
		case n < longMin:
			return false
		default:
			long++
		}
	}
	return long >= 2
}

// lines cuts span of text at its line breaks into the pieces that hold
// more than spaces, each trimmed of the spaces at its ends.
func lines(text string, span model.Span) []model.Span {
	var out []model.Span
	start := span.Start
	for i := span.Start; i <= span.End; i++ {
		if i < span.End && text[i] != '\n' {
			continue
		}
		a, b := start, i
		for a < b && isSpaceByte(text[a]) {
			a++
		}
		for b > a && isSpaceByte(text[b-1]) {
			b--
		}
		if a < b {
			out = append(out, model.Span{Start: a, End: b})
		}
		start = i + 1
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }
